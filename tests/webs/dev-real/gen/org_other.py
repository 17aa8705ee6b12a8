"""Provincies, waterschappen and national bodies."""
from web import E, h, digid_start, simple_page, SVG_EH
from content import P, TOPICS, slugify
from sites import Site, Org
from platforms import OpenForms, GravityForms, Formdesk, SimpleForms
import families
from orgs_common import make_layout, std_footer, std_pages, news, run_plan, apply_news_traps, overview_page
from org_gemeenten import _li, _soft404, _fix_note

# =========================================================================== Overijssel
OV = {
    "omgevingsvergunning": "via|olo", "bezwaar": "form", "klacht": "form", "woo-verzoek": "form|button",
    "subsidie": "dei|p:sub|button", "evenementenvergunning": "eh", "geluidsontheffing": "pdf", "uitwegvergunning": "de",
    "beschermde-dieren-ontheffing": "via|olo", "natuurvergunning": "via|olo", "ontgrondingsvergunning": "via|olo",
    "tijdelijk-luchtvaartterrein": "eh|button", "wegvergunning-provinciaal": "de|upload", "vuurwerk-ontbranding": "pdf",
    "schadevergoeding-provincie": "via|bij12", "watervergunning": "via|olo",
}
OV_CAT = {"subsidie": "subsidies", "bestuur": "contact-en-bestuur", "water": "vergunningen-en-ontheffingen"}


