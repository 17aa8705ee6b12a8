"""Who offers what, how: the per organisation x product plan from which pages and labels are
both generated. Decided by hand, modelled on what comparable real sites do.

Row kinds:
  digid / ehk / digid_ehk   online form behind DigiD / eHerkenning / both     -> 100
  anon                      online form without login                          -> 67
  pdf                       downloadable form (pdf, docx or odt)                -> 33
  info                      information only (counter, phone, letter, e-mail)   -> 0
  appt                      information + online appointment (not a form)       -> 0
  via                       the page sends the user to another body; vk = the route kind there
  no                        the site says positively that it does not offer the product
  nf                        the site has no page for the product
Options: plat (form platform), cta (link|button|getform|iframe|img), prefill (explicit pre-fill
text), ov (route goes through an overview page such as "E-loket"/"Alle formulieren"),
share (page shared with another product), traps (list), fmt (pdf|docx|odt), body (via body).
"""


def R(kind, **kw):
    d = dict(kind=kind)
    d.update(kw)
    d.setdefault("traps", [])
    return d


D = lambda **k: R("digid", **k)
E = lambda **k: R("ehk", **k)
DE = lambda **k: R("digid_ehk", **k)
A = lambda **k: R("anon", **k)
PDF = lambda **k: R("pdf", **k)
I = lambda **k: R("info", **k)
AP = lambda **k: R("appt", **k)
V = lambda body, vk, **k: R("via", body=body, vk=vk, **k)
NO = lambda title, text, **k: R("no", where=title, text=text, **k)
NF = lambda **k: R("nf", **k)
OLO = lambda **k: R("via", body="olo", vk="digid_ehk", **k)

ORGS = [
    dict(code="GM0983", name="Gemeente Venlo", type="gemeente", host="www.venlo.test", inh=102578, fam="toptaken",
         short="Venlo", site_traps=["contactform"]),
    dict(code="GM0840", name="Gemeente Rucphen", type="gemeente", host="www.rucphen.test", inh=22648, fam="simpdc",
         short="Rucphen", site_traps=[]),
    dict(code="GM0362", name="Gemeente Amstelveen", type="gemeente", host="www.amstelveen.test", inh=92914, fam="iprox",
         short="Amstelveen", site_traps=["mijnlogin"]),
    dict(code="GM0214", name="Gemeente Buren", type="gemeente", host="www.buren.test", inh=27912, fam="owc",
         short="Buren", site_traps=["digidfooter"]),
    dict(code="GM0303", name="Gemeente Dronten", type="gemeente", host="www.dronten.test", inh=42871, fam="pdcloket",
         short="Dronten", site_traps=[]),
    dict(code="GM0355", name="Gemeente Zeist", type="gemeente", host="www.zeist.test", inh=66193, fam="nlds",
         short="Zeist", site_traps=["contactform"]),
    dict(code="GM0160", name="Gemeente Hardenberg", type="gemeente", host="www.hardenberg.test", inh=61745,
         fam="productid", short="Hardenberg", site_traps=["mijnlogin"]),
    dict(code="GM0074", name="Gemeente Heerenveen", type="gemeente", host="www.heerenveen.test", inh=51528,
         fam="typo3", short="Heerenveen", site_traps=["digidfooter"]),
    dict(code="PV30", name="Provincie Noord-Brabant", type="provincie", host="www.brabant.test", fam="sitecore",
         short="Brabant", site_traps=[]),
    dict(code="PV22", name="Provincie Drenthe", type="provincie", host="provincie.drenthe.test", fam="nldsprov",
         short="Drenthe", site_traps=[], website="http://www.provincie.drenthe.test/"),
    dict(code="WS0654", name="Aa en Maas", type="waterschap", host="www.aaenmaas.test", fam="wpwater",
         short="Aa en Maas", site_traps=[]),
    dict(code="WS0646", name="Hunze en Aa's", type="waterschap", host="www.hunzeenaas.test", fam="wploket",
         short="Hunze en Aa's", site_traps=["contactform"]),
    dict(code="zb000143", name="Sociale Verzekeringsbank", type="rijk", host="www.svb.test", fam="svb",
         short="SVB", site_traps=["mijnlogin"]),
    dict(code="oorg10104", name="Justis", type="rijk", host="www.justis.test", fam="down", short="Justis",
         site_traps=[]),
]

