#!/usr/bin/env python3
"""Generate the held-out web: python3 generate.py [--out web]

Deterministic: the same code writes byte-identical output. Writes web/sites/<host>/...,
web/organisations.csv, web/labels.csv, web/testweb.json and web/search/*."""
import argparse
import csv
import io
import json
import os
import shutil
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import web_core as W                      # noqa: E402
from web_core import U, put, esc, slugify, num, note_structure, exists  # noqa: E402
import platforms as PL                    # noqa: E402
from families import FAMILIES, CAT, CAT_OF, BIZ  # noqa: E402
from plans import ORGS, PLANS             # noqa: E402

PRODUCTS_CSV = HERE.parents[2] / "config" / "products.csv"
SUBS = {"GM0983": "venlo", "GM0840": "rucphen", "GM0362": "amstelveen", "GM0214": "buren", "GM0303": "dronten",
        "GM0355": "zeist", "GM0160": "hardenberg", "GM0074": "heerenveen", "PV30": "brabant", "PV22": "drenthe",
        "WS0654": "aaenmaas", "WS0646": "hunzeenaas", "zb000143": "svb", "oorg10104": "justis"}
ADDR = {"GM0983": "Postbus 3434, 5902 RK Venlo", "GM0840": "Postbus 100, 4715 ZG Rucphen",
        "GM0362": "Postbus 4, 1180 BA Amstelveen", "GM0214": "Postbus 23, 4116 ZG Buren",
        "GM0303": "Postbus 100, 8250 AC Dronten", "GM0355": "Postbus 513, 3700 AM Zeist",
        "GM0160": "Postbus 500, 7770 BA Hardenberg", "GM0074": "Postbus 15000, 8440 GA Heerenveen",
        "PV30": "Postbus 90151, 5200 MC 's-Hertogenbosch", "PV22": "Postbus 122, 9400 AC Assen",
        "WS0654": "Postbus 5049, 5201 GA 's-Hertogenbosch", "WS0646": "Postbus 195, 9640 AD Veendam",
        "zb000143": "Postbus 1100, 1180 BH Amstelveen", "oorg10104": "Postbus 20300, 2500 EH Den Haag"}
PHONE = {"GM0983": "14 077", "GM0840": "(0165) 349 500", "GM0362": "14 020", "GM0214": "0344 57 99 11",
         "GM0303": "14 0321", "GM0355": "14 030", "GM0160": "14 0523", "GM0074": "14 0513",
         "PV30": "(073) 681 28 12", "PV22": "(0592) 36 55 55", "WS0654": "(073) 615 66 66",
         "WS0646": "(0598) 69 32 00", "zb000143": "020 656 52 00", "oorg10104": "070 370 72 00"}

# call-to-action wordings (picked per organisation and product)
DIGID_WORDS = ["{form} (met DigiD)", "Inloggen met DigiD", "Direct regelen", "Online aanvragen",
               "{form} online regelen", ">> {form} online aanvragen", "Start het formulier"]
EH_WORDS = ["{form} (met eHerkenning)", "Aanvragen met eHerkenning", "Online aanvragen", "Naar het e-formulier"]
DE_WORDS = ["Online aanvragen", "Direct regelen", "Aanvraag starten", "{form} online"]
ANON_WORDS = ["Naar het formulier", "Vul het formulier in", "Online regelen", "{form}", "Formulier invullen"]
PDF_WORDS = ["Aanvraagformulier {low} ({size})", ">> {form} downloaden (PDF)", "{form} ({size})",
             "Download het aanvraagformulier ({size})"]


def pick(lst, key):
    return lst[num(key) % len(lst)]


class Row:
    pass


