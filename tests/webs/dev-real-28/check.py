#!/usr/bin/env python3
"""Check a generated web through the testweb proxy.

Usage: python3 check.py [WEBDIR]   (default: web/ beside this script)

Starts `digimeter testweb serve --root WEBDIR`, then checks through the proxy that
- every label's product_url answers 200 and every route_url answers 200 (a login start may
  answer 302, and its Location must then answer 200);
- every link on every HTML page resolves: anchors, areas, link/script/img/iframe sources,
  form actions (GET forms with their hidden fields), input type=image, data-href buttons,
  meta refreshes and http://*.test URLs inside inline scripts and JSON blocks; redirects are
  followed (up to 3 hops) and must end in 200; a host's soft-404 page does not count as found;
- every <loc> of every sitemap.xml resolves.
Exit status 0 when everything passes.
"""
import concurrent.futures
import csv
import json
import os
import re
import subprocess
import sys
import urllib.error
import urllib.request
from html.parser import HTMLParser
from urllib.parse import urljoin, urlsplit, urlencode

HERE = os.path.dirname(os.path.abspath(__file__))
DIGIMETER = "/work/main/.venv/bin/digimeter"
SCRIPT_URL = re.compile(r"http://[a-z0-9.-]+\.test(?:/[^\s\"'<>\\)]*)?")


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *a, **k):
        return None


