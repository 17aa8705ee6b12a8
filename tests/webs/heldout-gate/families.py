"""Site families: URL scheme, page layout, heading template and link style per organisation."""
from web_core import U, put, esc, slugify, under, num, relhref, note_structure

CAT = {
    "Burgerzaken": ["brp-uittreksel", "verhuismelding", "geboorteaangifte", "overlijdensaangifte",
                    "huwelijksaangifte", "paspoort", "identiteitskaart"],
    "Parkeren en verkeer": ["parkeervergunning", "gehandicaptenparkeerkaart", "gehandicaptenparkeerplaats",
                            "uitwegvergunning"],
    "Belastingen": ["hondenbelasting", "belastingkwijtschelding", "woz-bezwaar", "belastingaanslag-bezwaar",
                    "betalingsregeling", "reclamebelasting", "zuiveringsheffing", "watersysteemheffing"],
    "Werk, inkomen en zorg": ["bijstand", "bijzondere-bijstand", "wmo-voorziening", "leerlingenvervoer"],
    "Afval en buitenruimte": ["grofvuil", "afvalcontainer", "melding-openbare-ruimte"],
    "Wonen en bouwen": ["omgevingsvergunning", "kapvergunning", "bouwdossier-inzage", "ligplaatsvergunning"],
    "Bestuur en inspraak": ["bezwaar", "klacht", "woo-verzoek", "subsidie"],
    "Vergunningen voor ondernemers": ["evenementenvergunning", "exploitatievergunning-horeca", "alcoholvergunning",
                                      "terrasvergunning", "standplaatsvergunning", "marktvergunning",
                                      "geluidsontheffing", "winkeltijdenontheffing", "kansspelautomaatvergunning",
                                      "collectevergunning"],
    "Natuur en omgeving": ["beschermde-dieren-ontheffing", "natuurvergunning", "ontgrondingsvergunning",
                           "tijdelijk-luchtvaartterrein", "vuurwerk-ontbranding", "schadevergoeding-provincie"],
    "Water": ["watervergunning", "watermelding", "bedrijfsafvalwater-melding", "wegvergunning-provinciaal"],
    "Uitkeringen": ["aow-uitkering", "kinderbijslag", "vog"],
}
CAT_OF = {k: c for c, ks in CAT.items() for k in ks}
BIZ = {"evenementenvergunning", "exploitatievergunning-horeca", "alcoholvergunning", "terrasvergunning",
       "standplaatsvergunning", "marktvergunning", "geluidsontheffing", "winkeltijdenontheffing",
       "kansspelautomaatvergunning", "reclamebelasting", "bedrijfsafvalwater-melding"}