# =============================================================================== rows
def route_for(site, key, spec, ppath):
    """Build the route of one product; returns dict with hoe (html), top (html above sections),
    route_url, via, level, strict, desc, traps (list of trap texts), entry."""
    org = site.org
    t = site.txt(key)
    form = t["form"] or t["title"]
    kind = spec["kind"]
    ck = org["code"] + key
    r = dict(hoe="", top="", route=None, via="", level=None, desc="", traps=[], entry=None)
    prefill_txt = ""
    if spec.get("prefill"):
        prefill_txt = ("Na het inloggen met DigiD halen we uw gegevens op uit de Basisregistratie Personen (BRP). "
                       "Uw naam, adres en geboortedatum zijn dan al ingevuld." if org["type"] != "rijk" else
                       "Veel gegevens hebben wij al van u. Die zijn al ingevuld als u de aanvraag start.")
    if kind in ("digid", "ehk", "digid_ehk", "anon"):
        plat = spec["plat"]
        cta = spec.get("cta", "link")
        if cta == "iframe" and plat == "of":
            entry = PL.of_iframe_page(org, key, kind, form)
            route = entry
            desc = "form in an <iframe> from %s" % entry.split("/")[2]
            embed = ""
        elif cta == "iframe":
            entry, route, desc, embed = PL.platform_route(site, key, kind, plat, form, prefill_txt)
            desc = "form shown in an <iframe> (%s)" % desc
            note_structure("iframe_cta")
        else:
            entry, route, desc, embed = PL.platform_route(site, key, kind, plat, form, prefill_txt)
        if plat == "of_embed":
            route = U(site.product_host or site.host, ppath)
        elif cta != "iframe":
            site.all_forms.append((form, entry, kind, plat))
        r.update(route=route, entry=entry, desc=desc)
        r["level"] = 67 if kind == "anon" else 100
        intro = {
            "digid": pick(["U regelt dit online. U logt in met DigiD.",
                           "Dit kunt u direct online regelen met uw DigiD.",
                           "Vraag het online aan. Hiervoor heeft u DigiD nodig."], ck),
            "ehk": pick(["Ondernemers vragen dit online aan met eHerkenning (niveau EH3).",
                         "U vraagt de vergunning digitaal aan. U logt in met eHerkenning."], ck),
            "digid_ehk": "Particulieren loggen in met DigiD, bedrijven en organisaties met eHerkenning.",
            "anon": pick(["Vul het online formulier in. U hoeft niet in te loggen.",
                          "Doe het online via het formulier. Inloggen is niet nodig.",
                          "U kunt het formulier invullen zonder DigiD."], ck),
        }[kind]
        if key == "zuiveringsheffing":
            intro = ("Bedrijven met veel of sterk vervuild afvalwater doen jaarlijks aangifte van de "
                     "vervuilingseenheden. Dat doet u online met eHerkenning.")
        if plat in ("of", "of_embed") and cta != "iframe" and num(ck + "neutral") % 2 == 0:
            intro = pick(["Vul het formulier hieronder in.", "Regel het online.", "U kunt dit online regelen."], ck)
            if plat == "of":
                intro = pick(["Regel het online via het formulier.", "Gebruik het online formulier."], ck)
        html = "<p>%s</p>" % intro
        if prefill_txt:
            html += "<p class='prefill'>%s</p>" % esc(prefill_txt)
        if plat == "of_embed":
            html += embed
            note_structure("js_only_form_on_product_page")
        elif cta == "iframe":
            html += ("<iframe src='%s' title='%s' class='form-frame' width='100%%' height='420' "
                     "loading='lazy'></iframe>" % (entry, esc(form)))
        elif spec.get("ov"):
            ovp = site.overview_path()
            site.overview_items.append((form, entry, kind))
            html += "<p>%s</p>" % site.a(ppath, ovp, pick(["Ga naar het E-loket", "Naar alle formulieren",
                                                             "Regel het via het digitale loket"], ck))
            r["desc"] = desc + "; reached through the %s overview page" % site.overview_name()
            note_structure("overview_page_between_product_and_form")
        else:
            wl = {"digid": DIGID_WORDS, "ehk": EH_WORDS, "digid_ehk": DE_WORDS, "anon": ANON_WORDS}[kind]
            label = pick(wl, ck).format(form=form, low=form.lower())
            if org["fam"] == "svb":
                label = {"aow-uitkering": "AOW aanvragen via Mijn SVB",
                         "kinderbijslag": "Kinderbijslag aanvragen in Mijn SVB"}[key]
            html += cta_html(site, ppath, cta, entry, label, kind, form)
        r["hoe"] = html
        if kind in ("digid", "ehk", "digid_ehk"):
            r["strict"] = 100 if spec.get("prefill") else 67
        else:
            r["strict"] = 67
        r["desc"] = "%s; %s" % ({"digid": "DigiD", "ehk": "eHerkenning", "digid_ehk": "DigiD and eHerkenning",
                                 "anon": "no login"}[kind], r["desc"])
    elif kind == "pdf":
        fmt = spec.get("fmt", "pdf")
        slug = slugify(form)
        ext = fmt
        data = W.form_pdf(form, org["name"], ADDR[org["code"]],
                          "Met dit formulier vraagt u aan: %s. Vul alle velden in." % t["title"].lower(),
                          PL.fields_for(key, biz=key in BIZ), fmt=fmt)
        ppath_doc = site.doc_path(slug, ext)
        doc_host = site.host
        put(doc_host, ppath_doc, data)
        url = U(doc_host, ppath_doc)
        size = W.size_label(data, num(ck) % 3) if fmt == "pdf" else "%s, %d kB" % (fmt, max(1, round(len(data) / 1024)))
        label = pick(PDF_WORDS, ck).format(form=form, low=form.lower(), size=size)
        html = ("<p>%s</p>" % pick(["Download het aanvraagformulier. Vul het in, onderteken het en stuur het met de "
                                    "bijlagen naar %s." % ADDR[org["code"]],
                                    "U kunt dit niet online aanvragen. Gebruik het formulier hieronder en lever "
                                    "het in bij de balie of stuur het per post.",
                                    "Print het formulier, vul het volledig in en stuur het ondertekend op."], ck)
                + "<ul class='downloads'><li>%s</li></ul>" % site.a(ppath, url, esc(label), cls="download"))
        if fmt == "pdf" and num(ck) % 2:
            html += ("<p class='doc-info'>Document download informatie: een pdf-bestand kunt u openen met "
                     "verschillende PDF-lezers.</p>")
        r.update(hoe=html, route=url, level=33, strict=33,
                 desc="downloadable %s form" % fmt.upper())
    elif kind == "info":
        how = spec.get("how", "phone")
        ph = PHONE[org["code"]]
        o = org["short"]
        texts = {
            "undertaker": "Meestal doet de uitvaartondernemer de aangifte voor u. Wilt u zelf aangifte doen? Maak dan "
                          "een afspraak bij Burgerzaken via telefoonnummer %s. Neem de verklaring van overlijden "
                          "van de arts mee." % ph,
            "phone": "Dit kunt u niet online aanvragen. Bel ons via %s. Een medewerker bespreekt uw situatie met "
                     "u en helpt u verder." % ph,
            "marktmeester": "Neem contact op met de marktmeester. Hij is op marktdagen op de markt aanwezig en "
                            "telefonisch bereikbaar via %s." % ph,
            "tax": "U hoeft hiervoor niets aan te vragen. U krijgt automatisch een aanslag. Heeft u vragen over "
                   "uw aanslag? Bel %s." % ph,
            "havenmeester": "Voor een ligplaats neemt u contact op met de havenmeester via %s. Hij vertelt u of er "
                            "een plaats vrij is." % ph,
            "mail": "Stuur uw verzoek per e-mail naar %s of per post naar %s. Vermeld uw naam, adres en telefoonnummer."
                    % ("<a href='mailto:info@%s.test'>info@%s.test</a>" % (org["sub"], org["sub"]), ADDR[org["code"]]),
            "letter": "Stuur een brief naar %s, %s. Vermeld uw naam, adres, de datum en onderteken de brief."
                      % (esc(org["name"]), ADDR[org["code"]]),
            "counter": "U vraagt dit aan bij de balie van het gemeentehuis. Het aanvraagformulier krijgt u aan de "
                       "balie; u kunt het niet downloaden. Maak eerst een afspraak via %s." % ph,
            "od": "Neem voor een vergunning contact op met de omgevingsdienst. Bel %s voor vooroverleg; de "
                  "aanvraag loopt daarna via de omgevingsdienst." % ph,
        }
        html = "<p>%s</p>" % texts[how]
        r.update(hoe=html, route="", level=0, strict=0,
                 desc={"undertaker": "information only (the undertaker files it; appointment by phone)",
                       "phone": "information only (call the municipality)", "marktmeester": "information only "
                       "(contact the market master)", "tax": "information only (the assessment comes automatically)",
                       "havenmeester": "information only (contact the harbour master)",
                       "mail": "information only (request by e-mail or letter)",
                       "letter": "information only (send a letter)",
                       "counter": "information only (paper form only at the counter)",
                       "od": "information only (contact the omgevingsdienst)"}[how])
    elif kind == "appt":
        host = site.appt_host()
        apath = site.appt_path(key)
        aurl = U(host, apath)
        site.appts.append((key, apath))
        html = ("<p>U vraagt dit persoonlijk aan bij de balie. Maak daarvoor eerst een afspraak.</p><p>%s</p>"
                % site.a(ppath, aurl, pick(["Maak een afspraak", "Afspraak maken", "Online een afspraak maken"], ck),
                         cls="button"))
        r.update(hoe=html, route="", level=0, strict=0, desc="information plus an online appointment booking")
        r["traps"].append("online appointment booking form (not a request form)")
    elif kind == "via":
        body = spec["body"]
        link, route, via, desc = PL.shared_route(site, key, body, spec["vk"], form, prefill=spec.get("prefill"))
        b = PL.SHARED[body]
        if body == "olo":
            html = ("<p>%s</p><p>%s</p>" % (
                pick(["U vraagt de vergunning aan via het Omgevingsloket. U logt in met DigiD of eHerkenning.",
                      "Sinds 1 januari 2024 doet u de aanvraag in het landelijke Omgevingsloket.",
                      "Gebruik het Omgevingsloket voor de vergunningcheck en de aanvraag."], ck),
                site.a(ppath, link, pick(["Naar het Omgevingsloket (externe link)", "Aanvraag indienen in het "
                                          "Omgevingsloket", "Omgevingsloket: aanvragen"], ck), cls="button")))
            if "olocheck" in spec["traps"]:
                html += "<p>Weet u niet of u een vergunning nodig heeft? %s</p>" % site.a(
                    ppath, U("omgevingswet.overheid.test", "/checken"), "Doe de vergunningcheck")
                r["traps"].append("anonymous Omgevingsloket vergunningcheck (not a request)")
        else:
            html = ("<p>%s voert dit uit voor %s. U regelt het op de website van %s.</p><p>%s</p>"
                    % (esc(b["full"]), esc(org_ref(org)), esc(b["name"]),
                       site.a(ppath, link, "%s (Deze link gaat naar een externe website)" % (
                           pick(["Regel het bij %s", "Naar de website van %s", "Ga naar %s"], ck) % esc(b["name"])),
                           cls="external")))
        lvl = {"digid": 100, "digid_ehk": 100, "anon": 67, "pdf": 33}[spec["vk"]]
        strict = lvl if lvl < 100 else (100 if (spec.get("prefill") or body == "olo") else 67)
        r.update(hoe=html, route=route, via=via, level=lvl, strict=strict, desc="via " + desc)
        note_structure("shared_service_or_portal_route")
    else:
        raise ValueError(kind)
    return r


def org_ref(org):
    if org["type"] == "gemeente":
        return "de gemeente " + org["short"]
    if org["type"] == "provincie":
        return "de provincie " + org["short"]
    if org["type"] == "waterschap":
        return "waterschap " + org["short"]
    return org["name"]


def cta_html(site, ppath, style, url, label, kind, form):
    href = site.href(ppath, url)
    if style == "button":
        note_structure("cta_button_onclick")
        return ("<p><button type='button' class='btn btn-primary' onclick=\"location.href='%s'\">%s</button></p>"
                % (esc(href), esc(label)))
    if style == "getform":
        note_structure("cta_get_form")
        base, _, q = href.partition("?")
        hidden = "".join("<input type='hidden' name='%s' value='%s'>" % (esc(kv.split("=")[0]), esc(kv.split("=", 1)[1]))
                         for kv in q.split("&") if "=" in kv)
        return ("<form class='cta' action='%s' method='get'>%s<input type='hidden' name='bron' value='website'>"
                "<button type='submit'>%s</button></form>" % (esc(base), hidden, esc(label)))
    if style == "img":
        note_structure("digid_image_only")
        alt = "Inloggen met DigiD" if kind in ("digid", "digid_ehk") else "Inloggen met eHerkenning"
        img = site.href(ppath, "/images/digid-logo.svg" if kind != "ehk" else "/images/eherkenning-logo.svg")
        if num(form) % 2:
            return "<p class='digid-link'><a href='%s'><img src='%s' alt='%s' width='60' height='60'></a></p>" % (
                esc(href), esc(img), alt)
        return ("<p class='digid-link'><a href='%s'><img src='%s' alt='DigiD' width='40' height='40'></a> "
                "<a href='%s'>%s</a></p>" % (esc(href), esc(img), esc(href), esc(form)))
    # plain link
    if kind in ("digid", "digid_ehk") and num(form + "logo") % 3 == 0:
        img = site.href(ppath, "/images/digid-logo.svg")
        return ("<p><img src='%s' alt='DigiD' width='32' height='32'> <a class='button' href='%s'>%s</a></p>"
                % (esc(img), esc(href), esc(label)))
    return "<p><a class='button button--primary' href='%s'>%s</a></p>" % (esc(href), esc(label))


