#!/usr/bin/env python3
"""Generate the labelled simulated web 'web-dev24' (ten Dutch municipalities).

Usage: python3 gen.py [OUTDIR]      (default: web/ beside this script)

Standard library only, deterministic (seeded random.Random with string seeds,
sorted iteration).  Emphasis: login boxes and 'Mijn' portals of every kind placed
beside products that only have information, a PDF or an anonymous form.
"""
import csv
import html
import json
import os
import random
import re
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
esc = html.escape

# ---------------------------------------------------------------------------
# products (only product_key, name_nl, org_types are read from products.csv)
# ---------------------------------------------------------------------------


def load_products():
    rows = []
    with open(os.path.join(HERE, "..", "..", "..", "config", "products.csv"), newline="", encoding="utf-8") as f:
        for r in csv.DictReader(f):
            if "G" in r["org_types"]:
                rows.append((r["product_key"], r["name_nl"]))
    return rows


# own titles (three variants), section, audience, short description
P = {
    "brp-uittreksel": (["Uittreksel BRP aanvragen", "Uittreksel Basisregistratie Personen", "Uittreksel BRP, aanvragen"], "burgerzaken", "b",
                       "Met een uittreksel uit de Basisregistratie Personen (BRP) laat u zien wie u bent en waar u woont. U heeft het bijvoorbeeld nodig bij een sollicitatie of voor een huurwoning."),
    "verhuismelding": (["Verhuizing doorgeven", "Verhuizen", "Verhuizing binnen of naar de gemeente"], "burgerzaken", "b",
                       "Gaat u verhuizen naar of binnen de gemeente? Geef uw nieuwe adres uiterlijk 5 dagen na de verhuisdatum door."),
    "geboorteaangifte": (["Geboorte aangeven", "Geboorte", "Aangifte geboorte"], "burgerzaken", "b",
                         "Is uw kind geboren? Doe binnen 3 dagen aangifte van de geboorte. Uw kind krijgt dan een burgerservicenummer."),
    "overlijdensaangifte": (["Overlijden aangeven", "Overlijden", "Aangifte van overlijden"], "burgerzaken", "b",
                            "Als iemand overlijdt, moet dit binnen 6 dagen worden aangegeven. Meestal regelt de uitvaartondernemer dit voor u."),
    "huwelijksaangifte": (["Melding voorgenomen huwelijk of partnerschap", "Trouwen en geregistreerd partnerschap", "Ondertrouw (melding voorgenomen huwelijk)"], "burgerzaken", "b",
                          "Wilt u trouwen of een geregistreerd partnerschap aangaan? Meld dit uiterlijk 2 weken en hooguit 1 jaar van tevoren."),
    "paspoort": (["Paspoort aanvragen", "Paspoort", "Reisdocument: paspoort"], "burgerzaken", "b",
                 "Een paspoort is een reisdocument en een geldig identiteitsbewijs. Voor volwassenen is het 10 jaar geldig."),
    "identiteitskaart": (["Identiteitskaart aanvragen", "Identiteitskaart", "Reisdocument: identiteitskaart"], "burgerzaken", "b",
                         "Met een Nederlandse identiteitskaart kunt u zich legitimeren en reizen binnen Europa."),
    "parkeervergunning": (["Parkeervergunning aanvragen", "Parkeervergunning voor bewoners", "Parkeren met een vergunning"], "parkeren", "b",
                          "Met een parkeervergunning parkeert u uw auto in het vergunninggebied bij uw woning."),
    "gehandicaptenparkeerkaart": (["Gehandicaptenparkeerkaart aanvragen", "Gehandicaptenparkeerkaart", "Parkeerkaart voor mensen met een beperking"], "parkeren", "b",
                                  "Kunt u door een handicap of ziekte niet ver lopen? Met een gehandicaptenparkeerkaart mag u op speciale plekken parkeren."),
    "gehandicaptenparkeerplaats": (["Gehandicaptenparkeerplaats aanvragen", "Gehandicaptenparkeerplaats", "Parkeerplaats voor gehandicapten bij uw woning"], "parkeren", "b",
                                   "Heeft u een gehandicaptenparkeerkaart en geen eigen parkeerplek? Dan kunt u een parkeerplaats op kenteken vragen."),
    "hondenbelasting": (["Hondenbelasting", "Hond aan- of afmelden", "Hondenbelasting: hond aanmelden of afmelden"], "belastingen", "b",
                        "Heeft u een hond? Dan betaalt u hondenbelasting. Meld uw hond aan binnen 14 dagen."),
    "belastingkwijtschelding": (["Kwijtschelding gemeentelijke belastingen", "Kwijtschelding aanvragen", "Belastingen, kwijtschelding"], "belastingen", "b",
                                "Heeft u een laag inkomen en weinig vermogen? Dan hoeft u de gemeentelijke belastingen misschien niet te betalen."),
    "woz-bezwaar": (["Bezwaar maken tegen de WOZ-waarde", "WOZ-waarde, bezwaar maken", "Niet eens met uw WOZ-waarde"], "belastingen", "b",
                    "Bent u het niet eens met de WOZ-waarde van uw woning? Dan kunt u binnen 6 weken bezwaar maken."),
    "bijstand": (["Bijstandsuitkering aanvragen", "Bijstand", "Uitkering levensonderhoud (bijstand)"], "zorg", "b",
                 "Heeft u niet genoeg inkomen om van te leven? Dan kunt u misschien een bijstandsuitkering krijgen."),
    "bijzondere-bijstand": (["Bijzondere bijstand aanvragen", "Bijzondere bijstand", "Bijzondere kosten, vergoeding"], "zorg", "b",
                            "Heeft u onverwachte, noodzakelijke kosten die u niet zelf kunt betalen? Vraag dan bijzondere bijstand aan."),
    "wmo-voorziening": (["Wmo-voorziening aanvragen", "Hulp en ondersteuning thuis (Wmo)", "Wmo: melding hulpvraag"], "zorg", "b",
                        "Heeft u hulp nodig om zelfstandig te blijven wonen? Denk aan huishoudelijke hulp, een scootmobiel of een woningaanpassing."),
    "leerlingenvervoer": (["Leerlingenvervoer aanvragen", "Leerlingenvervoer", "Vervoer naar school (leerlingenvervoer)"], "zorg", "b",
                          "Kan uw kind niet zelfstandig naar school? Dan komt u misschien in aanmerking voor een vergoeding of aangepast vervoer."),
    "grofvuil": (["Grofvuil laten ophalen", "Grof huishoudelijk afval", "Grofvuil aanmelden"], "afval", "b",
                 "Grofvuil is afval dat niet in uw container past, zoals meubels en matrassen. Wij halen het bij u op."),
    "afvalcontainer": (["Afvalcontainer aanvragen of wijzigen", "Minicontainers", "Container aanvragen, ruilen of omwisselen"], "afval", "b",
                       "Heeft u een nieuwe, extra of grotere container nodig, of is uw container kapot?"),
    "melding-openbare-ruimte": (["Melding openbare ruimte", "Melding woon- en leefomgeving", "Meldingen buitenruimte"], "wonen", "b",
                                "Ziet u een losliggende stoeptegel, een kapotte lantaarnpaal of zwerfafval? Meld het ons."),
    "omgevingsvergunning": (["Omgevingsvergunning aanvragen", "Omgevingsvergunning", "Vergunning voor bouwen en verbouwen"], "wonen", "b",
                            "Voor bouwen, verbouwen of slopen heeft u vaak een omgevingsvergunning nodig."),
    "kapvergunning": (["Kapvergunning aanvragen", "Boom kappen", "Bomen kappen (vellen houtopstand)"], "wonen", "b",
                      "Wilt u een boom kappen? Voor sommige bomen heeft u een vergunning nodig."),
    "bouwdossier-inzage": (["Bouwdossier inzien", "Bouwtekeningen opvragen", "Bouwdossier, inzage"], "wonen", "b",
                           "Wilt u de bouwtekeningen of vergunningen van een pand bekijken? Vraag het bouwdossier op."),
    "bezwaar": (["Bezwaar maken", "Bezwaar maken tegen een besluit", "Bezwaar en beroep"], "bestuur", "b",
                "Bent u het niet eens met een besluit van de gemeente? Dan kunt u binnen 6 weken bezwaar maken."),
    "klacht": (["Klacht indienen", "Klachten over de gemeente", "Klacht over een medewerker of de gemeente"], "bestuur", "b",
               "Bent u niet tevreden over hoe de gemeente of een medewerker u heeft behandeld? Dien een klacht in."),
    "woo-verzoek": (["Woo-verzoek indienen", "Informatie opvragen (Woo-verzoek)", "Wet open overheid (Woo)"], "bestuur", "b",
                    "Met een Woo-verzoek vraagt u documenten op over een bestuurlijke aangelegenheid."),
    "subsidie": (["Subsidie aanvragen", "Subsidies", "Subsidie voor verenigingen en organisaties"], "ondernemen", "o",
                 "De gemeente geeft subsidie aan organisaties en verenigingen die bijdragen aan het gemeentelijk beleid."),
    "evenementenvergunning": (["Evenementenvergunning aanvragen", "Evenement organiseren", "Evenementenvergunning"], "ondernemen", "o",
                              "Organiseert u een evenement, zoals een braderie, concert of sportwedstrijd? Dan heeft u misschien een vergunning nodig."),
    "exploitatievergunning-horeca": (["Exploitatievergunning horeca", "Horeca-exploitatievergunning aanvragen", "Horeca, exploitatievergunning"], "ondernemen", "o",
                                     "Wilt u een horecabedrijf beginnen of overnemen? Dan heeft u een exploitatievergunning nodig."),
    "alcoholvergunning": (["Alcoholvergunning aanvragen", "Alcoholwetvergunning", "Drank- en Horecavergunning"], "ondernemen", "o",
                          "Schenkt u alcohol in uw horecazaak of slijterij? Dan heeft u een vergunning op grond van de Alcoholwet nodig."),
    "terrasvergunning": (["Terrasvergunning aanvragen", "Terras", "Terras, vergunning"], "ondernemen", "o",
                         "Wilt u bij uw horecazaak een terras op de openbare weg? Vraag een terrasvergunning aan."),
    "standplaatsvergunning": (["Standplaatsvergunning aanvragen", "Standplaats", "Standplaats, aanvraag"], "ondernemen", "o",
                              "Wilt u buiten de markt met een kraam of wagen op een vaste plek staan? Dan heeft u een standplaatsvergunning nodig."),
    "marktvergunning": (["Marktvergunning aanvragen", "Weekmarkt: plaats aanvragen", "Markt, vaste standplaats"], "ondernemen", "o",
                        "Wilt u op de weekmarkt staan met een kraam? Vraag een vaste of losse marktplaats aan."),
    "reclamebelasting": (["Reclamebelasting", "Reclame-uiting en reclamebelasting", "Reclame aan de gevel"], "ondernemen", "o",
                         "Voor reclame die vanaf de openbare weg zichtbaar is, kan reclamebelasting worden geheven."),
    "geluidsontheffing": (["Geluidsontheffing aanvragen", "Ontheffing geluidhinder", "Geluidhinder, ontheffing"], "ondernemen", "o",
                          "Maakt u tijdelijk meer geluid dan is toegestaan, bijvoorbeeld bij een feest of bij werkzaamheden? Vraag een ontheffing aan."),
    "winkeltijdenontheffing": (["Ontheffing winkeltijden", "Winkeltijden, ontheffing", "Koopzondag en winkeltijden"], "ondernemen", "o",
                               "Wilt u uw winkel buiten de normale tijden openen? Daarvoor heeft u soms een ontheffing nodig."),
    "kansspelautomaatvergunning": (["Aanwezigheidsvergunning kansspelautomaten", "Speelautomaten, vergunning", "Kansspelautomaat plaatsen"], "ondernemen", "o",
                                   "Wilt u een kansspelautomaat in uw horecazaak plaatsen? Dan heeft u een aanwezigheidsvergunning nodig."),
    "collectevergunning": (["Collectevergunning aanvragen", "Collecteren", "Inzameling van geld of goederen"], "ondernemen", "o",
                           "Wilt u met uw organisatie geld of goederen inzamelen langs de deuren? Vraag een collectevergunning aan."),
    "ligplaatsvergunning": (["Ligplaatsvergunning aanvragen", "Ligplaats voor uw boot", "Ligplaats (woon)boot, toestemming"], "wonen", "b",
                            "Wilt u met een boot of woonschip op een vaste plek in het openbaar water liggen? Dan heeft u een ligplaatsvergunning nodig."),
    "uitwegvergunning": (["Uitweg of inrit aanleggen", "Inrit aanvragen", "Uitrit of inrit, vergunning"], "wonen", "b",
                         "Wilt u een inrit (uitweg) naar uw perceel aanleggen of veranderen? Daarvoor heeft u toestemming nodig."),
    "belastingaanslag-bezwaar": (["Bezwaar tegen uw aanslag gemeentelijke belastingen", "Bezwaar belastingaanslag", "Niet eens met uw aanslag"], "belastingen", "b",
                                 "Bent u het niet eens met uw aanslag gemeentelijke belastingen? Maak binnen 6 weken bezwaar."),
    "betalingsregeling": (["Betalingsregeling aanvragen", "Belastingen, betalingsregeling", "Gespreid betalen van uw aanslag"], "belastingen", "b",
                          "Kunt u uw aanslag niet in één keer betalen? Vraag een betalingsregeling aan."),
}

SECTIONS = {
    "burgerzaken": "Burgerzaken", "parkeren": "Verkeer en parkeren", "belastingen": "Belastingen",
    "zorg": "Zorg, werk en inkomen", "afval": "Afval", "wonen": "Wonen en bouwen",
    "bestuur": "Bestuur en organisatie", "ondernemen": "Ondernemen",
}

