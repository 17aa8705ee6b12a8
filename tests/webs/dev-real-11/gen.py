#!/usr/bin/env python3
"""Generator of the held-out web 'web-dev11' (water boards, two provinces, two municipalities).

Deterministic: no randomness, output is rebuilt from scratch on every run.
    python3 gen.py            -> writes ./web/
"""
import sys
import csv, html, json, os, posixpath, re, shutil

OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), "web")
PRODUCTS_CSV = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', '..', 'config', 'products.csv')

FILES = {}          # (host, path) -> bytes
LABELS = []
BEH = {"redirects": [], "host_redirects": [], "not_found_pages": [], "searches": [], "statuses": []}
FEATURES = {}
ORGS = []


def feat(name, n=1):
    FEATURES[name] = FEATURES.get(name, 0) + n


def put(host, path, content):
    if isinstance(content, str):
        content = content.encode("utf-8")
    FILES[(host, path)] = content


def esc(s):
    return html.escape(s, quote=True)


# ---------------------------------------------------------------- PDF writer
def pdf_bytes(title, lines, form=True):
    """A small but genuine PDF (one page, Helvetica), with form boxes when form=True."""
    ops = ["BT /F1 16 Tf 50 790 Td (%s) Tj ET" % _pdfesc(title)]
    y = 760
    for ln in lines:
        if ln.startswith("[] "):
            ops.append("BT /F1 10 Tf 50 %d Td (%s) Tj ET" % (y, _pdfesc(ln[3:])))
            if form:
                ops.append("0.5 w 220 %d 320 16 re S" % (y - 4))
            y -= 26
        else:
            ops.append("BT /F1 10 Tf 50 %d Td (%s) Tj ET" % (y, _pdfesc(ln)))
            y -= 16
        if y < 60:
            break
    stream = "\n".join(ops).encode("latin-1", "replace")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        ("<< /Title (%s) /Producer (web-dev11 gen.py) >>" % _pdfesc(title)).encode("latin-1", "replace"),
    ]
    out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for o in offs:
        out += b"%010d 00000 n \n" % o
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info 6 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    return out


def _pdfesc(s):
    return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def form_pdf(host, path, title, org_name, extra=None):
    lines = [org_name, "", "Vul dit formulier volledig in en stuur het ondertekend op.", ""]
    lines += ["[] Naam aanvrager", "[] Adres", "[] Postcode en woonplaats", "[] Telefoonnummer",
              "[] E-mailadres", "[] KvK-nummer (indien van toepassing)"]
    lines += ["[] " + x for x in (extra or ["Omschrijving van de activiteit", "Locatie / kadastraal perceel",
                                             "Gewenste startdatum", "Datum en handtekening"])]
    put(host, path, pdf_bytes(title, lines, True))


def doc_pdf(host, path, title, paragraphs):
    put(host, path, pdf_bytes(title, paragraphs, False))


# ---------------------------------------------------------------- identity providers and shared hosts
def idp_pages():
    put("digid.test", "/inloggen", page_plain("DigiD | Inloggen", """<header><img src="/logo-digid.svg" alt="DigiD"></header>
<main><h1>Inloggen bij een overheidsorganisatie</h1>
<p>Kies hoe u wilt inloggen.</p>
<form method="post" action="/inloggen/gebruikersnaam"><label>DigiD gebruikersnaam <input name="u"></label>
<label>Wachtwoord <input type="password" name="p"></label><button>Inloggen</button></form>
<p><a href="/inloggen/app">Inloggen met de DigiD app</a></p></main>"""))
    put("digid.test", "/inloggen/app", page_plain("DigiD app", "<h1>Inloggen met de DigiD app</h1><p>Scan de QR-code.</p>"))
    for i in (1, 2, 3):
        put("eherkenning.test", f"/lev/{i}", page_plain("eHerkenning", "<h1>Inloggen bij uw leverancier</h1>"))
    put("eherkenning.test", "/eidas", page_plain("eIDAS", "<h1>Login with a European eID</h1>", lang="en"))
    put("digid.test", "/robots.txt", "User-agent: *\nDisallow: /\n")
    put("digid.test", "/logo-digid.svg", '<svg xmlns="http://www.w3.org/2000/svg" width="40" height="40"><rect width="40" height="40" fill="#000"/><text x="4" y="26" fill="#fff" font-size="12">DigiD</text></svg>')
    put("eherkenning.test", "/inloggen", page_plain("eHerkenning | Kies uw leverancier", """<main><h1>Inloggen met eHerkenning</h1>
<p>Kies uw eHerkenningsmiddel-leverancier.</p><ul><li><a href="/lev/1">KPN</a></li><li><a href="/lev/2">Connectis</a></li><li><a href="/lev/3">Z login</a></li></ul>
<p><a href="/eidas">Inloggen met een Europees erkend inlogmiddel (eIDAS)</a></p></main>"""))
    put("eherkenning.test", "/robots.txt", "User-agent: *\nDisallow: /\n")
    put("eherkenning.test", "/logo-eherkenning.svg", '<svg xmlns="http://www.w3.org/2000/svg" width="60" height="30"><text x="2" y="20" font-size="12">eHerkenning</text></svg>')


def page_plain(title, body, lang="nl"):
    return f"""<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>{esc(title)}</title></head><body>{body}</body></html>"""


def login_start(host, path, idp, back):
    """A login start URL: redirects (302) to the identity provider."""
    target = {"digid": "http://digid.test/inloggen", "eh": "http://eherkenning.test/inloggen"}[idp]
    put(host, path, page_plain("Doorsturen", f'<p>U wordt doorgestuurd naar <a href="{target}">{idp}</a>.</p>'))
    BEH["redirects"].append({"url": f"http://{host}{path}", "status": 302,
                             "location": f"{target}?service={host}&return={back}"})
    feat("login_start_redirect")


# ---------------------------------------------------------------- products
PRODUCTS = {}
with open(PRODUCTS_CSV, newline="", encoding="utf-8") as f:
    for r in csv.DictReader(f):
        PRODUCTS[r["product_key"]] = {"name": r["name_nl"], "types": r["org_types"], "aud": r["audience"],
                                      "by": r["offered_by"]}


def applicable(letter):
    return [k for k, v in PRODUCTS.items() if letter in v["types"]]


# short Dutch texts (own wording)
DESC = {
    "watervergunning": "Wilt u iets doen in, op of bij een watergang, dijk of kade? Denk aan een steiger bouwen, een duiker leggen, een sloot dempen of bomen planten op een dijk. Voor veel van deze activiteiten heeft u toestemming van het waterschap nodig.",
    "watermelding": "Voor sommige werkzaamheden is geen vergunning nodig, maar moet u het waterschap wel vooraf informeren met een melding. Bijvoorbeeld bij een tijdelijke bemaling, het onttrekken van grondwater of werkzaamheden aan de oever.",
    "bedrijfsafvalwater-melding": "Loost uw bedrijf afvalwater op het riool of op oppervlaktewater? Dan moet u dit melden of een vergunning aanvragen. Het waterschap beoordeelt of de lozing de zuivering of het watersysteem niet belast.",
    "zuiveringsheffing": "Met de zuiveringsheffing betaalt u mee aan het zuiveren van afvalwater. Huishoudens betalen voor 1 of 3 vervuilingseenheden. Bedrijven betalen op basis van het aantal vervuilingseenheden dat zij lozen.",
    "watersysteemheffing": "De watersysteemheffing betaalt u voor schoon water, veilige dijken en voldoende water. Eigenaren van woningen, bedrijfspanden, grond en natuurterreinen en bewoners (ingezetenen) betalen deze heffing.",
    "belastingkwijtschelding": "Heeft u een laag inkomen en weinig vermogen? Dan kunt u misschien kwijtschelding krijgen van (een deel van) uw belastingaanslag. U hoeft dan minder of helemaal niet te betalen.",
    "belastingaanslag-bezwaar": "Bent u het niet eens met uw aanslag? Dan kunt u binnen 6 weken na de dagtekening van de aanslag bezwaar maken.",
    "betalingsregeling": "Kunt u de aanslag niet in een keer betalen? Betaal dan automatisch in termijnen, of vraag een betalingsregeling aan.",
    "melding-openbare-ruimte": "Ziet u iets dat niet in orde is? Bijvoorbeeld een kapotte stuw, een verstopte duiker, een dode vis of olie op het water? Meld het ons, dan lossen we het zo snel mogelijk op.",
    "omgevingsvergunning": "Een omgevingsvergunning heeft u nodig voor bijvoorbeeld bouwen, verbouwen, slopen of een milieuactiviteit. Sinds 1 januari 2024 geldt de Omgevingswet.",
    "bezwaar": "Bent u het niet eens met een besluit? Dan kunt u binnen 6 weken bezwaar maken. In uw bezwaarschrift legt u uit waarom u het niet eens bent met het besluit.",
    "klacht": "Bent u niet tevreden over hoe wij u behandeld hebben? Laat het ons weten. Wij nemen uw klacht serieus en nemen binnen 5 werkdagen contact met u op.",
    "woo-verzoek": "Op grond van de Wet open overheid (Woo) kunt u vragen om documenten over een bestuurlijke aangelegenheid openbaar te maken.",
    "subsidie": "Wij stimuleren initiatieven met subsidies. Bekijk welke regelingen openstaan, wat de voorwaarden zijn en hoe u aanvraagt.",
    "wegvergunning-provinciaal": "Wilt u werkzaamheden uitvoeren in, op, onder of langs een weg of vaarweg die wij beheren? Bijvoorbeeld kabels en leidingen leggen, een uitrit aanleggen of een reclamebord plaatsen? Dan heeft u toestemming nodig.",
    "schadevergoeding-provincie": "Heeft u schade door onze werkzaamheden of door wild? Dan kunt u een verzoek om schadevergoeding indienen.",
    "evenementenvergunning": "Organiseert u een evenement op of langs een provinciale weg of vaarweg, of in een natuurgebied? Dan heeft u mogelijk toestemming nodig.",
    "geluidsontheffing": "In stiltegebieden gelden regels voor geluid. Voor een activiteit met veel geluid in een stiltegebied heeft u een ontheffing nodig.",
    "uitwegvergunning": "Wilt u een nieuwe uitweg (inrit) maken op een weg die wij beheren? Dan heeft u een vergunning nodig.",
    "beschermde-dieren-ontheffing": "Beschermde planten en dieren mag u niet zomaar verstoren. Voor bijvoorbeeld sloop of renovatie waarbij vleermuizen of huismussen worden verstoord heeft u een ontheffing of vergunning flora- en fauna-activiteit nodig.",
    "natuurvergunning": "Een vergunning voor een Natura 2000-activiteit heeft u nodig als uw project gevolgen kan hebben voor een Natura 2000-gebied, bijvoorbeeld door stikstofdepositie.",
    "ontgrondingsvergunning": "Wilt u zand, grind of klei winnen of de bodem dieper afgraven? Dan heeft u een vergunning voor een ontgrondingsactiviteit nodig.",
    "tijdelijk-luchtvaartterrein": "Wilt u met een helikopter, luchtballon of ander luchtvaartuig opstijgen of landen buiten een luchthaven? Dan heeft u een TUG-ontheffing (tijdelijk en uitzonderlijk gebruik) nodig.",
    "vuurwerk-ontbranding": "Professionele vuurwerkshows buiten de jaarwisseling moeten vooraf gemeld worden of hebben een ontbrandingstoestemming nodig.",
}
GDESC = "Hier leest u wat het is, wat u nodig heeft en hoe u het regelt."


# ---------------------------------------------------------------- organisation skins
class Org:
    def __init__(self, code, name, otype, host, **kw):
        self.code, self.name, self.otype, self.host = code, name, otype, host
        self.website = kw.pop("website", f"http://{host}/")
        self.kw = kw
        self.nav = kw.get("nav", [])
        self.pages = []   # (path, title) for sitemap / A-Z
        self.base = kw.get("base")  # base href
        self.heads = kw.get("heads", ["Wat is het?", "Hoe werkt het?", "Wat moet ik doen?"])
        self.color = kw.get("color", "#005ca9")
        self.header_extra = kw.get("header_extra", "")
        self.footer_extra = kw.get("footer_extra", "")
        self.forms_overview = []  # (title, url) for overview page

    def link(self, path):
        """href for an own path: relative to <base href> on base sites."""
        if self.base and path.startswith("/"):
            return path[1:] or "./"
        return path

    def page(self, path, title, body, crumbs=None, lang="nl", listed=True, head=""):
        navs = "".join(f'<li><a href="{esc(self.link(p))}">{esc(t)}</a></li>' for t, p in self.nav)
        base = f'<base href="{self.base}">' if self.base else ""
        cr = ""
        if crumbs:
            cr = '<nav class="breadcrumb" aria-label="Kruimelpad"><ol>' + "".join(
                f'<li><a href="{esc(self.link(p))}">{esc(t)}</a></li>' for t, p in crumbs) + "</ol></nav>"
        doc = f"""<!DOCTYPE html>
<html lang="{lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
{base}<title>{esc(title)} | {esc(self.name)}</title>{head}
<style>body{{font-family:sans-serif;margin:0}}header{{background:{self.color};color:#fff;padding:1em}}header a{{color:#fff}}main{{padding:1em 2em;max-width:60em}}footer{{background:#eee;padding:1em}}</style>
</head><body class="{self.kw.get('bodyclass','')}">
<a class="skiplink" href="#content">Naar de inhoud</a>
<header><a href="{esc(self.link('/' if not self.kw.get('homepath') else self.kw['homepath']))}" class="logo">{esc(self.name)}</a>
{self.header_extra}
<nav class="mainnav"><ul>{navs}</ul></nav>
<form class="search" action="{esc(self.link(self.kw.get('searchpath','/zoeken')))}" method="get"><label>Zoeken <input name="{self.kw.get('searchparam','q')}"></label><button type="submit">Zoek</button></form>
</header>
{cr}
<main id="content">
<h1>{esc(title)}</h1>
{body}
</main>
<footer>
<ul><li><a href="{esc(self.link(self.kw.get('contactpath','/contact')))}">Contact</a></li><li><a href="{esc(self.link('/privacy'))}">Privacy</a></li><li><a href="{esc(self.link('/toegankelijkheid'))}">Toegankelijkheid</a></li><li><a href="{esc(self.link(self.kw.get('azpath','/a-z')))}">A-Z</a></li></ul>
{self.footer_extra}
<p>&copy; 2026 {esc(self.name)}</p>
</footer></body></html>"""
        if self.kw.get("relative"):
            d = path.rsplit("/", 1)[0] or "/"
            def rel(m):
                t = m.group(2)
                tp, _, q = t.partition("?")
                r = posixpath.relpath(tp, d)
                if tp.endswith("/") and not r.endswith("/"):
                    r += "/"
                return m.group(1) + r + (("?" + q) if q else "") + '"'
            doc = re.sub(r'(href=")(/[^"]*)"', rel, doc)
            feat("relative_links_pages")
        put(self.host, path, doc)
        if listed:
            self.pages.append((path, title))
        return f"http://{self.host}{path}"