class Site:
    lang_attr = "nl"
    link_style = "abs"          # abs | base | rel | full
    base_href = None
    heads = [("Wat is het?", "wat"), ("Voorwaarden", "voorw"), ("Hoe werkt het?", "hoe"),
             ("Wat kost het?", "kosten"), ("Hoe lang duurt het?", "termijn")]
    cookie_banner = False
    sitemap = True
    search_path = None          # (path, param) when the site has a search answered by the server
    home_path = "/"
    product_host = None         # product pages on another host (PDC catalogue)

    def __init__(self, org):
        self.org = org
        self.host = org["host"]
        self.links = []         # (section, title, path, audience)
        self.pages = []         # (path, title, text) for sitemap/search
        self.news = []
        self.txts = {}

    # ---------------------------------------------------------------- texts
    def txt(self, key):
        from content import P
        from content import TITLES
        t = dict(P[key])
        if self.org["type"] == "gemeente" and key in TITLES:
            t["title"] = TITLES[key][num(self.org["code"] + key + "t") % len(TITLES[key])]
        t.update(self.txts.get(key, {}))
        o = self.org["short"]
        if self.org["type"] == "provincie":
            t = {k: (v.replace("de gemeente", "de provincie").replace("De gemeente", "De provincie")
                     .replace("van de gemeente", "van de provincie") if isinstance(v, str) else v)
                 for k, v in t.items()}
        if self.org["type"] == "waterschap":
            t = {k: (v.replace("gemeentelijke belastingen", "waterschapsbelastingen")
                     .replace("de gemeente", "het waterschap").replace("De gemeente", "Het waterschap")
                     if isinstance(v, str) else v) for k, v in t.items()}
            if key == "belastingkwijtschelding":
                t["title"] = "Kwijtschelding waterschapsbelastingen"
                t["wat"] = ("Heeft u een laag inkomen en weinig vermogen? Dan kunt u kwijtschelding aanvragen "
                            "voor de watersysteemheffing ingezetenen en de zuiveringsheffing.")
            if key == "melding-openbare-ruimte":
                t["title"] = "Melding doen"
                t["wat"] = ("Ziet u dode vissen, een kapotte stuw, wateroverlast of een verstopte duiker? "
                            "Meld het ons, dag en nacht.")
            if key == "schadevergoeding-provincie":
                t["title"] = "Schade melden"
                t["form"] = "Schadeformulier aansprakelijkstelling"
                t["wat"] = ("Heeft u schade door werkzaamheden of onderhoud van het waterschap, bijvoorbeeld aan uw "
                            "auto, uw tuin of uw land? Dan kunt u het waterschap aansprakelijk stellen.")
                t["voorw"] = "Meld de schade zo snel mogelijk en stuur foto's en een kostenopgave mee."
                t["kosten"] = "Een schademelding is gratis."
                t["termijn"] = "U krijgt binnen 6 weken een reactie."
            if key == "subsidie":
                t["wat"] = ("Wilt u regenwater afkoppelen, een groen dak aanleggen of iets doen voor schoon "
                            "water en natuur? Dan kunt u subsidie krijgen van het waterschap.")
        if self.org["type"] == "provincie" and key == "subsidie":
            t["wat"] = ("De provincie heeft subsidieregelingen voor onder andere natuur, cultuur, "
                        "energie en mobiliteit. Per regeling gelden eigen voorwaarden en termijnen.")
        if self.org["type"] in ("provincie", "waterschap") and key == "wegvergunning-provinciaal":
            pass
        return t

    # ---------------------------------------------------------------- urls and links
    def product_path(self, key, title, aud="inwoners"):
        raise NotImplementedError

    def href(self, frompath, target):
        """target: absolute path on own host, or full URL."""
        if target.startswith("http://"):
            host = target.split("/")[2]
            if host != self.host:
                return target
            target = "/" + target.split("/", 3)[3] if target.count("/") >= 3 else "/"
        if target.startswith("mailto:") or target.startswith("tel:"):
            return target
        if self.link_style == "abs":
            return target
        if self.link_style == "full":
            return U(self.host, target)
        if self.link_style == "base":
            return target.lstrip("/") or "./"
        if self.link_style == "rel":
            if "?" in target:
                p, q = target.split("?", 1)
                return relhref(frompath.split("?")[0], p) + "?" + q
            return relhref(frompath.split("?")[0], target)
        raise ValueError(self.link_style)

    def a(self, frompath, target, text, cls=None, extra=""):
        return "<a%s href='%s'%s>%s</a>" % (" class='%s'" % cls if cls else "", esc(self.href(frompath, target)),
                                           extra, text)

    # ---------------------------------------------------------------- layout
    def header(self, path):
        return ""

    def footer(self, path):
        return ""

    def cookie_html(self, path="/"):
        if not self.cookie_banner:
            return ""
        note_structure("cookie_banner_overlay")
        return ("<div id='cookieconsent' class='cookie-consent' role='dialog' aria-modal='true' aria-labelledby='cc-title'>"
                "<h2 id='cc-title'>Deze website gebruikt cookies</h2><p>Wij gebruiken functionele en analytische "
                "cookies om de website te verbeteren. Met uw toestemming plaatsen we ook cookies voor "
                "ingesloten video's en kaarten.</p><button type='button' class='cc-accept'>Alle cookies accepteren"
                "</button> <button type='button' class='cc-deny'>Alleen noodzakelijke cookies</button> "
                "<a href='%s'>Cookieverklaring</a></div>" % esc(self.href(path, self.cookie_path())))

    def cookie_path(self):
        return "/cookies"

    def layout(self, path, title, main, crumbs=None, lang="nl", head_extra=""):
        base = "<base href='%s'>" % self.base_href if self.base_href else ""
        bc = ""
        if crumbs:
            bc = "<nav class='breadcrumb' aria-label='Kruimelpad'><ol>" + "".join(
                "<li>%s</li>" % (self.a(path, p, esc(t)) if p else esc(t)) for t, p in crumbs) + "</ol></nav>"
        doc = ("<!DOCTYPE html>\n<html lang='%s'%s><head><meta charset='utf-8'>%s<title>%s | %s</title>"
               "<meta name='viewport' content='width=device-width, initial-scale=1'>%s%s</head><body%s>%s%s%s"
               "<main id='main'>%s%s</main>%s</body></html>"
               % (lang, self.html_attr(), base, esc(title), esc(self.org["name"]), self.css(path), head_extra,
                  self.body_attr(), self.cookie_html(path), self.skip(), self.header(path), bc, main, self.footer(path)))
        return doc

    def html_attr(self):
        return ""

    def body_attr(self):
        return ""

    def css(self, path="/"):
        return "<link rel='stylesheet' href='%s'>" % esc(self.href(path, "/assets/css/main.css"))

    def skip(self):
        return "<a class='skiplink' href='#main'>Direct naar de inhoud</a>"

    # ---------------------------------------------------------------- product body
    def h1(self, title):
        return "<h1>%s</h1>" % esc(title)

    def sections(self, parts, path):
        out = ""
        for head, k in self.heads:
            if parts.get(k):
                out += "<h2>%s</h2>%s" % (esc(head), parts[k])
        return out

    def product_main(self, title, parts, path, top=""):
        return self.h1(title) + top + "<div class='content'>" + self.sections(parts, path) + "</div>"

    # ---------------------------------------------------------------- overview, A-Z etc
    def nav_sections(self):
        out = {}
        for sec, title, path, aud in self.links:
            out.setdefault(aud, {}).setdefault(sec, []).append((title, path))
        return out