def overijssel(web, shared):
    org = Org("PV23", "Provincie Overijssel", "Overijssel", "provincie", "www.overijssel.test", "http://www.overijssel.test/")
    web.beh["host_redirects"].append({"host": "overijssel.test", "status": 301, "to": "www.overijssel.test"})
    H = org.home
    nav = [("Loket", H + "loket/"), ("Subsidies", H + "loket/subsidies/"), ("Onderwerpen", H + "onderwerpen/"),
           ("Actueel", H + "actueel/"), ("Contact", H + "contact")]
    footer = std_footer(org, "Luttenbergstraat 2", "8012 EE", "<p class='login-logos'><img src='/images/logo-digid.svg' alt='DigiD'> "
                        "<img src='/images/logo-eherkenning.svg' alt='eHerkenning'> Wij ondersteunen DigiD en eHerkenning.</p>")
    layout = make_layout("Provincie Overijssel", nav, footer=footer, search=("/zoeken", "query", "Zoeken"),
                         body_class="nl-design-system utrecht-document", crumb_home="Overijssel")
    site = Site(web, shared, org, layout, families.prov, cta_style="a",
                cta_words={"login": "Aanvragen met {auth}", "form": "Online formulier invullen", "pdf": "{f} (PDF, {kb} kB)"},
                sitewide_traps=["DigiD and eHerkenning logos in the footer"])
    site.assets()
    site.platform = OpenForms(web, org, "formulieren.overijssel.test", theme="overijssel")
    site.platforms["sub"] = SimpleForms(web, org, "subsidieloket.overijssel.test", path_fmt="/aanvragen/{slug}",
                                        login_fmt="/inloggen/digid/{slug}", eh_fmt="/inloggen/eherkenning/{slug}",
                                        label="Subsidieloket", style="button")
    std_pages(site)
    cat = lambda pk: OV_CAT.get(P[pk]["topic"], "vergunningen-en-ontheffingen")
    titles = {"geluidsontheffing": "Ontheffing stiltegebied", "evenementenvergunning": "Evenement op of langs een provinciale weg",
              "uitwegvergunning": "Uitweg of inrit aan een provinciale weg", "subsidie": "Subsidie aanvragen",
              "watervergunning": "Grondwater onttrekken (watervergunning)", "schadevergoeding-provincie": "Faunaschade"}
    run_plan(site, OV, lambda pk, t: "/loket/%s/%s/" % (cat(pk), slugify(t)), titles,
             crumbs_fn=lambda pk: [("Loket", H + "loket/"), (cat(pk).replace("-", " ").capitalize(), H + "loket/%s/" % cat(pk))])
    _fix_note(web, org.code, "geluidsontheffing", "the province's noise exemption is the exemption for a stiltegebied")
    _fix_note(web, org.code, "evenementenvergunning", "the province's product is an exemption for events on a provincial road")
    by = {}
    for pk, (u, t) in site.products.items():
        by.setdefault(cat(pk), []).append((t, u))
    for c, items in by.items():
        site.add("/loket/%s/" % c, c.replace("-", " ").capitalize(), "<h1>%s</h1><ul>%s</ul>" % (c.replace("-", " ").capitalize(), _li(sorted(items))),
                 [("Loket", H + "loket/")])
    site.add("/loket/", "Loket", "<h1>Loket</h1><ul>%s</ul>" % _li([(c.replace("-", " ").capitalize(), H + "loket/%s/" % c) for c in sorted(by)]))
    site.add("/onderwerpen/", "Onderwerpen", "<h1>Onderwerpen</h1><ul><li><a href='%sonderwerpen/natuur'>Natuur en landschap</a>"
             "</li><li><a href='%sonderwerpen/wegen'>Wegen en vaarwegen</a></li></ul>" % (H, H))
    site.add("/onderwerpen/natuur", "Natuur en landschap", "<h1>Natuur en landschap</h1><p>Overijssel heeft 24 Natura 2000-gebieden.</p>"
             "<ul><li><a href='%s'>Natura 2000-activiteit</a></li><li><a href='%s'>Faunaschade</a></li></ul>"
             % (site.products["natuurvergunning"][0], site.products["schadevergoeding-provincie"][0]))
    site.add("/onderwerpen/wegen", "Wegen en vaarwegen", "<h1>Wegen en vaarwegen</h1><p>De provincie beheert 600 km weg.</p>"
             "<ul><li><a href='%s'>Werken aan of langs provinciale wegen</a></li></ul>" % site.products["wegvergunning-provinciaal"][0])
    news(site, [("stikstof-aanpak", "Nieuwe stap in aanpak stikstof", "Gedeputeerde Staten presenteren een gebiedsplan. Voor "
                 "projecten blijft een natuurvergunning nodig.", "natuurvergunning"),
                ("n340", "Werkzaamheden N340 van start", "De weg is 3 weken afgesloten.", None)],
         "/actueel/nieuws/{slug}", "/actueel/")
    site.add("/", "Home", "<h1>Provincie Overijssel</h1><ul>%s</ul>" % _li([("Loket: vergunningen en ontheffingen", H + "loket/vergunningen-en-ontheffingen/"),
                                                                         ("Subsidies", H + "loket/subsidies/"), ("Nieuws", H + "actueel/")]),
             crumbs=None)
    site.search("/zoeken", "query")
    site.sitemap()
    site.robots("User-agent: *\nSitemap: http://www.overijssel.test/sitemap.xml\n")
    _soft404(web, site, layout, 200, "Pagina niet gevonden")
    apply_news_traps(web, site)
    return org


# =========================================================================== Zeeland
ZL = {
    "omgevingsvergunning": "via|olo", "bezwaar": "form", "klacht": "form|iframein", "woo-verzoek": "info|mailto",
    "subsidie": "eh|p:sub", "evenementenvergunning": "no", "geluidsontheffing": "nf", "uitwegvergunning": "pdf",
    "beschermde-dieren-ontheffing": "via|olo", "natuurvergunning": "via|olo|textonly", "ontgrondingsvergunning": "pdf|reg",
    "tijdelijk-luchtvaartterrein": "pdf", "wegvergunning-provinciaal": "eh", "vuurwerk-ontbranding": "via|rud",
    "schadevergoeding-provincie": "via|bij12", "watervergunning": "nf",
}


