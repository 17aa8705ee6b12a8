"""Seven gemeenten, each in its own CMS family."""
from web import E, h, digid_start, simple_page, SVG_DIGID, PNG_1PX
from content import P, TOPICS, slugify
from sites import Site, Org, Route
from platforms import OpenForms, GravityForms, TriplEforms, Formdesk, SimpleForms
import families
from orgs_common import (make_layout, std_footer, std_pages, news, run_plan, topic_pages, az_page, apply_news_traps,
                         pick_title, overview_page)


def _li(pairs):
    return "".join("<li><a href='%s'>%s</a></li>" % (u, E(t)) for t, u in pairs)


def _soft404(web, site, layout, status=200, text="Pagina niet gevonden"):
    host = site.base.split("/")[2]
    name = "errors/%s.html" % host
    web.extra_files[name] = layout(site, text, "<h1>%s</h1><p>Helaas, de pagina die u zoekt bestaat niet of is verplaatst. "
                                   "Ga naar de <a href='%s'>homepage</a> of zoek in het menu.</p>" % (text, site.org.home), None, "nl")
    web.beh["not_found_pages"].append({"host": host, "file": name, "status": status})


def _fix_note(web, code, pk, add):
    for row in web.labels:
        if row["org_code"] == code and row["product_key"] == pk:
            n = row["notes"].rstrip(".")
            if ". Trap:" in n:
                a, b = n.split(". Trap:", 1)
                row["notes"] = a + "; " + add + ". Trap:" + b + "."
            else:
                row["notes"] = n + "; " + add + "."


# =========================================================================== Borne (iProx, E-loket, GBTwente)
BORNE = {
    "brp-uittreksel": "digid|overview", "verhuismelding": "digid|img", "geboorteaangifte": "appt", "overlijdensaangifte": "info",
    "huwelijksaangifte": "pdf", "paspoort": "appt", "identiteitskaart": "appt", "parkeervergunning": "no",
    "gehandicaptenparkeerkaart": "pdf", "gehandicaptenparkeerplaats": "pdf", "hondenbelasting": "via|gbtwente:hondenbelasting",
    "belastingkwijtschelding": "via|gbtwente:belastingkwijtschelding", "woz-bezwaar": "via|gbtwente:woz-bezwaar",
    "bijstand": "digid|overview", "bijzondere-bijstand": "pdf|pdfmail", "wmo-voorziening": "info", "leerlingenvervoer": "form|overview",
    "grofvuil": "form|overview", "afvalcontainer": "info|mailto", "melding-openbare-ruimte": "form|overview",
    "omgevingsvergunning": "via|olo", "kapvergunning": "via|olo", "bouwdossier-inzage": "info|mailto", "bezwaar": "info",
    "klacht": "form|overview", "woo-verzoek": "docx", "subsidie": "pdf", "evenementenvergunning": "eh|img",
    "terrasvergunning": "pdf", "standplaatsvergunning": "pdf", "marktvergunning": "nf", "reclamebelasting": "nf",
    "geluidsontheffing": "form|overview", "winkeltijdenontheffing": "nf", "kansspelautomaatvergunning": "pdf",
    "collectevergunning": "info", "ligplaatsvergunning": "nf", "uitwegvergunning": "pdf|reg",
    "belastingaanslag-bezwaar": "via|gbtwente:belastingaanslag-bezwaar", "betalingsregeling": "via|gbtwente:betalingsregeling",
}
IPROX_SECT = {"burgerzaken": "Burgerzaken", "parkeren": "Verkeer_en_vervoer", "belastingen": "Belastingen",
              "werk-en-inkomen": "Werk_en_inkomen", "zorg": "Zorg_en_welzijn", "onderwijs": "Onderwijs", "afval": "Afval",
              "melden": "Melden", "bouwen": "Bouwen_en_wonen", "wonen": "Bouwen_en_wonen", "bestuur": "Bestuur",
              "subsidie": "Subsidies", "ondernemen": "Vergunningen"}


