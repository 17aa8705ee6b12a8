"""Discovery files of a site: robots.txt, sitemaps, the SC feed, and the search index.

Sitemaps come in three kinds (a `Sitemap:` line in robots.txt to one sitemap or to a
sitemap index with child sitemaps, or only at `/sitemap.xml`), or not at all. SC 4.0 feeds
list the products with UPL URIs; some are stale or wrong on purpose (a dead `aanvraagURL`,
`digid` where the page has only a PDF, a product page that moved and now redirects, a
product left out); the label notes say which.
"""

from __future__ import annotations

import json
from pathlib import Path
from urllib.parse import urlsplit
from xml.sax.saxutils import escape, quoteattr

from testweb.model import Row, Site
from testweb.writer import PageInfo, SiteWriter

SC_NS = (
    'xmlns:overheidproduct="http://standaarden.overheid.nl/product/terms/" '
    'xmlns:dcterms="http://purl.org/dc/terms/" '
    'xmlns:overheid="http://standaarden.overheid.nl/owms/terms/" '
    'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"'
)
FEED_ERRORS = ("dead_aanvraag_url", "digid_but_pdf", "moved", "missing")
LASTMOD = "2025-03-01"


def robots_txt(site: Site, host: str, rows: list[Row]) -> str:
    lines = ["User-agent: *"]
    if site.robots == "disallow_all":
        lines.append("Disallow: /")
    else:
        lines.append("Disallow: /admin/")
        if site.robots == "disallow_search" and site.search:
            lines.append(f"Disallow: {site.search[0]}")
        for row in rows:
            if "robots_disallowed" in row.hostile and urlsplit(row.product_url).hostname == host:
                lines.append(f"Disallow: {urlsplit(row.product_url).path}")
    if host == site.host and site.sitemap == "robots_single":
        lines.append(f"Sitemap: http://{host}/sitemap.xml")
    elif host == site.host and site.sitemap == "robots_index":
        lines.append(f"Sitemap: http://{host}/sitemap_index.xml")
    return "\n".join(lines) + "\n"


def _urlset(pages: list[PageInfo]) -> str:
    urls = "".join(
        f"<url><loc>{escape(p.url)}</loc><lastmod>{LASTMOD}</lastmod></url>" for p in pages
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/'
        f'sitemap/0.9">{urls}</urlset>\n'
    )


def write_sitemaps(writer: SiteWriter, site: Site, pages: list[PageInfo]) -> None:
    listed = [p for p in pages if p.kind]
    base = f"http://{site.host}"
    if site.sitemap in ("robots_single", "plain"):
        writer.write(f"{base}/sitemap.xml", _urlset(listed))
    elif site.sitemap == "robots_index":
        groups = {
            "producten": [p for p in listed if p.kind == "product"],
            "nieuws": [p for p in listed if p.kind == "news"],
            "paginas": [p for p in listed if p.kind not in ("product", "news")],
        }
        children = []
        for name, group in groups.items():
            url = f"{base}/sitemap-{name}.xml"
            writer.write(url, _urlset(group))
            children.append(f"<sitemap><loc>{url}</loc><lastmod>{LASTMOD}</lastmod></sitemap>")
        writer.write(
            f"{base}/sitemap_index.xml",
            '<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/'
            f'schemas/sitemap/0.9">{"".join(children)}</sitemapindex>\n',
        )


def write_search_index(root: Path, site: Site, pages: list[PageInfo]) -> dict[str, str] | None:
    """The index the server answers the site's search from; its manifest entry."""
    if site.search is None:
        return None
    entries = [{"url": p.url, "title": p.title, "text": p.text} for p in pages if p.kind]
    folder = root / "search"
    folder.mkdir(exist_ok=True)
    (folder / f"{site.host}.json").write_text(
        json.dumps(entries, ensure_ascii=False, indent=0), encoding="utf-8"
    )
    path, param = site.search
    return {
        "host": site.host,
        "path": path,
        "param": param,
        "index": f"search/{site.host}.json",
        "template": f"search/{site.host}.html",
    }


def _owms_uri(site: Site) -> str:
    """The OWMS URI of the organisation, e.g. .../owms/terms/Buren_(gemeente)."""
    name = site.short.replace(" ", "_")
    kind = {"rijk": "ministerie"}.get(site.org.org_type, site.org.org_type)
    return f"http://standaarden.overheid.nl/owms/terms/{name}_({kind})"