def std_pages(o, home_path="/", news=None, az=True, sitemap=True, links_extra="", **kw):
    """Homepage, contact, privacy, toegankelijkheid, news, A-Z, search, robots, sitemap."""
    o.kw.update(kw)
    prods = [(t, p) for p, t in o.pages]
    news = news or []
    nl = "".join(f'<li><a href="{esc(o.link(p))}">{esc(t)}</a></li>' for t, p in news)
    top = "".join(f'<li><a href="{esc(o.link(p))}">{esc(t)}</a></li>' for t, p in o.kw.get("toptasks", []))
    o.page(home_path, o.kw.get("hometitle", "Welkom bij " + o.name),
           f"""<section class="toptaken"><h2>{esc(o.kw.get('toplabel','Direct naar'))}</h2><ul>{top}</ul></section>
<section class="nieuws"><h2>Nieuws</h2><ul>{nl}</ul><p><a href="{esc(o.link(o.kw.get('newspath','/nieuws')))}">Alle nieuwsberichten</a></p></section>{links_extra}""",
           listed=False)
    o.page(o.kw.get("newspath", "/nieuws"), "Nieuws", f"<ul>{nl}</ul>", listed=False)
    o.page(o.kw.get("contactpath", "/contact"), "Contact",
           f"""<p>{esc(o.name)} is op werkdagen bereikbaar van 8.30 tot 17.00 uur via <a href="tel:{o.kw.get('tel','088-0000000')}">{o.kw.get('tel','088-0000000')}</a>.</p>
<p>Mail: <a href="mailto:info@{o.host.replace('www.','')}">info@{o.host.replace('www.','')}</a></p>
<h2>Contactformulier</h2><form method="post" action="{esc(o.link('/contact/verzonden'))}"><label>Naam <input name="naam"></label><label>E-mail <input name="email"></label><label>Uw vraag <textarea name="vraag"></textarea></label><button>Versturen</button></form>""",
           listed=False)
    o.page("/contact/verzonden", "Bedankt", "<p>Uw bericht is verzonden.</p>", listed=False)
    o.page("/privacy", "Privacyverklaring", "<p>Wij gaan zorgvuldig om met uw persoonsgegevens.</p>", listed=False)
    o.page("/toegankelijkheid", "Toegankelijkheid", "<p>Wij werken aan een toegankelijke website volgens WCAG 2.1.</p>", listed=False)
    for t, p in o.nav + [("Zoeken", o.kw.get("searchpath", "/zoeken"))]:
        pp = p.split("?")[0]
        if (o.host, pp) not in FILES and (o.host, pp.rstrip("/") + "/") not in FILES and pp != o.kw.get("searchpath", "/zoeken") and pp != o.kw.get("azpath", "/a-z"):
            sub = [(tt, p2) for tt, p2 in prods if p2.startswith(pp.rstrip("/") + "/")] or prods
            o.page(pp, t, "<ul>" + "".join(f'<li><a href="{esc(o.link(p2))}">{esc(tt)}</a></li>' for tt, p2 in sub) + "</ul>", listed=False)
    if True:
        items = sorted(prods + o.kw.get("az_extra", []), key=lambda x: x[0].lower())
        o.page(o.kw.get("azpath", "/a-z"), o.kw.get("aztitle", "Onderwerpen A-Z"),
               "<ul class='az'>" + "".join(f'<li><a href="{esc(o.link(p))}">{esc(t)}</a></li>' for t, p in items) + "</ul>", listed=False)
    # search: results page template + index
    sp = o.kw.get("searchpath", "/zoeken")
    put(o.host, sp, "")  # placeholder so folder exists (overwritten below)
    tmpl = f"search/{o.host}.html"
    FILES[("__root__", tmpl)] = page_plain(f"Zoeken | {o.name}", f"<main><h1>Zoekresultaten voor <!--QUERY--></h1><!--RESULTS--></main>").encode()
    idx = [{"url": f"http://{o.host}{p}", "title": t, "text": t} for t, p in prods]
    FILES[("__root__", f"search/{o.host}.json")] = json.dumps(idx, ensure_ascii=False, indent=0).encode()
    del FILES[(o.host, sp)]
    BEH["searches"].append({"host": o.host, "path": sp, "param": o.kw.get("searchparam", "q"),
                            "index": f"search/{o.host}.json", "template": tmpl})
    robots = "User-agent: *\n" + o.kw.get("robots_extra", "Disallow: /zoeken\n")
    if sitemap:
        robots += f"Sitemap: http://{o.host}/sitemap.xml\n"
        urls = [f"http://{o.host}{home_path}"] + [f"http://{o.host}{p}" for t, p in prods] + \
               [f"http://{o.host}{p}" for t, p in o.kw.get("sitemap_extra", [])]
        put(o.host, "/sitemap.xml", '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n' +
            "".join(f"<url><loc>{esc(u)}</loc></url>\n" for u in urls) + "</urlset>\n")
        feat("sitemap")
    put(o.host, "/robots.txt", robots)


def label(o, key, status, level="", product_url="", route_url="", strict=None, via="", notes=""):
    if status != "ok":
        level, strict = "", ""
    elif strict is None:
        strict = 67 if level == 100 else level
    LABELS.append({"org_code": o.code, "product_key": key, "level": level, "status": status,
                   "product_url": product_url, "route_url": route_url, "level_strict": strict,
                   "via": via, "notes": notes})


# ---------------------------------------------------------------- routes
def make_route(o, slug, title, r):
    """Build the target of a route; returns (route_url, level, cta_href, cta_text_html, via, prefill).
    r: dict with kind and options."""
    kind = r["kind"]
    host = r.get("host", o.host)
    via = r.get("via", "")
    prefill = r.get("prefill", False)
    if kind == "pdf":
        path = r.get("path", f"/documenten/{slug}-aanvraagformulier.pdf")
        form_pdf(host, path, r.get("pdftitle", "Aanvraagformulier " + title), r.get("pdforg", o.name))
        url = f"http://{host}{path}"
        return url, 33, url, r.get("text", f"Aanvraagformulier {title.lower()} (pdf, 84 kB)"), via, False
    if kind in ("web", "js"):
        path = r.get("path", f"/formulieren/{slug}")
        fh = Form(o, host)
        if kind == "web":
            fh.web_form(path, r.get("ftitle", title))
        else:
            fh.js_form(path, r.get("ftitle", title), login=None)
        url = f"http://{host}{path}"
        return url, 67, url, r.get("text", "Formulier invullen"), via, False
    if kind in ("digid", "eh", "jsdigid", "jseh", "both"):
        path = r.get("path", f"/formulieren/{slug}")
        fh = Form(o, host)
        if kind.startswith("js"):
            fh.js_form(path, r.get("ftitle", title), login="digid" if kind == "jsdigid" else "eh", prefill=prefill)
        else:
            fh.gate(path, r.get("ftitle", title), kind, prefill=prefill, img=r.get("img", False))
        url = f"http://{host}{path}"
        dt = {"digid": "Direct aanvragen met DigiD", "eh": "Aanvragen met eHerkenning", "jsdigid": "Start het formulier",
              "jseh": "Start het formulier", "both": "Online aanvragen"}[kind]
        return url, 100, url, r.get("text", dt), via, prefill
    if kind == "start":  # direct login start link (redirects to IdP)
        path = r.get("path", f"/auth/{slug}/{r['idp']}/start")
        login_start(host, path, r["idp"], f"http://{host}/formulier/{slug}")
        url = f"http://{host}{path}"
        return url, 100, url, r.get("text", "Inloggen met DigiD en aanvragen"), via, prefill
    if kind == "ext":  # a page built elsewhere (shared body), given url and level
        return r["url"], r["level"], r.get("href", r["url"]), r["text"], via, prefill
    raise ValueError(kind)


class Form:
    """Form platforms on the organisation's host or a form host."""
    def __init__(self, o, host):
        self.o, self.host = o, host

    def _wrap(self, title, body, head=""):
        return f"""<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>{esc(title)} - {esc(self.o.name)}</title>{head}</head>
<body><header><span class="logo">{esc(self.o.name)}</span> <span>Formulieren</span></header><main>{body}</main>
<footer><a href="{self.o.website}">Terug naar {esc(self.o.name)}</a></footer></body></html>"""

    def fields(self, extra=""):
        return f"""<fieldset><legend>Uw gegevens</legend>
<label>Voorletters en achternaam <input name="naam" required></label>
<label>Straat en huisnummer <input name="adres"></label><label>Postcode <input name="postcode"></label>
<label>Woonplaats <input name="plaats"></label><label>Telefoonnummer <input name="telefoon" type="tel"></label>
<label>E-mailadres <input name="email" type="email" required></label></fieldset>
<fieldset><legend>Uw aanvraag</legend><label>Omschrijving <textarea name="omschrijving"></textarea></label>
<label>Locatie <input name="locatie"></label>{extra}<label>Bijlage <input type="file" name="bijlage"></label></fieldset>"""

    def web_form(self, path, title):
        body = f"""<h1>{esc(title)}</h1><p>Velden met een * zijn verplicht. Het invullen duurt ongeveer 10 minuten.</p>
<form method="post" action="{esc(path.rstrip("/"))}-verzonden" class="gform_wrapper">{self.fields()}<button type="submit">Verzenden</button></form>"""
        put(self.host, path, self._wrap(title, body))
        put(self.host, path.rstrip("/") + "-verzonden", self._wrap("Verzonden", "<p>Bedankt, uw formulier is verzonden.</p>"))

    def gate(self, path, title, kind, prefill=False, img=False):
        pf = "<p>Na het inloggen zijn uw gegevens al ingevuld. Wij halen uw naam en adres op uit de Basisregistratie Personen (BRP).</p>" if prefill else ""
        parts = []
        if kind in ("digid", "both"):
            login_start(self.host, "/inloggen" + path.rstrip("/") + "/digid", "digid", f"http://{self.host}{path}")
            inner = '<img src="http://digid.test/logo-digid.svg" alt="Inloggen met DigiD">' if img else "Inloggen met DigiD"
            parts.append(f'<a class="btn" href="/inloggen{esc(path.rstrip("/"))}/digid">{inner}</a>')
            if img:
                feat("digid_image_only")
        if kind in ("eh", "both"):
            login_start(self.host, "/inloggen" + path.rstrip("/") + "/eherkenning", "eh", f"http://{self.host}{path}")
            parts.append(f'<a class="btn" href="/inloggen{esc(path.rstrip("/"))}/eherkenning"><img src="http://eherkenning.test/logo-eherkenning.svg" alt=""> Inloggen met eHerkenning</a>')
        body = f"""<h1>{esc(title)}</h1><p>Om dit formulier in te vullen logt u eerst in.</p>{pf}
<div class="login-opties">{''.join(parts)}</div>"""
        put(self.host, path, self._wrap(title, body))

    def js_form(self, path, title, login=None, prefill=False):
        """Open Formulieren style: the page is an empty root; the form exists only after the script runs."""
        if login:
            idp = "digid" if login == "digid" else "eherkenning"
            login_start(self.host, f"/auth{path}/{idp}/start", "digid" if login == "digid" else "eh", f"http://{self.host}{path}")
            pf = "Uw gegevens worden automatisch ingevuld." if prefill else ""
            label_ = "Inloggen met DigiD" if login == "digid" else "Inloggen met eHerkenning"
            js = f"""var r=document.getElementById('openforms-root');
r.innerHTML='<h1>{esc(title)}</h1><p>Log in om te beginnen. {pf}</p><a class="utrecht-button" href="/auth{path}/{idp}/start">{label_}</a>';"""
        else:
            js = f"""var r=document.getElementById('openforms-root');
r.innerHTML='<h1>{esc(title)}</h1><form method="post" action="{path.rstrip("/")}-verzonden"><label>Naam <input name="naam"></label><label>E-mailadres <input name="email"></label><label>Toelichting <textarea name="toelichting"></textarea></label><button type="submit">Volgende</button></form>';"""
        body = f"""<noscript>Schakel JavaScript in om dit formulier te gebruiken.</noscript>
<div id="openforms-root" data-form-id="{path.split('/')[-1]}" data-base-url="http://{self.host}/api/v2/"></div>
<script>document.addEventListener('DOMContentLoaded',function(){{{js}}});</script>"""
        put(self.host, path, self._wrap(title, body))
        put(self.host, path.rstrip("/") + "-verzonden", self._wrap("Verzonden", "<p>Bedankt.</p>"))
        feat("js_only_form")


def cta_html(o, style, href, text, ctx=""):
    """Render one call to action in a given structural style."""
    feat("cta_" + style)
    if style == "a":
        return f'<p><a class="button" href="{esc(href)}">{esc(text)}</a></p>'
    if style == "button":
        return f'<p><button type="button" class="btn-primary" onclick="location.href=\'{esc(href)}\'">{esc(text)}</button></p>'
    if style == "getform":
        # GET form with hidden field; action is the route, the route ignores the query
        return f'<form method="get" action="{esc(href)}"><input type="hidden" name="bron" value="website"><button type="submit">{esc(text)}</button></form>'
    if style == "iframe":
        return f'<iframe src="{esc(href)}" title="{esc(text)}" width="100%" height="600"></iframe>'
    if style == "imgdigid":
        return f'<p><a href="{esc(href)}"><img src="http://digid.test/logo-digid.svg" alt="Inloggen met DigiD"></a></p>'
    raise ValueError(style)


def product_page(o, key, path, title, route=None, style="a", intro=None, extra="", heads=None, trap="",
                 overview=False, crumbs=None, lang="nl", sections=None, head=""):
    """Render a product page and return (product_url, route_url, level, prefill, via)."""
    heads = heads or o.heads
    desc = intro or DESC.get(key, GDESC)
    rurl, level, prefill, via = "", 0, False, ""
    cta = ""
    if route:
        slug = path.strip("/").split("/")[-1].split("?")[0].split(".")[0].lower() or key
        slug = route.get("slug", slug)
        rurl, level, href, text, via, prefill = make_route(o, slug, title, route)
        if overview:
            o.forms_overview.append((route.get("ovtitle", title), href))
            href = o.link(o.kw["overviewpath"])
            text = route.get("ovtext", "Naar de formulieren")
            feat("forms_overview_between")
        elif href.startswith(f"http://{o.host}/"):
            href = o.link(href[len(f"http://{o.host}"):])
        cta = cta_html(o, route.get("style", style), href, text)
    aud = {"burger": "inwoners", "ondernemer": "ondernemers en organisaties", "beide": "inwoners en bedrijven"}.get(PRODUCTS.get(key, {}).get("aud"), "iedereen")
    sec0 = f"Dit geldt voor {aud}. " + {0: "Wij behandelen uw vraag binnen 8 weken.", 33: "Wij nemen binnen 8 weken een besluit.",
                                      67: "U krijgt binnen 2 weken een reactie.", 100: "U ontvangt een ontvangstbevestiging per e-mail."}[level]
    how = sections[1] if sections else {
        0: "Heeft u vragen? Neem contact met ons op via telefoonnummer " + o.kw.get("tel", "088-0000000") + ".",
        33: "Download het formulier, vul het in en stuur het per post naar ons op.",
        67: "U vult het formulier online in. Inloggen is niet nodig.",
        100: "U regelt dit online. U heeft DigiD of eHerkenning nodig." if not via else "U regelt dit via de website van onze samenwerkingspartner.",
    }[level]
    if prefill and level == 100:
        how += " Na het inloggen halen we uw gegevens op, die zijn dan al ingevuld."
    fb = f"""<div class="feedback"><p>Was deze informatie nuttig?</p><form method="post" action="{esc(o.link('/feedback'))}"><label>Toelichting <textarea name="toelichting"></textarea></label><button name="nuttig" value="ja">Ja</button><button name="nuttig" value="nee">Nee</button></form></div>""" if o.kw.get("feedback") else ""
    body = f"""<div class="intro"><p>{esc(desc)}</p></div>
<h2>{esc(heads[0])}</h2><p>{esc(sections[0] if sections else sec0)}</p>
<h2>{esc(heads[1])}</h2><p>{esc(how)}</p>
<h2>{esc(heads[2] if len(heads) > 2 else 'Aanvragen')}</h2>{cta}{extra}
{trap}
{fb}"""
    url = o.page(path, title, body, crumbs=crumbs, lang=lang, head=head)
    return url, rurl, level, prefill, via


# ---------------------------------------------------------------- helpers for rows
def P(o, key, path, title, route=None, style="a", trap="", note="", overview=False, strict=None, **kw):
    tr_html, tr_note = trap if isinstance(trap, tuple) else ("", "")
    url, rurl, level, prefill, via = product_page(o, key, path, title, route=route, style=style, trap=tr_html,
                                                  overview=overview, **kw)
    notes = note
    if overview:
        tr_note = (tr_note + " " if tr_note else "") + "the forms overview between page and form lists many other products' forms."
    if tr_note:
        notes += " Trap: " + tr_note
    if o.kw.get("sitetrap"):
        notes += " Trap: " + o.kw["sitetrap"]
    if strict is None:
        strict = 100 if prefill else None
    label(o, key, "ok", level, url, rurl, strict=strict, via=via, notes=notes.strip())
    return url


def VIA(o, key, path, title, res, style="a", note="", trap="", **kw):
    """Own product page that sends the user to a shared body's product page. res: (url, route, level, prefill, host)."""
    ourl, rurl, lvl, prefill, host = res
    if host in OFFICE_TRAPS and not trap:
        trap = ("", OFFICE_TRAPS[host])
    if lvl == 0:
        extra = f'<p>Meer informatie vindt u op de website van <a href="{esc(ourl)}">{esc(OFFICE_NAMES.get(host, host))}</a>.</p>'
        kw.pop("text", None)
        return P(o, key, path, title, route=None, note=note, trap=trap, extra=extra, **kw)
    route = {"kind": "ext", "url": rurl, "href": ourl, "level": lvl, "via": host,
             "text": kw.pop("text", f"Regel het bij {OFFICE_NAMES.get(host, host)}"), "prefill": prefill}
    return P(o, key, path, title, route=route, style=style, note=note, trap=trap, **kw)