def borne(web, shared):
    org = Org("GM0147", "Gemeente Borne", "Borne", "gemeente", "www.borne.test", "http://www.borne.test/", 23990)
    H = org.home
    nav = [("Inwoners", H + "Inwoners"), ("Ondernemers", H + "Ondernemers"), ("E-loket", H + "Inwoners/E-loket"),
           ("Actueel", H + "Actueel"), ("Contact", H + "Contact")]
    footer = std_footer(org, "Rheineplein 1", "7622 AR", "<p class='footer-vraag'>Vraag? Gebruik het <a href='%sContact'>"
                        "contactformulier</a>.</p>" % H, contact=H + "Contact")
    layout = make_layout("Gemeente Borne", nav, footer=footer, body_class="iprox", crumb_home="Home",
                         head_extra="<link rel='stylesheet' href='/publish/css/borne.css'>")
    site = Site(web, shared, org, layout, families.iprox, cta_style="a", docdir="/publish/pages/formulieren/",
                cta_words={"form": "Vul het formulier in via het E-loket", "login": "{title} via het E-loket",
                           "appt": "Maak online een afspraak", "pdf": "{f} (PDF, {kb} KB)"},
                appt=("afspraken.borne.test", "qmatic"),
                sitewide_traps=["generic contact form link in the footer"])
    site.assets()
    site.platform = SimpleForms(web, org, "eloket.borne.test", path_fmt="/eloket/formulier?id={id}", login_fmt="/digid/login/{id}",
                                eh_fmt="/eherkenning/login/{id}", label="E-loket", style="img")
    site.overview_url = H + "Inwoners/E-loket"
    std_pages(site, contact_path="/Contact")
    no = {"parkeervergunning": ("/Inwoners/Verkeer_en_vervoer/Parkeren_in_het_centrum", "Parkeren in het centrum",
                                "<h1>Parkeren in het centrum</h1><p>In het centrum van Borne geldt een blauwe zone: u parkeert "
                                "maximaal 2 uur met een parkeerschijf. Betaald parkeren is er niet. Een parkeervergunning is daarom "
                                "niet nodig en kunt u bij de gemeente Borne ook niet aanvragen.</p>",
                                "not offered: 'Een parkeervergunning is ... niet nodig en kunt u bij de gemeente Borne ook niet aanvragen' "
                                "on the page 'Parkeren in het centrum'")}
    groups = [(["exploitatievergunning-horeca", "alcoholvergunning"], "/Ondernemers/Vergunningen/Horecavergunningen",
               "Horecavergunningen (exploitatie- en alcoholvergunning)", "pdf|reg")]
    aud = lambda pk: "Ondernemers" if P[pk]["topic"] == "ondernemen" else "Inwoners"
    path_fn = lambda pk, t: "/%s/%s/%s" % (aud(pk), IPROX_SECT[P[pk]["topic"]], "_".join(w.capitalize() if i == 0 else w
                                                                                         for i, w in enumerate(slugify(t).split("-"))))
    crumbs = lambda pk: [(aud(pk), H + aud(pk)), (IPROX_SECT[P[pk]["topic"]].replace("_", " "),
                                                    H + "%s/%s" % (aud(pk), IPROX_SECT[P[pk]["topic"]]))]
    titles = {"verhuismelding": "Verhuizing doorgeven", "brp-uittreksel": "Uittreksel BRP"}
    run_plan(site, BORNE, path_fn, titles, groups=groups, no=no, crumbs_fn=crumbs)
    # the extra E-loket overview page
    overview_page(site, "E-loket", "In het E-loket vindt u alle formulieren van de gemeente Borne. Voor sommige formulieren "
                  "logt u in met DigiD.")
    # section pages with ../ relative links
    secs = {}
    for pk, (u, t) in site.products.items():
        secs.setdefault((aud(pk), IPROX_SECT[P[pk]["topic"]]), []).append((t, u))
    secs.setdefault(("Inwoners", "Verkeer_en_vervoer"), []).append(("Parkeren in het centrum", site.u(no["parkeervergunning"][0])))
    by_aud = {}
    for (a, s), items in sorted(secs.items()):
        lis = "".join("<li><a href='../%s/%s'>%s</a></li>" % (s, u.rsplit("/", 1)[1], E(t)) for t, u in sorted(set(items)))
        url = site.add("/%s/%s" % (a, s), s.replace("_", " "), "<h1>%s</h1><ul>%s</ul>" % (s.replace("_", " "), lis), [(a, H + a)])
        by_aud.setdefault(a, []).append((s.replace("_", " "), url))
    for a, items in by_aud.items():
        site.add("/" + a, a, "<h1>%s</h1><ul>%s</ul>" % (a, _li(items)))
    news(site, [("Nieuwe_containers_voor_plastic", "Nieuwe containers voor plastic en drankkartons", "Vanaf april krijgt iedereen "
                 "een extra container.", None),
                ("Kermis_2024", "Kermis Borne: vergunningen aangevraagd", "De kermis komt weer naar het centrum.", None)],
         "/Actueel/Nieuws/{slug}", "/Actueel")
    site.add("/", "Home", "<h1>Gemeente Borne</h1><div class='toptaken'><h2>Direct naar</h2><ul>%s</ul></div><p><a href='%s'>"
             "Naar het E-loket</a></p>" % (_li([(site.products[k][1], site.products[k][0]) for k in
                                               ("verhuismelding", "paspoort", "afvalcontainer", "melding-openbare-ruimte")]),
                                          site.overview_url), crumbs=None)
    _soft404(web, site, layout, 200)
    site.robots("User-agent: *\nDisallow: /publish/library/\n")
    web.put("http://eloket.borne.test/", simple_page("E-loket Borne", "<h1>E-loket gemeente Borne</h1><p><a href='%s'>Alle "
                                                      "formulieren</a></p>" % site.overview_url))
    web.put(H + "publish/css/borne.css", "body{font-family:Verdana}")
    apply_news_traps(web, site)
    return org


# =========================================================================== Lansingerland (topic/slug/, iframes)
LANS = {
    "brp-uittreksel": "digid|iframe", "verhuismelding": "digid|iframe", "geboorteaangifte": "digid|iframein",
    "overlijdensaangifte": "info", "huwelijksaangifte": "digid|iframein", "paspoort": "appt", "identiteitskaart": "appt",
    "parkeervergunning": "de|iframe", "gehandicaptenparkeerkaart": "digid|iframe", "gehandicaptenparkeerplaats": "digid|iframein",
    "hondenbelasting": "digid|iframe", "belastingkwijtschelding": "digid|iframe", "woz-bezwaar": "de|p:woz",
    "bijstand": "digid|iframe", "bijzondere-bijstand": "digid|iframe", "wmo-voorziening": "info",
    "leerlingenvervoer": "digid|iframe", "grofvuil": "form|iframe", "afvalcontainer": "form|iframe",
    "melding-openbare-ruimte": "form|p:meld", "omgevingsvergunning": "via|olo", "kapvergunning": "via|olo|textonly",
    "bouwdossier-inzage": "digid|iframe", "bezwaar": "digid|iframe", "klacht": "form|iframe", "woo-verzoek": "form|iframe",
    "subsidie": "de|iframe", "evenementenvergunning": "de|iframe", "exploitatievergunning-horeca": "eh|iframe",
    "alcoholvergunning": "eh|iframe", "terrasvergunning": "eh|iframe", "standplaatsvergunning": "eh|iframe",
    "marktvergunning": "info", "reclamebelasting": "info", "geluidsontheffing": "form|iframe",
    "winkeltijdenontheffing": "info", "kansspelautomaatvergunning": "eh|iframe", "collectevergunning": "info",
    "ligplaatsvergunning": "nf", "uitwegvergunning": "de|iframe",
    "belastingaanslag-bezwaar": "de|p:woz", "betalingsregeling": "digid|iframe",
}
LANS_TOPIC = {"burgerzaken": "burgerzaken", "parkeren": "verkeer-vervoer-en-parkeren", "belastingen": "belastingen",
              "werk-en-inkomen": "werk-en-inkomen", "zorg": "zorg-en-ondersteuning", "onderwijs": "onderwijs",
              "afval": "afval", "melden": "melden", "bouwen": "wonen-en-bouwen", "wonen": "wonen-en-bouwen",
              "bestuur": "gemeente-en-bestuur", "subsidie": "subsidies", "ondernemen": "ondernemen"}