# =========================================================================== families
class Toptaken(Site):
    """Venlo: Drupal-like short root slugs, 'Wat is het? / Hoe werkt het? / Wat moet ik doen?'."""
    heads = [("Wat is het?", "wat"), ("Hoe werkt het?", "voorw"), ("Wat moet ik doen?", "hoe"),
             ("Wat kost het?", "kosten"), ("Hoe lang duurt het?", "termijn")]
    cookie_banner = True
    search_path = ("/zoeken", "keys")

    def product_path(self, key, title, aud="inwoners"):
        return "/" + slugify(title)

    def header(self, path):
        return ("<header class='site-header'><a class='site-logo' href='/'><img src='/themes/venlo/logo.svg' "
                "alt='Gemeente Venlo, naar de homepage'></a><nav class='main-menu'><ul>"
                "<li><a href='/inwoners'>Inwoners</a></li><li><a href='/ondernemers'>Ondernemers</a></li>"
                "<li><a href='/a-z'>Producten A-Z</a></li><li><a href='/nieuws'>Nieuws</a></li>"
                "<li><a href='/contact'>Contact</a></li><li><a href='/en'>English</a></li></ul></nav>"
                "<form class='search-block' action='/zoeken' method='get' role='search'><label for='keys'>Zoeken"
                "</label><input id='keys' name='keys' type='search'><button type='submit'>Zoek</button></form></header>")

    def footer(self, path):
        return ("<footer class='site-footer'><div class='region-footer'><h2>Contact</h2><p>Gemeente Venlo<br>"
                "Hanzeplein 1, 5912 AT Venlo<br>Telefoon: <a href='tel:14077'>14 077</a></p>"
                "<ul><li><a href='/contact'>Contact en openingstijden</a></li><li><a href='/cookies'>Cookies</a></li>"
                "<li><a href='/privacy'>Privacy</a></li><li><a href='/toegankelijkheid'>Toegankelijkheid</a></li>"
                "</ul></div></footer>")


class SimPdc(Site):
    """Rucphen: product catalogue with /product?id=NNN, 'Omschrijving / Aanvragen / Kosten'."""
    heads = [("Omschrijving", "wat"), ("Voorwaarden", "voorw"), ("Aanvragen", "hoe"), ("Kosten", "kosten"),
             ("Termijn", "termijn")]
    sitemap = False
    home_path = "/home"

    def product_path(self, key, title, aud="inwoners"):
        return "/product?id=%d" % num("rucphen" + key + title, 1000, 4999)

    def header(self, path):
        return ("<div id='header'><a href='/home' id='logo'><img src='/images/logo-rucphen.png' alt='Gemeente Rucphen'></a>"
                "<ul id='topmenu'><li><a href='/home'>Home</a></li><li><a href='/producten-en-diensten'>Producten en "
                "diensten</a></li><li><a href='/e-loket'>E-loket</a></li><li><a href='/actueel'>Actueel</a></li>"
                "<li><a href='/contact'>Contact</a></li></ul></div>")

    def footer(self, path):
        return ("<div id='footer'><p>Gemeente Rucphen | Postbus 100, 4715 ZG Rucphen | Telefoon (0165) 349 500 | "
                "<a href='/contact'>Contact</a> | <a href='/cookies'>Cookies</a> | <a href='/sitemap'>Sitemap</a></p>"
                "</div>")

    def h1(self, title):
        return "<div id='content'><h1 class='producttitel'>%s</h1>" % esc(title)

    def product_main(self, title, parts, path, top=""):
        return super().product_main(title, parts, path, top) + "</div>"