# =============================================================================== per-site helpers
def attach_helpers(site):
    o = site.org
    site.overview_items = []
    site.appts = []
    site.extra_pages = []
    site.en_pages = []
    site.key_paths = {}
    site.all_forms = []
    fam = o["fam"]

    def overview_path():
        return {"simpdc": "/e-loket", "productid": "/inwoner_41/e-loket.html", "typo3": "/formulieren"}.get(fam, "/formulieren")

    def overview_name():
        return {"simpdc": "E-loket", "productid": "E-loket", "typo3": "Alle formulieren"}.get(fam, "Formulieren")

    def doc_path(slug, ext):
        return {"toptaken": "/sites/default/files/formulieren/%s.%s",
                "simpdc": "/document.php?m=1&fileid=%s.%s",
                "iprox": "/publish/pages/%s.%s",
                "owc": "/wp-content/uploads/2024/02/%s.%s",
                "pdcloket": "/documenten/%s.%s",
                "nlds": "/sites/default/files/%s.%s",
                "productid": "/document/%s.%s",
                "typo3": "/fileadmin/user_upload/formulieren/%s.%s",
                "sitecore": "/-/media/brabant/formulieren/%s.%s",
                "nldsprov": "/assets/documenten/%s.%s",
                "wpwater": "/wp-content/uploads/%s.%s",
                "wploket": "/wp-content/uploads/formulieren/%s.%s",
                "svb": "/binaries/%s.%s"}[fam].replace("document.php?m=1&fileid=", "documenten/") % (slug, ext)

    def appt_host():
        return {"toptaken": "afspraken.venlo.test", "simpdc": "rucphen.qmaticcloud.test",
                "iprox": "amstelveen.qmaticcloud.test", "owc": "afspraken.buren.test",
                "pdcloket": "afspraken.dronten.test", "nlds": "afspraken.zeist.test",
                "productid": "hardenberg.qmaticcloud.test", "typo3": "afspraken.heerenveen.test"}[fam]

    def appt_path(key):
        if "qmatic" in appt_host():
            return "/qmaticwebbooking/"
        return "/afspraak-maken"

    site.overview_path = overview_path
    site.overview_name = overview_name
    site.doc_path = doc_path
    site.appt_host = appt_host
    site.appt_path = appt_path


def page_host(site):
    return site.product_host or site.host


def write_product_page(site, key, title, parts, path, top="", extra_main="", lang="nl", crumbs=None):
    host = page_host(site)
    main = site.product_main(title, parts, path, top) + extra_main
    html = site.layout(path, title, main, crumbs=crumbs, lang=lang)
    put(host, path, html)
    text = " ".join(v for k, v in parts.items() if isinstance(v, str))
    site.pages.append((U(host, path), title, strip_tags(text)[:300]))


def strip_tags(s):
    import re
    return re.sub(r"<[^>]+>", " ", s).replace("  ", " ").strip()


def sidebar(site, path, traps):
    """Extra content under a product page: contact block (generic contact form trap)."""
    out = ""
    if "contactform" in site.org["site_traps"]:
        out += ("<aside class='contact-block'><h2>Vragen?</h2><p>Bel %s of %s.</p></aside>"
                % (PHONE[site.org["code"]], site.a(path, site.contact_form_path(),
                                                    "stel uw vraag via het contactformulier")))
    return out


# =============================================================================== regulation PDFs etc.
def reg_pdf(site, key):
    t = site.txt(key)
    names = {"subsidie": "Algemene subsidieverordening 2024", "evenementenvergunning": "Algemene Plaatselijke Verordening 2024",
             "bezwaar": "Verordening behandeling bezwaarschriften", "woo-verzoek": "Beleidsregels Woo"}
    title = names.get(key, "Beleidsregels " + t["title"].lower())
    data = W.regulation_pdf(title, site.org["name"], [
        "In deze verordening wordt verstaan onder: aanvrager, een natuurlijk persoon of rechtspersoon die een "
        "aanvraag indient; college, het college van burgemeester en wethouders.",
        "Een aanvraag wordt ingediend met een door het college vastgesteld formulier.",
        "Het college beslist binnen acht weken na ontvangst van de volledige aanvraag.",
        "Deze verordening treedt in werking op de dag na bekendmaking."])
    p = site.doc_path(slugify(title), "pdf")
    put(site.host, p, data)
    return U(site.host, p), title, data


# =============================================================================== main per org
def build_org(org, products, labels):
    org["sub"] = SUBS[org["code"]]
    if org["fam"] == "down":
        return build_down(org, labels)
    site = FAMILIES[org["fam"]](org)
    attach_helpers(site)
    site.contact_form_path = lambda: {"iprox": "/Contact/Contactformulier", "productid": "/contact_44/contactformulier.html",
                                      "wploket": "/contact/contactformulier/"}.get(org["fam"], "/contact/contactformulier")
    plan = PLANS[org["code"]]
    done_pages = {}
    order = [p["product_key"] for p in products if p["product_key"] in plan]
    for key in order:
        spec = plan[key]
        lab = dict(org_code=org["code"], product_key=key, level="", status="", product_url="", route_url="",
                   level_strict="", via="", notes="")
        traps = []
        if spec["kind"] == "nf":
            lab["status"] = "not_found"
            note = "No page for this product on the site."
            if "news" in spec["traps"]:
                site.news.append(("news-" + key, key))
                traps.append("a news article mentions the product but there is no product page")
            lab["notes"] = note + ("" if not traps else " Trap: " + "; ".join(traps) + ".")
            labels.append(lab)
            continue
        if spec["kind"] == "no":
            t = site.txt(key)
            title = spec["where"]
            path = site.product_path(key, title, "ondernemers" if key in BIZ else "inwoners")
            body = ("<p>%s</p><p>%s</p>" % (esc(spec["text"]), esc(no_context(key, org))))
            write_product_page(site, key, title, {"wat": body}, path)
            site.links.append((CAT_OF.get(key, "Overig"), title, path, "ondernemers" if key in BIZ else "inwoners"))
            lab.update(status="not_offered", product_url=U(page_host(site), path),
                       notes="Not offered: the page '%s' states it positively." % title)
            add_site_traps(site, lab, [])
            labels.append(lab)
            note_structure("not_offered_statement_under_other_title")
            continue
        t = site.txt(key)
        share = spec.get("share")
        if share and share in done_pages:
            # second product of a shared page: reuse the page and its route
            prev = done_pages[share]
            lab.update(status="ok", level=str(prev["level"]), level_strict=str(prev["strict"]),
                       product_url=prev["url"], route_url=prev.get("other_route") or prev["route"] or "", via=prev["via"],
                       notes="Shared page with %s; %s." % (share, prev["desc"]))
            add_site_traps(site, lab, prev["traps"])
            labels.append(lab)
            note_structure("page_shared_by_two_products")
            continue
        title = shared_title(key, share, t, org) if share else t["title"]
        path = site.product_path(key, title, "ondernemers" if key in BIZ else "inwoners")
        if share and spec["kind"] != "pdf":
            site.txts[key] = {"form": {"exploitatievergunning-horeca": "Aanvraag horecavergunning"}.get(key, t["form"])}
        r = route_for(site, key, spec, path)
        parts = {"wat": "<p>%s</p>" % esc(t["wat"]), "voorw": "<p>%s</p>" % esc(t["voorw"]), "hoe": r["hoe"],
                 "kosten": "<p>%s</p>" % esc(t["kosten"]), "termijn": "<p>%s</p>" % esc(t["termijn"])}
        if org["type"] != "gemeente":
            parts["kosten"] = "<p>%s</p>" % esc(t["kosten"])
        if share:
            t2 = site.txt(share)
            parts["wat"] += "<p>%s</p>" % esc(t2["wat"])
            if spec["kind"] == "pdf":
                # a second form for the other product on the same page
                r2 = route_for(site, share, dict(spec, share=None), path)
                parts["hoe"] += r2["hoe"]
                r["other_route"] = r2["route"]
        extra = ""
        traps = list(r["traps"])
        for tr in spec["traps"]:
            if tr == "mailto" and spec["kind"] != "info":
                parts["hoe"] += ("<p>Liever per e-mail? Mail naar <a href='mailto:%s@%s.test'>%s@%s.test</a>.</p>"
                                 % (key.split("-")[0], org["sub"], key.split("-")[0], org["sub"]))
                traps.append("mailto link")
            elif tr == "mailto":
                traps.append("mailto link")
            elif tr == "regpdf":
                u, rt, data = reg_pdf(site, key)
                parts["voorw"] += "<p>Lees de regels in de %s.</p>" % site.a(
                    path, u, "%s (%s)" % (esc(rt), W.size_label(data, 1)))
                traps.append("regulation PDF (%s)" % rt)
            elif tr == "auxpdf":
                if key == "paspoort":
                    nm = "Toestemming reisdocument minderjarige"
                else:
                    nm = "Verklaring hoofdbewoner"
                data = W.form_pdf(nm, org["name"], ADDR[org["code"]], "Hulpformulier: %s." % nm,
                                  ["Naam", "Geboortedatum", "Adres"])
                p = site.doc_path(slugify(nm), "pdf")
                put(site.host, p, data)
                parts["hoe"] += "<p>Heeft u dit nodig? %s</p>" % site.a(path, U(site.host, p), "%s (%s)" % (
                    nm, W.size_label(data, 0)))
                traps.append("auxiliary PDF '%s' (not the request form)" % nm)
            elif tr == "mijnoverheid":
                parts["hoe"] += ("<p>Na de aangifte staan de gegevens van uw kind in MijnOverheid. %s</p>"
                                 % site.a(path, U("mijn.overheid.test", "/"), "Bekijk uw gegevens in MijnOverheid "
                                          "(inloggen met DigiD)"))
                traps.append("DigiD login to MijnOverheid (a general portal, not the product's route)")
        if spec.get("similar") == "klein-evenement":
            extra_path = site.product_path("evenementenvergunning", "Klein evenement melden")
            if spec["kind"] == "pdf":
                fu = PL.platform_route(site, "evenementenvergunning", "anon", "fd", "Melding klein evenement")[1]
            else:
                fu = PL.of_form(org, "evenementenvergunning", "anon", "Melding klein evenement")
            kp = {"wat": "<p>Organiseert u een klein evenement, zoals een buurtbarbecue of straatfeest met minder dan "
                         "200 bezoekers, zonder muziek na 22.00 uur? Dan is een melding genoeg. U heeft geen "
                         "evenementenvergunning nodig.</p>",
                  "hoe": "<p>Doe de melding minstens 3 weken van tevoren.</p><p>%s</p>" % site.a(
                      extra_path, fu, "Melding klein evenement doen", cls="button")}
            write_product_page(site, None, "Klein evenement melden", kp, extra_path)
            site.links.append(("Vergunningen voor ondernemers", "Klein evenement melden", extra_path, "ondernemers"))
            parts["voorw"] += "<p>Is uw evenement klein? Dan is een melding misschien genoeg: %s.</p>" % site.a(
                path, U(page_host(site), extra_path), "klein evenement melden")
            traps.append("a similar page 'Klein evenement melden' with an anonymous melding form (67) is a different "
                         "product variant; the vergunning page itself decides")
            note_structure("two_similar_permits")
        elif spec.get("similar"):
            note_structure("two_similar_permits")
        extra += sidebar(site, path, traps)
        if spec.get("en"):
            enp = english_page(site, key, t, r, path)
            extra += "<p lang='en' class='language-link'>%s</p>" % site.a(path, enp, "Read this page in English")
        write_product_page(site, key, title, parts, path, extra_main=extra)
        site.key_paths[key] = path
        if share:
            site.key_paths[share] = path
        aud = "ondernemers" if key in BIZ else "inwoners"
        site.links.append((CAT_OF.get(key, "Overig"), title, path, aud))
        if spec.get("bizpage"):
            bizpage(site, key, t, spec, r, title)
            traps_note = "a businesses' page with the same title exists"
        url = U(page_host(site), path)
        lab.update(status="ok", level=str(r["level"]), level_strict=str(r["strict"]), product_url=url,
                   route_url=r["route"] or "", via=r["via"])
        d = r["desc"]
        note = structure_note(site, spec) + " " + (d if d.startswith("eHerkenning") else d[0].upper() + d[1:]) + "."
        if share:
            note = "Page shared with %s: " % share + note
        if spec.get("bizpage"):
            note += " A businesses' page with the same title exists (same route family)."
            note_structure("citizen_and_business_page_same_title")
        if spec.get("similar") and spec.get("similar") != "klein-evenement":
            note += " A similar permit page exists on the same site (%s)." % spec["similar"]
        lab["notes"] = note
        add_site_traps(site, lab, traps)
        labels.append(lab)
        done_pages[key] = dict(level=r["level"], strict=r["strict"], url=url, route=r["route"], via=r["via"],
                               desc=r["desc"], traps=traps, other_route=r.get("other_route"))
    extra_pages(site)
    MOVED[site.host] = dict(site.key_paths)
    build_nav(site)
    return site