PLANS = {}

# ------------------------------------------------------------------------------- Venlo
# Toptaken template, Open Formulieren (JS) on formulieren.venlo.test, taxes by BsGW.
PLANS["GM0983"] = {
    "brp-uittreksel": D(plat="of"),
    "verhuismelding": D(plat="of", prefill=True, en=True, traps=["auxpdf"]),
    "geboorteaangifte": D(plat="of", cta="button"),
    "overlijdensaangifte": I(how="undertaker"),
    "huwelijksaangifte": D(plat="of"),
    "paspoort": AP(share="identiteitskaart", traps=["auxpdf"]),
    "identiteitskaart": AP(share="paspoort"),
    "parkeervergunning": D(plat="of", cta="button"),
    "gehandicaptenparkeerkaart": D(plat="of"),
    "gehandicaptenparkeerplaats": D(plat="of"),
    "hondenbelasting": V("bsgw", "digid"),
    "belastingkwijtschelding": V("bsgw", "digid"),
    "woz-bezwaar": V("bsgw", "digid", prefill=True),
    "bijstand": D(plat="of"),
    "bijzondere-bijstand": D(plat="of"),
    "wmo-voorziening": I(how="phone"),
    "leerlingenvervoer": D(plat="of"),
    "grofvuil": A(plat="of", cta="button"),
    "afvalcontainer": D(plat="of"),
    "melding-openbare-ruimte": A(plat="signalen"),
    "omgevingsvergunning": OLO(),
    "kapvergunning": OLO(),
    "bouwdossier-inzage": I(how="mail", traps=["mailto"]),
    "bezwaar": D(plat="of"),
    "klacht": A(plat="of"),
    "woo-verzoek": A(plat="of", traps=["mailto"]),
    "subsidie": DE(plat="of", traps=["regpdf"]),
    "evenementenvergunning": DE(plat="of", similar="klein-evenement"),
    "exploitatievergunning-horeca": E(plat="of", share="alcoholvergunning"),
    "alcoholvergunning": E(plat="of", share="exploitatievergunning-horeca"),
    "terrasvergunning": E(plat="of"),
    "standplaatsvergunning": PDF(),
    "marktvergunning": I(how="marktmeester"),
    "reclamebelasting": I(how="tax"),
    "geluidsontheffing": PDF(),
    "winkeltijdenontheffing": NF(traps=["news"]),
    "kansspelautomaatvergunning": PDF(),
    "collectevergunning": A(plat="of"),
    "ligplaatsvergunning": I(how="havenmeester"),
    "uitwegvergunning": OLO(),
    "belastingaanslag-bezwaar": V("bsgw", "digid"),
    "betalingsregeling": V("bsgw", "digid"),
}

