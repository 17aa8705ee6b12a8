from web import E, digid_start, simple_page
from content import P, TOPICS, slugify
from sites import Site, Org
from platforms import OpenForms
import families
from orgs_common import (make_layout, std_footer, std_pages, news, run_plan, topic_pages, az_page, apply_news_traps,
                         pick_title)

PLAN = {
    "brp-uittreksel": "digid|embed|prefill", "verhuismelding": "digid|prefill", "geboorteaangifte": "digid",
    "overlijdensaangifte": "info", "huwelijksaangifte": "digid|embed", "paspoort": "appt|aux",
    "identiteitskaart": "appt", "parkeervergunning": "via|parking:haarlemmermeer", "gehandicaptenparkeerkaart": "digid|js",
    "gehandicaptenparkeerplaats": "digid", "hondenbelasting": "digid|embed", "belastingkwijtschelding": "digid",
    "woz-bezwaar": "de", "bijstand": "digid", "bijzondere-bijstand": "digid|upload", "wmo-voorziening": "form",
    "leerlingenvervoer": "digid", "grofvuil": "via|meerlanden:grofvuil", "afvalcontainer": "via|meerlanden:afvalcontainer",
    "melding-openbare-ruimte": "form|embed", "omgevingsvergunning": "via|olo", "kapvergunning": "via|olo|reg",
    "bouwdossier-inzage": "form", "bezwaar": "digid|anon", "klacht": "form", "woo-verzoek": "form|js", "subsidie": "de",
    "evenementenvergunning": "de", "exploitatievergunning-horeca": "eh", "alcoholvergunning": "eh", "terrasvergunning": "eh",
    "standplaatsvergunning": "pdf", "marktvergunning": "info", "reclamebelasting": "no", "geluidsontheffing": "eh",
    "winkeltijdenontheffing": "no", "kansspelautomaatvergunning": "eh|tarief", "collectevergunning": "info",
    "ligplaatsvergunning": "digid", "uitwegvergunning": "de", "betalingsregeling": "digid",
}
TITLES = {"verhuismelding": "Verhuizing doorgeven", "paspoort": "Paspoort aanvragen", "identiteitskaart": "ID-kaart aanvragen",
          "parkeervergunning": "Parkeervergunning", "brp-uittreksel": "Uittreksel BRP aanvragen",
          "geboorteaangifte": "Geboorte aangeven", "melding-openbare-ruimte": "Melding openbare ruimte doen",
          "kapvergunning": "Boom kappen", "omgevingsvergunning": "Omgevingsvergunning aanvragen"}