MOVED = {}


def extra_pages(site):
    """Pages for services that are not measured: a real site has many more pages."""
    from content import EXTRA
    o = site.org
    if o["type"] != "gemeente":
        return
    for i, (title, kind, text) in enumerate(EXTRA):
        if num(o["code"] + title) % 4 == 0:
            continue
        path = site.product_path("extra-%d" % i, title)
        hoe = ""
        if kind == "appt":
            hoe = "<p>Maak een afspraak bij Burgerzaken.</p><p>%s</p>" % site.a(
                path, U(site.appt_host(), site.appt_path("x")), "Afspraak maken", cls="button")
            site.appts.append(("extra", site.appt_path("x")))
        elif kind == "digid":
            plat = {"toptaken": "of", "nlds": "of", "simpdc": "iform", "iprox": "tef", "owc": "gf", "pdcloket": "own",
                    "productid": "hb", "typo3": "ef"}[o["fam"]]
            e = PL.platform_route(site, "extra", "digid", plat, "Wijziging naamgebruik")[0] or \
                PL.of_form(o, "extra", "digid", "Wijziging naamgebruik")
            hoe = "<p>Geef uw keuze online door met DigiD.</p><p>%s</p>" % site.a(path, e, "Naamgebruik doorgeven",
                                                                                  cls="button")
        elif "Justis" in text:
            hoe = "<p>%s</p>" % site.a(path, "http://www.justis.test/producten/vog", "Meer over de VOG bij Justis")
        else:
            hoe = "<p>Heeft u vragen? Bel %s.</p>" % PHONE[o["code"]]
        write_product_page(site, None, title, {"wat": "<p>%s</p>" % esc(text), "hoe": hoe}, path)
        site.links.append(("Burgerzaken" if kind != "info" else "Overig", title, path, "inwoners"))
        note_structure("distractor_page_unmeasured_service")


def structure_note(site, spec):
    fam = {"toptaken": "Toptaken page", "simpdc": "PDC catalogue page (?id=)", "iprox": "iProx page (base href)",
           "owc": "OpenWebConcept PDC page", "pdcloket": "PDC loket page", "nlds": "NL Design System page",
           "productid": "productid page (base href, ../ links)", "typo3": "Typo3 page", "sitecore": "loket catalogue page (?product=)",
           "nldsprov": "provincial NL Design System page (../ links)", "wpwater": "WordPress page", "wploket": "loket page",
           "svb": "SVB page"}[site.org["fam"]]
    cta = spec.get("cta")
    if cta in ("button", "getform", "img", "iframe"):
        fam += ", CTA as " + {"button": "<button onclick>", "getform": "GET form", "img": "DigiD image link",
                              "iframe": "<iframe>"}[cta]
    return fam + ";"


def add_site_traps(site, lab, traps):
    traps = list(traps)
    st = site.org["site_traps"]
    if "contactform" in st:
        traps.append("generic contact form link on the page")
    if "mijnlogin" in st:
        traps.append("site-wide 'Mijn %s' login in the header" % site.org["short"])
    if "digidfooter" in st:
        traps.append("DigiD logo in the footer")
    if traps:
        lab["notes"] = (lab["notes"] + " Trap: " + "; ".join(traps) + ".").strip()


def shared_title(key, share, t, org):
    pair = {frozenset(["paspoort", "identiteitskaart"]): "Paspoort en identiteitskaart",
            frozenset(["exploitatievergunning-horeca", "alcoholvergunning"]): "Horecavergunning (exploitatie- en alcoholvergunning)",
            frozenset(["omgevingsvergunning", "watervergunning"]): "Watervergunning (omgevingsvergunning wateractiviteit)"}
    return pair[frozenset([key, share])]


def no_context(key, org):
    return {"parkeervergunning": "Heeft u een gehandicaptenparkeerkaart? Dan mag u ook parkeren op de "
                                 "gehandicaptenparkeerplaatsen.",
            "hondenbelasting": "Houd uw hond aangelijnd in de bebouwde kom en ruim de poep op. Op de kaart ziet u "
                               "de losloopgebieden.",
            "marktvergunning": "Op woensdag is er weekmarkt van 8.00 tot 13.00 uur.",
            "reclamebelasting": "De gemeente heft wel onroerendezaakbelasting, rioolheffing en afvalstoffenheffing.",
            "winkeltijdenontheffing": "Op Koningsdag, Kerst en Pasen gelden dezelfde tijden."}.get(key, "")


def english_page(site, key, t, r, dutch_path):
    fam = site.org["fam"]
    en_title = t["en"]
    path = {"toptaken": "/en/" + slugify(en_title), "iprox": "/English/" + W.under(en_title),
            "nlds": "/english/" + slugify(en_title), "svb": "/en/" + {"aow-uitkering": "aow-pension/applying-for-aow",
                                                                       "kinderbijslag": "child-benefit/apply"}.get(key, slugify(en_title))}[fam]
    if r["route"] and r["level"] == 100:
        how = ("You can do this online. You log in with DigiD, the Dutch digital identity. %s"
               % site.a(path, r["entry"] or r["route"], "Apply online with DigiD (in Dutch)", cls="button"))
    elif r["route"]:
        how = "Use the online form: %s" % site.a(path, r["entry"] or r["route"], "go to the form (in Dutch)")
    else:
        how = "You need to apply in person at the town hall. Please make an appointment first."
    main = ("<h1>%s</h1><p>%s</p><h2>How to apply</h2><p>%s</p><p>%s</p>"
            % (esc(en_title), esc({"verhuismelding": "Are you moving to a new address? Please register your new "
                                                     "address with the municipality within 5 days after moving.",
                                   "brp-uittreksel": "An extract from the Personal Records Database (BRP) proves "
                                                     "where you are registered.",
                                   "paspoort": "Dutch nationals apply for a passport at the town hall.",
                                   "aow-uitkering": "The AOW is the Dutch state pension. You apply about 6 months "
                                                    "before you reach state pension age.",
                                   "kinderbijslag": "Child benefit is a contribution towards the cost of raising "
                                                    "your children."}.get(key, "")),
               how, site.a(path, dutch_path, "Nederlandse versie van deze pagina")))
    put(page_host(site), path, site.layout(path, en_title, main, lang="en"))
    site.en_pages.append((en_title, path))
    note_structure("english_page_beside_dutch")
    return path