def NOFF(o, key, path, title, text, note):
    url = o.page(path, title, f"<p>{esc(text)}</p>")
    label(o, key, "not_offered", product_url=url, notes=note)
    feat("not_offered_statement")


def NF(o, key, note="No page for this product on the site."):
    label(o, key, "not_found", notes=note)


def trap_pdf(o, path, title):
    doc_pdf(o.host, path, title, [o.name, "", "Artikel 1 Begripsbepalingen", "In deze regeling wordt verstaan onder ...",
                                  "Artikel 2 Reikwijdte", "Artikel 3 Tarieven", "Deze regeling treedt in werking op 1 januari 2026."])
    return (f'<h2>Regelgeving</h2><p><a href="{esc(o.link(path))}">{esc(title)} (pdf)</a></p>',
            f"regulation/tariff PDF '{title}' on the page.")


def trap_mail(o, addr):
    return (f'<p>U kunt uw brief ook mailen naar <a href="mailto:{addr}">{addr}</a>.</p>', f"mailto link {addr}.")


NEWS = []


def trap_news(o, path, title, about_path):
    NEWS.append((f"http://{o.host}{about_path}", title))
    o.page(path, title, f"<p class='datum'>12 oktober 2026</p><p>{esc(title)}. Lees meer op de <a href='{esc(o.link(about_path))}'>productpagina</a>.</p>", listed=False)
    return path, title


OFFICE_NAMES = {}
OFFICE_TRAPS = {"www.waternet.test": "Waternet's pages carry a site-wide 'Mijn Waternet' login in the header.",
                "www.bsgw.test": "BsGW's pages carry a site-wide 'Mijn BsGW' login in the header."}


def office(name, host, items, **kw):
    """A shared body (tax office, portal): its product pages with routes. Returns key -> (url, route, level, prefill, host)."""
    OFFICE_NAMES[host] = name
    o = Org(None, name, "shared", host, **kw)
    res = {}
    for it in items:
        okey, path, title, route = it[:4]
        opts = it[4] if len(it) > 4 else {}
        url, rurl, lvl, prefill, _ = product_page(o, okey, path, title, route=route, style=opts.get("style", "a"),
                                                  intro=opts.get("intro"))
        res[okey] = (url, rurl, lvl, prefill, host)
    std_pages(o, sitemap=kw.get("sitemap", False))
    return o, res


# ---------------------------------------------------------------- shared bodies
def build_shared():
    S = {}
    # Omgevingsloket
    host = "omgevingswet.overheid.test"
    OFFICE_NAMES[host] = "het Omgevingsloket"
    login_start(host, "/inloggen/aanvragen/digid", "digid", f"http://{host}/aanvragen")
    login_start(host, "/inloggen/aanvragen/eherkenning", "eh", f"http://{host}/aanvragen")
    put(host, "/aanvragen", page_plain("Aanvragen en meldingen | Omgevingsloket", """<header>Omgevingsloket</header><main>
<h1>Aanvragen of melden</h1><p>Dien een aanvraag voor een vergunning of een melding in bij gemeente, provincie of waterschap.
Als u inlogt, vullen wij uw naam en adres alvast voor u in.</p>
<p><a href="/inloggen/aanvragen/digid">Inloggen met DigiD</a></p><p><a href="/inloggen/aanvragen/eherkenning">Inloggen met eHerkenning</a></p>
<p><a href="/checken">Vergunningcheck doen</a></p></main>"""))
    put(host, "/checken", page_plain("Vergunningcheck | Omgevingsloket", "<main><h1>Vergunningcheck</h1><p>Check of u een vergunning nodig heeft.</p><div id='app'></div></main>"))
    put(host, "/", page_plain("Omgevingsloket", "<main><h1>Omgevingsloket</h1><ul><li><a href='/checken'>Vergunningcheck</a></li><li><a href='/aanvragen'>Aanvragen</a></li></ul></main>"))
    put(host, "/robots.txt", "User-agent: *\nAllow: /\n")
    S["olo"] = ("http://omgevingswet.overheid.test/aanvragen", "http://omgevingswet.overheid.test/aanvragen", 100, True, host)

    # BIJ12 faunaschade
    o, r = office("BIJ12", "www.bij12.test", [
        ("schadevergoeding-provincie", "/onderwerpen/faunazaken/tegemoetkoming-faunaschade", "Tegemoetkoming in faunaschade aanvragen",
         {"kind": "both", "host": "mijn.bij12.test", "path": "/faunaschade/aanvraag", "text": "Naar Mijn Faunaschade"}),
    ], nav=[("Faunazaken", "/onderwerpen/faunazaken"), ("Natuur en landschap", "/onderwerpen/natuur-en-landschap")], color="#4b7b2b")
    S["bij12"] = r

    # Waternet (AGV)
    o, r = office("Waternet", "www.waternet.test", [
        ("bedrijfsafvalwater-melding", "/ondernemers/afvalwater/lozen-bedrijfsafvalwater", "Bedrijfsafvalwater lozen",
         {"kind": "pdf", "path": "/-/media/waternet/formulieren/meldingsformulier-lozingen.pdf", "text": "Meldingsformulier lozing bedrijfsafvalwater (pdf)"}),
        ("watermelding", "/vergunningen/melden-bemaling-en-grondwateronttrekking", "Bemaling of grondwateronttrekking melden",
         {"kind": "js", "host": "formulieren.waternet.test", "path": "/melding-bemaling", "text": "Melding doen"}),
        ("zuiveringsheffing", "/ondernemers/belastingen/zuiveringsheffing-bedrijven", "Zuiveringsheffing voor bedrijven",
         {"kind": "eh", "path": "/mijn-waternet/aangifte-vervuilingseenheden", "text": "Aangifte vervuilingseenheden doen (eHerkenning)"}),
        ("belastingkwijtschelding", "/klantenservice/belastingen/kwijtschelding", "Kwijtschelding aanvragen",
         {"kind": "digid", "path": "/mijn-waternet/kwijtschelding", "prefill": True, "text": "Kwijtschelding aanvragen met DigiD"}),
        ("belastingaanslag-bezwaar", "/klantenservice/belastingen/bezwaar-maken", "Bezwaar maken tegen uw aanslag",
         {"kind": "both", "path": "/mijn-waternet/bezwaar", "text": "Bezwaar maken"}),
        ("betalingsregeling", "/klantenservice/belastingen/betalingsregeling", "Betalingsregeling aanvragen",
         {"kind": "web", "path": "/formulieren/betalingsregeling", "text": "Vraag een betalingsregeling aan"}),
        ("melding-openbare-ruimte", "/storingen-en-meldingen/melding-doen", "Melding doen over water, riolering of kades",
         {"kind": "web", "path": "/formulieren/melding-openbare-ruimte", "text": "Doe een melding"}),
        ("watersysteemheffing", "/klantenservice/belastingen/watersysteemheffing", "Watersysteemheffing", None),
    ], nav=[("Drinkwater", "/drinkwater"), ("Klantenservice", "/klantenservice"), ("Vergunningen", "/vergunningen")],
        header_extra='<a class="mijn" href="/mijn-waternet/">Mijn Waternet</a>', color="#00a0dc")
    o.page("/mijn-waternet/", "Mijn Waternet", "<p>Log in op Mijn Waternet om uw gegevens en aanslagen te bekijken.</p>", listed=False)
    S["waternet"] = r

    # GBLT (Vechtstromen)
    o, r = office("GBLT", "www.gblt.test", [
        ("zuiveringsheffing", "/ondernemers/zuiveringsheffing", "Zuiveringsheffing bedrijven", {"kind": "eh", "path": "/mijngblt/aangifte-zuiveringsheffing"}),
        ("belastingkwijtschelding", "/particulieren/kwijtschelding", "Kwijtschelding",
         {"kind": "start", "idp": "digid", "path": "/mijngblt/kwijtschelding/digid/start", "text": "Kwijtschelding aanvragen", "style": "imgdigid"}),
        ("belastingaanslag-bezwaar", "/particulieren/bezwaar", "Bezwaar maken", {"kind": "both", "path": "/mijngblt/bezwaar"}),
        ("betalingsregeling", "/particulieren/betalen/betalingsregeling", "Betalingsregeling", {"kind": "digid", "path": "/mijngblt/betalingsregeling"}),
        ("watersysteemheffing", "/particulieren/belastingsoorten/watersysteemheffing", "Watersysteemheffing", None),
    ], nav=[("Particulieren", "/particulieren"), ("Ondernemers", "/ondernemers"), ("Mijn GBLT", "/mijngblt")], color="#3d2b74")
    S["gblt"] = r

    # BsGW (Waterschap Limburg, Roermond)
    o, r = office("BsGW", "www.bsgw.test", [
        ("zuiveringsheffing", "/ondernemers/zuiveringsheffing-bedrijven", "Zuiveringsheffing bedrijven", {"kind": "eh", "path": "/loket/aangifte-vervuilingseenheden"}),
        ("belastingkwijtschelding", "/particulieren/kwijtschelding", "Kwijtschelding aanvragen",
         {"kind": "digid", "path": "/loket/kwijtschelding", "prefill": True, "img": True, "text": "Kwijtschelding aanvragen"}),
        ("belastingaanslag-bezwaar", "/particulieren/bezwaar-maken", "Bezwaar maken tegen uw aanslag", {"kind": "both", "path": "/loket/bezwaar"}),
        ("woz-bezwaar", "/particulieren/woz/bezwaar-woz-waarde", "Bezwaar maken tegen de WOZ-waarde", {"kind": "digid", "path": "/loket/woz-bezwaar", "text": "Bezwaar WOZ-beschikking indienen"}),
        ("betalingsregeling", "/particulieren/betalen/betalingsregeling", "Betalingsregeling", {"kind": "web", "path": "/formulieren/betalingsregeling"}),
        ("watersysteemheffing", "/particulieren/belastingsoorten/watersysteemheffing", "Watersysteemheffing", None),
        ("reclamebelasting", "/ondernemers/reclamebelasting", "Reclamebelasting", None),
    ], nav=[("Particulieren", "/particulieren"), ("Ondernemers", "/ondernemers"), ("Mijn BsGW", "/loket")],
        header_extra='<a href="/loket">Mijn BsGW</a>', color="#e30613")
    S["bsgw"] = r

    # Sabewa Zeeland (Scheldestromen)
    o, r = office("Sabewa Zeeland", "www.sabewa.test", [
        ("zuiveringsheffing", "/belastingen/zuiveringsheffing", "Zuiveringsheffing", {"kind": "eh", "path": "/e-loket/vervuilingseenheden"}),
        ("belastingkwijtschelding", "/kwijtschelding", "Kwijtschelding", {"kind": "digid", "path": "/e-loket/kwijtschelding"}),
        ("belastingaanslag-bezwaar", "/bezwaar-en-beroep", "Bezwaar en beroep", {"kind": "both", "path": "/e-loket/bezwaar", "style": "button"}),
        ("betalingsregeling", "/betalen/betalingsregeling", "Betalingsregeling",
         {"kind": "pdf", "path": "/media/formulieren/verzoek-betalingsregeling.pdf", "text": "Verzoek betalingsregeling (pdf, 55 kB)"}),
        ("watersysteemheffing", "/belastingen/watersysteemheffing", "Watersysteemheffing en wegenheffing", None),
    ], nav=[("Belastingen", "/belastingen"), ("Betalen", "/betalen"), ("E-loket", "/e-loket")], color="#0b5394")
    S["sabewa"] = r

    # BSOB (Aa en Maas)
    o, r = office("Belastingsamenwerking Oost-Brabant", "www.bsob.test", [
        ("zuiveringsheffing", "/bedrijven/zuiveringsheffing", "Zuiveringsheffing bedrijven", {"kind": "eh", "path": "/mijn-bsob/aangifte"}),
        ("belastingkwijtschelding", "/inwoners/kwijtschelding", "Kwijtschelding aanvragen",
         {"kind": "jsdigid", "host": "formulieren.bsob.test", "path": "/kwijtschelding", "prefill": True}),
        ("belastingaanslag-bezwaar", "/inwoners/bezwaar", "Bezwaar maken", {"kind": "digid", "path": "/mijn-bsob/bezwaar"}),
        ("betalingsregeling", "/inwoners/betalingsregeling", "Betalingsregeling", {"kind": "web", "path": "/formulieren/betalingsregeling"}),
    ], nav=[("Inwoners", "/inwoners"), ("Bedrijven", "/bedrijven")], color="#7a1f5c")
    S["bsob"] = r

    # Cocensus (Haarlem)
    o, r = office("Cocensus", "www.cocensus.test", [
        ("hondenbelasting", "/haarlem/hondenbelasting", "Hondenbelasting Haarlem", {"kind": "digid", "path": "/digitaal-loket/hond-aan-afmelden", "text": "Hond aan- of afmelden"}),
        ("belastingkwijtschelding", "/haarlem/kwijtschelding", "Kwijtschelding", {"kind": "digid", "path": "/digitaal-loket/kwijtschelding", "prefill": True}),
        ("woz-bezwaar", "/haarlem/woz/bezwaar", "Bezwaar WOZ-waarde", {"kind": "digid", "path": "/digitaal-loket/woz-bezwaar", "style": "getform"}),
        ("belastingaanslag-bezwaar", "/haarlem/bezwaar", "Bezwaar maken tegen de aanslag", {"kind": "both", "path": "/digitaal-loket/bezwaar"}),
        ("betalingsregeling", "/haarlem/betalen", "Betalen en betalingsregeling", {"kind": "web", "path": "/formulieren/betalingsregeling"}),
    ], nav=[("Haarlem", "/haarlem"), ("Digitaal loket", "/digitaal-loket")], color="#005f6a")
    S["cocensus"] = r

    # Spaarnelanden (Haarlem waste), parkeerloket Haarlem, werk.nl, omgevingsdienst NHN
    o, r = office("Spaarnelanden", "www.spaarnelanden.test", [
        ("grofvuil", "/afval/grofvuil", "Grofvuil laten ophalen", {"kind": "web", "path": "/formulier/grofvuil-afspraak", "text": "Ophaalafspraak maken"}),
        ("afvalcontainer", "/afval/containers", "Container aanvragen of omruilen", {"kind": "web", "path": "/formulier/container"}),
    ], nav=[("Afval", "/afval"), ("Openbare ruimte", "/openbare-ruimte")], color="#6ab023")
    S["spaarnelanden"] = r
    o, r = office("Parkeerloket Haarlem", "haarlem.parkeerloket.test", [
        ("parkeervergunning", "/vergunningen/bewoners", "Bewonersvergunning aanvragen", {"kind": "start", "idp": "digid", "path": "/login/digid", "text": "Inloggen met DigiD"}),
    ], nav=[("Vergunningen", "/vergunningen"), ("Bezoekers", "/bezoekers")], color="#333")
    S["parkeer"] = r
    o, r = office("UWV werk.nl", "www.werk.test", [
        ("bijstand", "/werk_nl/werknemer/uitkering-aanvragen/bijstand", "Bijstandsuitkering aanvragen",
         {"kind": "start", "idp": "digid", "path": "/werk_nl/inloggen/bijstand", "text": "Inloggen met DigiD en bijstand aanvragen"}),
    ], nav=[("Werkzoekenden", "/werk_nl/werknemer")], color="#1d3b85")
    S["werk"] = r
    o, r = office("Omgevingsdienst Noord-Holland Noord", "www.odnhn.test", [
        ("vuurwerk-ontbranding", "/vergunningen/vuurwerk-ontbrandingstoestemming", "Ontbrandingstoestemming en melding vuurwerk",
         {"kind": "eh", "path": "/e-loket/ontbranding"}),
    ], nav=[("Vergunningen", "/vergunningen")], color="#00786b")
    S["odnhn"] = r
    return S