def lansingerland(web, shared):
    org = Org("GM1621", "Gemeente Lansingerland", "Lansingerland", "gemeente", "www.lansingerland.test",
              "http://lansingerland.test/", 64300)
    web.beh["host_redirects"].append({"host": "lansingerland.test", "status": 301, "to": "www.lansingerland.test"})
    H = org.home
    web.put(H + "static/css/main.css", "body{font-family:sans-serif}")
    topics = sorted(set(LANS_TOPIC.values()))
    nav = [(t.replace("-", " ").capitalize(), H + t + "/") for t in topics[:7]] + [("Nieuws", H + "nieuws/")]
    footer = std_footer(org, "Dorpsstraat 112", "2661 AL", "<p class='footer-digid'><a href='http://digid.test/'><img src='/images/logo-digid.svg' "
                        "alt='DigiD'></a> Veel zaken regelt u online met DigiD.</p>")
    layout = make_layout("Gemeente Lansingerland", nav, footer=footer, search=("/zoeken/", "zoekterm", "Waar bent u naar op zoek?"),
                         head_extra="<link rel='stylesheet' href='/static/css/main.css'>")
    site = Site(web, shared, org, layout, families.topic, cta_style="a",
                cta_words={"login": "Direct regelen met {auth}", "form": "Direct regelen", "appt": "Afspraak maken",
                           "pdf": ">> {f} downloaden (PDF)"},
                appt=("afspraken.lansingerland.test", "jcc"), sitewide_traps=["DigiD logo in the footer"])
    site.assets()
    site.platform = SimpleForms(web, org, "lansingerland.eformulieren.test", path_fmt="/Form/{Name}", login_fmt="/DigiD/Login/{id}",
                                eh_fmt="/eHerkenning/Login/{id}", label="eFormulieren")
    site.platforms["woz"] = SimpleForms(web, org, "wozportaal.lansingerland.test", path_fmt="/mc/{slug}", login_fmt="/mc/digid/{id}",
                                        eh_fmt="/mc/eherkenning/{id}", label="WOZ-portaal")
    site.platforms["meld"] = SimpleForms(web, org, "meldingen.lansingerland.test", path_fmt="/melding/nieuw", label="Meldingen", wizard=False)
    site.wrapper_fmt = "/formulieren/{slug}/"
    std_pages(site)
    path_fn = lambda pk, t: "/%s/%s/" % (LANS_TOPIC[P[pk]["topic"]], slugify(t))
    crumbs = lambda pk: [(LANS_TOPIC[P[pk]["topic"]].replace("-", " ").capitalize(), H + LANS_TOPIC[P[pk]["topic"]] + "/")]
    titles = {"evenementenvergunning": "Evenementenvergunning", "marktvergunning": "Weekmarkt",
              "standplaatsvergunning": "Standplaatsvergunning", "uitwegvergunning": "Uitweg aanleggen, verbreden of veranderen"}
    run_plan(site, LANS, path_fn, titles, crumbs_fn=crumbs)
    # a similar page that is not the product
    site.add("/ondernemen/melding-klein-evenement/", "Melding klein evenement",
             "<h1>Melding klein evenement</h1><p>Voor een klein evenement (zoals een buurtbarbecue) volstaat een melding. "
             "Doe de melding uiterlijk 2 weken van tevoren.</p><aside class='direct-regelen'><h2>Direct regelen</h2>"
             "<a class='btn' href='%s'>Direct regelen</a></aside>" % SimpleForms.form(site.platform, "evenementenvergunning",
                                                                                    "Melding klein evenement", None),
             [("Ondernemen", H + "ondernemen/")])
    by = {}
    for pk, (u, t) in site.products.items():
        by.setdefault(LANS_TOPIC[P[pk]["topic"]], []).append((t, u))
    by["ondernemen"].append(("Melding klein evenement", H + "ondernemen/melding-klein-evenement/"))
    for tk, items in by.items():
        site.add("/%s/" % tk, tk.replace("-", " ").capitalize(), "<h1>%s</h1><ul>%s</ul>" % (tk.replace("-", " ").capitalize(), _li(sorted(items))))
    news(site, [("afvalinzameling-feestdagen", "Afvalinzameling rond de feestdagen", "Door de feestdagen wordt het afval een dag later opgehaald.", None),
                ("nieuwe-bomen-berkel", "Nieuwe bomen in Berkel en Rodenrijs", "De gemeente plant 300 nieuwe bomen. Wilt u zelf een boom kappen? "
                 "Kijk dan of u een vergunning nodig heeft.", "kapvergunning")],
         "/nieuws/{slug}/", "/nieuws/")
    site.add("/", "Home", "<h1>Welkom in Lansingerland</h1><h2>Direct regelen</h2><ul>%s</ul><h2>Onderwerpen</h2><ul>%s</ul>"
             % (_li([(site.products[k][1], site.products[k][0]) for k in ("verhuismelding", "paspoort", "grofvuil", "parkeervergunning")]),
                _li([(t.replace("-", " ").capitalize(), H + t + "/") for t in sorted(by)])), crumbs=None)
    site.search("/zoeken/", "zoekterm")
    site.sitemap()
    site.robots("User-agent: *\nDisallow: /zoeken/\nSitemap: http://www.lansingerland.test/sitemap.xml\n")
    _soft404(web, site, layout, 404, "Deze pagina bestaat niet")
    apply_news_traps(web, site)
    return org


# =========================================================================== Kerkrade (language splash, cookie wall, ?id= catalogue)
KERK = {
    "brp-uittreksel": "digid", "verhuismelding": "digid", "geboorteaangifte": "appt", "overlijdensaangifte": "info",
    "huwelijksaangifte": "info", "paspoort": "appt|aux", "identiteitskaart": "appt", "parkeervergunning": "via|parking:kerkrade",
    "gehandicaptenparkeerkaart": "pdf", "gehandicaptenparkeerplaats": "pdf", "hondenbelasting": "via|bsgw:hondenbelasting",
    "belastingkwijtschelding": "via|bsgw:belastingkwijtschelding", "woz-bezwaar": "via|bsgw:woz-bezwaar", "bijstand": "digid",
    "bijzondere-bijstand": "digid", "wmo-voorziening": "form", "leerlingenvervoer": "pdf", "grofvuil": "via|rd4:grofvuil",
    "afvalcontainer": "via|rd4:afvalcontainer", "melding-openbare-ruimte": "form", "omgevingsvergunning": "via|olo",
    "kapvergunning": "via|olo", "bouwdossier-inzage": "form", "bezwaar": "info|contact", "klacht": "form|contact",
    "woo-verzoek": "info|mailto", "subsidie": "pdf", "evenementenvergunning": "eh", "terrasvergunning": "pdf",
    "standplaatsvergunning": "pdf", "marktvergunning": "pdf", "reclamebelasting": "info", "geluidsontheffing": "pdf",
    "winkeltijdenontheffing": "nf", "kansspelautomaatvergunning": "pdf", "collectevergunning": "pdf", "ligplaatsvergunning": "nf",
    "uitwegvergunning": "pdf", "belastingaanslag-bezwaar": "via|bsgw:belastingaanslag-bezwaar", "betalingsregeling": "via|bsgw:betalingsregeling",
}