def bizpage(site, key, t, spec, r, title):
    path = site.product_path(key, title, "ondernemers")
    o = site.org
    if key == "afvalcontainer":
        hoe = ("<p>Bedrijven vallen niet onder de gemeentelijke afvalinzameling. Sluit voor uw bedrijfsafval een "
               "contract af met een erkende afvalinzamelaar. Bel %s als u twijfelt.</p>" % PHONE[o["code"]])
        wat = "<p>Heeft u als ondernemer een container nodig voor bedrijfsafval?</p>"
    else:
        hoe = "<p>Ondernemers vragen dit aan met eHerkenning.</p><p>%s</p>" % site.a(
            path, r["entry"] or r["route"], "Aanvragen voor bedrijven (eHerkenning)", cls="button")
        wat = "<p>%s</p>" % esc(t["wat"])
    write_product_page(site, key, title, {"wat": wat, "hoe": hoe, "kosten": "<p>%s</p>" % esc(t["kosten"])}, path)
    site.links.append((CAT_OF.get(key, "Overig"), title, path, "ondernemers"))


# =============================================================================== navigation pages
def build_nav(site):
    fam = site.org["fam"]
    o = site.org
    h = site.host
    secs = site.nav_sections()
    navp = NAVPATHS[fam]

    def simple(path, title, body, host=None):
        put(host or h, path, site.layout(path, title, "<h1>%s</h1>%s" % (esc(title), body)))
        site.pages.append((U(host or h, path), title, strip_tags(body)[:200]))

    def listing(path, aud_list):
        body = ""
        for aud in aud_list:
            for sec in sorted(secs.get(aud, {})):
                body += "<h2>%s</h2><ul>" % esc(sec) + "".join(
                    "<li>%s</li>" % site.a(path, U(page_host(site), p), esc(tl)) for tl, p in sorted(secs[aud][sec])) + "</ul>"
        return body

    # overview pages
    labs = NAV_LABELS.get(fam, {})
    gem = o["type"] == "gemeente"
    if navp.get("inwoners"):
        simple(navp["inwoners"], labs.get("inwoners", "Inwoners"),
               listing(navp["inwoners"], ["inwoners"] if gem else ["inwoners", "ondernemers"]))
    if navp.get("ondernemers"):
        simple(navp["ondernemers"], labs.get("ondernemers", "Ondernemers"),
               listing(navp["ondernemers"], ["ondernemers"] if gem else ["inwoners", "ondernemers"]))
    if navp.get("az"):
        allp = sorted({(tl, p) for aud in secs for sec in secs[aud] for tl, p in secs[aud][sec]})
        body = "<ul class='a-z'>" + "".join("<li>%s</li>" % site.a(navp["az"], U(page_host(site), p), esc(tl))
                                            for tl, p in allp) + "</ul>"
        simple(navp["az"], "Producten en diensten A-Z", body, host=navp.get("az_host"))
    # E-loket / Alle formulieren overview
    if site.overview_items or navp.get("forms"):
        op = site.overview_path()
        plats = sorted({pl for nm, u, kind, pl in site.all_forms if pl in ("iform", "hb", "ef")})
        items = {(nm, u, kind) for nm, u, kind, pl in site.all_forms if pl in plats}
        items |= {(nm, u, kind) for nm, u, kind in site.overview_items}
        # a realistic overview lists many forms, also ones that are not measured
        for nm, kind in (("Aanvraag huisnummer", "anon"), ("Schademelding aansprakelijkstelling", "anon"),
                         ("Aanmelden als lid van een stembureau", "anon"), ("Aanvraag compostbon", "anon"),
                         ("Wijziging naamgebruik", "digid"), ("Aanvraag verklaring van geen bezwaar", "anon")):
            for pl in plats[:1]:
                u = PL.platform_route(site, "extra", kind, pl, nm)[0]
                items.add((nm, u, kind))
        body = ("<p>Via het digitale loket regelt u zaken met de gemeente. Voor de meeste formulieren logt u in met "
                "DigiD of eHerkenning.</p><ul class='formulieren'>")
        for nm, u, kind in sorted(items):
            body += "<li>%s%s</li>" % (site.a(op, u, esc(nm)), " (DigiD)" if kind in ("digid", "digid_ehk") else
                                       (" (eHerkenning)" if kind == "ehk" else ""))
        body += "</ul>"
        simple(op, site.overview_name() if site.overview_name() != "Formulieren" else "Alle formulieren", body)
    # contact and contact form (generic contact form: a trap when linked from product pages)
    cp = navp["contact"]
    simple(cp, "Contact", "<p>%s<br>%s<br>Telefoon %s</p><p>%s</p>" % (
        esc(o["name"]), ADDR[o["code"]], PHONE[o["code"]],
        site.a(cp, site.contact_form_path(), "Stel uw vraag via het contactformulier")))
    cfp = site.contact_form_path()
    simple(cfp, "Contactformulier", "<p>Heeft u een vraag? Vul het formulier in. Wij antwoorden binnen 5 werkdagen."
           "</p>" + PL._simple_form_html(["Naam", "E-mailadres", "Uw vraag"], "Verstuur", site.href(cfp, cfp)))
    # news
    newsp = navp["news"]
    items = NEWS.get(o["code"], [])
    body = "<ul class='news'>"
    for i, (title, text, link_key) in enumerate(items):
        npath = news_path(fam, newsp, title)
        inner = "<p class='date'>%d maart 2025</p><p>%s</p>" % (3 + i * 5, esc(text))
        if link_key:
            target = [p for sec, tl, p, aud in site.links if tl and p and link_key_match(site, link_key, p)]
            if target:
                inner += "<p>%s</p>" % site.a(npath, U(page_host(site), target[0]), "Meer informatie")
        put(h, npath, site.layout(npath, title, "<h1>%s</h1>%s" % (esc(title), inner)))
        site.pages.append((U(h, npath), title, text))
        body += "<li>%s</li>" % site.a(newsp, npath, esc(title))
    body += "</ul>"
    simple(newsp, "Nieuws", body)
    # english overview
    if navp.get("en"):
        body = "<p>Welcome. Most information on this website is in Dutch. These pages are available in English:</p><ul>"
        body += "".join("<li>%s</li>" % site.a(navp["en"], p, esc(t)) for t, p in site.en_pages) + "</ul>"
        put(h, navp["en"], site.layout(navp["en"], "English", "<h1>English</h1>" + body, lang="en"))
    # static pages
    for p, t in navp.get("static", []):
        simple(p, t, "<p>%s</p>" % esc(STATIC_TEXT.get(t, t)))
    # appointment hosts
    for key, apath in site.appts:
        ah = site.appt_host()
        if "qmatic" in ah:
            put(ah, apath, "<!DOCTYPE html><html lang='nl'><head><meta charset='utf-8'><title>Afspraak maken</title>"
                "</head><body><div id='qmatic-booking'><h1>Afspraak maken - %s</h1><form method='post' action='/qmaticwebbooking/rest/schedule/appointments'>"
                "<label>Kies een dienst <select name='service'><option>Paspoort aanvragen</option><option>Identiteitskaart aanvragen"
                "</option><option>Rijbewijs aanvragen</option><option>Aangifte geboorte</option></select></label>"
                "<label>Datum <input type='date' name='date'></label><label>Tijd <select name='time'><option>09:00</option>"
                "<option>09:10</option></select></label><button>Afspraak bevestigen</button></form></div></body></html>"
                % esc(o["name"]))
        else:
            put(ah, apath, "<!DOCTYPE html><html lang='nl'><head><meta charset='utf-8'><title>Afspraak maken | %s</title>"
                "</head><body><h1>Afspraak maken</h1><p>Kies het product, de datum en de tijd.</p><form method='post' "
                "action='/afspraak-maken/bevestigen'><fieldset><legend>Product</legend><label><input type='checkbox' "
                "name='p' value='paspoort'> Paspoort</label><label><input type='checkbox' name='p' value='id'> "
                "Identiteitskaart</label><label><input type='checkbox' name='p' value='geboorte'> Geboorteaangifte</label>"
                "<label><input type='checkbox' name='p' value='huwelijk'> Melding voorgenomen huwelijk</label></fieldset>"
                "<label>Datum <input type='date' name='datum'></label><button>Volgende</button></form></body></html>"
                % esc(o["name"]))
    # homepage
    build_home(site, navp)
    # robots, sitemap, search, 404
    build_meta(site, navp)


def link_key_match(site, key, path):
    return any(k == key for k, p in site.key_paths.items() if p == path) if hasattr(site, "key_paths") else False


def news_path(fam, newsp, title):
    s = slugify(title)
    if fam == "productid":
        return "/nieuws_43/item/%s_%d.html" % (s, num(s, 100, 999))
    if fam in ("owc", "nldsprov", "wpwater", "wploket"):
        return newsp.rstrip("/") + "/" + s + "/"
    if fam == "iprox":
        return "/Nieuws/" + W.under(title)
    return newsp.rstrip("/") + "/" + s