SIBLINGS = {
    "gehandicaptenparkeerplaats": "gehandicaptenparkeerkaart", "gehandicaptenparkeerkaart": "gehandicaptenparkeerplaats",
    "bijzondere-bijstand": "bijstand", "bijstand": "bijzondere-bijstand", "identiteitskaart": "paspoort",
    "paspoort": "identiteitskaart", "terrasvergunning": "exploitatievergunning-horeca",
    "alcoholvergunning": "exploitatievergunning-horeca", "exploitatievergunning-horeca": "alcoholvergunning",
    "marktvergunning": "standplaatsvergunning", "standplaatsvergunning": "marktvergunning",
    "kapvergunning": "omgevingsvergunning", "uitwegvergunning": "omgevingsvergunning",
    "woz-bezwaar": "belastingaanslag-bezwaar", "belastingaanslag-bezwaar": "woz-bezwaar",
    "betalingsregeling": "belastingkwijtschelding", "belastingkwijtschelding": "betalingsregeling",
    "grofvuil": "afvalcontainer", "afvalcontainer": "grofvuil", "klacht": "bezwaar", "bezwaar": "klacht",
    "geboorteaangifte": "verhuismelding", "overlijdensaangifte": "geboorteaangifte",
    "huwelijksaangifte": "brp-uittreksel", "brp-uittreksel": "verhuismelding", "verhuismelding": "brp-uittreksel",
    "leerlingenvervoer": "wmo-voorziening", "wmo-voorziening": "leerlingenvervoer",
    "geluidsontheffing": "evenementenvergunning", "evenementenvergunning": "geluidsontheffing",
    "collectevergunning": "evenementenvergunning", "kansspelautomaatvergunning": "alcoholvergunning",
    "winkeltijdenontheffing": "evenementenvergunning", "ligplaatsvergunning": "uitwegvergunning",
    "hondenbelasting": "belastingkwijtschelding", "reclamebelasting": "belastingaanslag-bezwaar",
    "bouwdossier-inzage": "omgevingsvergunning", "woo-verzoek": "klacht", "subsidie": "evenementenvergunning",
    "omgevingsvergunning": "kapvergunning", "parkeervergunning": "gehandicaptenparkeerkaart",
    "melding-openbare-ruimte": "grofvuil",
}

ORGS = ["GM0263", "GM0626", "GM0246", "GM1774", "GM1699", "GM1659", "GM0703", "GM0294", "GM0473", "GM1667"]

# level plan per municipality (the ground truth is derived from this table)
#   0 info   0a appointment   33 pdf   67 own anonymous form   100 own DigiD form
#   100p DigiD form with pre-fill statement   100e eHerkenning (+DigiD) form
#   T100/T67 tax office   S100/S67/S33 social service   O100 Omgevingsloket
#   P100 parking portal   W67 waste company   M67 report platform   NO not offered   NF not found
PLAN = """
key                         GM0263 GM0626 GM0246 GM1774 GM1699 GM1659 GM0703 GM0294 GM0473 GM1667
brp-uittreksel              100    100    100    100    100    100p   100    100    100    0a
verhuismelding              100    100    100    100p   100    100p   100    100    100    33
geboorteaangifte            0a     100    0      100    100    100p   0a     100    0a     0
overlijdensaangifte         0      0      0      100e   0      0      0      0      0      0
huwelijksaangifte           100    100    33     100    100    100    0a     100    100    33
paspoort                    0a     0a     0a     0a     0a     0a     0      0a     0a     0a
identiteitskaart            0a     0a     0a     0a     0a     0a     0      0a     0a     0a
parkeervergunning           NO     100    NO     NF     33     NO     NO     100    P100   NO
gehandicaptenparkeerkaart   100    33     100    33     100    100p   33     100    67     0
gehandicaptenparkeerplaats  33     33     67     33     0      67     33     100    33     0
hondenbelasting             T100   NO     100    T100   100    NO     T100   33     T100   NO
belastingkwijtschelding     T100   100    100    T100   33     100    T100   100    T100   33
woz-bezwaar                 T100   100    100    T100   100    100    T100   100    T100   100
bijstand                    S100   S100   100    100    100    100    33     100    S100   S100
bijzondere-bijstand         S100   S33    33     100    33     100p   33     67     S100   S67
wmo-voorziening             67     0      67     0      67     67     0      100    67     S67
leerlingenvervoer           100    100    33     100    33     100    33     100    100    100
grofvuil                    W67    W67    67     W67    67     W67    W67    0      W67    67
afvalcontainer              W67    W67    100    W67    67     W67    W67    67     W67    100
melding-openbare-ruimte     M67    67     67     M67    67     M67    67     67     M67    M67
omgevingsvergunning         O100   O100   O100   O100   O100   O100   O100   O100   O100   O100
kapvergunning               O100   O100   O100   33     O100   O100   67     O100   O100   33
bouwdossier-inzage          67     67     0      67     67     67     0      67     67     67
bezwaar                     100    67     100    67     100    100    33     100    67     67
klacht                      67     67     100    67     67     67     33     67     67     67
woo-verzoek                 67     67     100    67     67     67     0      67     67     67
subsidie                    100e   100e   33     100e   67     100e   33     100e   100e   33
evenementenvergunning       100e   67     100e   33     67     100e   33     100e   100e   33
exploitatievergunning-horeca 33    33     33     100e   33     100e   33     33     100e   33
alcoholvergunning           33     33     33     100e   33     100e   33     33     100e   33
terrasvergunning            33     67     33     33     0      100e   33     67     100e   NO
standplaatsvergunning       33     67     33     33     67     67     33     67     33     33
marktvergunning             33     0      33     NF     33     67     0      33     0      NF
reclamebelasting            NO     0      NO     NO     NO     NO     0      0      0      NO
geluidsontheffing           33     67     33     33     67     67     33     67     100e   33
winkeltijdenontheffing      NF     33     0      NF     33     NO     33     NF     NO     NF
kansspelautomaatvergunning  33     33     33     NF     33     67     33     33     100e   33
collectevergunning          67     67     33     67     33     67     33     67     67     NF
ligplaatsvergunning         33     33     NO     NF     NF     NO     33     NF     NF     NF
uitwegvergunning            33     O100   67     33     67     O100   33     67     O100   33
belastingaanslag-bezwaar    T100   100    100    T100   100    100    T100   100    T100   67
betalingsregeling           T100   0      67     T67    0      100    T100   0      T100   67
"""

# pages shared by two products: (org, first product) -> (second product, title)
SHARED = {
    ("GM0246", "paspoort"): ("identiteitskaart", "Paspoort en identiteitskaart"),
    ("GM0246", "alcoholvergunning"): ("exploitatievergunning-horeca", "Horecavergunning (Alcoholwet en exploitatie)"),
    ("GM0626", "belastingkwijtschelding"): ("betalingsregeling", "Kwijtschelding en betalingsregeling"),
    ("GM0703", "standplaatsvergunning"): ("marktvergunning", "Markt en standplaatsen"),
    ("GM0294", "woz-bezwaar"): ("belastingaanslag-bezwaar", "Bezwaar WOZ-beschikking en belastingaanslag"),
    ("GM0473", "gehandicaptenparkeerkaart"): ("gehandicaptenparkeerplaats", "Gehandicaptenparkeerkaart en gehandicaptenparkeerplaats"),
}

# ---------------------------------------------------------------------------
# site configuration
# ---------------------------------------------------------------------------
SITES = {
    "GM0263": dict(short="Maasdriel", host="www.maasdriel.test", inh=25410, family="slug", cta="button",
                   forms="openforms", fhost="formulieren.maasdriel.test", slots=["card_top", "below"],
                   header="mijn", mijnhost="mijn.maasdriel.test", footer_digid=True, feedback=True, chat=False, news_letter=False,
                   tax="bsr", social="werkzaak", waste="avri", appt="afspraken.maasdriel.test", tvi=0, phone="0418 63 60 00"),
    "GM0626": dict(short="Voorschoten", host="www.voorschoten.test", inh=25900, family="onderwerpen", cta="digid_img",
                   forms="ownsite", fhost="www.voorschoten.test", slots=["sidebar"],
                   header="inloggen", mijnhost="mijn.voorschoten.test", footer_digid=False, feedback=False, chat=True, news_letter=False,
                   tax=None, social="isdvw", waste="avalex", appt="voorschoten.qmatic.test", tvi=1, phone="071 560 06 00"),
    "GM0246": dict(short="Heerde", host="www.heerde.test", inh=19120, family="iprox", cta="digid_link",
                   forms="iprox", fhost="www.heerde.test", slots=["body", "below"],
                   header=None, mijnhost="mijn.heerde.test", footer_digid=True, feedback=False, chat=False, news_letter=False,
                   tax=None, social=None, waste=None, appt="www.heerde.test", tvi=1, phone="0578 69 94 94"),
    "GM1774": dict(short="Dinkelland", host="www.dinkelland.test", inh=26760, family="productid", cta="getform",
                   forms="formdesk", fhost="loket.dinkelland.test", slots=["sidebar", "body"],
                   header="mijn_img", mijnhost="mijn.dinkelland.test", footer_digid=False, feedback=False, chat=False, news_letter=True,
                   tax="gbt", social=None, waste="rova", appt="afspraken.dinkelland.test", tvi=2, phone="0541 85 41 00"),
    "GM1699": dict(short="Noordenveld", host="www.gemeentenoordenveld.test", inh=32830, family="pdcloket", cta="link",
                   forms="loket", fhost="loket.gemeentenoordenveld.test", slots=["details", "below"],
                   header="mijn", mijnhost="mijn.gemeentenoordenveld.test", footer_digid=True, feedback=False, chat=False, news_letter=False,
                   tax=None, social=None, waste=None, appt="loket.gemeentenoordenveld.test", tvi=0, phone="050 502 84 44"),
    "GM1659": dict(short="Laarbeek", host="www.laarbeek.test", inh=23400, family="owc", cta="card",
                   forms="gravity", fhost="mijn.laarbeek.test", slots=["card_top", "below"],
                   header="inloggen_mijn", mijnhost="mijn.laarbeek.test", footer_digid=False, feedback=True, chat=False, news_letter=False,
                   tax=None, social=None, waste="blink", appt="afspraak.laarbeek.test", tvi=0, phone="0492 46 93 33"),
    "GM0703": dict(short="Reimerswaal", host="www.reimerswaal.test", inh=23150, family="regelen", cta="button",
                   forms="triple", fhost="eloket.reimerswaal.test", slots=["body", "sidebar"],
                   header="mijn", mijnhost="mijn.reimerswaal.test", footer_digid=True, feedback=False, chat=False, news_letter=True,
                   tax="sabewa", social=None, waste="zrd", appt="reimerswaal.afspraakmaken.test", tvi=2, phone="0113 39 39 39"),
    "GM0294": dict(short="Winterswijk", host="www.winterswijk.test", inh=29300, family="iprox2", cta="script",
                   forms="iform", fhost="zaken.winterswijk.test", slots=["card_top", "sidebar"],
                   header="digid_direct", mijnhost="zaken.winterswijk.test", footer_digid=False, feedback=False, chat=True, news_letter=False,
                   tax=None, social=None, waste=None, appt="afspraak.winterswijk.test", tvi=0, phone="0543 54 35 43"),
    "GM0473": dict(short="Zandvoort", host="www.zandvoort.test", inh=17210, family="alfabet", cta="iframe",
                   forms="openforms_static", fhost="formulieren.zandvoort.test", slots=["below", "body"],
                   header="mijn", mijnhost="mijn.zandvoort.test", footer_digid=False, feedback=True, chat=False, news_letter=False,
                   tax="cocensus", social="iasz", waste="meerlanden", appt="zandvoort.qmatic.test", tvi=1, phone="14 023"),
    "GM1667": dict(short="Reusel-De Mierden", host="www.reuseldemierden.test", inh=13620, family="rootslug", cta="digid_img",
                   forms="smart", fhost="formulieren.reuseldemierden.test", slots=["sidebar", "below"],
                   header=None, mijnhost="mijn.reuseldemierden.test", footer_digid=True, feedback=False, chat=False, news_letter=False,
                   tax=None, social="kempen", waste=None, appt="afspraak.reuseldemierden.test", tvi=2, phone="0497 65 06 50"),
}

TAX = {
    "bsr": ("Belastingsamenwerking Rivierenland", "www.bsrivierenland.test", "Mijn BSR"),
    "gbt": ("Gemeentelijk Belastingkantoor Twente", "www.gbtwente.test", "Mijn GBTwente"),
    "sabewa": ("SaBeWa Zeeland", "www.sabewazeeland.test", "Mijn SaBeWa"),
    "cocensus": ("Cocensus", "www.cocensus.test", "Mijn Cocensus"),
}
SOCIAL = {
    "werkzaak": ("Werkzaak Rivierenland", "www.werkzaak.test", "Mijn Werkzaak"),
    "isdvw": ("ISD Voorschoten-Wassenaar", "www.isdvw.test", "Mijn ISD"),
    "iasz": ("Sociaal Domein Zuid-Kennemerland", "www.iasz.test", "Mijn Sociaal Domein"),
    "kempen": ("Samenwerking Kempengemeenten", "www.kempengemeenten.test", "Mijn Kempengemeenten"),
}
WASTE = {
    "avri": ("Avri", "www.avri.test"), "avalex": ("Avalex", "www.avalex.test"), "rova": ("ROVA", "www.rova.test"),
    "blink": ("Blink", "www.blinkafval.test"), "zrd": ("ZRD", "www.zrd.test"), "meerlanden": ("Meerlanden", "www.meerlanden.test"),
}
OLO = "omgevingswet.overheid.test"
FIXI = "www.fixi.test"
DIGID = "http://digid-sim.test/saml/idp/request_authentication"
EHERK = "http://eherkenning-sim.test/broker/kies-leverancier"
MIJNOV = "mijn.overheid.test"

# ---------------------------------------------------------------------------
# output registry
# ---------------------------------------------------------------------------