def zeeland(web, shared):
    org = Org("PV29", "Provincie Zeeland", "Zeeland", "provincie", "www.zeeland.test", "http://www.zeeland.test/")
    H = org.home
    web.put(H + "themes/zeeland/css/main.css", "body{font-family:sans-serif}")
    nav = [("Vergunningen", H + "vergunningen"), ("Subsidies", H + "subsidies"), ("Over de provincie", H + "over-de-provincie"),
           ("Nieuws", H + "nieuws"), ("Contact", H + "contact")]
    layout = make_layout("Provincie Zeeland", nav, footer=std_footer(org, "Abdij 6", "4331 BK"),
                         head_extra="<link rel='stylesheet' href='/themes/zeeland/css/main.css'>")
    site = Site(web, shared, org, layout, families.prov, cta_style="a", docdir="/sites/default/files/formulieren/",
                cta_words={"login": "Direct aanvragen (eHerkenning)", "form": "Vul het webformulier in",
                           "pdf": "Aanvraagformulier {f} (PDF {kb} kB)"})
    site.assets()
    site.platform = SimpleForms(web, org, "www.zeeland.test", path_fmt="/loket/formulieren/{slug}", login_fmt="/loket/digid/{slug}",
                                eh_fmt="/loket/eherkenning/{slug}", label="Loket")
    site.platforms["sub"] = SimpleForms(web, org, "subsidies.zeeland.test", path_fmt="/regeling/{slug}", login_fmt="/login/digid",
                                        eh_fmt="/login/eherkenning/{slug}", label="Zeeuws subsidieloket")
    std_pages(site)
    no = {"evenementenvergunning": ("/evenementen-en-de-provincie", "Evenementen en de provincie",
                                    "<h1>Evenementen en de provincie</h1><p>De provincie Zeeland verleent geen evenementenvergunningen. "
                                    "Een evenementenvergunning vraagt u aan bij de gemeente waar het evenement plaatsvindt. Gebruikt "
                                    "u daarbij een provinciale weg? Dan beoordeelt de provincie dat als adviseur van de gemeente.</p>",
                                    "not offered: 'De provincie Zeeland verleent geen evenementenvergunningen' on 'Evenementen en de provincie'")}
    titles = {"tijdelijk-luchtvaartterrein": "Ontheffing TUG", "ontgrondingsvergunning": "Ontgronden", "subsidie": "Subsidies"}
    path_fn = lambda pk, t: ("/subsidies/" if pk == "subsidie" else "/over-de-provincie/" if P[pk]["topic"] == "bestuur"
                             else "/vergunningen/") + slugify(t)
    run_plan(site, ZL, path_fn, titles, no=no, crumbs_fn=lambda pk: [("Vergunningen", H + "vergunningen")])
    items = sorted((t, u) for pk, (u, t) in site.products.items() if "/vergunningen/" in u) + [("Evenementen en de provincie", H + "evenementen-en-de-provincie")]
    site.add("/over-de-provincie", "Over de provincie", "<h1>Over de provincie</h1><ul>%s</ul>" % _li(sorted(
        (t, u) for pk, (u, t) in site.products.items() if "/over-de-provincie/" in u)))
    site.add("/vergunningen", "Vergunningen en ontheffingen", "<h1>Vergunningen en ontheffingen</h1><ul>%s</ul>" % _li(items))
    site.add("/subsidies", "Subsidies", "<h1>Subsidies</h1><ul><li><a href='%s'>Subsidies aanvragen</a></li></ul>" % site.products["subsidie"][0])
    news(site, [("veerdienst", "Fast ferry vaart vaker", "De fast ferry Vlissingen-Breskens vaart in de zomer vaker.", None),
                ("vuurwerk-oudjaar", "Vuurwerkshows aan de kust: toestemming nodig", "Voor professionele vuurwerkshows is toestemming nodig.",
                 "vuurwerk-ontbranding")], "/nieuws/{slug}", "/nieuws")
    site.add("/home", "Home", "<h1>Provincie Zeeland</h1><ul>%s</ul>" % _li([("Vergunningen", H + "vergunningen"), ("Subsidies", H + "subsidies"),
                                                                            ("Nieuws", H + "nieuws")]), crumbs=None)
    # cookie interstitial
    web.put(H, simple_page("Provincie Zeeland - cookies", "<div class='cookie-consent-wall'><h1>Provincie Zeeland</h1><p>Wij "
            "gebruiken cookies. Kies uw voorkeur om verder te gaan naar de website.</p><form method='get' action='/home'>"
            "<button name='cookies' value='ja'>Ja, ik accepteer cookies</button><button name='cookies' value='nee'>Nee, alleen "
            "noodzakelijke</button></form></div>"))
    site.robots("User-agent: *\nDisallow: /admin\n")
    _soft404(web, site, layout, 404, "Pagina niet gevonden")
    apply_news_traps(web, site)
    return org