# ---------------------------------------------------------------- water boards
def extra_water_pages(o, pre, keur_title, keur_pdf, legger_path, calam_path, muskus_path, storing_path, storing_form=None):
    """Keur, legger, calamities, muskusrat and storingen pages (no product labels; muskusrat/storing are extra meldingen)."""
    doc_pdf(o.host, keur_pdf, keur_title, [o.name, "", keur_title, "Hoofdstuk 1 Algemene bepalingen", "Artikel 1.1 Begrippen",
                                           "Hoofdstuk 2 Zorgplicht", "Hoofdstuk 3 Verboden en vergunningplichten", "Hoofdstuk 4 Meldingen"])
    o.page(pre + "/keur", keur_title, f"""<p>In de {esc(keur_title.split(' ')[0].lower())} staan de regels die het waterschap stelt om dijken, watergangen en
de waterkwaliteit te beschermen. Sinds de Omgevingswet heten deze regels de waterschapsverordening.</p>
<p><a href="{esc(o.link(keur_pdf))}">{esc(keur_title)} (pdf, 1,2 MB)</a></p><p>Bekijk ook de <a href="{esc(o.link(legger_path))}">legger</a>.</p>""")
    o.page(legger_path, "Legger", "<p>In de legger staat waar de watergangen, waterkeringen en kunstwerken liggen en aan welke eisen ze moeten voldoen. U bekijkt de legger in onze kaartviewer.</p><p><a href=\"http://kaarten.waterschap.test/legger\">Open de leggerkaart</a></p>".replace("http://kaarten.waterschap.test/legger", o.link(legger_path + "/kaart")))
    o.page(legger_path + "/kaart", "Leggerkaart", "<div id='map'>Kaart wordt geladen...</div>", listed=False)
    o.page(calam_path, "Calamiteiten en hoogwater", f"""<p>Bij hoogwater, dijkdoorbraak of een ernstige verontreiniging zet het waterschap de calamiteitenorganisatie in.
Volg de actuele situatie via onze nieuwsberichten en via NL-Alert.</p><p>24 uur per dag bereikbaar: <a href="tel:{o.kw.get('tel24','088-0000001')}">{o.kw.get('tel24','088-0000001')}</a></p>""")
    o.page(muskus_path, "Muskusrat of beverrat gezien?", f"""<p>Muskusratten en beverratten graven gangen in dijken en oevers. Heeft u er een gezien? Meld het ons.</p>
<p>Bel <a href="tel:{o.kw.get('tel','088-0000000')}">{o.kw.get('tel','088-0000000')}</a> of gebruik de app Muskusrat-meldpunt.</p>""")
    o.page(storing_path, "Storing of wateroverlast melden", f"""<p>Heeft u last van wateroverlast, ziet u een storing aan een gemaal of stuw, dode vissen of een verontreiniging?
Bel direct ons storingsnummer <a href="tel:{o.kw.get('tel24','088-0000001')}">{o.kw.get('tel24','088-0000001')}</a> (24 uur per dag).</p>{storing_form or ''}""")


def build_agv(S):
    o = Org("WS0155", "Waterschap Amstel, Gooi en Vecht", "W", "www.agv.test", bodyclass="wp-theme-agv",
            nav=[("Wat doen we", "/wat-doen-we"), ("Vergunningen en meldingen", "/vergunningen-en-meldingen/"), ("Belastingen", "/belastingen/"), ("Nieuws", "/nieuws")],
            heads=["Waarom?", "Hoe werkt het?", "Aanvragen"], color="#0079c1", tel="0900-9394", tel24="0900-9394",
            toptasks=[("Watervergunning", "/vergunningen-en-meldingen/watervergunning/"), ("Melding doen", "/melding-doen/"), ("Waterschapsbelasting", "/belastingen/")],
            sitetrap="", hometitle="Amstel, Gooi en Vecht - Samen werken aan schoon, voldoende en veilig water")
    ws = "Het waterschap werkt samen met Waternet. Waternet voert de vergunningverlening en de belastingheffing voor ons uit."
    P(o, "watervergunning", "/vergunningen-en-meldingen/watervergunning/", "Watervergunning aanvragen",
      route={"kind": "ext", "url": S["olo"][1], "level": 100, "via": S["olo"][4], "text": "Naar het Omgevingsloket", "prefill": True},
      style="button", note="WordPress page, button onclick to the Omgevingsloket (login, pre-fill statement).", strict=100)
    VIA(o, "watermelding", "/vergunningen-en-meldingen/melding-bemaling/", "Melding grondwateronttrekking of bemaling", S["waternet"]["watermelding"],
        note="Own page links to Waternet's page whose form is JS-built and anonymous (Open Formulieren style).", text="Melding doen via Waternet")
    VIA(o, "bedrijfsafvalwater-melding", "/vergunningen-en-meldingen/lozen/", "Lozen van afvalwater", S["waternet"]["bedrijfsafvalwater-melding"],
        note="Page links to Waternet, which only offers a PDF meldingsformulier.", trap=("", "Waternet's header has a site-wide 'Mijn Waternet' login."))
    VIA(o, "zuiveringsheffing", "/belastingen/zuiveringsheffing/", "Zuiveringsheffing", S["waternet"]["zuiveringsheffing"],
        note="Tax collected by Waternet; aangifte vervuilingseenheden behind eHerkenning.")
    VIA(o, "watersysteemheffing", "/belastingen/watersysteemheffing/", "Watersysteemheffing", S["waternet"]["watersysteemheffing"],
        note="Information only, both on AGV and Waternet.", trap=trap_pdf(o, "/wp-content/uploads/2026/01/belastingverordening-watersysteemheffing-2026.pdf", "Verordening watersysteemheffing 2026"))
    VIA(o, "belastingkwijtschelding", "/belastingen/kwijtschelding/", "Kwijtschelding van waterschapsbelasting", S["waternet"]["belastingkwijtschelding"],
        note="Waternet DigiD form stating pre-fill.", strict=100)
    VIA(o, "belastingaanslag-bezwaar", "/belastingen/bezwaar/", "Bezwaar maken tegen de aanslag", S["waternet"]["belastingaanslag-bezwaar"],
        note="Waternet form behind DigiD/eHerkenning.")
    VIA(o, "betalingsregeling", "/belastingen/betalen/", "Betalen in termijnen of betalingsregeling", S["waternet"]["betalingsregeling"],
        note="Waternet anonymous web form.")
    VIA(o, "melding-openbare-ruimte", "/melding-doen/", "Melding doen", S["waternet"]["melding-openbare-ruimte"], style="getform",
        note="GET form button to Waternet's page with an anonymous melding form.", text="Naar het meldformulier van Waternet")
    NOFF(o, "omgevingsvergunning", "/vergunningen-en-meldingen/bouwen-bij-het-water/", "Bouwen bij het water",
         "Het waterschap verleent geen omgevingsvergunning voor bouwen; die vraagt u aan bij uw gemeente. Bouwt u in of bij een waterkering of watergang, dan heeft u van ons een watervergunning nodig.",
         "Not offered: statement on 'Bouwen bij het water' that the gemeente issues the omgevingsvergunning.")
    P(o, "bezwaar", "/over-ons/bezwaar-maken/", "Bezwaar maken tegen een besluit", route=None, trap=trap_mail(o, "bezwaar@agv.test"),
      note="Information only: send a letter.")
    P(o, "klacht", "/over-ons/klacht-indienen/", "Klacht indienen", route={"kind": "web", "path": "/formulieren/klachtenformulier/"}, style="button",
      note="Own anonymous Gravity-Forms-like web form behind a button onclick.")
    P(o, "woo-verzoek", "/over-ons/woo-verzoek/", "Woo-verzoek indienen", route={"kind": "web", "path": "/formulieren/woo-verzoek/"}, style="getform",
      note="Anonymous web form behind a GET form button.")
    P(o, "subsidie", "/subsidies/", "Subsidies voor klimaatbestendig maken", route={"kind": "both", "path": "/subsidieloket/aanvraag/", "text": "Subsidie aanvragen"},
      note="Own subsidy form behind DigiD/eHerkenning.")
    NF(o, "wegvergunning-provinciaal", "AGV manages no roads or fairways on this site; no page.")
    P(o, "schadevergoeding-provincie", "/over-ons/schade-melden/", "Schade melden (aansprakelijkstelling)",
      route={"kind": "pdf", "path": "/wp-content/uploads/2025/03/formulier-aansprakelijkstelling.pdf", "text": "Formulier aansprakelijkstelling (pdf)"},
      note="Printable PDF claim form.")
    extra_water_pages(o, "/vergunningen-en-meldingen", "Waterschapsverordening AGV", "/wp-content/uploads/2024/01/waterschapsverordening-agv.pdf",
                      "/vergunningen-en-meldingen/legger/", "/calamiteiten/", "/muskusrat/", "/storing-melden/")
    o.page("/vergunningen-en-meldingen/", "Vergunningen en meldingen", "<p>" + ws + "</p><ul>" + "".join(
        f'<li><a href="{p}">{esc(t)}</a></li>' for p, t in o.pages if p.startswith("/vergunningen-en-meldingen/") and p.count("/") == 3) + "</ul>", listed=False)
    o.page("/belastingen/", "Waterschapsbelasting", "<p>Waternet heft en int de waterschapsbelastingen voor Amstel, Gooi en Vecht.</p><ul>" + "".join(
        f'<li><a href="{p}">{esc(t)}</a></li>' for p, t in o.pages if p.startswith("/belastingen/") and p.count("/") == 3) + "</ul>", listed=False)
    n1 = trap_news(o, "/nieuws/2026/10/nieuwe-waterschapsverordening/", "Nieuwe waterschapsverordening: minder vergunningen nodig", "/vergunningen-en-meldingen/watervergunning/")
    n2 = trap_news(o, "/nieuws/2026/09/muskusratten/", "Recordaantal muskusratten gevangen", "/muskusrat/")
    std_pages(o, news=[(n1[1], n1[0]), (n2[1], n2[0])], az=False, sitemap=True)
    return o


def build_rijnland(S):
    o = Org("WS0616", "Hoogheemraadschap van Rijnland", "W", "www.rijnland.test", website="http://rijnland.test/",
            nav=[("Loket", "/loket"), ("Werk in uitvoering", "/werk-in-uitvoering"), ("Belastingen", "/loket/belastingen"), ("English", "/english")],
            heads=["Wanneer?", "Zo werkt het", "Direct regelen"], color="#00557f", tel="071-3063063", tel24="071-5168168",
            toptasks=[("Vergunning of melding", "/loket/vergunningen-en-meldingen"), ("Melding doen", "/loket/melding-doen"), ("Belastingen", "/loket/belastingen")],
            sitetrap="'Was deze informatie nuttig?' feedback form under every product page.", feedback=True)
    put("rijnland.test", "/robots.txt", "User-agent: *\nAllow: /\n")
    BEH["host_redirects"].append({"host": "rijnland.test", "status": 301, "to": "www.rijnland.test"})
    feat("www_redirect")
    fh = "formulieren.rijnland.test"
    en = o.page("/english/permits", "Permits and notifications", """<p>Do you want to carry out work in or near water, a dike or a quay? You may need a permit from Rijnland
(a water permit, 'omgevingsvergunning voor een wateractiviteit'). Apply through the national Omgevingsloket.</p>
<p><a href="/loket/vergunningen-en-meldingen/watervergunning">Nederlandse versie</a></p>""", lang="en", listed=False)
    feat("english_page")
    u = P(o, "watervergunning", "/loket/vergunningen-en-meldingen/watervergunning", "Omgevingsvergunning voor een wateractiviteit (watervergunning)",
          route={"kind": "ext", "url": S["olo"][1], "level": 100, "via": S["olo"][4], "text": "Aanvragen via het Omgevingsloket", "prefill": True}, style="button",
          note="One page for two products (omgevingsvergunning wateractiviteit = watervergunning); button onclick to the Omgevingsloket; English version beside it.", strict=100,
          head='<link rel="alternate" hreflang="en" href="/english/permits">')
    label(o, "omgevingsvergunning", "ok", 100, u, S["olo"][1], strict=100, via=S["olo"][4],
          notes="Shared page with watervergunning: the water board's omgevingsvergunning is the one for a wateractiviteit, via the Omgevingsloket. Trap: 'Was deze informatie nuttig?' feedback form under every product page.")
    feat("shared_page_two_products")
    P(o, "watermelding", "/loket/vergunningen-en-meldingen/melding-grondwateronttrekking", "Melding grondwateronttrekking en bemaling",
      route={"kind": "js", "host": fh, "path": "/melding-grondwateronttrekking"}, note="Open-Formulieren-style anonymous form built by JavaScript.")
    o.page("/loket/vergunningen-en-meldingen/melding-werkzaamheden", "Melding werkzaamheden in of bij water",
           "<p>Voor kleine werkzaamheden kunt u volstaan met een melding. Gebruik het formulier <a href='/loket/vergunningen-en-meldingen/melding-grondwateronttrekking'>melding doen</a> of het Omgevingsloket.</p>")
    P(o, "bedrijfsafvalwater-melding", "/loket/vergunningen-en-meldingen/lozen-afvalwater", "Afvalwater lozen",
      route={"kind": "jseh", "host": fh, "path": "/melding-lozing-bedrijfsafvalwater"}, note="JS-built form whose eHerkenning login button appears after the script runs.")
    bh = "belastingen.rijnland.test"
    P(o, "zuiveringsheffing", "/loket/belastingen/zuiveringsheffing", "Zuiveringsheffing",
      route={"kind": "eh", "host": bh, "path": "/aangifte/vervuilingseenheden", "text": "Aangifte doen (bedrijven)"},
      note="Rijnland's own tax host: aangifte vervuilingseenheden with eHerkenning.")
    P(o, "watersysteemheffing", "/loket/belastingen/watersysteemheffing", "Watersysteemheffing gebouwd, ongebouwd en ingezetenen", route=None,
      trap=trap_pdf(o, "/documenten/tarieven-2026.pdf", "Tarieven waterschapsbelastingen 2026"), note="Information only.")
    P(o, "belastingkwijtschelding", "/loket/belastingen/kwijtschelding", "Kwijtschelding aanvragen", route={"kind": "digid", "host": bh, "path": "/kwijtschelding"},
      style="iframe", note="DigiD gate of the own tax host inside an iframe.")
    feat("iframe_form")
    P(o, "belastingaanslag-bezwaar", "/loket/belastingen/bezwaar", "Bezwaar tegen uw aanslag", route={"kind": "both", "host": bh, "path": "/bezwaar"},
      note="DigiD/eHerkenning gate on the own tax host.")
    NOFF(o, "betalingsregeling", "/loket/belastingen/betalen-in-termijnen", "Betalen in termijnen",
         "U kunt uw aanslag in 10 termijnen betalen met automatische incasso. Rijnland treft geen andere betalingsregelingen.",
         "Not offered: 'Betalen in termijnen' states no betalingsregeling other than incasso.")
    P(o, "melding-openbare-ruimte", "/loket/melding-doen", "Melding doen", route={"kind": "web", "host": fh, "path": "/melding-doen-embed"}, style="iframe",
      note="Anonymous melding form in an iframe.")
    P(o, "bezwaar", "/loket/bezwaar-en-klachten/bezwaar-maken", "Bezwaar maken", route={"kind": "jsdigid", "host": fh, "path": "/bezwaar"},
      note="JS-built form with DigiD login after the script runs.")
    P(o, "klacht", "/loket/bezwaar-en-klachten/klacht-indienen", "Klacht indienen", route={"kind": "js", "host": fh, "path": "/klacht"},
      note="Anonymous JS-built form.")
    P(o, "woo-verzoek", "/loket/woo-verzoek", "Informatieverzoek (Woo)", route=None, trap=trap_mail(o, "woo@rijnland.test"),
      note="Information only: by letter or e-mail.")
    P(o, "subsidie", "/loket/subsidies", "Subsidies", route=None, intro="Er zijn op dit moment geen subsidieregelingen van Rijnland opengesteld. Houd deze pagina in de gaten.",
      note="Page exists, information only (no open scheme).")
    P(o, "wegvergunning-provinciaal", "/loket/vergunningen-en-meldingen/ontheffing-vaarweg", "Ontheffing vaarwegen en evenementen op het water",
      route={"kind": "pdf", "path": "/documenten/aanvraagformulier-nautische-ontheffing.pdf", "text": "Aanvraagformulier nautische ontheffing (pdf)"},
      note="Rijnland is fairway authority; PDF form for work/events on a vaarweg.")
    P(o, "schadevergoeding-provincie", "/loket/schade-melden", "Schade melden", route={"kind": "js", "host": fh, "path": "/schade"},
      note="Anonymous JS-built claim form.")
    extra_water_pages(o, "/loket/regels", "Keur Rijnland", "/documenten/keur-rijnland.pdf", "/loket/regels/legger", "/calamiteiten", "/loket/muskusrat", "/loket/storing-melden")
    o.page("/loket", "Loket", "<ul>" + "".join(f'<li><a href="{p}">{esc(t)}</a></li>' for p, t in o.pages if p.startswith("/loket/")) + "</ul>", listed=False)
    o.page("/loket/vergunningen-en-meldingen", "Vergunningen en meldingen", "<ul>" + "".join(f'<li><a href="{p}">{esc(t)}</a></li>' for p, t in o.pages if p.startswith("/loket/vergunningen-en-meldingen/")) + "</ul>", listed=False)
    o.page("/english", "English", '<p>Rijnland is the regional water authority. <a href="/english/permits">Permits</a></p>', lang="en", listed=False)
    n = trap_news(o, "/nieuws/zuiveringsheffing-omhoog", "Zuiveringsheffing 2026 stijgt minder dan verwacht", "/loket/belastingen/zuiveringsheffing")
    std_pages(o, news=[(n[1], n[0])], sitemap=False, robots_extra="Disallow: /zoeken\nDisallow: /english/\n")
    for host in (fh, bh):
        put(host, "/robots.txt", "User-agent: *\nDisallow:\n")
    return o