class Web:
    def __init__(self):
        self.files = {}          # (host, relpath) -> bytes
        self.redirects = []      # (url, location)
        self.search = {}         # host -> list of entries

    def add(self, url, content):
        m = re.match(r"https?://([^/]+)(/[^#]*)$", url)
        host, path = m.group(1), m.group(2)
        q = ""
        if "?" in path:
            path, q = path.split("?", 1)
        rel = path.lstrip("/")
        if rel == "" or rel.endswith("/"):
            rel = rel + "index.html"
        if q:
            rel = rel + "?" + q
        if isinstance(content, str):
            content = content.encode("utf-8")
        key = (host, rel)
        if key in self.files and self.files[key] != content:
            raise SystemExit("conflicting content for " + url)
        self.files[key] = content
        return url

    def has(self, url):
        m = re.match(r"https?://([^/]+)(/[^#]*)$", url)
        host, path = m.group(1), m.group(2)
        rel = path.lstrip("/")
        if rel == "" or rel.endswith("/"):
            rel += "index.html"
        return (host, rel) in self.files

    def login(self, url, idp="digid"):
        loc = DIGID if idp == "digid" else EHERK
        if (url, loc) not in self.redirects:
            self.redirects.append((url, loc))
        return url

    def write(self, out):
        paths = set()
        for (host, rel) in sorted(self.files):
            paths.add(os.path.join("sites", host, rel))
        for p in sorted(paths):   # file/dir conflict check
            parent = os.path.dirname(p)
            while parent and parent != "sites":
                if parent in paths:
                    raise SystemExit("file/dir conflict: " + parent)
                parent = os.path.dirname(parent)
        for (host, rel), data in sorted(self.files.items()):
            fp = os.path.join(out, "sites", host, rel)
            os.makedirs(os.path.dirname(fp), exist_ok=True)
            with open(fp, "wb") as f:
                f.write(data)


W = Web()


def slugify(t):
    t = t.lower()
    for a, b in (("é", "e"), ("ë", "e"), ("ï", "i"), ("ü", "u"), ("ó", "o"), ("(", ""), (")", ""), (":", ""), (",", ""), ("'", "")):
        t = t.replace(a, b)
    return re.sub(r"[^a-z0-9]+", "-", t).strip("-")


def underscore(t):
    t = slugify(t).replace("-", "_")
    return t[:1].upper() + t[1:]


def make_pdf(title, lines):
    def clean(s):
        s = s.replace("é", "e").replace("ë", "e").replace("ï", "i").replace("ü", "u")
        s = s.encode("ascii", "replace").decode("ascii")
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    ops = ["BT /F1 16 Tf 50 790 Td (%s) Tj ET" % clean(title)]
    y = 760
    for ln in lines:
        ops.append("BT /F1 11 Tf 50 %d Td (%s) Tj ET" % (y, clean(ln)))
        y -= 22
    stream = "\n".join(ops).encode("latin-1")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
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
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info << /Title (%s) >> >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objs) + 1, clean(title).encode("latin-1"), xref)
    return out


DIGID_SVG = ('<svg xmlns="http://www.w3.org/2000/svg" width="46" height="46" viewBox="0 0 46 46">'
             '<rect width="46" height="46" rx="6" fill="#000"/><text x="6" y="29" font-size="13" fill="#fff" '
             'font-family="Arial">DigiD</text></svg>\n')
EH_SVG = ('<svg xmlns="http://www.w3.org/2000/svg" width="90" height="30"><rect width="90" height="30" fill="#e6007e"/>'
          '<text x="4" y="20" font-size="12" fill="#fff" font-family="Arial">eHerkenning</text></svg>\n')


def simple_page(title, body, host_name="", css=""):
    return ("<!DOCTYPE html>\n<html lang=\"nl\">\n<head>\n<meta charset=\"utf-8\">\n<title>%s%s</title>\n%s</head>\n<body>\n%s\n</body>\n</html>\n"
            % (esc(title), (" | " + esc(host_name)) if host_name else "", css, body))


# ---------------------------------------------------------------------------
# generic pages on other hosts (identity providers, portals, shared bodies)
# ---------------------------------------------------------------------------


def idp_pages():
    W.add("http://digid-sim.test/saml/idp/request_authentication", simple_page("Inloggen bij DigiD", """
<header><img src="/static/digid.svg" alt="DigiD"></header>
<main><h1>Inloggen bij DigiD</h1>
<p>Kies hoe u wilt inloggen.</p>
<form method="post" action="/saml/idp/request_authentication">
<label>DigiD gebruikersnaam <input name="username"></label>
<label>Wachtwoord <input type="password" name="password"></label>
<button type="submit">Inloggen</button></form>
<p><a href="/aanvragen">Nog geen DigiD? Vraag DigiD aan</a> &middot; <a href="/machtigen">DigiD Machtigen</a></p>
</main>""", "DigiD"))
    W.add("http://digid-sim.test/aanvragen", simple_page("DigiD aanvragen", """
<main><h1>DigiD aanvragen</h1><p>Met DigiD logt u veilig in bij de overheid. Vraag uw DigiD aan met uw burgerservicenummer.</p>
<p><a href="/saml/idp/request_authentication">Terug naar inloggen</a></p></main>""", "DigiD"))
    W.add("http://digid-sim.test/machtigen", simple_page("DigiD Machtigen", """
<main><h1>DigiD Machtigen</h1><p>Met DigiD Machtigen regelt iemand anders uw zaken met de overheid.</p>
<p><a href="/saml/idp/request_authentication">Inloggen met DigiD</a></p></main>""", "DigiD"))
    W.add("http://digid-sim.test/", simple_page("DigiD", '<main><h1>DigiD</h1><p><a href="/aanvragen">DigiD aanvragen</a></p></main>', "DigiD"))
    W.add("http://digid-sim.test/static/digid.svg", DIGID_SVG)
    W.add("http://eherkenning-sim.test/broker/kies-leverancier", simple_page("eHerkenning", """
<main><h1>Inloggen met eHerkenning</h1><p>Selecteer de leverancier van uw inlogmiddel.</p>
<ul><li><a href="/broker/kies-leverancier">Leverancier A</a></li><li><a href="/broker/kies-leverancier">Leverancier B</a></li></ul>
<p>Betrouwbaarheidsniveau: EH3</p></main>""", "eHerkenning"))
    W.add("http://eherkenning-sim.test/", simple_page("eHerkenning", '<main><h1>eHerkenning</h1><p><a href="/broker/kies-leverancier">Inloggen</a></p></main>'))
    # MijnOverheid
    W.login("http://mijn.overheid.test/digid/start")
    W.add("http://mijn.overheid.test/", simple_page("MijnOverheid", """
<main><h1>MijnOverheid</h1><p>In MijnOverheid vindt u uw Berichtenbox, uw persoonlijke gegevens en lopende zaken.</p>
<p><a class="button" href="/digid/start"><img src="http://digid-sim.test/static/digid.svg" alt="DigiD"> Inloggen met DigiD</a></p>
<ul><li>Berichtenbox</li><li>Lopende zaken</li><li>Persoonlijke gegevens</li></ul></main>""", "MijnOverheid"))
    W.add("http://mijn.overheid.test/berichtenbox", simple_page("Berichtenbox", """
<main><h1>Berichtenbox</h1><p>Ontvang post van de overheid digitaal in uw Berichtenbox.</p>
<p><a href="/digid/start">Inloggen met DigiD</a></p><p><a href="/">MijnOverheid</a></p></main>""", "MijnOverheid"))


def olo_pages():
    W.login("http://%s/aanvragen/digid/start" % OLO)
    W.login("http://%s/aanvragen/eherkenning/start" % OLO, "eh")
    W.login("http://%s/mijn-omgevingsloket/digid/start" % OLO)
    W.add("http://%s/" % OLO, simple_page("Omgevingsloket", """
<main><h1>Omgevingsloket</h1><p>Check of u een vergunning nodig heeft, vraag een vergunning aan of doe een melding.</p>
<ul><li><a href="/checken/">Vergunningcheck</a></li><li><a href="/aanvragen/">Aanvragen</a></li>
<li><a href="/mijn-omgevingsloket/">Mijn Omgevingsloket</a></li></ul></main>""", "Omgevingsloket"))
    W.add("http://%s/checken/" % OLO, simple_page("Vergunningcheck", """
<main><h1>Vergunningcheck</h1><p>Beantwoord de vragen en zie of u een vergunning nodig heeft of een melding moet doen.
U hoeft hiervoor niet in te loggen. Met de check vraagt u nog geen vergunning aan.</p>
<form method="get" action="/checken/stap-2"><label>Adres of locatie <input name="locatie"></label>
<label>Wat wilt u doen? <select name="activiteit"><option>Bouwen</option><option>Boom kappen</option><option>Uitweg aanleggen</option><option>Evenement</option></select></label>
<button type="submit">Volgende</button></form></main>""", "Omgevingsloket"))
    W.add("http://%s/checken/stap-2" % OLO, simple_page("Vergunningcheck stap 2", """
<main><h1>Vergunningcheck - stap 2 van 4</h1><form method="get" action="/checken/stap-2"><label>Omschrijving <textarea name="o"></textarea></label>
<button type="submit">Volgende</button></form><p><a href="/">Omgevingsloket</a></p></main>""", "Omgevingsloket"))
    W.add("http://%s/aanvragen/" % OLO, simple_page("Aanvragen", """
<main><h1>Vergunning aanvragen of melding doen</h1>
<p>U vraagt een omgevingsvergunning aan bij het Omgevingsloket. Log in met DigiD (particulieren) of eHerkenning (bedrijven).</p>
<p>Na het inloggen haalt het Omgevingsloket uw gegevens op uit de basisregistraties: uw naam, adres en burgerservicenummer zijn dan al ingevuld.</p>
<p><a class="button" href="/aanvragen/digid/start">Inloggen met DigiD</a> <a class="button" href="/aanvragen/eherkenning/start">Inloggen met eHerkenning</a></p>
<p><a href="/checken/">Eerst de vergunningcheck doen</a></p></main>""", "Omgevingsloket"))
    W.add("http://%s/mijn-omgevingsloket/" % OLO, simple_page("Mijn Omgevingsloket", """
<main><h1>Mijn Omgevingsloket</h1><p>Bekijk uw projecten, concepten en ingediende aanvragen.</p>
<p><a href="/mijn-omgevingsloket/digid/start">Inloggen met DigiD</a></p></main>""", "Omgevingsloket"))


def form_page(url, title, auth, org_name, prefill=False, start=None, fields=None, note="", chrome_top="", js=False):
    """An online form page. auth: none / digid / eh (eHerkenning + DigiD)."""
    host = re.match(r"https?://([^/]+)", url).group(1)
    if auth == "none":
        fields = fields or ["Naam", "Adres", "Postcode en woonplaats", "Telefoonnummer", "E-mailadres", "Toelichting"]
        inner = ""
        for i, f in enumerate(fields):
            if f in ("Toelichting", "Omschrijving"):
                inner += '<label>%s <textarea name="f%d"></textarea></label>\n' % (esc(f), i)
            else:
                inner += '<label>%s <input name="f%d"></label>\n' % (esc(f), i)
        form = ('<form method="post" action="http://%s/bedankt">\n<p>Velden met een * zijn verplicht.</p>\n%s'
                '<button type="submit">Versturen</button>\n</form>' % (host, inner))
        W.add("http://%s/bedankt" % host, simple_page("Bedankt", "<main><h1>Bedankt</h1><p>Wij hebben uw formulier ontvangen.</p>"
                                                       '<p><a href="http://%s/">Home</a></p></main>' % host))
        intro = "<p>U heeft voor dit formulier geen DigiD nodig. Invullen duurt ongeveer 10 minuten.</p>"
        if js:
            body = ('<h1>%s</h1>%s\n<div class="open-forms-sdk-root" id="openforms-container" data-form-id="%s"></div>\n'
                    '<script>\n(function(){var c=document.getElementById("openforms-container");\n c.innerHTML=%s;})();\n</script>\n'
                    '<noscript>Schakel JavaScript in om dit formulier te kunnen invullen.</noscript>'
                    % (esc(title), intro, slugify(title), json.dumps(form)))
        else:
            body = "<h1>%s</h1>%s\n%s" % (esc(title), intro, form)
    else:
        idp = "digid" if auth == "digid" else "eh"
        W.login(start, idp)
        if auth == "digid":
            btn = '<a class="button digid" href="%s"><img src="http://digid-sim.test/static/digid.svg" alt="DigiD logo"> Inloggen met DigiD</a>' % start
            txt = "<p>Voor dit formulier logt u in met DigiD. U wordt na 15 minuten inactiviteit automatisch uitgelogd bij DigiD.</p>"
        else:
            W.login(start.replace("eherkenning", "digid"), "digid")
            btn = ('<a class="button" href="%s">Inloggen met eHerkenning</a> <a class="button" href="%s">Inloggen met DigiD</a>'
                   % (start, start.replace("eherkenning", "digid")))
            txt = "<p>Vraagt u dit aan namens een bedrijf of organisatie? Log in met eHerkenning (niveau EH3). Als particulier logt u in met DigiD.</p>"
        if prefill:
            txt += "<p>Na het inloggen worden uw persoonsgegevens automatisch ingevuld. U hoeft alleen de aanvullende vragen te beantwoorden.</p>"
        if js:
            body = ('<h1>%s</h1>\n<div class="open-forms-sdk-root" id="openforms-container" data-form-id="%s"></div>\n'
                    '<script>\n(function(){var c=document.getElementById("openforms-container");\n c.innerHTML=%s;})();\n</script>\n'
                    '<noscript>Schakel JavaScript in om dit formulier te kunnen invullen.</noscript>'
                    % (esc(title), slugify(title), json.dumps(txt + "<p>" + btn + "</p>")))
        else:
            body = "<h1>%s</h1>\n%s\n<p>Voortgang: 0%%</p>\n<p>%s</p>" % (esc(title), txt, btn)
    body = chrome_top + "<main>\n" + body + ("\n" + note if note else "") + "\n</main>"
    return W.add(url, simple_page(title, body, org_name))


