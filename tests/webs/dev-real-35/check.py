#!/usr/bin/env python3
"""Serve WEBDIR with `digimeter testweb serve` and check it through the proxy.

Usage: python3 check.py [WEBDIR]   (default: web/ beside this script)

Checks: every label's product_url answers 200 and route_url 200 (a login start may answer
302 to an identity provider that answers 200); every link on every HTML page (href, src,
action, iframe, data-* URLs, absolute URLs inside scripts and onclick handlers) resolves to
200, directly or after redirects; no link lands on a soft 404; organisations' websites answer.
"""
import csv
import os
import re
import subprocess
import sys
import urllib.error
import urllib.parse
import urllib.request

HERE = os.path.dirname(os.path.abspath(__file__))
DIGIMETER = "/work/main/.venv/bin/digimeter"


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *a, **k):
        return None


def main():
    web = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "web"))
    proc = subprocess.Popen([DIGIMETER, "testweb", "serve", "--root", web], stdout=subprocess.PIPE,
                            stderr=subprocess.STDOUT, text=True)
    proxy = None
    for line in proc.stdout:
        m = re.search(r"proxy (http://127\.0\.0\.1:\d+)", line)
        if m:
            proxy = m.group(1)
            break
        sys.stdout.write("server: " + line)
    if not proxy:
        print("server did not start")
        sys.exit(2)
    try:
        ok = run_checks(web, proxy)
    finally:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
    sys.exit(0 if ok else 1)


def run_checks(web, proxy):
    opener = urllib.request.build_opener(urllib.request.ProxyHandler({"http": proxy}), NoRedirect)
    cache = {}

    def fetch(url):
        if url in cache:
            return cache[url]
        try:
            r = opener.open(url, timeout=30)
            res = (r.status, r.headers.get("Location"), r.headers.get("Content-Type", ""), r.read())
        except urllib.error.HTTPError as e:
            res = (e.code, e.headers.get("Location"), e.headers.get("Content-Type", ""), e.read())
        except Exception as e:  # noqa
            res = (0, None, "", str(e).encode())
        cache[url] = res
        return res

    def resolve(url, allow_redirect=True):
        """Return (final_status, chain)."""
        chain = [url]
        for _ in range(5):
            st, loc, ct, body = fetch(url)
            if st in (301, 302, 303, 307, 308) and loc and allow_redirect:
                url = urllib.parse.urljoin(url, loc)
                chain.append(url)
                continue
            if st == 200 and b"data-soft404" in body:
                return -200, chain
            return st, chain
        return -1, chain

    failures = []
    # labels
    n_labels = 0
    with open(os.path.join(web, "labels.csv"), newline="", encoding="utf-8") as f:
        for r in csv.DictReader(f):
            n_labels += 1
            if r["product_url"]:
                st, ch = resolve(r["product_url"], allow_redirect=False)
                if st != 200:
                    failures.append("label %s %s product_url %s -> %s" % (r["org_code"], r["product_key"], r["product_url"], st))
            if r["route_url"]:
                first = fetch(r["route_url"])[0]
                st, ch = resolve(r["route_url"])
                if first not in (200, 302) or st != 200:
                    failures.append("label %s %s route_url %s -> %s %s" % (r["org_code"], r["product_key"], r["route_url"], first, ch))
            if r["status"] == "ok" and r["level"] not in ("0",) and not r["route_url"]:
                failures.append("label %s %s level %s without route" % (r["org_code"], r["product_key"], r["level"]))
    with open(os.path.join(web, "organisations.csv"), newline="", encoding="utf-8") as f:
        for r in csv.DictReader(f):
            st, ch = resolve(r["website"])
            if st != 200:
                failures.append("website %s -> %s" % (r["website"], st))
    # pages
    pages = []
    sites = os.path.join(web, "sites")
    for host in sorted(os.listdir(sites)):
        for root, dirs, files in os.walk(os.path.join(sites, host)):
            dirs.sort()
            for fn in sorted(files):
                rel = os.path.relpath(os.path.join(root, fn), os.path.join(sites, host)).replace(os.sep, "/")
                if rel == "index.html":
                    path = "/"
                elif rel.endswith("/index.html"):
                    path = "/" + rel[: -len("index.html")]
                else:
                    path = "/" + rel
                pages.append("http://%s%s" % (host, path))
    link_re = re.compile(r'(?:href|src|action|data-sdk-module|data-base-url)\s*=\s*["\']([^"\']+)["\']', re.I)
    abs_re = re.compile(r'http://[a-z0-9.-]+\.test(?:/[^\s"\'<>)]*)?', re.I)
    n_links = 0
    checked = set()
    for page in pages:
        st, loc, ct, body = fetch(page)
        if st != 200:
            failures.append("page %s -> %s" % (page, st))
            continue
        if "html" not in ct:
            continue
        text = body.decode("utf-8", "replace")
        links = [m.group(1) for m in link_re.finditer(text)] + [m.group(0) for m in abs_re.finditer(text)]
        for l in links:
            l = l.strip()
            if l.startswith(("mailto:", "tel:", "javascript:", "#")):
                continue
            u = urllib.parse.urljoin(page, html_unescape(l)).split("#")[0]
            if u.endswith("/api/v2/"):
                continue  # Open Forms API base (data-base-url), not a page
            n_links += 1
            if u in checked:
                continue
            checked.add(u)
            st2, ch = resolve(u)
            if st2 != 200:
                failures.append("link on %s: %s -> %s %s" % (page, u, st2, ch[1:]))
    # a search
    for host in ("www.veldhoven.test", "www.rijswijk.test"):
        st, loc, ct, body = fetch("http://%s/zoeken?q=paspoort" % host)
        if st != 200:
            failures.append("search on %s -> %s" % (host, st))
    print("labels: %d, pages: %d, links checked: %d (unique %d)" % (n_labels, len(pages), n_links, len(checked)))
    for f in failures[:60]:
        print("FAIL", f)
    print("failures: %d" % len(failures))
    print("OK" if not failures else "NOT OK")
    return not failures


def html_unescape(s):
    import html
    return html.unescape(s)


if __name__ == "__main__":
    main()