class Iprox(Site):
    """Amstelveen: /Inwoners/<Sectie>/<Titel_Met_Underscores>, <base href>, accordions."""
    link_style = "base"
    heads = [("Wat is het?", "wat"), ("Voorwaarden", "voorw"), ("Aanvragen", "hoe"), ("Kosten", "kosten"),
             ("Termijn", "termijn")]
    cookie_banner = True

    def __init__(self, org):
        super().__init__(org)
        self.base_href = U(self.host, "/")

    def product_path(self, key, title, aud="inwoners"):
        sec = under(CAT_OF.get(key, "Overig").split(",")[0].replace(" en ", "_en_"))
        root = "Ondernemers" if aud == "ondernemers" else "Inwoners"
        return "/%s/%s/%s" % (root, sec, under(title))

    def header(self, path):
        b = lambda t: esc(self.href(path, t))
        return ("<header class='iprox-header'><a href='%s' class='logo'><img src='%s' alt='Logo gemeente Amstelveen'></a>"
                "<nav><ul class='hoofdmenu'><li><a href='%s'>Inwoners</a></li><li><a href='%s'>Ondernemers</a></li>"
                "<li><a href='%s'>Producten A-Z</a></li><li><a href='%s'>Nieuws</a></li><li><a href='%s'>English</a></li>"
                "</ul></nav><a class='mijn-login' href='%s'>Inloggen Mijn Amstelveen</a></header>"
                % (b("/"), b("/publish/pages/logo.svg"), b("/Inwoners"), b("/Ondernemers"), b("/Inwoners/Producten_A-Z"),
                   b("/Nieuws"), b("/English"), esc(U("mijn.amstelveen.test", "/"))))

    def footer(self, path):
        b = lambda t: esc(self.href(path, t))
        return ("<footer><div class='footer-contact'><h2>Contact</h2><p>Laan Nieuwer-Amstel 1, 1182 JR Amstelveen<br>"
                "Telefoon 14 020</p><a href='%s'>Contactformulier</a></div><ul><li><a href='%s'>Privacy</a></li>"
                "<li><a href='%s'>Cookies</a></li><li><a href='%s'>Sitemap</a></li></ul></footer>"
                % (b("/Contact/Contactformulier"), b("/Privacy"), b("/cookies"), b("/sitemap.xml")))

    def sections(self, parts, path):
        out = "<div class='iprox-accordion'>"
        for i, (head, k) in enumerate(self.heads):
            if parts.get(k):
                hidden = "" if k in ("wat", "hoe") else " hidden"
                out += ("<div class='accordion-item'><h2 class='accordion-title'><button type='button' "
                        "aria-expanded='%s' aria-controls='acc%d'>%s</button></h2><div id='acc%d' "
                        "class='accordion-content'%s>%s</div></div>"
                        % ("false" if hidden else "true", i, esc(head), i, hidden, parts[k]))
        return out + "</div>"