def build(web, shared):
    org = Org("GM0394", "Gemeente Haarlemmermeer", "Haarlemmermeer", "gemeente", "www.haarlemmermeer.test",
              "http://www.haarlemmermeer.test/", 162200)
    H = org.home
    nav = [("Inwoners", H + "inwoners"), ("Ondernemers", H + "ondernemers"), ("Bestuur", H + "bestuur"),
           ("Nieuws", H + "nieuws"), ("English", H + "en")]
    cookie = ("<div id='cookiebanner' class='cookie-banner' role='dialog' aria-label='Cookies'><p>Haarlemmermeer gebruikt "
              "cookies om de website te verbeteren.</p><button onclick=\"document.getElementById('cookiebanner').remove()\">"
              "Accepteren</button> <a href='%scookies'>Instellingen</a></div>" % H)
    layout = make_layout("Gemeente Haarlemmermeer", nav,
                         header_extra="<a class='mijn-login' href='http://mijn.haarlemmermeer.test/'>Mijn Haarlemmermeer</a>",
                         footer=std_footer(org, "Raadhuisplein 1", "2132 TZ"), cookie=cookie,
                         head_extra="<link rel='stylesheet' href='/assets/utrecht-theme.css'>",
                         body_class="utrecht-document utrecht-theme", search=("/zoeken", "q", "Zoeken"))
    site = Site(web, shared, org, layout, families.nlds, cta_style="a",
                cta_words={"login": "{title} (met {auth})", "form": "Formulier invullen", "appt": "Afspraak maken"},
                appt=("afspraken.haarlemmermeer.test", "jcc"),
                sitewide_traps=["site-wide 'Mijn Haarlemmermeer' DigiD login in the header"])
    site.assets()
    web.put(H + "assets/utrecht-theme.css", ".utrecht-document{font-family:sans-serif}")
    site.platform = OpenForms(web, org, "formulieren.haarlemmermeer.test", theme="haarlemmermeer")
    site.embed_fmt = "/formulieren/{slug}"
    std_pages(site)
    # Mijn Haarlemmermeer (site-wide login)
    web.redirect("http://mijn.haarlemmermeer.test/inloggen", digid_start("mijn.haarlemmermeer", "mijn"))
    web.put("http://mijn.haarlemmermeer.test/", simple_page("Mijn Haarlemmermeer", "<h1>Mijn Haarlemmermeer</h1><p>Bekijk uw "
            "lopende zaken en berichten.</p><p><a href='/inloggen'>Inloggen met DigiD</a></p>"))

    crumbs = lambda pk: [("Ondernemers" if P[pk]["topic"] == "ondernemen" else "Inwoners",
                          H + ("ondernemers" if P[pk]["topic"] == "ondernemen" else "inwoners"))]
    no = {
        "reclamebelasting": ("/reclame-uitingen", "Reclame aan uw pand",
                             "<h1>Reclame aan uw pand</h1><p>Wilt u een lichtreclame, uithangbord of spandoek ophangen? Voor "
                             "grote reclame-uitingen heeft u soms een omgevingsvergunning nodig. Doe de vergunningcheck in het "
                             "Omgevingsloket.</p><p>De gemeente Haarlemmermeer heft geen reclamebelasting.</p>",
                             "not offered: 'De gemeente Haarlemmermeer heft geen reclamebelasting' on the page 'Reclame aan uw pand'"),
        "winkeltijdenontheffing": ("/koopzondagen", "Koopzondagen en openingstijden winkels",
                                   "<h1>Koopzondagen en openingstijden winkels</h1><p>In Haarlemmermeer bepalen winkeliers zelf of zij "
                                   "op zondag en op feestdagen open gaan. De gemeenteraad heeft de winkeltijden vrijgegeven. U "
                                   "hoeft daarom geen ontheffing aan te vragen; die geven wij ook niet meer af.</p>",
                                   "not offered: opening hours are free, 'U hoeft daarom geen ontheffing aan te vragen; die geven wij ook niet meer af'"),
    }
    path_fn = lambda pk, title: "/" + slugify(title)
    groups = [(["woz-bezwaar", "belastingaanslag-bezwaar"], "/bezwaar-aanslag-of-woz-waarde",
               "Bezwaar maken tegen uw aanslag of WOZ-waarde", "de")]
    run_plan(site, PLAN, path_fn, TITLES, groups=groups, no=no, crumbs_fn=crumbs)
    # the businesses' page with the same name (parkeervergunning)
    s = shared.get("parking:haarlemmermeer")
    site.add("/ondernemers/parkeervergunning", "Parkeervergunning",
             families.nlds(site, "parkeervergunning", "Parkeervergunning", _biz_route(site, s)),
             [("Ondernemers", H + "ondernemers")], text=P["parkeervergunning"]["intro"])
    for row in web.labels:
        if row["org_code"] == org.code and row["product_key"] == "parkeervergunning":
            row["notes"] = row["notes"].replace("sends the user", "citizens' page; a businesses' page of the same name "
                                                "(/ondernemers/parkeervergunning) has the same eHerkenning route; sends the user")
    # a similar page that is not the product: melding klein evenement
    site.add("/melding-klein-evenement", "Melding klein evenement",
             "<h1>Melding klein evenement</h1><p>Organiseert u een klein evenement met minder dan 100 bezoekers? Dan is een "
             "melding genoeg. Gebruik hiervoor het formulier voor de evenementenvergunning en kies 'melding'.</p>"
             "<p><a href='%s'>Evenementenvergunning</a></p>" % site.products["evenementenvergunning"][0],
             [("Ondernemers", H + "ondernemers")])
    # English pages beside the Dutch ones
    vurl, vt = site.products["verhuismelding"]
    rows = {r["product_key"]: r for r in web.labels if r["org_code"] == org.code}
    en1 = site.add("/en/moving-house", "Moving house: register your new address",
                   "<h1>Moving house: register your new address</h1><p>Are you moving to or within Haarlemmermeer? Register "
                   "your new address up to 4 weeks before and no later than 5 days after your move. You log in with DigiD; your "
                   "personal details are filled in automatically.</p><p><a class='btn' href='%s'>Register your move (DigiD)</a></p>"
                   "<p><a href='%s'>Nederlands</a></p>" % (rows["verhuismelding"]["route_url"], vurl),
                   [("English", H + "en")], lang="en")
    purl = site.products["paspoort"][0]
    en2 = site.add("/en/passport-and-id-card", "Passport and ID card",
                   "<h1>Passport and ID card</h1><p>You apply for a Dutch passport or ID card in person at the town hall. "
                   "Make an appointment first.</p><p><a href='http://afspraken.haarlemmermeer.test/JCC/G-Plan/afspraak-maken'>"
                   "Make an appointment</a></p><p><a href='%s'>Nederlands</a></p>" % purl, [("English", H + "en")], lang="en")
    site.add("/en", "Living in Haarlemmermeer", "<h1>Living in Haarlemmermeer</h1><p>Information for international residents "
             "and expats.</p><ul><li><a href='%s'>Moving house</a></li><li><a href='%s'>Passport and ID card</a></li></ul>"
             % (en1, en2), lang="en")
    for pk, txt in (("verhuismelding", "English page beside the Dutch one (/en/moving-house)"),
                    ("paspoort", "English page beside the Dutch one (/en/passport-and-id-card)")):
        rows[pk]["notes"] = rows[pk]["notes"].rstrip(".").replace(". Trap:", "; %s. Trap:" % txt, 1) + "."
    # navigation
    tps = topic_pages(site, lambda tk: "/onderwerpen/" + tk)
    inw = [(t, u) for t, u in tps if t != TOPICS["ondernemen"]]
    site.add("/inwoners", "Inwoners", "<h1>Inwoners</h1><ul>%s</ul>" % "".join("<li><a href='%s'>%s</a></li>" % (u, E(t)) for t, u in inw))
    biz = [(t, u) for pk, (u, t) in site.products.items() if P[pk]["topic"] == "ondernemen"] + \
          [("Parkeervergunning voor bedrijven", H + "ondernemers/parkeervergunning"), ("Melding klein evenement", H + "melding-klein-evenement"),
           ("Reclame aan uw pand", H + "reclame-uitingen"), ("Koopzondagen en openingstijden winkels", H + "koopzondagen")]
    site.add("/ondernemers", "Ondernemers", "<h1>Ondernemers</h1><ul>%s</ul>" % "".join(
        "<li><a href='%s'>%s</a></li>" % (u, E(t)) for t, u in sorted(biz)))
    site.add("/bestuur", "Bestuur", "<h1>Bestuur en organisatie</h1><ul><li><a href='%s'>Klacht indienen</a></li>"
             "<li><a href='%s'>Woo-verzoek</a></li><li><a href='%s'>Bezwaar maken</a></li></ul>"
             % (site.products["klacht"][0], site.products["woo-verzoek"][0], site.products["bezwaar"][0]))
    news(site, [("nieuwe-afvalkalender", "Nieuwe afvalkalender 2024 online", "De afvalkalender voor 2024 staat online. "
                 "Grofvuil laten ophalen kan via Meerlanden.", "grofvuil"),
                ("raadsvergadering-maart", "Raad besluit over nieuwe woonwijk in Nieuw-Vennep", "De gemeenteraad heeft ingestemd met het plan.", None),
                ("paspoort-drukte", "Drukte bij de balie: vraag op tijd uw paspoort aan", "Voor de zomervakantie is het druk. "
                 "Maak op tijd een afspraak voor uw paspoort of identiteitskaart.", "paspoort")],
         "/nieuws/{slug}", "/nieuws")
    home = ("<h1 class='utrecht-heading-1'>Welkom bij gemeente Haarlemmermeer</h1><section class='toptaken'><h2>Veelgezocht</h2><ul>%s</ul>"
            "</section><section><h2>Onderwerpen</h2><ul>%s</ul></section><p><a href='%snieuws'>Al het nieuws</a></p>"
            % ("".join("<li><a href='%s'>%s</a></li>" % site.products[k] for k in
                       ("verhuismelding", "paspoort", "parkeervergunning", "grofvuil", "melding-openbare-ruimte", "omgevingsvergunning")),
               "".join("<li><a href='%s'>%s</a></li>" % (u, E(t)) for t, u in tps), H))
    site.add("/", "Home", home, crumbs=None)
    site.search("/zoeken", "q")
    web.extra_files["errors/%s.html" % org.host] = layout(site, "Pagina niet gevonden", "<h1>Pagina niet gevonden</h1><p>De pagina "
                                                         "die u zoekt bestaat niet (meer). Gebruik de zoekfunctie.</p>", None, "nl")
    web.beh["not_found_pages"].append({"host": org.host, "file": "errors/%s.html" % org.host, "status": 404})
    site.robots("User-agent: *\nDisallow: /zoeken\n")
    apply_news_traps(web, site)
    return org


def _biz_route(site, s):
    from sites import Route
    r = Route()
    r.ctas.append(site.cta(s["page"], "Parkeervergunning voor uw bedrijf aanvragen (eHerkenning)"))
    r.text.append("<p>Ondernemers vragen een bedrijfsvergunning aan via het digitale parkeerloket. U logt in met eHerkenning.</p>")
    return r
