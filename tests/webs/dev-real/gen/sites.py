"""Site: one organisation's website (layout, pages, product pages, routes and labels)."""
from web import E, h, simple_page, SVG_DIGID, SVG_EH, PNG_1PX
from content import P, TOPICS, slugify
from platforms import appointment_page, fields_html

AUTHS = ("digid", "eh", "de", "dei")
STYLES = ("a", "button", "getform", "img", "js", "iframe")
AUTH_LABEL = {"digid": "DigiD", "eh": "eHerkenning", "de": "DigiD of eHerkenning", "dei": "DigiD, eHerkenning of eIDAS"}


class Org:
    def __init__(self, code, name, short, otype, host, website, inhabitants=""):
        self.code, self.name, self.short, self.type = code, name, short, otype
        self.host, self.website, self.inhabitants = host, website, inhabitants
        self.home = "http://" + host + "/"
        self.tel = "14 0" + str(100 + h(code) % 900)


class Route:
    def __init__(self):
        self.level = 0
        self.url = ""
        self.via = ""
        self.strict = None
        self.ctas = []      # html snippets for the product page
        self.text = []      # extra paragraphs (html)
        self.notes = []
        self.traps = []
        self.prefill = False


def kb(url):
    return 40 + h(url) % 260


class Site:
    def __init__(self, web, shared, org, layout, family, cta_style="a", platform=None, docdir="/documenten/",
                 cta_words=None, appt=None, sitewide_traps=(), contact_url=None):
        self.web, self.shared, self.org = web, shared, org
        self.base = "http://" + org.host
        self.layout = layout            # fn(site, title, main, crumbs, lang) -> html
        self.family = family            # fn(site, pk, title, route) -> main html
        self.cta_style = cta_style
        self.platform = platform
        self.platforms = {}
        self.docdir = docdir
        self.words = cta_words or {}
        self.appt = appt                # (host, kind)
        self.sitewide_traps = list(sitewide_traps)
        self.contact_url = contact_url
        self.index = []                 # (url, title, text)
        self.products = {}              # pk -> (url, title)
        self.overview = []              # (title, url, auth) for E-loket style overview pages
        self.overview_url = None
        self.news = []
        self.wrapper_fmt = None         # for iframe wrappers: path fmt on own site

    # ------------------------------------------------------------------ pages
    def uid(self, key, lo, hi):
        """a deterministic unique id in [lo, hi) for key (linear probing on collision)"""
        used = self.__dict__.setdefault("_uids", {})
        if key in used:
            return used[key]
        n = lo + h(key) % (hi - lo)
        while n in used.values():
            n = lo + (n - lo + 1) % (hi - lo)
        used[key] = n
        return n

    def u(self, path):
        return path if path.startswith("http") else self.base + path

    def add(self, path, title, main, crumbs=None, lang="nl", index=True, text="", raw=False):
        url = self.u(path)
        html = main if raw else self.layout(self, title, main, crumbs or [], lang)
        self.web.put(url, html)
        if index:
            self.index.append((url, title, text or title))
        return url

    # ------------------------------------------------------------------ documents
    def doc(self, name, title, kind="pdf", lines=None, fields=None):
        url = self.u(self.docdir + name)
        if kind == "pdf":
            self.web.pdf(url, title, lines or [], fields, author=self.org.name)
        else:
            self.web.docx(url, title, lines or [])
        return url

    def form_pdf(self, pk, title):
        fields = [("Naam en voorletters", "naam"), ("Adres", "adres"), ("Postcode en woonplaats", "postcode"),
                  ("Telefoonnummer", "telefoon"), ("E-mailadres", "email"), ("Toelichting", "toelichting"),
                  ("Datum", "datum"), ("Handtekening", "handtekening")]
        lines = ["# 1. Gegevens aanvrager", "Vul dit formulier volledig in met blokletters. Onderteken het formulier en stuur "
                 "het met de gevraagde bijlagen naar %s, Postbus %d, of lever het in bij de balie." % (self.org.name, 100 + h(pk) % 900),
                 "# 2. Bijlagen", "Voeg de bijlagen toe die op de website staan vermeld. Onvolledige aanvragen nemen wij niet in behandeling."]
        return lines, fields

    # ------------------------------------------------------------------ CTAs
    def cta(self, href, text, style=None, auth=None, cls="btn"):
        style = style or self.cta_style
        if style == "button":
            return "<button type='button' class='%s' onclick=\"location.href='%s'\">%s</button>" % (cls, href, E(text))
        if style == "getform":
            if "?" in href:
                action, q = href.split("?", 1)
                hidden = "".join("<input type='hidden' name='%s' value='%s'>" % tuple((kv.split("=", 1) + [""])[:2])
                                 for kv in q.split("&"))
            else:
                action, hidden = href, ""
            return "<form class='cta-form' method='get' action='%s'>%s<button type='submit' class='%s'>%s</button></form>" % (
                action, hidden, cls, E(text))
        if style == "img" and auth in ("digid", "de", "dei"):
            return ("<a href='%s' class='digid-link'><img src='%s/images/digid_button.png' alt='Inloggen met DigiD' "
                    "width='110' height='40'></a>" % (href, self.base))
        if style == "img" and auth == "eh":
            return ("<a href='%s' class='eh-link'><img src='%s/images/eherkenning_button.png' alt='Inloggen met eHerkenning' "
                    "width='140' height='40'></a>" % (href, self.base))
        if style == "js":
            ident = "cta-%d" % (h(href) % 100000)
            return ("<div id='%s' class='cta-placeholder'></div><script>(function(){var a=document.createElement('a');"
                    "a.href='%s';a.className='%s';a.textContent=%r;document.getElementById('%s').appendChild(a);})();</script>"
                    % (ident, href, cls, text, ident))
        return "<a class='%s' href='%s'>%s</a>" % (cls, href, E(text))

    def word(self, key, title, auth=None):
        w = self.words.get(key)
        if w:
            return w.format(title=title, t=title.lower(), auth=AUTH_LABEL.get(auth, ""))
        if key == "login":
            return "%s (met %s)" % (title, AUTH_LABEL[auth])
        if key == "form":
            return "Naar het formulier"
        return title

    # ------------------------------------------------------------------ routes
    def route(self, pk, spec, title):
        kind, *modl = spec.split("|")
        mods = set(modl)
        style = next((m for m in mods if m in STYLES), None)
        r = Route()
        prod = P[pk]
        ftitle = prod["form"] or title
        if kind == "info":
            r.level = 0
            r.text.append(INFO.get(pk, INFO_DEFAULT).format(org=self.org.name, short=self.org.short, tel=self.org.tel))
            r.notes.append("information only (%s)" % INFO_NOTE.get(pk, "counter, phone or letter"))
        elif kind == "appt":
            r.level = 0
            ah, ak = self.appt
            aurl = appointment_page(self.web, ah, self.org, title, ak)
            r.ctas.append(self.cta(aurl, self.words.get("appt", "Maak een afspraak"), style if style != "img" else None))
            r.text.append("<p>U moet hiervoor persoonlijk naar het %s komen. Online aanvragen is niet mogelijk.</p>"
                          % ("gemeentehuis" if self.org.type == "gemeente" else "kantoor"))
            r.notes.append("appointment only (online booking on %s)" % ah)
            r.traps.append("appointment booking form on %s" % ah)
        elif kind in ("pdf", "docx"):
            r.level = 33
            lines, fields = self.form_pdf(pk, ftitle)
            ext = kind
            name = slugify(ftitle) + "." + ext
            if kind == "pdf":
                url = self.doc(name, ftitle, "pdf", [P[pk]["intro"]] + lines, fields)
                lt = self.words.get("pdf", "{f} (pdf, {kb} kB)").format(f=ftitle, kb=kb(name))
            else:
                url = self.doc(name, ftitle, "docx", [P[pk]["intro"], "Naam:", "Adres:", "Postcode en woonplaats:",
                                                      "Telefoonnummer:", "Toelichting:", "Datum en handtekening:"])
                lt = "%s (Word-document, %d kB)" % (ftitle, kb(name))
            r.url = url
            r.ctas.append(self.cta(url, lt, "a" if style in (None, "img", "iframe") else style, cls="download"))
            r.text.append("<p>Download het formulier, vul het in en stuur het ondertekend naar ons op. U kunt het ook "
                          "afgeven bij de balie.</p>")
            r.notes.append("printable %s form to send in" % kind.upper())
            if "pdfmail" in mods:
                r.text.append("<p>U kunt het ingevulde formulier ook scannen en mailen naar "
                              "<a href='mailto:info@%s'>info@%s</a>.</p>" % (self.org.host, self.org.host))
                r.traps.append("mailto link beside the PDF")
        elif kind == "form" or kind in AUTHS:
            auth = None if kind == "form" else kind
            plat = self.platforms.get(next((m[2:] for m in mods if m.startswith("p:")), ""), self.platform)
            prefill = "prefill" in mods
            r.prefill = prefill
            if "embed" in mods:
                snippet = plat.embed(pk, ftitle, auth, prefill)
                path = self.embed_fmt.format(slug=slugify(ftitle))
                url = self.add(path, ftitle, "<h1>%s</h1>%s" % (E(ftitle), snippet), [("Formulieren", None)], index=False)
                r.notes.append("Open-Forms-like form embedded on the own site, built by JavaScript")
            else:
                url = plat.form(pk, ftitle, auth, prefill) if not isinstance(plat, type(None)) else None
                r.notes.append(PLAT_NOTE.get(type(plat).__name__, "online form") + " on " + plat.host)
            r.url = url
            target = url
            if "iframe" in mods or style == "iframe":
                wpath = self.wrapper_fmt.format(slug=slugify(ftitle))
                target = self.add(wpath, ftitle, "<h1>%s</h1><iframe src='%s' title='%s' width='100%%' height='900' "
                                  "class='eform-frame'></iframe>" % (E(ftitle), url, E(ftitle)),
                                  [("Formulieren", None)], index=False)
                r.notes.append("form inside an iframe on " + target.split("/")[2])
                style = None
            if "iframein" in mods:
                # the form (with its login button) is shown inside an iframe on the product page itself
                r.ctas.append("<iframe src='%s' title='%s' class='eform-inline' width='100%%' height='600'></iframe>"
                              % (url, E(ftitle)))
                r.notes.append("form page shown in an iframe on the product page itself")
                r.level = 100 if auth else 67
                r.notes.insert(0, ("%s login" % AUTH_LABEL[auth]) if auth else "online form without login")
                if auth:
                    r.text.append("<p>Log hieronder in met %s.</p>" % AUTH_LABEL[auth])
                target = None
            elif "overview" in mods:
                self.overview.append((ftitle, url, auth))
                target = self.overview_url
                r.notes.append("via the overview page " + self.overview_url)
            if target is None:
                pass
            elif auth:
                r.level = 100
                text = self.word("login", ftitle, auth)
                r.ctas.append(self.cta(target, text, style, auth))
                if "overview" not in mods and style != "img":
                    r.text.append("<p>U logt in met %s.%s</p>" % (
                        AUTH_LABEL[auth], " Uw gegevens worden automatisch ingevuld vanuit de Basisregistratie Personen (BRP)."
                        if prefill else ""))
                elif prefill:
                    r.text.append("<p>Na het inloggen zijn uw gegevens al ingevuld.</p>")
                r.notes.insert(0, "%s login" % AUTH_LABEL[auth])
            else:
                r.level = 67
                r.ctas.append(self.cta(target, self.word("form", ftitle), style))
                r.notes.insert(0, "online form without login")
            if "anon" in mods:
                aurl = plat.form(pk, ftitle + " (zonder DigiD)", None)
                r.ctas.append(self.cta(aurl, "Geen DigiD? Gebruik het formulier zonder inloggen", "a"))
                r.notes.append("plus an anonymous form")
            if "upload" in mods:
                r.text.append("<p>Bijlagen kunt u uploaden als pdf, jpg, doc of docx (maximaal 10 MB).</p>")
                r.traps.append("'pdf, doc, docx' upload formats mentioned")
        elif kind == "via":
            key = modl[0]
            s = self.shared.get(key)
            r.level = s["level"]
            r.url = s["route"]
            r.via = s["host"]
            r.strict = s["strict"]
            if "textonly" in mods:
                r.text.append("<p>Dit regelt u via %s (%s). %s</p>" % (
                    s["text"] or s["host"], s["page"].split("/")[2], VIA_TEXT.get(key.split(":")[0], "")))
                r.notes.append("route of %s named in the text only (URL as plain text, no link)" % s["host"])
            else:
                r.text.append("<p>%s</p>" % VIA_TEXT.get(key.split(":")[0], "Dit regelt u bij onze samenwerkingspartner."))
                r.ctas.append(self.cta(s["page"], VIA_CTA.get(key.split(":")[0], "Ga naar %s" % s["host"]),
                                       style if style not in ("img", "iframe") else None))
                r.notes.append("sends the user to %s" % s["host"])
            if key.startswith("olo"):
                r.traps.append("anonymous Vergunningcheck on the Omgevingsloket (not a request)")
        else:
            raise ValueError(spec)
        # ---- traps
        if "reg" in mods:
            u = self.doc("verordening-%s-2024.pdf" % slugify(P[pk]["titles"][0]), "Verordening %s 2024" % P[pk]["titles"][0].lower(),
                         "pdf", ["Artikel 1 Begripsbepalingen", "In deze verordening wordt verstaan onder: ...",
                                 "Artikel 2 Belastbaar feit", "Artikel 3 Tarieven", "Artikel 4 Inwerkingtreding"])
            r.text.append("<p>Regels: <a href='%s'>Verordening %s 2024 (pdf, %d kB)</a></p>" % (u, E(P[pk]["titles"][0].lower()), kb(u)))
            r.traps.append("regulation PDF")
        if "tarief" in mods:
            u = self.doc("tarieventabel-leges-2024.pdf", "Tarieventabel behorende bij de Legesverordening 2024", "pdf",
                         ["Titel 1 Algemene dienstverlening", "1.1 Burgerlijke stand ... € 16,10", "Titel 2 Fysieke leefomgeving",
                          "Titel 3 Dienstverlening vallend onder Europese dienstenrichtlijn"])
            r.text.append("<p>Zie ook de <a href='%s'>tarieventabel leges 2024 (PDF)</a>.</p>" % u)
            r.traps.append("tariff PDF")
        if "mailto" in mods:
            r.text.append("<p>Vragen? Mail naar <a href='mailto:info@%s?subject=%s'>info@%s</a>.</p>"
                          % (self.org.host, E(title).replace(" ", "%20"), self.org.host))
            r.traps.append("mailto link")
        if "contact" in mods and self.contact_url:
            r.text.append("<p>Heeft u een vraag? Stel uw vraag via het <a href='%s'>contactformulier</a>.</p>" % self.contact_url)
            r.traps.append("generic contact form link")
        if "mo" in mods:
            r.text.append("<p>Wilt u alleen weten welke gegevens de overheid van u heeft? Bekijk uw gegevens in MijnOverheid: "
                          "<a href='http://mijn.overheid.test/inloggen'>Inloggen met DigiD bij MijnOverheid</a>.</p>")
            r.traps.append("DigiD button leading to MijnOverheid (not a request form)")
        if "aux" in mods:
            u = self.doc("toestemming-reisdocument-minderjarige.pdf", "Toestemming reisdocument minderjarige", "pdf",
                         ["Met dit formulier geeft een ouder of voogd toestemming voor een reisdocument voor een kind jonger dan 18 jaar.",
                          "Neem het ingevulde formulier en een kopie van het identiteitsbewijs van de ouder mee naar de afspraak."],
                         [("Naam ouder", "ouder"), ("Naam kind", "kind"), ("Handtekening", "handtekening")])
            r.text.append("<p>Voor kinderen onder 18 jaar: <a href='%s'>Verklaring toestemming reisdocument minderjarige (pdf, 117 kB)</a></p>" % u)
            r.traps.append("auxiliary consent PDF (not the request)")
        if r.strict is None:
            r.strict = (100 if r.prefill else 67) if r.level == 100 else r.level
        return r

    # ------------------------------------------------------------------ product pages
    def product(self, pks, spec, path, title=None, crumbs=None, extra_html="", labels=True, note_extra="", en=None,
                route=None):
        """build a product page for one or more products (a shared page), label the rows"""
        if isinstance(pks, str):
            pks = [pks]
        pk = pks[0]
        title = title or P[pk]["titles"][0]
        r = route or self.route(pk, spec, title)
        for other in pks[1:]:
            r.text.insert(0, "<p><strong>%s</strong>: %s</p>" % (E(P[other]["titles"][0]), E(P[other]["intro"])))
        main = self.family(self, pk, title, r) + extra_html
        url = self.add(path, title, main, crumbs or [(TOPICS[P[pk]["topic"]], None)], text=P[pk]["intro"])
        for k in pks:
            self.products[k] = (url, title)
        if labels:
            for k in pks:
                self.label_ok(k, url, r, spec, shared=(len(pks) > 1), note_extra=note_extra)
        return url, r

    def label_ok(self, pk, url, r, spec, shared=False, note_extra=""):
        notes = "; ".join(r.notes)
        if shared:
            notes += "; one page shared with " + ", ".join(x for x in self.products if self.products[x][0] == url and x != pk)
        if note_extra:
            notes += "; " + note_extra
        traps = r.traps + self.sitewide_traps
        if traps:
            notes += ". Trap: " + "; ".join(traps)
        self.web.label(org_code=self.org.code, product_key=pk, level=r.level, status="ok", product_url=url,
                       route_url=r.url, level_strict=r.strict, via=r.via, notes=notes + ".")

    def not_offered(self, pk, url, note):
        traps = self.sitewide_traps
        self.web.label(org_code=self.org.code, product_key=pk, status="not_offered", product_url=url,
                       notes=note + (". Trap: " + "; ".join(traps) if traps else "") + ".")

    def not_found(self, pk, note="no page for this product on the site", traps=()):
        t = list(traps)
        self.web.label(org_code=self.org.code, product_key=pk, status="not_found",
                       notes=note + (". Trap: " + "; ".join(t) if t else "") + ".")

    # ------------------------------------------------------------------ common assets
    def assets(self):
        self.web.put(self.base + "/images/digid_button.png", PNG_1PX)
        self.web.put(self.base + "/images/eherkenning_button.png", PNG_1PX)
        self.web.put(self.base + "/images/logo-digid.svg", SVG_DIGID)
        self.web.put(self.base + "/images/logo-eherkenning.svg", SVG_EH)

    def robots(self, text):
        self.web.put(self.base + "/robots.txt", text)

    def sitemap(self, path="/sitemap.xml", extra=()):
        urls = sorted(set([u for u, _, _ in self.index] + list(extra)))
        xml = ("<?xml version='1.0' encoding='UTF-8'?>\n<urlset xmlns='http://www.sitemaps.org/schemas/sitemap/0.9'>\n" +
               "".join("<url><loc>%s</loc><lastmod>2024-0%d-1%dT09:00:00+01:00</lastmod></url>\n"
                       % (E(u), 1 + h(u) % 9, h(u) % 10) for u in urls) + "</urlset>\n")
        self.web.put(self.base + path, xml)

    def search(self, path, param, result_tpl_title="Zoeken"):
        idx = [{"url": u, "title": t, "text": x[:300]} for u, t, x in self.index]
        import json
        name = "search/%s.json" % self.org.host
        tpl = "search/%s.html" % self.org.host
        self.web.extra_files[name] = json.dumps(idx, ensure_ascii=False, indent=0)
        self.web.extra_files[tpl] = self.layout(self, result_tpl_title, "<h1>Zoekresultaten voor &lsquo;<!--QUERY-->&rsquo;</h1>"
                                                "<div class='search-results'><!--RESULTS--></div>", [], "nl")
        self.web.beh["searches"].append({"host": self.org.host, "path": path, "param": param, "index": name, "template": tpl})
        self.add(path, result_tpl_title, "<h1>Zoeken</h1><form method='get' action='%s'><input type='search' name='%s'>"
                 "<button>Zoeken</button></form>" % (path, param), index=False)