class Owc(Site):
    """Buren: OpenWebConcept PDC, /onderwerp/<slug>/, WordPress."""
    heads = [("Wat is het?", "wat"), ("Wie kan het aanvragen?", "voorw"), ("Hoe vraag ik het aan?", "hoe"),
             ("Wat kost het?", "kosten"), ("Hoe lang duurt het?", "termijn")]
    search_path = ("/zoeken", "s")

    def product_path(self, key, title, aud="inwoners"):
        return "/onderwerp/%s/" % slugify(title)

    def header(self, path):
        return ("<header id='masthead' class='site-header'><a href='/' class='custom-logo-link'><img src='/wp-content/"
                "uploads/2023/01/logo-buren.svg' alt='Gemeente Buren'></a><nav id='site-navigation' "
                "class='main-navigation'><ul id='primary-menu' class='menu'><li class='menu-item'><a href='/inwoners/'>"
                "Inwoners</a></li><li class='menu-item'><a href='/ondernemers/'>Ondernemers</a></li>"
                "<li class='menu-item'><a href='/a-z/'>A-Z</a></li><li class='menu-item'><a href='/nieuws/'>Nieuws</a>"
                "</li><li class='menu-item'><a href='/contact/'>Contact</a></li></ul></nav><form role='search' "
                "method='get' class='search-form' action='/zoeken'><input type='search' class='search-field' name='s'>"
                "<input type='submit' class='search-submit' value='Zoeken'></form></header>")

    def footer(self, path):
        return ("<footer id='colophon' class='site-footer'><div class='footer-widgets'><section class='widget'><h2>"
                "Contact</h2><p>Gemeente Buren, Postbus 23, 4116 ZG Buren<br>Telefoon 0344 57 99 11</p></section>"
                "<section class='widget'><h2>Veilig inloggen</h2><a href='http://digid.test/'><img "
                "src='/wp-content/themes/owc/assets/img/digid.svg' alt='DigiD'></a></section></div>"
                "<div class='site-info'><a href='/privacy/'>Privacyverklaring</a> | <a href='/cookies/'>Cookies</a>"
                "</div></footer>")

    def h1(self, title):
        return "<article class='pdc-item'><h1 class='entry-title'>%s</h1>" % esc(title)

    def product_main(self, title, parts, path, top=""):
        return super().product_main(title, parts, path, top) + "</article>"


class PdcLoket(Site):
    """Dronten: catalogue on loket.dronten.test/producten/<Slug_Met_Underscores>, 'Product informatie'."""
    heads = [("Inleiding", "wat"), ("Voorwaarden", "voorw"), ("Aanpak", "hoe"), ("Kosten", "kosten"),
             ("Termijn", "termijn")]
    sitemap = False
    link_style = "full"
    product_host = "loket.dronten.test"

    def product_path(self, key, title, aud="inwoners"):
        return "/producten/%s" % under(title).replace("-", "_").lower()

    def header(self, path):
        return ("<header class='top'><a href='http://www.dronten.test/'><img src='http://www.dronten.test/img/logo.svg' "
                "alt='Gemeente Dronten'></a><ul class='nav'><li><a href='http://loket.dronten.test/producten/'>"
                "Producten en diensten</a></li><li><a href='http://dronten.test/nieuws'>Nieuws</a></li>"
                "<li><a href='http://www.dronten.test/contact'>Contact</a></li></ul></header>")

    def footer(self, path):
        return ("<footer><p>Gemeente Dronten - De Rede 1, 8251 EW Dronten - Telefoon 14 0321 - "
                "<a href='http://www.dronten.test/privacy'>Privacy</a></p></footer>")

    def sections(self, parts, path):
        out = "<div class='product-informatie'><h2>Product informatie</h2>"
        for head, k in self.heads:
            if parts.get(k):
                out += "<details open><summary>%s</summary><div>%s</div></details>" % (esc(head), parts[k])
        return out + "</div>"


class Nlds(Site):
    """Zeist: NL Design System (Utrecht components), /<thema>/<slug>."""
    heads = [("Wat is het?", "wat"), ("Wie kan het aanvragen?", "voorw"), ("Hoe vraag ik het aan?", "hoe"),
             ("Wat kost het?", "kosten"), ("Hoe lang duurt het?", "termijn")]
    cookie_banner = True
    search_path = ("/zoeken", "q")

    def product_path(self, key, title, aud="inwoners"):
        th = {"Burgerzaken": "burgerzaken", "Parkeren en verkeer": "parkeren", "Belastingen": "belastingen",
              "Werk, inkomen en zorg": "zorg-en-inkomen", "Afval en buitenruimte": "afval-en-buitenruimte",
              "Wonen en bouwen": "wonen-en-bouwen", "Bestuur en inspraak": "bestuur",
              "Vergunningen voor ondernemers": "ondernemen"}.get(CAT_OF.get(key), "overig")
        if aud == "ondernemers":
            th = "ondernemen"
        return "/%s/%s" % (th, slugify(title))

    def html_attr(self):
        return " class='utrecht-theme zeist-theme'"

    def body_attr(self):
        return " class='utrecht-document utrecht-page'"

    def header(self, path):
        return ("<header class='utrecht-page-header'><a class='utrecht-link' href='/'><img src='/assets/logo-zeist.svg' "
                "alt='Gemeente Zeist'></a><nav class='utrecht-navbar'><ul class='utrecht-navbar__list'>"
                "<li class='utrecht-navbar__item'><a class='utrecht-navbar__link' href='/inwoners'>Inwoners</a></li>"
                "<li class='utrecht-navbar__item'><a class='utrecht-navbar__link' href='/ondernemen'>Ondernemers</a></li>"
                "<li class='utrecht-navbar__item'><a class='utrecht-navbar__link' href='/nieuws'>Nieuws</a></li>"
                "<li class='utrecht-navbar__item'><a class='utrecht-navbar__link' href='/contact'>Contact</a></li>"
                "<li class='utrecht-navbar__item'><a class='utrecht-navbar__link' href='/english' lang='en'>English</a>"
                "</li></ul></nav><form class='utrecht-form' action='/zoeken' method='get'><input class='utrecht-textbox' "
                "name='q' aria-label='Zoeken'><button class='utrecht-button' type='submit'>Zoeken</button></form></header>")

    def footer(self, path):
        return ("<footer class='utrecht-page-footer'><h2 class='utrecht-heading-2'>Gemeente Zeist</h2><p class='utrecht-paragraph'>"
                "Het Rond 1, 3701 HS Zeist. Telefoon 14 030.</p><ul><li><a class='utrecht-link' href='/contact'>Contact</a>"
                "</li><li><a class='utrecht-link' href='/privacyverklaring'>Privacy</a></li><li><a class='utrecht-link' "
                "href='/cookies'>Cookies</a></li></ul></footer>")

    def h1(self, title):
        return "<h1 class='utrecht-heading-1'>%s</h1>" % esc(title)

    def sections(self, parts, path):
        out = ""
        for head, k in self.heads:
            if parts.get(k):
                out += "<h2 class='utrecht-heading-2'>%s</h2><div class='utrecht-rich-text'>%s</div>" % (esc(head), parts[k])
        return out