def overview_page(o, title, intro, others):
    """'Alle formulieren' / 'E-loket': lists the right forms among many others (neighbour forms)."""
    items = sorted(o.forms_overview + others, key=lambda x: x[0].lower())
    o.page(o.kw["overviewpath"], title, f"<p>{esc(intro)}</p><ul class='formulieren'>" +
           "".join(f'<li><a href="{esc(h)}">{esc(t)}</a></li>' for t, h in items) + "</ul>", listed=False)
    feat("forms_overview_page")


def build_aaenmaas(S):
    o = Org("WS0654", "Waterschap Aa en Maas", "W", "www.aaenmaas.test",
            nav=[("Loket", "/loket"), ("Actueel", "/actueel"), ("Onze taken", "/onze-taken"), ("Over ons", "/over-ons")],
            heads=["Omschrijving", "Aanvragen", "Direct naar", "Kosten"], color="#009fe3", tel="073-6158888", tel24="073-6158888",
            azpath="/loket", aztitle="Loket: alle producten en diensten", searchpath="/zoeken", searchparam="zoekterm",
            toptasks=[("Vergunning aanvragen", "/loket/product?id=1042"), ("Melding doen", "/loket/product?id=1077"), ("Belastingen", "/loket/product?id=1110")],
            az_extra=[("Omgevingsvergunning", "/loket/product?id=1203"), ("Woo-verzoek indienen", "/loket/product?id=1204")])
    fd = "aaenmaas.formdesk.test"
    cat = lambda i: f"/loket/product?id={i}"
    feat("query_catalogue")
    P(o, "watervergunning", cat(1042), "Watervergunning", route={"kind": "ext", "url": S["olo"][1], "level": 100, "via": S["olo"][4],
      "text": "Aanvragen in het Omgevingsloket", "prefill": True}, style="getform", strict=100,
      note="Catalogue page ?id=1042; GET form to the Omgevingsloket.")
    P(o, "watermelding", cat(1077), "Melding werkzaamheden, bemaling of lozing", route={"kind": "web", "host": fd, "path": "/aaenmaas/melding-werkzaamheden", "slug": "melding"},
      note="Formdesk anonymous form on the vendor's host.")
    P(o, "bedrijfsafvalwater-melding", cat(1081), "Lozen van bedrijfsafvalwater op oppervlaktewater",
      route={"kind": "pdf", "path": "/media/formulieren/meldingsformulier-lozing-bedrijfsafvalwater.pdf", "text": "Meldingsformulier lozingen (PDF, 96 kB)"},
      note="Printable PDF melding form.")
    VIA(o, "zuiveringsheffing", cat(1110), "Zuiveringsheffing", S["bsob"]["zuiveringsheffing"], note="Catalogue page sends businesses to BSOB's eHerkenning aangifte.")
    P(o, "watersysteemheffing", cat(1111), "Watersysteemheffing", route=None, note="Information only, no own route; refers to BSOB for questions.",
      extra='<p>Vragen over uw aanslag? Kijk op <a href="http://www.bsob.test/">www.bsob.test</a>.</p>')
    VIA(o, "belastingkwijtschelding", cat(1112), "Kwijtschelding waterschapsbelasting", S["bsob"]["belastingkwijtschelding"], strict=100,
        note="Via BSOB: JS-built DigiD form stating pre-fill.")
    VIA(o, "belastingaanslag-bezwaar", cat(1113), "Bezwaar aanslag waterschapsbelasting", S["bsob"]["belastingaanslag-bezwaar"], style="button",
        note="Via BSOB DigiD form.")
    VIA(o, "betalingsregeling", cat(1114), "Betalingsregeling", S["bsob"]["betalingsregeling"], note="Via BSOB anonymous web form.")
    P(o, "melding-openbare-ruimte", cat(1120), "Melding doen", route={"kind": "web", "host": fd, "path": "/aaenmaas/meldpunt", "slug": "meld"},
      style="button", note="Formdesk anonymous meldpunt form, button onclick.")
    P(o, "bezwaar", cat(1130), "Bezwaar maken tegen een besluit van het waterschap", route=None, note="Information only: bezwaarschrift by post.")
    P(o, "klacht", cat(1131), "Klacht indienen", route={"kind": "web", "host": fd, "path": "/aaenmaas/klachtenformulier", "slug": "klacht"},
      note="Formdesk anonymous form.")
    NF(o, "woo-verzoek", "Stale A-Z link (?id=1204) answers the soft-404 page; no Woo page.")
    NF(o, "omgevingsvergunning", "Stale A-Z link (?id=1203) answers the soft-404 page (status 200 'Pagina niet gevonden').")
    feat("soft404_stale_link", 2)
    P(o, "subsidie", cat(1150), "Subsidie Duurzaam Erf en waterbesparing", route={"kind": "eh", "host": "mijn.aaenmaas.test", "path": "/subsidie/aanvragen", "slug": "sub"},
      note="Subsidy form behind eHerkenning on mijn.aaenmaas.test.")
    NOFF(o, "wegvergunning-provinciaal", cat(1160), "Wegen, bruggen en fietspaden",
         "Waterschap Aa en Maas beheert geen openbare wegen. Voor werkzaamheden aan of langs een weg gaat u naar de gemeente, de provincie Noord-Brabant of Rijkswaterstaat.",
         "Not offered: statement under 'Wegen, bruggen en fietspaden'.")
    P(o, "schadevergoeding-provincie", cat(1170), "Schade door werkzaamheden van het waterschap", route=None, trap=trap_mail(o, "schade@aaenmaas.test"),
      note="Information only: write a letter or mail.")
    extra_water_pages(o, "/loket", "Waterschapsverordening Aa en Maas", "/media/documenten/waterschapsverordening.pdf", "/onze-taken/legger",
                      "/actueel/calamiteiten", "/loket/product?id=1121", "/loket/product?id=1122")
    put("__root__", "notfound/www.aaenmaas.test.html", o_notfound(o))
    BEH["not_found_pages"].append({"host": o.host, "file": "notfound/www.aaenmaas.test.html", "status": 200})
    feat("soft404")
    std_pages(o, news=[("Droogte: onttrekkingsverbod opgeheven", "/actueel/nieuws/onttrekkingsverbod-opgeheven")], sitemap=False)
    trap_news(o, "/actueel/nieuws/onttrekkingsverbod-opgeheven", "Droogte: onttrekkingsverbod opgeheven", cat(1077))
    return o


def o_notfound(o):
    return f"""<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>Pagina niet gevonden | {esc(o.name)}</title></head>
<body><header><a href="/">{esc(o.name)}</a></header><main><h1>Pagina niet gevonden</h1>
<p>Helaas, de pagina die u zoekt bestaat niet (meer). Gebruik de zoekfunctie of ga naar de <a href="/">homepage</a>.</p></main></body></html>"""


def build_vechtstromen(S):
    o = Org("WS0663", "Waterschap Vechtstromen", "W", "www.vechtstromen.test", base="http://www.vechtstromen.test/",
            nav=[("Home", "/"), ("Loket", "/loket/"), ("Belastingen", "/loket/belastingen/"), ("Nieuws", "/nieuws")],
            heads=["Inleiding", "Voorwaarden", "Aanvragen", "Meer informatie"], color="#00843d", tel="088-2203333", tel24="088-2203333",
            toptasks=[("Vergunningen", "/loket/vergunningen/"), ("Storing of calamiteit melden", "/loket/storing-melden/")])
    feat("base_href")
    tf = "formulieren.vechtstromen.test"
    P(o, "watervergunning", "/loket/vergunningen/watervergunning/", "Watervergunning",
      route={"kind": "ext", "url": S["olo"][1], "level": 100, "via": S["olo"][4], "text": "Omgevingsloket", "prefill": True}, strict=100,
      note="<base href> site, relative links; link to the Omgevingsloket.")
    P(o, "watermelding", "/loket/meldingen/melding-grondwateronttrekking/", "Melding grondwateronttrekking",
      route={"kind": "web", "host": tf, "path": "/TriplEforms/Formulier/MeldingOnttrekking.aspx"}, note="TriplEforms .aspx anonymous wizard.")
    P(o, "bedrijfsafvalwater-melding", "/loket/meldingen/lozingen/", "Melding lozing bedrijfsafvalwater",
      route={"kind": "ext", "url": S["olo"][1], "level": 100, "via": S["olo"][4], "text": "Melding indienen via het Omgevingsloket", "prefill": True}, strict=100,
      style="button", note="Button onclick to the Omgevingsloket (login with pre-fill statement).")
    VIA(o, "zuiveringsheffing", "/loket/belastingen/zuiveringsheffing/", "Zuiveringsheffing", S["gblt"]["zuiveringsheffing"], note="GBLT eHerkenning aangifte.")
    VIA(o, "watersysteemheffing", "/loket/belastingen/watersysteemheffing/", "Watersysteemheffing", S["gblt"]["watersysteemheffing"],
        trap=trap_pdf(o, "/media/tarievenoverzicht-2026.pdf", "Tarievenoverzicht 2026"), note="Information only (also at GBLT).")
    VIA(o, "belastingkwijtschelding", "/loket/belastingen/kwijtschelding/", "Kwijtschelding", S["gblt"]["belastingkwijtschelding"],
        note="GBLT page with a DigiD logo image link to the login start.")
    VIA(o, "belastingaanslag-bezwaar", "/loket/belastingen/bezwaar/", "Bezwaar maken", S["gblt"]["belastingaanslag-bezwaar"], note="GBLT DigiD/eHerkenning.")
    VIA(o, "betalingsregeling", "/loket/belastingen/betalingsregeling/", "Betalingsregeling", S["gblt"]["betalingsregeling"], note="GBLT DigiD form.")
    P(o, "melding-openbare-ruimte", "/loket/storing-melden/", "Storing of calamiteit melden", route=None,
      intro="Ziet u een storing aan een gemaal, een verstopping of vervuild water? Bel ons 24 uur per dag.",
      note="Phone only (24/7 storingsnummer): information only.")
    NF(o, "omgevingsvergunning")
    P(o, "bezwaar", "/loket/bezwaar/", "Bezwaar maken", route={"kind": "web", "host": tf, "path": "/TriplEforms/Formulier/Bezwaarschrift.aspx"},
      style="getform", note="GET form to an anonymous TriplEforms wizard.")
    P(o, "klacht", "/loket/klacht/", "Klachten", route=None, intro="Bent u niet tevreden over de manier waarop wij u hebben behandeld? Bel ons of stuur een brief aan het dagelijks bestuur.",
      trap=trap_mail(o, "klachten@vechtstromen.test"), note="Information only: phone or letter.")
    P(o, "woo-verzoek", "/loket/woo/", "Woo-verzoek", route={"kind": "pdf", "path": "/media/formulieren/woo-verzoek.pdf", "text": "Formulier Woo-verzoek (pdf)"},
      note="Printable PDF form.")
    P(o, "subsidie", "/loket/subsidies/", "Subsidieregeling Water en Klimaat", route={"kind": "eh", "host": tf, "path": "/TriplEforms/Formulier/Subsidie.aspx"},
      note="eHerkenning gate on the TriplEforms host.")
    NF(o, "wegvergunning-provinciaal")
    P(o, "schadevergoeding-provincie", "/loket/schade/", "Schade door muskusratten of werkzaamheden",
      route={"kind": "pdf", "path": "/media/formulieren/schadeformulier.pdf", "text": "Schadeformulier (pdf)"}, note="PDF claim form.")
    extra_water_pages(o, "/loket/regels", "Keur Vechtstromen", "/media/keur-vechtstromen.pdf", "/loket/legger/", "/calamiteiten/", "/loket/muskusrat/", "/loket/wateroverlast/")
    o.page("/loket/", "Loket", "<ul>" + "".join(f'<li><a href="{p[1:]}">{esc(t)}</a></li>' for p, t in o.pages if p.startswith("/loket/")) + "</ul>", listed=False)
    o.page("/loket/belastingen/", "Waterschapsbelastingen", "<p>GBLT heft en int de belastingen voor Vechtstromen.</p><ul>" + "".join(
        f'<li><a href="{p[1:]}">{esc(t)}</a></li>' for p, t in o.pages if p.startswith("/loket/belastingen/")) + "</ul>", listed=False)
    o.page("/loket/vergunningen/", "Vergunningen", '<ul><li><a href="loket/vergunningen/watervergunning/">Watervergunning</a></li></ul>', listed=False)
    std_pages(o, news=[("Start dijkversterking Overijsselse Vecht", "/nieuws/dijkversterking")], az=True, sitemap=True, azpath="/a-z")
    trap_news(o, "/nieuws/dijkversterking", "Start dijkversterking Overijsselse Vecht", "/loket/vergunningen/watervergunning/")
    return o


def cookie_wall(o, home, getform=False):
    if getform:
        ctl = f'<form method="get" action="{home}"><input type="hidden" name="cookies" value="ja"><button type="submit">Alle cookies accepteren</button></form><form method="get" action="{home}"><input type="hidden" name="cookies" value="nee"><button type="submit">Alleen noodzakelijke cookies</button></form>'
    else:
        ctl = f'<p><a class="btn" href="{home}?consent=all">Accepteren</a> <a href="{home}?consent=necessary">Weigeren</a></p>'
    put(o.host, "/", page_plain(o.name + " - Cookie-instellingen", f"""<div class="cookie-consent" role="dialog"><h1>{esc(o.name)} gebruikt cookies</h1>
<p>Wij gebruiken functionele en analytische cookies om de website goed te laten werken. Met uw toestemming plaatsen we ook cookies voor video's van derden.</p>{ctl}</div>"""))
    feat("cookie_interstitial")