def kerkrade(web, shared):
    org = Org("GM0928", "Gemeente Kerkrade", "Kerkrade", "gemeente", "www.kerkrade.test", "http://www.kerkrade.test/", 45430)
    H = org.home
    nav = [("Home", "home"), ("Producten en diensten", "producten"), ("Nieuws", "nieuws"), ("Contact", "contact")]
    layout = make_layout("Gemeente Kerkrade", nav, footer=std_footer(org, "Markt 1", "6461 EC", contact=H + "nl/contact"),
                         head_extra="<base href='http://www.kerkrade.test/nl/'>",
                         header_extra="<a class='mijn' href='http://mijn.kerkrade.test/'>MijnKerkrade</a>",
                         lang_switch="<ul class='lang'><li><a href='/nl/home'>NL</a></li><li><a href='/de/'>DE</a></li>"
                                     "<li><a href='/en/'>EN</a></li></ul>")
    site = Site(web, shared, org, layout, families.catalog, cta_style="a", docdir="/nl/documenten/",
                cta_words={"login": "Digitaal aanvragen", "form": "Digitaal aanvragen", "appt": "Afspraak maken",
                           "pdf": "Download: {f} (pdf)"},
                appt=("kerkrade.afspraakmaken.test", "qmatic"),
                sitewide_traps=["site-wide 'MijnKerkrade' login in the header"])
    site.assets()
    site.platform = TriplEforms(web, org, "eformulieren.kerkrade.test", "evKerkrade")
    web.redirect("http://mijn.kerkrade.test/", digid_start("mijn.kerkrade", "mijn"))
    web.put("http://mijn.kerkrade.test/help", simple_page("MijnKerkrade - help", "<h1>Hulp bij inloggen</h1><p>U logt in met DigiD.</p>"))
    std_pages(site, contact_path="/nl/contact")
    ids = {}

    def path_fn(pk, t):
        return "/nl/product?id=%d" % site.uid(pk, 100, 900)
    groups = [(["exploitatievergunning-horeca", "alcoholvergunning"], "/nl/product?id=950", "Horeca: exploitatie- en alcoholvergunning", "eh")]
    run_plan(site, KERK, path_fn, {"paspoort": "Paspoort", "verhuismelding": "Verhuizen"}, groups=groups,
             crumbs_fn=lambda pk: [("Producten en diensten", "producten")])
    az_page(site, "/nl/producten")
    # catalogue root without query: the same list (query ignored when no file matches)
    web.put(H + "nl/product", web.files[("www.kerkrade.test", "/nl/producten")])
    news(site, [("rd4-grofvuil", "Rd4 past ophaalrooster grofvuil aan", "Grofvuil aanmelden gaat voortaan via Mijn Rd4.", "grofvuil"),
                ("carnaval", "Carnaval 2024: maatregelen in het centrum", "Tijdens carnaval zijn er verkeersmaatregelen.", None)],
         "/nl/nieuws/{slug}", "/nl/nieuws")
    site.add("/nl/home", "Home", "<h1>Welkom bij de gemeente Kerkrade</h1><ul>%s</ul><p><a href='producten'>Alle producten en "
             "diensten</a></p>" % _li([(site.products[k][1], site.products[k][0]) for k in ("verhuismelding", "paspoort", "parkeervergunning")]),
             crumbs=None)
    # cookie wall before the content, reached from the language splash
    web.redirect(H + "nl/", H + "nl/cookies?returnUrl=%2Fnl%2Fhome", 302)
    web.put(H + "nl/cookies", simple_page("Cookies - Gemeente Kerkrade",
            "<div class='cookiewall'><h1>Wij gebruiken cookies</h1><p>Gemeente Kerkrade gebruikt cookies om de website goed te laten "
            "werken en het gebruik te meten. Kies of u alle cookies accepteert.</p><form method='get' action='/nl/home'>"
            "<input type='hidden' name='consent' value='all'><button type='submit'>Alle cookies accepteren</button></form>"
            "<form method='get' action='/nl/home'><input type='hidden' name='consent' value='necessary'><button type='submit'>"
            "Alleen noodzakelijke cookies</button></form></div>"))
    web.put(H, simple_page("Gemeente Kerkrade - Kies uw taal",
            "<div class='language-splash'><img src='/images/logo-kerkrade.png' alt='Gemeente Kerkrade'><h1>Kies uw taal</h1>"
            "<p>Wählen Sie Ihre Sprache / Choose your language</p><ul><li><a href='/nl/'>Nederlands</a></li>"
            "<li><a href='/de/'>Deutsch</a></li><li><a href='/en/'>English</a></li></ul></div>"))
    web.put(H + "images/logo-kerkrade.png", PNG_1PX)
    pas = site.products["paspoort"][0]
    web.put(H + "en/", simple_page("Kerkrade - English", "<h1>Municipality of Kerkrade</h1><ul><li><a href='/en/passport'>"
                                   "Passport and identity card</a></li><li><a href='/nl/home'>Nederlands</a></li></ul>", "en"))
    web.put(H + "en/passport", simple_page("Passport - Kerkrade", "<h1>Applying for a passport</h1><p>Dutch nationals apply for "
            "a passport in person at the town hall (Markt 1). Book an appointment online first.</p><p><a href="
            "'http://kerkrade.afspraakmaken.test/qmaticwebbooking/'>Book an appointment</a></p><p><a href='%s'>Nederlands</a></p>" % pas, "en"))
    web.put(H + "de/", simple_page("Kerkrade - Deutsch", "<h1>Gemeinde Kerkrade</h1><p>Informationen für Grenzgänger.</p><ul>"
            "<li><a href='/de/reisepass'>Reisepass beantragen</a></li><li><a href='/nl/home'>Nederlands</a></li></ul>", "de"))
    web.put(H + "de/reisepass", simple_page("Reisepass - Kerkrade", "<h1>Reisepass</h1><p>Einen niederländischen Reisepass "
            "beantragen Sie persönlich im Rathaus. Vereinbaren Sie vorher einen Termin.</p><p><a href='%s'>Nederlands</a></p>" % pas, "de"))
    _fix_note(web, org.code, "paspoort", "English and German pages beside the Dutch one (/en/passport, /de/reisepass)")
    _soft404(web, site, layout, 200, "Pagina niet gevonden")
    site.robots("User-agent: *\nDisallow: /nl/zoeken\n")
    apply_news_traps(web, site)
    return org