class ProductId(Site):
    """Hardenberg: /inwoner_41/product/<slug>_<id>.html with ../ relative links and a <base href>
    that repeats the page's own folder."""
    link_style = "rel"

    def layout(self, path, title, main, crumbs=None, lang="nl", head_extra=""):
        import posixpath
        d = path if path.endswith("/") else posixpath.dirname(path) + "/"
        self.base_href = U(self.host, d)
        return Site.layout(self, path, title, main, crumbs, lang, head_extra)
    heads = [("Wat is het?", "wat"), ("Wat moet ik doen?", "hoe"), ("Voorwaarden", "voorw"),
             ("Wat kost het?", "kosten"), ("Hoe lang duurt het?", "termijn")]
    sitemap = False

    def product_path(self, key, title, aud="inwoners"):
        sec = "ondernemer_42" if aud == "ondernemers" else "inwoner_41"
        return "/%s/product/%s_%d.html" % (sec, slugify(title), num("hb" + key + aud, 10, 999))

    def header(self, path):
        a = lambda t, x: self.a(path, t, x)
        return ("<div class='header'><div class='logo'>%s</div><ul class='menu'><li>%s</li><li>%s</li><li>%s</li>"
                "<li>%s</li><li>%s</li></ul><div class='mijn'><a href='http://mijn.hardenberg.test/inloggen'>"
                "Mijn Hardenberg (inloggen met DigiD)</a></div></div>"
                % (a("/index.html", "<img src='%s' alt='Gemeente Hardenberg'>" % esc(self.href(path, "/images/logo.gif"))),
                   a("/inwoner_41/index.html", "Inwoner"), a("/ondernemer_42/index.html", "Ondernemer"),
                   a("/inwoner_41/a-z.html", "Producten A-Z"), a("/inwoner_41/e-loket.html", "E-loket"),
                   a("/contact_44/index.html", "Contact")))

    def footer(self, path):
        return ("<div class='footer'>Gemeente Hardenberg | Stephensonstraat 1, 7771 CL Hardenberg | "
                "telefoon 14 0523 | %s | %s</div>" % (self.a(path, "/contact_44/index.html", "Contact"),
                                                       self.a(path, "/over-deze-site_45/index.html", "Over deze site")))