# ------------------------------------------------------------------------------- Rucphen
# Small municipality; PDC catalogue with ?id= URLs; consent interstitial; iForm e-loket.
PLANS["GM0840"] = {
    "brp-uittreksel": D(plat="iform", ov=True),
    "verhuismelding": D(plat="iform", ov=True),
    "geboorteaangifte": AP(),
    "overlijdensaangifte": I(how="undertaker"),
    "huwelijksaangifte": AP(),
    "paspoort": AP(traps=["auxpdf"]),
    "identiteitskaart": AP(),
    "parkeervergunning": NO("Parkeren in Rucphen",
                            "In de gemeente Rucphen is parkeren overal gratis. Er zijn geen "
                            "vergunninggebieden en de gemeente geeft geen parkeervergunningen uit."),
    "gehandicaptenparkeerkaart": PDF(),
    "gehandicaptenparkeerplaats": PDF(),
    "hondenbelasting": V("bwb", "digid"),
    "belastingkwijtschelding": V("bwb", "digid"),
    "woz-bezwaar": V("bwb", "digid"),
    "bijstand": V("werkplein", "digid"),
    "bijzondere-bijstand": V("werkplein", "pdf"),
    "wmo-voorziening": A(plat="iform", ov=True),
    "leerlingenvervoer": PDF(),
    "grofvuil": I(how="phone"),
    "afvalcontainer": A(plat="iform", ov=True),
    "melding-openbare-ruimte": A(plat="fixi"),
    "omgevingsvergunning": OLO(),
    "kapvergunning": PDF(),
    "bouwdossier-inzage": I(how="mail", traps=["mailto"]),
    "bezwaar": I(how="letter", traps=["regpdf"]),
    "klacht": I(how="letter"),
    "woo-verzoek": I(how="mail", traps=["mailto"]),
    "subsidie": PDF(fmt="docx"),
    "evenementenvergunning": PDF(traps=["regpdf"]),
    "exploitatievergunning-horeca": PDF(),
    "alcoholvergunning": PDF(),
    "terrasvergunning": I(how="counter"),
    "standplaatsvergunning": I(how="phone"),
    "marktvergunning": NO("Weekmarkten",
                          "De weekmarkten in Rucphen, Sint Willebrord en Schijf worden georganiseerd door "
                          "de marktvereniging. De gemeente geeft zelf geen marktvergunningen uit; neem "
                          "voor een plaats op de markt contact op met de marktvereniging."),
    "reclamebelasting": NO("Gemeentelijke belastingen",
                           "De gemeente Rucphen heft geen reclamebelasting en geen precariobelasting."),
    "geluidsontheffing": NF(),
    "winkeltijdenontheffing": NF(),
    "kansspelautomaatvergunning": NF(),
    "collectevergunning": I(how="mail", traps=["mailto"]),
    "ligplaatsvergunning": NF(),
    "uitwegvergunning": PDF(),
    "belastingaanslag-bezwaar": V("bwb", "digid"),
    "betalingsregeling": V("bwb", "anon"),
}

# ------------------------------------------------------------------------------- Amstelveen
# iProx-like /Inwoners/<Sectie>/<Titel>, base href, TriplEforms .aspx, English pages.
PLANS["GM0362"] = {
    "brp-uittreksel": D(plat="tef", cta="img", en=True),
    "verhuismelding": D(plat="tef", cta="img", en=True, traps=["auxpdf"]),
    "geboorteaangifte": D(plat="tef"),
    "overlijdensaangifte": I(how="undertaker"),
    "huwelijksaangifte": D(plat="tef"),
    "paspoort": AP(en=True),
    "identiteitskaart": AP(),
    "parkeervergunning": V("parkeerservice", "digid_ehk", bizpage=True),
    "gehandicaptenparkeerkaart": D(plat="tef", similar="gpp"),
    "gehandicaptenparkeerplaats": D(plat="tef", cta="img"),
    "hondenbelasting": NO("Huisdieren",
                          "Amstelveen heft geen hondenbelasting. U hoeft uw hond dus niet bij ons aan "
                          "of af te melden."),
    "belastingkwijtschelding": D(plat="belastingportaal"),
    "woz-bezwaar": D(plat="belastingportaal", prefill=True),
    "bijstand": D(plat="tef"),
    "bijzondere-bijstand": D(plat="tef"),
    "wmo-voorziening": D(plat="tef"),
    "leerlingenvervoer": D(plat="tef"),
    "grofvuil": A(plat="tef"),
    "afvalcontainer": D(plat="tef", cta="img"),
    "melding-openbare-ruimte": A(plat="own"),
    "omgevingsvergunning": OLO(),
    "kapvergunning": OLO(traps=["olocheck"]),
    "bouwdossier-inzage": A(plat="tef"),
    "bezwaar": D(plat="tef"),
    "klacht": A(plat="tef"),
    "woo-verzoek": A(plat="tef"),
    "subsidie": DE(plat="tef"),
    "evenementenvergunning": E(plat="tef"),
    "exploitatievergunning-horeca": E(plat="tef"),
    "alcoholvergunning": E(plat="tef"),
    "terrasvergunning": E(plat="tef"),
    "standplaatsvergunning": PDF(),
    "marktvergunning": I(how="marktmeester"),
    "reclamebelasting": I(how="tax"),
    "geluidsontheffing": DE(plat="tef"),
    "winkeltijdenontheffing": NO("Koopzondagen",
                                 "In Amstelveen mogen winkels elke zondag open van 12.00 tot 18.00 uur. "
                                 "U hoeft daarvoor geen ontheffing aan te vragen; de gemeente verleent "
                                 "geen ontheffingen van de winkeltijden."),
    "kansspelautomaatvergunning": PDF(),
    "collectevergunning": A(plat="tef"),
    "ligplaatsvergunning": PDF(),
    "uitwegvergunning": D(plat="tef"),
    "belastingaanslag-bezwaar": D(plat="belastingportaal"),
    "betalingsregeling": D(plat="belastingportaal"),
}