def shared_bodies(used):
    """Tax offices, social services, waste companies, report platform, parking portal."""
    for tid in sorted(used["tax"]):
        name, host, mijn = TAX[tid]
        W.login("http://%s/mijn/digid/start" % host)
        W.add("http://%s/mijn/" % host, simple_page(mijn, """
<main><h1>%s</h1><p>Bekijk uw aanslagen, WOZ-beschikking en taxatieverslag, en wijzig uw rekeningnummer.</p>
<p><a class="button" href="/mijn/digid/start">Inloggen met DigiD</a></p><p><a href="/">Home</a></p></main>""" % esc(mijn), name))
        links = "".join('<li><a href="%s">%s</a></li>' % (u, esc(t)) for u, t in sorted(used["tax"][tid]))
        W.add("http://%s/" % host, simple_page(name, """
<header><a href="/mijn/">%s - inloggen</a></header>
<main><h1>%s</h1><p>Wij heffen en innen de gemeentelijke belastingen en voeren de Wet WOZ uit voor de aangesloten gemeenten.</p>
<h2>Digitaal loket</h2><ul>%s</ul></main>""" % (esc(mijn), esc(name), links), name))
    for sid in sorted(used["social"]):
        name, host, mijn = SOCIAL[sid]
        W.login("http://%s/mijn/digid/start" % host)
        W.add("http://%s/mijn/" % host, simple_page(mijn, """
<main><h1>%s</h1><p>Bekijk uw uitkeringsspecificatie, geef wijzigingen door en stuur uw inkomstenformulier in.</p>
<p><a class="button" href="/mijn/digid/start">Inloggen met DigiD</a></p><p><a href="/">Home</a></p></main>""" % esc(mijn), name))
        links = "".join('<li><a href="%s">%s</a></li>' % (u, esc(t)) for u, t in sorted(used["social"][sid]))
        W.add("http://%s/" % host, simple_page(name, """
<header><a href="/mijn/">%s</a></header>
<main><h1>%s</h1><p>Wij voeren de Participatiewet en de Wmo uit voor de aangesloten gemeenten.</p>
<h2>Aanvragen</h2><ul>%s</ul></main>""" % (esc(mijn), esc(name), links), name))
    for wid in sorted(used["waste"]):
        name, host = WASTE[wid]
        W.login("http://%s/mijn-%s/digid/start" % (host, wid))
        W.add("http://%s/mijn-%s/" % (host, wid), simple_page("Mijn " + name, """
<main><h1>Mijn %s</h1><p>Bekijk uw afvalpas, het aantal ledigingen en uw afvalstoffenheffing.</p>
<p><a href="/mijn-%s/digid/start">Inloggen met DigiD</a></p></main>""" % (esc(name), wid), name))
        links = "".join('<li><a href="%s">%s</a></li>' % (u, esc(t)) for u, t in sorted(used["waste"][wid]))
        W.add("http://%s/" % host, simple_page(name, """
<header><a href="/mijn-%s/">Mijn %s</a></header>
<main><h1>%s</h1><p>Afvalinzameling voor de aangesloten gemeenten.</p><ul>%s</ul></main>""" % (wid, esc(name), esc(name), links), name))
    if used["fixi"]:
        links = "".join('<li><a href="%s">%s</a></li>' % (u, esc(t)) for u, t in sorted(used["fixi"]))
        W.add("http://%s/" % FIXI, simple_page("Fixi", "<main><h1>Fixi - meldingen openbare ruimte</h1><ul>%s</ul></main>" % links))


# ---------------------------------------------------------------------------
# per-municipality build
# ---------------------------------------------------------------------------

def parse_plan():
    lines = [l for l in PLAN.strip().splitlines()]
    head = lines[0].split()[1:]
    plan = {}
    for l in lines[1:]:
        parts = l.split()
        for code, v in zip(head, parts[1:]):
            plan[(code, parts[0])] = v
    return plan


KIND = {"0": ("info", 0), "0a": ("appt", 0), "33": ("pdf", 33), "67": ("form", 67), "100": ("digid", 100),
        "100p": ("digid_prefill", 100), "100e": ("eh", 100), "T100": ("tax", 100), "T67": ("tax_form", 67),
        "S100": ("social", 100), "S67": ("social_form", 67), "S33": ("social_pdf", 33), "O100": ("olo", 100),
        "P100": ("parkeer", 100), "W67": ("waste", 67), "M67": ("fixi", 67), "NO": ("notoff", None), "NF": ("notfound", None)}


class Row:
    pass


class Site:
    def __init__(self, code, name, cfg, idx):
        self.code, self.name, self.idx = code, name, idx
        self.__dict__.update(cfg)
        self.base = "http://%s" % self.host
        self.rows = {}
        self.pdfseq = 0
        self.section_pages = {}

    # -- URL schemes --------------------------------------------------------
    def title_for(self, key):
        return P[key][0][self.tvi % 3]

    def product_url(self, key, title, n):
        sec = P[key][1]
        aud = P[key][2]
        s = slugify(title)
        f = self.family
        if f == "slug":
            return "%s/%s" % (self.base, s)
        if f == "onderwerpen":
            return "%s/onderwerpen/%s/%s" % (self.base, sec, s)
        if f == "iprox":
            top = "Ondernemers" if aud == "o" else "Inwoners"
            return "%s/%s/%s/%s" % (self.base, top, underscore(SECTIONS[sec]), underscore(title))
        if f == "productid":
            sid = {"burgerzaken": 11, "parkeren": 12, "belastingen": 13, "zorg": 14, "afval": 15, "wonen": 16, "bestuur": 17, "ondernemen": 18}[sec]
            return "%s/inwoners_%d/product/%s_%d.html" % (self.base, sid, s, 300 + n * 7)
        if f == "pdcloket":
            return "http://loket.gemeentenoordenveld.test/producten/%s" % s.replace("-", "_")
        if f == "owc":
            return "%s/onderwerp/%s" % (self.base, s)
        if f == "regelen":
            return "%s/Regelen-en-aanvragen/%s/%s" % (self.base, underscore(SECTIONS[sec]), underscore(title))
        if f == "iprox2":
            return "%s/Inwoners_Ondernemers/%s/%s" % (self.base, underscore(SECTIONS[sec]), underscore(title))
        if f == "alfabet":
            return "%s/producten-en-diensten-op-alfabet/%s/" % (self.base, s)
        if f == "rootslug":
            return "%s/%s" % (self.base, s)
        raise ValueError(f)

    def section_url(self, sec):
        f = self.family
        if f in ("slug", "rootslug"):
            return "%s/onderwerpen/%s/" % (self.base, sec)
        if f == "onderwerpen":
            return "%s/onderwerpen/%s/" % (self.base, sec)
        if f == "iprox":
            top = "Ondernemers" if sec == "ondernemen" else "Inwoners"
            return "%s/%s/%s/" % (self.base, top, underscore(SECTIONS[sec]))
        if f == "productid":
            return "%s/inwoners_%s/" % (self.base, sec)
        if f == "pdcloket":
            return "http://loket.gemeentenoordenveld.test/thema/%s/" % sec
        if f == "owc":
            return "%s/thema/%s/" % (self.base, sec)
        if f == "regelen":
            return "%s/Regelen-en-aanvragen/%s/" % (self.base, underscore(SECTIONS[sec]))
        if f == "iprox2":
            return "%s/Inwoners_Ondernemers/%s/" % (self.base, underscore(SECTIONS[sec]))
        if f == "alfabet":
            return "%s/thema/%s/" % (self.base, sec)
        raise ValueError(f)

    def pdf_url(self, name):
        self.pdfseq += 1
        f = self.family
        fn = slugify(name)
        if f == "slug":
            return "%s/sites/default/files/formulieren/%s.pdf" % (self.base, fn)
        if f == "onderwerpen":
            return "%s/documenten/%s.pdf" % (self.base, fn)
        if f in ("iprox", "iprox2", "regelen"):
            return "%s/Documenten/Formulieren/%s.pdf" % (self.base, underscore(name))
        if f == "productid":
            return "%s/files/%d/%s.pdf" % (self.base, 4100 + self.pdfseq, fn)
        if f == "pdcloket":
            return "http://loket.gemeentenoordenveld.test/documenten/%s.pdf" % fn
        if f == "owc":
            return "%s/wp-content/uploads/2024/03/%s.pdf" % (self.base, fn)
        if f == "alfabet":
            return "%s/media/%d/%s.pdf" % (self.base, 700 + self.pdfseq, fn)
        return "%s/documents/%s.pdf" % (self.base, fn)

    def form_urls(self, key, title):
        """(form page url, digid start, eherkenning start) for own forms."""
        s = slugify(title)
        fh = "http://" + self.fhost
        fo = self.forms
        if fo in ("openforms", "openforms_static"):
            return "%s/%s/" % (fh, s), "%s/auth/%s/digid/start" % (fh, s), "%s/auth/%s/eherkenning/start" % (fh, s)
        if fo == "ownsite":
            return "%s/formulieren/%s" % (fh, s), "%s/auth/digid/%s/start" % (fh, s), "%s/auth/eherkenning/%s/start" % (fh, s)
        if fo == "iprox":
            t = underscore(title)
            return "%s/Inwoners/Formulieren_digitaal/%s" % (fh, t), "%s/digid/%s/start" % (fh, t), "%s/eherkenning/%s/start" % (fh, t)
        if fo == "formdesk":
            return "%s/eloket/formulier/%s" % (fh, s), "%s/eloket/digid/%s/start" % (fh, s), "%s/eloket/eherkenning/%s/start" % (fh, s)
        if fo == "loket":
            return "%s/formulieren/%s" % (fh, s), "%s/digid/start/%s" % (fh, s), "%s/eherkenning/start/%s" % (fh, s)
        if fo == "gravity":
            return "%s/%s/" % (fh, s), "%s/digid/login/%s" % (fh, s), "%s/eherkenning/login/%s" % (fh, s)
        if fo == "triple":
            n = "".join(w.capitalize() for w in s.split("-"))
            return ("%s/TriplEforms/DirectRegelen/formulier/nl-NL/evReimerswaal/%s.aspx" % (fh, n),
                    "%s/TriplEforms/DigiD/%s/start" % (fh, n), "%s/TriplEforms/eHerkenning/%s/start" % (fh, n))
        if fo == "iform":
            n = s.replace("-", "_")
            return "%s/pls/iform/f?p=iform_%s" % (fh, n), "%s/pls/iform/digid/%s/start" % (fh, n), "%s/pls/iform/eherkenning/%s/start" % (fh, n)
        if fo == "smart":
            return "%s/formulier/%s" % (fh, s), "%s/auth/digid/%s/start" % (fh, s), "%s/auth/eherkenning/%s/start" % (fh, s)
        raise ValueError(fo)

    def anon_form_url(self, key, title):
        if self.forms == "formdesk":
            return "http://fd8.formdesk.test/gemeentedinkelland/%s" % "".join(w.capitalize() for w in slugify(title).split("-"))
        return self.form_urls(key, title)[0]


# ---------------------------------------------------------------------------

