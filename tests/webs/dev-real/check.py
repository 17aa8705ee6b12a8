"""Serve the web and check it through the proxy.

    python3 check.py [WEB_DIR] [--no-browser]

1. every labelled product_url answers 200 (and is not the site's soft-404 page);
2. every route_url answers 200, or (a login start) redirects to an identity provider;
3. every organisation's website answers (following redirects) 200, except the unreachable one;
4. a link crawl from every website (href/src/action/iframe, <base href>, redirects) reports broken
   links to .test hosts and which labelled URLs are not reachable without JavaScript;
5. headless Chromium renders the JavaScript-only pages and finds the form or login button.
Exit code 0 when 1-3 and 5 pass and no link is broken."""
import csv
import html.parser
import os
import re
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = next((a for a in sys.argv[1:] if not a.startswith("--")), os.path.join(HERE, "web"))
SERVE = [os.path.join(os.path.dirname(sys.executable), "digimeter"), "testweb", "serve", "--root", ROOT]
IDP = re.compile(r"^http://(digid\.test|eh\.signicat\.test|eherkenning\.connectis\.test)/")


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *a, **k):
        return None


def opener(proxy, follow):
    hs = [urllib.request.ProxyHandler({"http": proxy})]
    if not follow:
        hs.append(NoRedirect())
    return urllib.request.build_opener(*hs)


def fetch(op, url):
    try:
        r = op.open(url, timeout=20)
        return r.status, dict(r.headers), r.read(), r.geturl()
    except urllib.error.HTTPError as e:
        return e.code, dict(e.headers), e.read(), url
    except Exception as e:  # noqa
        return -1, {}, str(e).encode(), url


class Links(html.parser.HTMLParser):
    def __init__(self):
        super().__init__()
        self.links, self.base = [], None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "base" and a.get("href"):
            self.base = a["href"]
        for k in ("href", "src", "action"):
            v = a.get(k)
            if v and tag in ("a", "link", "img", "script", "iframe", "form", "area"):
                self.links.append(v)
        oc = a.get("onclick") or ""
        m = re.search(r"location\.href\s*=\s*'([^']+)'", oc)
        if m:
            self.links.append(m.group(1))