# ------------------------------------------------------------------------------- Buren
# OpenWebConcept /onderwerp/<slug>/, Gravity Forms on mijn.buren.test, Avri, BSR, Werkzaak.
PLANS["GM0214"] = {
    "brp-uittreksel": D(plat="gf"),
    "verhuismelding": D(plat="gf", prefill=True, cta="img"),
    "geboorteaangifte": D(plat="gf"),
    "overlijdensaangifte": I(how="undertaker"),
    "huwelijksaangifte": D(plat="gf", cta="img"),
    "paspoort": AP(share="identiteitskaart"),
    "identiteitskaart": AP(share="paspoort"),
    "parkeervergunning": NO("Blauwe zone en parkeerschijf",
                            "In de gemeente Buren is geen betaald parkeren. U heeft daarom geen "
                            "parkeervergunning nodig; wij geven die ook niet uit. In de blauwe zone "
                            "in Culemborgseweg en Markt gebruikt u een parkeerschijf."),
    "gehandicaptenparkeerkaart": D(plat="gf"),
    "gehandicaptenparkeerplaats": D(plat="gf"),
    "hondenbelasting": V("bsr", "digid"),
    "belastingkwijtschelding": V("bsr", "digid"),
    "woz-bezwaar": V("bsr", "digid"),
    "bijstand": V("werkzaak", "digid"),
    "bijzondere-bijstand": V("werkzaak", "digid"),
    "wmo-voorziening": D(plat="gf"),
    "leerlingenvervoer": D(plat="gf"),
    "grofvuil": V("avri", "anon"),
    "afvalcontainer": V("avri", "digid"),
    "melding-openbare-ruimte": A(plat="gf"),
    "omgevingsvergunning": OLO(),
    "kapvergunning": OLO(),
    "bouwdossier-inzage": A(plat="gf"),
    "bezwaar": D(plat="gf", cta="img"),
    "klacht": A(plat="gf", cta="iframe"),
    "woo-verzoek": A(plat="gf"),
    "subsidie": PDF(traps=["regpdf"]),
    "evenementenvergunning": DE(plat="gf"),
    "exploitatievergunning-horeca": PDF(),
    "alcoholvergunning": PDF(),
    "terrasvergunning": PDF(),
    "standplaatsvergunning": E(plat="gf"),
    "marktvergunning": NF(),
    "reclamebelasting": NF(),
    "geluidsontheffing": DE(plat="gf"),
    "winkeltijdenontheffing": NF(),
    "kansspelautomaatvergunning": PDF(),
    "collectevergunning": A(plat="gf"),
    "ligplaatsvergunning": NF(),
    "uitwegvergunning": OLO(),
    "belastingaanslag-bezwaar": V("bsr", "digid"),
    "betalingsregeling": V("bsr", "digid"),
}