def build_site(site, products, plan, used):
    rnd0 = random.Random("site:" + site.code)
    mijn = "http://%s/" % site.mijnhost
    # ---- portals used by traps -----------------------------------------
    if site.mijnhost == site.fhost:
        mijn = "http://%s/mijn-omgeving/" % site.mijnhost
    mijn_start = W.login(mijn + "digid/start")
    W.add(mijn, simple_page("Mijn " + site.short, """
<main><h1>Mijn %s</h1><p>In Mijn %s ziet u uw lopende aanvragen, meldingen, afspraken en belastingzaken.</p>
<p><a class="button" href="%s"><img src="http://digid-sim.test/static/digid.svg" alt="DigiD"> Inloggen met DigiD</a></p>
<p><a href="%s">Terug naar %s</a></p></main>""" % (esc(site.short), esc(site.short), mijn_start, site.base + "/", esc(site.host)), "Gemeente " + site.short))
    status_url = mijn + "zaken/"
    W.login(status_url + "digid/start")
    W.add(status_url, simple_page("Mijn zaken", """
<main><h1>Mijn zaken en lopende aanvragen</h1><p>Bekijk hier de status van een aanvraag die u al heeft ingediend. U logt in met DigiD.</p>
<p><a href="%sdigid/start">Inloggen met DigiD</a></p></main>""" % status_url, "Gemeente " + site.short))
    ondern = mijn + "ondernemers/"
    W.login(ondern + "eherkenning/start", "eh")
    W.add(ondern, simple_page("Ondernemersportaal", """
<main><h1>Ondernemersportaal %s</h1><p>Bekijk uw vergunningen en de status van uw aanvragen als ondernemer.</p>
<p><a href="%seherkenning/start"><img src="%s/static/eherkenning.svg" alt="eHerkenning"> Inloggen met eHerkenning</a></p>
<p>Heeft u een account van het ondernemersportaal? <a href="%saccount">Inloggen met gebruikersnaam en wachtwoord</a></p></main>"""
                          % (esc(site.short), ondern, site.base, ondern), "Gemeente " + site.short))
    W.add(ondern + "account", simple_page("Inloggen", """
<main><h1>Inloggen ondernemersportaal</h1><form method="post" action="%saccount"><label>Gebruikersnaam <input name="u"></label>
<label>Wachtwoord <input type="password" name="p"></label><button>Inloggen</button></form></main>""" % ondern))
    if site.tax:
        tname, thost, tmijn = TAX[site.tax]
        tax_portal = ("http://%s/mijn/" % thost, tmijn, tname)
    else:
        tp = mijn + "belastingen/"
        W.login(tp + "digid/start")
        W.add(tp, simple_page("Mijn belastingen", """
<main><h1>Mijn belastingen %s</h1><p>Bekijk uw aanslag, uw WOZ-beschikking en het taxatieverslag.</p>
<p><a href="%sdigid/start">Inloggen met DigiD</a></p></main>""" % (esc(site.short), tp), "Gemeente " + site.short))
        tax_portal = (tp, "Mijn belastingen", "Gemeente " + site.short)
    if site.social:
        sname, shost, smijn = SOCIAL[site.social]
        social_portal = ("http://%s/mijn/" % shost, smijn, sname)
        used["social"].setdefault(site.social, set())
    else:
        sp = mijn + "inkomen/"
        W.login(sp + "digid/start")
        W.add(sp, simple_page("Mijn inkomen", """
<main><h1>Mijn inkomen</h1><p>Geef uw inkomsten door, bekijk uw betaalspecificatie of wijzig uw gegevens als u een uitkering heeft.</p>
<p><a href="%sdigid/start">Inloggen met DigiD</a></p></main>""" % sp, "Gemeente " + site.short))
        social_portal = (sp, "Mijn inkomen", "Gemeente " + site.short)
    if site.tax:
        used["tax"].setdefault(site.tax, set())
    # appointment system
    ah = site.appt
    if ah == site.host and site.family == "iprox":
        appt_url = site.base + "/Inwoners/Afspraak_maken"
    elif ah == "loket.gemeentenoordenveld.test":
        appt_url = "http://%s/afspraak/" % ah
    elif "qmatic" in ah:
        appt_url = "http://%s/qmaticwebbooking/" % ah
    else:
        appt_url = "http://%s/afspraak-maken/" % ah
    appt_login = "http://%s/mijn-afspraken/" % ah
    W.login(appt_login + "digid/start")
    W.add(appt_login, simple_page("Mijn afspraken", """
<main><h1>Mijn afspraken</h1><p>Log in met DigiD om uw afspraken te bekijken, te verzetten of te annuleren.</p>
<p><a href="%sdigid/start">Inloggen met DigiD</a></p></main>""" % appt_login, "Afspraken " + site.short))
    W.add(appt_url, simple_page("Afspraak maken", """
<main><h1>Afspraak maken - Gemeente %s</h1><p>Kies het product, een datum en een tijd. U ontvangt een bevestiging per e-mail.</p>
<form method="post" action="%sbevestigen"><label>Product <select name="product"><option>Paspoort</option><option>Identiteitskaart</option>
<option>Rijbewijs</option><option>Melding voorgenomen huwelijk</option><option>Geboorteaangifte</option><option>Uittreksel</option></select></label>
<label>Datum <input type="date" name="datum"></label><label>Naam <input name="naam"></label><label>E-mailadres <input name="email"></label>
<button type="submit">Afspraak bevestigen</button></form>
<p>Al een afspraak? <a href="%s">Mijn afspraken (inloggen met DigiD)</a></p></main>"""
                               % (esc(site.short), appt_url.rsplit("/", 1)[0] + "/" if not appt_url.endswith("/") else appt_url, appt_login), "Afspraken " + site.short))
    W.add((appt_url.rsplit("/", 1)[0] + "/" if not appt_url.endswith("/") else appt_url) + "bevestigen",
          simple_page("Afspraak bevestigd", "<main><h1>Uw afspraak is gemaakt</h1></main>"))
    W.add(site.base + "/static/digid.svg", DIGID_SVG)
    W.add(site.base + "/static/eherkenning.svg", EH_SVG)
    contact_url = site.base + "/contact"
    W.add(contact_url, simple_page("Contact", """
<main><h1>Contact</h1><p>Bel %s of stuur ons een bericht via het contactformulier.</p>
<form method="post" action="%s/contact-verzonden"><label>Naam <input name="naam"></label><label>E-mailadres <input name="email"></label>
<label>Uw vraag <textarea name="vraag"></textarea></label><button type="submit">Verzenden</button></form></main>""" % (esc(site.phone), site.base), "Gemeente " + site.short))
    W.add(site.base + "/contact-verzonden", simple_page("Verzonden", "<main><h1>Bedankt voor uw vraag</h1></main>"))
    W.add(site.base + "/feedback", simple_page("Bedankt", "<main><h1>Bedankt voor uw reactie</h1></main>"))
    W.add(site.base + "/nieuwsbrief", simple_page("Nieuwsbrief", "<main><h1>U bent aangemeld voor de nieuwsbrief</h1></main>"))
    # regulation pdfs
    reg_pdf = W.add(site.pdf_url("Legesverordening %s 2024" % site.short),
                    make_pdf("Legesverordening %s 2024" % site.short, ["Tarieventabel behorende bij de legesverordening.", "Titel 1 Algemene dienstverlening", "Titel 2 Fysieke leefomgeving"]))
    apv_pdf = W.add(site.pdf_url("Algemene plaatselijke verordening %s" % site.short),
                    make_pdf("Algemene plaatselijke verordening %s" % site.short, ["Hoofdstuk 1 Algemene bepalingen", "Hoofdstuk 2 Openbare orde"]))

    portals = dict(mijn=mijn, status=status_url, ondern=ondern, tax=tax_portal, social=social_portal,
                   appt=appt_url, appt_login=appt_login, contact=contact_url, reg_pdf=reg_pdf, apv_pdf=apv_pdf)
    site.portals = portals

    # ---- pass 1: routes --------------------------------------------------
    keys = [k for k, _ in products]
    shared_second, shared_first = {}, {}
    for (code, a), (b, t) in sorted(SHARED.items()):
        if code == site.code:
            if keys.index(b) < keys.index(a):
                a, b = b, a
            shared_second[b] = a
            shared_first[a] = (b, t)
    for n, key in enumerate(keys):
        code = plan[(site.code, key)]
        kind, level = KIND[code]
        r = Row()
        r.key, r.kind, r.level, r.code = key, kind, level, code
        r.title = site.title_for(key)
        r.shared_with = None
        sh = shared_first.get(key)
        if sh:
            r.shared_with = sh[0]
            r.page_title = sh[1]
        elif key in shared_second:
            r.shared_with = shared_second[key]
            r.page_title = shared_first[shared_second[key]][1]
        elif kind == "notoff":
            r.page_title = NOT_OFFERED[key][0]
        else:
            r.page_title = r.title
        r.status = "ok" if level is not None else ("not_offered" if kind == "notoff" else "not_found")
        r.route_url, r.via, r.signals, r.notes, r.strict = "", "", [], "", level
        r.cta_html = ""
        r.traps = []
        if r.shared_with and key in shared_second:
            r.product_url = site.rows[shared_second[key]].product_url
        else:
            r.product_url = site.product_url(key, r.page_title, n) if r.status != "not_found" else ""
        make_route(site, r, used)
        site.rows[key] = r

    # ---- pass 2: traps and pages -----------------------------------------
    for key in keys:
        r = site.rows[key]
        if r.status == "not_found":
            continue
        choose_traps(site, r, random.Random("traps:%s:%s" % (site.code, key)))
    for key in keys:
        r = site.rows[key]
        if r.status == "not_found" or (r.shared_with and key in shared_second):
            continue
        render_product(site, r)
    build_nav(site, keys, rnd0)


# ---------------------------------------------------------------------------
# routes
# ---------------------------------------------------------------------------

PDF_SIZES = ["(pdf, 117 kB)", "(PDF, 84 KB)", "(pdf, 126.2 kB)", "(PDF 99 kB)", "(pdf, 212 kB)", "(PDF, 61 kB)"]


def digid_cta(site, url, label, auth="digid"):
    """Call to action towards an authenticated form, in the site's style."""
    c = site.cta
    suffix = " (met eHerkenning)" if auth == "eh" else " (met DigiD)"
    if c == "button":
        return '<p><a class="button button--primary" href="%s">%s</a></p>' % (url, esc("Direct regelen: " + label + suffix))
    if c == "digid_img":
        logo = "eherkenning.svg" if auth == "eh" else "digid.svg"
        return ('<p class="digid-cta"><a href="%s"><img src="%s/static/%s" alt="%s"></a> <a href="%s">%s</a></p>'
                % (url, site.base, logo, "eHerkenning" if auth == "eh" else "DigiD", url, esc(label)))
    if c == "digid_link":
        return ('<p><a href="%s"><img src="%s/static/digid.svg" alt="DigiD"> link %s</a></p>' % (url, site.base, esc(label)))
    if c == "getform":
        act, _, q = url.partition("?")
        return '<form class="cta" method="get" action="%s"><button type="submit">%s</button></form>' % (url, esc(label + suffix))
    if c == "link":
        return '<p><a href="%s">Naar het digitale formulier: %s</a>%s</p>' % (url, esc(label), esc(suffix))
    if c == "card":
        return ('<div class="owc-digid-block"><h3>Direct regelen</h3><p>%s</p><a class="btn" href="%s">Online regelen</a></div>'
                % (esc(label + suffix), url))
    if c == "script":
        return ('<div id="cta-%s"></div><script>document.getElementById("cta-%s").innerHTML=%s;</script>'
                '<noscript><a href="%s">%s</a></noscript>'
                % (slugify(label), slugify(label), json.dumps('<a class="knop" href="%s">%s</a>' % (url, esc(label + suffix))), url, esc(label)))
    if c == "iframe":
        return '<p><a class="button" href="%s">%s</a></p>' % (url, esc(label + suffix))
    return '<p><a href="%s">%s</a></p>' % (url, esc(label))


def anon_cta(site, url, label):
    c = site.cta
    if c == "iframe":
        return ('<iframe class="formulier" src="%s" title="%s" width="100%%" height="900"></iframe>' % (url, esc(label)))
    if c == "getform":
        return '<form class="cta" method="get" action="%s"><button type="submit">%s</button></form>' % (url, esc("Formulier " + label))
    if c == "script":
        return ('<div id="cta-%s"></div><script>document.getElementById("cta-%s").innerHTML=%s;</script>'
                '<noscript><a href="%s">%s</a></noscript>'
                % (slugify(label), slugify(label), json.dumps('<a class="knop" href="%s">%s</a>' % (url, esc("Online formulier " + label))), url, esc(label)))
    if c == "card":
        return '<div class="owc-form-block"><h3>Direct regelen</h3><a class="btn" href="%s">%s</a></div>' % (url, esc(label + " - online formulier"))
    if c == "button":
        return '<p><a class="button button--primary" href="%s">%s</a></p>' % (url, esc("Vul het formulier in: " + label))
    return '<p><a href="%s">Online formulier %s</a></p>' % (url, esc(label))


def pdf_cta(site, url, name, rnd):
    size = PDF_SIZES[rnd.randrange(len(PDF_SIZES))]
    if site.family in ("iprox", "iprox2"):
        return '<p><a href="%s">&gt;&gt; %s downloaden %s</a></p>' % (url, esc(name), size)
    return '<p><a href="%s">%s %s</a></p>' % (url, esc(name), size)


