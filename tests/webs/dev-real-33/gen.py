#!/usr/bin/env python3
"""Generate a labelled simulated web of ten Dutch municipalities (web-dev33).

Emphasis: who does the product. Many products are handed to regional bodies
(tax cooperations, omgevingsdiensten, regional social services, waste companies,
shared e-loketten serving several municipalities on one host), to national bodies
(Omgevingsloket, UWV/werk.nl, RDW, RVO, Belastingdienst) or not offered at all.

Usage: python3 gen.py [OUTDIR]   (default: web/ beside this script)
Standard library only; deterministic (no randomness, hash-based choices only).
"""
import csv
import hashlib
import html
import json
import os
import shutil
import sys
import zlib  # noqa: F401  (kept for possible compressed streams; not used)

HERE = os.path.dirname(os.path.abspath(__file__))

# ----------------------------------------------------------------------------------
# products
# ----------------------------------------------------------------------------------

def load_products():
    rows = []
    with open(os.path.join(HERE, "..", "..", "..", "config", "products.csv"), newline="", encoding="utf-8") as f:
        for r in csv.DictReader(f):
            if "G" in r["org_types"]:
                rows.append((r["product_key"], r["name_nl"]))
    return rows


PRODUCTS = load_products()
PKEYS = [k for k, _ in PRODUCTS]
PNAME = dict(PRODUCTS)

# short code used in the spec strings below -> product_key
SHORT = [
    ("brp", "brp-uittreksel"), ("verh", "verhuismelding"), ("geb", "geboorteaangifte"),
    ("overl", "overlijdensaangifte"), ("huw", "huwelijksaangifte"), ("pasp", "paspoort"),
    ("idk", "identiteitskaart"), ("parkv", "parkeervergunning"),
    ("gpk", "gehandicaptenparkeerkaart"), ("gpp", "gehandicaptenparkeerplaats"),
    ("hond", "hondenbelasting"), ("kwijt", "belastingkwijtschelding"), ("woz", "woz-bezwaar"),
    ("bijst", "bijstand"), ("bbijst", "bijzondere-bijstand"), ("wmo", "wmo-voorziening"),
    ("leerl", "leerlingenvervoer"), ("grof", "grofvuil"), ("cont", "afvalcontainer"),
    ("mor", "melding-openbare-ruimte"), ("omgv", "omgevingsvergunning"), ("kap", "kapvergunning"),
    ("bouwd", "bouwdossier-inzage"), ("bezw", "bezwaar"), ("klacht", "klacht"),
    ("woo", "woo-verzoek"), ("subs", "subsidie"), ("evnt", "evenementenvergunning"),
    ("expl", "exploitatievergunning-horeca"), ("alc", "alcoholvergunning"),
    ("terras", "terrasvergunning"), ("standpl", "standplaatsvergunning"),
    ("markt", "marktvergunning"), ("recl", "reclamebelasting"), ("geluid", "geluidsontheffing"),
    ("winkel", "winkeltijdenontheffing"), ("kansspel", "kansspelautomaatvergunning"),
    ("collecte", "collectevergunning"), ("ligpl", "ligplaatsvergunning"),
    ("uitweg", "uitwegvergunning"), ("aanslag", "belastingaanslag-bezwaar"),
    ("betreg", "betalingsregeling"),
]
SHORT_ORDER = [k for _, k in SHORT]
assert sorted(SHORT_ORDER) == sorted(PKEYS), (set(SHORT_ORDER) ^ set(PKEYS))

# per product: (title variants, slug, section, form name, sibling product)
PINFO = {
    "brp-uittreksel": (["Uittreksel BRP aanvragen", "Uittreksel Basisregistratie Personen (BRP)", "Bewijs van Nederlanderschap en uittreksel BRP"], "uittreksel-brp", "burgerzaken", "Aanvraag uittreksel BRP", None),
    "verhuismelding": (["Verhuizing doorgeven", "Verhuizen", "Verhuizing"], "verhuizing-doorgeven", "burgerzaken", "Verhuizing doorgeven", None),
    "geboorteaangifte": (["Geboorte aangeven", "Aangifte geboorte", "Geboorte"], "geboorte-aangeven", "burgerzaken", "Geboorteaangifte", "overlijdensaangifte"),
    "overlijdensaangifte": (["Aangifte van overlijden", "Overlijden doorgeven", "Overlijden"], "aangifte-overlijden", "burgerzaken", "Aangifte overlijden (uitvaartverzorgers)", "geboorteaangifte"),
    "huwelijksaangifte": (["Melding voorgenomen huwelijk of geregistreerd partnerschap", "Trouwen of partnerschap registreren", "Huwelijk en geregistreerd partnerschap"], "huwelijk-partnerschap-melden", "burgerzaken", "Melding voorgenomen huwelijk", None),
    "paspoort": (["Paspoort aanvragen", "Paspoort", "Paspoort aanvragen of verlengen"], "paspoort", "burgerzaken", "Paspoort", "identiteitskaart"),
    "identiteitskaart": (["Identiteitskaart aanvragen", "ID-kaart", "Identiteitskaart"], "identiteitskaart", "burgerzaken", "Identiteitskaart", "paspoort"),
    "parkeervergunning": (["Parkeervergunning aanvragen", "Bewonersvergunning", "Parkeervergunning"], "parkeervergunning", "parkeren", "Parkeervergunning bewoners", None),
    "gehandicaptenparkeerkaart": (["Gehandicaptenparkeerkaart aanvragen", "Gehandicaptenparkeerkaart", "Gehandicaptenparkeerkaart (GPK)"], "gehandicaptenparkeerkaart", "parkeren", "Aanvraag gehandicaptenparkeerkaart", "gehandicaptenparkeerplaats"),
    "gehandicaptenparkeerplaats": (["Gehandicaptenparkeerplaats aanvragen", "Gehandicaptenparkeerplaats op kenteken", "Gehandicaptenparkeerplaats"], "gehandicaptenparkeerplaats", "parkeren", "Aanvraag gehandicaptenparkeerplaats", "gehandicaptenparkeerkaart"),
    "hondenbelasting": (["Hondenbelasting", "Hond aan- of afmelden", "Aan- of afmelden hond"], "hondenbelasting", "belastingen", "Hond aan- of afmelden", None),
    "belastingkwijtschelding": (["Kwijtschelding gemeentelijke belastingen", "Kwijtschelding belastingen aanvragen", "Belastingkwijtschelding"], "kwijtschelding", "belastingen", "Verzoek kwijtschelding gemeentelijke belastingen", "betalingsregeling"),
    "woz-bezwaar": (["Bezwaar maken tegen de WOZ-waarde", "WOZ-waarde, bezwaar maken", "Bezwaar WOZ-beschikking"], "bezwaar-woz", "belastingen", "Bezwaar WOZ-waarde", "belastingaanslag-bezwaar"),
    "bijstand": (["Bijstandsuitkering aanvragen", "Bijstand", "Uitkering"], "bijstandsuitkering", "werk-en-inkomen", "Aanvraag bijstandsuitkering", "bijzondere-bijstand"),
    "bijzondere-bijstand": (["Bijzondere bijstand", "Bijzondere bijstand aanvragen", "Vergoeding bijzondere kosten (bijzondere bijstand)"], "bijzondere-bijstand", "werk-en-inkomen", "Aanvraag bijzondere bijstand", "bijstand"),
    "wmo-voorziening": (["Hulp bij het huishouden en andere Wmo-voorzieningen", "Zorg en ondersteuning (Wmo)", "Wmo-voorziening aanvragen"], "wmo-ondersteuning", "zorg", "Melding hulpvraag Wmo", None),
    "leerlingenvervoer": (["Leerlingenvervoer", "Vergoeding leerlingenvervoer aanvragen", "Leerlingenvervoer aanvragen"], "leerlingenvervoer", "zorg", "Aanvraag leerlingenvervoer", None),
    "grofvuil": (["Grofvuil laten ophalen", "Grofvuil", "Grof huishoudelijk afval"], "grofvuil", "afval", "Afspraak grofvuil ophalen", "afvalcontainer"),
    "afvalcontainer": (["Minicontainer aanvragen of wijzigen", "Afvalcontainers", "Extra container aanvragen"], "afvalcontainer", "afval", "Container aanvragen, omruilen of inleveren", "grofvuil"),
    "melding-openbare-ruimte": (["Melding openbare ruimte", "Meldpunt openbare ruimte", "Melding doen over de buitenruimte"], "melding-openbare-ruimte", "melden", "Melding openbare ruimte", None),
    "omgevingsvergunning": (["Omgevingsvergunning aanvragen", "Omgevingsvergunning", "Vergunning aanvragen voor (ver)bouwen"], "omgevingsvergunning", "wonen", "Omgevingsvergunning", "kapvergunning"),
    "kapvergunning": (["Kapvergunning", "Bomen kappen", "Boom kappen"], "kapvergunning", "wonen", "Kapvergunning", "omgevingsvergunning"),
    "bouwdossier-inzage": (["Bouwdossier inzien", "Bouwtekeningen opvragen", "Bouwarchief"], "bouwdossier-inzien", "wonen", "Aanvraag inzage bouwdossier", None),
    "bezwaar": (["Bezwaar maken", "Bezwaar maken tegen een besluit", "Bezwaar en beroep"], "bezwaar-maken", "bestuur", "Bezwaarschrift indienen", "woz-bezwaar"),
    "klacht": (["Klacht indienen", "Klacht over de gemeente", "Klachten"], "klacht-indienen", "bestuur", "Klachtformulier", None),
    "woo-verzoek": (["Woo-verzoek indienen", "Informatie opvragen (Woo-verzoek)", "Wet open overheid (Woo), verzoek"], "woo-verzoek", "bestuur", "Woo-verzoek", None),
    "subsidie": (["Subsidie aanvragen", "Subsidies", "Jaarlijkse en incidentele subsidie"], "subsidie-aanvragen", "bestuur", "Subsidieaanvraag", None),
    "evenementenvergunning": (["Evenementenvergunning aanvragen", "Evenement organiseren", "Evenementenvergunning"], "evenementenvergunning", "ondernemen", "Aanvraag evenementenvergunning", None),
    "exploitatievergunning-horeca": (["Exploitatievergunning horeca", "Horeca, exploitatievergunning", "Exploitatievergunning horecabedrijf"], "exploitatievergunning-horeca", "ondernemen", "Aanvraag exploitatievergunning", "alcoholvergunning"),
    "alcoholvergunning": (["Alcoholvergunning", "Alcohol schenken en verkopen", "Alcoholvergunning (Alcoholwet)"], "alcoholvergunning", "ondernemen", "Aanvraag alcoholvergunning", "exploitatievergunning-horeca"),
    "terrasvergunning": (["Terrasvergunning", "Terras plaatsen", "Horecaterras"], "terrasvergunning", "ondernemen", "Aanvraag terrasvergunning", None),
    "standplaatsvergunning": (["Standplaatsvergunning", "Standplaats, aanvraag", "Standplaatsvergunning aanvragen"], "standplaatsvergunning", "ondernemen", "Aanvraag standplaatsvergunning", "marktvergunning"),
    "marktvergunning": (["Marktvergunning", "Weekmarkt: marktplaats aanvragen", "Marktstandplaats"], "marktvergunning", "ondernemen", "Aanvraag marktplaats", "standplaatsvergunning"),
    "reclamebelasting": (["Reclamebelasting", "Reclame plaatsen", "Reclame maken"], "reclame", "ondernemen", "Aangifte reclamebelasting", None),
    "geluidsontheffing": (["Ontheffing geluid", "Geluidhinder, ontheffing", "Geluidsontheffing"], "ontheffing-geluid", "ondernemen", "Ontheffing geluid", None),
    "winkeltijdenontheffing": (["Winkeltijden en koopzondagen", "Ontheffing winkeltijden", "Openingstijden winkels"], "winkeltijden", "ondernemen", "Ontheffing winkeltijden", None),
    "kansspelautomaatvergunning": (["Aanwezigheidsvergunning kansspelautomaten", "Speelautomaten", "Aanwezigheidsvergunning speelautomaten"], "speelautomaten", "ondernemen", "Aanvraag aanwezigheidsvergunning", None),
    "collectevergunning": (["Collectevergunning", "Collecteren", "Geld inzamelen voor een goed doel"], "collecteren", "ondernemen", "Aanvraag collectevergunning", None),
    "ligplaatsvergunning": (["Ligplaatsvergunning", "Ligplaats voor een (woon)boot", "Ligplaatsvergunning aanvragen"], "ligplaatsvergunning", "wonen", "Aanvraag ligplaatsvergunning", None),
    "uitwegvergunning": (["Inrit of uitweg aanleggen", "Uitrit aanleggen", "In- of uitritvergunning aanvragen"], "inrit-uitweg", "wonen", "Uitweg aanleggen", None),
    "belastingaanslag-bezwaar": (["Bezwaar maken tegen de aanslag gemeentelijke belastingen", "Bezwaar tegen uw aanslag", "Gemeentelijke belastingen: bezwaar maken"], "bezwaar-aanslag", "belastingen", "Bezwaar aanslag gemeentelijke belastingen", "woz-bezwaar"),
    "betalingsregeling": (["Betalingsregeling", "Belastingen, betalingsregeling", "Betalen in termijnen"], "betalingsregeling", "belastingen", "Betalingsregeling aanvragen", "belastingkwijtschelding"),
}
assert set(PINFO) == set(PKEYS)