# ------------------------------------------------------------------------------- Dronten
# Product catalogue on loket.dronten.test/producten/<Slug_Met_Underscores>; buttons with
# onclick; own e-formulieren with DigiD; Formdesk anonymous forms.
PLANS["GM0303"] = {
    "brp-uittreksel": D(plat="own", cta="button"),
    "verhuismelding": D(plat="own", cta="button"),
    "geboorteaangifte": AP(traps=["mijnoverheid"]),
    "overlijdensaangifte": I(how="undertaker"),
    "huwelijksaangifte": AP(),
    "paspoort": AP(share="identiteitskaart"),
    "identiteitskaart": AP(share="paspoort"),
    "parkeervergunning": NO("Verkeer en parkeren",
                            "Parkeren in Dronten, Biddinghuizen en Swifterbant is gratis. Een "
                            "parkeervergunning is niet nodig en kunt u bij de gemeente niet aanvragen."),
    "gehandicaptenparkeerkaart": D(plat="own", cta="button"),
    "gehandicaptenparkeerplaats": I(how="phone"),
    "hondenbelasting": D(plat="own", cta="button"),
    "belastingkwijtschelding": D(plat="own", cta="button"),
    "woz-bezwaar": D(plat="own"),
    "bijstand": D(plat="own", cta="button"),
    "bijzondere-bijstand": PDF(),
    "wmo-voorziening": I(how="phone"),
    "leerlingenvervoer": PDF(),
    "grofvuil": A(plat="fd", cta="button"),
    "afvalcontainer": A(plat="fd", cta="button"),
    "melding-openbare-ruimte": A(plat="fd"),
    "omgevingsvergunning": OLO(),
    "kapvergunning": OLO(),
    "bouwdossier-inzage": A(plat="fd"),
    "bezwaar": D(plat="own"),
    "klacht": A(plat="fd"),
    "woo-verzoek": I(how="mail", traps=["mailto"]),
    "subsidie": PDF(traps=["regpdf"]),
    "evenementenvergunning": PDF(similar="klein-evenement"),
    "exploitatievergunning-horeca": PDF(share="alcoholvergunning"),
    "alcoholvergunning": PDF(share="exploitatievergunning-horeca"),
    "terrasvergunning": PDF(),
    "standplaatsvergunning": PDF(),
    "marktvergunning": I(how="marktmeester"),
    "reclamebelasting": NF(),
    "geluidsontheffing": PDF(fmt="odt"),
    "winkeltijdenontheffing": NF(),
    "kansspelautomaatvergunning": PDF(),
    "collectevergunning": I(how="mail", traps=["mailto"]),
    "ligplaatsvergunning": I(how="havenmeester"),
    "uitwegvergunning": I(how="phone"),
    "belastingaanslag-bezwaar": D(plat="own"),
    "betalingsregeling": I(how="phone"),
}