def make_route(site, r, used):
    key, kind = r.key, r.kind
    rnd = random.Random("route:%s:%s" % (site.code, key))
    org = "Gemeente " + site.short
    ftitle = P[key][0][0]
    how = ""
    if kind == "info":
        opts = {
            "overlijdensaangifte": "<p>Meestal doet de uitvaartondernemer de aangifte. Doet u het zelf? Kom dan langs bij de publieksbalie in het gemeentehuis. Neem de verklaring van overlijden van de arts mee.</p>",
            "paspoort": "<p>Via internet aanvragen is niet mogelijk. U moet de aanvraag zelf doen bij de balie. Bel %s voor een afspraak.</p>" % site.phone,
            "identiteitskaart": "<p>Via internet aanvragen is niet mogelijk. U moet de aanvraag zelf doen bij de balie. Bel %s voor een afspraak.</p>" % site.phone,
            "reclamebelasting": "<p>U hoeft zelf niets te doen. Wij sturen de eigenaar of gebruiker van de reclame ieder jaar een aanslag. Vragen? Bel %s.</p>" % site.phone,
            "woo-verzoek": "<p>Stuur uw verzoek per brief naar het college van burgemeester en wethouders, Postbus 20, of lever het af bij de receptie van het gemeentehuis.</p>",
        }
        how = opts.get(key, "<p>Dit regelt u niet online. Kom langs bij het gemeentehuis of bel %s. Wij helpen u verder.</p>" % site.phone)
        r.signals += ["counter" if "balie" in how or "langs" in how else "phone"]
        r.notes = "information only (counter/phone/letter)"
        if key == "betalingsregeling":
            how = "<p>Neem contact op met de afdeling Belastingen via %s. Samen met u bekijken wij of een betalingsregeling mogelijk is.</p>" % site.phone
    elif kind == "appt":
        how = ('<p>U moet zelf langskomen in het gemeentehuis. Maak hiervoor eerst een afspraak.</p>'
               '<p><a class="button" href="%s">Maak een afspraak</a></p>' % site.portals["appt"])
        r.signals += ["appointment_online"]
        r.traps.append(("trap_appointment_form", None))
        r.traps.append(("trap_appointment_login", None))
        r.notes = "appearance in person; online appointment only"
    elif kind == "pdf":
        name = "Aanvraagformulier " + ftitle.lower().replace(" aanvragen", "") if key not in ("bezwaar", "klacht", "woz-bezwaar") else {
            "bezwaar": "Bezwaarschriftformulier", "klacht": "Klachtformulier", "woz-bezwaar": "Formulier bezwaar WOZ-beschikking"}[key]
        if key == "verhuismelding":
            name = "Verhuisformulier"
        if key == "huwelijksaangifte":
            name = "Formulier melding voorgenomen huwelijk of partnerschap"
        url = W.add(site.pdf_url(name), make_pdf(name, ["Gemeente " + site.short, "Naam aanvrager: ____________________",
                                                        "Adres: ____________________", "Handtekening: ____________________",
                                                        "Stuur dit formulier ingevuld en ondertekend naar de gemeente."]))
        how = ("<p>Download het formulier, vul het in en onderteken het. Stuur het naar Gemeente %s, Postbus 20, of lever het in bij de balie.</p>"
               % esc(site.short)) + pdf_cta(site, url, name, rnd)
        r.route_url, r.signals, r.notes = url, ["pdf_form"], "printable PDF form on own site"
    elif kind in ("form", "digid", "digid_prefill", "eh"):
        furl, dstart, estart = site.form_urls(key, ftitle)
        if kind == "form":
            furl = site.anon_form_url(key, ftitle)
        chrome = ""
        if site.forms == "gravity":
            W.login("http://mijn.laarbeek.test/mijn-omgeving/digid/start")
            chrome = '<div class="topbar"><a href="http://mijn.laarbeek.test/mijn-omgeving/">Mijn Laarbeek</a> | <a href="http://mijn.laarbeek.test/mijn-omgeving/digid/start">Inloggen</a></div>\n'
        js = site.forms == "openforms"
        auth = {"form": "none", "digid": "digid", "digid_prefill": "digid", "eh": "eh"}[kind]
        start = estart if auth == "eh" else dstart
        note = ""
        if site.forms == "gravity" and auth == "none":
            note = '<p class="gform_required_legend">"*" geeft vereiste velden aan</p>'
        form_page(furl, ftitle, auth, org, prefill=(kind == "digid_prefill"), start=start, chrome_top=chrome, js=js, note=note)
        if kind == "form":
            how = "<p>Vul het online formulier in. U heeft hiervoor geen DigiD nodig.</p>" + anon_cta(site, furl, ftitle)
            r.signals = ["html_form"] + (["js_form"] if js else []) + (["iframe_form"] if site.cta == "iframe" else [])
            if furl.startswith("http://fd8.formdesk.test"):
                r.signals.append("e_form_host")
            r.notes = "anonymous online form"
            if chrome:
                r.traps.append(("trap_formhost_login", None))
                r.notes += "; the form host's top bar has a Mijn Laarbeek login that is not this form's"
        else:
            label = ftitle
            if auth == "eh":
                how = "<p>Vraag het online aan. U logt in met eHerkenning, of als particulier met DigiD.</p>" + digid_cta(site, furl, label, "eh")
                r.signals = ["eherkenning", "digid"]
            else:
                how = "<p>Regel het online. U logt in met DigiD.</p>" + digid_cta(site, furl, label)
                r.signals = ["digid"]
            if site.cta == "iframe":
                how = how.replace("<p><a class=\"button\"", "<p><a class=\"button\"")
            if kind == "digid_prefill":
                r.signals.append("prefill_text")
                r.notes = "DigiD form; form page states personal data are filled in automatically"
            else:
                r.strict = 67
                r.notes = "online form behind %s" % ("eHerkenning/DigiD" if auth == "eh" else "DigiD")
            if js:
                r.signals.append("js_form")
        r.route_url = furl
    elif kind in ("tax", "tax_form"):
        tname, thost, tmijn = TAX[site.tax]
        slugs = {"hondenbelasting": "hond-aan-of-afmelden", "belastingkwijtschelding": "kwijtschelding-aanvragen",
                 "woz-bezwaar": "bezwaar-woz", "belastingaanslag-bezwaar": "bezwaar-aanslag", "betalingsregeling": "betalingsregeling"}
        furl = "http://%s/digitaal-loket/%s" % (thost, slugs[key])
        title = {"hondenbelasting": "Hond aan- of afmelden", "belastingkwijtschelding": "Kwijtschelding aanvragen",
                 "woz-bezwaar": "Bezwaar maken tegen de WOZ-waarde", "belastingaanslag-bezwaar": "Bezwaar maken tegen uw aanslag",
                 "betalingsregeling": "Betalingsregeling aanvragen"}[key]
        if kind == "tax":
            form_page(furl, title, "digid", tname, start=furl + "/digid/start")
            r.signals = ["digid", "via_external_portal"]
            r.strict = 67
        else:
            form_page(furl, title, "none", tname, fields=["Aanslagnummer", "Naam", "E-mailadres", "Voorgestelde termijnen", "Toelichting"])
            r.signals = ["html_form", "via_external_portal"]
        used["tax"][site.tax].add((furl, title))
        how = ('<p>De gemeentelijke belastingen worden geheven door %s. U regelt dit online bij %s.</p>'
               '<p><a href="%s">%s bij %s (externe link)</a></p>' % (esc(tname), esc(tname), furl, esc(title), esc(tname)))
        r.route_url, r.via = furl, thost
        r.notes = "delegated to joint tax office %s (%s)" % (tname, "DigiD" if kind == "tax" else "anonymous form")
    elif kind in ("social", "social_form", "social_pdf"):
        sname, shost, smijn = SOCIAL[site.social]
        s = slugify(ftitle)
        if kind == "social_pdf":
            furl = W.add("http://%s/documenten/%s.pdf" % (shost, s), make_pdf("Aanvraagformulier " + ftitle.lower(), [sname, "Naam: ________", "BSN: ________", "Handtekening: ________"]))
            used["social"][site.social].add((furl, "Aanvraagformulier " + ftitle.lower() + " (pdf)"))
            r.signals = ["pdf_form", "via_external_portal"]
            r.notes = "PDF form of the regional social service"
            how = '<p>%s voert dit voor ons uit. Download het aanvraagformulier van %s en stuur het ingevuld op.</p><p><a href="%s">Aanvraagformulier %s (pdf, 140 kB) - %s</a></p>' % (
                esc(sname), esc(sname), furl, esc(ftitle.lower()), esc(sname))
        else:
            furl = "http://%s/aanvragen/%s" % (shost, s)
            if kind == "social":
                form_page(furl, ftitle, "digid", sname, start="http://%s/aanvragen/digid/%s/start" % (shost, s))
                r.signals, r.strict = ["digid", "via_external_portal"], 67
                r.notes = "delegated to regional social service (DigiD form)"
            else:
                form_page(furl, ftitle, "none", sname)
                r.signals = ["html_form", "via_external_portal"]
                r.notes = "delegated to regional social service (anonymous form)"
            used["social"][site.social].add((furl, ftitle))
            how = '<p>%s voert dit uit voor Gemeente %s.</p><p><a href="%s">%s bij %s</a></p>' % (esc(sname), esc(site.short), furl, esc(ftitle), esc(sname))
        r.route_url, r.via = furl, shost
    elif kind == "olo":
        furl = "http://%s/aanvragen/" % OLO
        how = ('<p>U vraagt de vergunning aan via het landelijke Omgevingsloket. Hiervoor heeft u DigiD (particulieren) of eHerkenning (bedrijven) nodig.</p>'
               '<p><a href="http://%s/checken/">Doe eerst de vergunningcheck</a></p><p><a href="%s">Aanvragen via het Omgevingsloket (externe link)</a></p>' % (OLO, furl))
        r.route_url, r.via = furl, OLO
        r.signals = ["digid", "eherkenning", "prefill_text", "via_external_portal"]
        r.notes = "via Omgevingsloket; login page states data are retrieved from base registries"
    elif kind == "parkeer":
        ph = "zandvoort.parkeerservice.test"
        furl = "http://%s/vergunning-aanvragen" % ph
        form_page(furl, "Parkeervergunning aanvragen", "digid", "Parkeerservice Zandvoort", start="http://%s/digid/start" % ph)
        W.add("http://%s/" % ph, simple_page("Parkeerservice", '<main><h1>Parkeerservice Zandvoort</h1><p><a href="/vergunning-aanvragen">Vergunning aanvragen</a></p></main>'))
        how = '<p>Parkeervergunningen regelt u bij de Parkeerservice.</p><p><a href="%s">Parkeervergunning aanvragen bij Parkeerservice (externe link)</a></p>' % furl
        r.route_url, r.via, r.signals, r.strict = furl, ph, ["digid", "via_external_portal"], 67
        r.notes = "parking portal on third-party domain with DigiD"
    elif kind == "waste":
        wname, whost = WASTE[site.waste]
        furl = "http://%s/%s" % (whost, "grofvuil-aanmelden" if key == "grofvuil" else "container-aanvragen")
        wt = "Grofvuil aanmelden" if key == "grofvuil" else "Container aanvragen of wijzigen"
        form_page(furl, wt, "none", wname, fields=["Postcode", "Huisnummer", "Naam", "E-mailadres", "Omschrijving"],
                  chrome_top='<div class="topbar"><a href="http://%s/mijn-%s/">Mijn %s - inloggen</a></div>\n' % (whost, site.waste, esc(wname)))
        used["waste"].setdefault(site.waste, set()).add((furl, wt))
        how = '<p>%s haalt het afval op in onze gemeente.</p><p><a href="%s">%s bij %s</a></p>' % (esc(wname), furl, esc(wt), esc(wname))
        r.route_url, r.via, r.signals = furl, whost, ["html_form", "via_external_portal"]
        r.traps.append(("trap_formhost_login", None))
        r.notes = "anonymous form of the waste company; the 'Mijn %s' login in its top bar is not this form's" % wname
    elif kind == "fixi":
        furl = "http://%s/%s/melding" % (FIXI, slugify(site.short))
        form_page(furl, "Melding openbare ruimte " + site.short, "none", "Fixi", fields=["Locatie", "Categorie", "Omschrijving", "Foto", "E-mailadres"])
        used["fixi"].add((furl, "Gemeente " + site.short))
        how = '<p>Doe uw melding via Fixi. U kunt ook de app gebruiken.</p><p><a href="%s">Melding doen (externe link)</a></p>' % furl
        r.route_url, r.signals, r.notes = furl, ["html_form", "e_form_host"], "anonymous report form on a vendor platform (not another body)"
    elif kind == "notoff":
        r.notes = "positive statement that the product is not offered"
        r.signals = ["not_offered_text"]
    r.how = how


NOT_OFFERED = {
    "parkeervergunning": ("Parkeren", "<p>In %s kunt u overal gratis parkeren. In het centrum geldt een blauwe zone. Parkeervergunningen geven wij daarom niet uit; u heeft er geen nodig.</p>"),
    "hondenbelasting": ("Hondenbelasting", "<p>Sinds 1 januari 2023 heft %s geen hondenbelasting meer. U hoeft uw hond dus niet aan of af te melden.</p>"),
    "reclamebelasting": ("Reclame", "<p>Voor reclame aan uw gevel heeft u soms een omgevingsvergunning nodig. Reclamebelasting kent %s niet.</p>"),
    "terrasvergunning": ("Terras", "<p>Voor een terras bij uw horecazaak heeft u in %s geen vergunning meer nodig, zolang u zich houdt aan de algemene regels uit de APV.</p>"),
    "winkeltijdenontheffing": ("Winkeltijden", "<p>De gemeenteraad van %s heeft de winkeltijden vrijgegeven. Winkels mogen op alle dagen open; een ontheffing is niet nodig en wordt niet verleend.</p>"),
    "ligplaatsvergunning": ("Wonen op het water", "<p>In %s zijn geen ligplaatsen in openbaar water aangewezen. Wij verlenen daarom geen ligplaatsvergunningen.</p>"),
}


NOT_OFFERED_ALT = {
    "parkeervergunning": "<p>Betaald parkeren is er in %s niet. U parkeert gratis, in de centra met een parkeerschijf. Een vergunning aanvragen is daarom niet mogelijk en ook niet nodig.</p>",
    "hondenbelasting": "<p>De gemeenteraad heeft besloten de hondenbelasting af te schaffen. In %s betaalt u geen belasting meer voor uw hond.</p>",
    "reclamebelasting": "<p>Wilt u een reclamebord of lichtreclame plaatsen? Kijk eerst of u een omgevingsvergunning nodig heeft. De gemeente %s heft geen reclamebelasting.</p>",
    "ligplaatsvergunning": "<p>Woonboten en ligplaatsen: het openbaar water in %s is daarvoor niet bestemd. Er worden geen vergunningen voor een ligplaats afgegeven.</p>",
    "winkeltijdenontheffing": "<p>Winkels in %s mogen elke dag open van 06.00 tot 22.00 uur. U hoeft hiervoor niets aan te vragen; ontheffingen worden niet meer verleend.</p>",
}

# ---------------------------------------------------------------------------
# traps
# ---------------------------------------------------------------------------

def list_box(title, items):
    return "<h2>%s</h2>\n<ul>%s</ul>" % (esc(title), "".join('<li><a href="%s">%s</a></li>' % (u, t) for u, t in items))