# =========================================================================== Rivierenland
RL = {
    "belastingkwijtschelding": "via|bsr:belastingkwijtschelding", "melding-openbare-ruimte": "form|iframe|p:fd",
    "omgevingsvergunning": "via|olo", "bezwaar": "form|overview", "klacht": "form|overview", "woo-verzoek": "form|overview",
    "subsidie": "form|overview", "wegvergunning-provinciaal": "eh", "schadevergoeding-provincie": "pdf",
    "watervergunning": "via|olo", "watermelding": "via|olo", "zuiveringsheffing": "via|bsr:zuiveringsheffing",
    "watersysteemheffing": "info", "belastingaanslag-bezwaar": "via|bsr:belastingaanslag-bezwaar",
    "betalingsregeling": "via|bsr:betalingsregeling", "bedrijfsafvalwater-melding": "via|olo",
}


def rivierenland(web, shared):
    org = Org("WS0621", "Rivierenland", "Rivierenland", "waterschap", "www.waterschaprivierenland.test",
              "http://www.waterschaprivierenland.test/")
    H = org.home
    web.put(H + "wp-content/themes/wsrl/style.css", "body{font-family:sans-serif}")
    nav = [("Regelen", H + "regelen/"), ("Alle formulieren", H + "formulieren/"), ("Nieuws", H + "nieuws/"), ("Contact", H + "contact")]
    aside = "<aside class='widget'><h3>Vraag of melding?</h3><p><a href='%scontact'>Neem contact op</a></p></aside>" % H
    base_layout = make_layout("Waterschap Rivierenland", nav, footer=std_footer(org, "De Blomboogerd 1", "4003 BX"),
                              head_extra="<link rel='stylesheet' href='/wp-content/themes/wsrl/style.css'>", body_class="wordpress")
    layout = lambda s, t, m, c, l: base_layout(s, t, m + aside, c, l)
    site = Site(web, shared, org, layout, families.water, cta_style="a", docdir="/wp-content/uploads/2023/11/",
                cta_words={"form": "Naar het formulier", "login": "Inloggen met {auth}", "pdf": "Download {f} (pdf)"},
                sitewide_traps=["contact link in the sidebar"])
    site.assets()
    site.platform = GravityForms(web, org, "www.waterschaprivierenland.test")
    site.platforms["fd"] = Formdesk(web, org, "fd4.formdesk.test", "waterschaprivierenland")
    site.wrapper_fmt = "/melding-doen/"
    site.overview_url = H + "formulieren/"
    std_pages(site)
    titles = {"melding-openbare-ruimte": "Melding doen", "watermelding": "Melding werkzaamheden",
              "wegvergunning-provinciaal": "Werken op of langs een waterschapsweg", "subsidie": "Subsidie aanvragen"}
    run_plan(site, RL, lambda pk, t: "/regelen/" + slugify(t) + "/", titles, crumbs_fn=lambda pk: [("Regelen", H + "regelen/")])
    _fix_note(web, org.code, "melding-openbare-ruimte", "report of a problem at dikes or water (the water board's 'melding')")
    _fix_note(web, org.code, "wegvergunning-provinciaal", "the water board manages roads in its area")
    overview_page(site, "Alle formulieren", "Hieronder vindt u alle online formulieren van Waterschap Rivierenland.")
    site.add("/regelen/", "Regelen", "<h1>Regelen</h1><ul>%s</ul>" % _li(sorted((t, u) for u, t in site.products.values())))
    news(site, [("dijkversterking-tiel", "Dijkversterking Tiel-Waardenburg van start", "De dijk wordt over 20 km versterkt.", None),
                ("aanslagen-2024", "Aanslagen waterschapsbelasting 2024 verstuurd", "De BSR heeft de aanslagen verstuurd. Kunt u niet "
                 "betalen? Vraag kwijtschelding aan.", "belastingkwijtschelding")], "/nieuws/{slug}/", "/nieuws/")
    site.add("/", "Home", "<h1>Waterschap Rivierenland</h1><p>Wij zorgen voor veilige dijken, voldoende en schoon water.</p>"
             "<ul>%s</ul>" % _li([("Regelen", H + "regelen/"), ("Alle formulieren", H + "formulieren/"), ("Melding doen", site.products["melding-openbare-ruimte"][0])]),
             crumbs=None)
    site.sitemap("/sitemap_index.xml")
    site.robots("User-agent: *\nDisallow: /wp-admin/\nSitemap: http://www.waterschaprivierenland.test/sitemap_index.xml\n")
    _soft404(web, site, layout, 200, "Niets gevonden")
    apply_news_traps(web, site)
    return org