class Typo3(Site):
    """Heerenveen: /inwoners/<categorie>/<slug>, content elements."""
    heads = [("Omschrijving", "wat"), ("Voorwaarden", "voorw"), ("Aanvragen", "hoe"), ("Kosten", "kosten"),
             ("Behandeltermijn", "termijn")]
    sitemap = False

    def product_path(self, key, title, aud="inwoners"):
        cat = slugify(CAT_OF.get(key, "overig").split(" en ")[0].split(",")[0])
        root = "ondernemers" if aud == "ondernemers" else "inwoners"
        return "/%s/%s/%s" % (root, cat, slugify(title))

    def header(self, path):
        return ("<header id='page-header'><a href='/' class='brand'><img src='/fileadmin/templates/img/logo.svg' "
                "alt='Gemeente Heerenveen'></a><nav id='nav-main'><ul><li><a href='/inwoners'>Inwoners</a></li>"
                "<li><a href='/ondernemers'>Ondernemers</a></li><li><a href='/formulieren'>Alle formulieren</a></li>"
                "<li><a href='/a-z'>A-Z</a></li><li><a href='/nieuws'>Nieuws</a></li><li><a href='/contact'>Contact</a>"
                "</li></ul></nav></header>")

    def footer(self, path):
        return ("<footer id='page-footer'><div class='frame'><p>Gemeente Heerenveen, Crackstraat 2, 8441 ES Heerenveen. "
                "Bel 14 0513.</p><p class='login-logos'><img src='/fileadmin/img/digid.svg' alt='DigiD'> Veel "
                "zaken regelt u online met DigiD.</p><a href='/privacy'>Privacy</a> <a href='/cookies'>Cookies</a>"
                "</div></footer>")

    def sections(self, parts, path):
        out = ""
        for head, k in self.heads:
            if parts.get(k):
                out += ("<div class='frame frame-default frame-type-text'><header><h2>%s</h2></header>"
                        "<div class='ce-bodytext'>%s</div></div>" % (esc(head), parts[k]))
        return out


class Sitecore(Site):
    """Brabant: /onderwerpen/<thema>/<slug> and a product catalogue /loket/producten?product=NNN."""
    heads = [("Wat houdt het in?", "wat"), ("Voor wie?", "voorw"), ("Aanvragen", "hoe"),
             ("Kosten", "kosten"), ("Termijnen", "termijn")]
    home_path = "/home"

    def product_path(self, key, title, aud="inwoners"):
        return "/loket/producten?product=%d" % num("brabant" + key + aud, 1000, 9999)

    def header(self, path):
        return ("<header class='header'><a href='/home' class='logo'><img src='/-/media/brabant/logo.svg' "
                "alt='Provincie Noord-Brabant'></a><nav><a href='/onderwerpen'>Onderwerpen</a> "
                "<a href='/loket/'>Loket</a> <a href='/subsidies'>Subsidies</a> <a href='/actueel'>Actueel</a> "
                "<a href='/contact'>Contact</a></nav></header>")

    def footer(self, path):
        return ("<footer class='footer'><p>Provincie Noord-Brabant, Brabantlaan 1, 5216 TV 's-Hertogenbosch. "
                "Telefoon (073) 681 28 12.</p><a href='/privacy'>Privacy</a> <a href='/cookies'>Cookies</a></footer>")


class NldsProv(Site):
    """Drenthe: /vergunningen-en-ontheffingen/<slug>/ etc., ../ relative links."""
    heads = [("Waarvoor?", "wat"), ("Voorwaarden", "voorw"), ("Hoe vraagt u het aan?", "hoe"), ("Kosten", "kosten"),
             ("Behandeltermijn", "termijn")]
    sitemap = False
    link_style = "rel"

    def product_path(self, key, title, aud="inwoners"):
        sec = "subsidies" if key == "subsidie" else ("contact" if key in ("klacht", "bezwaar", "woo-verzoek")
                                                    else "vergunningen-en-ontheffingen")
        return "/%s/%s/" % (sec, slugify(title))

    def header(self, path):
        h = lambda p: esc(U(self.host, p))
        return ("<header class='page-header'><a href='%s'><img src='%s' alt='Provincie Drenthe'></a><nav>"
                "<a href='%s'>Onderwerpen</a> <a href='%s'>Vergunningen en ontheffingen</a> <a href='%s'>Subsidies</a>"
                " <a href='%s'>Nieuws</a> <a href='%s'>Contact</a></nav></header>"
                % (h("/"), h("/assets/logo.svg"), h("/onderwerpen/"), h("/vergunningen-en-ontheffingen/"),
                   h("/subsidies/"), h("/nieuws/"), h("/contact/")))

    def footer(self, path):
        return ("<footer class='page-footer'><p>Provincie Drenthe, Westerbrink 1, 9405 BJ Assen. Telefoon (0592) 36 55 55."
                "</p></footer>")