def _online(row: Row) -> str:
    level = row.level or 0
    return "digid" if level == 100 else "ja" if level == 67 else "nee"


def write_sc_feed(
    writer: SiteWriter, site: Site, rows: list[Row], dynamic: dict[str, list]
) -> None:
    """The organisation's SC 4.0 feed, with one or two planted errors noted on the rows."""
    listed = [r for r in rows if r.has_page and not r.unreachable]
    if not site.sc_feed or not listed:
        return
    rng = site.rng
    errors = {
        e: listed[rng.randrange(len(listed))] for e in rng.sample(FEED_ERRORS, 1 + rng.randrange(2))
    }
    products = []
    for row in listed:
        if errors.get("missing") is row:
            row.notes.append("SC feed: product missing from the feed")
            continue
        identifier, online = row.product_url, _online(row)
        aanvraag = (row.deciding_route.url if row.deciding_route else "") if online != "nee" else ""
        if errors.get("moved") is row and row.status == "ok":
            parts = urlsplit(row.product_url)
            identifier = f"http://{parts.hostname}/oud/{parts.path.strip('/').replace('/', '-')}"
            dynamic["redirects"].append(
                {"url": identifier, "status": 301, "location": row.product_url}
            )
            row.notes.append(f"SC feed: identifier {identifier} moved (301 to the product page)")
        if errors.get("dead_aanvraag_url") is row:
            aanvraag = f"http://{site.host}/formulieren/oud/{row.slug}"
            online = online if online != "nee" else "ja"
            row.notes.append("SC feed: aanvraagURL is dead (404)")
        if errors.get("digid_but_pdf") is row and online == "nee":
            online = "digid"
            row.notes.append("SC feed: says digid but the page offers no online route")
        upl = row.product.upl_uri
        audience = "ondernemer" if row.product.audience == "ondernemer" else "particulier"
        aanvraag_xml = (
            f"<overheidproduct:aanvraagURL resourceIdentifier={quoteattr(aanvraag)}/>"
            if aanvraag
            else ""
        )
        products.append(
            "<overheidproduct:scproduct "
            'owms-version="4.0"><overheidproduct:meta><overheidproduct:owmskern>'
            f"<dcterms:identifier>{escape(identifier)}</dcterms:identifier>"
            f"<dcterms:title>{escape(row.title)}</dcterms:title><dcterms:language>nl</dcterms:language>"
            '<dcterms:type scheme="overheid:Informatietype">productbeschrijving</dcterms:type>'
            f"<dcterms:modified>{LASTMOD}</dcterms:modified>"
            f'<overheid:authority scheme="overheid:{site.org.org_type.capitalize()}" '
            f"resourceIdentifier={quoteattr(_owms_uri(site))}>{escape(site.org.name)}"
            "</overheid:authority></overheidproduct:owmskern><overheidproduct:owmsmantel>"
            f'<dcterms:audience scheme="overheid:Doelgroep">{audience}'
            f"</dcterms:audience><dcterms:abstract>{escape(row.text.intro[0])}</dcterms:abstract>"
            "</overheidproduct:owmsmantel><overheidproduct:scmeta>"
            f"<overheidproduct:productID>{escape(row.product.key)}</overheidproduct:productID>"
            f"<overheidproduct:onlineAanvragen>{online}</overheidproduct:onlineAanvragen>{aanvraag_xml}"
            f'<overheidproduct:uniformeProductnaam scheme="overheid:UniformeProductnaam" '
            f"resourceIdentifier={quoteattr(upl)}>{escape(row.product.name_nl)}</overheidproduct:uniformeProductnaam>"
            "</overheidproduct:scmeta></overheidproduct:meta><overheidproduct:body><overheidproduct:productHTML>"
            f"{escape(row.text.intro[0])}</overheidproduct:productHTML></overheidproduct:body>"
            "</overheidproduct:scproduct>"
        )
    xml = (
        f'<?xml version="1.0" encoding="UTF-8"?>\n<overheidproduct:scproducten {SC_NS}>\n'
        + "\n".join(products)
        + "\n</overheidproduct:scproducten>\n"
    )
    writer.write(f"http://{site.host}{site.sc_feed}", xml)