# =========================================================================== Rijnland
RIJ = {
    "belastingkwijtschelding": "via|bsgr:belastingkwijtschelding", "melding-openbare-ruimte": "form|getform",
    "omgevingsvergunning": "via|olo", "bezwaar": "form|getform", "klacht": "form|getform", "woo-verzoek": "form|getform",
    "subsidie": "de|getform", "wegvergunning-provinciaal": "nf", "schadevergoeding-provincie": "form|getform",
    "watervergunning": "via|olo", "watermelding": "de|getform", "zuiveringsheffing": "via|bsgr:zuiveringsheffing",
    "watersysteemheffing": "info", "belastingaanslag-bezwaar": "via|bsgr:belastingaanslag-bezwaar",
    "betalingsregeling": "via|bsgr:betalingsregeling", "bedrijfsafvalwater-melding": "via|olo",
}


def rijnland(web, shared):
    org = Org("WS0616", "Hoogheemraadschap van Rijnland", "Rijnland", "waterschap", "www.rijnland.test", "http://www.rijnland.test/")
    web.beh["host_redirects"].append({"host": "rijnland.test", "status": 301, "to": "www.rijnland.test"})
    H = org.home
    nav = [("Loket", H + "loket/"), ("Belastingen", H + "belastingen"), ("Actueel", H + "actueel"), ("Contact", H + "contact")]
    footer = ("<p>Hoogheemraadschap van Rijnland, Archimedesweg 1, 2333 CM Leiden. Telefoon %s. "
              "<a href='mailto:info@rijnland.test'>info@rijnland.test</a></p><p><a href='%scontact'>Contact</a></p>" % (org.tel, H))
    layout = make_layout("Hoogheemraadschap van Rijnland", nav, footer=footer)
    site = Site(web, shared, org, layout, families.water, cta_style="getform",
                cta_words={"form": "Start het formulier", "login": "Inloggen en aanvragen", "pdf": "{f} (pdf)"},
                sitewide_traps=["mailto link in the footer"])
    site.assets()
    site.platform = OpenForms(web, org, "formulieren.rijnland.test", theme="rijnland")
    std_pages(site)
    titles = {"melding-openbare-ruimte": "Melding of klacht over water, dijken of wegen", "watermelding": "Melding doen",
              "schadevergoeding-provincie": "Schade melden", "subsidie": "Subsidie Blauwe Bewonersinitiatieven"}
    run_plan(site, RIJ, lambda pk, t: "/loket/product?id=%d" % site.uid(pk, 10, 99), titles,
             crumbs_fn=lambda pk: [("Loket", H + "loket/")])
    _fix_note(web, org.code, "schadevergoeding-provincie", "damage claim form of the water board")
    site.add("/loket/", "Loket", "<h1>Loket</h1><p>Wat wilt u regelen?</p><ul>%s</ul>" % _li(sorted(
        (t, u.replace(H + "loket/", "")) for u, t in site.products.values())))
    site.add("/belastingen", "Belastingen", "<h1>Waterschapsbelastingen</h1><p>De Belastingsamenwerking Gouwe-Rijnland (BSGR) heft "
             "en int de belastingen van Rijnland.</p><ul>%s</ul>" % _li(sorted((t, u) for pk, (u, t) in site.products.items()
                                                                                if P[pk]["topic"] == "belastingen" or pk == "betalingsregeling")))
    news(site, [("peilbesluit", "Nieuw peilbesluit Haarlemmermeerpolder", "Het algemeen bestuur heeft het peilbesluit vastgesteld.", None)],
         "/actueel/nieuws/{slug}", "/actueel")
    site.add("/", "Home", "<h1>Rijnland</h1><p>Wij zorgen voor droge voeten en schoon water.</p><ul>%s</ul>" %
             _li([("Loket", H + "loket/"), ("Belastingen", H + "belastingen")]), crumbs=None)
    site.robots("User-agent: *\nDisallow: /zoeken\n")
    _soft404(web, site, layout, 404, "Pagina niet gevonden")
    apply_news_traps(web, site)
    return org


