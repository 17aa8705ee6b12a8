#!/usr/bin/env python3
"""Check a generated web through the digimeter testweb proxy.

Usage: python3 check.py OUTDIR
Starts `digimeter testweb serve --root OUTDIR`, checks labels, every link of every page,
bare-domain redirects, soft 404s and site searches, then stops the server.
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

DIGIMETER = "/work/main/.venv/bin/digimeter"
IDP_HOSTS = ("digid-sim.test", "eherkenning-sim.test")
INTENDED_SOFT404 = {"http://www.gennep.test/kapvergunning-aanvragen"}
EXTERNAL_OK_PREFIX = ("mailto:", "tel:", "javascript:", "#")


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *a, **k):
        return None


class Links(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.links = []
        self.scripts = []
        self._in_script = False

    def handle_starttag(self, tag, attrs):
        for k, v in attrs:
            if v is None:
                continue
            if k in ("href", "src", "action") or k.startswith("data-") or k == "onclick":
                if k.startswith("data-") or k == "onclick":
                    for m in re.findall(r"https?://[^\s\"'<>)]+", v):
                        self.links.append(m)
                else:
                    self.links.append(v)
        if tag == "script":
            self._in_script = True

    def handle_endtag(self, tag):
        if tag == "script":
            self._in_script = False

    def handle_data(self, data):
        if self._in_script:
            self.scripts.append(data)


def main():
    root = os.path.abspath(sys.argv[1])
    proc = subprocess.Popen([DIGIMETER, "testweb", "serve", "--root", root], stdout=subprocess.PIPE,
                            stderr=subprocess.STDOUT, text=True)
    proxy = None
    for line in proc.stdout:
        m = re.search(r"proxy (http://127\.0\.0\.1:\d+)", line)
        if m:
            proxy = m.group(1)
            break
        print("server:", line.rstrip())
    if not proxy:
        proc.terminate()
        sys.exit("server did not start")
    opener = urllib.request.build_opener(urllib.request.ProxyHandler({"http": proxy}), NoRedirect)
    cache = {}
    errors = []
    stats = {"pages": 0, "links": 0, "labels": 0, "redirect_chains": 0}

    def get(url):
        if url in cache:
            return cache[url]
        try:
            r = opener.open(url, timeout=20)
            res = (r.status, dict(r.headers), r.read())
        except urllib.error.HTTPError as e:
            res = (e.code, dict(e.headers), e.read() if e.fp else b"")
        except Exception as e:  # noqa
            res = (0, {}, str(e).encode())
        cache[url] = res
        return res

    def resolve(url, hops=0):
        """Follow redirects; return (final_url, status, body, chain_len)."""
        st, hd, body = get(url)
        if st in (301, 302, 303, 307, 308) and hops < 8:
            loc = urllib.parse.urljoin(url, hd.get("Location") or hd.get("location"))
            f, s2, b2, n = resolve(loc, hops + 1)
            return f, s2, b2, n + 1
        return url, st, body, 0

    def soft404(body):
        t = body[:20000].decode("utf-8", "replace").lower()
        return "pagina niet gevonden" in t

    try:
        # 1. labels
        with open(os.path.join(root, "labels.csv"), newline="", encoding="utf-8") as f:
            labels = list(csv.DictReader(f))
        for row in labels:
            stats["labels"] += 1
            pu, ru = row["product_url"], row["route_url"]
            if row["status"] in ("ok", "not_offered"):
                f_, st, body, n = resolve(pu)
                if st != 200 or n:
                    errors.append("label %s/%s product_url %s -> %s (redirects %d)" % (row["org_code"], row["product_key"], pu, st, n))
                elif soft404(body):
                    errors.append("label product_url is a soft 404: " + pu)
            else:
                if pu or ru:
                    errors.append("not_found row with URLs: %s/%s" % (row["org_code"], row["product_key"]))
            if ru:
                f_, st, body, n = resolve(ru)
                host = urllib.parse.urlsplit(f_).hostname
                if st != 200:
                    errors.append("label route %s -> %s" % (ru, st))
                if n and host not in IDP_HOSTS:
                    errors.append("route redirect does not end at an IdP: %s -> %s" % (ru, f_))
            if row["status"] == "ok" and row["level"] in ("33", "67", "100") and not ru:
                errors.append("level without route: %s/%s" % (row["org_code"], row["product_key"]))
            if row["status"] == "ok" and row["level"] == "0" and ru:
                errors.append("level 0 with route: %s/%s" % (row["org_code"], row["product_key"]))
        # 2. every page, every link
        sites = os.path.join(root, "sites")
        seen_links = set()
        for host in sorted(os.listdir(sites)):
            for dp, dn, fn in os.walk(os.path.join(sites, host)):
                dn.sort()
                for name in sorted(fn):
                    rel = os.path.relpath(os.path.join(dp, name), os.path.join(sites, host)).replace(os.sep, "/")
                    if rel.endswith((".pdf", ".docx", ".svg", ".txt", ".xml")):
                        continue
                    path = rel[:-len("index.html")] if rel.endswith("index.html") else rel
                    url = "http://%s/%s" % (host, path)
                    st, hd, body = get(url)
                    stats["pages"] += 1
                    if st != 200:
                        errors.append("page %s -> %s" % (url, st))
                        continue
                    p = Links()
                    try:
                        p.feed(body.decode("utf-8", "replace"))
                    except Exception as e:  # noqa
                        errors.append("parse %s: %s" % (url, e))
                    links = list(p.links)
                    for s in p.scripts:
                        links += re.findall(r"https?://[^\s\"'<>\\)]+", s)
                    for l in links:
                        if l.startswith(EXTERNAL_OK_PREFIX):
                            continue
                        target = urllib.parse.urljoin(url, l)
                        target = target.split("#")[0]
                        if target in seen_links:
                            continue
                        seen_links.add(target)
                        stats["links"] += 1
                        if not target.endswith(".test/") and ".test/" not in target and not re.match(r"http://[^/]+\.test$", target):
                            errors.append("link leaves .test: %s on %s" % (target, url))
                            continue
                        if "/api/v2/" in target and target.endswith("/api/v2/"):
                            continue  # Open Forms API base in data attribute, not a page
                        f_, st2, body2, n = resolve(target)
                        if n:
                            stats["redirect_chains"] += 1
                        if st2 != 200:
                            errors.append("link %s on %s -> %s" % (target, url, st2))
                        elif soft404(body2) and target not in INTENDED_SOFT404:
                            errors.append("link to soft 404: %s on %s" % (target, url))
        for t in INTENDED_SOFT404:
            f_, st, body, n = resolve(t)
            if not (st == 200 and soft404(body)):
                errors.append("intended soft 404 is not one: %s" % t)
        # 3. bare domains and host redirects, soft 404 hosts, searches
        man = json.load(open(os.path.join(root, "testweb.json"), encoding="utf-8"))
        b = man["behaviours"]
        for hr in b["host_redirects"]:
            st, hd, _ = get("http://%s/" % hr["host"])
            loc = hd.get("Location") or hd.get("location") or ""
            if st not in (301, 302) or hr["to"] not in loc:
                errors.append("host redirect %s -> %s %s" % (hr["host"], st, loc))
            f_, st, _, _ = resolve("http://%s/" % hr["host"])
            if st != 200:
                errors.append("host redirect target not 200: %s" % hr["host"])
        for nf in b["not_found_pages"]:
            st, _, body = get("http://%s/bestaat-niet-%s" % (nf["host"], "x"))
            if st != nf["status"]:
                errors.append("not_found_page %s -> %s" % (nf["host"], st))
            if nf["status"] == 200 and not soft404(body):
                errors.append("soft 404 text missing on %s" % nf["host"])
        for s in b["searches"]:
            u = "http://%s%s?%s=%s" % (s["host"], s["path"], s["param"], urllib.parse.quote("vergunning"))
            st, _, body = get(u)
            if st != 200 or b"<li" not in body and b"href" not in body:
                errors.append("search %s -> %s" % (u, st))
        for r in b["redirects"]:
            if urllib.parse.urlsplit(r["location"]).hostname not in IDP_HOSTS:
                f_, st, _, n = resolve(r["url"])
                if st != 200:
                    errors.append("redirect %s ends at %s" % (r["url"], st))
                continue
            f_, st, _, n = resolve(r["url"])
            if st != 200 or urllib.parse.urlsplit(f_).hostname not in IDP_HOSTS:
                errors.append("login start %s ends at %s %s" % (r["url"], f_, st))
        stats["host_redirects"] = len(b["host_redirects"])
        stats["login_starts"] = len(b["redirects"])
        stats["searches"] = len(b["searches"])
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
    for e in errors[:60]:
        print("ERROR", e)
    print("checked: %s" % json.dumps(stats, sort_keys=True))
    print("errors: %d" % len(errors))
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
