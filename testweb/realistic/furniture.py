"""The pages around a realistic site's products: the A-Z list (on catalogue sites split
into query-string letter pages, on some sites with old URLs that answer with a meta
refresh), the homepage behind a consent wall or language splash, the English homepage,
contact and privacy pages, the soft 404 page, and the www/non-www redirect."""

from __future__ import annotations

from testweb.markup import esc
from testweb.orgs import slugify
from testweb.realistic import pages
from testweb.realistic.layouts import Layout
from testweb.realistic.model import RRow
from testweb.realistic.routes import RouteWriter
from testweb.writer import SiteWriter


def write(
    writer: SiteWriter,
    routes: RouteWriter,
    dynamic: dict[str, list],
    layout: Layout,
    rows: list[RRow],
    index: list[tuple[str, str, bool]],
) -> None:
    site = layout.site
    url = layout.index_url()
    products = {r.product_url for r in rows if r.status == "ok"}
    entries = []
    for title, target, business in index:
        if target in products and site.rng.random() < site.moved_share:
            target = _moved(writer, layout, title, target)
        entries.append((title, target, business))
    if site.layout == "catalogue":
        _letters(writer, layout, entries)
    else:
        main = pages.index_main(layout, url, entries)
        writer.write(url, layout.page(url, "Onderwerpen A-Z", main), title="A-Z", kind="overview")
    top = [(r.title, r.product_url) for r in rows if r.status == "ok" and r.shares_page_of is None]
    extra = [("Alle onderwerpen", url), ("Contact", f"http://{site.host}/contact")]
    home = site.home_url
    main = pages.home_main(site, layout, top[:6], extra)
    writer.write(home, layout.page(home, "Home", main), title=site.org.name, kind="home")
    contact = f"http://{site.host}/contact"
    main = f"<h1>Contact</h1><p>Bel 14 0{len(site.short)} of kom langs op afspraak.</p>"
    writer.write(contact, layout.page(contact, "Contact", main))
    privacy = f"http://{site.host}/privacy"
    writer.write(privacy, layout.page(privacy, "Privacy", "<h1>Privacyverklaring</h1>"))
    routes.logos(site.host)
    if site.consent:
        writer.write(f"http://{site.host}/", pages.consent_page(site))
        if site.consent == "form":
            choice = {"url": f"http://{site.host}/cookiekeuze", "status": 302, "location": home}
            dynamic["redirects"].append(choice)
    elif site.splash:
        writer.write(f"http://{site.host}/", pages.splash_page(site))
    if site.english:
        en_home = f"http://{site.host}/en/"
        en = [(r.product.name_en, r.english_url) for r in rows if r.english_url]
        links = "".join(f"<li>{layout.a(en_home, u, t)}</li>" for t, u in en)
        main = f"<h1>Welcome to {esc(site.short)}</h1><ul>{links}</ul>"
        writer.write(en_home, layout.page(en_home, "Welcome", main, lang="en"), title="Welcome")
    if site.soft404:
        file = f"notfound/{site.host}.html"
        path = writer.sites.parent / file
        path.parent.mkdir(exist_ok=True)
        page = layout.page(f"http://{site.host}/", "Pagina niet gevonden", pages.soft404_main())
        path.write_text(page, encoding="utf-8")
        dynamic["not_found_pages"].append({"host": site.host, "file": file, "status": 200})
    if site.redirect:
        dynamic["host_redirects"].append({"host": site.entry, "status": 301, "to": site.host})


def _moved(writer: SiteWriter, layout: Layout, title: str, target: str) -> str:
    """An old address of a product page that sends the browser on with a meta refresh."""
    old = f"{layout.root}/oud/{layout.unique('oud-' + slugify(title))[4:]}"
    writer.write(
        old,
        "<!DOCTYPE html>\n<html lang='nl'>\n<head>\n<meta charset='utf-8'>\n"
        f"<meta http-equiv='refresh' content='0; url={esc(target)}'>\n<title>Doorverwijzing"
        f"</title>\n</head>\n<body>\n<p>Deze pagina is verhuisd naar <a href='{esc(target)}'>"
        f"{esc(title)}</a>.</p>\n</body>\n</html>\n",
    )
    return old


def _letters(writer: SiteWriter, layout: Layout, entries: list[tuple[str, str, bool]]) -> None:
    """The catalogue's A-Z: a letter list, and a query-string page per letter."""
    url = layout.index_url()
    letters = sorted({(slugify(t)[:1] or "x") for t, _, _ in entries})
    for letter in letters:
        page = f"{url}?letter={letter}"
        chosen = [e for e in entries if (slugify(e[0])[:1] or "x") == letter]
        main = pages.index_main(layout, page, chosen)
        writer.write(page, layout.page(page, f"Producten {letter.upper()}", main), kind="overview")
    links = "".join(f"<li>{layout.a(url, f'{url}?letter={x}', x.upper())}</li>" for x in letters)
    main = f"<h1>Producten en diensten</h1><ul class='letters'>{links}</ul>"
    writer.write(url, layout.page(url, "Producten en diensten", main), kind="overview")