def choose_traps(site, r, rnd):
    key, pt = r.key, site.portals
    rows = site.rows
    burger = P[key][2] == "b"
    sec = P[key][1]
    cands = []   # (signal, html, login?)
    # own DigiD routes of other products
    digid_others = [o for o in sorted(rows) if o != key and rows[o].kind in ("digid", "digid_prefill", "eh", "tax", "social", "parkeer")
                    and rows[o].status == "ok" and o != r.shared_with]
    if len(digid_others) >= 2:
        picks = rnd.sample(digid_others, min(3, len(digid_others)))
        items = [(rows[o].route_url, esc(rows[o].title) + (" (met DigiD)" if rows[o].kind != "eh" else " (met eHerkenning)")) for o in picks]
        title = ["Direct regelen", "Veelgevraagd", "Snel naar", "Vaak gezocht"][rnd.randrange(4)]
        cands.append(("trap_other_product_digid", list_box(title, items), True))
    cands.append(("trap_mijn_portal_login", '<h2>Mijn %s</h2><p>Regel uw zaken met de gemeente op één plek.</p><p><a href="%s"><img src="%s/static/digid.svg" alt="DigiD"> Inloggen</a></p>'
                  % (esc(site.short), pt["mijn"], site.base), True))
    cands.append(("trap_status_login", '<h2>Al aangevraagd?</h2><p><a href="%s">Bekijk de status van uw aanvraag in Mijn zaken (DigiD)</a></p>' % pt["status"], True))
    tu, tl, tn = pt["tax"]
    if sec in ("belastingen", "afval", "wonen") or key in ("reclamebelasting", "hondenbelasting") or rnd.random() < 0.3:
        cands.append(("trap_tax_portal", '<h2>%s</h2><p>Bekijk uw aanslag en WOZ-beschikking bij %s.</p><p><a href="%s">Inloggen op %s met DigiD</a></p>'
                      % (esc(tl), esc(tn), tu, esc(tl)), True))
    if sec == "zorg" or key in ("gehandicaptenparkeerkaart", "gehandicaptenparkeerplaats"):
        su, sl, sn = pt["social"]
        cands.append(("trap_social_portal", '<h2>%s</h2><p>Heeft u al een uitkering of voorziening? Geef wijzigingen door via %s.</p><p><a href="%s">Inloggen %s</a></p>'
                      % (esc(sl), esc(sl), su, esc(sl)), True))
    if sec == "burgerzaken" or rnd.random() < 0.15:
        cands.append(("trap_appointment_login", '<h2>Mijn afspraken</h2><p>Bekijk of verzet uw afspraak. <a href="%s">Inloggen met DigiD</a></p>' % pt["appt_login"], True))
        cands.append(("trap_mijnoverheid", '<h2>MijnOverheid</h2><p>Bekijk welke gegevens de overheid van u heeft en ontvang post digitaal. <a href="http://mijn.overheid.test/">Naar MijnOverheid (DigiD)</a></p>', True))
    if r.kind != "olo" and (sec in ("wonen", "ondernemen") and key not in ("melding-openbare-ruimte", "subsidie", "reclamebelasting")):
        cands.append(("trap_omgevingsloket", '<h2>Omgevingsloket</h2><p>Bouwt of verbouwt u ook? <a href="http://%s/checken/">Doe de vergunningcheck</a> of '
                      '<a href="http://%s/mijn-omgevingsloket/">log in op Mijn Omgevingsloket</a>.</p>' % (OLO, OLO), True))
    if rows["bezwaar"].kind in ("digid",) and key not in ("bezwaar", "klacht", "woo-verzoek"):
        cands.append(("trap_bezwaar_digid", '<h2>Niet eens met het besluit?</h2><p>Dan kunt u bezwaar maken. <a href="%s">Bezwaar indienen met DigiD</a></p>' % rows["bezwaar"].route_url, True))
    if not burger:
        cands.append(("trap_eherkenning_portal", '<h2>Ondernemersportaal</h2><p><a href="%s"><img src="%s/static/eherkenning.svg" alt="eHerkenning"> Inloggen met eHerkenning</a> om uw vergunningen te bekijken.</p>'
                      % (pt["ondern"], site.base), True))
        cands.append(("trap_own_account_login", '<h2>Vaste aanvrager?</h2><p>Organisatoren en ondernemers met een account loggen in met <a href="%saccount">gebruikersnaam en wachtwoord</a>.</p>' % pt["ondern"], True))
    if site.code in ("GM1659", "GM0473", "GM1774"):
        wurl = pt["mijn"] + "widget/"
        if not W.has(wurl):
            W.add(wurl, simple_page("Mijn omgeving", '<main><p>Mijn %s</p><p><a href="%sdigid/start" target="_top">Inloggen met DigiD</a></p></main>' % (esc(site.short), pt["mijn"])))
        cands.append(("trap_iframe_login", '<h2>Mijn %s</h2><iframe src="%s" title="Inloggen Mijn %s" width="300" height="120"></iframe>'
                      % (esc(site.short), wurl, esc(site.short)), True))
    if site.code in ("GM0294", "GM0263", "GM0703"):
        sid = "login-" + slugify(r.key)
        cands.append(("trap_script_login", '<div id="%s"></div><script>document.getElementById("%s").innerHTML=%s;</script>'
                      % (sid, sid, json.dumps('<h2>Persoonlijk</h2><a class="digid-knop" href="%sdigid/start"><img src="%s/static/digid.svg" alt="DigiD"> Inloggen met DigiD</a>' % (pt["mijn"], site.base))), True))
    cands.append(("trap_digid_aanvragen", '<p>Heeft u nog geen DigiD? <a href="http://digid-sim.test/aanvragen">Vraag DigiD aan</a>.</p>', True))
    if burger and rnd.random() < 0.4:
        cands.append(("trap_machtigen", '<p>Regelt u dit voor een ander? <a href="http://digid-sim.test/machtigen">Gebruik DigiD Machtigen</a>.</p>', True))
    pref = [o for o in sorted(rows) if o != key and rows[o].kind == "digid_prefill"]
    if pref:
        o = pref[rnd.randrange(len(pref))]
        cands.append(("trap_prefill_text_other", '<p>Wist u dat? Als u <a href="%s">%s</a> online regelt, worden uw gegevens automatisch ingevuld.</p>'
                      % (rows[o].route_url, esc(rows[o].title.lower())), True))
    # non-login traps
    sib = SIBLINGS.get(key)
    if sib and sib in rows and rows[sib].status == "ok" and r.level is not None and rows[sib].level is not None \
            and rows[sib].level > r.level and sib != r.shared_with:
        s = rows[sib]
        if s.route_url and rnd.random() < 0.5:
            cands.append(("trap_sibling_higher", '<h2>Zie ook</h2><p><a href="%s">%s: direct online aanvragen</a></p>' % (s.route_url, esc(s.title)), False))
        else:
            cands.append(("trap_sibling_higher", '<h2>Zie ook</h2><p><a href="%s">%s</a></p>' % (s.product_url, esc(s.title)), False))
    pdfs = [o for o in sorted(rows) if o != key and rows[o].kind == "pdf" and o != r.shared_with]
    if pdfs and r.level is not None and r.level < 33:
        o = pdfs[rnd.randrange(len(pdfs))]
        cands.append(("trap_other_product_pdf", '<p>Zie ook: <a href="%s">aanvraagformulier %s (pdf)</a></p>' % (rows[o].route_url, esc(rows[o].title.lower())), False))
    if rnd.random() < 0.5:
        cands.append(("trap_regulation_pdf", '<p>Lees de <a href="%s">Legesverordening %s 2024 (pdf)</a> voor de tarieven.</p>' % (pt["reg_pdf"], esc(site.short)), False))
    else:
        cands.append(("trap_regulation_pdf", '<p>De regels staan in de <a href="%s">Algemene plaatselijke verordening (PDF, 1,2 MB)</a>.</p>' % pt["apv_pdf"], False))
    cands.append(("trap_contact_form", '<h2>Vragen?</h2><p><a href="%s">Stel uw vraag via het contactformulier</a> of bel %s.</p>' % (pt["contact"], esc(site.phone)), False))
    cands.append(("trap_mailto", '<p>Mail uw vragen naar <a href="mailto:info@%s">info@%s</a>.</p>' % (site.host.replace("www.", ""), site.host.replace("www.", "")), False))

    login = [c for c in cands if c[2]]
    other = [c for c in cands if not c[2]]
    if r.level == 100:
        nl, no = 1, 1
    elif r.status == "not_offered":
        nl, no = 2, 1
    else:
        nl, no = (3 if rnd.random() < 0.5 else 2), 2
    # emphasis: keep the strongest login lookalikes first
    prio = {"trap_other_product_digid": 0, "trap_mijn_portal_login": 1, "trap_status_login": 1, "trap_tax_portal": 1,
            "trap_social_portal": 0, "trap_omgevingsloket": 0, "trap_bezwaar_digid": 1, "trap_eherkenning_portal": 1,
            "trap_appointment_login": 1, "trap_mijnoverheid": 2, "trap_iframe_login": 0, "trap_script_login": 0, "trap_prefill_text_other": 2, "trap_own_account_login": 2,
            "trap_digid_aanvragen": 3, "trap_machtigen": 3}
    login.sort(key=lambda c: (min(prio.get(c[0], 3), 2) + rnd.random() * 2.5))
    chosen = login[:nl]
    if r.level is not None and r.level < 100 and len(login) > nl and rnd.random() < 0.5:
        chosen.append(login[nl + rnd.randrange(len(login) - nl)])
    other.sort(key=lambda c: ({"trap_sibling_higher": 0, "trap_other_product_pdf": 1}.get(c[0], 2), rnd.random()))
    chosen += other[:no]
    seen = set()
    for sig, h, _ in chosen:
        if sig in seen:
            continue
        seen.add(sig)
        r.traps.append((sig, h))
    # product specific lookalikes
    look = {
        "kapvergunning": "<p>Voor de meeste bomen in uw tuin heeft u geen vergunning nodig. Alleen voor bomen op de lijst met waardevolle bomen moet u toestemming vragen.</p>",
        "standplaatsvergunning": "<p>Voor een standplaats op de weekmarkt heeft u geen standplaatsvergunning nodig, maar een marktplaats.</p>",
        "evenementenvergunning": "<p>Voor een klein evenement heeft u geen vergunning nodig; een melding is dan voldoende.</p>",
        "geluidsontheffing": "<p>Voor een feest bij u thuis of een barbecue in de tuin heeft u geen ontheffing nodig.</p>",
        "collectevergunning": "<p>Landelijke goede doelen met een CBF-keurmerk staan in het collecterooster; daarvoor is geen aparte aanvraag nodig.</p>",
        "uitwegvergunning": "<p>Verandert u alleen de bestrating van een bestaande inrit? Dan is geen toestemming nodig.</p>",
    }
    if r.status == "not_offered" and key in ("ligplaatsvergunning", "reclamebelasting"):
        r.traps.append(("trap_notoffered_unexpected_title", None))
    if key in look and r.status == "ok":
        r.traps.append(("trap_notoffered_lookalike", look[key]))
    if key == "paspoort" and site.code in ("GM0294", "GM0263", "GM1699") and r.kind == "appt":
        url = W.add(site.pdf_url("Verklaring toestemming reisdocument minderjarige"),
                    make_pdf("Verklaring toestemming reisdocument minderjarige", ["Toestemming van de ouder(s) met gezag voor een reisdocument.", "Handtekening: ________"]))
        r.traps.append(("trap_auxiliary_pdf", '<p>Vraagt u een paspoort aan voor uw kind? Neem de <a href="%s">Verklaring toestemming reisdocument minderjarige (pdf, 81 KB)</a> mee.</p>' % url))
    if key == "woz-bezwaar" and r.kind not in ("tax", "digid", "digid_prefill"):
        pass
    if key == "evenementenvergunning" and r.level is not None and r.level < 100 and site.forms not in ("formdesk",):
        furl, dstart, estart = site.form_urls("evenementmelding", "Melding klein evenement")
        form_page(furl, "Melding klein evenement", "digid", "Gemeente " + site.short, start=dstart,
                  js=site.forms == "openforms")
        r.traps.append(("trap_related_form_higher", '<p>Organiseert u een klein evenement? <a href="%s">Doe online een melding klein evenement (met DigiD)</a>.</p>' % furl))
    if key == "woz-bezwaar" or key == "belastingaanslag-bezwaar":
        if r.kind not in ("tax",):
            r.traps.append(("trap_mijnoverheid", '<p>Uw WOZ-beschikking en taxatieverslag staan ook in uw Berichtenbox van <a href="http://mijn.overheid.test/berichtenbox">MijnOverheid (DigiD)</a>.</p>'))


# ---------------------------------------------------------------------------
# page rendering
# ---------------------------------------------------------------------------

def site_signals(site):
    s = []
    if site.header:
        s.append("trap_header_login")
    if site.footer_digid:
        s.append("trap_footer_digid_logo")
    if site.feedback:
        s.append("trap_feedback_form")
    if site.chat:
        s.append("trap_chat")
    if site.news_letter:
        s.append("trap_newsletter")
    if site.code == "GM0473":
        s.append("trap_footer_mijnoverheid")
    return s


def header(site):
    h = site.header
    pt = site.portals
    nav = '<form class="zoeken" method="get" action="%s/zoeken"><input name="q" aria-label="Zoeken"><button>Zoeken</button></form>' % site.base
    if h == "mijn":
        login = '<a class="mijn" href="%s">Mijn %s</a>' % (pt["mijn"], esc(site.short))
    elif h == "inloggen":
        login = ('<div class="inloggen"><span>Inloggen</span><ul><li><a href="%s">Mijn %s (DigiD)</a></li><li><a href="%s">Ondernemers (eHerkenning)</a></li></ul></div>'
                 % (pt["mijn"], esc(site.short), pt["ondern"]))
    elif h == "mijn_img":
        login = '<a class="mijn" href="%s"><img src="%s/static/digid.svg" alt="DigiD"> Mijn %s</a>' % (pt["mijn"], site.base, esc(site.short))
    elif h == "inloggen_mijn":
        login = '<a class="btn-login" href="%s">Inloggen</a>' % pt["mijn"]
    elif h == "digid_direct":
        login = '<a class="login" href="%sdigid/start">Inloggen met DigiD</a>' % pt["mijn"]
    else:
        login = ""
    home = site.base + "/" if site.family != "pdcloket" else "http://www.gemeentenoordenveld.test/"
    return ('<header class="site-header"><a class="logo" href="%s">Gemeente %s</a>\n<nav><a href="%s">Home</a> <a href="%s">Alle producten</a> <a href="%s">Contact</a></nav>\n%s\n%s</header>'
            % (home, esc(site.short), home, site.az_url, site.portals["contact"], nav, login))


def footer(site):
    parts = ['<footer class="site-footer"><p>Gemeente %s &middot; Telefoon %s &middot; <a href="%s">Contact</a> &middot; <a href="%s">Privacyverklaring</a></p>'
             % (esc(site.short), esc(site.phone), site.portals["contact"], site.base + "/privacy")]
    if site.footer_digid:
        parts.append('<p class="logos"><img src="%s/static/digid.svg" alt="DigiD"> Wij gebruiken DigiD voor veilig inloggen.</p>' % site.base)
    if site.news_letter:
        parts.append('<form class="nieuwsbrief" method="post" action="%s/nieuwsbrief"><label>Nieuwsbrief: e-mailadres <input name="email"></label><button>Aanmelden</button></form>' % site.base)
    if site.code == "GM0473":
        parts.append('<p><a href="http://mijn.overheid.test/berichtenbox">Post van de gemeente ontvangen in de Berichtenbox van MijnOverheid</a></p>')
    if site.chat:
        parts.append('<div id="chat"></div><script>document.getElementById("chat").innerHTML=%s;</script>'
                     % json.dumps('<button class="chat-open">Chat met een medewerker</button>'))
    parts.append("</footer>")
    return "\n".join(parts)


def feedback(site):
    if not site.feedback:
        return ""
    return ('<form class="feedback" method="post" action="%s/feedback"><fieldset><legend>Was deze informatie nuttig?</legend>'
            '<label><input type="radio" name="nuttig" value="ja"> Ja</label><label><input type="radio" name="nuttig" value="nee"> Nee</label>'
            '<label>Wat kunnen we verbeteren? <textarea name="opmerking"></textarea></label><button type="submit">Verstuur</button></fieldset></form>' % site.base)


def wrap(site, title, main, crumbs=(), aside=""):
    cr = ""
    if crumbs:
        cr = '<nav class="breadcrumb">' + " &gt; ".join('<a href="%s">%s</a>' % (u, esc(t)) for u, t in crumbs) + "</nav>\n"
    body = "%s\n%s<main>\n%s\n</main>\n%s\n%s" % (header(site), cr, main, ('<aside class="sidebar">%s</aside>' % aside) if aside else "", footer(site))
    return simple_page(title, body, "Gemeente " + site.short)


def section_blocks(site, r, how):
    """Heading template per CMS family -> list of (heading, html)."""
    key = r.key
    desc = P[key][3]
    cost = "<p>Kijk voor de kosten in de tarievenlijst. De kosten worden jaarlijks aangepast.</p>"
    dur = "<p>U krijgt binnen 8 weken een besluit.</p>"
    if r.status == "not_offered":
        alt = NOT_OFFERED_ALT.get(key)
        txt = NOT_OFFERED[key][1]
        if alt and site.idx % 2 == 1:
            txt = alt
        return [("", txt % esc(site.short))]
    if site.family == "pdcloket":
        return [("Inleiding", "<p>%s</p>" % esc(desc)), ("Omschrijving", "<p>%s</p>" % esc(desc)),
                ("Voorwaarden", "<p>U staat ingeschreven in de gemeente Noordenveld.</p>"),
                ("Aanpak", how), ("Termijn", dur),
                ("Toelichting digitaal formulier", "<p>Heeft u problemen met het formulier? Neem contact op met het KCC.</p>")]
    if site.family in ("iprox", "regelen"):
        return [("Wat is het?", "<p>%s</p>" % esc(desc)), ("Aanvragen", how), ("Kosten", cost), ("Termijn", dur)]
    if site.family == "owc":
        return [("", "<p>%s</p>" % esc(desc)), ("Hoe werkt het?", "<p>Wij beoordelen uw aanvraag en laten u weten wat het besluit is.</p>"),
                ("Wat moet ik doen?", how), ("Wat kost het?", cost)]
    return [("Wat is het?", "<p>%s</p>" % esc(desc)), ("Hoe werkt het?", "<p>Wij behandelen uw aanvraag zo snel mogelijk.</p>"),
            ("Wat moet ik doen?", how), ("Wat kost het?", cost), ("Hoe lang duurt het?", dur)]