class Links(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.links = []
        self.forms = []        # [action, method, hidden fields]
        self.in_script = False
        self.script_text = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag in ("a", "area", "link") and a.get("href"):
            self.links.append(a["href"])
        if tag in ("img", "script", "iframe", "frame", "source") and a.get("src"):
            self.links.append(a["src"])
        if tag == "input" and a.get("type") == "image" and a.get("src"):
            self.links.append(a["src"])
        if a.get("data-href"):
            self.links.append(a["data-href"])
        if tag == "meta" and (a.get("http-equiv") or "").lower() == "refresh":
            m = re.search(r"url=(.+)$", a.get("content") or "", re.I)
            if m:
                self.links.append(m.group(1).strip())
        if tag == "form":
            self.forms.append([a.get("action") or "", (a.get("method") or "get").lower(), []])
        if tag == "input" and a.get("type") == "hidden" and self.forms and a.get("name"):
            self.forms[-1][2].append((a["name"], a.get("value") or ""))
        if tag == "script":
            self.in_script = True

    def handle_endtag(self, tag):
        if tag == "script":
            self.in_script = False

    def handle_data(self, data):
        if self.in_script:
            self.script_text.append(data)


def file_url(root, path):
    rel = os.path.relpath(path, os.path.join(root, "sites"))
    host, _, rest = rel.partition(os.sep)
    rest = rest.replace(os.sep, "/")
    query = ""
    if "?" in rest:
        rest, query = rest.split("?", 1)
    if rest == "index.html":
        rest = ""
    elif rest.endswith("/index.html"):
        rest = rest[: -len("index.html")]
    return "http://%s/%s%s" % (host, rest, ("?" + query) if query else "")


def is_html(path, data):
    name = os.path.basename(path).split("?")[0]
    if name.endswith((".pdf", ".docx", ".svg", ".css", ".js", ".xml", ".txt", ".json", ".png")):
        return False
    return data.lstrip()[:1] == b"<" and b"<html" in data[:400].lower()


def main():
    root = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "web"))
    proc = subprocess.Popen([DIGIMETER, "testweb", "serve", "--root", root, "--port", "0"],
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        proxy = None
        for line in proc.stdout:
            m = re.search(r"proxy (http://127\.0\.0\.1:\d+)", line)
            if m:
                proxy = m.group(1)
                break
        if not proxy:
            print("server did not start")
            return 2
        return run(root, proxy)
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()


def run(root, proxy):
    opener = urllib.request.build_opener(urllib.request.ProxyHandler({"http": proxy}), NoRedirect)
    soft = {}
    tw = os.path.join(root, "testweb.json")
    if os.path.exists(tw):
        beh = json.load(open(tw, encoding="utf-8")).get("behaviours", {})
        for nf in beh.get("not_found_pages", []):
            if nf["status"] == 200:
                soft[nf["host"]] = open(os.path.join(root, nf["file"]), "rb").read()

    def fetch(url):
        try:
            r = opener.open(url, timeout=20)
            return r.status, r.headers.get("Location"), r.read()
        except urllib.error.HTTPError as e:
            return e.code, e.headers.get("Location"), e.read()
        except Exception as e:  # noqa
            return -1, None, str(e).encode()

    def resolve(url, allow_login_302=False):
        """Follow redirects; return (ok, detail)."""
        first = None
        for hop in range(4):
            st, loc, body = fetch(url)
            if first is None:
                first = st
            if st in (301, 302, 303, 307, 308) and loc:
                url = urljoin(url, loc)
                continue
            if st == 200:
                host = urlsplit(url).netloc
                if host in soft and body == soft[host]:
                    return False, "soft 404 at " + url
                return True, "%d" % first
            return False, "status %s at %s" % (st, url)
        return False, "too many redirects"

    errors = []
    # labels
    labels = list(csv.DictReader(open(os.path.join(root, "labels.csv"), encoding="utf-8")))
    for row in labels:
        for col in ("product_url", "route_url"):
            u = row[col]
            if not u:
                continue
            st, loc, _ = fetch(u)
            if st == 302 and col == "route_url":
                ok, d = resolve(urljoin(u, loc))
                if not ok:
                    errors.append("label %s %s %s: login start -> %s" % (row["org_code"], row["product_key"], col, d))
            elif st != 200:
                errors.append("label %s %s %s=%s answers %s" % (row["org_code"], row["product_key"], col, u, st))
            else:
                host = urlsplit(u).netloc
                ok, d = resolve(u)
                if not ok:
                    errors.append("label %s %s %s: %s" % (row["org_code"], row["product_key"], col, d))
    # links on every page
    targets = {}
    n_pages = 0
    for dirpath, dirnames, filenames in os.walk(os.path.join(root, "sites")):
        dirnames.sort()
        for fn in sorted(filenames):
            path = os.path.join(dirpath, fn)
            data = open(path, "rb").read()
            if fn.split("?")[0] == "sitemap.xml":
                for loc in re.findall(r"<loc>([^<]+)</loc>", data.decode("utf-8")):
                    targets.setdefault(loc.replace("&amp;", "&"), path)
                continue
            if not is_html(path, data):
                continue
            n_pages += 1
            base = file_url(root, path)
            p = Links()
            p.feed(data.decode("utf-8", "replace"))
            found = list(p.links)
            for action, method, hidden in p.forms:
                a = urljoin(base, action) if action else base
                if method == "get" and hidden:
                    a = a.split("?")[0] + "?" + urlencode(hidden)
                found.append(a)
            for txt in p.script_text:
                found.extend(SCRIPT_URL.findall(txt))
            for link in found:
                link = link.strip()
                if not link or link.startswith(("mailto:", "tel:", "javascript:", "#", "data:")):
                    continue
                u = urljoin(base, link).split("#")[0]
                if not u.startswith("http://"):
                    errors.append("%s: non-http link %s" % (base, link))
                    continue
                targets.setdefault(u, base)
    urls = sorted(targets)
    with concurrent.futures.ThreadPoolExecutor(8) as ex:
        results = list(ex.map(resolve, urls))
    for u, (ok, d) in zip(urls, results):
        if not ok:
            errors.append("link %s (on %s): %s" % (u, targets[u], d))
    print("pages checked: %d, distinct link targets: %d, labels: %d" % (n_pages, len(urls), len(labels)))
    if errors:
        print("FAILED: %d problems" % len(errors))
        for e in errors[:200]:
            print("  " + e)
        return 1
    print("OK: all label URLs and all links resolve")
    return 0


if __name__ == "__main__":
    sys.exit(main())