SECTIONS = {
    "burgerzaken": "Burgerzaken", "parkeren": "Parkeren en verkeer", "belastingen": "Belastingen",
    "werk-en-inkomen": "Werk en inkomen", "zorg": "Zorg en ondersteuning", "afval": "Afval",
    "melden": "Melden", "wonen": "Wonen en bouwen", "bestuur": "Bestuur en organisatie",
    "ondernemen": "Ondernemen",
}
BUSINESS = {"evenementenvergunning", "exploitatievergunning-horeca", "alcoholvergunning",
            "terrasvergunning", "standplaatsvergunning", "marktvergunning", "reclamebelasting",
            "geluidsontheffing", "winkeltijdenontheffing", "kansspelautomaatvergunning",
            "collectevergunning", "subsidie"}
TAX = {"hondenbelasting", "belastingkwijtschelding", "woz-bezwaar", "belastingaanslag-bezwaar",
       "betalingsregeling", "reclamebelasting"}


def h(s):
    return int(hashlib.sha256(s.encode()).hexdigest()[:12], 16)


def esc(s):
    return html.escape(s, quote=True)


# ----------------------------------------------------------------------------------
# bodies (other organisations whose portals carry routes or traps)
# ----------------------------------------------------------------------------------
BODIES = {
    "olo": dict(host="omgevingswet.overheid.test", name="Omgevingsloket"),
    "werk": dict(host="www.werk.test", name="UWV werk.nl"),
    "svhw": dict(host="www.svhw.test", name="SVHW (Samenwerkingsverband Vastgoedinformatie Heffing en Waardebepaling)"),
    "stroom": dict(host="www.stroomopwaarts.test", name="Stroomopwaarts MVS"),
    "wil": dict(host="www.wil-lekstroom.test", name="Werk en Inkomen Lekstroom (WIL)"),
    "duo": dict(host="eloket.duoplus.test", name="Duo+ (werkorganisatie Diemen, Ouder-Amstel, Uithoorn)"),
    "bar": dict(host="formulieren.bar-organisatie.test", name="BAR-organisatie (Barendrecht, Albrandswaard, Ridderkerk)"),
    "1s": dict(host="eloket.1stroom.test", name="1Stroom (Duiven en Westervoort)"),
    "park": dict(host="wassenaar.parkeerservice.test", name="Parkeerservice"),
    "avalex": dict(host="www.avalex.test", name="Avalex"),
    "gad": dict(host="www.gad.test", name="GAD (Gooise Afvaldienst)"),
    "omrin": dict(host="www.omrin.test", name="Omrin"),
    "circulus": dict(host="www.circulus.test", name="Circulus"),
    "odh": dict(host="www.omgevingsdienst-haaglanden.test", name="Omgevingsdienst Haaglanden"),
    "dcmr": dict(host="www.dcmr.test", name="DCMR Milieudienst Rijnmond"),
    "oda": dict(host="www.odachterhoek.test", name="Omgevingsdienst Achterhoek"),
    "odru": dict(host="www.odru.test", name="Omgevingsdienst regio Utrecht"),
    "odnzkg": dict(host="www.odnzkg.test", name="Omgevingsdienst Noordzeekanaalgebied"),
    "ofgv": dict(host="www.ofgv.test", name="Omgevingsdienst Flevoland & Gooi en Vechtstreek (OFGV)"),
    "odzob": dict(host="www.odzob.test", name="Omgevingsdienst Zuidoost-Brabant"),
    "odra": dict(host="www.odregioarnhem.test", name="Omgevingsdienst Regio Arnhem"),
    "fumo": dict(host="www.fumo.test", name="FUMO"),
}
# national / other bodies used only for traps
TRAP_BODIES = {
    "rdw": ("www.rdw.test", "RDW", "Mijn RDW: kenteken en voertuiggegevens"),
    "justis": ("www.justis.test", "Justis", "Verklaring Omtrent het Gedrag (VOG) online aanvragen"),
    "bd": ("www.belastingdienst.test", "Belastingdienst", "Mijn toeslagen"),
    "rvo": ("mijn.rvo.test", "RVO", "Landelijke subsidies aanvragen in Mijn RVO"),
    "svb": ("www.svb.test", "SVB", "Kinderbijslag aanvragen in Mijn SVB"),
    "cak": ("www.hetcak.test", "CAK", "Mijn CAK: eigen bijdrage Wmo bekijken"),
    "duostud": ("www.duo.test", "DUO", "Mijn DUO: studiefinanciering"),
    "ksa": ("www.kansspelautoriteit.test", "Kansspelautoriteit", "Mijn Ksa: vergunning online kansspelen"),
    "uwvww": ("www.werk.test", "UWV werk.nl", "WW-uitkering aanvragen"),
    "cbf": ("www.cbf.test", "CBF / Centraal Collecteplan", None),
}
OTHER_BODY_TRAP = {
    "gehandicaptenparkeerkaart": "rdw", "gehandicaptenparkeerplaats": "rdw", "brp-uittreksel": "justis",
    "belastingkwijtschelding": "bd", "bijzondere-bijstand": "bd", "subsidie": "rvo",
    "geboorteaangifte": "svb", "wmo-voorziening": "cak", "leerlingenvervoer": "duostud",
    "kansspelautomaatvergunning": "ksa", "bijstand": "uwvww",
}

# ----------------------------------------------------------------------------------
# municipalities
# ----------------------------------------------------------------------------------
# spec tokens in SHORT order:
#  D own form behind DigiD (100) | DP same with explicit pre-fill statement | DE DigiD+eHerkenning
#  E eHerkenning | F online form without login (67) | OL form behind the body's own
#  username/password login (67) | P printable PDF (33) | R printable RTF (33)
#  I counter/phone/letter (0) | A appointment only (0, appointment_online)
#  V.<body>.<X> route at another body | N.<variant> not offered | X not found
MUNIS = [
    dict(code="GM0629", name="Gemeente Wassenaar", short="Wassenaar", host="www.wassenaar.test",
         family="slug", platform="openforms", cta="button", inhabitants=26508,
         site=["site_login", "chat"],
         spec="D DP A I D A A V.park.D P F D D D V.werk.D D F D V.avalex.F V.avalex.F F "
              "V.olo.DP V.olo.DP F F F F DE D P E P P P N.reclame V.odh.F N.nietmeer P P X F D F"),
    dict(code="GM0556", name="Gemeente Maassluis", short="Maassluis", host="www.maassluis.test",
         family="inwoners", platform="formdig", cta="digid_link", inhabitants=33719,
         site=["digid_footer", "newsletter"],
         spec="D D D I A A A D P P V.svhw.D V.svhw.P V.svhw.D V.stroom.D V.stroom.D I P F F F "
              "V.olo.DP V.olo.DP F P F F P P P P P P P N.reclame V.dcmr.F P P N.collecte P V.olo.DP V.svhw.D V.svhw.F"),
    dict(code="GM1876", name="Gemeente Bronckhorst", short="Bronckhorst", host="www.bronckhorst.test",
         family="prodid", platform="aspx", cta="get_form", inhabitants=37579,
         site=["site_login"],
         spec="D D I I DP A A N.parkeren D D N.hond D D D D F D V.circulus.F V.circulus.F F "
              "V.olo.DP V.olo.DP F D F F D D D E D P X N.reclame V.oda.P N.vrij P F X F D F"),
    dict(code="GM0331", name="Gemeente Lopik", short="Lopik", host="www.lopik.test",
         family="onderwerp", platform="gravity", cta="online_regelen", inhabitants=14731,
         site=["site_login", "feedback"],
         spec="D D D I F A A N.parkeren P P D P D V.wil.D V.wil.P F F F F F "
              "V.olo.DP V.olo.DP I F F R F F P P P P P N.reclame V.odru.F N.vrij P P P F D I"),
    dict(code="GM1696", name="Gemeente Wijdemeren", short="Wijdemeren", host="www.wijdemeren.test",
         family="loket", platform="formdesk", cta="button", inhabitants=24691,
         site=["digid_footer"],
         spec="D D I I D A A N.parkeren F F D P D D F F P V.gad.F V.gad.F F "
              "V.olo.DP V.olo.DP F F F F DE F P P F P P N.reclame V.ofgv.P P P N.collecte P V.olo.DP D F"),
    dict(code="GM0437", name="Gemeente Ouder-Amstel", short="Ouder-Amstel", host="www.ouder-amstel.test",
         family="regelen", platform="duo", cta="iframe", inhabitants=14350,
         site=["mijnoverheid"],
         spec="V.duo.D V.duo.D A I V.duo.D A A N.parkeren V.duo.P V.duo.F N.hond V.duo.D V.duo.D V.duo.D V.duo.D V.duo.F V.duo.D F F F "
              "V.olo.DP V.olo.DP F V.duo.D F F V.duo.E V.duo.D P P P P P N.reclame V.odnzkg.F N.vrij P P P V.olo.DP V.duo.D V.duo.F"),
    dict(code="GM0597", name="Gemeente Ridderkerk", short="Ridderkerk", host="www.ridderkerk.test",
         family="ridderkerk", platform="bar", cta="script", inhabitants=47180,
         site=["site_login", "feedback"],
         spec="V.bar.D V.bar.D V.bar.D I V.bar.D A A N.blauwezone V.bar.D V.bar.F V.svhw.D V.svhw.P V.svhw.D V.werk.D V.bar.D I V.bar.D F F F "
              "V.olo.DP V.olo.DP F V.bar.D V.bar.F F V.bar.DE V.bar.D P P P P P V.svhw.F V.dcmr.F P P P N.ligplaats V.olo.DP V.svhw.D V.svhw.F"),
    dict(code="GM0753", name="Gemeente Best", short="Best", host="www.gemeentebest.test",
         family="best", platform="aspx", cta="digid_image", inhabitants=30571,
         site=["digid_footer", "chat"],
         spec="DP D D E D A A N.parkeren D D D D D D D F D D F F "
              "V.olo.DP V.olo.DP D D F D E D D E D P P E V.odzob.F N.vrij P X X D D F"),
    dict(code="GM0226", name="Gemeente Duiven", short="Duiven", host="www.duiven.test",
         family="duiven", platform="getform", cta="get_form", inhabitants=25693,
         site=["tax_portal"],
         spec="D D A I P A A N.parkeren P P V.1s.D V.1s.D V.1s.D V.1s.D V.1s.D V.1s.F P F F F "
              "V.olo.DP V.olo.DP F F F P P P P P P P P I V.odra.P N.notoffered_link P P X V.olo.DP V.1s.D V.1s.I"),
    dict(code="GM1970", name="Gemeente Noardeast-Fryslân", short="Noardeast-Fryslân", host="www.noardeast-fryslan.test",
         family="nef", platform="openforms", cta="button", inhabitants=45585,
         site=["site_login"],
         spec="D DP D I D A A D D F N.hond D D D D F D V.omrin.OL V.omrin.F F "
              "V.olo.DP V.olo.DP F D F F DE D D E F P P N.reclame V.fumo.F N.vrij P P P V.olo.DP D F"),
]
for m in MUNIS:
    toks = m["spec"].split()
    assert len(toks) == len(SHORT_ORDER), (m["code"], len(toks))
    m["specs"] = dict(zip(SHORT_ORDER, toks))
    m["base"] = "http://" + m["host"]

# products that share one page at a municipality
SHARED_PAGES = {
    "GM0556": [("paspoort", "identiteitskaart")],
    "GM0753": [("paspoort", "identiteitskaart")],
    "GM1876": [("woz-bezwaar", "belastingaanslag-bezwaar")],
    "GM0331": [("exploitatievergunning-horeca", "alcoholvergunning")],
}

# extra, hand-placed traps (on top of site-wide and hash-chosen ones)
EXTRA_TRAPS = {
    ("GM0556", "belastingkwijtschelding"): ["view_login"],
    ("GM0597", "belastingkwijtschelding"): ["view_login"],
    ("GM0226", "betalingsregeling"): ["view_login"],
    ("GM0331", "bijzondere-bijstand"): ["body_digid_other"],
    ("GM0331", "betalingsregeling"): ["view_login"],
    ("GM0556", "gehandicaptenparkeerkaart"): ["other_body_digid"],
    ("GM0556", "collectevergunning"): ["notoffered_link"],
    ("GM0226", "winkeltijdenontheffing"): ["notoffered_link"],
    ("GM0597", "parkeervergunning"): ["related_digid"],
    ("GM0437", "parkeervergunning"): ["shared_eloket"],
    ("GM1876", "hondenbelasting"): ["tax_view_on_notoffered"],
    ("GM1970", "hondenbelasting"): ["related_form"],
    ("GM0226", "huwelijksaangifte"): ["shared_eloket"],
    ("GM0226", "leerlingenvervoer"): ["shared_eloket"],
    ("GM0597", "standplaatsvergunning"): ["shared_eloket"],
    ("GM0437", "gehandicaptenparkeerkaart"): ["shared_eloket"],
    ("GM0556", "subsidie"): ["other_body_digid"],
    ("GM0226", "subsidie"): ["other_body_digid"],
    ("GM0629", "terrasvergunning"): ["olo_check"],
    ("GM0556", "terrasvergunning"): ["olo_check"],
    ("GM0331", "terrasvergunning"): ["olo_check"],
    ("GM0331", "bouwdossier-inzage"): ["olo_check"],
    ("GM1696", "ligplaatsvergunning"): ["olo_check"],
    ("GM0629", "bijstand"): ["body_digid_other"],
    ("GM0597", "bijstand"): ["body_digid_other"],
    ("GM0556", "woz-bezwaar"): ["view_login"],
    ("GM0226", "belastingkwijtschelding"): ["view_login"],
    ("GM1876", "geluidsontheffing"): ["body_digid_other"],
    ("GM0331", "belastingkwijtschelding"): ["view_login"],
    ("GM1696", "belastingkwijtschelding"): ["other_body_digid"],
    ("GM0556", "paspoort"): ["shared_page"],
    ("GM0556", "identiteitskaart"): ["shared_page"],
    ("GM0753", "paspoort"): ["shared_page"],
    ("GM0753", "identiteitskaart"): ["shared_page"],
    ("GM1876", "woz-bezwaar"): ["shared_page"],
    ("GM1876", "belastingaanslag-bezwaar"): ["shared_page"],
    ("GM0331", "exploitatievergunning-horeca"): ["shared_page"],
    ("GM0331", "alcoholvergunning"): ["shared_page"],
    ("GM0629", "reclamebelasting"): ["related_form"],
    ("GM0753", "reclamebelasting"): ["olo_check"],
    ("GM1970", "winkeltijdenontheffing"): ["news"],
    ("GM0629", "overlijdensaangifte"): ["eherk_other"],
    ("GM1696", "wmo-voorziening"): ["contact_form"],
    ("GM0753", "wmo-voorziening"): ["contact_form"],
}