# =========================================================================== Zutphen (GO/Drupal, button CTAs)
ZUT = {
    "brp-uittreksel": "digid", "verhuismelding": "digid|prefill", "geboorteaangifte": "digid", "overlijdensaangifte": "info",
    "huwelijksaangifte": "digid", "parkeervergunning": "de|p:park", "gehandicaptenparkeerkaart": "digid",
    "gehandicaptenparkeerplaats": "pdf", "hondenbelasting": "digid|reg", "belastingkwijtschelding": "digid", "woz-bezwaar": "de",
    "bijstand": "digid", "bijzondere-bijstand": "digid", "wmo-voorziening": "info", "leerlingenvervoer": "digid",
    "grofvuil": "via|circulus:grofvuil", "afvalcontainer": "via|circulus:afvalcontainer", "melding-openbare-ruimte": "form",
    "omgevingsvergunning": "via|olo", "kapvergunning": "via|olo", "bouwdossier-inzage": "form", "bezwaar": "digid|anon",
    "klacht": "form", "woo-verzoek": "form", "subsidie": "de", "evenementenvergunning": "de", "exploitatievergunning-horeca": "eh",
    "alcoholvergunning": "eh", "terrasvergunning": "eh", "standplaatsvergunning": "form", "marktvergunning": "info",
    "reclamebelasting": "info", "geluidsontheffing": "info", "winkeltijdenontheffing": "info", "kansspelautomaatvergunning": "pdf",
    "collectevergunning": "info", "ligplaatsvergunning": "pdf", "uitwegvergunning": "digid",
    "belastingaanslag-bezwaar": "de", "betalingsregeling": "pdf",
}


def zutphen(web, shared):
    org = Org("GM0301", "Gemeente Zutphen", "Zutphen", "gemeente", "www.zutphen.test", "http://www.zutphen.test/", 48640)
    web.beh["host_redirects"].append({"host": "zutphen.test", "status": 301, "to": "www.zutphen.test"})
    H = org.home
    web.put(H + "themes/custom/go/css/style.css", "body{font-family:'Fira Sans',sans-serif}")
    nav = [("Producten A-Z", H + "producten-a-z"), ("Nieuws", H + "nieuws"), ("Contact", H + "contact")]
    footer = std_footer(org, "'s-Gravenhof 2", "7201 DN", "<div class='digid-footer'><img src='/images/logo-digid.svg' alt='DigiD'> "
                        "<a href='http://digid.test/over-digid'>Wat is DigiD?</a></div>")
    layout = make_layout("Gemeente Zutphen", nav, footer=footer, body_class="path-node page-node-type-product",
                         head_extra="<link rel='stylesheet' href='/themes/custom/go/css/style.css'>")
    site = Site(web, shared, org, layout, families.go_drupal, cta_style="button",
                cta_words={"login": "Regel het direct online", "form": "Regel het direct online", "appt": "Maak een afspraak"},
                appt=("afspraken.zutphen.test", "qmatic"), sitewide_traps=["DigiD logo in the footer"])
    site.assets()
    site.platform = SimpleForms(web, org, "eformulieren.zutphen.test", path_fmt="/formulier/{slug}", label="eFormulieren",
                                style="button")
    site.platforms["park"] = SimpleForms(web, org, "parkeren.zutphen.test", path_fmt="/vergunning/{slug}",
                                         label="Digitaal parkeerloket", style="button")
    std_pages(site)
    groups = [(["paspoort", "identiteitskaart"], "/paspoort-en-identiteitskaart", "Paspoort en identiteitskaart", "appt")]
    path_fn = lambda pk, t: "/" + slugify(t)
    run_plan(site, ZUT, path_fn, {"verhuismelding": "Verhuizen", "evenementenvergunning": "Evenement organiseren"}, groups=groups)
    az = az_page(site, "/producten-a-z")
    news(site, [("circulus-grofvuil", "Grofvuil aanmelden kan ook via de app", "Circulus heeft een nieuwe app.", None),
                ("hanzefeesten", "Hanzefeesten: evenementenvergunning verleend", "De organisatie heeft de vergunning gekregen.", "evenementenvergunning")],
         "/nieuws/{slug}", "/nieuws")
    site.add("/", "Home", "<h1>Gemeente Zutphen</h1><h2>Veel gezocht</h2><ul>%s</ul><p><a href='%s'>Alle producten van A tot Z</a></p>"
             % (_li([(site.products[k][1], site.products[k][0]) for k in ("verhuismelding", "paspoort", "parkeervergunning", "grofvuil")]), az),
             crumbs=None)
    site.sitemap()
    site.robots("User-agent: *\nDisallow: /user/\nDisallow: /search/\nSitemap: http://www.zutphen.test/sitemap.xml\n")
    _soft404(web, site, layout, 404, "Pagina niet gevonden")
    apply_news_traps(web, site)
    return org


# =========================================================================== Goirle (OpenWebConcept, GET-form CTAs, non-www)
GOI = {
    "brp-uittreksel": "digid", "verhuismelding": "digid", "geboorteaangifte": "appt", "overlijdensaangifte": "info",
    "huwelijksaangifte": "digid", "parkeervergunning": "pdf", "gehandicaptenparkeerkaart": "digid",
    "gehandicaptenparkeerplaats": "pdf", "hondenbelasting": "no", "belastingkwijtschelding": "pdf", "woz-bezwaar": "digid",
    "bijstand": "via|werkplein:bijstand", "bijzondere-bijstand": "via|werkplein:bijzondere-bijstand", "wmo-voorziening": "form",
    "leerlingenvervoer": "digid", "grofvuil": "form", "afvalcontainer": "digid", "melding-openbare-ruimte": "form",
    "omgevingsvergunning": "via|olo", "kapvergunning": "via|olo", "bouwdossier-inzage": "form", "bezwaar": "info", "klacht": "form",
    "woo-verzoek": "form", "subsidie": "de", "evenementenvergunning": "eh", "exploitatievergunning-horeca": "pdf",
    "alcoholvergunning": "pdf", "terrasvergunning": "eh", "standplaatsvergunning": "info", "marktvergunning": "info",
    "reclamebelasting": "nf", "geluidsontheffing": "pdf", "winkeltijdenontheffing": "nf", "kansspelautomaatvergunning": "pdf",
    "collectevergunning": "form", "ligplaatsvergunning": "nf", "uitwegvergunning": "digid",
    "belastingaanslag-bezwaar": "digid", "betalingsregeling": "info",
}