# ------------------------------------------------------------------------------- Zeist
# NL Design System; Open Formulieren embedded in the product page (JS); forms in iframes;
# parking portal; English page.
PLANS["GM0355"] = {
    "brp-uittreksel": D(plat="of_embed"),
    "verhuismelding": D(plat="of_embed", prefill=True, en=True),
    "geboorteaangifte": D(plat="of_embed"),
    "overlijdensaangifte": I(how="undertaker"),
    "huwelijksaangifte": D(plat="of_embed"),
    "paspoort": AP(),
    "identiteitskaart": AP(),
    "parkeervergunning": V("parkeerzeist", "digid_ehk", bizpage=True),
    "gehandicaptenparkeerkaart": D(plat="of_embed"),
    "gehandicaptenparkeerplaats": D(plat="of", cta="iframe"),
    "hondenbelasting": NO("Honden in Zeist",
                          "Sinds 1 januari 2023 heft de gemeente Zeist geen hondenbelasting meer. U "
                          "hoeft uw hond niet meer aan of af te melden."),
    "belastingkwijtschelding": D(plat="of", cta="iframe"),
    "woz-bezwaar": D(plat="belastingportaal"),
    "bijstand": D(plat="of_embed"),
    "bijzondere-bijstand": D(plat="of_embed"),
    "wmo-voorziening": A(plat="of_embed"),
    "leerlingenvervoer": D(plat="of", cta="iframe"),
    "grofvuil": A(plat="of", cta="iframe"),
    "afvalcontainer": D(plat="of", cta="iframe"),
    "melding-openbare-ruimte": A(plat="signalen"),
    "omgevingsvergunning": OLO(traps=["olocheck"]),
    "kapvergunning": OLO(),
    "bouwdossier-inzage": A(plat="of_embed"),
    "bezwaar": D(plat="of_embed"),
    "klacht": A(plat="of_embed"),
    "woo-verzoek": A(plat="of_embed"),
    "subsidie": DE(plat="of"),
    "evenementenvergunning": DE(plat="of"),
    "exploitatievergunning-horeca": E(plat="of"),
    "alcoholvergunning": E(plat="of"),
    "terrasvergunning": E(plat="of"),
    "standplaatsvergunning": PDF(similar="markt"),
    "marktvergunning": PDF(),
    "reclamebelasting": I(how="tax"),
    "geluidsontheffing": DE(plat="of"),
    "winkeltijdenontheffing": I(how="counter"),
    "kansspelautomaatvergunning": PDF(),
    "collectevergunning": A(plat="of"),
    "ligplaatsvergunning": NF(),
    "uitwegvergunning": D(plat="of_embed"),
    "belastingaanslag-bezwaar": D(plat="belastingportaal"),
    "betalingsregeling": D(plat="belastingportaal"),
}

# ------------------------------------------------------------------------------- Hardenberg
# /inwoner_41/product/<slug>_<id>.html, base href and ../ links, E-loket overview,
# GET-form call to action buttons, citizens' and businesses' pages with the same name.
PLANS["GM0160"] = {
    "brp-uittreksel": D(plat="hb", ov=True),
    "verhuismelding": D(plat="hb", ov=True),
    "geboorteaangifte": D(plat="hb", cta="getform"),
    "overlijdensaangifte": I(how="undertaker"),
    "huwelijksaangifte": D(plat="hb", cta="getform"),
    "paspoort": AP(share="identiteitskaart"),
    "identiteitskaart": AP(share="paspoort"),
    "parkeervergunning": D(plat="hb", cta="getform"),
    "gehandicaptenparkeerkaart": PDF(),
    "gehandicaptenparkeerplaats": I(how="phone"),
    "hondenbelasting": D(plat="hb", ov=True),
    "belastingkwijtschelding": PDF(),
    "woz-bezwaar": D(plat="hb", cta="getform"),
    "bijstand": D(plat="hb", ov=True),
    "bijzondere-bijstand": D(plat="hb", ov=True),
    "wmo-voorziening": D(plat="hb", cta="getform"),
    "leerlingenvervoer": D(plat="hb", ov=True),
    "grofvuil": A(plat="hb", cta="getform"),
    "afvalcontainer": A(plat="hb", bizpage=True),
    "melding-openbare-ruimte": A(plat="hb", cta="getform"),
    "omgevingsvergunning": OLO(),
    "kapvergunning": D(plat="hb", cta="getform", similar="omgevingsvergunning"),
    "bouwdossier-inzage": I(how="mail", traps=["mailto"]),
    "bezwaar": PDF(),
    "klacht": A(plat="hb", ov=True),
    "woo-verzoek": A(plat="hb", ov=True),
    "subsidie": PDF(traps=["regpdf"]),
    "evenementenvergunning": E(plat="hb", ov=True),
    "exploitatievergunning-horeca": PDF(),
    "alcoholvergunning": PDF(),
    "terrasvergunning": PDF(),
    "standplaatsvergunning": I(how="phone"),
    "marktvergunning": I(how="marktmeester"),
    "reclamebelasting": NO("Belastingen voor ondernemers",
                           "De gemeente Hardenberg kent geen reclamebelasting. Voor reclame aan uw "
                           "gevel betaalt u dus geen belasting; soms heeft u wel een "
                           "omgevingsvergunning nodig."),
    "geluidsontheffing": PDF(),
    "winkeltijdenontheffing": NF(),
    "kansspelautomaatvergunning": NF(traps=["news"]),
    "collectevergunning": I(how="mail", traps=["mailto"]),
    "ligplaatsvergunning": NF(),
    "uitwegvergunning": OLO(),
    "belastingaanslag-bezwaar": D(plat="hb", cta="getform"),
    "betalingsregeling": D(plat="hb", ov=True),
}