def build_wslimburg(S):
    o = Org("WS0665", "Waterschap Limburg", "W", "www.waterschaplimburg.test", homepath="/home",
            nav=[("Home", "/home"), ("Loket", "/loket/"), ("Formulieren", "/formulieren/"), ("Hoogwater", "/hoogwater/")],
            heads=["Wat is het", "Hoe vraag ik het aan", "Direct regelen"], color="#1f4e9c", tel="088-8888666", tel24="088-8888666",
            overviewpath="/formulieren/", toptasks=[("Vergunning aanvragen", "/loket/watervergunning/"), ("Melding doen", "/loket/melding-doen/")],
            footer_extra='<p class="inloggen"><img src="http://digid.test/logo-digid.svg" alt="DigiD"> Veel zaken regelt u met DigiD of eHerkenning.</p>',
            sitetrap="DigiD logo in the footer of every page.")
    ff = "formulieren.waterschaplimburg.test"
    P(o, "watervergunning", "/loket/watervergunning/", "Watervergunning aanvragen",
      route={"kind": "ext", "url": S["olo"][1], "level": 100, "via": S["olo"][4], "text": "Vraag aan via het Omgevingsloket", "prefill": True}, strict=100,
      note="Link to the Omgevingsloket.")
    P(o, "watermelding", "/loket/melding-werkzaamheden/", "Melding werkzaamheden, bemaling of grondwateronttrekking",
      route={"kind": "both", "host": ff, "path": "/melding-werkzaamheden", "ovtitle": "Melding werkzaamheden (DigiD/eHerkenning)"}, overview=True,
      note="Product page -> 'Formulieren' overview -> DigiD/eHerkenning gate.")
    P(o, "bedrijfsafvalwater-melding", "/loket/lozingen/", "Lozingen en afvalwater",
      route={"kind": "pdf", "path": "/media/formulieren/melding-lozing.pdf", "ovtitle": "Meldingsformulier lozing (pdf)"}, overview=True,
      note="Product page -> 'Formulieren' overview -> PDF form.")
    VIA(o, "zuiveringsheffing", "/loket/belastingen/zuiveringsheffing/", "Zuiveringsheffing", S["bsgw"]["zuiveringsheffing"], note="BsGW eHerkenning aangifte.")
    VIA(o, "watersysteemheffing", "/loket/belastingen/watersysteemheffing/", "Watersysteemheffing", S["bsgw"]["watersysteemheffing"], note="Information only.")
    VIA(o, "belastingkwijtschelding", "/loket/belastingen/kwijtschelding/", "Kwijtschelding", S["bsgw"]["belastingkwijtschelding"], strict=100,
        note="BsGW DigiD (image-only button) with pre-fill statement.")
    VIA(o, "belastingaanslag-bezwaar", "/loket/belastingen/bezwaar/", "Bezwaar tegen aanslag", S["bsgw"]["belastingaanslag-bezwaar"], style="button",
        note="BsGW DigiD/eHerkenning.")
    VIA(o, "betalingsregeling", "/loket/belastingen/betalingsregeling/", "Betalingsregeling", S["bsgw"]["betalingsregeling"], note="BsGW anonymous web form.")
    P(o, "melding-openbare-ruimte", "/loket/melding-doen/", "Melding doen", route={"kind": "web", "host": ff, "path": "/melding-doen"}, style="iframe",
      note="Anonymous form in an iframe.")
    NOFF(o, "omgevingsvergunning", "/loket/bouwen-langs-water/", "Bouwen en wonen langs water",
         "Waterschap Limburg geeft geen omgevingsvergunningen voor bouwen af. Daarvoor is de gemeente het bevoegd gezag. Wij adviseren de gemeente wel over waterbelangen.",
         "Not offered: statement under 'Bouwen en wonen langs water'.")
    P(o, "bezwaar", "/loket/bezwaar/", "Bezwaar maken", route={"kind": "digid", "host": ff, "path": "/bezwaar", "ovtitle": "Bezwaarschrift indienen (DigiD)"},
      overview=True, note="Product page -> overview -> DigiD gate.")
    P(o, "klacht", "/loket/klacht/", "Klacht over het waterschap", route={"kind": "web", "host": ff, "path": "/klacht"}, style="iframe", note="Anonymous form in an iframe.")
    P(o, "woo-verzoek", "/loket/woo-verzoek/", "Woo-verzoek", route=None, trap=trap_mail(o, "woo@waterschaplimburg.test"), note="Information only.")
    P(o, "subsidie", "/loket/subsidies/", "Subsidie regenwater afkoppelen", route={"kind": "digid", "host": ff, "path": "/subsidie-afkoppelen", "img": True},
      note="DigiD gate whose button is only an image with alt text.")
    NF(o, "wegvergunning-provinciaal")
    P(o, "schadevergoeding-provincie", "/loket/schade-wateroverlast/", "Schade door wateroverlast", route=None, note="Information only: call or write.")
    overview_page(o, "Formulieren", "Hier vindt u al onze digitale formulieren.", [
        ("Melding muskusrat", f"http://{ff}/muskusrat"), ("Aanvraag subsidie afkoppelen", f"http://{ff}/subsidie-afkoppelen"),
        ("Klachtenformulier", f"http://{ff}/klacht"), ("Melding doen", f"http://{ff}/melding-doen")])
    Form(o, ff).web_form("/muskusrat", "Melding muskusrat")
    extra_water_pages(o, "/loket/regels", "Waterschapsverordening Waterschap Limburg", "/media/waterschapsverordening.pdf", "/loket/legger/", "/hoogwater/",
                      "/loket/muskusrat/", "/loket/storing/")
    o.page("/loket/", "Loket", "<ul>" + "".join(f'<li><a href="{p}">{esc(t)}</a></li>' for p, t in o.pages if p.startswith("/loket/")) + "</ul>", listed=False)
    std_pages(o, home_path="/home", news=[("Hoogwater Maas: dijkbewaking actief", "/nieuws/hoogwater-maas")], az=False, sitemap=True)
    trap_news(o, "/nieuws/hoogwater-maas", "Hoogwater Maas: dijkbewaking actief", "/hoogwater/")
    cookie_wall(o, "/home")
    return o


def build_scheldestromen(S):
    o = Org("WS0661", "Waterschap Scheldestromen", "W", "scheldestromen.test", website="http://www.scheldestromen.test/", homepath="/nl/",
            nav=[("Home", "/nl/"), ("E-loket", "/nl/e-loket"), ("Wegen", "/nl/wegen"), ("Water", "/nl/water"), ("English", "/en/")],
            heads=["Over deze dienst", "Hoe werkt het?", "Regel het direct"], color="#004b87", tel="088-2461000", tel24="088-2461000",
            overviewpath="/nl/e-loket", azpath="/nl/a-z", contactpath="/nl/contact", newspath="/nl/nieuws",
            toptasks=[("E-loket", "/nl/e-loket"), ("Schade aan uw auto?", "/nl/wegen/schade-melden")])
    put("www.scheldestromen.test", "/robots.txt", "User-agent: *\nDisallow:\n")
    BEH["host_redirects"].append({"host": "www.scheldestromen.test", "status": 301, "to": "scheldestromen.test"})
    feat("www_redirect")
    ef = "eloket.scheldestromen.test"
    P(o, "watervergunning", "/nl/water/watervergunning", "Watervergunning",
      route={"kind": "ext", "url": S["olo"][1], "level": 100, "via": S["olo"][4], "text": "Naar het Omgevingsloket", "prefill": True}, strict=100,
      note="Link to the Omgevingsloket; English page beside it.", head='<link rel="alternate" hreflang="en" href="/en/water-permit">')
    P(o, "watermelding", "/nl/water/melding-doen", "Melding werkzaamheden of grondwateronttrekking",
      route={"kind": "web", "host": ef, "path": "/formulier/melding-grondwater", "ovtitle": "Melding grondwateronttrekking"}, overview=True,
      note="Product page -> E-loket overview -> anonymous form.")
    P(o, "bedrijfsafvalwater-melding", "/nl/water/lozingen", "Lozen van afvalwater (bedrijven)",
      route={"kind": "eh", "host": ef, "path": "/formulier/melding-lozing", "ovtitle": "Melding lozing (eHerkenning)"}, overview=True,
      note="Product page -> E-loket overview -> eHerkenning gate.")
    VIA(o, "zuiveringsheffing", "/nl/belastingen/zuiveringsheffing", "Zuiveringsheffing", S["sabewa"]["zuiveringsheffing"], note="Sabewa Zeeland eHerkenning aangifte.")
    VIA(o, "watersysteemheffing", "/nl/belastingen/watersysteemheffing", "Watersysteemheffing en wegenheffing", S["sabewa"]["watersysteemheffing"], note="Information only.")
    VIA(o, "belastingkwijtschelding", "/nl/belastingen/kwijtschelding", "Kwijtschelding", S["sabewa"]["belastingkwijtschelding"], note="Sabewa DigiD gate.")
    VIA(o, "belastingaanslag-bezwaar", "/nl/belastingen/bezwaar", "Bezwaar aanslag", S["sabewa"]["belastingaanslag-bezwaar"], note="Sabewa DigiD/eHerkenning gate behind a button.")
    VIA(o, "betalingsregeling", "/nl/belastingen/betalingsregeling", "Betalingsregeling", S["sabewa"]["betalingsregeling"], note="Sabewa only offers a PDF request form.")
    P(o, "melding-openbare-ruimte", "/nl/melding-doen", "Melding wegen en water",
      route={"kind": "web", "host": ef, "path": "/formulier/melding-openbare-ruimte", "ovtitle": "Melding weg of water"}, overview=True,
      note="Product page -> E-loket overview -> anonymous form.")
    NF(o, "omgevingsvergunning")
    P(o, "bezwaar", "/nl/bezwaar", "Bezwaar maken tegen een besluit", route={"kind": "pdf", "path": "/media/bezwaarschriftformulier.pdf", "text": "Bezwaarschriftformulier (pdf)"},
      note="PDF form.")
    P(o, "klacht", "/nl/klacht", "Klacht indienen", route={"kind": "web", "host": ef, "path": "/formulier/klacht"}, style="button", note="Anonymous form, button onclick.")
    P(o, "woo-verzoek", "/nl/woo", "Woo-verzoek", route=None, note="Information only (letter).")
    NOFF(o, "subsidie", "/nl/samenwerken-en-initiatieven", "Samenwerken en initiatieven",
         "Heeft u een goed idee voor water in uw buurt? Neem contact met ons op. Scheldestromen verstrekt geen subsidies aan particulieren of bedrijven.",
         "Not offered: statement on 'Samenwerken en initiatieven'.")
    P(o, "wegvergunning-provinciaal", "/nl/wegen/werken-langs-de-weg", "Werken in of langs de weg (wegvergunning)",
      route={"kind": "eh", "host": ef, "path": "/formulier/wegvergunning", "ovtitle": "Wegvergunning (eHerkenning)"}, overview=True,
      note="Scheldestromen manages roads; product page -> E-loket -> eHerkenning gate.")
    P(o, "schadevergoeding-provincie", "/nl/wegen/schade-melden", "Schade aan uw auto door de weg", route={"kind": "web", "host": ef, "path": "/formulier/schade-weg", "ovtitle": "Schade melden"},
      overview=True, note="Product page -> E-loket -> anonymous claim form.")
    overview_page(o, "E-loket", "In het E-loket vindt u alle formulieren van Scheldestromen.", [
        ("Ontheffing gebruik weg (eHerkenning)", f"http://{ef}/formulier/wegvergunning"), ("Melding muskusrat", f"http://{ef}/formulier/muskusrat"),
        ("Klacht indienen", f"http://{ef}/formulier/klacht")])
    Form(o, ef).web_form("/formulier/muskusrat", "Melding muskusrat")
    extra_water_pages(o, "/nl/regels", "Keur Scheldestromen", "/media/keur-scheldestromen.pdf", "/nl/water/legger", "/nl/calamiteiten", "/nl/water/muskusrat", "/nl/storing")
    o.page("/en/", "Water board Scheldestromen", '<p>Scheldestromen is the water authority for Zeeland. <a href="/en/water-permit">Water permit</a></p>', lang="en", listed=False)
    o.page("/en/water-permit", "Water permit", '<p>For work in or near water or dikes you need a permit. Apply through the Omgevingsloket (in Dutch).</p><p><a href="/nl/water/watervergunning">Nederlands</a></p>', lang="en", listed=False)
    feat("english_page")
    std_pages(o, home_path="/nl/", news=[("Wegenheffing 2026 vastgesteld", "/nl/nieuws/wegenheffing-2026")], sitemap=False, azpath="/nl/a-z")
    trap_news(o, "/nl/nieuws/wegenheffing-2026", "Wegenheffing 2026 vastgesteld", "/nl/belastingen/watersysteemheffing")
    put(o.host, "/", page_plain("Scheldestromen - Kies uw taal", '<main><h1>Kies uw taal / Choose your language</h1><ul><li><a href="/nl/">Nederlands</a></li><li><a href="/en/">English</a></li></ul></main>'))
    feat("language_splash")
    return o


# ---------------------------------------------------------------- provinces
def build_nh(S):
    o = Org("PV27", "Provincie Noord-Holland", "P", "www.noord-holland.test", bodyclass="utrecht-document",
            nav=[("Loket", "/Loket"), ("Onderwerpen", "/Onderwerpen"), ("Actueel", "/Actueel"), ("Over ons", "/Over_ons")],
            heads=["Wanneer heeft u dit nodig?", "Aanvragen", "Direct regelen", "Kosten en behandeltijd"], color="#c4161c", tel="0800-0200600",
            toptasks=[("Vergunningen en ontheffingen", "/Loket/Vergunningen_en_ontheffingen"), ("Subsidies", "/Loket/Subsidies")],
            contactpath="/Contact", azpath="/Loket/A-Z")
    ff = "formulieren.noord-holland.test"
    L = "/Loket/Vergunningen_en_ontheffingen/"
    olo = lambda t: {"kind": "ext", "url": S["olo"][1], "level": 100, "via": S["olo"][4], "text": t, "prefill": True}
    P(o, "omgevingsvergunning", L + "Omgevingsvergunning", "Omgevingsvergunning", route=olo("Aanvragen via het Omgevingsloket"), strict=100,
      note="Link to the Omgevingsloket.")
    P(o, "bezwaar", "/Loket/Bezwaar_maken", "Bezwaar maken", route={"kind": "jsdigid", "host": ff, "path": "/bezwaar-maken"}, note="JS-built form with DigiD login.")
    P(o, "klacht", "/Loket/Klacht_indienen", "Klacht indienen", route={"kind": "js", "host": ff, "path": "/klacht"}, note="Anonymous JS-built form.")
    P(o, "woo-verzoek", "/Loket/Woo-verzoek_indienen", "Woo-verzoek indienen", route={"kind": "js", "host": ff, "path": "/woo-verzoek"}, style="button",
      note="Button onclick to an anonymous JS-built form.")
    P(o, "subsidie", "/Loket/Subsidies", "Subsidies", route={"kind": "eh", "host": "subsidieloket.noord-holland.test", "path": "/aanvragen", "text": "Naar het subsidieloket"},
      note="Subsidy portal gate with eHerkenning.")
    P(o, "evenementenvergunning", L + "Evenement_op_of_langs_provinciale_weg", "Evenement op of langs een provinciale weg of vaarweg",
      route={"kind": "pdf", "path": "/Loket/Formulieren/aanvraagformulier-evenement-provinciale-weg.pdf"}, note="PDF form.")
    P(o, "geluidsontheffing", L + "Ontheffing_stiltegebied", "Ontheffing stiltegebied", route={"kind": "jseh", "host": ff, "path": "/ontheffing-stiltegebied"},
      note="JS-built form, eHerkenning login.")
    P(o, "wegvergunning-provinciaal", L + "Vergunning_werken_in_provinciale_weg", "Vergunning werken in, op of langs een provinciale weg",
      route={"kind": "jseh", "host": ff, "path": "/werken-provinciale-weg"}, note="JS-built eHerkenning form; similar permit page 'Uitrit' beside it.")
    P(o, "uitwegvergunning", L + "Uitrit_aanleggen_provinciale_weg", "Uitrit aanleggen op een provinciale weg",
      route={"kind": "pdf", "path": "/Loket/Formulieren/aanvraag-uitweg.pdf"}, note="PDF form; similar permit (werken in de weg) is online.",
      trap=("", "similar permit page (werken in provinciale weg) has a higher route."))
    feat("two_similar_permits")
    P(o, "beschermde-dieren-ontheffing", L + "Flora-_en_fauna-activiteit", "Omgevingsvergunning flora- en fauna-activiteit", route=olo("Aanvragen in het Omgevingsloket"),
      strict=100, note="Omgevingsloket.")
    P(o, "natuurvergunning", L + "Natura_2000-activiteit", "Vergunning Natura 2000-activiteit", route=olo("Aanvragen in het Omgevingsloket"), style="getform", strict=100,
      note="GET form to the Omgevingsloket.")
    P(o, "ontgrondingsvergunning", L + "Ontgrondingsactiviteit", "Ontgrondingsactiviteit", route=olo("Aanvragen via het Omgevingsloket"), strict=100, note="Omgevingsloket.")
    P(o, "tijdelijk-luchtvaartterrein", L + "TUG-ontheffing", "Ontheffing tijdelijk en uitzonderlijk gebruik (TUG)", route={"kind": "jseh", "host": ff, "path": "/tug-ontheffing"},
      note="JS-built eHerkenning form.")
    VIA(o, "vuurwerk-ontbranding", L + "Vuurwerk_ontbranding", "Vuurwerk: ontbrandingstoestemming", S["odnhn"]["vuurwerk-ontbranding"],
        note="Province page sends to the Omgevingsdienst NHN, eHerkenning gate.", text="Naar de omgevingsdienst")
    VIA(o, "schadevergoeding-provincie", "/Onderwerpen/Natuur/Faunaschade", "Schade door dieren (faunaschade)", S["bij12"]["schadevergoeding-provincie"],
        note="Faunaschade via BIJ12 (Mijn Faunaschade, login).", text="Tegemoetkoming aanvragen bij BIJ12")
    P(o, "watervergunning", L + "Open_bodemenergiesysteem", "Watervergunning voor een open bodemenergiesysteem", route=olo("Aanvragen via het Omgevingsloket"),
      strict=100, note="Provincial water permit (open bodemenergie) via the Omgevingsloket.")
    o.page("/Loket/Vergunningen_en_ontheffingen", "Vergunningen en ontheffingen", "<ul>" + "".join(
        f'<li><a href="{p}">{esc(t)}</a></li>' for p, t in o.pages if p.startswith(L)) + "</ul>", listed=False)
    o.page("/Loket", "Loket", "<ul>" + "".join(f'<li><a href="{p}">{esc(t)}</a></li>' for p, t in o.pages if p.startswith("/Loket/")) + "</ul>", listed=False)
    std_pages(o, news=[("Nieuwe subsidie voor natuurinclusieve landbouw", "/Actueel/Nieuws/Subsidie_natuurinclusieve_landbouw")], sitemap=True)
    trap_news(o, "/Actueel/Nieuws/Subsidie_natuurinclusieve_landbouw", "Nieuwe subsidie voor natuurinclusieve landbouw", "/Loket/Subsidies")
    return o