def goirle(web, shared):
    org = Org("GM0785", "Gemeente Goirle", "Goirle", "gemeente", "goirle.test", "http://www.goirle.test/", 24130)
    web.beh["host_redirects"].append({"host": "www.goirle.test", "status": 301, "to": "goirle.test"})
    H = org.home
    web.put(H + "wp-content/themes/owc-theme/style.css", "body{font-family:sans-serif}")
    nav = [("Inwoners", H + "inwoners/"), ("Ondernemers", H + "ondernemers/"), ("Nieuws", H + "nieuws/"), ("Contact", H + "contact")]
    aside = "<aside class='sidebar-contact'><h2>Vraag?</h2><p>Stel uw vraag via het <a href='%scontact'>contactformulier</a>.</p></aside>" % H
    layout = make_layout("Gemeente Goirle", nav, footer=std_footer(org, "Oranjeplein 1", "5051 LT"),
                         head_extra="<link rel='stylesheet' href='/wp-content/themes/owc-theme/style.css'>",
                         body_class="wp-theme-owc", wrap="main")
    base_layout = layout
    layout = lambda s, t, m, c, l: base_layout(s, t, m + aside, c, l)
    site = Site(web, shared, org, layout, families.owc, cta_style="getform",
                cta_words={"login": "Aanvragen met {auth}", "form": "Online aanvragen", "appt": "Afspraak maken"},
                appt=("afspraken.goirle.test", "jcc"), sitewide_traps=["generic contact form link in the sidebar"])
    site.assets()
    site.platform = GravityForms(web, org, "mijn.goirle.test")
    std_pages(site)
    no = {"hondenbelasting": ("/onderwerp/gemeentelijke-belastingen", "Gemeentelijke belastingen",
                              "<h1>Gemeentelijke belastingen</h1><p>De gemeente Goirle heft onroerendezaakbelasting (OZB), "
                              "afvalstoffenheffing en rioolheffing. U krijgt hiervoor één aanslag.</p><h2>Hondenbelasting</h2>"
                              "<p>Goirle heft sinds 1 januari 2017 geen hondenbelasting meer. U hoeft uw hond dus niet aan of af "
                              "te melden.</p>",
                              "not offered: 'Goirle heft sinds 1 januari 2017 geen hondenbelasting meer' inside the page "
                              "'Gemeentelijke belastingen'")}
    groups = [(["paspoort", "identiteitskaart"], "/onderwerp/paspoort-of-id-kaart-aanvragen", "Paspoort of ID-kaart aanvragen", "appt")]
    titles = {"parkeervergunning": "Parkeren: vergunning aanvragen", "subsidie": "Subsidie aanvragen"}
    run_plan(site, GOI, lambda pk, t: "/onderwerp/" + slugify(t), titles, groups=groups, no=no)
    _fix_note(web, org.code, "parkeervergunning", "residents' exemption for the blue zone (blauwe zone) counted as the parking permit")
    inw = [(t, u) for pk, (u, t) in site.products.items() if P[pk]["topic"] != "ondernemen"] + [("Gemeentelijke belastingen", site.u(no["hondenbelasting"][0]))]
    ond = [(t, u) for pk, (u, t) in site.products.items() if P[pk]["topic"] == "ondernemen"]
    site.add("/inwoners/", "Inwoners", "<h1>Inwoners</h1><ul>%s</ul>" % _li(sorted(set(inw))))
    site.add("/ondernemers/", "Ondernemers", "<h1>Ondernemers</h1><ul>%s</ul>" % _li(sorted(set(ond))))
    news(site, [("afkoppelen-regenwater", "Subsidie voor afkoppelen regenwater", "Inwoners kunnen subsidie krijgen voor het "
                 "afkoppelen van regenwater.", "subsidie"),
                ("nieuwe-speeltuin", "Nieuwe speeltuin in Riel", "In Riel is een nieuwe speeltuin geopend.", None)],
         "/nieuws/{slug}/", "/nieuws/")
    site.add("/", "Home", "<h1>Gemeente Goirle</h1><ul>%s</ul><p><a href='%sinwoners/'>Alle onderwerpen</a></p>"
             % (_li([(site.products[k][1], site.products[k][0]) for k in ("verhuismelding", "paspoort", "grofvuil")]), H), crumbs=None)
    site.sitemap("/wp-sitemap.xml")
    site.robots("User-agent: *\nDisallow: /wp-admin/\nAllow: /wp-admin/admin-ajax.php\nSitemap: http://goirle.test/wp-sitemap.xml\n")
    _soft404(web, site, layout, 404, "Oeps! Deze pagina kon niet worden gevonden")
    web.put("http://mijn.goirle.test/", simple_page("Mijn Goirle", "<h1>Formulieren gemeente Goirle</h1><p><a href='%s'>Naar "
                                                     "goirle.test</a></p>" % H))
    apply_news_traps(web, site)
    return org


# =========================================================================== Houten (product_id catalogue, Open Forms, BghU)
HOU = {
    "brp-uittreksel": "digid", "verhuismelding": "digid|prefill", "geboorteaangifte": "digid", "overlijdensaangifte": "info",
    "huwelijksaangifte": "digid", "paspoort": "appt|aux", "identiteitskaart": "appt", "parkeervergunning": "no",
    "gehandicaptenparkeerkaart": "digid", "gehandicaptenparkeerplaats": "digid", "hondenbelasting": "no",
    "belastingkwijtschelding": "via|bghu:belastingkwijtschelding", "woz-bezwaar": "via|bghu:woz-bezwaar", "bijstand": "digid",
    "bijzondere-bijstand": "digid", "wmo-voorziening": "info", "leerlingenvervoer": "digid", "grofvuil": "digid",
    "afvalcontainer": "form", "melding-openbare-ruimte": "form", "omgevingsvergunning": "via|olo", "kapvergunning": "via|olo",
    "bouwdossier-inzage": "form", "bezwaar": "digid", "klacht": "form", "woo-verzoek": "form", "subsidie": "de",
    "evenementenvergunning": "de", "exploitatievergunning-horeca": "eh", "alcoholvergunning": "eh", "terrasvergunning": "eh",
    "standplaatsvergunning": "eh", "marktvergunning": "pdf", "reclamebelasting": "nf", "geluidsontheffing": "eh",
    "winkeltijdenontheffing": "nf", "kansspelautomaatvergunning": "eh", "collectevergunning": "form", "ligplaatsvergunning": "info",
    "uitwegvergunning": "digid", "belastingaanslag-bezwaar": "via|bghu:belastingaanslag-bezwaar", "betalingsregeling": "via|bghu:betalingsregeling",
}