NAVPATHS = {
    "toptaken": dict(inwoners="/inwoners", ondernemers="/ondernemers", az="/a-z", news="/nieuws", contact="/contact",
                     en="/en", static=[("/cookies", "Cookies"), ("/privacy", "Privacy"),
                                       ("/toegankelijkheid", "Toegankelijkheid")]),
    "simpdc": dict(az="/producten-en-diensten", news="/actueel", contact="/contact", forms=True,
                   static=[("/cookies", "Cookies"), ("/sitemap", "Sitemap")]),
    "iprox": dict(inwoners="/Inwoners", ondernemers="/Ondernemers", az="/Inwoners/Producten_A-Z", news="/Nieuws",
                  contact="/Contact", en="/English", static=[("/Privacy", "Privacy"), ("/cookies", "Cookies")]),
    "owc": dict(inwoners="/inwoners/", ondernemers="/ondernemers/", az="/a-z/", news="/nieuws/", contact="/contact/",
                static=[("/privacy/", "Privacy"), ("/cookies/", "Cookies")]),
    "pdcloket": dict(az="/producten/", az_host="loket.dronten.test", news="/nieuws", contact="/contact",
                     static=[("/privacy", "Privacy")]),
    "nlds": dict(inwoners="/inwoners", ondernemers="/ondernemen", news="/nieuws", contact="/contact", en="/english",
                 static=[("/privacyverklaring", "Privacy"), ("/cookies", "Cookies")]),
    "productid": dict(inwoners="/inwoner_41/index.html", ondernemers="/ondernemer_42/index.html",
                      az="/inwoner_41/a-z.html", news="/nieuws_43/index.html", contact="/contact_44/index.html",
                      static=[("/over-deze-site_45/index.html", "Over deze site")]),
    "typo3": dict(inwoners="/inwoners", ondernemers="/ondernemers", az="/a-z", news="/nieuws", contact="/contact",
                  forms=True, static=[("/privacy", "Privacy"), ("/cookies", "Cookies")]),
    "sitecore": dict(inwoners="/onderwerpen", ondernemers="/subsidies", az="/loket", news="/actueel", contact="/contact",
                     static=[("/privacy", "Privacy"), ("/cookies", "Cookies")]),
    "nldsprov": dict(inwoners="/vergunningen-en-ontheffingen/", ondernemers="/subsidies/", az="/onderwerpen/",
                     news="/nieuws/", contact="/contact/"),
    "wpwater": dict(inwoners="/vergunningen-en-meldingen/", ondernemers="/belastingen/", az="/contact-en-service/",
                    news="/nieuws/", contact="/contact/"),
    "wploket": dict(inwoners="/loket/", ondernemers="/thema/", news="/nieuws/", contact="/contact/"),
    "svb": dict(news="/nl/nieuws/", contact="/nl/contact/", static=[("/nl/privacy/", "Privacy"), ("/nl/anw/", "Anw")]),
}
NAV_LABELS = {
    "sitecore": dict(inwoners="Onderwerpen", ondernemers="Subsidies en vergunningen", az="Loket"),
    "nldsprov": dict(inwoners="Vergunningen en ontheffingen", ondernemers="Subsidies", az="Onderwerpen"),
    "wpwater": dict(inwoners="Vergunningen en meldingen", ondernemers="Belastingen", az="Contact en service"),
    "wploket": dict(inwoners="Loket", ondernemers="Thema's"),
    "pdcloket": dict(az="Producten en diensten"),
    "simpdc": dict(az="Producten en diensten"),
}
STATIC_TEXT = {"Cookies": "Wij gebruiken functionele en analytische cookies. Voor ingesloten video's vragen we uw "
                          "toestemming.",
               "Privacy": "Wij gaan zorgvuldig om met uw persoonsgegevens. Lees hier hoe.",
               "Toegankelijkheid": "Wij willen dat iedereen deze website kan gebruiken.",
               "Sitemap": "Een overzicht van alle pagina's.", "Over deze site": "Deze website wordt beheerd door de "
                                                                                  "afdeling Communicatie.",
               "Anw": "De Algemene nabestaandenwet (Anw) is een uitkering voor nabestaanden."}

NEWS = {
    "GM0983": [("Nieuwe afvalkalender 2025 online", "De afvalkalender voor 2025 staat in de app.", None),
               ("Koopzondagen 2025 vastgesteld", "De gemeenteraad heeft de koopzondagen voor de binnenstad vastgesteld. "
                "Winkeliers die op andere zondagen open willen, kunnen contact opnemen met de gemeente.", None),
               ("Werkzaamheden Maasboulevard", "Vanaf april wordt de Maasboulevard opnieuw ingericht.", None)],
    "GM0840": [("Gemeentehuis gesloten op Koningsdag", "Op 27 april is het gemeentehuis gesloten.", None),
               ("Nieuwe inzameling plastic", "Vanaf 1 juli halen we het plastic afval elke twee weken op.", None)],
    "GM0362": [("Stadshart: nieuwe parkeertarieven", "Per 1 januari gelden nieuwe parkeertarieven in het Stadshart. "
                "Vergunninghouders merken hier niets van.", "parkeervergunning"),
               ("Amstelveen ontvangt nieuwe inwoners", "Nieuwe inwoners zijn welkom op de informatiemarkt.", None)],
    "GM0214": [("Nieuwe openingstijden gemeentehuis", "Het gemeentehuis in Maurik is op afspraak open.", None),
               ("Subsidie voor verenigingen", "Verenigingen kunnen tot 1 oktober subsidie aanvragen voor 2026.", "subsidie")],
    "GM0303": [("Swifterbant krijgt nieuw dorpshuis", "De bouw van het dorpshuis start in mei.", None),
               ("Aanvragen evenementen 2025", "Organiseert u een evenement? Vraag de vergunning op tijd aan.",
                "evenementenvergunning")],
    "GM0355": [("Zeist zet in op schoon, heel en veilig", "We investeren in de openbare ruimte.", None),
               ("Belastingaanslag 2025 verstuurd", "De aanslagen gemeentelijke belastingen zijn verstuurd.", None)],
    "GM0160": [("Nieuwe regels voor speelautomaten in horeca", "De gemeenteraad heeft nieuwe regels vastgesteld voor "
                "speelautomaten in cafés en speelhallen. Ondernemers krijgen hierover een brief.", None),
               ("Vechtdal Marathon: wegafsluitingen", "Op zondag zijn meerdere wegen afgesloten.", None)],
    "GM0074": [("Thialf en Heerenveen: sportieve zomer", "Deze zomer zijn er weer veel evenementen.", None),
               ("Omrin haalt grofvuil op afspraak op", "Grofvuil kunt u laten ophalen via Omrin.", "grofvuil")],
    "PV30": [("Nieuwe subsidieregeling energietransitie", "Vanaf 1 maart kunnen organisaties subsidie aanvragen.",
              "subsidie"),
             ("Werkzaamheden N279", "De N279 is in het weekend afgesloten.", None)],
    "PV22": [("Drenthe investeert in fietspaden", "De provincie legt 40 kilometer nieuw fietspad aan.", None),
             ("Ganzenschade: nieuwe aanpak", "De provincie werkt samen met BIJ12 aan minder schade.", None)],
    "WS0654": [("Maatregelen tegen droogte", "Er geldt een onttrekkingsverbod voor oppervlaktewater.", None),
               ("Aanslag waterschapsbelasting verstuurd", "U ontvangt de aanslag deze maand.", None)],
    "WS0646": [("Dijkversterking Eemskanaal", "De werkzaamheden duren tot eind 2026.", None),
               ("Waterschapsbelasting 2025", "De tarieven voor 2025 zijn vastgesteld.", None)],
    "zb000143": [("AOW-leeftijd 2030 bekend", "De AOW-leeftijd in 2030 blijft 67 jaar en 3 maanden.", "aow-uitkering"),
                 ("Kinderbijslag per 1 juli hoger", "De bedragen van de kinderbijslag stijgen per 1 juli.", None)],
}