def build_plimburg(S):
    o = Org("PV31", "Provincie Limburg", "P", "www.limburg.test", base="http://www.limburg.test/",
            nav=[("Loket", "/loket/"), ("Onderwerpen", "/onderwerpen/"), ("Actueel", "/actueel/")],
            heads=["Algemeen", "Procedure", "Aanvragen"], color="#d4a017", tel="043-3897999", azpath="/loket/",
            aztitle="Loket: producten en diensten", toptasks=[("Subsidies", "/loket/product?id=410")])
    feat("base_href")
    feat("query_catalogue")
    el = "eloket.limburg.test"
    c = lambda i: f"/loket/product?id={i}"
    olo = lambda t: {"kind": "ext", "url": S["olo"][1], "level": 100, "via": S["olo"][4], "text": t, "prefill": True}
    P(o, "omgevingsvergunning", c(401), "Omgevingsvergunning (provincie)", route=olo("Omgevingsloket"), strict=100, note="Catalogue ?id= page, base href; Omgevingsloket.")
    P(o, "bezwaar", c(402), "Bezwaarschrift indienen", route={"kind": "pdf", "path": "/media/formulieren/bezwaarschrift.pdf", "slug": "bezwaar"}, note="PDF form.")
    P(o, "klacht", c(403), "Klacht over de provincie", route={"kind": "web", "host": el, "path": "/formulier/klacht", "slug": "klacht"}, note="Anonymous e-loket form.")
    P(o, "woo-verzoek", c(404), "Woo-verzoek", route=None, trap=trap_mail(o, "woo@prvlimburg.test"), note="Information only.")
    P(o, "subsidie", c(410), "Subsidies aanvragen", route={"kind": "eh", "host": el, "path": "/subsidies/aanvragen", "slug": "sub"}, style="getform",
      note="GET form to the eHerkenning subsidy gate.")
    NF(o, "evenementenvergunning")
    P(o, "geluidsontheffing", c(420), "Ontheffing stiltegebied", route={"kind": "pdf", "path": "/media/formulieren/ontheffing-stiltegebied.pdf", "slug": "stil"}, note="PDF form.")
    NOFF(o, "uitwegvergunning", c(421), "Provinciale wegen",
         "Een uitweg of inrit op een provinciale weg hoeft u niet meer aan te vragen: de provincie Limburg verleent hiervoor geen vergunning. Maak wel vooraf afspraken met de wegbeheerder.",
         "Not offered: statement under 'Provinciale wegen'.")
    u = P(o, "natuurvergunning", c(430), "Natuurvergunningen en ontheffingen", route=olo("Vraag aan in het Omgevingsloket"), style="button", strict=100,
          note="One page for Natura 2000 and flora/fauna (shared by two products); button onclick to the Omgevingsloket.")
    label(o, "beschermde-dieren-ontheffing", "ok", 100, u, S["olo"][1], strict=100, via=S["olo"][4],
          notes="Shared page 'Natuurvergunningen en ontheffingen' (also natuurvergunning); Omgevingsloket.")
    feat("shared_page_two_products")
    P(o, "ontgrondingsvergunning", c(431), "Ontgronden", route=olo("Omgevingsloket"), strict=100, note="Omgevingsloket.")
    P(o, "tijdelijk-luchtvaartterrein", c(440), "TUG-ontheffing (helikopter, ballon)", route={"kind": "pdf", "path": "/media/formulieren/tug-aanvraag.pdf", "slug": "tug"},
      note="PDF form.")
    P(o, "vuurwerk-ontbranding", c(441), "Vuurwerk afsteken (ontbrandingstoestemming)", route=None,
      intro="De ontbrandingstoestemming vraagt u aan bij de Regionale Uitvoeringsdienst (RUD) Zuid-Limburg. Neem contact op met de RUD.",
      note="Information only (contact the RUD).")
    VIA(o, "schadevergoeding-provincie", c(450), "Faunaschade", S["bij12"]["schadevergoeding-provincie"], note="Via BIJ12.")
    P(o, "watervergunning", c(460), "Grondwateronttrekking (watervergunning provincie)", route={"kind": "eh", "host": el, "path": "/formulier/grondwater", "slug": "gw"},
      note="eHerkenning gate on the e-loket.")
    P(o, "wegvergunning-provinciaal", c(470), "Werken in of langs provinciale wegen", route={"kind": "eh", "host": el, "path": "/formulier/wegwerken", "slug": "weg"},
      style="button", note="Button onclick to an eHerkenning gate.")
    o.page("/onderwerpen/", "Onderwerpen", '<ul><li><a href="../loket/">Loket</a></li></ul>', listed=False)
    o.page("/actueel/", "Actueel", '<ul><li><a href="actueel/nieuws-stikstof">Stikstofaanpak Limburg</a></li></ul>', listed=False)
    trap_news(o, "/actueel/nieuws-stikstof", "Stikstofaanpak Limburg: natuurvergunningen versneld", c(430))
    std_pages(o, news=[("Stikstofaanpak Limburg: natuurvergunningen versneld", "/actueel/nieuws-stikstof")], sitemap=False, az=True)
    return o


# ---------------------------------------------------------------- municipalities
def build_haarlem(S):
    o = Org("GM0392", "Gemeente Haarlem", "G", "www.haarlem.test", website="http://haarlem.test/", homepath="/home",
            nav=[("Home", "/home"), ("Wonen", "/wonen"), ("Ondernemen", "/ondernemen"), ("Zorg en inkomen", "/zorg-en-inkomen"), ("English", "/en/")],
            heads=["Wat is het?", "Hoe werkt het?", "Wat moet ik doen?"], color="#c8102e", tel="14 023",
            header_extra='<a class="mijn" href="/mijn-haarlem">Mijn Haarlem</a>', sitetrap="site-wide 'Mijn Haarlem' login in the header.",
            toptasks=[("Verhuizen", "/verhuizen"), ("Paspoort en ID-kaart", "/paspoort-en-identiteitskaart"), ("Afval", "/grof-afval")], searchparam="search")
    put("haarlem.test", "/robots.txt", "User-agent: *\n")
    BEH["host_redirects"].append({"host": "haarlem.test", "status": 301, "to": "www.haarlem.test"})
    feat("www_redirect")
    of = "formulieren.haarlem.test"
    olo = lambda t: {"kind": "ext", "url": S["olo"][1], "level": 100, "via": S["olo"][4], "text": t, "prefill": True}
    jd = lambda p, pf=False: {"kind": "jsdigid", "host": of, "path": p, "prefill": pf}
    P(o, "brp-uittreksel", "/uittreksel-brp", "Uittreksel BRP", route=jd("/uittreksel-brp", True), strict=100,
      note="Open-Formulieren-style JS form, DigiD login, pre-fill stated.")
    P(o, "verhuismelding", "/verhuizen", "Verhuizen", route=jd("/verhuizing-doorgeven", True), strict=100,
      note="JS form with DigiD, pre-fill stated; English page beside it.", head='<link rel="alternate" hreflang="en" href="/en/moving-to-haarlem">')
    o.page("/en/moving-to-haarlem", "Moving to or within Haarlem", '<p>Report your move within 5 days. You need DigiD. <a href="/verhuizen">Nederlandse versie</a></p>', lang="en", listed=False)
    o.page("/en/", "Haarlem in English", '<ul><li><a href="/en/moving-to-haarlem">Moving</a></li></ul>', lang="en", listed=False)
    feat("english_page")
    P(o, "geboorteaangifte", "/geboorte", "Geboorte aangeven", route={"kind": "start", "idp": "digid", "host": of, "path": "/auth/geboorteaangifte/digid/start"},
      style="imgdigid", note="Anchor with only a DigiD image (alt text) to a login start URL.")
    P(o, "overlijdensaangifte", "/overlijden", "Overlijden", route=None, note="Information only: the undertaker reports it.")
    P(o, "huwelijksaangifte", "/trouwen-en-partnerschap", "Trouwen of partnerschap", route=jd("/melding-voorgenomen-huwelijk"), note="JS form with DigiD.")
    u = P(o, "paspoort", "/paspoort-en-identiteitskaart", "Paspoort en identiteitskaart", route=None,
          extra='<p><a href="http://afspraak.haarlem.test/afspraak-maken?product=paspoort">Maak een afspraak</a></p>',
          note="Shared page for paspoort and ID-kaart; only an online appointment (not a form).")
    label(o, "identiteitskaart", "ok", 0, u, "", notes="Shared page 'Paspoort en identiteitskaart' (also paspoort); appointment booking only. Trap: site-wide 'Mijn Haarlem' login in the header.")
    put("afspraak.haarlem.test", "/afspraak-maken", page_plain("Afspraak maken", "<h1>Afspraak maken</h1><p>Kies een datum en tijd.</p><div class='jcc-calendar'></div>"))
    feat("shared_page_two_products"); feat("appointment")
    VIA(o, "parkeervergunning", "/parkeervergunning-bewoners", "Parkeervergunning", S["parkeer"]["parkeervergunning"],
        note="Resident page (a business page of the same name exists) -> parking portal login start.", text="Vraag aan in het parkeerloket")
    o.page("/ondernemen/parkeervergunning", "Parkeervergunning", "<p>Bedrijven vragen een bedrijfsvergunning aan via het parkeerloket met eHerkenning.</p><p><a href='http://haarlem.parkeerloket.test/vergunningen/bewoners'>Parkeerloket</a></p>")
    feat("citizen_business_same_name")
    P(o, "gehandicaptenparkeerkaart", "/gehandicaptenparkeerkaart", "Gehandicaptenparkeerkaart", route=jd("/gehandicaptenparkeerkaart"), note="JS form, DigiD.")
    P(o, "gehandicaptenparkeerplaats", "/gehandicaptenparkeerplaats", "Gehandicaptenparkeerplaats", route={"kind": "pdf", "path": "/sites/default/files/aanvraag-gpp.pdf"},
      note="PDF form.")
    VIA(o, "hondenbelasting", "/hondenbelasting", "Hondenbelasting", S["cocensus"]["hondenbelasting"], note="Cocensus DigiD form.")
    VIA(o, "belastingkwijtschelding", "/kwijtschelding", "Kwijtschelding gemeentelijke belastingen", S["cocensus"]["belastingkwijtschelding"], strict=100,
        note="Cocensus DigiD with pre-fill statement.")
    VIA(o, "woz-bezwaar", "/woz", "WOZ-waarde", S["cocensus"]["woz-bezwaar"], note="Cocensus DigiD (GET form there).")
    P(o, "bijstand", "/bijstandsuitkering", "Bijstandsuitkering", route=jd("/bijstand-aanvragen"), style="button", note="Button onclick to a JS DigiD form.")
    P(o, "bijzondere-bijstand", "/bijzondere-bijstand", "Bijzondere bijstand", route=jd("/bijzondere-bijstand"), note="JS form, DigiD.")
    P(o, "wmo-voorziening", "/wmo", "Hulp bij het huishouden, hulpmiddelen en woningaanpassing (Wmo)", route=None,
      intro="Heeft u hulp nodig in en om het huis? Neem contact op met het Sociaal Wijkteam.", note="Information only (call the Sociaal Wijkteam).")
    P(o, "leerlingenvervoer", "/leerlingenvervoer", "Leerlingenvervoer", route={"kind": "digid", "host": of, "path": "/leerlingenvervoer-gate"}, style="getform",
      note="GET form to a DigiD gate.")
    VIA(o, "grofvuil", "/grof-afval", "Grof afval", S["spaarnelanden"]["grofvuil"], note="Spaarnelanden anonymous form.")
    VIA(o, "afvalcontainer", "/afvalcontainer", "Container voor afval", S["spaarnelanden"]["afvalcontainer"], note="Spaarnelanden anonymous form.")
    P(o, "melding-openbare-ruimte", "/melding-openbare-ruimte", "Melding openbare ruimte", route={"kind": "js", "host": of, "path": "/melding-openbare-ruimte"},
      note="Anonymous JS form.")
    P(o, "omgevingsvergunning", "/omgevingsvergunning", "Omgevingsvergunning", route=olo("Aanvragen in het Omgevingsloket"), strict=100, note="Omgevingsloket.")
    P(o, "kapvergunning", "/boom-kappen", "Boom kappen", route=olo("Vraag een vergunning aan"), style="button", strict=100, note="Omgevingsloket, button onclick.")
    P(o, "bouwdossier-inzage", "/bouwtekeningen-opvragen", "Bouwtekeningen opvragen", route={"kind": "web", "host": of, "path": "/bouwdossier-web"}, note="Anonymous web form.")
    P(o, "bezwaar", "/bezwaar-maken", "Bezwaar maken", route=jd("/bezwaar"), note="JS form, DigiD.")
    P(o, "klacht", "/klacht-indienen", "Klacht indienen", route={"kind": "js", "host": of, "path": "/klacht"}, note="Anonymous JS form.")
    P(o, "woo-verzoek", "/woo-verzoek", "Woo-verzoek indienen", route={"kind": "web", "host": of, "path": "/woo-web"}, note="Anonymous web form.")
    P(o, "subsidie", "/subsidies", "Subsidie aanvragen", route={"kind": "both", "host": of, "path": "/subsidie-gate"}, note="DigiD/eHerkenning gate.")
    P(o, "evenementenvergunning", "/evenement-organiseren", "Evenement organiseren", route={"kind": "pdf", "path": "/sites/default/files/aanvraagformulier-evenement.pdf"},
      note="PDF form.")
    u = P(o, "exploitatievergunning-horeca", "/horecavergunningen", "Horecavergunningen (exploitatie en alcohol)",
          route={"kind": "eh", "host": of, "path": "/horeca-gate"}, note="One page for exploitatie- and alcoholvergunning; eHerkenning gate.")
    label(o, "alcoholvergunning", "ok", 100, u, f"http://{of}/horeca-gate", notes="Shared page 'Horecavergunningen' (also exploitatievergunning); eHerkenning gate. Trap: site-wide 'Mijn Haarlem' login in the header.")
    feat("shared_page_two_products")
    P(o, "terrasvergunning", "/terras", "Terras", route={"kind": "eh", "host": of, "path": "/terras-gate"}, note="eHerkenning gate.")
    P(o, "standplaatsvergunning", "/standplaats", "Standplaats", route={"kind": "pdf", "path": "/sites/default/files/aanvraag-standplaats.pdf"}, note="PDF form.")
    P(o, "marktvergunning", "/markt", "Markten in Haarlem", route=None, note="Information only: contact the marktmeester.", trap=trap_mail(o, "markten@haarlem.test"))
    NOFF(o, "reclamebelasting", "/reclame", "Reclame op uw pand",
         "Voor een reclamebord heeft u soms een omgevingsvergunning nodig. Haarlem heft geen reclamebelasting.", "Not offered: statement under 'Reclame op uw pand'.")
    P(o, "geluidsontheffing", "/geluidsontheffing", "Ontheffing geluid", route={"kind": "pdf", "path": "/sites/default/files/ontheffing-geluid.pdf"}, note="PDF form.")
    NOFF(o, "winkeltijdenontheffing", "/koopzondagen", "Koopzondagen en openingstijden winkels",
         "In Haarlem mogen winkels op alle zondagen open zijn. U heeft hiervoor geen ontheffing nodig; de gemeente verleent geen ontheffingen winkeltijden.",
         "Not offered: statement under 'Koopzondagen'.")
    P(o, "kansspelautomaatvergunning", "/speelautomaten", "Speelautomaten", route={"kind": "pdf", "path": "/sites/default/files/aanwezigheidsvergunning.pdf"}, note="PDF form.")
    NF(o, "collectevergunning")
    P(o, "ligplaatsvergunning", "/woonboot", "Woonboot en ligplaats", route={"kind": "digid", "host": of, "path": "/ligplaats-gate"}, note="DigiD gate.")
    P(o, "uitwegvergunning", "/uitrit", "Uitrit aanleggen", route=olo("Omgevingsloket"), strict=100, note="Omgevingsloket.")
    VIA(o, "belastingaanslag-bezwaar", "/belastingen-bezwaar", "Bezwaar tegen gemeentelijke belastingen", S["cocensus"]["belastingaanslag-bezwaar"], note="Cocensus.")
    VIA(o, "betalingsregeling", "/belastingen-betalen", "Gemeentelijke belastingen betalen", S["cocensus"]["betalingsregeling"], note="Cocensus anonymous form.")
    o.page("/mijn-haarlem", "Mijn Haarlem", '<p>Log in met DigiD om uw zaken te bekijken.</p>', listed=False)
    n = trap_news(o, "/nieuws/nieuwe-parkeertarieven", "Nieuwe parkeertarieven per 1 januari", "/parkeervergunning-bewoners")
    std_pages(o, home_path="/home", news=[(n[1], n[0])], sitemap=True)
    cookie_wall(o, "/home", getform=True)
    return o