INFO_DEFAULT = ("<p>Dit kunt u niet online regelen. Neem contact op met {org} via telefoonnummer {tel} of kom langs "
                "bij de balie.</p>")
INFO = {
    "overlijdensaangifte": "<p>Meestal doet de uitvaartondernemer de aangifte van overlijden voor u. Hij maakt hiervoor een "
                           "afspraak met de afdeling Burgerzaken. Wilt u zelf aangifte doen? Bel dan met {org}.</p>",
    "wmo-voorziening": "<p>Heeft u ondersteuning nodig? Bel het Wmo-loket of kom langs op het inloopspreekuur. Een consulent "
                       "maakt daarna een afspraak voor een keukentafelgesprek.</p>",
    "bezwaar": "<p>U maakt bezwaar met een brief (bezwaarschrift). Zet in de brief uw naam, adres, de datum, een "
               "omschrijving van het besluit en waarom u het er niet mee eens bent. Onderteken de brief en stuur hem naar "
               "het college van burgemeester en wethouders.</p>",
    "marktvergunning": "<p>Wilt u een plek op de markt? Neem contact op met de marktmeester op de marktdag, of bel {org}. "
                       "Een aanvraag doet u schriftelijk.</p>",
    "reclamebelasting": "<p>U hoeft voor de reclamebelasting niets aan te vragen. U krijgt automatisch een aanslag als u "
                        "reclame-uitingen heeft in het heffingsgebied.</p>",
    "winkeltijdenontheffing": "<p>De gemeenteraad wijst jaarlijks de koopzondagen aan. Wilt u daarnaast een ontheffing? "
                              "Stuur een brief naar het college.</p>",
    "collectevergunning": "<p>U vraagt een collectevergunning aan met een brief aan het college. Vermeld het doel van de "
                          "collecte en de periode.</p>",
    "brp-uittreksel": "<p>U vraagt een uittreksel aan bij de balie van het gemeentehuis. Neem uw identiteitsbewijs mee. "
                      "Via internet aanvragen is niet mogelijk.</p>",
    "geboorteaangifte": "<p>U doet aangifte in het gemeentehuis. Bel voor een afspraak met {tel}. Neem uw identiteitsbewijs mee.</p>",
    "huwelijksaangifte": "<p>Voor het melden van uw voorgenomen huwelijk of partnerschap maakt u een afspraak met de afdeling "
                         "Burgerzaken. Bel ons; wij sturen u dan de benodigde formulieren toe.</p>",
    "grofvuil": "<p>Bel de afvallijn om een afspraak te maken voor het ophalen van grofvuil. Zet het grofvuil op de "
                "afgesproken dag vóór 7.30 uur aan de straat.</p>",
    "afvalcontainer": "<p>Bel of mail ons als uw container kapot of kwijt is. Wij komen hem dan omruilen.</p>",
    "woo-verzoek": "<p>U kunt uw Woo-verzoek per post of per e-mail indienen. Vermeld uw naam, adres en een duidelijke "
                   "omschrijving van de informatie die u zoekt.</p>",
    "bouwdossier-inzage": "<p>Stuur een e-mail met het adres van het pand en welke stukken u wilt zien. Wij sturen de stukken "
                          "digitaal toe.</p>",
    "ligplaatsvergunning": "<p>Het aantal ligplaatsen is beperkt. Neem contact op met de havenmeester voor informatie "
                           "over een ligplaats en de wachtlijst.</p>",
    "watersysteemheffing": "<p>U hoeft zelf niets te doen. U ontvangt de aanslag automatisch. Heeft u vragen over uw aanslag? "
                           "Neem dan contact op met de belastingdienst van het waterschap.</p>",
}
INFO_NOTE = {"overlijdensaangifte": "undertaker does it; phone", "wmo-voorziening": "phone or walk-in, then a talk",
             "bezwaar": "letter only", "reclamebelasting": "levied automatically", "watersysteemheffing": "levied automatically",
             "woo-verzoek": "post or e-mail", "bouwdossier-inzage": "by e-mail", "grofvuil": "by phone",
             "afvalcontainer": "phone or e-mail", "brp-uittreksel": "counter only"}