def render_product(site, r):
    rows = site.rows
    prods = [r] + ([rows[r.shared_with]] if r.shared_with else [])
    traps = []
    for p in prods:
        for t in p.traps:
            if t[1] is not None and t not in traps:
                traps.append(t)
    # assemble page
    title = r.page_title if r.status != "not_offered" else NOT_OFFERED[r.key][0]
    r.page_title = title
    if r.shared_with:
        blocks = []
        for p in prods:
            sub = section_blocks(site, p, p.how)
            blocks.append(("__h2__" + p.title, ""))
            blocks += [("__h3__" + h if h else "", b) for h, b in sub]
    else:
        blocks = section_blocks(site, r, r.how)
    slots = {"card_top": [], "sidebar": [], "body": [], "below": [], "details": []}
    for i, (sig, h) in enumerate(traps):
        slots[site.slots[i % len(site.slots)]].append(h)
    out = ["<h1>%s</h1>" % esc(title)]
    if slots["card_top"]:
        out.append('<div class="direct-regelen card">%s</div>' % "\n".join(slots["card_top"]))
    for h, b in blocks:
        if h.startswith("__h2__"):
            out.append("<h2>%s</h2>" % esc(h[6:]))
            continue
        lvl = "h3" if h.startswith("__h3__") else "h2"
        h = h.replace("__h3__", "")
        is_do = h in ("Wat moet ik doen?", "Aanvragen", "Aanpak") or (not h and r.status == "not_offered")
        if site.family == "pdcloket" and h:
            out.append("<details open><summary>%s</summary>%s</details>" % (esc(h), b))
        elif site.family in ("iprox", "iprox2", "regelen") and h:
            out.append('<div class="iprox-accordion"><%s>%s</%s><div class="content">%s</div></div>' % (lvl, esc(h), lvl, b))
        else:
            out.append(("<%s>%s</%s>\n" % (lvl, esc(h), lvl) if h else "") + b)
        if is_do and slots["body"]:
            out.append("\n".join('<div class="inline-tip">%s</div>' % x for x in slots["body"]))
            slots["body"] = []
    if slots["body"]:
        out.append("\n".join('<div class="inline-tip">%s</div>' % x for x in slots["body"]))
    if slots["details"]:
        out.append('<details><summary>Meer informatie</summary>%s</details>' % "\n".join(slots["details"]))
    if slots["below"]:
        out.append('<section class="ook-handig"><h2>%s</h2>%s</section>' % (["Ook handig", "Meer over dit onderwerp", "Gerelateerd"][site.idx % 3], "\n".join(slots["below"])))
    out.append(feedback(site))
    sec = P[r.key][1]
    crumbs = [(site.base + "/" if site.family != "pdcloket" else "http://loket.gemeentenoordenveld.test/", "Home"),
              (site.section_url(sec), SECTIONS[sec])]
    aside = "\n".join('<div class="box">%s</div>' % x for x in slots["sidebar"])
    W.add(r.product_url, wrap(site, title, "\n".join(out), crumbs, aside))
    W.search.setdefault(site.host, []).append(
        {"url": r.product_url, "title": title, "text": P[r.key][3]})


def build_nav(site, keys, rnd):
    rows = site.rows
    home = site.base + "/"
    # A-Z
    if site.family == "pdcloket":
        site_loket = "http://loket.gemeentenoordenveld.test/"
    items = sorted(((rows[k].page_title, rows[k].product_url) for k in keys if rows[k].status != "not_found"), key=lambda x: x[0].lower())
    seen = []
    for t, u in items:
        if (t, u) not in seen:
            seen.append((t, u))
    az = "<h1>Alle producten en diensten</h1><ul>%s</ul>" % "".join('<li><a href="%s">%s</a></li>' % (u, esc(t)) for t, u in seen)
    W.add(site.az_url, wrap(site, "Producten A-Z", az, [(home, "Home")]))
    # section pages
    secs = []
    for k in keys:
        s = P[k][1]
        if s not in secs:
            secs.append(s)
    for s in secs:
        its = []
        for k in keys:
            if P[k][1] == s and rows[k].status != "not_found" and (rows[k].page_title, rows[k].product_url) not in its:
                its.append((rows[k].page_title, rows[k].product_url))
        body = "<h1>%s</h1><ul>%s</ul>" % (esc(SECTIONS[s]), "".join('<li><a href="%s">%s</a></li>' % (u, esc(t)) for t, u in its))
        W.add(site.section_url(s), wrap(site, SECTIONS[s], body, [(home, "Home")]))
    # news: mentions of not found products and of others
    news = []
    nf = [k for k in keys if rows[k].status == "not_found"]
    newsurls = []
    for i, k in enumerate(nf):
        u = "%s/nieuws/2024/%s-in-%s" % (site.base, slugify(P[k][0][0]), slugify(site.short))
        txt = {"winkeltijdenontheffing": "De gemeenteraad bespreekt in het voorjaar een voorstel over de winkeltijden en koopzondagen.",
               "kansspelautomaatvergunning": "De gemeente onderzoekt het aantal kansspelautomaten in de horeca.",
               "collectevergunning": "Het collecterooster voor volgend jaar is bekend. Collectanten herkent u aan hun legitimatie.",
               "ligplaatsvergunning": "Bij de jachthaven worden nieuwe steigers aangelegd.",
               "parkeervergunning": "De gemeente gaat in gesprek met bewoners over parkeren in het centrum.",
               "marktvergunning": "De weekmarkt verhuist tijdelijk naar het Raadhuisplein."}.get(k, "Nieuws over %s." % P[k][0][0].lower())
        W.add(u, wrap(site, "Nieuws: " + P[k][0][1], "<h1>%s</h1><p>%s</p><p>Heeft u vragen? <a href=\"%s\">Neem contact op</a>.</p>"
                      % (esc("Nieuws: " + P[k][0][1]), esc(txt), site.portals["contact"]), [(home, "Home")]))
        newsurls.append((u, "Nieuws: " + P[k][0][1]))
        rows[k].traps.append(("trap_news_mention", None))
        rows[k].notes = "no product page on the site; a news item mentions the topic"
    u = "%s/nieuws/2024/nieuwe-website-mijn-%s" % (site.base, slugify(site.short))
    W.add(u, wrap(site, "Nieuw: Mijn " + site.short, "<h1>Nieuw: Mijn %s</h1><p>Vanaf nu ziet u al uw aanvragen op één plek. <a href=\"%s\">Log in met DigiD</a>.</p>"
                  % (esc(site.short), site.portals["mijn"]), [(home, "Home")]))
    newsurls.append((u, "Nieuw: Mijn " + site.short))
    W.add(site.base + "/nieuws/", wrap(site, "Nieuws", "<h1>Nieuws</h1><ul>%s</ul>" % "".join('<li><a href="%s">%s</a></li>' % (u, esc(t)) for u, t in newsurls), [(home, "Home")]))
    W.add(site.base + "/privacy", wrap(site, "Privacyverklaring", "<h1>Privacyverklaring</h1><p>Wij gaan zorgvuldig om met uw gegevens.</p>", [(home, "Home")]))
    # search page (static fallback) and not found page
    W.add(site.base + "/zoeken", wrap(site, "Zoeken", "<h1>Zoeken</h1><p>Typ een zoekterm.</p>", [(home, "Home")]))
    W.add(site.base + "/niet-gevonden.html", wrap(site, "Pagina niet gevonden", "<h1>Pagina niet gevonden</h1><p>Sorry, deze pagina bestaat niet (meer).</p>"))
    # home
    top = []
    for k in ["verhuismelding", "paspoort", "melding-openbare-ruimte", "afvalcontainer", "hondenbelasting", "omgevingsvergunning"]:
        if rows[k].status != "not_found":
            top.append((rows[k].product_url, rows[k].page_title))
    hb = ["<h1>Welkom bij Gemeente %s</h1>" % esc(site.short), "<h2>Veelgezocht</h2><ul>%s</ul>" % "".join('<li><a href="%s">%s</a></li>' % (u, esc(t)) for u, t in top),
          "<h2>Onderwerpen</h2><ul>%s</ul>" % "".join('<li><a href="%s">%s</a></li>' % (site.section_url(s), esc(SECTIONS[s])) for s in secs),
          '<p><a href="%s">Alle producten A-Z</a> &middot; <a href="%s/nieuws/">Nieuws</a></p>' % (site.az_url, site.base)]
    if site.family == "pdcloket":
        hb.append('<p>Producten en diensten vindt u in ons <a href="http://loket.gemeentenoordenveld.test/">digitale loket</a>.</p>')
    W.add(home, wrap(site, "Home", "\n".join(hb)))
    if site.family == "pdcloket":
        W.add("http://loket.gemeentenoordenveld.test/", wrap(site, "Digitaal loket", "<h1>Digitaal loket Noordenveld</h1>" + "\n".join(hb[1:3])
                                                              + '<p><a href="%s">Alle producten</a></p>' % site.az_url))
    # robots + sitemap
    for h in sorted({site.host, re.match(r"http://([^/]+)", site.az_url).group(1)}):
        urls = sorted(u for (hh, rel) in [(k[0], k[1]) for k in W.files] if hh == h
                      for u in ["http://%s/%s" % (h, rel[:-10] if rel.endswith("index.html") else rel)]
                      if not rel.endswith((".pdf", ".svg")) and "?" not in rel)
        sm = '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n%s</urlset>\n' % "".join(
            "<url><loc>%s</loc></url>\n" % esc(u) for u in urls)
        if site.code != "GM0703":   # Reimerswaal has no sitemap
            W.add("http://%s/sitemap.xml" % h, sm)
            W.add("http://%s/robots.txt" % h, "User-agent: *\nDisallow: /zoeken\nSitemap: http://%s/sitemap.xml\n" % h)
        else:
            W.add("http://%s/robots.txt" % h, "User-agent: *\nDisallow:\n")


# ---------------------------------------------------------------------------

def main():
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "web")
    products = load_products()
    assert len(products) == 42, len(products)
    for k, _ in products:
        assert k in P, k
    plan = parse_plan()
    names = {}
    with open("/work/shared/data/registers/organisations-2023.csv", newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            names[row["code"]] = row["name"]
    used = {"tax": {}, "social": {}, "waste": {}, "fixi": set()}
    idp_pages()
    olo_pages()
    sites = []
    for i, code in enumerate(ORGS):
        s = Site(code, names[code], SITES[code], i)
        s.az_url = (s.base + "/producten-a-z/") if s.family != "pdcloket" else "http://loket.gemeentenoordenveld.test/producten/"
        build_site(s, products, plan, used)
        sites.append(s)
    shared_bodies(used)
    for host in sorted({h for h, _ in W.files}):
        if (host, "index.html") not in W.files:
            W.add("http://%s/" % host, simple_page(host, "<main><h1>%s</h1><p>Welkom.</p></main>" % esc(host)))

    if os.path.exists(out):
        shutil.rmtree(out)
    os.makedirs(out)
    W.write(out)
    with open(os.path.join(out, "organisations.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["code", "name", "org_type", "website", "inhabitants"])
        for s in sites:
            w.writerow([s.code, s.name, "gemeente", "http://%s/" % s.host, s.inh])
    with open(os.path.join(out, "labels.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["org_code", "product_key", "level", "status", "product_url", "route_url", "level_strict", "via", "signals", "notes"])
        for s in sites:
            ss = site_signals(s)
            for k, _ in products:
                r = s.rows[k]
                sig = list(r.signals)
                traps = []
                if r.status != "not_found":
                    traps += ss
                for t in r.traps:
                    traps.append(t[0])
                if r.shared_with and r.status != "not_found":
                    traps.append("trap_shared_page")
                    other = s.rows[r.shared_with]
                    for t in other.traps:
                        traps.append(t[0])
                    if other.level is not None and r.level is not None and other.level > r.level:
                        traps.append("trap_other_product_route")
                for t in traps:
                    if t not in sig:
                        sig.append(t)
                notes = r.notes
                if r.shared_with:
                    notes += "; page shared with %s" % r.shared_with
                lvl = "" if r.level is None else str(r.level)
                strict = "" if r.level is None else str(r.strict if r.level == 100 else r.level)
                w.writerow([s.code, k, lvl, r.status, r.product_url, r.route_url if r.level else "", strict, r.via, ";".join(sig), notes])
    # behaviours
    redirects = [{"url": u.replace("http://", "http://", 1), "status": 302, "location": loc} for u, loc in sorted(W.redirects)]
    behaviours = {
        "redirects": redirects,
        "host_redirects": [{"host": s.host.replace("www.", "", 1), "status": 301, "to": s.host} for s in sites if s.host.startswith("www.")],
        "not_found_pages": [],
        "searches": [],
    }
    for s in sites:
        fn = os.path.join("sites", s.host, "niet-gevonden.html")
        behaviours["not_found_pages"].append({"host": s.host, "file": fn, "status": 200 if s.code in ("GM0246", "GM0473", "GM1667") else 404})
    os.makedirs(os.path.join(out, "search"), exist_ok=True)
    for host in sorted(W.search):
        idx = sorted(W.search[host], key=lambda e: e["url"])
        with open(os.path.join(out, "search", host + ".json"), "w", encoding="utf-8") as f:
            json.dump(idx, f, ensure_ascii=False, indent=1, sort_keys=True)
        with open(os.path.join(out, "search", host + ".html"), "w", encoding="utf-8") as f:
            f.write(simple_page("Zoekresultaten", "<main><h1>Zoekresultaten voor <!--QUERY--></h1>\n<!--RESULTS-->\n</main>"))
        behaviours["searches"].append({"host": host, "path": "/zoeken", "param": "q", "index": "search/%s.json" % host,
                                       "template": "search/%s.html" % host})
    with open(os.path.join(out, "testweb.json"), "w", encoding="utf-8") as f:
        json.dump({"behaviours": behaviours}, f, indent=1, sort_keys=True)
    print("wrote %d files, %d redirects into %s" % (len(W.files), len(redirects), out))


if __name__ == "__main__":
    main()