def build_roermond(S):
    o = Org("GM0957", "Gemeente Roermond", "G", "www.roermond.test", relative=True,
            nav=[("Home", "/"), ("Inwoners", "/Inwoners"), ("Ondernemers", "/Ondernemers"), ("Alle formulieren", "/Inwoners/Zelf_regelen/Alle_formulieren")],
            heads=["Omschrijving", "Voorwaarden", "Aanvragen", "Kosten"], color="#00205b", tel="14 0475", overviewpath="/Inwoners/Zelf_regelen/Alle_formulieren",
            feedback=True, sitetrap="'Was deze informatie nuttig?' feedback form under every product page.",
            toptasks=[("Afspraak maken", "/Inwoners/Afspraak_maken"), ("Alle formulieren", "/Inwoners/Zelf_regelen/Alle_formulieren")],
            az_extra=[("Standplaatsvergunning", "/Ondernemers/Vergunningen/Standplaatsvergunning"), ("Winkeltijden", "/Ondernemers/Vergunningen/Winkeltijden")],
            sitemap_extra=[("Ligplaats", "/Inwoners/Wonen/Ligplaatsvergunning")])
    feat("relative_links")
    ef = "eformulieren.roermond.test"
    I, B = "/Inwoners/", "/Ondernemers/"
    ov = lambda kind, p, t: {"kind": kind, "host": ef, "path": p, "ovtitle": t}
    P(o, "brp-uittreksel", I + "Burgerzaken/Uittreksel_BRP", "Uittreksel Basisregistratie Personen (BRP)", route=ov("digid", "/eformulieren/uittreksel-brp", "Uittreksel BRP aanvragen (DigiD)"),
      overview=True, note="Product page -> 'Alle formulieren' -> DigiD gate.")
    P(o, "verhuismelding", I + "Burgerzaken/Verhuizing_doorgeven", "Verhuizing doorgeven", route=ov("digid", "/eformulieren/verhuizing", "Verhuizing doorgeven (DigiD)"),
      overview=True, note="Via 'Alle formulieren' to a DigiD gate.")
    P(o, "geboorteaangifte", I + "Burgerzaken/Geboorteaangifte", "Aangifte geboorte", route=None, note="Information only: make an appointment.")
    P(o, "overlijdensaangifte", I + "Burgerzaken/Aangifte_overlijden", "Aangifte overlijden", route=None, note="Information only.")
    P(o, "huwelijksaangifte", I + "Burgerzaken/Trouwen", "Trouwen en geregistreerd partnerschap", route={"kind": "pdf", "path": "/Documenten/Melding_voorgenomen_huwelijk.pdf"},
      note="PDF form.")
    P(o, "paspoort", I + "Burgerzaken/Paspoort", "Paspoort", route=None, extra='<p><a href="http://afspraken.roermond.test/qmatic/afspraak?dienst=paspoort">Afspraak maken</a></p>',
      note="Appointment only.")
    P(o, "identiteitskaart", I + "Burgerzaken/Identiteitskaart", "Identiteitskaart", route=None,
      extra='<p><a href="http://afspraken.roermond.test/qmatic/afspraak?dienst=id-kaart">Afspraak maken</a></p>', note="Appointment only.")
    put("afspraken.roermond.test", "/qmatic/afspraak", page_plain("Afspraak maken", "<h1>Afspraak maken</h1><p>Kies een product, datum en tijd.</p>"))
    feat("appointment")
    P(o, "parkeervergunning", I + "Verkeer/Parkeervergunning", "Parkeervergunning", route=ov("digid", "/eformulieren/parkeervergunning", "Parkeervergunning aanvragen"),
      overview=True, note="Via 'Alle formulieren' to a DigiD gate.")
    P(o, "gehandicaptenparkeerkaart", I + "Verkeer/Gehandicaptenparkeerkaart", "Gehandicaptenparkeerkaart", route={"kind": "pdf", "path": "/Documenten/Aanvraag_GPK.pdf"}, note="PDF.")
    P(o, "gehandicaptenparkeerplaats", I + "Verkeer/Gehandicaptenparkeerplaats", "Gehandicaptenparkeerplaats", route={"kind": "pdf", "path": "/Documenten/Aanvraag_GPP.pdf"}, note="PDF.")
    NOFF(o, "hondenbelasting", I + "Wonen/Honden", "Honden in Roermond",
         "Honden moeten in de bebouwde kom aangelijnd zijn. De gemeente Roermond heft geen hondenbelasting meer; deze is afgeschaft.", "Not offered: statement under 'Honden in Roermond'.")
    VIA(o, "belastingkwijtschelding", I + "Belastingen/Kwijtschelding", "Kwijtschelding", S["bsgw"]["belastingkwijtschelding"], strict=100,
        note="BsGW: DigiD image-only button, pre-fill statement.")
    VIA(o, "woz-bezwaar", I + "Belastingen/WOZ", "WOZ-beschikking", S["bsgw"]["woz-bezwaar"], note="BsGW DigiD.")
    VIA(o, "bijstand", I + "Werk_en_inkomen/Bijstand", "Bijstandsuitkering aanvragen", S["werk"]["bijstand"], note="Sends to werk.nl (UWV) DigiD login start.",
        text="Vraag bijstand aan via werk.nl")
    P(o, "bijzondere-bijstand", I + "Werk_en_inkomen/Bijzondere_bijstand", "Bijzondere bijstand", route=ov("digid", "/eformulieren/bijzondere-bijstand", "Bijzondere bijstand (DigiD)"),
      overview=True, note="Via 'Alle formulieren' to a DigiD gate.")
    P(o, "wmo-voorziening", I + "Zorg/Wmo", "Wmo: ondersteuning thuis", route=None, note="Information only: call the Sociaal Team.")
    P(o, "leerlingenvervoer", I + "Onderwijs/Leerlingenvervoer", "Leerlingenvervoer", route=ov("digid", "/eformulieren/leerlingenvervoer", "Aanvraag leerlingenvervoer"),
      overview=True, note="Via 'Alle formulieren' to a DigiD gate.")
    P(o, "grofvuil", I + "Afval/Grofvuil", "Grofvuil", route={"kind": "web", "host": ef, "path": "/eformulieren/grofvuil"}, style="button", note="Anonymous e-form, button onclick.")
    P(o, "afvalcontainer", I + "Afval/Containers", "Containers", route=None, note="Information only (call).")
    P(o, "melding-openbare-ruimte", I + "Melding_openbare_ruimte", "Melding openbare ruimte", route={"kind": "web", "host": ef, "path": "/eformulieren/mor"}, style="button",
      note="Anonymous form, button onclick.")
    P(o, "omgevingsvergunning", I + "Wonen/Omgevingsvergunning", "Omgevingsvergunning",
      route={"kind": "ext", "url": S["olo"][1], "level": 100, "via": S["olo"][4], "text": "Omgevingsloket", "prefill": True}, strict=100, note="Omgevingsloket.")
    P(o, "kapvergunning", I + "Wonen/Kapvergunning", "Kapvergunning", route={"kind": "pdf", "path": "/Documenten/Aanvraag_kapvergunning.pdf"}, note="PDF.")
    P(o, "bouwdossier-inzage", I + "Wonen/Bouwdossier_inzien", "Bouwdossier inzien", route=None, note="Information only (appointment at the archive).")
    P(o, "bezwaar", I + "Bezwaar_en_klachten/Bezwaar", "Bezwaar maken", route=ov("digid", "/eformulieren/bezwaar", "Bezwaarschrift (DigiD)"), overview=True,
      note="Via 'Alle formulieren' to a DigiD gate.")
    P(o, "klacht", I + "Bezwaar_en_klachten/Klacht", "Klacht indienen", route={"kind": "web", "host": ef, "path": "/eformulieren/klacht"}, note="Anonymous form.")
    P(o, "woo-verzoek", I + "Bestuur/Woo-verzoek", "Woo-verzoek", route={"kind": "web", "host": ef, "path": "/eformulieren/woo"}, note="Anonymous form.")
    P(o, "subsidie", B + "Subsidies", "Subsidies", route={"kind": "both", "host": ef, "path": "/eformulieren/subsidie"}, note="DigiD/eHerkenning gate.")
    P(o, "evenementenvergunning", B + "Vergunningen/Evenementenvergunning", "Evenementenvergunning", route=ov("eh", "/eformulieren/evenement", "Evenementenvergunning (eHerkenning)"),
      overview=True, note="Via 'Alle formulieren' to an eHerkenning gate.")
    P(o, "exploitatievergunning-horeca", B + "Vergunningen/Exploitatievergunning", "Exploitatievergunning horeca", route={"kind": "pdf", "path": "/Documenten/Exploitatievergunning.pdf"},
      note="PDF.")
    P(o, "alcoholvergunning", B + "Vergunningen/Alcoholwetvergunning", "Alcoholwetvergunning", route={"kind": "pdf", "path": "/Documenten/Alcoholwetvergunning.pdf"}, note="PDF.")
    P(o, "terrasvergunning", B + "Vergunningen/Terras", "Terrasvergunning", route={"kind": "pdf", "path": "/Documenten/Terrasvergunning.pdf"}, note="PDF.")
    NF(o, "standplaatsvergunning", "Stale A-Z link answers the soft-404 page (status 200).")
    P(o, "marktvergunning", B + "Vergunningen/Weekmarkt", "Weekmarkt", route=None, note="Information only.")
    VIA(o, "reclamebelasting", B + "Reclamebelasting", "Reclamebelasting binnenstad", S["bsgw"]["reclamebelasting"], note="Information only (BsGW).")
    P(o, "geluidsontheffing", B + "Vergunningen/Geluidsontheffing", "Ontheffing geluid", route=None, trap=trap_mail(o, "vergunningen@roermond.test"),
      note="Information only: request by letter or e-mail.")
    NF(o, "winkeltijdenontheffing", "Stale A-Z link answers the soft-404 page.")
    P(o, "kansspelautomaatvergunning", B + "Vergunningen/Speelautomaten", "Aanwezigheidsvergunning speelautomaten", route={"kind": "pdf", "path": "/Documenten/Speelautomaten.pdf"},
      note="PDF.")
    P(o, "collectevergunning", I + "Collecte", "Collecteren", route=None, intro="Wilt u collecteren voor een goed doel dat niet op het landelijke collecterooster staat? Neem minimaal 8 weken van tevoren telefonisch contact op met de gemeente.",
      note="Information only: call the gemeente.")
    NF(o, "ligplaatsvergunning", "Stale sitemap entry answers the soft-404 page.")
    P(o, "uitwegvergunning", I + "Wonen/Uitrit", "Uitrit of inrit aanleggen", route={"kind": "pdf", "path": "/Documenten/Aanvraag_uitrit.pdf"}, note="PDF.")
    VIA(o, "belastingaanslag-bezwaar", I + "Belastingen/Bezwaar_aanslag", "Bezwaar tegen de aanslag", S["bsgw"]["belastingaanslag-bezwaar"], note="BsGW.")
    VIA(o, "betalingsregeling", I + "Belastingen/Betalingsregeling", "Betalingsregeling", S["bsgw"]["betalingsregeling"], note="BsGW anonymous web form.")
    feat("soft404_stale_link", 3)
    overview_page(o, "Alle formulieren", "Alle e-formulieren van de gemeente Roermond op een rij.", [
        ("Melding openbare ruimte", f"http://{ef}/eformulieren/mor"), ("Klacht indienen", f"http://{ef}/eformulieren/klacht"),
        ("Aanvraag grofvuil", f"http://{ef}/eformulieren/grofvuil"),
        ("Subsidieaanvraag", f"http://{ef}/eformulieren/subsidie")])
    o.page("/Inwoners", "Inwoners", "<ul>" + "".join(f'<li><a href="{p}">{esc(t)}</a></li>' for p, t in o.pages if p.startswith(I)) + "</ul>", listed=False)
    o.page("/Ondernemers", "Ondernemers", "<ul>" + "".join(f'<li><a href="{p}">{esc(t)}</a></li>' for p, t in o.pages if p.startswith(B)) + "</ul>", listed=False)
    o.page("/Inwoners/Afspraak_maken", "Afspraak maken", '<p><a href="http://afspraken.roermond.test/qmatic/afspraak">Maak online een afspraak</a></p>', listed=False)
    put("__root__", "notfound/www.roermond.test.html", o_notfound(o))
    BEH["not_found_pages"].append({"host": o.host, "file": "notfound/www.roermond.test.html", "status": 200})
    feat("soft404")
    n = trap_news(o, "/Nieuws/Nieuw_afvalbeleid", "Nieuw afvalbeleid vanaf 2027", I + "Afval/Grofvuil")
    std_pages(o, news=[(n[1], n[0])], sitemap=True)
    return o


# ---------------------------------------------------------------- main
def main():
    if os.path.isdir(OUT):
        shutil.rmtree(OUT)
    idp_pages()
    S = build_shared()
    orgs = [build_agv(S), build_rijnland(S), build_aaenmaas(S), build_vechtstromen(S), build_wslimburg(S), build_scheldestromen(S),
            build_nh(S), build_plimburg(S), build_haarlem(S), build_roermond(S)]
    # completeness: one row per org x applicable product
    for o in orgs:
        want = set(applicable(o.otype))
        have = [r["product_key"] for r in LABELS if r["org_code"] == o.code]
        assert len(have) == len(set(have)), (o.code, [k for k in have if have.count(k) > 1])
        assert set(have) == want, (o.code, want - set(have), set(have) - want)
    for u, t in NEWS:
        for r in LABELS:
            if r["product_url"].rstrip("/") == u.rstrip("/"):
                r["notes"] += f" Trap: news article '{t}' mentions the product."
                feat("news_trap_rows")
    paths = {(h, p if not p.endswith("/") else p + "index.html") for h, p in FILES}
    dirs = set()
    for h, p in paths:
        parts = p.split("/")
        for i in range(1, len(parts)):
            dirs.add((h, "/".join(parts[:i])))
    coll = sorted(paths & dirs)
    for h, p in coll:  # a page that is also a folder: serve it as folder index, redirect the bare path
        FILES[(h, p + "/")] = FILES.pop((h, p))
        BEH["redirects"].append({"url": f"http://{h}{p}", "status": 301, "location": f"http://{h}{p}/"})
        feat("trailing_slash_redirect")
        for r in LABELS:
            for c in ("product_url", "route_url"):
                if r[c] == f"http://{h}{p}":
                    r[c] += "/"
    for (host, path), data in sorted(FILES.items()):
        if host == "__root__":
            fp = os.path.join(OUT, path)
        else:
            p = path
            if p.endswith("/"):
                p += "index.html"
            fp = os.path.join(OUT, "sites", host, p.lstrip("/"))
        os.makedirs(os.path.dirname(fp), exist_ok=True)
        with open(fp, "wb") as f:
            f.write(data)
    with open(os.path.join(OUT, "organisations.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["code", "name", "org_type", "website"])
        tn = {"W": "waterschap", "P": "provincie", "G": "gemeente"}
        for o in orgs:
            w.writerow([o.code, o.name, tn[o.otype], o.website])
    cols = ["org_code", "product_key", "level", "status", "product_url", "route_url", "level_strict", "via", "notes"]
    with open(os.path.join(OUT, "labels.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=cols)
        w.writeheader()
        for r in LABELS:
            w.writerow(r)
    beh = {k: v for k, v in BEH.items() if v}
    with open(os.path.join(OUT, "testweb.json"), "w", encoding="utf-8") as f:
        json.dump({"name": "web-dev11", "features": FEATURES, "behaviours": beh}, f, indent=1, ensure_ascii=False, sort_keys=True)
    print("files", len(FILES), "labels", len(LABELS))


if __name__ == "__main__":
    main()