# ------------------------------------------------------------------------------- Heerenveen
# /inwoners/<categorie>/<slug>, "Alle formulieren" overview, e-formulieren host, Omrin.
PLANS["GM0074"] = {
    "brp-uittreksel": D(plat="ef", ov=True),
    "verhuismelding": D(plat="ef", ov=True),
    "geboorteaangifte": D(plat="ef", cta="getform"),
    "overlijdensaangifte": I(how="undertaker"),
    "huwelijksaangifte": AP(),
    "paspoort": AP(),
    "identiteitskaart": AP(),
    "parkeervergunning": D(plat="ef", cta="getform"),
    "gehandicaptenparkeerkaart": D(plat="ef"),
    "gehandicaptenparkeerplaats": A(plat="ef"),
    "hondenbelasting": D(plat="ef", ov=True),
    "belastingkwijtschelding": D(plat="ef", cta="img"),
    "woz-bezwaar": D(plat="ef", cta="img"),
    "bijstand": D(plat="ef", ov=True),
    "bijzondere-bijstand": D(plat="ef", ov=True),
    "wmo-voorziening": I(how="phone"),
    "leerlingenvervoer": D(plat="ef", cta="getform"),
    "grofvuil": V("omrin", "anon"),
    "afvalcontainer": V("omrin", "anon"),
    "melding-openbare-ruimte": A(plat="ef", cta="iframe"),
    "omgevingsvergunning": OLO(),
    "kapvergunning": OLO(),
    "bouwdossier-inzage": NF(),
    "bezwaar": A(plat="ef", ov=True),
    "klacht": A(plat="ef", ov=True),
    "woo-verzoek": I(how="mail", traps=["mailto"]),
    "subsidie": DE(plat="ef"),
    "evenementenvergunning": PDF(traps=["regpdf"]),
    "exploitatievergunning-horeca": PDF(),
    "alcoholvergunning": E(plat="ef"),
    "terrasvergunning": I(how="counter"),
    "standplaatsvergunning": I(how="phone"),
    "marktvergunning": NF(),
    "reclamebelasting": NF(),
    "geluidsontheffing": PDF(),
    "winkeltijdenontheffing": NF(),
    "kansspelautomaatvergunning": PDF(),
    "collectevergunning": NF(),
    "ligplaatsvergunning": PDF(),
    "uitwegvergunning": D(plat="ef"),
    "belastingaanslag-bezwaar": D(plat="ef", cta="img"),
    "betalingsregeling": I(how="phone"),
}