def houten(web, shared):
    org = Org("GM0321", "Gemeente Houten", "Houten", "gemeente", "www.houten.test", "http://www.houten.test/", 50800)
    web.beh["host_redirects"].append({"host": "houten.test", "status": 301, "to": "www.houten.test"})
    H = org.home
    nav = [("Inwoners", H + "inwoners_41/"), ("Ondernemers", H + "ondernemers_43/"), ("Actueel", H + "actueel_45/"),
           ("Contact", H + "contact")]
    footer = std_footer(org, "Onderdoor 25", "3995 DW", "<p><img src='/images/logo-digid.svg' alt='Logo DigiD'> "
                        "<a href='http://digid.test/'>Inloggen met DigiD</a> &ndash; meer over DigiD</p>")
    layout = make_layout("Gemeente Houten", nav, footer=footer, search=("/zoeken", "trefwoord", "Zoeken"),
                         header_extra="<a class='mijnhouten' href='http://mijn.houten.test/'>Mijn Houten</a>")
    site = Site(web, shared, org, layout, families.productid, cta_style="a",
                cta_words={"login": "Ga naar het formulier (DigiD)", "form": "Ga naar het formulier", "appt": "Maak een afspraak"},
                appt=("afspraken.houten.test", "jcc"),
                sitewide_traps=["DigiD logo and link in the footer", "site-wide 'Mijn Houten' login in the header"])
    site.assets()
    site.platform = OpenForms(web, org, "formulieren.houten.test", theme="houten")
    web.redirect("http://mijn.houten.test/", digid_start("mijn.houten", "mijn"))
    web.put("http://mijn.houten.test/help", simple_page("Mijn Houten - help", "<h1>Hulp bij inloggen</h1><p>U logt in met DigiD.</p>"))
    std_pages(site)
    ids = {}

    def path_fn(pk, t):
        sec = "ondernemers_43" if P[pk]["topic"] == "ondernemen" else "inwoners_41"
        return "/%s/product/%s_%d.html" % (sec, slugify(t), site.uid(pk, 100, 900))
    no = {"parkeervergunning": ("/inwoners_41/product/parkeren_512.html", "Parkeren in Houten",
                                "<h1>Parkeren in Houten</h1><p>In Houten is parkeren overal gratis. In het centrum geldt een "
                                "blauwe zone. Er zijn geen vergunninggebieden; u kunt daarom geen parkeervergunning aanvragen.</p>",
                                "not offered: 'Er zijn geen vergunninggebieden; u kunt daarom geen parkeervergunning aanvragen' on 'Parkeren in Houten'"),
          "hondenbelasting": ("/inwoners_41/product/honden_298.html", "Honden",
                              "<h1>Honden</h1><p>In Houten geldt een opruimplicht en in veel parken een aanlijnplicht. Bekijk de "
                              "kaart met losloopgebieden.</p><p>De gemeente Houten heft geen hondenbelasting.</p>",
                              "not offered: 'De gemeente Houten heft geen hondenbelasting' on the page 'Honden'")}
    run_plan(site, HOU, path_fn, {"subsidie": "Subsidie aanvragen", "verhuismelding": "Verhuizing doorgeven"}, no=no)
    # citizens' and businesses' page of the same name: Subsidie aanvragen
    r = site.route("subsidie", "de", "Subsidie aanvragen")
    burl = site.add("/ondernemers_43/product/subsidie-aanvragen_744.html", "Subsidie aanvragen",
                    families.productid(site, "subsidie", "Subsidie aanvragen", r), [("Ondernemers", H + "ondernemers_43/")])
    _fix_note(web, org.code, "subsidie", "citizens' page; a businesses' page of the same name (%s) has the same route" % burl)
    inw = [(t, u) for pk, (u, t) in site.products.items() if "/inwoners_41/" in u] + [(v[1], site.u(v[0])) for v in no.values()]
    ond = [(t, u) for pk, (u, t) in site.products.items() if "/ondernemers_43/" in u] + [("Subsidie aanvragen", burl)]
    site.add("/inwoners_41/", "Inwoners", "<h1>Inwoners</h1><ul>%s</ul>" % _li(sorted(set(inw))))
    site.add("/ondernemers_43/", "Ondernemers", "<h1>Ondernemers</h1><ul>%s</ul>" % _li(sorted(set(ond))))
    news(site, [("nieuwsbericht_1234", "Houten wint prijs voor fietsvriendelijkste gemeente", "Houten is opnieuw uitgeroepen "
                 "tot fietsstad.", None),
                ("nieuwsbericht_1250", "Nieuwe tarieven gemeentelijke belastingen 2024", "De aanslagen worden eind februari "
                 "verstuurd door de BghU. Kwijtschelding aanvragen kan ook bij de BghU.", "belastingkwijtschelding")],
         "/actueel_45/nieuws/{slug}.html", "/actueel_45/")
    home_html = ("<h1>Gemeente Houten</h1><ul>%s</ul>" % _li([(site.products[k][1], site.products[k][0]) for k in
                                                            ("verhuismelding", "paspoort", "grofvuil", "subsidie")]) +
                 "<p><a href='%sinwoners_41/'>Inwoners</a> | <a href='%sondernemers_43/'>Ondernemers</a></p>" % (H, H))
    site.add("/home", "Home", home_html, crumbs=None)
    # cookie interstitial on the homepage
    web.redirect(H, H + "cookieconsent?redirect=%2Fhome", 302)
    web.redirect(H + "cookieconsent/accepteren", H + "home", 302)
    web.put(H + "cookieconsent", simple_page("Cookie-instellingen | Gemeente Houten",
            "<div class='consent'><h1>Cookie-instellingen</h1><p>Deze website gebruikt cookies. Sommige cookies zijn nodig om de "
            "website te laten werken. Met uw toestemming plaatsen we ook analytische cookies.</p><form method='post' "
            "action='/cookieconsent/accepteren'><button type='submit' name='keuze' value='alle'>Alle cookies toestaan</button>"
            "</form><p><a href='/home'>Doorgaan met alleen noodzakelijke cookies</a></p></div>"))
    site.search("/zoeken", "trefwoord")
    site.robots("User-agent: *\nDisallow: /zoeken\n")
    _soft404(web, site, layout, 404, "Pagina niet gevonden (404)")
    apply_news_traps(web, site)
    return org