PLAT_NOTE = {"OpenForms": "Open-Forms-like form built by JavaScript", "GravityForms": "Gravity-Forms-like form",
             "TriplEforms": "TriplEforms .aspx form", "Formdesk": "Formdesk form", "SimpleForms": "e-form"}
VIA_TEXT = {
    "olo": "U vraagt de vergunning aan of doet de melding via het Omgevingsloket van de landelijke overheid. Doe eerst de "
           "vergunningcheck. Wij behandelen daarna uw aanvraag.",
    "bghu": "De BghU voert de belastingtaken uit voor de gemeente. U regelt dit bij de BghU.",
    "gbtwente": "GBTwente heft en int de gemeentelijke belastingen voor de gemeente.",
    "bsgw": "De BsGW heft en int de gemeentelijke belastingen namens de gemeente.",
    "bsgr": "De BSGR heft en int de waterschapsbelastingen namens het hoogheemraadschap.",
    "bsr": "De Belastingsamenwerking Rivierenland heft en int de waterschapsbelastingen namens het waterschap.",
    "werkplein": "Het Werkplein Hart van Brabant voert de bijstand uit voor de gemeente.",
    "werknl": "U meldt zich eerst via werk.nl. Daar vraagt u ook de bijstandsuitkering aan.",
    "meerlanden": "Meerlanden haalt het afval op in de gemeente.",
    "rd4": "Rd4 zamelt het afval in namens de gemeente.",
    "circulus": "Circulus zamelt het afval in voor de gemeente.",
    "parking": "De parkeervergunningen worden uitgegeven via het digitale parkeerloket.",
    "bij12": "BIJ12 behandelt namens de provincie de aanvragen voor een tegemoetkoming in faunaschade.",
    "rud": "De RUD Zeeland behandelt deze aanvragen namens de provincie.",
}
VIA_CTA = {"olo": "Naar het Omgevingsloket", "bghu": "Naar de website van de BghU", "gbtwente": "Regel het bij GBTwente",
           "bsgw": "Naar BsGW", "bsgr": "Naar de BSGR", "bsr": "Ga naar de Belastingsamenwerking Rivierenland",
           "werkplein": "Naar Werkplein Hart van Brabant", "werknl": "Naar werk.nl", "meerlanden": "Naar Meerlanden",
           "rd4": "Regel het bij Rd4", "circulus": "Naar Circulus", "parking": "Naar het parkeerloket",
           "bij12": "Naar BIJ12", "rud": "Naar RUD Zeeland"}