# ------------------------------------------------------------------------------- Noord-Brabant
PLANS["PV30"] = {
    "omgevingsvergunning": OLO(),
    "bezwaar": DE(plat="brabantloket"),
    "klacht": A(plat="brabantloket"),
    "woo-verzoek": A(plat="brabantloket", traps=["mailto"]),
    "subsidie": DE(plat="brabantsubsidie", bizpage=True),
    "evenementenvergunning": PDF(),
    "geluidsontheffing": V("odbn", "pdf"),
    "uitwegvergunning": E(plat="brabantloket"),
    "beschermde-dieren-ontheffing": OLO(similar="natuurvergunning"),
    "natuurvergunning": OLO(),
    "ontgrondingsvergunning": OLO(),
    "tijdelijk-luchtvaartterrein": V("odbn", "anon"),
    "wegvergunning-provinciaal": E(plat="brabantloket"),
    "vuurwerk-ontbranding": NF(),
    "schadevergoeding-provincie": V("bij12", "digid_ehk"),
    "watervergunning": I(how="od"),
}

# ------------------------------------------------------------------------------- Drenthe
PLANS["PV22"] = {
    "omgevingsvergunning": OLO(),
    "bezwaar": I(how="letter", traps=["mailto"]),
    "klacht": A(plat="fd"),
    "woo-verzoek": A(plat="own"),
    "subsidie": DE(plat="own", traps=["regpdf"]),
    "evenementenvergunning": NF(),
    "geluidsontheffing": NF(),
    "uitwegvergunning": PDF(),
    "beschermde-dieren-ontheffing": PDF(),
    "natuurvergunning": OLO(),
    "ontgrondingsvergunning": OLO(),
    "tijdelijk-luchtvaartterrein": PDF(fmt="odt"),
    "wegvergunning-provinciaal": A(plat="fd"),
    "vuurwerk-ontbranding": PDF(fmt="docx"),
    "schadevergoeding-provincie": V("bij12", "digid_ehk"),
    "watervergunning": I(how="od"),
}

# ------------------------------------------------------------------------------- Aa en Maas
PLANS["WS0654"] = {
    "belastingkwijtschelding": D(plat="mijnws"),
    "melding-openbare-ruimte": A(plat="own"),
    "omgevingsvergunning": OLO(share="watervergunning"),
    "bezwaar": DE(plat="mijnws"),
    "klacht": A(plat="own"),
    "woo-verzoek": A(plat="own"),
    "subsidie": D(plat="own", cta="iframe"),
    "wegvergunning-provinciaal": NF(),
    "schadevergoeding-provincie": PDF(),
    "watervergunning": OLO(share="omgevingsvergunning"),
    "watermelding": OLO(),
    "zuiveringsheffing": E(plat="mijnws"),
    "watersysteemheffing": I(how="tax"),
    "belastingaanslag-bezwaar": DE(plat="mijnws", prefill=True),
    "betalingsregeling": D(plat="mijnws"),
    "bedrijfsafvalwater-melding": PDF(),
}

# ------------------------------------------------------------------------------- Hunze en Aa's
PLANS["WS0646"] = {
    "belastingkwijtschelding": V("nbk", "digid"),
    "melding-openbare-ruimte": A(plat="own"),
    "omgevingsvergunning": OLO(),
    "bezwaar": PDF(),
    "klacht": A(plat="own"),
    "woo-verzoek": I(how="mail", traps=["mailto"]),
    "subsidie": PDF(traps=["regpdf"]),
    "wegvergunning-provinciaal": NF(),
    "schadevergoeding-provincie": I(how="letter"),
    "watervergunning": OLO(),
    "watermelding": OLO(),
    "zuiveringsheffing": I(how="tax"),
    "watersysteemheffing": I(how="tax"),
    "belastingaanslag-bezwaar": V("nbk", "digid"),
    "betalingsregeling": V("nbk", "anon"),
    "bedrijfsafvalwater-melding": NF(),
}

# ------------------------------------------------------------------------------- SVB, Justis
PLANS["zb000143"] = {
    "aow-uitkering": D(plat="mijnsvb", prefill=True, en=True),
    "kinderbijslag": D(plat="mijnsvb", en=True),
}
PLANS["oorg10104"] = {
    "vog": R("unreachable"),
}