# =========================================================================== Pekela (loket PDC, base href, Formdesk, soft 404)
PEK = {
    "brp-uittreksel": "info|mo", "verhuismelding": "digid|p:fdd", "geboorteaangifte": "info", "overlijdensaangifte": "info",
    "huwelijksaangifte": "info", "parkeervergunning": "nf", "gehandicaptenparkeerkaart": "pdf", "gehandicaptenparkeerplaats": "pdf",
    "hondenbelasting": "form|overview", "belastingkwijtschelding": "pdf", "woz-bezwaar": "form|overview",
    "bijstand": "via|werknl:bijstand", "bijzondere-bijstand": "pdf", "wmo-voorziening": "info", "leerlingenvervoer": "pdf",
    "grofvuil": "info", "afvalcontainer": "info", "melding-openbare-ruimte": "form|overview", "omgevingsvergunning": "via|olo",
    "kapvergunning": "pdf", "bouwdossier-inzage": "info|mailto", "bezwaar": "info", "klacht": "form|overview",
    "woo-verzoek": "info|mailto", "subsidie": "pdf", "evenementenvergunning": "docx", "exploitatievergunning-horeca": "pdf",
    "alcoholvergunning": "pdf", "terrasvergunning": "nf", "standplaatsvergunning": "pdf", "marktvergunning": "nf",
    "reclamebelasting": "nf", "geluidsontheffing": "nf", "winkeltijdenontheffing": "nf", "kansspelautomaatvergunning": "pdf|tarief",
    "collectevergunning": "info", "ligplaatsvergunning": "pdf", "uitwegvergunning": "pdf",
    "belastingaanslag-bezwaar": "info", "betalingsregeling": "nf",
}


def pekela(web, shared):
    org = Org("GM0765", "Gemeente Pekela", "Pekela", "gemeente", "www.pekela.test", "http://www.pekela.test/", 12190)
    H = org.home
    L = "http://loket.pekela.test/"
    footer = ("<p>Gemeente Pekela, Raadhuisplein 1, 9663 AM Nieuwe Pekela. Telefoon %s. E-mail: "
              "<a href='mailto:gemeente@pekela.test'>gemeente@pekela.test</a></p>" % org.tel)
    nav = [("Home", "index.php"), ("Producten A-Z", "producten/"), ("Digitaal loket", "digitaal-loket"),
           ("Terug naar pekela.test", H)]
    loket_layout = make_layout("Digitaal Loket Pekela", nav, footer=footer, head_extra="<base href='%s'>" % L,
                               crumb_home="Loket")
    main_layout = make_layout("Gemeente Pekela", [("Home", H), ("Digitaal loket", L), ("Nieuws", H + "nieuws/"),
                                                  ("Contact", H + "contact")], footer=footer)
    site = Site(web, shared, org, loket_layout, families.pdc_loket, cta_style="a", docdir="/media/formulieren/",
                cta_words={"form": "Naar het formulier", "login": "Naar het formulier", "appt": "Afspraak maken",
                           "pdf": "Aanvraagformulier pdf"},
                appt=("afspraak.pekela.test", "jcc"), sitewide_traps=["mailto link in the footer"])
    site.base = "http://loket.pekela.test"   # product pages live on the loket host
    site.org_home_host = "loket.pekela.test"
    site.assets()
    site.platform = Formdesk(web, org, "fd8.formdesk.test", "gemeentepekela")
    site.platforms["fdd"] = SimpleForms(web, org, "fd8.formdesk.test", path_fmt="/gemeentepekela/verhuizing-doorgeven-digid",
                                        login_fmt="/gemeentepekela/verhuizing/digid", label="Formdesk", style="img")
    site.overview_url = L + "digitaal-loket"
    # contact page and news on the main site
    main = Site(web, shared, org, main_layout, families.pdc_loket)
    std_pages(main)
    site.contact_url = main.contact_url
    groups = [(["paspoort", "identiteitskaart"], "/producten/Paspoort_en_identiteitskaart", "Paspoort en identiteitskaart", "appt|aux")]
    path_fn = lambda pk, t: "/producten/" + "_".join(w.capitalize() if i == 0 else w for i, w in enumerate(slugify(t).split("-")))
    run_plan(site, PEK, path_fn, {"brp-uittreksel": "Uittreksel BRP", "verhuismelding": "Verhuizing doorgeven"}, groups=groups)
    overview_page(site, "Digitaal loket", "Hier vindt u de formulieren die u online kunt invullen en versturen.")
    # A-Z with relative links (resolved against <base href>)
    items = sorted(set((t, u) for u, t in site.products.values()), key=lambda x: x[0].lower())
    site.add("/producten/", "Producten A-Z", "<h1>Producten A-Z</h1><ul>%s</ul>" % "".join(
        "<li><a href='%s'>%s</a></li>" % (u.replace(L, ""), E(t)) for t, u in items))
    site.add("/index.php", "Digitaal Loket", "<h1>Digitaal Loket gemeente Pekela</h1><p>Zoek een product in de "
             "<a href='producten/'>lijst van A tot Z</a> of ga naar het <a href='digitaal-loket'>overzicht van formulieren</a>.</p>",
             crumbs=None)
    web.redirect(L, L + "index.php", 302)
    news(main, [("terrassen-zomer", "Terrassen mogen deze zomer langer open", "Horecaondernemers mogen hun terras tot 01.00 uur "
                 "openhouden.", None),
                ("raad-begroting", "Raad stelt begroting 2024 vast", "De gemeenteraad heeft de begroting vastgesteld.", None)],
         "/nieuws/{slug}", "/nieuws/")
    main.add("/", "Home", "<h1>Welkom bij de gemeente Pekela</h1><p>Producten en diensten vindt u in het <a href='%s'>Digitaal "
             "loket</a>.</p><ul><li><a href='%s'>Paspoort en identiteitskaart</a></li><li><a href='%snieuws/'>Nieuws</a></li></ul>"
             % (L, site.products["paspoort"][0], H), crumbs=None)
    site.not_found  # noqa
    for row in web.labels:
        if row["org_code"] == org.code and row["product_key"] == "terrasvergunning":
            row["notes"] = "no page for this product on the site. Trap: news article mentions terraces (%snieuws/terrassen-zomer); mailto link in the footer." % H
    _soft404(web, site, loket_layout, 200, "Pagina niet gevonden")
    _soft404(web, main, main_layout, 200, "Pagina niet gevonden")
    main.robots("User-agent: *\nDisallow:\n")
    site.robots("User-agent: *\nDisallow: /zoeken\n")
    return org


BUILD = [borne, lansingerland, kerkrade, zutphen, goirle, houten, pekela]