# =========================================================================== UWV
def uwv(web, shared):
    org = Org("zb000117", "Uitvoeringsinstituut Werknemersverzekeringen", "UWV", "rijk", "www.uwv.test", "http://www.uwv.test/")
    H = org.home
    nav = [("Particulieren", H + "particulieren/"), ("Werkgevers", H + "werkgevers/"), ("English", H + "en/")]
    layout = make_layout("UWV", nav, header_extra="<a class='mijn-uwv' href='%smijnuwv/inloggen'>Inloggen Mijn UWV</a>" % H,
                         footer="<p>UWV &ndash; <a href='%scontact'>Contact</a> &ndash; <a href='%sprivacy'>Privacy</a></p>" % (H, H),
                         cookie="<div class='cookiebar'>UWV gebruikt cookies. <a href='%scookies'>Meer informatie</a></div>" % H)
    site = Site(web, shared, org, layout, families.prov, sitewide_traps=["site-wide 'Inloggen Mijn UWV' in the header"])
    web.redirect(H + "mijnuwv/inloggen", digid_start("mijn.uwv", "mijnuwv"))
    web.redirect(H + "mijnuwv/ww-aanvragen/inloggen", digid_start("mijn.uwv", "ww"))
    web.redirect(H + "mijnuwv/ziekmelden/inloggen", digid_start("mijn.uwv", "ziekmelden"))
    std_pages(site, contact_form=False)
    ww = site.add("/particulieren/werkloos/ww-uitkering-aanvragen", "WW-uitkering aanvragen",
                  "<h1>WW-uitkering aanvragen</h1><p>%s</p><h2>Zo vraagt u WW aan</h2><ol><li>Log in op Mijn UWV met DigiD.</li>"
                  "<li>Een deel van uw gegevens, zoals uw adres en de gegevens van uw werkgever, hebben we al voor u ingevuld. "
                  "Controleer ze.</li><li>Verstuur de aanvraag.</li></ol><p><a class='button' href='%smijnuwv/ww-aanvragen/inloggen'>"
                  "WW aanvragen met DigiD</a></p><p>Schrijf u daarna ook in als werkzoekende op werk.nl.</p>"
                  % (E(P["ww-uitkering"]["intro"]), H), [("Particulieren", H + "particulieren/")])
    zw = site.add("/particulieren/ziekte/ziek-melden", "Ziek melden bij UWV",
                  "<h1>Ziek melden bij UWV</h1><p>%s</p><p>U meldt zich ziek via Mijn UWV. Log in met DigiD. Heeft u geen DigiD? "
                  "Bel dan met UWV Telefoon Ziekmelden.</p><p><a class='button' href='%smijnuwv/ziekmelden/inloggen'>Ziek melden "
                  "via Mijn UWV</a></p>" % (E(P["ziektewetuitkering"]["intro"]), H), [("Particulieren", H + "particulieren/")])
    site.add("/en/unemployment/apply-for-ww", "Applying for unemployment benefit (WW)",
             "<h1>Applying for unemployment benefit (WW)</h1><p>Have you lost your job? Apply for WW benefit within 1 week after "
             "your last working day via My UWV with your DigiD.</p><p><a href='%smijnuwv/ww-aanvragen/inloggen'>Apply for WW</a></p>"
             "<p><a href='%s'>Nederlands</a></p>" % (H, ww), [("English", H + "en/")], lang="en")
    site.add("/en/", "UWV in English", "<h1>UWV in English</h1><ul><li><a href='%sen/unemployment/apply-for-ww'>Unemployment "
             "benefit (WW)</a></li></ul>" % H, lang="en")
    site.add("/particulieren/", "Particulieren", "<h1>Particulieren</h1><ul>%s</ul>" % _li([("WW-uitkering aanvragen", ww),
                                                                                         ("Ziek melden", zw)]))
    site.add("/werkgevers/", "Werkgevers", "<h1>Werkgevers</h1><p>Informatie voor werkgevers.</p>")
    site.add("/", "Home", "<h1>UWV</h1><ul>%s</ul>" % _li([("Werkloos", ww), ("Ziek", zw), ("English", H + "en/")]), crumbs=None)
    web.label(org_code=org.code, product_key="ww-uitkering", level=100, status="ok", product_url=ww,
              route_url=H + "mijnuwv/ww-aanvragen/inloggen", level_strict=100,
              notes="DigiD login to Mijn UWV; explicit pre-fill text 'Een deel van uw gegevens ... hebben we al voor u ingevuld'; "
                    "English page beside the Dutch one. Trap: site-wide 'Inloggen Mijn UWV' in the header.")
    web.label(org_code=org.code, product_key="ziektewetuitkering", level=100, status="ok", product_url=zw,
              route_url=H + "mijnuwv/ziekmelden/inloggen", level_strict=67,
              notes="sick report via Mijn UWV with DigiD (phone as alternative). Trap: site-wide 'Inloggen Mijn UWV' in the header.")
    site.sitemap()
    site.robots("User-agent: *\nSitemap: http://www.uwv.test/sitemap.xml\n")
    return org


# =========================================================================== RVO: unreachable
def rvo(web, shared):
    org = Org("oorg10122", "Rijksdienst voor Ondernemend Nederland", "RVO", "rijk", "www.rvo.test", "http://www.rvo.test/")
    H = org.home
    web.put(H + "onderhoud.html", simple_page("Onderhoud - RVO", "<h1>Onderhoud</h1><p>Wegens onderhoud is deze website tijdelijk "
                                              "niet beschikbaar. Probeer het later opnieuw.</p>"))
    for p in ("", "robots.txt", "sitemap.xml", "subsidies-financiering", "subsidies-financiering/isde", "en", "zoeken",
              "onderwerpen", "contact"):
        web.beh["statuses"].append({"url": H + p, "status": 503})
    web.beh["redirects"].append({"url": "http://rvo.test/", "status": 301, "location": H})
    web.label(org_code=org.code, product_key="rvo-subsidie", status="unreachable",
              notes="the whole site answers 503 (maintenance); homepage, robots.txt and sitemap.xml all 503.")
    return org


BUILD = [overijssel, zeeland, rivierenland, rijnland, uwv, rvo]