def main():
    browser = "--no-browser" not in sys.argv
    labels = list(csv.DictReader(open(os.path.join(ROOT, "labels.csv"), encoding="utf-8")))
    orgs = list(csv.DictReader(open(os.path.join(ROOT, "organisations.csv"), encoding="utf-8")))
    soft404 = {}
    for f in os.listdir(os.path.join(ROOT, "errors")) if os.path.isdir(os.path.join(ROOT, "errors")) else []:
        soft404[f[:-5]] = open(os.path.join(ROOT, "errors", f), "rb").read()
    proc = subprocess.Popen(SERVE, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    proxy = None
    for _ in range(50):
        line = proc.stdout.readline()
        m = re.search(r"proxy (http://\S+)", line or "")
        if m:
            proxy = m.group(1)
            break
        time.sleep(0.1)
    if not proxy:
        print("server did not start")
        proc.terminate()
        return 2
    fails, warns = [], []
    try:
        nr, fr = opener(proxy, False), opener(proxy, True)
        # 1 + 2
        n = 0
        for r in labels:
            for k in ("product_url", "route_url"):
                u = r[k]
                if not u:
                    continue
                n += 1
                st, hd, body, _ = fetch(nr, u)
                host = urllib.parse.urlsplit(u).netloc
                if st == 200:
                    if host in soft404 and body == soft404[host]:
                        fails.append("%s %s %s: soft-404 page" % (r["org_code"], r["product_key"], u))
                elif k == "route_url" and st in (301, 302, 303, 307) and IDP.match(hd.get("Location", "")):
                    pass
                else:
                    fails.append("%s %s %s %s: status %s -> %s" % (r["org_code"], r["product_key"], k, u, st, hd.get("Location", "")))
        print("checked %d labelled URLs" % n)
        # 3
        for o in orgs:
            st, _, _, final = fetch(fr, o["website"])
            un = any(r["status"] == "unreachable" for r in labels if r["org_code"] == o["code"])
            if un:
                if st == 200:
                    fails.append("%s should be unreachable but answers 200" % o["code"])
            elif st != 200:
                fails.append("%s website %s: %s" % (o["code"], o["website"], st))
        # 4 crawl
        seen, broken = set(), []
        queue = [o["website"] for o in orgs]
        pages = 0
        while queue:
            u = queue.pop(0)
            u = u.split("#")[0]
            if u in seen or not u.startswith("http://"):
                continue
            seen.add(u)
            host = urllib.parse.urlsplit(u).netloc
            if not host.endswith(".test"):
                broken.append(("external", u))
                continue
            st, hd, body, _ = fetch(nr, u)
            if st in (301, 302, 303, 307, 308):
                loc = urllib.parse.urljoin(u, hd.get("Location", ""))
                if not IDP.match(loc):
                    queue.append(loc)
                continue
            if st != 200:
                if not (st == 503 and "rvo" in host):
                    broken.append((st, u))
                continue
            if host in soft404 and body == soft404[host]:
                broken.append(("soft404", u))
                continue
            ct = hd.get("Content-Type", "")
            if "html" not in ct:
                continue
            pages += 1
            p = Links()
            try:
                p.feed(body.decode("utf-8", "replace"))
            except Exception:  # noqa
                pass
            base = p.base or u
            for l in p.links:
                if l.startswith(("mailto:", "tel:", "javascript:", "#")):
                    continue
                nu = urllib.parse.urljoin(base, l)
                if nu.startswith("http://") and nu not in seen:
                    queue.append(nu)
        print("crawled %d HTML pages, %d URLs" % (pages, len(seen)))
        for b in broken:
            fails.append("broken link target %s %s" % b)
        norm = lambda x: x.rstrip("/")
        seen_n = {norm(x) for x in seen}
        for r in labels:
            for k in ("product_url", "route_url"):
                if r[k] and norm(r[k]) not in seen_n:
                    warns.append("%s %s %s not reachable without JavaScript/search: %s" % (r["org_code"], r["product_key"], k, r[k]))
        # 5 browser
        if browser:
            js = []
            for r in labels:
                for k in ("product_url", "route_url"):
                    u = r[k]
                    if not u or u.endswith((".pdf", ".docx")):
                        continue
                    st, hd, body, _ = fetch(nr, u)
                    if st == 200 and (b"open-forms-sdk-root" in body or b"cta-placeholder" in body):
                        js.append((r, k, u, body))
            done = {}
            for r, k, u, body in js:
                if u not in done:
                    out = subprocess.run(["/usr/bin/chromium", "--headless", "--no-sandbox", "--disable-gpu",
                                          "--proxy-server=" + proxy, "--virtual-time-budget=5000", "--dump-dom", u],
                                         capture_output=True, text=True, timeout=120).stdout
                    done[u] = out
                out = done[u]
                static_forms = body.count(b"<form")
                ok = ("Inloggen met" in out or "<input" in out) if b"open-forms-sdk-root" in body else ("cta-placeholder\"><a" in out or "class=\"btn\"" in out)
                if not ok:
                    fails.append("JS page did not render a form/login/link: %s %s %s" % (r["org_code"], r["product_key"], u))
            print("rendered %d JavaScript pages in Chromium" % len(done))
    finally:
        proc.terminate()
        proc.wait(timeout=10)
    for w in sorted(set(warns)):
        print("WARN", w)
    for f in fails:
        print("FAIL", f)
    print("%d failures, %d warnings" % (len(fails), len(set(warns))))
    return 1 if fails else 0


if __name__ == "__main__":
    sys.exit(main())
