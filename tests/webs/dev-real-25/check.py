#!/usr/bin/env python3
"""check.py WEBDIR -- serve the web through digimeter's test server and check it.

Checks, through the proxy:
  * every label's product_url answers 200 and route_url answers 200 (a login start may answer
    302, and then its Location must end in a 200 page);
  * every link on every HTML page resolves (anchors, iframes, images, scripts, form actions
    with their GET query, onclick/script-built locations, Open-Forms config URLs), following
    redirects to a final 200;
  * the site searches answer.
Exit status 0 when everything passes.
"""
import csv
import html.parser
import json
import os
import re
import subprocess
import sys
import urllib.error
import urllib.parse
import urllib.request

SERVER = ["/work/main/.venv/bin/digimeter", "testweb", "serve", "--root"]


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *a, **k):
        return None


class Links(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.links = []
        self.form = None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "a" and a.get("href"):
            self.links.append(a["href"])
        elif tag in ("iframe", "img", "script") and a.get("src"):
            self.links.append(a["src"])
        elif tag == "link" and a.get("href"):
            self.links.append(a["href"])
        elif tag == "form":
            self.form = {"action": a.get("action", ""), "method": (a.get("method") or "get").lower(), "fields": []}
        elif tag in ("input", "select", "textarea") and self.form is not None and a.get("name"):
            if a.get("type") in ("radio", "checkbox") and any(n == a["name"] for n, _ in self.form["fields"]):
                return
            if a.get("type") == "file":
                return
            self.form["fields"].append((a["name"], a.get("value", "")))
        if a.get("onclick"):
            self.links += re.findall(r"location\.href\s*=\s*'([^']+)'", a["onclick"])
        if a.get("data-config"):
            cfg = json.loads(a["data-config"])
            self.links.append(cfg["submit"])
            self.links += [l["url"] for l in cfg["logins"]]

    def handle_endtag(self, tag):
        if tag == "form" and self.form is not None:
            f = self.form
            url = f["action"]
            if f["method"] == "get" and f["fields"]:
                url = url.split("?")[0] + "?" + urllib.parse.urlencode(f["fields"])
            self.links.append(url)
            self.form = None

    def handle_data(self, data):
        self.links += re.findall(r"\.href\s*=\s*'([^']+)'", data)


def file_url(host, rel):
    path = rel.replace(os.sep, "/")
    q = ""
    if "?" in path:
        path, q = path.split("?", 1)
    if path.endswith("index.html"):
        path = path[: -len("index.html")]
    return "http://%s/%s%s" % (host, path, ("?" + q) if q else "")


def main():
    web = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), "web"))
    proc = subprocess.Popen(SERVER + [web], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    line = proc.stdout.readline().strip()
    if not line.startswith("proxy "):
        print("server did not start:", line, proc.stderr.read())
        sys.exit(2)
    proxy = line.split()[1]
    opener = urllib.request.build_opener(urllib.request.ProxyHandler({"http": proxy}), NoRedirect)
    cache = {}

    def fetch(url):
        if url in cache:
            return cache[url]
        try:
            resp = opener.open(url, timeout=20)
            res = (resp.status, resp.headers.get("Location"), resp.read())
        except urllib.error.HTTPError as e:
            res = (e.code, e.headers.get("Location"), b"")
        except Exception as e:  # noqa
            res = (0, None, str(e).encode())
        cache[url] = res
        return res

    def final(url, hops=0):
        st, loc, body = fetch(url)
        if st in (301, 302, 303, 307, 308) and loc and hops < 6:
            return final(urllib.parse.urljoin(url, loc), hops + 1)
        return st

    errors = []
    try:
        # labels
        with open(os.path.join(web, "labels.csv"), newline="", encoding="utf-8") as f:
            labels = list(csv.DictReader(f))
        for r in labels:
            if r["product_url"]:
                st = fetch(r["product_url"])[0]
                if st != 200:
                    errors.append("label %s %s product_url %s -> %s" % (r["org_code"], r["product_key"], r["product_url"], st))
            elif r["status"] != "not_found":
                errors.append("label %s %s has no product_url" % (r["org_code"], r["product_key"]))
            if r["route_url"]:
                st = fetch(r["route_url"])[0]
                if st == 302:
                    st = final(r["route_url"])
                if st != 200:
                    errors.append("label %s %s route_url %s -> %s" % (r["org_code"], r["product_key"], r["route_url"], st))
            elif r["status"] == "ok" and r["level"] != "0":
                errors.append("label %s %s level %s without route_url" % (r["org_code"], r["product_key"], r["level"]))
        # pages
        sites = os.path.join(web, "sites")
        npages = 0
        targets = {}
        for host in sorted(os.listdir(sites)):
            for root, _, files in os.walk(os.path.join(sites, host)):
                for fn in sorted(files):
                    full = os.path.join(root, fn)
                    rel = os.path.relpath(full, os.path.join(sites, host))
                    base = fn.split("?")[0]
                    ext = os.path.splitext(base)[1].lower()
                    if ext not in ("", ".html", ".htm", ".aspx"):
                        continue
                    with open(full, "rb") as fh:
                        data = fh.read()
                    if not data.lstrip().startswith(b"<"):
                        continue
                    npages += 1
                    page = file_url(host, rel)
                    p = Links()
                    p.feed(data.decode("utf-8", "replace"))
                    for l in p.links:
                        if l.startswith(("mailto:", "tel:", "javascript:")) or l.startswith("#"):
                            continue
                        u = urllib.parse.urljoin(page, l).split("#")[0]
                        targets.setdefault(u, page)
        for u in sorted(targets):
            host = urllib.parse.urlsplit(u).hostname or ""
            if not host.endswith(".test") or not u.startswith("http://"):
                errors.append("link to a non-test URL %s on %s" % (u, targets[u]))
                continue
            st = final(u)
            if st != 200:
                errors.append("broken link %s (%s) on %s" % (u, st, targets[u]))
        # searches
        with open(os.path.join(web, "testweb.json"), encoding="utf-8") as f:
            beh = json.load(f)["behaviours"]
        for s in beh.get("searches", []):
            u = "http://%s%s?%s=paspoort" % (s["host"], s["path"], s["param"])
            st, _, body = fetch(u)
            if st != 200 or b"aspoort" not in body:
                errors.append("search %s -> %s" % (u, st))
        for r in beh.get("redirects", []):
            if final(r["url"]) != 200:
                errors.append("redirect %s does not end in a 200 page" % r["url"])
    finally:
        proc.terminate()
        proc.wait(timeout=10)
    print("labels: %d, html pages: %d, distinct link targets: %d, errors: %d" % (len(labels), npages, len(targets), len(errors)))
    for e in errors[:60]:
        print("  " + e)
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
