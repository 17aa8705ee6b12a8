"""Shared helpers for the organisation builders: layout factory, standard pages, product loop."""
import csv
import os

from web import E, h, add_trap
from content import P, TOPICS, slugify
from sites import Site, Org

PRODUCTS_CSV = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "..", "config", "products.csv")  # noqa: E501


def applicable(org_type, code):
    letter = {"gemeente": "G", "provincie": "P", "waterschap": "W", "rijk": "R"}[org_type]
    out = []
    with open(PRODUCTS_CSV, newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            if letter not in row["org_types"]:
                continue
            if letter == "R" and row["offered_by"].strip() != code:
                continue
            out.append(row["product_key"])
    return out


def make_layout(brand, nav, header_extra="", footer="", cookie="", head_extra="", body_class="", search=None,
                lang_switch="", crumb_home="Home", skip=True, wrap="main"):
    """returns layout(site, title, main, crumbs, lang)"""
    def layout(site, title, main, crumbs, lang):
        navh = "".join("<li><a href='%s'>%s</a></li>" % (u, E(l)) for l, u in nav)
        srch = ""
        if search:
            action, param, label = search
            srch = ("<form class='site-search' role='search' method='get' action='%s'><label for='q'>%s</label>"
                    "<input id='q' type='search' name='%s'><button type='submit'>Zoeken</button></form>" % (action, label, param))
        cr = ""
        if crumbs is not None:
            items = ["<a href='%s'>%s</a>" % (site.org.home, crumb_home)]
            for t, u in crumbs:
                items.append("<a href='%s'>%s</a>" % (u, E(t)) if u else "<span>%s</span>" % E(t))
            items.append("<span aria-current='page'>%s</span>" % E(title))
            cr = "<nav class='breadcrumb' aria-label='Kruimelpad'>%s</nav>" % " &rsaquo; ".join(items)
        return ("<!DOCTYPE html>\n<html lang='%s'><head><meta charset='utf-8'><title>%s | %s</title>"
                "<meta name='viewport' content='width=device-width, initial-scale=1'>%s</head>"
                "<body class='%s'>%s<header class='site-header'>%s<a class='logo' href='%s'>%s</a>%s%s"
                "<nav class='main-nav' aria-label='Hoofdmenu'><ul>%s</ul></nav></header>%s"
                "<%s id='content'>%s</%s><footer class='site-footer'>%s</footer></body></html>\n"
                % (lang, E(title), E(brand), head_extra, body_class, cookie,
                   "<a class='skiplink' href='#content'>Direct naar de inhoud</a>" if skip else "",
                   site.org.home, E(brand), lang_switch, header_extra, navh, srch, wrap, cr + main, wrap, footer))
    return layout


def pick_title(org, pk, override=None):
    if override:
        return override
    t = P[pk]["titles"]
    return t[h(org.code + pk) % len(t)]


def std_footer(org, street, pc, extra="", contact=None):
    return ("<div class='footer-contact'><h2>Contact</h2><p>%s<br>%s %s</p><p>Telefoon: <a href='tel:%s'>%s</a></p></div>"
            "<ul class='footer-links'><li><a href='%s'>Contact</a></li><li><a href='%sprivacy'>Privacy</a></li>"
            "<li><a href='%stoegankelijkheid'>Toegankelijkheid</a></li><li><a href='%scookies'>Cookies</a></li></ul>%s"
            % (E(street), pc, E(org.short), org.tel.replace(" ", ""), org.tel, contact or org.home + "contact", org.home, org.home, org.home, extra))


def std_pages(site, contact_form=True, contact_path="/contact", extra_contact=""):
    org = site.org
    if contact_form:
        cform = ("<h2>Contactformulier</h2><form method='post' action='%s/verzonden'><label>Naam <input name='naam'></label>"
                 "<label>E-mail <input name='email'></label><label>Uw vraag <textarea name='vraag'></textarea></label>"
                 "<button type='submit'>Verstuur</button></form>" % site.u(contact_path))
        site.add(contact_path + "/verzonden", "Bedankt", "<h1>Bedankt voor uw bericht</h1>", index=False)
    else:
        cform = ""
    site.contact_url = site.u(contact_path)
    site.add(contact_path, "Contact", "<h1>Contact</h1><p>Bel ons op %s (maandag tot en met vrijdag van 8.30 tot 17.00 uur) "
             "of stuur een bericht.</p>%s%s" % (org.tel, cform, extra_contact), text="contact telefoon adres openingstijden")
    site.add("/privacy", "Privacyverklaring", "<h1>Privacyverklaring</h1><p>%s gaat zorgvuldig om met uw persoonsgegevens.</p>" % E(org.name))
    site.add("/toegankelijkheid", "Toegankelijkheid", "<h1>Toegankelijkheid</h1><p>Wij willen dat iedereen onze website kan gebruiken.</p>")
    site.add("/cookies", "Cookies", "<h1>Cookies</h1><p>Wij gebruiken alleen functionele en analytische cookies.</p>", index=False)


def news(site, items, path_fmt, overview_path, overview_title="Nieuws"):
    """items: (slug, title, text, pk or None). Returns list of urls; adds traps for pk."""
    lis = []
    for i, (slug, title, text, pk) in enumerate(items):
        link = ""
        if pk and pk in site.products:
            link = "<p>Meer informatie: <a href='%s'>%s</a></p>" % site.products[pk]
        url = site.add(path_fmt.format(slug=slug, n=2024000 + h(slug) % 900), title,
                       "<article class='news'><p class='date'>%d maart 2024</p><h1>%s</h1><p>%s</p>%s</article>"
                       % (1 + i * 7, E(title), E(text), link), [(overview_title, site.u(overview_path))], text=text)
        lis.append("<li><a href='%s'>%s</a></li>" % (url, E(title)))
        if pk:
            site.news.append((pk, url))
    site.add(overview_path, overview_title, "<h1>%s</h1><ul class='news-list'>%s</ul>" % (overview_title, "".join(lis)))


def apply_news_traps(web, site):
    for pk, url in site.news:
        for row in web.labels:
            if row["org_code"] == site.org.code and row["product_key"] == pk:
                add_trap(web, site.org.code, pk, "news article mentions the product (%s)" % url)


def run_plan(site, plan, path_fn, titles=None, groups=(), no=None, crumbs_fn=None, en=None, skip=()):
    """Builds all product pages of a site from a plan {pk: spec}.
    groups: list of (pks, path, title, spec) pages shared by several products.
    no: {pk: (path, title, html, note)} not-offered statements (page built here unless path already exists).
    Returns dict pk -> url."""
    titles = titles or {}
    done = set()
    for pks, path, title, spec in groups:
        site.product(pks, spec, path, title, crumbs_fn(pks[0]) if crumbs_fn else None)
        done.update(pks)
    for pk, spec in plan.items():
        if pk in done or pk in skip:
            continue
        if spec.startswith("nf"):
            traps = []
            site.not_found(pk, "no page for this product on the site" + (
                "" if "|" not in spec else ""), traps)
            continue
        if spec == "no":
            path, title, html, note = no[pk]
            url = site.u(path)
            if not site.web.has(url):
                site.add(path, title, html, crumbs_fn(pk) if crumbs_fn else None)
            site.not_offered(pk, url, note)
            continue
        title = pick_title(site.org, pk, titles.get(pk))
        site.product(pk, spec, path_fn(pk, title), title, crumbs_fn(pk) if crumbs_fn else None)


def topic_pages(site, path_fn, title_fmt="{t}", intro="", relative=False, skip_topics=()):
    """overview pages per topic listing the product pages; returns [(topic title, url)]"""
    by = {}
    for pk, (url, title) in site.products.items():
        by.setdefault(P[pk]["topic"], []).append((title, url))
    out = []
    for tk in sorted(by):
        if tk in skip_topics:
            continue
        items = sorted(set(by[tk]))
        path = path_fn(tk)
        if relative:
            # relative links (../ style) as some CMSs write them
            from urllib.parse import urlsplit
            base_dir = site.u(path).rsplit("/", 1)[0]
            def rel(u):
                bp = urlsplit(base_dir + "/").path.strip("/").split("/")
                up = urlsplit(u)
                if up.netloc != site.org.host:
                    return u
                tp = up.path.strip("/").split("/")
                i = 0
                while i < min(len(bp), len(tp)) and bp[i] == tp[i] and bp[i]:
                    i += 1
                r = "../" * (len([x for x in bp if x]) - i) + "/".join(tp[i:])
                return r + ("?" + up.query if up.query else "")
            lis = "".join("<li><a href='%s'>%s</a></li>" % (rel(u), E(t)) for t, u in items)
        else:
            lis = "".join("<li><a href='%s'>%s</a></li>" % (u, E(t)) for t, u in items)
        url = site.add(path, title_fmt.format(t=TOPICS[tk]), "<h1>%s</h1>%s<ul class='topic-list'>%s</ul>"
                       % (E(title_fmt.format(t=TOPICS[tk])), intro, lis))
        out.append((TOPICS[tk], url))
    return out


def az_page(site, path, title="Producten en diensten A-Z", extra=()):
    items = sorted(set([(t, u) for u, t in site.products.values()] + list(extra)), key=lambda x: x[0].lower())
    letters = {}
    for t, u in items:
        letters.setdefault(t[0].upper(), []).append((t, u))
    body = "".join("<h2 id='%s'>%s</h2><ul>%s</ul>" % (L, L, "".join("<li><a href='%s'>%s</a></li>" % (u, E(t)) for t, u in v))
                   for L, v in sorted(letters.items()))
    return site.add(path, title, "<h1>%s</h1>%s" % (title, body))


def overview_page(site, title, intro):
    """E-loket / Alle formulieren page listing the forms registered by 'overview' routes"""
    lis = "".join("<li><a href='%s'>%s</a>%s</li>" % (u, E(t), " <span class='auth'>(%s)</span>" % (
        {"digid": "DigiD", "eh": "eHerkenning", "de": "DigiD/eHerkenning", "dei": "DigiD/eHerkenning/eIDAS"}[a]) if a else "")
                  for t, u, a in sorted(site.overview))
    # generic forms that are not product routes
    lis += "<li><a href='%s'>Contactformulier</a></li>" % site.contact_url if site.contact_url else ""
    return site.add(site.overview_url, title, "<h1>%s</h1><p>%s</p><ul class='formulieren'>%s</ul>" % (E(title), intro, lis))