def build_home(site, navp):
    o = site.org
    fam = o["fam"]
    h = site.host
    hp = site.home_path
    top = [(tl, p) for sec, tl, p, aud in site.links][:10]
    toptasks = "<ul class='toptaken'>" + "".join("<li>%s</li>" % site.a(hp, U(page_host(site), p), esc(tl))
                                                 for tl, p in top) + "</ul>"
    nav = "<ul class='home-nav'>"
    labs = NAV_LABELS.get(fam, {})
    for k, lab in (("inwoners", "Inwoners"), ("ondernemers", "Ondernemers"), ("az", "Alle producten A-Z"),
                   ("news", "Nieuws"), ("contact", "Contact")):
        lab = labs.get(k, lab)
        if navp.get(k):
            tgt = U(navp.get("az_host", h), navp[k]) if k == "az" else navp[k]
            nav += "<li>%s</li>" % site.a(hp, tgt, lab)
    if site.overview_items or navp.get("forms"):
        nav += "<li>%s</li>" % site.a(hp, site.overview_path(), site.overview_name())
    nav += "</ul>"
    extra = ""
    if fam == "pdcloket":
        extra = "<p>Kijk ook op %s.</p>" % site.a(hp, "http://dronten.test/nieuws", "het nieuws")
    wname = {"waterschap": "Waterschap " + o["name"], "rijk": "de " + o["name"]}.get(o["type"], o["name"])
    main = "<h1>Welkom bij %s</h1><h2>Direct naar</h2>%s%s%s" % (esc(wname), toptasks, nav, extra)
    put(h, hp, site.layout(hp, "Home", main))
    site.pages.append((U(h, hp), "Home", "Welkom bij " + o["name"]))
    if fam == "productid":
        pass  # '/' and '/index.html' are the same file
    # consent interstitials and splash pages before the home page
    if fam in ("simpdc", "sitecore", "wploket"):
        cpath = {"simpdc": "/cookie-toestemming", "sitecore": "/cookieconsent", "wploket": "/cookiemelding/"}[fam]
        W.redirect(U(h, "/"), U(h, cpath + "?returnUrl=%2F"), 302)
        body = ("<div class='consent-wall'><h1>Cookies op de website van %s</h1><p>Wij gebruiken cookies om de "
                "website goed te laten werken en om het gebruik te meten. Met uw toestemming plaatsen we ook cookies "
                "van derden, bijvoorbeeld voor video's. Kies hieronder.</p><form method='get' action='%s'>"
                "<input type='hidden' name='consent' value='all'><button type='submit'>Alle cookies accepteren"
                "</button></form><form method='get' action='%s'><input type='hidden' name='consent' value='necessary'>"
                "<button type='submit'>Alleen noodzakelijke cookies</button></form></div>" % (esc(o["name"]), hp, hp))
        put(h, cpath, "<!DOCTYPE html><html lang='nl'><head><meta charset='utf-8'><title>Cookie-instellingen | %s"
            "</title></head><body>%s</body></html>" % (esc(o["name"]), body))
        note_structure("cookie_consent_interstitial")
    if fam == "svb":
        put(h, "/", "<!DOCTYPE html><html><head><meta charset='utf-8'><title>SVB - Kies uw taal</title></head><body>"
            "<main class='language-splash'><h1>Sociale Verzekeringsbank</h1><p>Kies uw taal / Choose your language</p>"
            "<ul><li><a href='/nl/' lang='nl'>Nederlands</a></li><li><a href='/en/' lang='en'>English</a></li>"
            "<li><a href='/de/' lang='de'>Deutsch</a></li><li><a href='/tr/' lang='tr'>Türkçe</a></li></ul></main>"
            "</body></html>")
        for lp, t, txt in (("/de/", "Willkommen bei der SVB", "Die SVB führt die Volksversicherungen in den Niederlanden durch."),
                           ("/tr/", "SVB'ye hoş geldiniz", "SVB, Hollanda'da sosyal sigortaları yürütür.")):
            put(h, lp, site.layout(lp, t, "<h1>%s</h1><p>%s</p><p><a href='/nl/'>Nederlands</a></p>" % (t, txt), lang=lp[1:3]))
        enmain = ("<h1>SVB in English</h1><ul>" + "".join("<li>%s</li>" % site.a("/en/", p, esc(t)) for t, p in site.en_pages)
                  + "</ul>")
        put(h, "/en/", site.layout("/en/", "SVB in English", enmain, lang="en"))
        for sub, key in (("/nl/aow/", "aow-uitkering"), ("/nl/kinderbijslag/", "kinderbijslag")):
            lk = [(tl, p) for sec, tl, p, aud in site.links if p.startswith(sub)]
            put(h, sub, site.layout(sub, site.txt(key)["title"].split()[0], "<h1>%s</h1><ul>%s</ul>" % (
                esc(sub.strip("/").split("/")[-1].upper() if key == "aow-uitkering" else "Kinderbijslag"),
                "".join("<li>%s</li>" % site.a(sub, p, esc(tl)) for tl, p in lk))))
        note_structure("language_splash_page")
    if fam == "toptaken":
        pass


def build_meta(site, navp):
    o = site.org
    h = site.host
    fam = o["fam"]
    # robots.txt
    robots = "User-agent: *\n"
    if fam == "toptaken":
        robots += "Disallow: /zoeken\nDisallow: /user/\nSitemap: http://www.venlo.test/sitemap.xml\n"
    elif fam == "owc":
        robots += "Disallow: /wp-admin/\nAllow: /wp-admin/admin-ajax.php\nSitemap: http://www.buren.test/wp-sitemap.xml\n"
    elif fam == "iprox":
        robots += "Disallow: /publish/pages/zoeken/\nSitemap: http://www.amstelveen.test/sitemap.xml\n"
    elif fam == "nlds":
        robots += "Disallow: /zoeken\nSitemap: http://www.zeist.test/sitemap.xml\n"
    elif fam == "sitecore":
        robots += "Disallow: /sitecore/\nSitemap: http://www.brabant.test/sitemap.xml\n"
    elif fam == "wploket":
        robots += "Disallow: /wp-admin/\nSitemap: http://www.hunzeenaas.test/sitemap_index.xml\n"
    elif fam == "svb":
        robots += "Disallow: /nl/zoeken/\nSitemap: http://www.svb.test/sitemap.xml\n"
    else:
        robots += "Disallow:\n"
    put(h, "/robots.txt", robots)
    if site.product_host:
        put(site.product_host, "/robots.txt", "User-agent: *\nDisallow:\n")
    urls = sorted({u for u, t, x in site.pages if u.split("/")[2] == h})
    sm = lambda us: ("<?xml version='1.0' encoding='UTF-8'?>\n<urlset xmlns='http://www.sitemaps.org/schemas/sitemap/0.9'>"
                     + "".join("<url><loc>%s</loc></url>" % esc(u) for u in us) + "</urlset>\n")
    if fam == "owc":
        put(h, "/wp-sitemap.xml", "<?xml version='1.0' encoding='UTF-8'?>\n<sitemapindex xmlns='http://www.sitemaps.org/"
            "schemas/sitemap/0.9'><sitemap><loc>http://www.buren.test/wp-sitemap-posts-pdc-item-1.xml</loc></sitemap>"
            "<sitemap><loc>http://www.buren.test/wp-sitemap-posts-page-1.xml</loc></sitemap></sitemapindex>\n")
        put(h, "/wp-sitemap-posts-pdc-item-1.xml", sm([u for u in urls if "/onderwerp/" in u]))
        put(h, "/wp-sitemap-posts-page-1.xml", sm([u for u in urls if "/onderwerp/" not in u]))
        note_structure("sitemap_xml")
    elif fam == "wploket":
        put(h, "/sitemap_index.xml", "<?xml version='1.0' encoding='UTF-8'?>\n<sitemapindex xmlns='http://www.sitemaps.org/"
            "schemas/sitemap/0.9'><sitemap><loc>http://www.hunzeenaas.test/page-sitemap.xml</loc></sitemap>"
            "</sitemapindex>\n")
        put(h, "/page-sitemap.xml", sm(urls))
        note_structure("sitemap_xml")
    elif site.sitemap:
        put(h, "/sitemap.xml", sm(urls))
        note_structure("sitemap_xml")
    # site search answered by the server
    if site.search_path:
        sp, param = site.search_path
        idx = [{"url": u, "title": t, "text": x} for u, t, x in site.pages]
        W.SEARCH_INDEX[h] = idx
        tmpl = site.layout(sp, "Zoeken", "<h1>Zoekresultaten voor '<!--QUERY-->'</h1><!--RESULTS-->")
        W.BEH["searches"].append({"host": h, "path": sp, "param": param, "index": "search/%s.json" % h,
                                  "template": "search/%s.html" % h, "_tmpl": tmpl})
        note_structure("site_search")


def build_down(org, labels):
    """Justis: the whole site answers 503 (maintenance)."""
    h = org["host"]
    put(h, "/onderhoud.html", "<!DOCTYPE html><html lang='nl'><head><meta charset='utf-8'><title>Onderhoud</title>"
        "</head><body><h1>Wij werken aan onze website</h1><p>Probeer het later opnieuw.</p></body></html>")
    for p in ("/", "/robots.txt", "/sitemap.xml", "/onderhoud.html", "/producten/vog", "/vog", "/producten",
              "/en", "/contact", "/zoeken", "/index.html", "/producten/vog/vog-aanvragen",
              "/producten/vog/verklaring-omtrent-het-gedrag", "/vog-aanvragen"):
        W.BEH["statuses"].append({"url": U(h, p), "status": 503})
    W.BEH["not_found_pages"].append({"host": h, "file": "sites/%s/onderhoud.html" % h, "status": 404})
    W.BEH["host_redirects"].append({"host": "justis.test", "status": 301, "to": h})
    put("justis.test", "/.keep", "")
    for key in PLANS[org["code"]]:
        labels.append(dict(org_code=org["code"], product_key=key, level="", status="unreachable", product_url="",
                           route_url="", level_strict="", via="",
                           notes="The whole site answers 503 (maintenance) on the home page, robots.txt, sitemap and "
                                 "product paths; other paths 404."))
    note_structure("unreachable_site_503")