SITE_TRAPS = {"site_login", "chat", "digid_footer", "newsletter", "feedback", "mijnoverheid", "tax_portal"}

# ----------------------------------------------------------------------------------
# output helpers
# ----------------------------------------------------------------------------------
FILES = {}       # path relative to OUT -> bytes
REDIRECTS = []   # testweb.json redirects


def put(host, path, content):
    """Store a file for host at URL path."""
    if path.endswith("/"):
        path = path + "index.html"
    rel = os.path.join("sites", host, path.lstrip("/"))
    data = content.encode("utf-8") if isinstance(content, str) else content
    for other in (rel + os.sep,):
        pass
    if rel in FILES and FILES[rel] != data:
        raise SystemExit("conflicting content for " + rel)
    FILES[rel] = data


def make_pdf(lines):
    text_ops = ["BT", "/F1 12 Tf", "50 780 Td", "14 TL"]
    for ln in lines:
        safe = ln.encode("latin-1", "replace").decode("latin-1")
        safe = safe.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
        text_ops.append("(%s) Tj T*" % safe)
    text_ops.append("ET")
    stream = "\n".join(text_ops).encode("latin-1", "replace")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, o in enumerate(objs, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for off in offsets:
        out += b"%010d 00000 n \n" % off
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    return bytes(out)


def make_rtf(lines):
    body = "\\par\n".join(l.replace("\\", "\\\\").replace("{", "\\{").replace("}", "\\}") for l in lines)
    body = body.encode("ascii", "xmlcharrefreplace").decode()
    return "{\\rtf1\\ansi\\deff0{\\fonttbl{\\f0 Arial;}}\\f0\\fs22\n" + body + "\\par\n}\n"


def pdf_size(data):
    kb = max(1, len(data) * 37 // 1024 + 60)
    return kb


def login_start(host, slug, method="digid"):
    """Register a login start (302 to a fake identity provider); return its URL."""
    url = "http://%s/auth/%s/%s/start" % (host, slug, method)
    if method == "digid":
        loc = "http://www.digid.test/saml/idp/request_authentication?SAMLRequest=%s" % hashlib.sha1(url.encode()).hexdigest()[:24]
    else:
        loc = "http://www.eherkenning-makelaar.test/selecteer-leverancier?dienst=%s" % hashlib.sha1(url.encode()).hexdigest()[:16]
    entry = {"url": url, "status": 302, "location": loc}
    if entry not in REDIRECTS:
        REDIRECTS.append(entry)
    return url


def simple_page(title, body, site_name="", extra_head="", html_class=""):
    cls = (' class="%s"' % html_class) if html_class else ""
    return ("<!DOCTYPE html>\n<html lang=\"nl\"%s><head><meta charset=\"utf-8\"><title>%s%s</title>%s</head>\n"
            "<body>\n%s\n</body></html>\n") % (cls, esc(title), (" | " + esc(site_name)) if site_name else "", extra_head, body)


DIGID_IMG = '<img src="/static/img/digid.png" alt="DigiD" width="46" height="46">'
PNG_1x1 = bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
    "1f15c4890000000d4944415478da63f8cfc0f01f0005000201a5d6ec9a0000000049454e44ae426082")


def put_static(host):
    put(host, "/static/img/digid.png", PNG_1x1)
    put(host, "/static/img/eherkenning.png", PNG_1x1)


# ----------------------------------------------------------------------------------
# identity providers and trap bodies
# ----------------------------------------------------------------------------------

def build_idps():
    put("www.digid.test", "/saml/idp/request_authentication",
        simple_page("Inloggen - DigiD", "<h1>Inloggen bij de gemeente of organisatie</h1>"
                    "<p>Kies hoe u wilt inloggen.</p><form method=\"post\" action=\"/saml/idp/request_authentication\">"
                    "<label>DigiD gebruikersnaam <input name=\"username\"></label>"
                    "<label>Wachtwoord <input type=\"password\" name=\"password\"></label>"
                    "<button type=\"submit\">Inloggen</button></form>"
                    "<p><a href=\"/\">Annuleren</a></p>"))
    put("www.digid.test", "/", simple_page("DigiD", "<h1>DigiD</h1><p>Uw digitale identiteit.</p>"))
    put("www.eherkenning-makelaar.test", "/selecteer-leverancier",
        simple_page("eHerkenning", "<h1>Selecteer de leverancier van uw inlogmiddel</h1>"
                    "<ul><li>Leverancier A</li><li>Leverancier B</li></ul><p><a href=\"/\">Annuleren</a></p>"))
    put("www.eherkenning-makelaar.test", "/", simple_page("eHerkenning makelaar", "<h1>eHerkenning</h1>"))
    put("mijn.overheid.test", "/", simple_page("MijnOverheid",
        "<h1>MijnOverheid</h1><p>Berichtenbox, lopende zaken en uw persoonlijke gegevens.</p>"
        "<p><a href=\"%s\">Inloggen met DigiD</a></p>" % login_start("mijn.overheid.test", "mijnoverheid")))
    for key, (host, name, what) in TRAP_BODIES.items():
        if key == "cbf":
            put(host, "/collecterooster", simple_page("Collecterooster - CBF",
                "<h1>Landelijk collecterooster</h1><p>Erkende goede doelen collecteren volgens een vast rooster.</p>"
                "<p><a href=\"/collecteweek-aanmelden\">Collecteweek aanmelden (online formulier voor goede doelen)</a></p>"))
            put(host, "/collecteweek-aanmelden", simple_page("Collecteweek aanmelden - CBF",
                "<h1>Collecteweek aanmelden</h1><p>Voor erkende goede doelen die een landelijke collecteweek willen.</p>"
                "<form method=\"post\" action=\"/collecte-bedankt\"><label>Naam goed doel <input name=\"doel\"></label>"
                "<label>Gewenste week <input name=\"week\"></label><label>E-mail <input name=\"email\" type=\"email\"></label>"
                "<button type=\"submit\">Verzenden</button></form>"))
            put(host, "/collecte-bedankt", simple_page("Bedankt", "<h1>Bedankt</h1>"))
            put(host, "/", simple_page("CBF", "<h1>CBF</h1><p><a href=\"/collecterooster\">Collecterooster</a></p>"))
            continue
        start = login_start(host, key + "-portaal")
        if key == "rvo":
            start = login_start(host, key + "-portaal", "eherkenning")
        put(host, "/inloggen", simple_page(what + " - " + name,
            "<h1>%s</h1><p>Log in om verder te gaan. Deze omgeving is van %s.</p>"
            "<p><a class=\"btn\" href=\"%s\">Inloggen met %s</a></p>" % (esc(what), esc(name), start,
                                                                        "eHerkenning" if key == "rvo" else "DigiD")))
        put(host, "/", simple_page(name, "<h1>%s</h1><p><a href=\"/inloggen\">%s</a></p>" % (esc(name), esc(what))))


def trap_body_url(key):
    host = TRAP_BODIES[key][0]
    if key == "cbf":
        return "http://%s/collecteweek-aanmelden" % host
    return "http://%s/inloggen" % host


# ----------------------------------------------------------------------------------
# form platforms: each returns the route URL for (muni, product, kind)
# ----------------------------------------------------------------------------------

def form_fields_html(pk):
    return ('<fieldset><legend>Uw gegevens</legend>'
            '<label for="naam">Naam *</label><input id="naam" name="naam" required>'
            '<label for="adres">Adres *</label><input id="adres" name="adres" required>'
            '<label for="email">E-mailadres *</label><input id="email" name="email" type="email" required>'
            '<label for="tel">Telefoon</label><input id="tel" name="telefoon">'
            '<label for="toel">Toelichting bij uw %s</label><textarea id="toel" name="toelichting"></textarea>'
            '</fieldset>' % esc(PNAME[pk].lower()))


def own_form(m, pk, kind):
    """Create the municipality's own form page; return its URL (the route)."""
    fname = PINFO[pk][3]
    slug = PINFO[pk][1]
    plat = m["platform"]
    if plat == "openforms":
        host = "formulieren." + m["host"][4:]
        path = "/%s/" % slug
        url = "http://" + host + path
        js = ["var c=document.getElementById('openforms-container');",
              "var t=document.createElement('h1');t.textContent=%s;c.appendChild(t);" % json.dumps(fname)]
        if kind in ("D", "DP", "DE", "E"):
            if kind == "DP":
                js.append("var p=document.createElement('p');p.textContent='Na het inloggen met DigiD vullen wij uw naam, adres en BSN automatisch in vanuit de Basisregistratie Personen.';c.appendChild(p);")
            if kind in ("D", "DP", "DE"):
                u = login_start(host, slug, "digid")
                js.append("var a=document.createElement('a');a.className='utrecht-button';a.href=\"%s\";a.textContent='Inloggen met DigiD';c.appendChild(a);" % u)
            if kind in ("DE", "E"):
                u = login_start(host, slug, "eherkenning")
                js.append("var b=document.createElement('a');b.className='utrecht-button';b.href=\"%s\";b.textContent='Inloggen met eHerkenning';c.appendChild(b);" % u)
        else:
            js.append("var f=document.createElement('form');f.method='post';f.action=%s;" % json.dumps(path + "bevestiging"))
            js.append("f.innerHTML=%s;c.appendChild(f);" % json.dumps(
                '<p>Stap 1 van 3: Uw gegevens</p>' + form_fields_html(pk) + '<button type="submit">Volgende</button>'))
            put(host, path + "bevestiging", simple_page("Bevestiging", "<h1>Bedankt</h1><p>Uw formulier is verzonden.</p>"))
        body = ('<div class="open-forms-sdk-root" id="openforms-container" data-sdk-module="/static/sdk/open-forms-sdk.mjs" '
                'data-form-id="%s" data-base-url="http://%s/api/v2/" data-base-path="%s"></div>\n'
                '<script type="module" src="/static/sdk/open-forms-sdk.mjs"></script>\n'
                '<script>\n(function(){%s})();\n</script>\n<noscript>Schakel JavaScript in om dit formulier te gebruiken.</noscript>'
                % (slug, host, path, "\n".join(js)))
        put(host, "/static/sdk/open-forms-sdk.mjs", "export default function OpenForm(){}\n")
        put(host, path, simple_page(fname, body, m["short"], html_class="openforms-theme"))
        return url
    if plat in ("duo", "bar", "1s"):
        return shared_loket_form(plat, m, pk, kind)
    # server-rendered platforms
    if plat == "formdig":
        host = m["host"]
        path = "/Inwoners/Formulieren_digitaal/" + slug_title(fname)
    elif plat == "aspx":
        if m["code"] == "GM1876":
            host = "eloket." + m["host"][4:]
            path = "/eformulieren/%s.aspx" % "".join(w.capitalize() for w in slug.split("-"))
        else:
            host = m["host"]
            path = "/e-formulieren/%s.aspx" % "".join(w.capitalize() for w in slug.split("-"))
    elif plat == "gravity":
        host = "mijn." + m["host"][4:]
        path = "/%s/" % slug
    elif plat == "formdesk":
        host = "wijdemeren.formdesk.test"
        path = "/gemeentewijdemeren/%s" % slug.replace("-", "_")
    elif plat == "getform":
        host = m["host"]
        path = "/formulieren/%s" % slug
    else:
        raise ValueError(plat)
    url = "http://" + host + path
    parts = ["<h1>%s</h1>" % esc(fname)]
    if plat == "formdig":
        parts.append("<p>Voortgang: 0%</p>")
    if kind in ("D", "DP", "DE", "E"):
        parts.append("<p>Voor dit formulier moet u inloggen. U wordt na 15 minuten inactiviteit automatisch uitgelogd bij DigiD.</p>"
                     if kind != "E" else "<p>Voor dit formulier logt u in met eHerkenning (niveau EH2+).</p>")
        if kind == "DP":
            parts.append("<p>Na het inloggen met DigiD worden uw persoonsgegevens automatisch ingevuld. U hoeft die niet zelf in te typen.</p>")
        if kind in ("D", "DP", "DE"):
            parts.append('<p><a class="button" href="%s">%s Inloggen met DigiD</a></p>' % (login_start(host, slug, "digid"), DIGID_IMG))
        if kind in ("DE", "E"):
            parts.append('<p><a class="button" href="%s"><img src="/static/img/eherkenning.png" alt="eHerkenning"> Inloggen met eHerkenning</a></p>' % login_start(host, slug, "eherkenning"))
        if plat == "gravity":
            parts.append('<div id="js-resumeSession" hidden>Kies \'Verlengen\' om uw sessie te verlengen.</div>')
        put_static(host)
    else:
        legend = '<p>"*" geeft vereiste velden aan</p>' if plat == "gravity" else "<p>Velden met een * zijn verplicht.</p>"
        parts.append(legend + '<form method="post" action="%s">%s<button type="submit">Versturen</button></form>'
                     % (path.rstrip("/") + "-verzonden", form_fields_html(pk)))
        put(host, path.rstrip("/") + "-verzonden", simple_page("Verzonden", "<h1>Uw formulier is verzonden</h1>"))
    put(host, path, simple_page(fname, "\n".join(parts), m["short"]))
    return url


LOKET_MUNIS = {
    "duo": ["Diemen", "Ouder-Amstel", "Uithoorn"],
    "bar": ["Barendrecht", "Albrandswaard", "Ridderkerk"],
    "1s": ["Duiven", "Westervoort"],
}
LOKET_FORMS = {}  # plat -> list of (muni short, title, url, kind)


def shared_loket_form(plat, m, pk, kind, muni_short=None):
    host = BODIES[plat]["host"]
    ms = muni_short or m["short"]
    mslug = ms.lower().replace(" ", "-").replace("â", "a")
    slug = PINFO[pk][1]
    path = "/%s/%s" % (mslug, slug)
    url = "http://" + host + path
    fname = PINFO[pk][3]
    parts = ["<h1>%s - gemeente %s</h1>" % (esc(fname), esc(ms)),
             "<p>Dit formulier is voor inwoners en ondernemers van de gemeente %s.</p>" % esc(ms)]
    lslug = mslug + "-" + slug
    if kind == "I":
        parts.append("<p>Dit kunt u niet online of met een formulier regelen. Bel het klantcontactcentrum van %s op werkdagen.</p>"
                     % esc(BODIES[plat]["name"].split(" (")[0]))
        parts.append('<aside><p><a href="%s">Mijn belastingen: bekijk uw aanslag (DigiD)</a></p></aside>'
                     % build_view_portal(plat) if plat == "1s" else "")
    elif kind in ("D", "DP", "DE", "E"):
        if kind in ("D", "DP", "DE"):
            parts.append('<p><a class="button" href="%s">Inloggen met DigiD</a></p>' % login_start(host, lslug, "digid"))
        if kind in ("DE", "E"):
            parts.append('<p><a class="button" href="%s">Inloggen met eHerkenning</a></p>' % login_start(host, lslug, "eherkenning"))
    elif kind == "P":
        pdf = make_pdf([fname, "Gemeente " + ms, "Naam:", "Adres:", "Handtekening:",
                        "Stuur het formulier ingevuld en ondertekend naar de gemeente."])
        ppath = "/documenten/%s-%s.pdf" % (mslug, slug)
        put(host, ppath, pdf)
        parts = ["<h1>%s - gemeente %s</h1>" % (esc(fname), esc(ms)),
                 '<p>Download het formulier, vul het in en stuur het op: <a href="%s">%s (pdf, %d kB)</a></p>' % (ppath, esc(fname), pdf_size(pdf))]
        put(host, path, simple_page(fname, "\n".join(parts), BODIES[plat]["name"]))
        LOKET_FORMS.setdefault(plat, []).append((ms, fname, path, kind))
        return "http://" + host + ppath
    else:
        parts.append('<form method="post" action="%s-verzonden"><p>Velden met een * zijn verplicht.</p>%s<button type="submit">Verzenden</button></form>'
                     % (path, form_fields_html(pk)))
        put(host, path + "-verzonden", simple_page("Verzonden", "<h1>Verzonden</h1>"))
    put(host, path, simple_page(fname, "\n".join(parts), BODIES[plat]["name"]))
    LOKET_FORMS.setdefault(plat, []).append((ms, fname, path, kind))
    return url


def build_loket_indexes():
    # forms of the other municipalities on the same shared host (traps)
    others = {
        "duo": [("Diemen", "parkeervergunning", "D"), ("Diemen", "verhuismelding", "D"),
                ("Uithoorn", "gehandicaptenparkeerkaart", "D"), ("Uithoorn", "hondenbelasting", "D"),
                ("Diemen", "hondenbelasting", "D")],
        "bar": [("Barendrecht", "standplaatsvergunning", "F"), ("Albrandswaard", "parkeervergunning", "D"),
                ("Barendrecht", "terrasvergunning", "D")],
        "1s": [("Westervoort", "huwelijksaangifte", "D"), ("Westervoort", "leerlingenvervoer", "D"),
               ("Westervoort", "geboorteaangifte", "D")],
    }
    for plat, lst in others.items():
        for ms, pk, kind in lst:
            shared_loket_form(plat, None, pk, kind, muni_short=ms)
    for plat, forms in LOKET_FORMS.items():
        host = BODIES[plat]["host"]
        rows = []
        for ms, fname, path, kind in sorted(set(forms)):
            mark = " (DigiD)" if kind in ("D", "DP", "DE") else (" (eHerkenning)" if kind == "E" else "")
            rows.append('<li><strong>%s</strong>: <a href="%s">%s%s</a></li>' % (esc(ms), path, esc(fname), mark))
        put(host, "/", simple_page("Digitaal loket - " + BODIES[plat]["name"],
            "<h1>Digitaal loket</h1><p>Formulieren van de gemeenten %s.</p><ul>%s</ul>"
            % (", ".join(LOKET_MUNIS[plat]), "\n".join(rows)), BODIES[plat]["name"]))


# ----------------------------------------------------------------------------------
# body product pages (the route at another body)
# ----------------------------------------------------------------------------------
BODY_PAGES = {}  # (body, pk) -> (page url, route url, kind)


def body_route(body, pk, kind, m):
    """Build (once) the page of `body` for product pk; return (page_url, route_url)."""
    if body in ("duo", "bar", "1s"):
        r = shared_loket_form(body, m, pk, kind)
        page = r if not r.endswith(".pdf") else "http://%s/%s/%s" % (BODIES[body]["host"], m["short"].lower(), PINFO[pk][1])
        return page, (r if kind != "I" else "")
    key = (body, pk)
    if key in BODY_PAGES:
        pu, ru, k = BODY_PAGES[key]
        assert k == kind, key
        return pu, ru
    b = BODIES[body]
    host = b["host"]
    slug = PINFO[pk][1]
    name = b["name"]
    title = PNAME[pk]
    if body == "olo":
        pu = "http://%s/aanvragen/" % host
        ru = pu
        if key not in BODY_PAGES:
            build_olo()
        BODY_PAGES[key] = (pu, ru, kind)
        return pu, ru
    if body == "park":
        pu = "http://%s/" % host
        fu = "http://%s/vergunning-aanvragen" % host
        put(host, "/vergunning-aanvragen", simple_page("Vergunning aanvragen", "<h1>Parkeervergunning aanvragen</h1>"
            "<p>Log in met DigiD. U betaalt direct met iDEAL.</p><p><a href=\"%s\">Inloggen met DigiD</a></p>"
            % login_start(host, "parkeervergunning")))
        put(host, "/", simple_page("Parkeerservice Wassenaar", "<h1>Parkeren in Wassenaar</h1>"
            "<p>Vraag hier uw bewonersvergunning of bezoekersvergunning aan.</p>"
            "<p><a href=\"/vergunning-aanvragen\">Parkeervergunning aanvragen</a></p>"))
        BODY_PAGES[key] = (pu, fu, kind)
        return pu, fu
    pu = "http://%s/%s" % (host, slug)
    parts = ["<h1>%s</h1>" % esc(title),
             "<p>%s voert deze taak uit voor meerdere gemeenten.</p>" % esc(name)]
    if body == "svhw":
        parts.append("<p>Deelnemende gemeenten onder meer: Maassluis, Ridderkerk, Lansingerland, Hoeksche Waard.</p>")
        if kind != "D" or pk != "hondenbelasting":
            pass
    if kind in ("D", "DP", "DE", "E", "F", "OL"):
        fpath = "/formulieren/%s" % slug
        ru = "http://%s%s" % (host, fpath)
        fp = ["<h1>%s</h1>" % esc(PINFO[pk][3])]
        if kind in ("D", "DP", "DE"):
            fp.append('<p><a class="button" href="%s">Inloggen met DigiD</a></p>' % login_start(host, slug, "digid"))
        if kind in ("DE", "E"):
            fp.append('<p><a class="button" href="%s">Inloggen met eHerkenning</a></p>' % login_start(host, slug, "eherkenning"))
        if kind == "F":
            fp.append('<form method="post" action="%s-verzonden">%s<button type="submit">Verzenden</button></form>' % (fpath, form_fields_html(pk)))
            put(host, fpath + "-verzonden", simple_page("Verzonden", "<h1>Verzonden</h1>"))
        if kind == "OL":
            fp = ["<h1>%s</h1>" % esc(PINFO[pk][3]),
                  "<p>Log in met uw Mijn %s-account (e-mailadres en wachtwoord) om een afspraak te plannen.</p>" % esc(name),
                  '<form method="post" action="%s-afspraak"><label>E-mailadres <input name="email" type="email"></label>'
                  '<label>Wachtwoord <input name="wachtwoord" type="password"></label><button type="submit">Inloggen</button></form>'
                  '<p><a href="/account-aanmaken">Nog geen account? Account aanmaken</a></p>' % fpath]
            put(host, fpath + "-afspraak", simple_page("Afspraak plannen", "<h1>Afspraak grofvuil plannen</h1>"
                '<form method="post" action="/formulieren/bedankt"><label>Datum <input name="datum"></label>'
                '<label>Omschrijving <textarea name="omschrijving"></textarea></label><button type="submit">Afspraak maken</button></form>'))
            put(host, "/formulieren/bedankt", simple_page("Bedankt", "<h1>Bedankt</h1>"))
            put(host, "/account-aanmaken", simple_page("Account aanmaken", "<h1>Account aanmaken</h1>"
                '<form method="post" action="/account-aanmaken"><label>E-mail <input name="email"></label><button>Aanmaken</button></form>'))
        put_static(host)
        put(host, fpath, simple_page(PINFO[pk][3], "\n".join(fp), name))
        label = {"D": "Direct aanvragen met DigiD", "DP": "Direct aanvragen met DigiD", "DE": "Aanvragen met DigiD of eHerkenning",
                 "E": "Aanvragen met eHerkenning", "F": "Online formulier invullen", "OL": "Afspraak maken in Mijn " + name}[kind]
        parts.append('<p><a class="cta" href="%s">%s</a></p>' % (fpath, esc(label)))
    elif kind == "P":
        pdf = make_pdf([PINFO[pk][3], name, "Naam:", "Adres:", "Datum en handtekening:",
                        "Stuur dit formulier met bewijsstukken naar %s." % name])
        ppath = "/documenten/%s-formulier.pdf" % slug
        put(host, ppath, pdf)
        ru = "http://%s%s" % (host, ppath)
        parts.append('<p>Vul het formulier in en stuur het met de gevraagde bewijsstukken op.</p>'
                     '<p><a href="%s">Aanvraagformulier %s (PDF, %d kB)</a></p>' % (ppath, esc(PINFO[pk][3].lower()), pdf_size(pdf)))
    elif kind == "I":
        ru = ""
        parts.append("<p>Een %s kunt u alleen telefonisch aanvragen. Bel ons op werkdagen tussen 9.00 en 12.00 uur.</p>" % esc(title.lower()))
    else:
        raise ValueError(kind)
    # traps on body pages
    if body in ("svhw",):
        parts.append('<aside><h2>Mijn SVHW</h2><p>Bekijk uw aanslag en uw WOZ-beschikking online.</p>'
                     '<p><a href="/mijn-svhw">Inloggen op Mijn SVHW</a></p></aside>')
        build_view_portal(body)
    if body == "wil":
        parts.append('<aside><h2>Mijn WIL</h2><p>Heeft u al een uitkering? Geef wijzigingen en uw inkomsten door in Mijn WIL.</p>'
                     '<p><a href="/mijn-wil">Inloggen Mijn WIL</a></p></aside>')
        build_view_portal(body)
    if body == "werk":
        parts.append('<aside><p>Werkloos geworden? <a href="/ww-aanvragen">WW-uitkering aanvragen</a></p></aside>')
        put(host, "/ww-aanvragen", simple_page("WW-uitkering aanvragen", "<h1>WW-uitkering aanvragen</h1>"
            "<p><a href=\"%s\">Inloggen met DigiD</a></p>" % login_start(host, "ww-uitkering")))
    if body in ("oda", "odra", "ofgv"):
        parts.append('<aside><p>Bedrijven: <a href="/melding-activiteiten">Melding activiteiten doen (eHerkenning)</a></p></aside>')
        put(host, "/melding-activiteiten", simple_page("Melding activiteiten", "<h1>Melding activiteiten (milieu)</h1>"
            "<p><a href=\"%s\">Inloggen met eHerkenning</a></p>" % login_start(host, "melding-activiteiten", "eherkenning")))
    if body == "stroom":
        parts.append('<aside><p><a href="/mijn-stroomopwaarts">Mijn Stroomopwaarts: wijzigingen doorgeven</a></p></aside>')
        build_view_portal(body)
    put(host, "/" + slug, simple_page(title, "\n".join(parts), name))
    BODY_PAGES[key] = (pu, ru, kind)
    return pu, ru


VIEW_PORTALS = {
    "svhw": ("/mijn-svhw", "Mijn SVHW", "Bekijk uw aanslagbiljet, uw WOZ-beschikking en de taxatieverslagen."),
    "wil": ("/mijn-wil", "Mijn WIL", "Geef wijzigingen door en bekijk uw uitkeringsspecificaties."),
    "stroom": ("/mijn-stroomopwaarts", "Mijn Stroomopwaarts", "Bekijk uw betalingen en geef wijzigingen door."),
    "1s": ("/mijn-belastingen", "Mijn belastingen 1Stroom", "Bekijk uw aanslag gemeentelijke belastingen en uw WOZ-beschikking."),
}


def build_view_portal(body):
    path, title, text = VIEW_PORTALS[body]
    host = BODIES[body]["host"] if body != "1s" else "www.1stroom.test"
    put(host, path, simple_page(title, "<h1>%s</h1><p>%s</p><p><a class=\"button\" href=\"%s\">Inloggen met DigiD</a></p>"
                                % (esc(title), esc(text), login_start(host, path.strip("/"))), title))
    return "http://%s%s" % (host, path)


def build_olo():
    host = BODIES["olo"]["host"]
    put(host, "/aanvragen/", simple_page("Aanvragen - Omgevingsloket",
        "<h1>Een vergunning aanvragen of een melding doen</h1>"
        "<p>Log in om een aanvraag in te dienen. Na het inloggen haalt het Omgevingsloket gegevens over u op uit de basisregistraties en vult die alvast in.</p>"
        "<p><a class=\"button\" href=\"%s\">Inloggen met DigiD</a> (particulieren)</p>"
        "<p><a class=\"button\" href=\"%s\">Inloggen met eHerkenning</a> (bedrijven)</p>"
        % (login_start(host, "aanvragen", "digid"), login_start(host, "aanvragen", "eherkenning")), "Omgevingsloket"))
    put(host, "/checken/", simple_page("Vergunningcheck - Omgevingsloket",
        "<h1>Vergunningcheck</h1><p>Check of u een vergunning nodig heeft. U hoeft niet in te loggen.</p>"
        "<form method=\"get\" action=\"/checken/vragen\"><label>Locatie (adres) <input name=\"adres\"></label>"
        "<label>Wat wilt u doen? <input name=\"werkzaamheid\"></label><button type=\"submit\">Start de check</button></form>",
        "Omgevingsloket"))
    put(host, "/checken/vragen", simple_page("Vergunningcheck - vragen", "<h1>Vragen</h1><p>Beantwoord de vragen.</p>"))
    put(host, "/mijn-omgevingsloket/", simple_page("Mijn Omgevingsloket",
        "<h1>Mijn Omgevingsloket</h1><p>Bekijk uw lopende aanvragen en meldingen.</p><p><a href=\"%s\">Inloggen met DigiD</a></p>"
        % login_start(host, "mijn-omgevingsloket"), "Omgevingsloket"))
    put(host, "/", simple_page("Omgevingsloket", "<h1>Omgevingsloket</h1><ul><li><a href=\"/checken/\">Vergunningcheck</a></li>"
        "<li><a href=\"/aanvragen/\">Aanvragen</a></li><li><a href=\"/mijn-omgevingsloket/\">Mijn Omgevingsloket</a></li></ul>",
        "Omgevingsloket"))


# ----------------------------------------------------------------------------------
# municipality site
# ----------------------------------------------------------------------------------

def slug_title(title):
    t = title.replace(",", "").replace("(", "").replace(")", "").replace("/", "-")
    return "_".join(t.split())


def product_path(m, pk, title):
    slug = PINFO[pk][1]
    sec = PINFO[pk][2]
    idx = SHORT_ORDER.index(pk)
    f = m["family"]
    if f == "slug":
        return "/" + slug
    if f == "inwoners":
        top = "Ondernemers" if pk in BUSINESS else "Inwoners"
        return "/%s/%s/%s" % (top, SECTIONS[sec].split()[0], slug_title(title))
    if f == "prodid":
        top = "ondernemers_43" if pk in BUSINESS else "inwoners_41"
        return "/%s/product/%s_%d.html" % (top, slug.replace("-", "_"), 2100 + idx * 7)
    if f == "onderwerp":
        return "/onderwerp/" + slug
    if f == "loket":
        return "/producten/" + slug.replace("-", "_")
    if f == "regelen":
        return "/Regelen-en-aanvragen/%s/%s" % (SECTIONS[sec].split()[0], slug_title(title).replace("_", "-"))
    if f == "ridderkerk":
        return "/ridderkerk/%s/%s" % (sec, slug)
    if f == "best":
        return "/inwoner/%s/%s.html" % (sec, slug)
    if f == "duiven":
        top = "ondernemers" if pk in BUSINESS else "inwoners"
        return "/%s/%s/%s" % (top, sec, slug)
    if f == "nef":
        return "/onderwerpen/%s/%s/" % (sec, slug)
    raise ValueError(f)


def page_host(m):
    return "loket.wijdemeren.test" if m["family"] == "loket" else m["host"]


def section_path(m, sec):
    f = m["family"]
    if f == "nef":
        return "/onderwerpen/%s/" % sec
    if f == "loket":
        return "/thema/%s" % sec
    if f == "prodid":
        return "/%s_%d.html" % (sec.replace("-", "_"), 40 + sorted(SECTIONS).index(sec))
    return "/onderwerpen/%s" % sec


class Site:
    def __init__(self, m):
        self.m = m
        self.host = m["host"]
        self.phost = page_host(m)
        self.pages = {}   # pk -> (url, title)
        self.sec_links = {}  # sec -> list of (url, title)
        self.pdf_links = []  # (pk, url, label)
        self.digid_forms = []  # (pk, url, label)
        self.extra_pages = []

    # ---- chrome ----
    def header(self):
        m = self.m
        site = m["site"]
        nav = []
        home = "http://%s/" % self.host
        nav.append('<a href="%s">Home</a>' % home)
        nav.append('<a href="http://%s/zoeken">Zoeken</a>' % self.host)
        login = ""
        if "site_login" in site:
            lbl = {"GM0629": "Mijn Wassenaar", "GM1876": "Inloggen", "GM0331": "Mijn Lopik",
                   "GM0597": "Mijn Ridderkerk", "GM1970": "Myn Noardeast-Fryslân"}[m["code"]]
            inner = DIGID_IMG + " " + esc(lbl) if m["code"] == "GM1876" else esc(lbl)
            login = '<a class="login" href="http://%s/mijn/">%s</a>' % (self.host, inner)
        if "mijnoverheid" in site:
            login = '<a class="login" href="http://mijn.overheid.test/">Inloggen MijnOverheid</a>'
        if "tax_portal" in site:
            login = '<a class="login" href="http://www.1stroom.test/mijn-belastingen">Mijn belastingen (DigiD)</a>'
        return '<header><div class="logo">%s</div><nav>%s</nav>%s</header>' % (esc(m["name"]), " | ".join(nav), login)

    def footer(self):
        m = self.m
        site = m["site"]
        parts = ['<footer><p>%s - Postbus 1 - telefoon 14 0%s</p>' % (esc(m["name"]), m["code"][-3:]),
                 '<p><a href="http://%s/contact">Contact</a> | <a href="http://%s/privacy">Privacy</a> | <a href="http://%s/sitemap.xml">Sitemap</a></p>' % (self.host, self.host, self.host)]
        if "digid_footer" in site:
            parts.append('<p class="digid-logo"><img src="http://%s/static/img/digid.png" alt="Logo DigiD"> Wij werken met DigiD</p>' % self.host)
        if "newsletter" in site:
            parts.append('<form class="nieuwsbrief" method="get" action="http://%s/nieuwsbrief/aanmelden"><label>Nieuwsbrief: uw e-mailadres <input name="email" type="email"></label><button type="submit">Aanmelden</button></form>' % self.host)
        if "chat" in site:
            parts.append('<div id="chat"></div><script>(function(){var c=document.getElementById("chat");var b=document.createElement("button");b.textContent="Chat met ons";c.appendChild(b);})();</script>')
        parts.append("</footer>")
        return "\n".join(parts)

    def feedback(self, url_id):
        if "feedback" not in self.m["site"]:
            return ""
        return ('<section class="feedback"><h2>Was deze informatie nuttig?</h2>'
                '<form method="post" action="http://%s/feedback/verzonden"><input type="hidden" name="pagina" value="%s">'
                '<label><input type="radio" name="nuttig" value="ja"> Ja</label><label><input type="radio" name="nuttig" value="nee"> Nee</label>'
                '<label>Wat kunnen we verbeteren? <textarea name="opmerking"></textarea></label><button type="submit">Verstuur</button></form></section>'
                % (self.host, esc(url_id)))

    def wrap(self, title, main, url_id="", crumbs=None):
        cr = ""
        if crumbs:
            cr = '<nav class="breadcrumb">' + " &gt; ".join('<a href="%s">%s</a>' % (u, esc(t)) for u, t in crumbs) + "</nav>"
        body = "%s\n%s\n<main>\n%s\n%s\n</main>\n%s" % (self.header(), cr, main, self.feedback(url_id), self.footer())
        return simple_page(title, body, self.m["name"])

    # ---- CTA rendering ----
    def cta(self, url, label, kind, pk):
        style = self.m["cta"]
        variant = h(self.m["code"] + pk + "cta") % 3
        is_login = kind in ("D", "DP", "DE", "E")
        if style == "button" or (style == "iframe" and kind != "F"):
            txt = "Direct regelen" if variant == 0 else ("Online aanvragen" if variant == 1 else "Start het formulier")
            if is_login and kind != "E":
                txt += " (met DigiD)"
            if kind == "E":
                txt += " (met eHerkenning)"
            return '<p><a class="btn btn-primary" role="button" href="%s">%s</a></p>' % (url, esc(txt))
        if style == "digid_link":
            if is_login:
                return '<p>%s <a href="%s">%s</a></p>' % (DIGID_IMG if kind != "E" else '<img src="/static/img/eherkenning.png" alt="eHerkenning">', url, esc(label))
            return '<p><a href="%s">%s (online formulier)</a></p>' % (url, esc(label))
        if style == "get_form":
            txt = "Start formulier" + (" - inloggen met DigiD" if is_login and kind != "E" else (" - inloggen met eHerkenning" if kind == "E" else ""))
            return '<form class="cta" method="get" action="%s"><button type="submit">%s</button></form>' % (url, esc(txt))
        if style == "online_regelen":
            return '<p><a class="online-regelen" href="%s">Online regelen</a>%s</p>' % (url, " <small>U logt in met DigiD.</small>" if is_login else "")
        if style == "iframe":  # F forms embedded
            return '<iframe src="%s" title="%s" width="100%%" height="600"></iframe>' % (url, esc(label))
        if style == "script":
            txt = label + (" (DigiD)" if is_login and kind != "E" else (" (eHerkenning)" if kind == "E" else ""))
            if variant == 0:
                return ('<p id="cta-%s"></p><script>(function(){var a=document.createElement("a");a.href="%s";'
                        'a.textContent=%s;a.className="button";document.getElementById("cta-%s").appendChild(a);})();</script>'
                        % (pk, url, json.dumps(txt), pk))
            return '<p><a class="button" href="%s">%s</a></p>' % (url, esc(txt))
        if style == "digid_image":
            if is_login and kind != "E":
                return '<p><a href="%s"><img src="/static/img/digid.png" alt="Inloggen met DigiD"></a> %s</p>' % (url, esc(label))
            if kind == "E":
                return '<p><a href="%s"><img src="/static/img/eherkenning.png" alt="eHerkenning"> %s</a></p>' % (url, esc(label))
            return '<p><a href="%s">%s</a></p>' % (url, esc(label))
        raise ValueError(style)


def build_municipality(m, labels):
    s = Site(m)
    put_static(m["host"])
    if s.phost != m["host"]:
        put_static(s.phost)
    specs = m["specs"]
    shared = {}
    for grp in SHARED_PAGES.get(m["code"], []):
        for pk in grp:
            shared[pk] = grp
    # first pass: routes and page urls
    info = {}
    for pk in SHORT_ORDER:
        sp = specs[pk]
        tv = PINFO[pk][0]
        title = tv[h(m["code"] + pk) % len(tv)]
        info[pk] = dict(spec=sp, title=title)
    # decide page URLs
    for pk in SHORT_ORDER:
        sp = info[pk]["spec"]
        if sp == "X":
            continue
        title = info[pk]["title"]
        if pk in shared and shared[pk][0] != pk:
            continue
        if pk in shared:
            grp = shared[pk]
            title = {("paspoort", "identiteitskaart"): "Paspoort en identiteitskaart",
                     ("woz-bezwaar", "belastingaanslag-bezwaar"): "Bezwaar tegen uw aanslag of de WOZ-waarde",
                     ("exploitatievergunning-horeca", "alcoholvergunning"): "Horecavergunningen: exploitatie en alcohol"}[grp]
            for q in grp:
                info[q]["title_page"] = title
        if sp.startswith("N."):
            title = not_offered_title(m, pk, sp) or title
        info[pk]["title_page"] = info[pk].get("title_page", title)
        url = "http://%s%s" % (s.phost, product_path(m, pk, info[pk]["title_page"]))
        info[pk]["url"] = url
        for q in shared.get(pk, ()):
            info[q]["url"] = url
    # routes
    for pk in SHORT_ORDER:
        sp = info[pk]["spec"]
        d = info[pk]
        d["route"] = ""
        d["via"] = ""
        d["signals"] = []
        if sp in ("D", "DP", "DE", "E", "F"):
            d["route"] = own_form(m, pk, sp)
            if m["platform"] in ("duo", "bar", "1s"):
                # the municipality's own forms live on the shared e-loket of its werkorganisatie
                d["via"] = BODIES[m["platform"]]["host"]
                d["signals"].append("via_external_portal")
            if sp in ("D", "DP", "DE"):
                s.digid_forms.append((pk, d["route"], PINFO[pk][3]))
        elif sp in ("P", "R"):
            data = make_pdf([PINFO[pk][3], m["name"], "Naam:", "Adres:", "Telefoon:", "Handtekening:",
                             "Lever dit formulier in bij de balie of stuur het naar Postbus 1."]) if sp == "P" else make_rtf(
                [PINFO[pk][3], m["name"], "Naam:", "Adres:", "Handtekening:"])
            ext = "pdf" if sp == "P" else "rtf"
            fpath = "/documenten/formulieren/%s-aanvraagformulier.%s" % (PINFO[pk][1], ext)
            put(s.phost, fpath, data)
            d["route"] = "http://%s%s" % (s.phost, fpath)
            d["size"] = pdf_size(data if isinstance(data, bytes) else data.encode())
            s.pdf_links.append((pk, d["route"], PINFO[pk][3]))
        elif sp.startswith("V."):
            _, body, kind = sp.split(".")
            pu, ru = body_route(body, pk, kind, m)
            d["body_page"] = pu
            d["route"] = ru
            d["via"] = BODIES[body]["host"] if ru else ""
            if kind in ("D", "DP", "DE") and body in ("duo", "bar", "1s"):
                s.digid_forms.append((pk, ru, PINFO[pk][3]))
    # tariff pdf and news
    tarif = make_pdf(["Tarieventabel %s 2024" % m["short"], "Leges burgerzaken, vergunningen en belastingen."])
    put(s.phost, "/documenten/tarieventabel-2024.pdf", tarif)
    s.tarif_url = "http://%s/documenten/tarieventabel-2024.pdf" % s.phost
    # pages
    done = set()
    for pk in SHORT_ORDER:
        d = info[pk]
        if d["spec"] == "X" or d["url"] in done:
            continue
        grp = shared.get(pk, (pk,))
        done.add(d["url"])
        html_main, sigs_per = render_product(s, grp, info)
        path = d["url"].split(s.phost, 1)[1]
        sec = PINFO[pk][2]
        crumbs = [("http://%s/" % m["host"], "Home"), ("http://%s%s" % (s.phost, section_path(m, sec)), SECTIONS[sec])]
        put(s.phost, path, s.wrap(d["title_page"], html_main, path, crumbs))
        for q in grp:
            info[q]["signals"] += sigs_per[q]
        s.sec_links.setdefault(sec, []).append((d["url"], d["title_page"]))
    s.info = info
    build_site_common(s)
    # labels
    for pk in SHORT_ORDER:
        d = info[pk]
        labels.append(make_label(m, pk, d))
    return s


def not_offered_title(m, pk, sp):
    v = sp.split(".", 1)[1]
    if v == "reclame":
        return "Reclame plaatsen"
    if v == "blauwezone":
        return "Blauwe zone en parkeerschijf"
    if v == "vrij":
        return "Koopzondagen en openingstijden winkels"
    if v == "notoffered_link":
        return "Winkels op zondag open"
    if v == "hond" and m["code"] == "GM1876":
        return "Gemeentelijke belastingen"
    if v == "hond" and m["code"] == "GM1970":
        return "Hûnebelesting / hondenbelasting"
    if v == "hond":
        return "Hondenbelasting"
    if v == "parkeren":
        return "Parkeren"
    if v == "nietmeer":
        return "Ontheffing winkeltijden"
    if v == "ligplaats":
        return "Wonen op het water"
    return None


NOT_OFFERED_TEXT = {
    "reclame": "<p>Wilt u een reclamebord, lichtbak of spandoek plaatsen? Kijk eerst of u een omgevingsvergunning nodig heeft. "
               "Voor reclame op of aan een gebouw gelden regels in het omgevingsplan.</p>"
               "<p>De gemeente {short} heft geen reclamebelasting. U betaalt dus geen belasting voor reclame-uitingen.</p>",
    "blauwezone": "<p>In het centrum van {short} geldt een blauwe zone: u mag daar maximaal 2 uur parkeren met een parkeerschijf.</p>"
                  "<p>{short} kent geen betaald parkeren en geeft daarom geen parkeervergunningen voor bewoners uit.</p>",
    "vrij": "<p>Winkels in {short} mogen op zondag en op feestdagen open zijn tussen 12.00 en 18.00 uur. "
            "Daarvoor is geen ontheffing nodig; de gemeente verleent ook geen ontheffingen van de winkeltijden.</p>",
    "notoffered_link": "<p>Sinds de nieuwe winkeltijdenverordening mogen alle winkels in {short} op zondag open. Een ontheffing van de "
                       "Winkeltijdenwet is niet meer nodig en kunt u ook niet meer aanvragen.</p>",
    "nietmeer": "<p>Voor een ontheffing van de Winkeltijdenwet kunt u niet meer bij ons terecht. Sinds 1 januari 2023 mogen winkels in "
                "{short} op alle zon- en feestdagen open.</p>",
    "hond": "<p>De gemeente {short} heft geen hondenbelasting. U hoeft uw hond dus niet aan te melden.</p>",
    "parkeren": "<p>In {short} is geen betaald parkeren. U heeft daarom geen parkeervergunning nodig en wij verstrekken die ook niet.</p>"
                "<p>Heeft u een handicap? Lees dan over de gehandicaptenparkeerkaart.</p>",
    "collecte": "<p>Wij verstrekken geen collectevergunningen. Goede doelen met een CBF-erkenning collecteren volgens het landelijke "
                "collecterooster; andere inzamelingen zijn in {short} niet toegestaan.</p>",
    "ligplaats": "<p>In {short} zijn geen ligplaatsen voor woonboten. De gemeente geeft daarom geen ligplaatsvergunningen uit. "
                 "Voor jachthavens kunt u terecht bij de havenbeheerder.</p>",
}


def render_product(s, grp, info):
    """Render the main content of a product page (one or two products)."""
    m = s.m
    parts = []
    sigs = {pk: [] for pk in grp}
    first = grp[0]
    d0 = info[first]
    parts.append("<h1>%s</h1>" % esc(d0["title_page"]))
    fam = m["family"]
    for pk in grp:
        d = info[pk]
        sp = d["spec"]
        name = PNAME[pk]
        if len(grp) > 1:
            parts.append("<h2>%s</h2>" % esc(name))
        if sp.startswith("N."):
            v = sp.split(".", 1)[1]
            if v == "hond" and m["code"] == "GM1876":
                parts.append("<p>De gemeente Bronckhorst heft onroerendezaakbelasting, afvalstoffenheffing en rioolheffing. "
                             "Sinds 2019 heffen wij geen hondenbelasting meer.</p>")
            elif v == "hond" and m["code"] == "GM1970":
                parts.append("<p>Yn Noardeast-Fryslân is gjin hûnebelesting. De gemeente heft geen hondenbelasting.</p>"
                             "<p>Wel vragen wij u de poep van uw hond op te ruimen.</p>")
            elif v == "notoffered_link":
                parts.append(NOT_OFFERED_TEXT["notoffered_link"].format(short=m["short"]))
            else:
                parts.append(NOT_OFFERED_TEXT[v].format(short=m["short"]))
            sigs[pk].append("not_offered_text")
            continue
        # information template differs per family
        if fam in ("slug", "nef", "duiven"):
            parts.append("<h2>Wat is het?</h2><p>Hier leest u hoe u %s regelt bij de gemeente %s.</p>" % (esc(name.lower()), esc(m["short"])))
            parts.append("<h2>Hoe werkt het?</h2>")
        elif fam == "loket":
            parts.append('<div class="product-informatie"><h2>Inleiding</h2><p>%s.</p><h2>Aanpak</h2>' % esc(name))
        else:
            parts.append("<h2>Omschrijving</h2><p>%s in de gemeente %s.</p><h2>Wat moet ik doen?</h2>" % (esc(name), esc(m["short"])))
        parts.append(route_html(s, pk, d, sigs[pk]))
        if fam == "loket":
            parts.append("</div>")
        if h(m["code"] + pk + "tar") % 3 == 0:
            parts.append("<h2>Wat kost het?</h2><p>Zie de <a href=\"%s\">tarieventabel 2024 (pdf)</a>.</p>" % s.tarif_url)
            for q in grp:
                sigs[q].append("trap_tariff_pdf")
        else:
            parts.append("<h2>Wat kost het?</h2><p>Kijk voor de kosten bij de tarieven op deze website.</p>")
    # traps
    trap_html, trap_names = plant_traps(s, grp, info)
    parts.append(trap_html)
    for pk in grp:
        sigs[pk] += ["trap_" + t for t in trap_names]
        sigs[pk] += ["trap_" + t for t in m["site"]]
        if "tar" in "".join(parts) and s.tarif_url in "".join(parts):
            pass
    return "\n".join(parts), sigs


def route_html(s, pk, d, sig):
    m = s.m
    sp = d["spec"]
    name = PNAME[pk]
    fname = PINFO[pk][3]
    if sp in ("D", "DP", "DE", "E", "F"):
        out = []
        if sp == "DP":
            out.append("<p>U kunt dit online regelen. Na het inloggen met DigiD vullen wij uw gegevens alvast in.</p>")
            sig += ["digid", "prefill_text"]
        elif sp in ("D", "DE"):
            out.append("<p>U regelt dit online. U heeft hiervoor DigiD nodig%s.</p>" % (" (bedrijven: eHerkenning)" if sp == "DE" else ""))
            sig += ["digid"] + (["eherkenning"] if sp == "DE" else [])
        elif sp == "E":
            out.append("<p>Ondernemers vragen dit online aan met eHerkenning.</p>")
            sig += ["eherkenning"]
        else:
            out.append("<p>Vul het online formulier in. U hoeft niet in te loggen.</p>")
            sig += ["html_form"]
        if m["platform"] == "openforms":
            sig.append("js_form")
        if m["platform"] in ("duo", "bar", "1s"):
            sig.append("shared_form_host")
        out.append(s.cta(d["route"], fname, sp, pk))
        sig.append("cta_" + m["cta"])
        if sp == "F" and m["cta"] == "iframe":
            sig.append("iframe_form")
        return "\n".join(out)
    if sp in ("P", "R"):
        sig += ["pdf_form" if sp == "P" else "rtf_form"]
        ext = "pdf" if sp == "P" else "rtf"
        wording = h(m["code"] + pk + "pdf") % 3
        if wording == 0:
            a = '<a href="%s">Aanvraagformulier %s (%s, %d kB)</a>' % (d["route"], esc(fname.lower()), ext, d["size"])
        elif wording == 1:
            a = '<a href="%s">&gt;&gt; %s downloaden (%s)</a>' % (d["route"], esc(fname), ext.upper())
        else:
            a = '<a href="%s">%s %s</a>' % (d["route"], esc(fname), ext)
        return ("<p>Download het formulier, vul het in en onderteken het. Stuur het naar Postbus 1 of lever het in bij de balie.</p><p>%s</p>" % a)
    if sp == "I":
        sig += ["counter"]
        if pk == "bouwdossier-inzage":
            return ("<p>Wilt u een bouwdossier inzien? Bel het team Bouwen en wonen via 14 0%s. Wij zoeken het dossier op en maken "
                    "een afspraak met u om het in te zien in het gemeentehuis.</p>" % m["code"][-3:])
        if pk == "overlijdensaangifte":
            return ("<p>Meestal doet de uitvaartverzorger de aangifte van overlijden voor u. Doet u het zelf? Kom dan binnen 6 dagen "
                    "naar het gemeentehuis. U hoeft geen afspraak te maken.</p>")
        if pk == "betalingsregeling":
            return "<p>Wilt u in termijnen betalen? Bel dan met het team belastingen via 14 0%s. Een betalingsregeling kunt u niet schriftelijk of online aanvragen.</p>" % m["code"][-3:]
        if pk == "wmo-voorziening":
            return ("<p>Neem contact op met het Sociaal team via telefoonnummer 14 0%s. Een consulent komt bij u langs voor een gesprek. "
                    "Daarna vraagt u de ondersteuning aan.</p>" % m["code"][-3:])
        if pk == "geboorteaangifte":
            return ("<p>Doe binnen 3 werkdagen aangifte aan de balie van het gemeentehuis. U hoeft geen afspraak te maken. "
                    "Neem uw identiteitsbewijs mee.</p>")
        if pk == "reclamebelasting":
            return ("<p>U hoeft niets aan te vragen of aan te geven. Ondernemers met reclame in het centrumgebied krijgen elk jaar "
                    "automatisch een aanslag reclamebelasting. De opbrengst gaat naar het ondernemersfonds. Vragen? Bel 14 0%s.</p>" % m["code"][-3:])
        return "<p>Kom langs bij de balie van het gemeentehuis of bel 14 0%s.</p>" % m["code"][-3:]
    if sp == "A":
        sig += ["appointment_online", "counter", "trap_appointment_digid"]
        ah = "afspraak." + m["host"][4:]
        build_appointment(s, ah)
        why = ("Online aanvragen is niet mogelijk; u moet zelf langskomen voor uw vingerafdrukken en handtekening."
               if pk in ("paspoort", "identiteitskaart") else "Dit kan niet online of schriftelijk; neem de benodigde documenten mee.")
        return ("<p>U regelt dit persoonlijk aan de balie van het gemeentehuis. U moet daarvoor een afspraak maken. %s</p>"
                '<p><a class="btn" href="http://%s/afspraak-maken?product=%s">Maak een afspraak</a></p>' % (why, ah, pk))
    if sp.startswith("V."):
        _, body, kind = sp.split(".")
        b = BODIES[body]
        sig.append("via_external_portal" if kind != "I" else "delegated")
        if body in ("duo", "bar", "1s"):
            sig.append("shared_form_host")
        if kind in ("D", "DP", "DE"):
            sig.append("digid")
        if kind in ("DE", "E"):
            sig.append("eherkenning")
        if kind == "DP":
            sig.append("prefill_text")
        if kind == "F":
            sig.append("html_form")
        if kind == "P":
            sig.append("pdf_form")
        if kind == "OL":
            sig.append("own_login")
        if kind == "I":
            sig.append("phone")
        target = d["body_page"]
        variant = h(m["code"] + pk + "via") % 4
        if body == "olo":
            sig.append("cta_link")
            return ("<p>U vraagt de vergunning aan via het landelijke Omgevingsloket. Doe eerst de vergunningcheck; daarna dient u uw "
                    "aanvraag in met DigiD of eHerkenning.</p><p><a href=\"http://%s/checken/\">Vergunningcheck doen</a></p>"
                    "<p><a href=\"%s\">Aanvraag indienen in het Omgevingsloket (externe link)</a></p>" % (b["host"], target))
        if body in ("duo", "bar", "1s"):
            if kind == "F" and m["cta"] == "iframe":
                sig.append("iframe_form")
                return ("<p>Dit formulier wordt verwerkt door %s.</p><iframe src=\"%s\" title=\"%s\" width=\"100%%\" height=\"600\"></iframe>"
                        % (esc(b["name"]), d["route"], esc(PINFO[pk][3])))
            if kind == "I":
                return ("<p>%s regelt dit voor de gemeente %s. <a href=\"%s\">Lees hoe dit werkt bij %s</a>.</p>"
                        % (esc(b["name"]), esc(m["short"]), target, esc(b["name"].split(" (")[0])))
            sig.append("cta_" + m["cta"])
            return ("<p>%s regelt dit voor de gemeente %s.</p>%s" % (esc(b["name"]), esc(m["short"]),
                    s.cta(target, PINFO[pk][3], kind if kind != "P" else "F", pk)))
        if variant == 0:
            txt = "<p>Dit regelt u bij %s. <a href=\"%s\">Ga naar de website van %s</a>.</p>" % (esc(b["name"]), target, esc(b["name"].split(" (")[0]))
        elif variant == 1:
            txt = "<p>De gemeente %s heeft deze taak ondergebracht bij %s.</p><p><a href=\"%s\">%s bij %s (Verwijst naar een externe website)</a></p>" % (
                esc(m["short"]), esc(b["name"]), target, esc(name), esc(b["name"].split(" (")[0]))
        elif variant == 2:
            txt = "<p>Hiervoor kunt u niet bij de gemeente terecht. %s voert dit voor ons uit.</p><p><a href=\"%s\">Lees verder op de website van %s (externe link)</a></p>" % (
                esc(b["name"]), target, esc(b["name"].split(" (")[0]))
        else:
            txt = "<p><a href=\"%s\">%s</a></p>" % (target, esc(name + " - " + b["name"].split(" (")[0]))
        sig.append("cta_link")
        return txt
    raise ValueError(sp)


def build_appointment(s, ah):
    if ("appt", ah) in s.__dict__.setdefault("_built", set()):
        return
    s._built.add(("appt", ah))
    put(ah, "/afspraak-maken", simple_page("Afspraak maken - " + s.m["short"],
        "<h1>Afspraak maken</h1><p>Kies een product, een datum en een tijd.</p>"
        "<form method=\"get\" action=\"/afspraak-tijden\"><label>Product <select name=\"product\"><option>Paspoort</option>"
        "<option>Identiteitskaart</option><option>Rijbewijs</option><option>Geboorteaangifte</option></select></label>"
        "<label>Datum <input name=\"datum\"></label><button type=\"submit\">Zoek tijden</button></form>"
        "<h2>Mijn afspraken</h2><p>Wilt u een afspraak wijzigen of annuleren? <a href=\"%s\">Inloggen met DigiD</a></p>"
        % login_start(ah, "mijn-afspraken"), "Afspraken"))
    put(ah, "/afspraak-tijden", simple_page("Tijden", "<h1>Beschikbare tijden</h1><p>9:00, 9:10, 9:20</p>"))


# ----------------------------------------------------------------------------------
# traps
# ----------------------------------------------------------------------------------
SIBLINGS_OK = True


def plant_traps(s, grp, info):
    m = s.m
    pk = grp[0]
    d = info[pk]
    sp = d["spec"]
    chosen = list(EXTRA_TRAPS.get((m["code"], pk), []))
    for q in grp[1:]:
        for t in EXTRA_TRAPS.get((m["code"], q), []):
            if t not in chosen:
                chosen.append(t)
    pool = []
    others_d = [x for x in s.digid_forms if x[0] not in grp]
    others_p = [x for x in s.pdf_links if x[0] not in grp]
    if len(others_d) >= 3:
        pool.append("direct_regelen")
    pool.append("status_login")
    if others_p:
        pool.append("other_pdf")
    pool += ["contact_form", "tariff_pdf", "mailto", "news"]
    sib = PINFO[pk][4]
    if sib and info[sib]["spec"] != "X" and info[sib].get("url") and info[sib]["url"] != d["url"]:
        pool.append("sibling")
    if (pk in BUSINESS or pk in ("gehandicaptenparkeerplaats", "ligplaatsvergunning", "bouwdossier-inzage")) and not sp.startswith("V.olo"):
        pool.append("olo_check")
    bz = info["bezwaar"]["spec"]
    if pk != "bezwaar" and (bz in ("D", "DE") or bz.endswith(".D")):
        pool.append("bezwaar_digid")
    if pk in OTHER_BODY_TRAP:
        pool.append("other_body_digid")
    if sp.startswith("N."):
        pool = [p for p in pool if p in ("direct_regelen", "other_pdf", "contact_form", "news", "mailto", "olo_check")]
    n = 1 + h(m["code"] + pk + "n") % 2
    start = h(m["code"] + pk + "t")
    added = 0
    for i in range(len(pool)):
        if added >= n:
            break
        t = pool[(start + i) % len(pool)]
        if t not in chosen:
            chosen.append(t)
            added += 1
    out = []
    names = []
    for t in chosen:
        htmlpart = render_trap(s, t, grp, info)
        if htmlpart is None:
            continue
        if htmlpart:
            out.append(htmlpart)
        names.append(t)
    return "\n".join(out), names


def render_trap(s, t, grp, info):
    m = s.m
    pk = grp[0]
    host = s.host
    if t == "shared_page":
        return ""
    if t == "direct_regelen":
        others = [x for x in s.digid_forms if x[0] not in grp]
        st = h(m["code"] + pk + "dr")
        pick = [others[(st + k) % len(others)] for k in range(3)]
        seen = []
        for x in pick:
            if x not in seen:
                seen.append(x)
        lis = "".join('<li><a href="%s">%s (DigiD)</a></li>' % (u, esc(lbl)) for _, u, lbl in seen)
        return '<aside class="direct-regelen"><h2>Direct regelen</h2><ul>%s</ul></aside>' % lis
    if t == "status_login":
        build_mijn(s)
        return ('<aside><h2>Al een aanvraag gedaan?</h2><p><a href="http://%s/mijn/aanvragen">Bekijk de status van uw aanvraag in Mijn %s</a> '
                '(inloggen met DigiD)</p></aside>' % (host, esc(m["short"])))
    if t == "other_pdf":
        others = [x for x in s.pdf_links if x[0] not in grp]
        o = others[h(m["code"] + pk + "op") % len(others)]
        return '<p>Zie ook: <a href="%s">%s (pdf)</a></p>' % (o[1], esc(o[2]))
    if t == "contact_form":
        build_contact(s)
        return ('<aside><h2>Stel uw vraag</h2><form method="post" action="http://%s/contact-verzonden"><label>Uw vraag <textarea name="vraag"></textarea></label>'
                '<label>E-mail <input name="email" type="email"></label><button type="submit">Versturen</button></form></aside>' % host)
    if t == "tariff_pdf":
        return '<p>Bekijk de <a href="%s">Tarieventabel leges en belastingen 2024 (pdf, 212 kB)</a> en de <a href="%s">Legesverordening 2024 (pdf)</a>.</p>' % (s.tarif_url, s.tarif_url)
    if t == "mailto":
        return '<p>Vragen? Mail naar <a href="mailto:info@%s">info@%s</a>.</p>' % (m["host"][4:], m["host"][4:])
    if t == "news":
        build_news(s, pk)
        return '<aside><h2>Nieuws</h2><p><a href="http://%s/nieuws/%s-nieuws">Nieuwsbericht: wijzigingen rond %s</a></p></aside>' % (host, PINFO[pk][1], esc(PNAME[pk].lower()))
    if t == "sibling":
        sib = PINFO[pk][4]
        return '<p>Zie ook: <a href="%s">%s</a></p>' % (info[sib]["url"], esc(info[sib]["title_page"]))
    if t == "olo_check":
        build_olo()
        return ('<aside><h2>Heeft u ook een omgevingsvergunning nodig?</h2><p>Doe de <a href="http://omgevingswet.overheid.test/checken/">vergunningcheck</a> '
                'of log in bij <a href="http://omgevingswet.overheid.test/mijn-omgevingsloket/">Mijn Omgevingsloket</a> (DigiD of eHerkenning).</p></aside>')
    if t == "bezwaar_digid":
        bd = info["bezwaar"]
        u = bd["route"] if bd["route"] else bd["url"]
        return '<p>Bent u het niet eens met een besluit van de gemeente? <a href="%s">Maak online bezwaar met DigiD</a>.</p>' % u
    if t == "other_body_digid":
        key = OTHER_BODY_TRAP.get(pk, "rvo")
        hostb, nameb, what = TRAP_BODIES[key]
        return '<aside><p>%s: <a href="%s">%s (inloggen met DigiD%s)</a></p></aside>' % (
            esc(nameb), trap_body_url(key), esc(what), " of eHerkenning" if key in ("rvo", "ksa") else "")
    if t == "view_login":
        if m["code"] in ("GM0556", "GM0597"):
            u = build_view_portal("svhw")
            return '<aside><h2>Mijn SVHW</h2><p><a href="%s">Bekijk uw aanslag en WOZ-beschikking in Mijn SVHW (DigiD)</a></p></aside>' % u
        if m["code"] == "GM0226":
            u = build_view_portal("1s")
            return '<aside><h2>Mijn belastingen</h2><p><a href="%s">Aanslag bekijken bij 1Stroom (DigiD)</a></p></aside>' % u
        build_mijn(s)
        return '<aside><p><a href="http://%s/mijn/belastingen">Mijn belastingen: bekijk uw aanslagbiljet en WOZ-beschikking</a> (DigiD)</p></aside>' % host
    if t == "body_digid_other":
        if m["code"] == "GM0331":
            u = build_view_portal("wil")
            return '<aside><p>Heeft u al een uitkering van WIL? <a href="%s">Geef wijzigingen door in Mijn WIL (DigiD)</a></p></aside>' % u
        if m["code"] == "GM1876":
            body_route("oda", "geluidsontheffing", "P", m)
            return '<aside><p>Bedrijven doen een <a href="http://www.odachterhoek.test/melding-activiteiten">melding activiteiten bij de Omgevingsdienst Achterhoek (eHerkenning)</a>.</p></aside>'
        return '<aside><p>Werkloos? <a href="http://www.werk.test/ww-aanvragen">Vraag een WW-uitkering aan bij UWV (DigiD)</a>.</p></aside>'
    if t == "notoffered_link":
        if m["code"] == "GM0556":
            return ('<p>Bent u een erkend goed doel en wilt u een collecteweek? <a href="%s">Meld uw collecteweek online aan bij het CBF</a>.</p>' % trap_body_url("cbf"))
        body_route("odra", "geluidsontheffing", "P", m)
        return ('<p>Organiseert u als winkelier activiteiten met geluid of opslag? <a href="http://www.odregioarnhem.test/melding-activiteiten">Doe online een melding bij de Omgevingsdienst Regio Arnhem (eHerkenning)</a>.</p>')
    if t == "related_digid":
        u = shared_loket_form("bar", m, "gehandicaptenparkeerkaart", "D", muni_short="Ridderkerk") if False else None
        # ontheffing blauwe zone: a different product on the BAR loket
        host_b = BODIES["bar"]["host"]
        path = "/ridderkerk/ontheffing-blauwe-zone"
        put(host_b, path, simple_page("Ontheffing blauwe zone - gemeente Ridderkerk",
            "<h1>Ontheffing blauwe zone - gemeente Ridderkerk</h1><p>Voor bewoners en bedrijven in de blauwe zone.</p>"
            "<p><a href=\"%s\">Inloggen met DigiD</a></p>" % login_start(host_b, "ridderkerk-ontheffing-blauwe-zone")))
        LOKET_FORMS.setdefault("bar", []).append(("Ridderkerk", "Ontheffing blauwe zone", path, "D"))
        return ('<p>Woont of werkt u in de blauwe zone en heeft u geen parkeerplaats op eigen terrein? '
                '<a href="http://%s%s">Vraag online een ontheffing blauwe zone aan (DigiD)</a>.</p>' % (host_b, path))
    if t == "shared_eloket":
        plat = {"GM0437": "duo", "GM0226": "1s", "GM0597": "bar"}[m["code"]]
        return ('<p>Alle formulieren vindt u in het <a href="http://%s/">digitale loket van %s</a>.</p>'
                % (BODIES[plat]["host"], esc(BODIES[plat]["name"].split(" (")[0])))
    if t == "tax_view_on_notoffered":
        build_mijn(s)
        return '<p><a href="http://%s/mijn/belastingen">Bekijk uw aanslag gemeentelijke belastingen in Mijn Bronckhorst (DigiD)</a></p>' % host
    if t == "related_form":
        mor = info["melding-openbare-ruimte"]
        if m["code"] == "GM0629":
            return '<p>Ziet u illegale reclame of een losgeraakt bord in de openbare ruimte? <a href="%s">Doe een melding</a>.</p>' % mor["route"]
        return '<p>Ligt er hondenpoep op straat of in het park? <a href="%s">Doe een melding openbare ruimte</a>.</p>' % mor["route"]
    if t == "eherk_other":
        return ('<p>Bent u uitvaartverzorger? Voor het aanvragen van een verlof tot begraven of cremeren gebruikt u het '
                '<a href="http://%s/mijn/uitvaartverzorgers">uitvaartportaal (eHerkenning)</a>.</p>' % host) if build_mijn(s) or True else ""
    raise ValueError(t)


def build_mijn(s):
    if getattr(s, "_mijn", False):
        return False
    s._mijn = True
    host = s.host
    put(host, "/mijn/", simple_page("Mijn " + s.m["short"], "<h1>Mijn %s</h1><p>Uw persoonlijke pagina: lopende zaken, berichten en afspraken.</p>"
        "<p><a class=\"button\" href=\"%s\">Inloggen met DigiD</a></p>" % (esc(s.m["short"]), login_start(host, "mijn")), s.m["name"]))
    put(host, "/mijn/aanvragen", simple_page("Mijn aanvragen", "<h1>Mijn aanvragen</h1><p>Volg de status van uw aanvragen.</p>"
        "<p><a href=\"%s\">Inloggen met DigiD</a></p>" % login_start(host, "mijn-aanvragen"), s.m["name"]))
    put(host, "/mijn/belastingen", simple_page("Mijn belastingen", "<h1>Mijn belastingen</h1><p>Bekijk uw aanslagbiljet en WOZ-beschikking.</p>"
        "<p><a href=\"%s\">Inloggen met DigiD</a></p>" % login_start(host, "mijn-belastingen"), s.m["name"]))
    put(host, "/mijn/uitvaartverzorgers", simple_page("Uitvaartportaal", "<h1>Uitvaartportaal</h1><p>Verlof tot begraven of cremeren aanvragen.</p>"
        "<p><a href=\"%s\">Inloggen met eHerkenning</a></p>" % login_start(host, "uitvaartportaal", "eherkenning"), s.m["name"]))
    return False


def build_contact(s):
    host = s.host
    put(host, "/contact-verzonden", simple_page("Verzonden", "<h1>Bedankt voor uw vraag</h1>", s.m["name"]))


def build_news(s, pk):
    host = s.host
    put(host, "/nieuws/%s-nieuws" % PINFO[pk][1], s.wrap("Nieuws", "<h1>Nieuws over %s</h1><p>De gemeenteraad heeft besloten over %s. "
        "De regels veranderen per 1 januari.</p>" % (esc(PNAME[pk].lower()), esc(PNAME[pk].lower()))))


def build_site_common(s):
    m = s.m
    host = s.host
    # the site-wide pages that the chrome links to
    build_mijn(s) if "site_login" in m["site"] else None
    put(host, "/contact", s.wrap("Contact", "<h1>Contact</h1><p>Bel 14 0%s of kom langs. <a href=\"http://%s/contactformulier\">Contactformulier</a></p>" % (m["code"][-3:], host)))
    put(host, "/contactformulier", s.wrap("Contactformulier", "<h1>Contactformulier</h1><form method=\"post\" action=\"http://%s/contact-verzonden\">"
        "<label>Naam <input name=\"naam\"></label><label>Uw vraag <textarea name=\"vraag\"></textarea></label><button type=\"submit\">Versturen</button></form>" % host))
    build_contact(s)
    put(host, "/privacy", s.wrap("Privacy", "<h1>Privacyverklaring</h1><p>Wij gaan zorgvuldig om met uw gegevens.</p>"))
    put(host, "/feedback/verzonden", simple_page("Bedankt", "<h1>Bedankt voor uw reactie</h1>"))
    put(host, "/nieuwsbrief/aanmelden", simple_page("Nieuwsbrief", "<h1>U bent aangemeld voor de nieuwsbrief</h1>"))
    put(host, "/zoeken", s.wrap("Zoeken", "<h1>Zoeken</h1><form method=\"get\" action=\"http://%s/zoeken\"><input name=\"q\"><button>Zoek</button></form><!--RESULTS-->" % host))
    # sections
    for sec in sorted(SECTIONS):
        links = s.sec_links.get(sec, [])
        if not links:
            continue
        lis = "".join('<li><a href="%s">%s</a></li>' % (u, esc(t)) for u, t in sorted(set(links), key=lambda x: x[1]))
        put(s.phost, section_path(m, sec), s.wrap(SECTIONS[sec], "<h1>%s</h1><ul>%s</ul>" % (esc(SECTIONS[sec]), lis)))
    secs = "".join('<li><a href="http://%s%s">%s</a></li>' % (s.phost, section_path(m, sec), esc(SECTIONS[sec]))
                   for sec in sorted(SECTIONS) if s.sec_links.get(sec))
    home_extra = ""
    if s.phost != host:
        home_extra = '<p><a href="http://%s/">Naar het digitale loket: alle producten en diensten</a></p>' % s.phost
        put(s.phost, "/", s.wrap("Producten en diensten", "<h1>Digitaal loket %s</h1><ul>%s</ul>" % (esc(m["short"]), secs)))
    put(host, "/", s.wrap(m["name"], "<h1>Welkom bij de %s</h1>%s<h2>Onderwerpen</h2><ul>%s</ul>" % (esc(m["name"].lower().replace("gemeente", "gemeente")), home_extra, secs)))
    if "site_login" in m["site"] or True:
        build_mijn(s)
    # sitemap and robots
    urls = ["http://%s/" % host]
    for sec in sorted(s.sec_links):
        urls.append("http://%s%s" % (s.phost, section_path(m, sec)))
        for u, _ in sorted(set(s.sec_links[sec])):
            urls.append(u)
    sm = '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
    sm += "".join("<url><loc>%s</loc></url>\n" % esc(u) for u in urls) + "</urlset>\n"
    put(host, "/sitemap.xml", sm)
    put(host, "/robots.txt", "User-agent: *\nDisallow: /mijn/\nSitemap: http://%s/sitemap.xml\n" % host)
    if s.phost != host:
        put(s.phost, "/robots.txt", "User-agent: *\nAllow: /\n")
    by_url = {}
    for pk in SHORT_ORDER:
        u = s.info[pk].get("url")
        if u:
            by_url.setdefault(u, []).append(PNAME[pk])
    s.search_index = [{"url": u, "title": t, "text": t + " - " + "; ".join(by_url.get(u, []))}
                      for sec in sorted(s.sec_links) for u, t in sorted(set(s.sec_links[sec]))]


# ----------------------------------------------------------------------------------
# labels
# ----------------------------------------------------------------------------------

def make_label(m, pk, d):
    sp = d["spec"]
    row = dict(org_code=m["code"], product_key=pk, level="", status="", product_url="", route_url="",
               level_strict="", via="", signals="", notes="")
    if sp == "X":
        row["status"] = "not_found"
        row["notes"] = "no page about this product anywhere on the site (not in menus, sitemap or search)"
        return row
    row["product_url"] = d["url"]
    sigs = []
    for x in d["signals"]:
        if x not in sigs:
            sigs.append(x)
    row["signals"] = ";".join(sigs)
    if sp.startswith("N."):
        row["status"] = "not_offered"
        row["notes"] = "page states the municipality does not offer this (%s)" % sp[2:]
        return row
    row["status"] = "ok"
    kind = sp.split(".")[-1] if sp.startswith("V.") else sp
    level = {"D": 100, "DP": 100, "DE": 100, "E": 100, "F": 67, "OL": 67, "P": 33, "R": 33, "I": 0, "A": 0}[kind]
    row["level"] = str(level)
    row["level_strict"] = str(100 if kind == "DP" else (67 if level == 100 else level))
    row["route_url"] = d["route"] if level > 0 else ""
    row["via"] = d["via"] if level > 0 else ""
    desc = {"D": "online form behind DigiD", "DP": "DigiD form with explicit pre-fill statement", "DE": "online form with DigiD or eHerkenning",
            "E": "online form with eHerkenning", "F": "online form without login", "OL": "form behind the body's own account login (not DigiD)",
            "P": "printable PDF form", "R": "printable RTF form", "I": "counter/phone only", "A": "appointment only (in person)"}[kind]
    if sp.startswith("V."):
        body = sp.split(".")[1]
        row["notes"] = "delegated to %s; %s" % (BODIES[body]["name"].split(" (")[0], desc)
    elif d["via"]:
        row["notes"] = "form on the shared e-loket of %s; %s" % (BODIES[m["platform"]]["name"].split(" (")[0], desc)
    else:
        row["notes"] = desc
    traps = [x for x in sigs if x.startswith("trap_")]
    if traps:
        row["notes"] += "; traps do not raise the level"
    return row


# ----------------------------------------------------------------------------------
# main
# ----------------------------------------------------------------------------------

def main():
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "web")
    FILES.clear()
    REDIRECTS.clear()
    labels = []
    build_idps()
    sites = []
    for m in MUNIS:
        sites.append(build_municipality(m, labels))
    build_loket_indexes()
    # body home pages
    for key, b in sorted(BODIES.items()):
        host = b["host"]
        rel = os.path.join("sites", host, "index.html")
        if rel not in FILES:
            links = sorted(set(p for (bk, _), (p, _, _) in BODY_PAGES.items() if bk == key))
            put(host, "/", simple_page(b["name"], "<h1>%s</h1><ul>%s</ul>" % (esc(b["name"]), "".join(
                '<li><a href="%s">%s</a></li>' % (u, esc(u.rsplit("/", 1)[-1] or "start")) for u in links))))
    if os.path.join("sites", "www.1stroom.test", "index.html") not in FILES:
        put("www.1stroom.test", "/", simple_page("1Stroom", "<h1>1Stroom</h1><p>Werkorganisatie van Duiven en Westervoort.</p>"
            "<p><a href=\"/mijn-belastingen\">Mijn belastingen</a></p><p><a href=\"http://eloket.1stroom.test/\">Digitaal loket</a></p>"))
    # write
    allf = set(FILES)
    for rel in sorted(FILES):
        d = os.path.dirname(rel)
        while d and d != "sites":
            if d in allf:
                raise SystemExit("file/dir conflict: " + d)
            d = os.path.dirname(d)
    if os.path.isdir(out):
        shutil.rmtree(out)
    os.makedirs(out)
    for rel in sorted(FILES):
        p = os.path.join(out, rel)
        os.makedirs(os.path.dirname(p), exist_ok=True)
        with open(p, "wb") as f:
            f.write(FILES[rel])
    # soft 404 page for Duiven, own 404 page for Best
    with open(os.path.join(out, "soft404-duiven.html"), "w", encoding="utf-8") as f:
        f.write(simple_page("Pagina niet gevonden", "<h1>Oeps, deze pagina bestaat niet (meer)</h1><p><a href=\"http://www.duiven.test/\">Naar home</a></p>", "Gemeente Duiven"))
    with open(os.path.join(out, "notfound-best.html"), "w", encoding="utf-8") as f:
        f.write(simple_page("404", "<h1>Pagina niet gevonden</h1>", "Gemeente Best"))
    # search indexes
    os.makedirs(os.path.join(out, "search"), exist_ok=True)
    searches = []
    for s in sites:
        if s.m["code"] in ("GM0629", "GM0597", "GM1970"):
            idx = "search/%s.json" % s.host
            with open(os.path.join(out, idx), "w", encoding="utf-8") as f:
                json.dump(s.search_index, f, ensure_ascii=False, indent=1, sort_keys=True)
            searches.append({"host": s.host, "path": "/zoeken", "param": "q", "index": idx,
                             "template": "sites/%s/zoeken" % s.host})
    # organisations
    with open(os.path.join(out, "organisations.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["code", "name", "org_type", "website", "inhabitants"])
        for m in MUNIS:
            w.writerow([m["code"], m["name"], "gemeente", "http://%s/" % m["host"], m["inhabitants"]])
    with open(os.path.join(out, "labels.csv"), "w", newline="", encoding="utf-8") as f:
        cols = ["org_code", "product_key", "level", "status", "product_url", "route_url", "level_strict", "via", "signals", "notes"]
        w = csv.DictWriter(f, fieldnames=cols, lineterminator="\n")
        w.writeheader()
        for r in labels:
            w.writerow(r)
    manifest = {"behaviours": {
        "redirects": sorted(REDIRECTS, key=lambda r: r["url"]),
        "host_redirects": [{"host": "wassenaar.test", "status": 301, "to": "www.wassenaar.test"},
                           {"host": "gemeentebest.test", "status": 301, "to": "www.gemeentebest.test"}],
        "not_found_pages": [{"host": "www.duiven.test", "file": "soft404-duiven.html", "status": 200},
                            {"host": "www.gemeentebest.test", "file": "notfound-best.html", "status": 404}],
        "searches": searches,
    }}
    with open(os.path.join(out, "testweb.json"), "w", encoding="utf-8") as f:
        json.dump(manifest, f, indent=1, sort_keys=True, ensure_ascii=False)
        f.write("\n")
    print("wrote %d files, %d labels into %s" % (len(FILES), len(labels), out))


if __name__ == "__main__":
    main()
