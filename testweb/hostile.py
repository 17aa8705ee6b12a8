"""Hostile parts of the simulated web, written into the manifest for the server to play.

Site level: a redirect chain on the homepage, a redirect loop and an endless calendar and a
huge page linked from the homepage, a whole site slower than any sane timeout, a homepage
that always answers 503. Page level: slow pages, pages that fail once, malformed HTML, and
pages in windows-1252 with and without a charset declaration.
"""

from __future__ import annotations

from testweb.markup import a
from testweb.model import Row, Site

SLOW_PAGE_SECONDS = 3.0
SLOW_SITE_SECONDS = 120.0
HUGE_PAGE_BYTES = 30_000_000
CALENDAR_START = "2026-01"


def page_body(row: Row, html: str, dynamic: dict[str, list]) -> bytes:
    """The bytes of a product page with its page-level hostile parts applied."""
    url = row.product_url
    if "malformed" in row.hostile:
        html = malform(html)
    if "slow" in row.hostile:
        dynamic["delays"].append({"url": url, "seconds": SLOW_PAGE_SECONDS})
    if "flaky" in row.hostile:
        dynamic["flaky"].append({"url": url, "status": 503})
    if "cp1252" in row.hostile:
        dynamic["content_types"].append(
            {"url": url, "content_type": "text/html; charset=windows-1252"}
        )
        return html.encode("cp1252", errors="xmlcharrefreplace")
    if "cp1252_undeclared" in row.hostile:
        dynamic["content_types"].append({"url": url, "content_type": "text/html"})
        return html.encode("cp1252", errors="xmlcharrefreplace")
    return html.encode("utf-8")


def malform(html: str) -> str:
    """Unclosed paragraphs and list items, stray closing tags, no end of document."""
    html = html.replace("</p>", "", 4).replace("</li>", "")
    html = html.replace("<main", "</div></div></span><main", 1)
    html = html.replace("</main>", "<div class='feedback'><span>Was deze informatie nuttig?", 1)
    return html.replace("</body>\n</html>\n", "")


def homepage_links(site: Site, dynamic: dict[str, list]) -> str:
    """Links to the site-level hostile parts, and their manifest entries."""
    base = f"http://{site.host}"
    links: list[str] = []
    if "redirect_chain" in site.hostile:
        dynamic["redirects"].append({"url": f"{base}/", "status": 301, "location": "/home"})
        dynamic["redirects"].append(
            {"url": f"{base}/home", "status": 302, "location": site.home_path}
        )
    if "redirect_loop" in site.hostile:
        dynamic["redirects"].append(
            {
                "url": f"{base}/oud/nieuwsarchief",
                "status": 302,
                "location": f"{base}/archief/nieuws-oud",
            }
        )
        dynamic["redirects"].append(
            {"url": f"{base}/archief/nieuws-oud", "status": 302, "location": "/oud/nieuwsarchief"}
        )
        links.append(a(f"{base}/oud/nieuwsarchief", "Nieuwsarchief"))
    if "calendar" in site.hostile:
        dynamic["calendars"].append(
            {"host": site.host, "path": "/agenda", "param": "maand", "start": CALENDAR_START}
        )
        links.append(a(f"{base}/agenda", "Agenda"))
    if "huge" in site.hostile:
        dynamic["huge"].append(
            {"url": f"{base}/documenten/alle-besluiten", "bytes": HUGE_PAGE_BYTES}
        )
        links.append(a(f"{base}/documenten/alle-besluiten", "Alle besluiten"))
    if not links:
        return ""
    return (
        "<section class='meer'><h2>Meer</h2><ul>"
        + "".join(f"<li>{x}</li>" for x in links)
        + "</ul></section>"
    )


def unreachable_site(site: Site, dynamic: dict[str, list]) -> None:
    """Manifest entries of an organisation that cannot be crawled (dns needs none)."""
    if site.unreachable == "timeout":
        dynamic["delays"].append({"host": site.host, "seconds": SLOW_SITE_SECONDS})
    elif site.unreachable == "http_503":
        for path in ("/", "/robots.txt"):
            dynamic["statuses"].append({"url": f"http://{site.host}{path}", "status": 503})