# =============================================================================== behaviours
def behaviours():
    # bare domain -> www (several), and the reverse for Drenthe
    for bare in ("venlo.test", "rucphen.test", "amstelveen.test", "dronten.test", "zeist.test", "heerenveen.test",
                 "svb.test", "brabant.test"):
        W.BEH["host_redirects"].append({"host": bare, "status": 301, "to": "www." + bare})
        put(bare, "/.keep", "")
        note_structure("www_non_www_redirect")
    W.BEH["host_redirects"].append({"host": "www.provincie.drenthe.test", "status": 301, "to": "provincie.drenthe.test"})
    put("www.provincie.drenthe.test", "/.keep", "")
    note_structure("www_non_www_redirect")
    # soft 404 pages (status 200) and own 404 pages
    for host, name in (("www.rucphen.test", "Gemeente Rucphen"), ("www.heerenveen.test", "Gemeente Heerenveen"),
                       ("provincie.drenthe.test", "Provincie Drenthe"), ("www.hunzeenaas.test", "Waterschap Hunze en Aa's"),
                       ("loket.dronten.test", "Gemeente Dronten")):
        f = "sites/%s/pagina-niet-gevonden.html" % host
        put(host, "/pagina-niet-gevonden.html", "<!DOCTYPE html><html lang='nl'><head><meta charset='utf-8'><title>"
            "Pagina niet gevonden | %s</title></head><body><h1>Pagina niet gevonden</h1><p>De pagina die u zoekt "
            "bestaat niet (meer). Misschien is de pagina verplaatst. Gebruik de zoekfunctie of ga naar de "
            "<a href='/'>homepage</a>.</p></body></html>" % esc(name))
        W.BEH["not_found_pages"].append({"host": host, "file": f, "status": 200})
        note_structure("soft_404")
    for host in ("www.venlo.test", "www.amstelveen.test", "www.zeist.test"):
        put(host, "/404.html", "<!DOCTYPE html><html lang='nl'><head><meta charset='utf-8'><title>404 - Pagina niet "
            "gevonden</title></head><body><h1>Deze pagina bestaat niet</h1><p><a href='/'>Naar de homepage</a></p>"
            "</body></html>")
        W.BEH["not_found_pages"].append({"host": host, "file": "sites/%s/404.html" % host, "status": 404})
    # old URLs that moved (redirects)
    for host, old, key in (("www.venlo.test", "/verhuizen-naar-venlo", "verhuismelding"),
                           ("www.zeist.test", "/parkeervergunning-aanvragen", "parkeervergunning")):
        W.redirect(U(host, old), U(host, MOVED[host][key]), 301)
        note_structure("old_url_redirect")
    # a slow page
    W.BEH["delays"].append({"url": U("www.hardenberg.test", "/inwoner_41/a-z.html"), "seconds": 2})


# =============================================================================== output
def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default=str(HERE / "web"))
    args = ap.parse_args()
    out = Path(args.out)
    if out.exists():
        shutil.rmtree(out)
    products = list(csv.DictReader(open(PRODUCTS_CSV, encoding="utf-8")))
    T = {"gemeente": "G", "provincie": "P", "waterschap": "W", "rijk": "R"}
    labels = []
    W.idp_sites()
    for org in ORGS:
        app = [p["product_key"] for p in products if T[org["type"]] in p["org_types"] and
               (org["type"] != "rijk" or p["offered_by"] == org["code"])]
        assert set(app) == set(PLANS[org["code"]]), (org["code"], set(app) ^ set(PLANS[org["code"]]))
        site = build_org(org, products, labels)
        if site is not None:
            site_assets(site)
    PL.of_finish()
    behaviours()
    mijn_portals()
    image_stubs()
    fix_dir_clashes()
    # write files
    for (host, path), data in sorted(FILES_ITEMS()):
        rel = path.lstrip("/")
        fp = out / "sites" / host / rel
        fp.parent.mkdir(parents=True, exist_ok=True)
        fp.write_bytes(data)
    # search indexes
    (out / "search").mkdir(parents=True, exist_ok=True)
    for s in W.BEH["searches"]:
        (out / s["index"]).write_text(json.dumps(W.SEARCH_INDEX[s["host"]], ensure_ascii=False, indent=0, sort_keys=True),
                                      encoding="utf-8")
        (out / s["template"]).write_text(s.pop("_tmpl"), encoding="utf-8")
    beh = {k: v for k, v in W.BEH.items() if v}
    (out / "testweb.json").write_text(json.dumps({"description": "held-out gate web (web-gate)", "behaviours": beh},
                                                 indent=1, sort_keys=True, ensure_ascii=False) + "\n", encoding="utf-8")
    with open(out / "organisations.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["code", "name", "org_type", "website", "inhabitants"])
        for o in ORGS:
            w.writerow([o["code"], o["name"], o["type"], o.get("website", "http://%s/" % o["host"]),
                        o.get("inh", "") if o["type"] == "gemeente" else ""])
    cols = ["org_code", "product_key", "level", "status", "product_url", "route_url", "level_strict", "via", "notes"]
    with open(out / "labels.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=cols, lineterminator="\n")
        w.writeheader()
        for lab in labels:
            w.writerow(lab)
    (out / "structures.json").write_text(json.dumps(W.STATS["structures"], indent=1, sort_keys=True) + "\n")
    print("hosts", len({h for h, p in W.FILES}), "files", len(W.FILES), "labels", len(labels))


def FILES_ITEMS():
    return W.FILES.items()


GIF1 = bytes.fromhex("47494638396101000100800000000000ffffff21f90401000000002c00000000010001000002024401003b")
PNG1 = bytes.fromhex("89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d49444154789c6360000002"
                     "0001e221bc330000000049454e44ae426082")


def image_stubs():
    """Logos and icons referenced by <img src> on the simulated hosts."""
    import re
    for (h, p), data in list(W.FILES.items()):
        if not (p.endswith(".html") or "." not in p.rsplit("/", 1)[-1] or p.endswith(".aspx")):
            continue
        txt = data.decode("utf-8", "ignore")
        base = re.search(r"<base href='([^']+)'", txt)
        for src in re.findall(r"<img src='([^']+)'", txt):
            import urllib.parse as up
            u = up.urljoin(base.group(1) if base else U(h, p.replace("index.html", "")), src)
            sp = up.urlsplit(u)
            if not sp.hostname.endswith(".test"):
                continue
            key = (sp.hostname, sp.path)
            if key in W.FILES:
                continue
            if sp.path.endswith(".svg"):
                W.FILES[key] = ("<svg xmlns='http://www.w3.org/2000/svg' width='120' height='40'><title>%s</title>"
                                "<rect width='120' height='40' fill='#1b4f8a'/></svg>" % sp.path.rsplit("/", 1)[-1]).encode()
            elif sp.path.endswith(".gif"):
                W.FILES[key] = GIF1
            else:
                W.FILES[key] = PNG1


def mijn_portals():
    """Site-wide 'Mijn ...' portals linked from headers (traps: not a product route)."""
    put("mijn.amstelveen.test", "/", W.page_simple("Mijn Amstelveen", "Mijn Amstelveen",
        "<p>In Mijn Amstelveen ziet u uw lopende aanvragen en berichten van de gemeente.</p>"
        "<p><a class='button' href='/inloggen/digid'>Inloggen met DigiD</a></p>"))
    W.login_start(U("mijn.amstelveen.test", "/inloggen/digid"), "digid", "mijn-amstelveen")
    W.login_start(U("mijn.hardenberg.test", "/inloggen"), "digid", "mijn-hardenberg")
    put("mijn.hardenberg.test", "/", W.page_simple("Mijn Hardenberg", "Mijn Hardenberg",
        "<p>Bekijk de status van uw aanvragen.</p><p><a href='/inloggen'>Inloggen met DigiD</a></p>"))
    put("mijn.svb.test", "/", W.page_simple("Mijn SVB", "Mijn SVB",
        "<p>In Mijn SVB ziet u uw uitkeringen en betalingen en geeft u wijzigingen door.</p>"
        "<p><a class='button' href='/inloggen/digid'>Inloggen met DigiD</a></p>"))


def fix_dir_clashes():
    """A page at /x and pages under /x/... cannot both be files: move /x to /x/index.html and let /x
    answer 301 to /x/ (as Apache's DirectorySlash does)."""
    dirs = set()
    for (h, p) in W.FILES:
        parts = p.split("?")[0].split("/")
        for i in range(1, len(parts) - 1):
            dirs.add((h, "/".join(parts[:i + 1])))
    for (h, p) in sorted(list(W.FILES)):
        if (h, p) in dirs:
            data = W.FILES.pop((h, p))
            W.FILES[(h, p + "/index.html")] = data
            W.redirect(U(h, p), U(h, p + "/"), 301)
            note_structure("trailing_slash_redirect")


def site_assets(site):
    h = site.host
    put(h, "/images/digid-logo.svg", W.DIGID_SVG)
    put(h, "/images/eherkenning-logo.svg", W.EH_SVG)
    css = "body{font-family:sans-serif;max-width:70rem;margin:auto}.cookie-consent{position:fixed;bottom:0;background:#fff}"
    fam = site.org["fam"]
    cssp = {"iprox": "/assets/css/main.css", "productid": "/assets/css/main.css"}.get(fam, "/assets/css/main.css")
    put(h, cssp, css)
    if site.product_host:
        put(site.product_host, "/assets/css/main.css", css)


if __name__ == "__main__":
    main()