class WpWater(Site):
    """Aa en Maas: WordPress water board, /vergunningen-en-meldingen/<slug>/."""
    heads = [("Wat is het?", "wat"), ("Regels en voorwaarden", "voorw"), ("Aanvragen of melden", "hoe"),
             ("Kosten", "kosten"), ("Doorlooptijd", "termijn")]
    sitemap = False

    def product_path(self, key, title, aud="inwoners"):
        sec = {"Belastingen": "belastingen", "Water": "vergunningen-en-meldingen",
               "Wonen en bouwen": "vergunningen-en-meldingen"}.get(CAT_OF.get(key), "contact-en-service")
        if key == "omgevingsvergunning":
            sec = "vergunningen-en-meldingen"
        return "/%s/%s/" % (sec, slugify(title))

    def header(self, path):
        return ("<header class='site-header'><a href='/'><img src='/wp-content/themes/aaenmaas/logo.svg' alt='Waterschap "
                "Aa en Maas'></a><ul class='menu'><li><a href='/vergunningen-en-meldingen/'>Vergunningen en meldingen"
                "</a></li><li><a href='/belastingen/'>Belastingen</a></li><li><a href='/contact-en-service/'>Contact en "
                "service</a></li><li><a href='/nieuws/'>Nieuws</a></li></ul></header>")

    def footer(self, path):
        return ("<footer><p>Waterschap Aa en Maas, Pettelaarpark 70, 5216 PP 's-Hertogenbosch. Telefoon (073) 615 66 66. "
                "Calamiteiten: (073) 615 66 99 (24 uur per dag).</p></footer>")


class WpLoket(Site):
    """Hunze en Aa's: /loket/<slug>/, loket overview."""
    heads = [("Wat is het?", "wat"), ("Goed om te weten", "voorw"), ("Zo regelt u het", "hoe"),
             ("Kosten", "kosten"), ("Hoe lang duurt het?", "termijn")]
    home_path = "/home/"

    def product_path(self, key, title, aud="inwoners"):
        return "/loket/%s/" % slugify(title)

    def header(self, path):
        return ("<header><a href='/home/'><img src='/wp-content/uploads/logo-hunze-en-aas.svg' alt='Waterschap Hunze "
                "en Aa&#39;s'></a><nav><a href='/loket/'>Loket</a> <a href='/thema/'>Thema&#39;s</a> "
                "<a href='/nieuws/'>Nieuws</a> <a href='/contact/'>Contact</a></nav></header>")

    def footer(self, path):
        return ("<footer><p>Waterschap Hunze en Aa&#39;s, Stationsstraat 1, 9679 EA Scheemda. Telefoon (0598) 69 32 00."
                "</p><p><a href='/contact/contactformulier/'>Stel uw vraag via het contactformulier</a></p></footer>")


class Svb(Site):
    """SVB: /nl/<onderwerp>/<slug>, /en/..., 'Kies uw taal' splash at /."""
    heads = [("Wat is het?", "wat"), ("Voorwaarden", "voorw"), ("Zo vraagt u het aan", "hoe"), ("Kosten", "kosten"),
             ("Wanneer hoort u iets?", "termijn")]
    home_path = "/nl/"

    def product_path(self, key, title, aud="inwoners"):
        return {"aow-uitkering": "/nl/aow/aow-aanvragen", "kinderbijslag": "/nl/kinderbijslag/kinderbijslag-aanvragen"}[key]

    def header(self, path):
        en = path.startswith("/en/")
        return ("<header class='svb-header'><a href='%s'><img src='/static/img/svb-logo.svg' alt='SVB'></a><nav>"
                "<a href='/nl/aow/'>AOW</a> <a href='/nl/kinderbijslag/'>Kinderbijslag</a> <a href='/nl/anw/'>Anw</a> "
                "<a href='/nl/contact/'>Contact</a> <a href='%s'>%s</a></nav><a class='mijnsvb' "
                "href='http://mijn.svb.test/'>Mijn SVB</a></header>"
                % ("/en/" if en else "/nl/", "/nl/" if en else "/en/", "Nederlands" if en else "English"))

    def footer(self, path):
        return ("<footer><p>Sociale Verzekeringsbank. Postbus 1100, 1180 BH Amstelveen.</p><a href='/nl/privacy/'>"
                "Privacy</a></footer>")


FAMILIES = {"toptaken": Toptaken, "simpdc": SimPdc, "iprox": Iprox, "owc": Owc, "pdcloket": PdcLoket,
            "nlds": Nlds, "productid": ProductId, "typo3": Typo3, "sitecore": Sitecore, "nldsprov": NldsProv,
            "wpwater": WpWater, "wploket": WpLoket, "svb": Svb}
