#!/usr/bin/env python3
"""Generate the web-dev39 labelled simulated web: ten real Dutch municipalities
(realistic mix of CMS families, form platforms and shared bodies).

usage: python3 gen.py OUTDIR      (standard library only, deterministic)
"""
import csv
import html
import io
import json
import os
import re
import sys
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent


def products_csv():
    p = HERE / ".." / ".." / ".." / "config" / "products.csv"
    if p.exists():
        return p
    return Path("/work/main/config/products.csv")


def load_products():
    out = []
    with open(products_csv(), newline="", encoding="utf-8") as f:
        for r in csv.DictReader(f):
            if "G" in r["org_types"]:
                out.append({"key": r["product_key"], "name": r["name_nl"],
                            "audience": r.get("audience", "")})
    return out


E = html.escape
IDP_DIGID = "digid-sim.test"
IDP_EH = "eherkenning-sim.test"

# --------------------------------------------------------------------------------------
# Organisations
# --------------------------------------------------------------------------------------
ORGS = [
    # code, register name, short, host label, inhabitants, cms, phone
    ("GM1640", "Gemeente Leudal", "Leudal", "leudal", 36211, "pdc", "(0475) 85 90 00"),
    ("GM0273", "Gemeente Putten", "Putten", "putten", 24945, "iprox", "(0341) 35 97 11"),
    ("GM1705", "Gemeente Lingewaard", "Lingewaard", "lingewaard", 47306, "owc", "(026) 326 01 11"),
    ("GM1978", "Gemeente Molenlanden", "Molenlanden", "molenlanden", 45247, "tiles", "14 0184"),
    ("GM0823", "Gemeente Oirschot", "Oirschot", "oirschot", 19456, "drupal", "14 0499"),
    ("GM1954", "Gemeente Beekdaelen", "Beekdaelen", "beekdaelen", 35970, "loket", "14 046"),
    ("GM1742", "Gemeente Rijssen-Holten", "Rijssen-Holten", "rijssen-holten", 38522, "typo3", "14 0548"),
    ("GM0575", "Gemeente Noordwijk", "Noordwijk", "noordwijk", 44129, "go", "14 071"),
    ("GM0098", "Gemeente Weststellingwerf", "Weststellingwerf", "weststellingwerf", 26175, "node", "(0561) 69 22 22"),
    ("GM1979", "Gemeente Eemsdelta", "Eemsdelta", "eemsdelta", 45483, "nlds", "14 0596"),
]

# --------------------------------------------------------------------------------------
# Other bodies (via hosts)
# --------------------------------------------------------------------------------------
VIA = {
    "bsgw": ("www.bsgw.test", "BsGW (Belastingsamenwerking Gemeenten en Waterschappen)", "Mijn BsGW"),
    "svhw": ("www.svhw.test", "SVHW", "Mijn SVHW"),
    "avres": ("www.avres.test", "Avres", "Mijn Avres"),
    "isd": ("www.isdbollenstreek.test", "ISD Bollenstreek", "Mijn ISD"),
    "werk": ("www.werk.test", "werk.nl (UWV)", "Mijn werk.nl"),
    "olo": ("omgevingswet.overheid.test", "Omgevingsloket", "Mijn Omgevingsloket"),
    "rwm": ("www.rwm.test", "RWM", "Mijn RWM"),
    "rd4": ("www.rd4.test", "RD4", "Mijn RD4"),
    "waardlanden": ("www.waardlanden.test", "Waardlanden", "Mijn Waardlanden"),
    "omrin": ("www.omrin.test", "Omrin", "Mijn Omrin"),
    "vbdb": ("www.verbeterdebuurt.test", "Verbeterdebuurt", ""),
    "parkeer": ("noordwijk.parkeerservice.test", "Parkeerservice Noordwijk", "Digitaal loket parkeren"),
    "sdfryslan": ("www.sociaaldomeinfryslan.test", "Sociaal Domein Fryslân", ""),
}

# --------------------------------------------------------------------------------------
# Product route table.  Codes:
#   0 info (desk/phone/appointment)        N info + "online aanvragen is nog niet mogelijk"
#   O online form that only orders a paper form (level 0)
#   P pdf form  W docx form  R rtf form  (33)
#   F online form without login (67)      J Open-Forms-like JS-only anonymous form (67)
#   D DigiD form (100)  Dp DigiD with explicit pre-fill text (strict 100)
#   E eHerkenning form (100)  DE DigiD + eHerkenning (100)  JD JS-only DigiD (100)
#   DP DigiD form plus a PDF alternative (100)
#   X not offered      - not found (no page)
#   @via  the route is on another body's site (see VIA)
# --------------------------------------------------------------------------------------
TABLE = """
product                       leudal      putten     lingewaard  molenlanden oirschot   beekdaelen  rijssen     noordwijk  weststel   eemsdelta
brp-uittreksel                D           D          D           JD          D          D           D           Dp         D          JD
verhuismelding                D           Dp         D           JD          D          D           D           Dp         D          JD
geboorteaangifte              0           D          0           JD          0          0           D           D          0          JD
overlijdensaangifte           0           0          0           0           0          0           0           0          0          0
huwelijksaangifte             D           D          D           JD          D          0           D           D          DP         JD
paspoort                      0           0          0           0           0          0           0           0          0          0
identiteitskaart              0           0          0           0           0          0           0           0          0          0
parkeervergunning             X           X          X           X           P          X           D           D@parkeer  X          D
gehandicaptenparkeerkaart     D           P          D           JD          F          D           P           D          W          JD
gehandicaptenparkeerplaats    P           P          F           J           F          P           P           F          W          J
hondenbelasting               D@bsgw      D          X           D@svhw      D          D@bsgw      D           X          D          D
belastingkwijtschelding       D@bsgw      P          D           D@svhw      P          D@bsgw      D           D          P          D
woz-bezwaar                   D@bsgw      D          D           D@svhw      D          D@bsgw      D           D          D          D
bijstand                      D@werk      D@werk     D@werk      D@avres     D@werk     D@werk      D@werk      D@isd      D@werk     D@werk
bijzondere-bijstand           P           D          P           D@avres     P          D           DP          D@isd      P          D
wmo-voorziening               F           0          F           F@avres     F          0           F           F          0          J
leerlingenvervoer             D           D          D           JD          D          D           D           D          D          JD
grofvuil                      F@rwm       F          D           F@waardlanden F        D@rd4       F           F          F@omrin    J
afvalcontainer                F@rwm       F          F           F@waardlanden F        F@rd4       0           O          F@omrin    J
melding-openbare-ruimte       F           F@vbdb     F           J           F          F           F           F          F          J
omgevingsvergunning           DE@olo      DE@olo     DE@olo      DE@olo      DE@olo     DE@olo      DE@olo      DE@olo     DE@olo     DE@olo
kapvergunning                 DE@olo      DE@olo     DE@olo      DE@olo      DE@olo     DE@olo      X           DE@olo     DE@olo     DE@olo
bouwdossier-inzage            F           F          D           J           F          F           P           F          F          J
bezwaar                       DE          P          DE          JD          DE         0           DE          DE         0          JD
klacht                        F           F          F           J           F          F           F           F          F          J
woo-verzoek                   F           0          F           J           0          F           F           D          P          J
subsidie                      E           P          E           E           P          P           DE          E          P          JD
evenementenvergunning         E           F          E           E           F          P           F           E          F          J
exploitatievergunning-horeca  P           P          E           P           P          P           P           E          W          E
alcoholvergunning             P           P          E           P           P          P           P           E          W          E
terrasvergunning              F           P          E           P           F          P           X           E          W          N
standplaatsvergunning         P           P          P           P           F          P           P           P          W          P
marktvergunning               0           0          0           -           0          -           0           0          -          0
reclamebelasting              -           -          -           -           X          -           0           0          -          X
geluidsontheffing             P           F          E           P           F          P           F           F          W          J
winkeltijdenontheffing        0           X          X           0           -          X           -           X          -          X
kansspelautomaatvergunning    P           P          E           P           P          P           P           P          W          P
collectevergunning            P           X          F           P           F          X           P           F          W          J
ligplaatsvergunning           -           R          -           P           -          -           -           F          P          P
uitwegvergunning              DE@olo      F          DE@olo      DE@olo      F          P           F           DE@olo     P          J
belastingaanslag-bezwaar      D@bsgw      D          D           D@svhw      D          D@bsgw      D           D          D          D
betalingsregeling             D@bsgw      0          D           D@svhw      O          D@bsgw      D           P          0          D
"""


def parse_table():
    lines = [l for l in TABLE.strip().splitlines()]
    hdr = lines[0].split()
    out = {}
    for l in lines[1:]:
        parts = l.split()
        out[parts[0]] = parts[1:]
    assert all(len(v) == 10 for v in out.values()), [k for k, v in out.items() if len(v) != 10]
    return out


# --------------------------------------------------------------------------------------
# Product texts (title variants, description, category)
# --------------------------------------------------------------------------------------
P = {
    "brp-uittreksel": (["Uittreksel BRP", "Uittreksel Basisregistratie Personen (BRP)", "Uittreksel uit de BRP aanvragen"],
                       "burgerzaken", "Met een uittreksel uit de Basisregistratie Personen (BRP) bewijst u waar u woont, wie uw ouders zijn of wat uw burgerlijke staat is. Soms heeft u een internationaal uittreksel nodig.",
                       "Een uittreksel kost € 14,10."),
    "verhuismelding": (["Verhuizing doorgeven", "Verhuizen", "Verhuizing binnen, naar of uit de gemeente"],
                       "burgerzaken", "Gaat u verhuizen? Geef uw nieuwe adres dan door. Dat kan vanaf 4 weken voor uw verhuisdatum tot uiterlijk 5 dagen erna.",
                       "Het doorgeven van uw verhuizing is gratis."),
    "geboorteaangifte": (["Geboorte aangeven", "Aangifte geboorte", "Geboorte"],
                         "burgerzaken", "Is uw kind geboren? Dan moet u binnen 3 dagen aangifte doen. U krijgt de eerste dag na de geboorte een burgerservicenummer voor uw kind.",
                         "Aangifte doen is gratis."),
    "overlijdensaangifte": (["Overlijden aangeven", "Aangifte van overlijden", "Overlijden"],
                            "burgerzaken", "Als iemand overlijdt, moet dit binnen 6 werkdagen worden aangegeven. Bijna altijd regelt de uitvaartverzorger dit voor u.",
                            "De aangifte is gratis."),
    "huwelijksaangifte": (["Trouwen of geregistreerd partnerschap", "Melding voorgenomen huwelijk of partnerschap", "Trouwen en partnerschap"],
                          "burgerzaken", "Wilt u trouwen of een geregistreerd partnerschap aangaan? Dan doet u eerst een melding voorgenomen huwelijk of partnerschap, uiterlijk 2 weken voor de datum.",
                          "De melding is gratis. Voor de ceremonie betaalt u leges."),
    "paspoort": (["Paspoort", "Paspoort aanvragen", "Reisdocument: paspoort"],
                 "burgerzaken", "Een paspoort is 10 jaar geldig voor volwassenen en 5 jaar voor kinderen onder de 18. U vraagt het persoonlijk aan bij de balie.",
                 "Een paspoort voor 18 jaar en ouder kost € 84,45."),
    "identiteitskaart": (["Identiteitskaart", "Identiteitskaart (ID-kaart) aanvragen", "ID-kaart"],
                         "burgerzaken", "Met een Nederlandse identiteitskaart kunt u zich legitimeren en reizen binnen Europa. U vraagt hem persoonlijk aan.",
                         "Een identiteitskaart voor 18 jaar en ouder kost € 77,85."),
    "parkeervergunning": (["Parkeervergunning", "Parkeervergunning bewoners", "Parkeervergunning aanvragen"],
                          "parkeren", "Woont u in een gebied waar betaald parkeren of vergunningparkeren geldt? Dan kunt u een parkeervergunning aanvragen.",
                          "Een bewonersvergunning kost € 62,00 per jaar."),
    "gehandicaptenparkeerkaart": (["Gehandicaptenparkeerkaart", "Gehandicaptenparkeerkaart aanvragen", "Parkeerkaart voor mensen met een handicap"],
                                  "parkeren", "Kunt u door een ziekte of handicap niet ver lopen? Dan kunt u een gehandicaptenparkeerkaart aanvragen. Er volgt een medische keuring.",
                                  "De kaart kost € 161,00, inclusief medische keuring."),
    "gehandicaptenparkeerplaats": (["Gehandicaptenparkeerplaats", "Gehandicaptenparkeerplaats op kenteken", "Gehandicaptenparkeerplaats aanvragen"],
                                   "parkeren", "Heeft u een gehandicaptenparkeerkaart en geen eigen parkeerplek? Dan kunt u een parkeerplaats bij uw woning aanvragen, op kenteken.",
                                   "Aan de aanvraag zijn geen kosten verbonden."),
    "hondenbelasting": (["Hondenbelasting", "Hond aan- of afmelden", "Hondenbelasting, aan- en afmelden"],
                        "belastingen", "Heeft u een hond? Dan betaalt u hondenbelasting. Krijgt u een hond of heeft u geen hond meer, dan meldt u dat.",
                        "Het tarief voor de eerste hond is € 92,40 per jaar."),
    "belastingkwijtschelding": (["Kwijtschelding gemeentelijke belastingen", "Kwijtschelding aanvragen", "Kwijtschelding belastingen"],
                                "belastingen", "Heeft u een laag inkomen en weinig vermogen? Dan kunt u kwijtschelding aanvragen van de afvalstoffenheffing en rioolheffing.",
                                "Kwijtschelding aanvragen is gratis."),
    "woz-bezwaar": (["Bezwaar maken tegen de WOZ-waarde", "WOZ-waarde, bezwaar maken", "Bezwaar maken WOZ"],
                    "belastingen", "Bent u het niet eens met de WOZ-waarde van uw woning? Dan kunt u binnen 6 weken na de datum van de aanslag bezwaar maken.",
                    "Bezwaar maken is gratis."),
    "bijstand": (["Bijstandsuitkering", "Bijstand aanvragen", "Uitkering levensonderhoud (Participatiewet)"],
                 "werk-en-inkomen", "Heeft u niet genoeg inkomen om van te leven? Dan kunt u misschien een bijstandsuitkering krijgen volgens de Participatiewet.",
                 "Aanvragen is gratis."),
    "bijzondere-bijstand": (["Bijzondere bijstand", "Bijzondere bijstand aanvragen", "Bijzondere kosten, bijzondere bijstand"],
                            "werk-en-inkomen", "Heeft u onverwachte, noodzakelijke kosten die u niet zelf kunt betalen? Dan kunt u bijzondere bijstand aanvragen.",
                            "Aanvragen is gratis."),
    "wmo-voorziening": (["Hulp en ondersteuning (Wmo)", "Wmo-voorziening aanvragen", "Wmo: hulp bij het huishouden en hulpmiddelen"],
                        "zorg", "Heeft u hulp nodig om zelfstandig te blijven wonen, bijvoorbeeld hulp bij het huishouden, een scootmobiel of een woningaanpassing? Meld uw hulpvraag bij het Wmo-loket.",
                        "Voor de meeste voorzieningen betaalt u een eigen bijdrage van € 21,00 per maand."),
    "leerlingenvervoer": (["Leerlingenvervoer", "Leerlingenvervoer aanvragen", "Vervoer naar school (leerlingenvervoer)"],
                          "onderwijs", "Kan uw kind door een beperking of een grote afstand niet zelfstandig naar school? Dan kunt u leerlingenvervoer aanvragen.",
                          "Soms betaalt u een eigen bijdrage, afhankelijk van uw inkomen."),
    "grofvuil": (["Grofvuil", "Grof huishoudelijk afval laten ophalen", "Grofvuil aanmelden"],
                 "afval", "Grofvuil is afval dat niet in uw container past, zoals meubels en matrassen. U kunt het laten ophalen of zelf wegbrengen naar de milieustraat.",
                 "Ophalen kost € 25,00 per keer (maximaal 2 m³)."),
    "afvalcontainer": (["Afvalcontainer aanvragen of wijzigen", "Minicontainers", "Container aanvragen, wijzigen of omruilen"],
                       "afval", "Heeft u een nieuwe, extra of grotere container nodig, of is uw container kapot of gestolen? Dan kunt u een container aanvragen of omruilen.",
                       "Een extra container kost € 45,00 per jaar."),
    "melding-openbare-ruimte": (["Melding openbare ruimte", "Meldpunt openbare ruimte", "Melding doen over de buitenruimte"],
                                "wonen", "Ziet u een losliggende stoeptegel, kapotte lantaarnpaal of zwerfvuil? Meld het ons, dan lossen we het op.",
                                "Een melding doen is gratis."),
    "omgevingsvergunning": (["Omgevingsvergunning", "Omgevingsvergunning aanvragen", "Vergunning voor bouwen en verbouwen"],
                            "bouwen", "Wilt u bouwen, verbouwen, slopen of iets anders veranderen aan uw woning of omgeving? Dan heeft u misschien een omgevingsvergunning nodig. Sinds 1 januari 2024 geldt de Omgevingswet.",
                            "De leges hangen af van de bouwkosten. Zie de legesverordening."),
    "kapvergunning": (["Kapvergunning", "Boom kappen", "Bomen kappen (omgevingsvergunning)"],
                      "bouwen", "Wilt u een boom kappen? Voor sommige bomen heeft u een omgevingsvergunning voor het vellen van houtopstand nodig.",
                      "Een kapvergunning kost € 78,00 per aanvraag."),
    "bouwdossier-inzage": (["Bouwtekening opvragen of inzien", "Bouwdossier inzien", "Bouwtekeningen en archief inzien"],
                           "bouwen", "Wilt u de bouwtekening of het bouwdossier van uw huis zien? Vraag dan inzage of een digitale kopie aan bij het archief.",
                           "Inzien is gratis; een digitale kopie kost € 12,50."),
    "bezwaar": (["Bezwaar maken", "Bezwaar maken tegen een besluit", "Bezwaar en beroep"],
                "bestuur", "Bent u het niet eens met een besluit van de gemeente? Dan kunt u binnen 6 weken na de datum van het besluit bezwaar maken.",
                "Bezwaar maken is gratis."),
    "klacht": (["Klacht indienen", "Klacht over de gemeente", "Klachten"],
               "bestuur", "Bent u niet tevreden over hoe een medewerker of bestuurder van de gemeente u heeft behandeld? Dan kunt u een klacht indienen.",
               "Een klacht indienen is gratis."),
    "woo-verzoek": (["Woo-verzoek indienen", "Informatieverzoek (Woo)", "Wet open overheid (Woo), verzoek"],
                    "bestuur", "Op grond van de Wet open overheid (Woo) kunt u de gemeente vragen om informatie openbaar te maken.",
                    "Een Woo-verzoek indienen is gratis."),
    "subsidie": (["Subsidie aanvragen", "Subsidies", "Subsidie voor verenigingen en organisaties"],
                 "subsidies", "Organiseert u als vereniging of stichting activiteiten voor inwoners? Dan kunt u misschien subsidie krijgen volgens de Algemene subsidieverordening.",
                 "Aan de aanvraag zijn geen kosten verbonden."),
    "evenementenvergunning": (["Evenementenvergunning", "Evenement organiseren", "Evenementenvergunning aanvragen"],
                              "vergunningen", "Organiseert u een evenement, zoals een braderie, concert of sportwedstrijd? Dan heeft u meestal een evenementenvergunning nodig. Vraag deze minimaal 8 weken van tevoren aan.",
                              "De leges voor een evenementenvergunning zijn € 117,00."),
    "exploitatievergunning-horeca": (["Exploitatievergunning horeca", "Horecavergunning", "Horecabedrijf starten (exploitatievergunning)"],
                                     "vergunningen", "Wilt u een horecabedrijf beginnen of overnemen? Dan heeft u een exploitatievergunning nodig. Er volgt een Bibob-toets.",
                                     "De leges zijn € 246,00."),
    "alcoholvergunning": (["Alcoholvergunning", "Alcoholwetvergunning", "Vergunning Alcoholwet"],
                          "vergunningen", "Wilt u in uw horecazaak of slijterij alcohol verkopen? Dan heeft u een alcoholvergunning nodig op grond van de Alcoholwet.",
                          "De leges zijn € 361,00."),
    "terrasvergunning": (["Terrasvergunning", "Terras plaatsen", "Terrasvergunning aanvragen"],
                         "vergunningen", "Wilt u een terras bij uw horecazaak? Dan heeft u een terrasvergunning nodig.",
                         "De leges zijn € 98,00."),
    "standplaatsvergunning": (["Standplaatsvergunning", "Standplaats innemen", "Standplaats aanvragen"],
                              "vergunningen", "Wilt u vanaf een vaste plek op de openbare weg iets verkopen, bijvoorbeeld vis of bloemen? Dan heeft u een standplaatsvergunning nodig.",
                              "De leges zijn € 64,50."),
    "marktvergunning": (["Marktvergunning", "Weekmarkt: standplaats op de markt", "Markt"],
                        "vergunningen", "Wilt u een kraam op de weekmarkt? Dan heeft u een marktvergunning (vaste plaats) of een dagplaats nodig.",
                        "Het marktgeld staat in de tarieventabel."),
    "reclamebelasting": (["Reclamebelasting", "Reclame plaatsen", "Reclame-uiting en reclamebelasting"],
                         "belastingen", "Voor reclame die zichtbaar is vanaf de openbare weg betaalt u in het centrum reclamebelasting.",
                         "Het tarief hangt af van de oppervlakte."),
    "geluidsontheffing": (["Geluidsontheffing", "Ontheffing geluidhinder", "Geluid, ontheffing aanvragen"],
                          "vergunningen", "Maakt u meer geluid dan is toegestaan, bijvoorbeeld bij een feest of werkzaamheden 's nachts? Dan heeft u een ontheffing nodig.",
                          "De leges zijn € 45,00."),
    "winkeltijdenontheffing": (["Winkeltijden, ontheffing", "Koopzondagen en winkeltijden", "Ontheffing winkeltijden"],
                               "vergunningen", "Wilt u uw winkel buiten de gewone winkeltijden openen? Dan heeft u mogelijk een ontheffing nodig.",
                               "De leges zijn € 37,00."),
    "kansspelautomaatvergunning": (["Aanwezigheidsvergunning kansspelautomaten", "Speelautomaten", "Gokautomaten (aanwezigheidsvergunning)"],
                                   "vergunningen", "Wilt u in uw horecabedrijf een kansspelautomaat plaatsen? Dan heeft u een aanwezigheidsvergunning nodig.",
                                   "De leges zijn € 56,50 per automaat."),
    "collectevergunning": (["Collectevergunning", "Collecteren", "Geld of goederen inzamelen"],
                           "vergunningen", "Wilt u met een collectebus langs de deuren of op straat geld inzamelen voor een goed doel? Dan heeft u een collectevergunning nodig.",
                           "Aan de vergunning zijn geen kosten verbonden."),
    "ligplaatsvergunning": (["Ligplaatsvergunning", "Ligplaats (woon)boot of ander vaartuig, toestemming", "Ligplaats voor uw boot"],
                            "vergunningen", "Wilt u met uw boot of woonboot een ligplaats innemen in gemeentelijk water? Dan heeft u een ligplaatsvergunning nodig.",
                            "Het liggeld staat in de tarieventabel."),
    "uitwegvergunning": (["Uitrit of inrit aanleggen", "Inrit/uitrit aanleggen", "Uitweg aanleggen of wijzigen"],
                         "bouwen", "Wilt u een inrit of uitrit maken of veranderen, zodat u met de auto op uw eigen terrein kunt parkeren? Dan heeft u een vergunning nodig.",
                         "De leges zijn € 132,00."),
    "belastingaanslag-bezwaar": (["Bezwaar maken tegen de belastingaanslag", "Bezwaar gemeentelijke belastingen", "Bezwaar tegen uw aanslag"],
                                 "belastingen", "Bent u het niet eens met uw aanslag gemeentelijke belastingen? Dan kunt u binnen 6 weken bezwaar maken.",
                                 "Bezwaar maken is gratis."),
    "betalingsregeling": (["Betalingsregeling belastingen", "Betalingsregeling aanvragen", "Belastingen, betalingsregeling"],
                          "belastingen", "Kunt u de aanslag gemeentelijke belastingen niet in één keer of in de normale termijnen betalen? Vraag dan een betalingsregeling aan.",
                          "Een betalingsregeling is gratis."),
}

CAT_NAME = {
    "burgerzaken": "Burgerzaken", "parkeren": "Verkeer en parkeren", "belastingen": "Belastingen",
    "werk-en-inkomen": "Werk en inkomen", "zorg": "Zorg en welzijn", "onderwijs": "Onderwijs",
    "afval": "Afval", "wonen": "Wonen en leefomgeving", "bouwen": "Bouwen en verbouwen",
    "bestuur": "Bestuur en organisatie", "subsidies": "Subsidies", "vergunningen": "Vergunningen",
}
BUSINESS = {"evenementenvergunning", "exploitatievergunning-horeca", "alcoholvergunning", "terrasvergunning",
            "standplaatsvergunning", "marktvergunning", "reclamebelasting", "geluidsontheffing",
            "winkeltijdenontheffing", "kansspelautomaatvergunning"}


def slugify(t):
    t = t.lower().replace("é", "e").replace("ë", "e").replace("ï", "i").replace("ó", "o").replace("â", "a")
    t = t.replace("(", "").replace(")", "").replace("/", "-").replace(",", "").replace(":", "").replace("'", "")
    t = re.sub(r"[^a-z0-9]+", "-", t).strip("-")
    return t


# Product-specific traps: (trap name, kind, label, extra)
# kinds: digid (link to DigiD login start of a sibling form), form (anon sibling form),
#        pdf (regulation/tariff/other pdf), appt (appointment system with its own DigiD login),
#        status (status tracker), pay (payment page), text (text only), order (order paper form)
PTRAPS = {
    "brp-uittreksel": [("trap_sibling_digid_form", "digid", "Geheimhouding van uw gegevens aanvragen (DigiD)"),
                       ("trap_appointment", "appt", "Afspraak maken voor een uittreksel aan de balie")],
    "verhuismelding": [("trap_sibling_pdf_form", "pdf", "Toestemmingsverklaring hoofdbewoner (pdf, 88 kB)"),
                       ("trap_status_tracker", "status", "Bekijk de status van uw verhuismelding")],
    "geboorteaangifte": [("trap_sibling_digid_form", "digid", "Erkenning ongeboren vrucht: afspraak aanvragen met DigiD"),
                         ("trap_appointment", "appt", "Maak een afspraak voor geboorteaangifte")],
    "overlijdensaangifte": [("trap_sibling_form", "form", "Melding grafrechten en onderhoud graf"),
                            ("trap_sibling_digid_form", "digid", "Akte van overlijden opvragen (DigiD)")],
    "huwelijksaangifte": [("trap_sibling_form", "form", "Reserveer een trouwlocatie en datum"),
                          ("trap_tariff_pdf", "pdf", "Tarieven trouwen 2024 (pdf, 64 kB)"),
                          ("trap_sibling_pdf_form", "pdf", "Verklaring getuigen (pdf, 52 kB)")],
    "paspoort": [("trap_appointment_digid", "appt", "Afspraak maken (inloggen met DigiD mogelijk)"),
                 ("trap_consent_pdf", "pdf", "Toestemming reisdocument minderjarige (pdf, 120 kB)"),
                 ("trap_sibling_digid_form", "digid", "Vermissing of diefstal reisdocument melden (DigiD)")],
    "identiteitskaart": [("trap_appointment_digid", "appt", "Direct een afspraak maken"),
                         ("trap_consent_pdf", "pdf", "Toestemmingsformulier minderjarigen (pdf)"),
                         ("trap_status_tracker", "status", "Is mijn ID-kaart klaar? Bekijk de status")],
    "parkeervergunning": [("trap_sibling_form", "form", "Bezoekersregeling: bezoekerstegoed opwaarderen"),
                          ("trap_tariff_pdf", "pdf", "Parkeerverordening 2024 (pdf, 210 kB)"),
                          ("trap_payment", "pay", "Naheffingsaanslag betalen")],
    "gehandicaptenparkeerkaart": [("trap_tariff_pdf", "pdf", "Beleidsregels gehandicaptenparkeervoorzieningen (pdf, 140 kB)"),
                                  ("trap_sibling_form", "form", "Verlies of diefstal parkeerkaart melden")],
    "gehandicaptenparkeerplaats": [("trap_sibling_digid_form", "digid", "Gehandicaptenparkeerkaart aanvragen (DigiD)"),
                                   ("trap_regulation_pdf", "pdf", "Verkeersbesluit gehandicaptenparkeerplaatsen (pdf)")],
    "hondenbelasting": [("trap_tariff_pdf", "pdf", "Tarieven belastingen 2024 (pdf, 98 kB)"),
                        ("trap_sibling_form", "form", "Hondenpoep melden / afvalbakken voor hondenpoep")],
    "belastingkwijtschelding": [("trap_sibling_digid_form", "digid", "Automatische incasso aanvragen (DigiD)"),
                                ("trap_regulation_pdf", "pdf", "Kwijtscheldingsnormen 2024 (pdf)")],
    "woz-bezwaar": [("trap_sibling_digid_form", "digid", "Taxatieverslag opvragen"),
                    ("trap_text_wozwaardeloket", "ext", "Bekijk WOZ-waarden op het WOZ-waardeloket")],
    "bijstand": [("trap_sibling_form", "form", "Vraag een gesprek aan met een klantmanager"),
                 ("trap_sibling_digid_form", "digid", "Wijzigingen doorgeven (inlichtingenformulier)")],
    "bijzondere-bijstand": [("trap_sibling_digid_form", "digid", "Individuele inkomenstoeslag aanvragen"),
                            ("trap_regulation_pdf", "pdf", "Beleidsregels bijzondere bijstand 2024 (pdf)")],
    "wmo-voorziening": [("trap_callback_form", "form", "Bel mij terug"),
                        ("trap_status_tracker", "status", "Bekijk de status van uw Wmo-aanvraag")],
    "leerlingenvervoer": [("trap_regulation_pdf", "pdf", "Verordening leerlingenvervoer (pdf, 180 kB)"),
                          ("trap_sibling_form", "form", "Klacht over de vervoerder melden")],
    "grofvuil": [("trap_payment", "pay", "Betalen met iDEAL"),
                 ("trap_sibling_form", "form", "Melding niet opgehaald afval"),
                 ("trap_tariff_pdf", "pdf", "Acceptatielijst milieustraat (pdf)")],
    "afvalcontainer": [("trap_sibling_form", "form", "Afvalpas aanvragen of blokkeren"),
                       ("trap_tariff_pdf", "pdf", "Afvalkalender 2024 (pdf)")],
    "melding-openbare-ruimte": [("trap_status_tracker", "status", "Bekijk de status van uw melding"),
                                ("trap_app", "ext", "Download de MijnGemeente-app")],
    "omgevingsvergunning": [("trap_vergunningcheck", "olocheck", "Doe eerst de vergunningcheck"),
                            ("trap_tariff_pdf", "pdf", "Legesverordening 2024 (pdf, 312 kB)"),
                            ("trap_sibling_form", "form", "Vooroverleg of principeverzoek aanvragen")],
    "kapvergunning": [("trap_vergunningcheck", "olocheck", "Check of u een vergunning nodig heeft"),
                      ("trap_regulation_pdf", "pdf", "Bomenlijst waardevolle bomen (pdf)")],
    "bouwdossier-inzage": [("trap_appointment", "appt", "Afspraak maken in de studiezaal"),
                           ("trap_sibling_digid_form", "digid", "Omgevingsvergunning aanvragen")],
    "bezwaar": [("trap_sibling_form", "form", "Klacht indienen"),
                ("trap_regulation_pdf", "pdf", "Verordening bezwaarschriftencommissie (pdf)")],
    "klacht": [("trap_sibling_digid_form", "digid", "Bezwaar maken tegen een besluit (DigiD)"),
               ("trap_regulation_pdf", "pdf", "Klachtenregeling (pdf, 77 kB)")],
    "woo-verzoek": [("trap_sibling_form", "form", "Algemene vraag stellen"),
                    ("trap_text_woo_index", "ext", "Bekijk eerder openbaar gemaakte documenten (Woo-index)")],
    "subsidie": [("trap_regulation_pdf", "pdf", "Algemene subsidieverordening (pdf, 250 kB)"),
                 ("trap_sibling_form", "form", "Subsidie verantwoorden (vaststelling)")],
    "evenementenvergunning": [("trap_sibling_form", "form", "Melding klein evenement"),
                              ("trap_sibling_form_festiviteit", "form", "Melding incidentele festiviteit"),
                              ("trap_regulation_pdf", "pdf", "Evenementenbeleid (pdf, 400 kB)")],
    "exploitatievergunning-horeca": [("trap_bibob_pdf", "pdf", "Bibob-vragenlijst (pdf, 310 kB)"),
                                     ("trap_regulation_pdf", "pdf", "Horecaverordening (pdf)")],
    "alcoholvergunning": [("trap_sibling_form", "form", "Ontheffing artikel 35 Alcoholwet (tijdelijk schenken) aanvragen"),
                          ("trap_regulation_pdf", "pdf", "Alcoholverordening (pdf)")],
    "terrasvergunning": [("trap_regulation_pdf", "pdf", "Terrassenbeleid (pdf, 190 kB)"),
                         ("trap_sibling_form", "form", "Melding terrasverwarmer of windscherm")],
    "standplaatsvergunning": [("trap_regulation_pdf", "pdf", "Standplaatsenbeleid (pdf)"),
                              ("trap_sibling_form", "form", "Vraag over beschikbare standplaatsen")],
    "marktvergunning": [("trap_regulation_pdf", "pdf", "Marktverordening (pdf)"),
                        ("trap_sibling_form", "form", "Aanmelden voor de wachtlijst nieuwsbrief markt")],
    "reclamebelasting": [("trap_tariff_pdf", "pdf", "Verordening reclamebelasting 2024 (pdf)"),
                         ("trap_sibling_digid_form", "eh", "Omgevingsvergunning reclame (eHerkenning)")],
    "geluidsontheffing": [("trap_sibling_form_festiviteit", "form", "Melding incidentele festiviteit"),
                          ("trap_regulation_pdf", "pdf", "APV hoofdstuk 4 (pdf)")],
    "winkeltijdenontheffing": [("trap_regulation_pdf", "pdf", "Winkeltijdenverordening (pdf)")],
    "kansspelautomaatvergunning": [("trap_regulation_pdf", "pdf", "Speelautomatenverordening (pdf)"),
                                   ("trap_sibling_form", "form", "Wijziging leidinggevende doorgeven")],
    "collectevergunning": [("trap_regulation_pdf", "pdf", "Collecterooster CBF (pdf)"),
                           ("trap_sibling_form", "form", "Melding huis-aan-huisverkoop")],
    "ligplaatsvergunning": [("trap_tariff_pdf", "pdf", "Tarieven liggeld 2024 (pdf)"),
                            ("trap_payment", "pay", "Passantenliggeld betalen")],
    "uitwegvergunning": [("trap_vergunningcheck", "olocheck", "Vergunningcheck uitweg"),
                         ("trap_sibling_form", "form", "Melding schade aan stoep of trottoirband")],
    "belastingaanslag-bezwaar": [("trap_sibling_digid_form", "digid", "Automatische incasso aanvragen"),
                                 ("trap_tariff_pdf", "pdf", "Tarieven gemeentelijke belastingen 2024 (pdf)")],
    "betalingsregeling": [("trap_payment", "pay", "Aanslag direct betalen met iDEAL"),
                          ("trap_sibling_digid_form", "digid", "Kwijtschelding aanvragen")],
}

# site-specific traps (real sites have their own oddities)
SITE_TRAPS = {
    ("rijssen-holten", "overlijdensaangifte"): [("trap_undertaker_eherkenning", "ehform", "Uitvaartverzorgers: digitale aangifte overlijden (eHerkenning)")],
    ("leudal", "grofvuil"): [("trap_sibling_form", "form", "Tijdslot milieupark reserveren")],
    ("weststellingwerf", "bijstand"): [("trap_contact_form", "form", "Aanmelden bij het Sociaal Team")],
    ("noordwijk", "paspoort"): [("trap_delivery_digid_form", "digid", "Reisdocument thuis laten bezorgen (DigiD)")],
    ("eemsdelta", "wmo-voorziening"): [("trap_survey_form", "form", "Cliëntervaringsonderzoek Wmo invullen")],
    ("putten", "woo-verzoek"): [("trap_contact_form", "form", "Vraag stellen aan de gemeente")],
    ("oirschot", "betalingsregeling"): [("trap_sibling_digid_form", "digid", "Automatische incasso afgeven")],
}

# --------------------------------------------------------------------------------------
# Minimal genuine documents
# --------------------------------------------------------------------------------------


def make_pdf(title, lines):
    def esc(s):
        s = s.encode("latin-1", "replace").decode("latin-1")
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    content = ["BT /F1 16 Tf 50 800 Td (%s) Tj ET" % esc(title)]
    y = 770
    for l in lines:
        content.append("BT /F1 11 Tf 50 %d Td (%s) Tj ET" % (y, esc(l)))
        y -= 18
    stream = "\n".join(content).encode("latin-1", "replace")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        ("<< /Title (%s) /Producer (gemeente) >>" % esc(title)).encode("latin-1", "replace"),
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(out.tell())
        out.write(b"%d 0 obj\n" % i + o + b"\nendobj\n")
    x = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1))
    for o in offs:
        out.write(b"%010d 00000 n \n" % o)
    out.write(b"trailer\n<< /Size %d /Root 1 0 R /Info 6 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, x))
    return out.getvalue()


def make_docx(title, lines):
    buf = io.BytesIO()
    body = "".join("<w:p><w:r><w:t xml:space=\"preserve\">%s</w:t></w:r></w:p>" % E(l) for l in [title] + lines)
    files = {
        "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
        "_rels/.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
        "word/document.xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>%s</w:body></w:document>' % body,
    }
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for n, c in files.items():
            zi = zipfile.ZipInfo(n, date_time=(2024, 1, 2, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, c)
    return buf.getvalue()


def make_rtf(title, lines):
    def esc(s):
        return "".join(c if ord(c) < 128 else "\\'%02x" % ord(c.encode("cp1252", "replace")[0:1] or b"?") if False else (c if ord(c) < 128 else "\\u%d?" % ord(c)) for c in s)
    return ("{\\rtf1\\ansi\\deff0{\\fonttbl{\\f0 Arial;}}\\f0\\fs28 %s\\par\\fs22 %s\\par}" % (
        esc(title), "\\par ".join(esc(l) for l in lines))).encode("ascii")


# --------------------------------------------------------------------------------------
# Writer
# --------------------------------------------------------------------------------------
class Web:
    def __init__(self, out):
        self.out = Path(out)
        self.files = {}
        self.redirects = []
        self.host_redirects = []
        self.not_found = []
        self.searches = []
        self.search_idx = {}

    def put(self, url, data):
        assert url.startswith("http://"), url
        rest = url[len("http://"):]
        host, _, path = rest.partition("/")
        path = "/" + path
        if path.endswith("/"):
            path += "index.html"
        key = host + path
        if isinstance(data, str):
            data = data.encode("utf-8")
        if key in self.files and self.files[key] != data:
            raise SystemExit("conflicting content for " + url)
        self.files[key] = data

    def has(self, url):
        rest = url[len("http://"):]
        host, _, path = rest.partition("/")
        path = "/" + path
        if path.endswith("/"):
            path += "index.html"
        return (host + path) in self.files

    def write(self):
        keys = set(self.files)
        bad = []
        for k in keys:
            parts = k.split("/")
            for i in range(1, len(parts)):
                if "/".join(parts[:i]) in keys:
                    bad.append(k)
        if bad:
            raise SystemExit("file/dir conflicts: %s" % sorted(bad)[:20])
        for key in sorted(self.files):
            p = self.out / "sites" / key
            p.parent.mkdir(parents=True, exist_ok=True)
            p.write_bytes(self.files[key])


def h(title):
    return E(title)


# ---------------------------------------------------------------------- identity providers / via bodies

def simple_page(title, body, lang="nl", extra_head="", cls=""):
    return ("<!DOCTYPE html>\n<html lang=\"%s\" class=\"%s\">\n<head><meta charset=\"utf-8\"><title>%s</title>"
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">%s</head>\n<body>\n%s\n</body>\n</html>\n"
            % (lang, cls, E(title), extra_head, body))


def build_idps(web):
    web.put("http://%s/inloggen" % IDP_DIGID, simple_page(
        "DigiD | Inloggen",
        "<header><img src=\"/img/digid-logo.svg\" alt=\"DigiD\"></header><main><h1>Inloggen bij %%s</h1>"
        "<p>Kies hoe u wilt inloggen.</p>"
        "<form method=\"post\" action=\"/inloggen-gebruikersnaam\"><label>DigiD gebruikersnaam <input name=\"u\"></label>"
        "<label>Wachtwoord <input type=\"password\" name=\"p\"></label><button>Inloggen</button></form>"
        "<p><a href=\"/inloggen-app\">Inloggen met de DigiD app</a> · <a href=\"/inloggen-annuleren\">Annuleren</a></p></main>"))
    web.put("http://%s/img/digid-logo.svg" % IDP_DIGID, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"46\" height=\"46\"><rect width=\"46\" height=\"46\" fill=\"#000\"/><text x=\"4\" y=\"30\" fill=\"#fff\">DigiD</text></svg>")
    for p in ("gebruikersnaam", "app", "annuleren"):
        web.put("http://%s/inloggen-%s" % (IDP_DIGID, p), simple_page("DigiD", "<h1>DigiD</h1><p>Simulatie: hier eindigt de test.</p><p><a href=\"/inloggen\">Terug</a></p>"))
    web.put("http://%s/kies-leverancier" % IDP_EH, simple_page(
        "eHerkenning | Kies uw leverancier",
        "<main><h1>Inloggen met eHerkenning</h1><p>Selecteer de leverancier van uw inlogmiddel.</p><ul>"
        "<li><a href=\"/leverancier/kpn\">KPN</a></li><li><a href=\"/leverancier/connectis\">Connectis</a></li>"
        "<li><a href=\"/leverancier/eidas\">Inloggen met een Europees erkend inlogmiddel (eIDAS)</a></li></ul></main>"))
    for p in ("kpn", "connectis", "eidas"):
        web.put("http://%s/leverancier/%s" % (IDP_EH, p), simple_page("eHerkenning", "<h1>eHerkenning</h1><p>Simulatie: hier eindigt de test.</p><p><a href=\"/kies-leverancier\">Terug</a></p>"))


def login_start(web, host, path, kind="digid"):
    """A login start URL that answers 302 to the IdP."""
    url = "http://%s%s" % (host, path)
    loc = "http://%s/inloggen" % IDP_DIGID if kind == "digid" else "http://%s/kies-leverancier" % IDP_EH
    if not any(r["url"] == url for r in web.redirects):
        web.redirects.append({"url": url, "status": 302, "location": loc})
    return url


# ---------------------------------------------------------------------- site chrome per CMS

CMS_LABEL = {
    "pdc": "PDC-catalogus (SDU-achtig), /loket/producten-en-diensten/<slug>",
    "iprox": "iprox, /Inwoners/<Sectie>/<Titel_Met_Underscores>",
    "owc": "OpenWebConcept WordPress, /onderwerp/<slug>/",
    "tiles": "Tiles-achtig CMS, /<slug>",
    "drupal": "Drupal (Wat is het? / Hoe werkt het?), /<slug>",
    "loket": "pdcloket, loket.<gemeente>/producten/<slug>",
    "typo3": "TYPO3, /index.php?id=<n>",
    "go": "GemeenteOplossingen SIMsite, /home/producten-en-diensten_43571/product/<slug>_<id>.html",
    "node": "Drupal met /node/<n>-aliassen, /onderwerpen/<slug>",
    "nlds": "NL Design System, /direct-regelen/<categorie>/<slug>",
}


class Site:
    def __init__(self, idx, org):
        (self.code, self.name, self.short, self.label, self.inh, self.cms, self.phone) = org
        self.idx = idx
        self.host = "www.%s.test" % self.label
        self.base = "http://%s" % self.host
        self.mijn = "mijn.%s.test" % self.label
        self.loket = "loket.%s.test" % self.label
        self.search_param = {"iprox": "zoeken_term", "go": "trefwoord", "typo3": "tx_solr[q]"}.get(self.cms, "q")

    # product page URL
    def purl(self, key, title):
        s = slugify(title)
        cat = P[key][1]
        n = 40000 + (abs(hash_s(key)) % 9000)
        if self.cms == "pdc":
            return self.base + "/loket/producten-en-diensten/" + s
        if self.cms == "iprox":
            sec = "Ondernemers" if key in BUSINESS else "Inwoners"
            sub = CAT_NAME[cat].replace(" ", "_")
            t = title[0].upper() + title[1:]
            t = re.sub(r"[^A-Za-z0-9]+", "_", t).strip("_")
            return self.base + "/%s/%s/%s" % (sec, sub, t)
        if self.cms == "owc":
            return self.base + "/onderwerp/%s/" % s
        if self.cms in ("tiles", "drupal"):
            return self.base + "/" + s
        if self.cms == "loket":
            return "http://%s/producten/%s" % (self.loket, s)
        if self.cms == "typo3":
            return self.base + "/index.php?id=%d" % (1100 + sorted(P).index(key) * 7)
        if self.cms == "go":
            return self.base + "/home/producten-en-diensten_43571/product/%s_%d.html" % (s, n)
        if self.cms == "node":
            return self.base + "/onderwerpen/" + s
        if self.cms == "nlds":
            return self.base + "/direct-regelen/%s/%s" % (cat, s)
        raise ValueError(self.cms)

    def page(self, title, body, crumbs=(), aside=""):
        S = self.short
        mijn_link = "http://%s/" % self.mijn
        search = self.base + "/zoeken"
        cookie = ("<div id=\"cookiebanner\" class=\"cookie-consent\" role=\"dialog\"><p>%s gebruikt cookies om de website te verbeteren. "
                  "Lees meer in onze <a href=\"%s/privacyverklaring\">privacyverklaring</a>.</p>"
                  "<button type=\"button\" data-consent=\"accept\">Alle cookies accepteren</button> "
                  "<button type=\"button\" data-consent=\"necessary\">Alleen noodzakelijke cookies</button></div>") % (E(self.name), self.base)
        crumb = " &gt; ".join(["<a href=\"%s/\">Home</a>" % self.base] + ["<a href=\"%s\">%s</a>" % (u, E(t)) for u, t in crumbs])
        top = TOPTAKEN[self.idx % len(TOPTAKEN)]
        mega = "".join("<li><a href=\"%s\">%s</a></li>" % (self.base + "/" + slugify(c), E(c)) for c in ("Wonen en leven", "Zorg en inkomen", "Ondernemen", "Bestuur en organisatie"))
        footer = ("<footer class=\"site-footer\"><div><h2>Contact</h2><p>%s<br>Telefoon %s<br>"
                  "<a href=\"mailto:info@%s.nl\">info@%s.nl</a></p><p><a href=\"%s/contact\">Contactformulier</a> · "
                  "<a href=\"%s/nieuwsbrief\">Aanmelden nieuwsbrief</a></p></div>"
                  "<div><img src=\"%s/static/img/digid.png\" alt=\"Logo DigiD\"> <a href=\"%s\">Inloggen met DigiD</a></div>"
                  "<ul><li><a href=\"%s/privacyverklaring\">Privacy</a></li><li><a href=\"%s/toegankelijkheid\">Toegankelijkheid</a></li>"
                  "<li><a href=\"%s/producten-a-z\">Alle producten en diensten (A-Z)</a></li><li><a href=\"%s/sitemap.xml\">Sitemap</a></li></ul></footer>") % (
            E(self.name), E(self.phone), self.label, self.label, self.base, self.base, self.base, mijn_link,
            self.base, self.base, self.base, self.base)
        header = ("<header class=\"header\"><a class=\"logo\" href=\"%s/\"><img src=\"%s/static/img/logo.svg\" alt=\"Logo %s\"></a>"
                  "<form class=\"search\" action=\"%s\" method=\"get\"><label for=\"q\">Zoeken</label><input id=\"q\" name=\"%s\"><button>Zoek</button></form>"
                  "<a class=\"mijn\" href=\"%s\">Mijn %s</a></header>"
                  "<nav class=\"mega-menu\" aria-label=\"Hoofdmenu\"><ul>%s</ul>"
                  "<div class=\"direct-regelen\"><h2>Direct regelen</h2><ul>%s</ul></div></nav>") % (
            self.base, self.base, E(S), search, E(self.search_param), mijn_link, E(S), mega, top(self))
        c = self.cms
        if c == "iprox":
            main = "<div id=\"content\" class=\"iprox-content\"><div class=\"breadcrumb\">U bent hier: %s</div><h1>%s</h1>%s</div>" % (crumb, E(title), body)
        elif c == "owc":
            main = "<main class=\"owc-pdc\"><nav class=\"breadcrumb\">%s</nav><article class=\"pdc-item\"><h1 class=\"pdc-item__title\">%s</h1>%s</article></main>" % (crumb, E(title), body)
        elif c == "go":
            main = "<div id=\"main\"><div class=\"kruimelpad\">%s</div><div class=\"product\"><h1>%s</h1>%s</div></div>" % (crumb, E(title), body)
        elif c == "nlds":
            main = "<main class=\"utrecht-page-content\"><nav class=\"utrecht-breadcrumb\">%s</nav><h1 class=\"utrecht-heading-1\">%s</h1>%s</main>" % (crumb, E(title), body)
        elif c == "typo3":
            main = "<div id=\"c1\" class=\"frame frame-default\"><p class=\"rootline\">%s</p><h1>%s</h1>%s</div>" % (crumb, E(title), body)
        else:
            main = "<main id=\"main-content\"><nav class=\"breadcrumbs\">%s</nav><h1>%s</h1>%s</main>" % (crumb, E(title), body)
        extra = ""
        if aside:
            main += "<aside class=\"sidebar\">%s</aside>" % aside
        gen = {"iprox": "iprox.", "owc": "WordPress 6.4", "drupal": "Drupal 10 (https://www.drupal.org)", "node": "Drupal 9 (https://www.drupal.org)",
               "typo3": "TYPO3 CMS", "go": "SIMsite", "tiles": "Tiles", "pdc": "SDU PDC", "loket": "PDC loket", "nlds": "NL Design System"}[c]
        head = "<meta name=\"generator\" content=\"%s\"><link rel=\"stylesheet\" href=\"%s/static/css/site.css\">" % (E(gen), self.base)
        return simple_page("%s | %s" % (title, self.name), cookie + header + main + footer, extra_head=head,
                           cls="utrecht-document" if c == "nlds" else "")


def hash_s(s):
    v = 0
    for ch in s:
        v = (v * 131 + ord(ch)) % 1000003
    return v


# Toptaken / "Direct regelen" boxes: they link to other products' forms (site-wide traps)
def _top_a(s):
    return ("<li><a href=\"%s\">Verhuizing doorgeven</a></li><li><a href=\"%s\">Afspraak maken</a></li>"
            "<li><a href=\"%s\">Melding openbare ruimte</a></li><li><a href=\"%s/afvalkalender\">Afvalkalender</a></li>") % (
        s.route_for_top("verhuismelding"), s.appt_url(), s.route_for_top("melding-openbare-ruimte"), s.base)


def _top_b(s):
    return ("<li><a href=\"%s\">Paspoort en ID-kaart</a></li><li><a href=\"%s\">Uittreksel BRP aanvragen (DigiD)</a></li>"
            "<li><a href=\"%s\">Afspraak maken</a></li><li><a href=\"%s\">Iets melden</a></li>") % (
        s.top_product_url("paspoort"), s.route_for_top("brp-uittreksel"), s.appt_url(), s.route_for_top("melding-openbare-ruimte"))


TOPTAKEN = [_top_a, _top_b]


# --------------------------------------------------------------------------------------
# Form platforms
# --------------------------------------------------------------------------------------
PLATFORM = {
    "leudal": "iform", "putten": "triple", "lingewaard": "gravity", "molenlanden": "openforms",
    "oirschot": "formdesk", "beekdaelen": "wizard", "rijssen-holten": "esuite", "noordwijk": "simform",
    "weststellingwerf": "formdesk", "eemsdelta": "openforms",
}
PLATFORM_LABEL = {
    "iform": "iForm-achtig op zaken.<gemeente>.test/pls/iform/…, DigiD-knop op de intropagina",
    "triple": "TriplEforms .aspx op formulieren.<gemeente>.test, DigiD-knop op het formulier",
    "gravity": "Gravity Forms op mijn.<gemeente>.test (OWC); DigiD-formulieren sturen direct door (302)",
    "openforms": "Open-Forms-achtig (formulieren.<gemeente>.test), formulier en loginknoppen pas na JavaScript",
    "formdesk": "Formdesk (fdN.formdesk.test/<klant>/…), DigiD-knop op het formulier",
    "wizard": "meerstaps-wizard op loket.<gemeente>.test/formulieren/<slug>/stap-1; DigiD-start direct gelinkt",
    "esuite": "eSuite-achtig eloket.<gemeente>.test; DigiD-start direct gelinkt",
    "simform": "SIM e-formulieren op formulieren.<gemeente>.test, DigiD-knop op het formulier",
}


def camel(s):
    return "".join(w.capitalize() for w in slugify(s).split("-"))


def form_fields(title, extra=""):
    return ("<p class=\"required-legend\">Velden met een * zijn verplicht</p>"
            "<fieldset><legend>Uw gegevens</legend><label>Naam * <input name=\"naam\" required></label>"
            "<label>Adres * <input name=\"adres\" required></label><label>E-mailadres * <input type=\"email\" name=\"email\" required></label>"
            "<label>Telefoonnummer <input name=\"telefoon\"></label></fieldset>"
            "<fieldset><legend>%s</legend><label>Toelichting * <textarea name=\"toelichting\" required></textarea></label>"
            "<label>Bijlage (max. 2 MB, pdf, doc, docx) <input type=\"file\" name=\"bijlage\"></label>%s</fieldset>") % (E(title), extra)


class Platform:
    def __init__(self, web, site):
        self.web, self.site = web, site
        self.kind = PLATFORM[site.label]
        L = site.label
        self.host = {"iform": "zaken.%s.test" % L, "triple": "formulieren.%s.test" % L, "gravity": "mijn.%s.test" % L,
                     "openforms": "formulieren.%s.test" % L, "formdesk": ("fd8.formdesk.test" if L == "oirschot" else "fd11.formdesk.test"),
                     "wizard": "loket.%s.test" % L, "esuite": "eloket.%s.test" % L, "simform": "formulieren.%s.test" % L}[self.kind]
        self.fd = "gemeente" + L.replace("-", "")

    def _page(self, title, body, script="", cls=""):
        S = self.site
        head = ""
        if self.kind == "openforms":
            head = "<link rel=\"stylesheet\" href=\"/static/sdk/open-forms-sdk.css\">"
            cls = "openforms-theme utrecht-document"
        hdr = "<header><img src=\"http://%s/static/img/logo.svg\" alt=\"%s\"> <span>%s</span></header>" % (S.host, E(S.name), E(S.name))
        return simple_page("%s - %s" % (title, S.name), hdr + "<main>" + body + "</main>" + script, extra_head=head, cls=cls)

    def _base_files(self):
        if self.kind == "openforms":
            self.web.put("http://%s/static/sdk/open-forms-sdk.css" % self.host, "/* open forms sdk */ .openforms-theme{font-family:sans-serif}\n")
            self.web.put("http://%s/static/sdk/open-forms-sdk.mjs" % self.host, "export class OpenForm{constructor(el,o){this.el=el;this.o=o}init(){}}\n")
            self.web.put("http://%s/static/img/digid.png" % self.host, PNG)
            self.web.put("http://%s/static/img/eherkenning.png" % self.host, PNG)
            self.web.put("http://%s/api/v2/" % self.host, "<!DOCTYPE html><html><head><title>API</title></head><body><p>Open Formulieren API</p></body></html>")
        self.web.put(self.submit_url(), self._page("Bedankt", "<h1>Bedankt voor uw bericht</h1><p>U ontvangt een bevestiging per e-mail.</p>"))

    def submit_url(self):
        return {"iform": "http://%s/pls/iform/verzenden", "triple": "http://%s/TriplEforms/DirectRegelen/Verzonden.aspx",
                "gravity": "http://%s/bedankt/", "openforms": "http://%s/api/v2/submissions/bevestiging",
                "formdesk": "http://%s/" + self.fd + "/verzonden", "wizard": "http://%s/formulieren/verzonden",
                "esuite": "http://%s/formulier/verzonden", "simform": "http://%s/formulier/verzonden"}[self.kind] % self.host

    def anon(self, title):
        """anonymous online form; returns its URL"""
        s = slugify(title)
        k = self.kind
        act = self.submit_url()
        if k == "iform":
            url = "http://%s/pls/iform/formulier/%s" % (self.host, s)
        elif k == "triple":
            url = "http://%s/TriplEforms/DirectRegelen/formulier/nl-NL/ev%s/%s.aspx" % (self.host, camel(self.site.short), camel(title))
        elif k == "gravity":
            url = "http://%s/%s/" % (self.host, s)
        elif k == "openforms":
            url = "http://%s/%s/" % (self.host, s)
            self.web.put(url, self._openforms_page(title, s, None))
            return url
        elif k == "formdesk":
            url = "http://%s/%s/%s" % (self.host, self.fd, s)
        elif k == "wizard":
            url = "http://%s/formulieren/%s/stap-1" % (self.host, s)
            self.web.put("http://%s/formulieren/%s/stap-2" % (self.host, s), self._page(title, "<h1>%s</h1><p>Stap 2 van 3: Controleren</p><form method=\"post\" action=\"%s\"><button>Verzenden</button></form><p><a href=\"stap-1\">Vorige stap</a></p>" % (E(title), act)))
            self.web.put(url, self._page(title, "<h1>%s</h1><p>Stap 1 van 3: Uw gegevens</p><form method=\"post\" action=\"stap-2\">%s<button>Volgende stap</button></form>" % (E(title), form_fields(title))))
            return url
        else:
            url = "http://%s/formulier/%s" % (self.host, s)
        mark = ""
        if k == "gravity":
            mark = "<div class=\"gform_wrapper\"><p class=\"gform_required_legend\">\"<span class=\"gfield_required\">*</span>\" geeft vereiste velden aan</p>"
        body = "<h1>%s</h1>%s<form method=\"post\" action=\"%s\" class=\"%s\">%s<button type=\"submit\">Verzenden</button></form>%s" % (
            E(title), mark, act, "gform" if k == "gravity" else "webform", form_fields(title), "</div>" if mark else "")
        self.web.put(url, self._page(title, body))
        return url

    def _openforms_page(self, title, s, auth):
        root = ("<div class=\"open-forms-sdk-root\" id=\"openforms-container\" data-sdk-module=\"/static/sdk/open-forms-sdk.mjs\" "
                "data-form-id=\"%s\" data-base-url=\"http://%s/api/v2/\" data-base-path=\"/%s/\"></div>") % (s, self.host, s)
        if auth:
            btns = "".join(
                "<a class=\\\"utrecht-button\\\" href=\\\"/auth/%s/%s/start\\\"><img src=\\\"/static/img/%s.png\\\" alt=\\\"\\\"> Inloggen met %s</a>" % (
                    s, a, "digid" if a == "digid" else "eherkenning", "DigiD" if a == "digid" else "eHerkenning") for a in auth)
            inner = "<h1>%s</h1><p>Log in om het formulier te starten.</p>%s" % (E(title), btns)
        else:
            inner = ("<h1>%s</h1><form method=\\\"post\\\" action=\\\"/api/v2/submissions/bevestiging\\\"><label>Naam <input name=\\\"naam\\\"></label>"
                     "<label>E-mailadres <input name=\\\"email\\\"></label><label>Omschrijving <textarea name=\\\"omschrijving\\\"></textarea></label>"
                     "<button type=\\\"submit\\\">Formulier starten</button></form>") % E(title)
        script = ("<script type=\"module\">\n// new OpenForm(element, {baseUrl, formId}) renders the form\n"
                  "const el = document.getElementById('openforms-container');\n"
                  "el.innerHTML = \"%s\";\n</script>") % inner
        body = "<noscript>Schakel JavaScript in om dit formulier te gebruiken.</noscript>" + root
        return self._page(title, body, script=script)

    def login(self, title, kinds=("digid",), prefill=False):
        """form behind DigiD/eHerkenning.  Returns (route_url, {kind: start_url})"""
        s = slugify(title)
        k = self.kind
        starts = {}
        pre = ("<p class=\"prefill\">Na het inloggen met DigiD vullen wij uw gegevens (naam, adres en burgerservicenummer) alvast voor u in.</p>" if prefill else "")
        if k == "openforms":
            url = "http://%s/%s/" % (self.host, s)
            for a in kinds:
                starts[a] = login_start(self.web, self.host, "/auth/%s/%s/start" % (s, a), a)
            self.web.put(url, self._openforms_page(title, s, kinds))
            return url, starts
        if k == "gravity":
            url = login_start(self.web, self.host, "/%s/" % s, kinds[0])
            starts[kinds[0]] = url
            for a in kinds[1:]:
                starts[a] = login_start(self.web, self.host, "/%s-%s/" % (s, a), a)
            return url, starts
        if k in ("wizard", "esuite"):
            for a in kinds:
                p = ("/formulieren/%s/inloggen-%s" % (s, a)) if k == "wizard" else ("/%s/%s" % (a, s))
                starts[a] = login_start(self.web, self.host, p, a)
            return starts[kinds[0]], starts
        # intro page with buttons
        if k == "iform":
            url = "http://%s/pls/iform/formulier/%s" % (self.host, s)
            sp = lambda a: "/pls/iform/%s/%s" % (a, s)
        elif k == "triple":
            url = "http://%s/TriplEforms/DirectRegelen/formulier/nl-NL/ev%s/%s.aspx" % (self.host, camel(self.site.short), camel(title))
            sp = lambda a: "/TriplEforms/DirectRegelen/%s/%s.aspx" % ("DigiD" if a == "digid" else "eHerkenning", camel(title))
        elif k == "formdesk":
            url = "http://%s/%s/%s" % (self.host, self.fd, s)
            sp = lambda a: "/%s/%s/%s" % (self.fd, a, s)
        else:
            url = "http://%s/formulier/%s" % (self.host, s)
            sp = lambda a: "/%s/%s" % (a, s)
        btn = ""
        for a in kinds:
            starts[a] = login_start(self.web, self.host, sp(a), a)
            btn += "<p><a class=\"button login-%s\" href=\"%s\">Inloggen met %s</a></p>" % (a, starts[a], "DigiD" if a == "digid" else "eHerkenning")
        body = "<h1>%s</h1><p>Voor dit formulier moet u inloggen. U wordt na 15 minuten inactiviteit automatisch uitgelogd bij DigiD.</p>%s%s" % (E(title), pre, btn)
        self.web.put(url, self._page(title, body))
        return url, starts


PNG = (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00\x1f\x15\xc4\x89"
       b"\x00\x00\x00\rIDATx\x9cc\xf8\x0f\x00\x00\x01\x01\x00\x05\x18\xd8N\x00\x00\x00\x00IEND\xaeB`\x82")


# --------------------------------------------------------------------------------------
# Other bodies' sites (via)
# --------------------------------------------------------------------------------------
class Via:
    def __init__(self, web):
        self.web = web
        self.made = set()

    def home(self, key):
        host, name, mijn = VIA[key]
        if key in self.made:
            return
        self.made.add(key)
        links = ""
        if mijn:
            start = login_start(self.web, host, "/mijn/inloggen", "digid")
            links = "<p><a class=\"login\" href=\"%s\">Inloggen %s (DigiD)</a></p>" % (start, E(mijn))
        self.web.put("http://%s/" % host, simple_page(name, "<header><h1>%s</h1>%s</header><main><p>Welkom bij %s.</p>"
                                                      "<p><a href=\"/contact\">Contact</a></p></main>" % (E(name), links, E(name))))
        self.web.put("http://%s/contact" % host, simple_page("Contact - " + name, "<h1>Contact</h1><form method=\"post\" action=\"/contact\">%s<button>Verstuur</button></form><p><a href=\"/\">Home</a></p>" % form_fields("Uw vraag")))
        self.web.host_redirects.append({"host": host.replace("www.", "", 1), "status": 301, "to": host}) if host.startswith("www.") else None

    def route(self, key, pkey, code, gm):
        """Build the other body's page and route.  Returns (via_page_url, route_url, signals, strict)."""
        self.home(key)
        host, name, mijn = VIA[key]
        title = P[pkey][0][0]
        ps = slugify(title)
        sig = []
        strict100 = False
        if key == "olo":
            return self.olo(pkey)
        page = "http://%s/%s/%s" % (host, slugify(gm.short), ps) if key in ("bsgw", "svhw", "rwm", "rd4", "waardlanden", "omrin", "vbdb") else "http://%s/%s" % (host, ps)
        body = "<h1>%s</h1><p>%s</p>" % (E(title), E(P[pkey][2]))
        if key in ("bsgw", "svhw"):
            body = "<h1>%s %s</h1><p>%s voert de gemeentelijke belastingen uit voor de gemeente %s.</p><p>%s</p>" % (
                E(title), E(gm.short), E(name), E(gm.short), E(P[pkey][2]))
        if code.startswith("D"):
            start = login_start(self.web, host, "/mijn/%s/digid" % ps, "digid")
            body += "<h2>Direct regelen</h2><p><a class=\"btn-digid\" href=\"%s\"><img src=\"/img/digid.svg\" alt=\"DigiD\"> Inloggen met DigiD</a></p>" % start
            if key in ("bsgw", "svhw") and pkey in ("hondenbelasting",):
                body += "<p>Heeft u een bedrijf? <a href=\"%s\">Inloggen met eHerkenning</a></p>" % login_start(self.web, host, "/mijn/%s/eherkenning" % ps, "eherkenning")
            route = start
            sig = ["digid"]
        elif code.startswith("F"):
            route = "http://%s/formulier/%s" % (host, ps)
            self.web.put(route, simple_page(title + " - " + name, "<h1>%s</h1><form method=\"post\" action=\"/formulier/verzonden\">%s<button>Verzenden</button></form>" % (E(title), form_fields(title))))
            self.web.put("http://%s/formulier/verzonden" % host, simple_page("Verzonden", "<h1>Bedankt</h1><p><a href=\"/\">Home</a></p>"))
            body += "<p><a class=\"button\" href=\"%s\">Online aanmelden</a></p>" % route
            sig = ["online_form"]
            if key in ("rwm", "rd4", "waardlanden", "omrin") and mijn:
                body += "<p>Of log in op <a href=\"http://%s/mijn/inloggen\">%s</a> om uw afspraken te bekijken.</p>" % (host, E(mijn))
                sig.append("trap_via_portal_login")
            if pkey == "grofvuil":
                body += "<p>Na het aanmelden betaalt u via <a href=\"/betalen\">iDEAL</a>.</p>"
                self.web.put("http://%s/betalen" % host, simple_page("Betalen", "<h1>Betalen met iDEAL</h1><form action=\"/betalen\" method=\"post\"><select name=\"bank\"><option>ING</option></select><button>Betalen</button></form>"))
        else:
            raise ValueError(code)
        if key == "vbdb":
            body += "<p>Verbeterdebuurt stuurt uw melding door naar de gemeente %s.</p>" % E(gm.short)
        self.web.put(page, simple_page("%s | %s" % (title, name), "<header><a href=\"/\">%s</a></header><main>%s</main>" % (E(name), body)))
        self.web.put("http://%s/img/digid.svg" % host, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"46\" height=\"46\"><rect width=\"46\" height=\"46\"/></svg>")
        return page, route, sig, strict100

    def olo(self, pkey):
        host = VIA["olo"][0]
        self.home("olo")
        if "aanvragen" not in self.made:
            self.made.add("aanvragen")
            d = login_start(self.web, host, "/auth/digid/start", "digid")
            e = login_start(self.web, host, "/auth/eherkenning/start", "eherkenning")
            self.web.put("http://%s/aanvragen" % host, simple_page("Aanvragen | Omgevingsloket", (
                "<h1>Aanvraag of melding indienen</h1><p>Log in om een aanvraag of melding in te dienen bij de gemeente, provincie of het waterschap.</p>"
                "<p class=\"prefill\">Na het inloggen vullen wij uw gegevens die bekend zijn bij de overheid (naam, adres, KvK-nummer) alvast voor u in.</p>"
                "<ul><li><a href=\"%s\">Inloggen met DigiD</a> (particulier)</li><li><a href=\"%s\">Inloggen met eHerkenning</a> (bedrijf)</li></ul>"
                "<p><a href=\"/vergunningcheck\">Eerst de vergunningcheck doen</a></p>") % (d, e)))
            self.web.put("http://%s/vergunningcheck" % host, simple_page("Vergunningcheck | Omgevingsloket",
                "<h1>Vergunningcheck</h1><p>Check of u een vergunning nodig heeft. U hoeft niet in te loggen.</p>"
                "<form action=\"/vergunningcheck-resultaat\" method=\"get\"><label>Adres <input name=\"adres\"></label><button>Start de check</button></form>"))
            self.web.put("http://%s/vergunningcheck-resultaat" % host, simple_page("Resultaat vergunningcheck", "<h1>Resultaat</h1><p>U heeft mogelijk een vergunning nodig. <a href=\"/aanvragen\">Aanvragen</a></p>"))
        url = "http://%s/aanvragen" % host
        return url, url, ["digid", "eherkenning", "prefill"], True


# --------------------------------------------------------------------------------------
# Site builder
# --------------------------------------------------------------------------------------
def level_of(base):
    if base in ("0", "N", "O"):
        return 0
    if base in ("P", "W", "R"):
        return 33
    if base in ("F", "J"):
        return 67
    return 100


HEADINGS = {
    "pdc": ("Wat is het?", "Hoe vraag ik het aan?", "Wat kost het?", "Wat moet ik meenemen?"),
    "iprox": ("Omschrijving", "Aanvragen", "Kosten", "Voorwaarden"),
    "owc": ("Beschrijving", "Aanvragen", "Kosten", "Voorwaarden"),
    "tiles": ("Wat moet u weten?", "Regel het direct", "Kosten", "Wat heeft u nodig?"),
    "drupal": ("Wat is het?", "Wat moet ik doen?", "Wat kost het?", "Hoe werkt het?"),
    "loket": ("Omschrijving", "Aanvragen", "Kosten", "Voorwaarden"),
    "typo3": ("Omschrijving", "Aanvraag", "Kosten", "Bijzonderheden"),
    "go": ("Algemene omschrijving", "Hoe aan te vragen", "Kosten", "Termijnen"),
    "node": ("Wat is het?", "Hoe werkt het?", "Wat kost het?", "Wat moet ik doen?"),
    "nlds": ("Wat is het?", "Aanvragen", "Kosten", "Voorwaarden"),
}

NOT_OFFERED = {
    "parkeervergunning": "In de gemeente %s geldt nergens betaald parkeren of vergunningparkeren. Een parkeervergunning voor bewoners is daarom niet nodig en kunt u niet aanvragen. Wel zijn er blauwe zones.",
    "hondenbelasting": "De gemeente %s heft geen hondenbelasting meer. U hoeft uw hond dus niet aan of af te melden.",
    "winkeltijdenontheffing": "In %s mogen winkels op alle dagen open zijn tussen 06.00 en 22.00 uur. Een ontheffing winkeltijden is niet meer nodig; de gemeente verleent deze niet.",
    "collectevergunning": "Voor collectes van CBF-erkende goede doelen op het landelijk collecterooster heeft u in %s geen vergunning nodig. De gemeente geeft geen collectevergunningen af.",
    "kapvergunning": "In %s heeft u voor het kappen van een boom op eigen terrein geen vergunning nodig, behalve voor monumentale bomen op de lijst. De gemeente verleent geen gewone kapvergunningen meer.",
    "reclamebelasting": "De gemeente %s heft geen reclamebelasting.",
    "terrasvergunning": "In %s heeft u geen terrasvergunning nodig als u zich houdt aan de algemene regels voor terrassen.",
}


# former municipalities whose old domains still redirect to the merged municipality
FORMER = {"eemsdelta": ("appingedam", "delfzijl", "loppersum"), "beekdaelen": ("nuth", "onderbanken", "schinnen"),
          "molenlanden": ("giessenlanden", "molenwaard")}


class Builder:
    def __init__(self, web, products):
        self.web = web
        self.products = products
        self.via = Via(web)
        self.labels = []
        self.table = parse_table()
        self.features = {}

    def build(self):
        build_idps(self.web)
        for i, org in enumerate(ORGS):
            self.build_site(i, org)

    def build_site(self, i, org):
        web = self.web
        s = Site(i, org)
        plat = Platform(web, s)
        plat._base_files()
        s.plat = plat
        self.s = s
        S = s.short
        # titles per product
        titles = {}
        for pk in P:
            v = P[pk][0]
            titles[pk] = v[(i + hash_s(pk)) % len(v)]
        s.titles = titles
        codes = {p["key"]: self.table[p["key"]][i] for p in self.products}
        # appointment system
        appt_host = "afspraken.%s.test" % s.label
        appt = "http://%s/" % appt_host
        s.appt_url = lambda: appt
        web.put(appt, simple_page("Afspraak maken - " + s.name, (
            "<h1>Afspraak maken</h1><p>Kies een product en een tijdstip.</p>"
            "<p><a href=\"%s\">Inloggen met DigiD</a> om uw afspraken te bekijken of te annuleren (niet verplicht).</p>"
            "<form method=\"post\" action=\"/afspraak/bevestigen\"><label>Product <select name=\"product\"><option>Paspoort aanvragen</option>"
            "<option>ID-kaart aanvragen</option><option>Rijbewijs</option><option>Uittreksel BRP</option></select></label>"
            "<label>Datum <input type=\"date\" name=\"datum\"></label><button>Afspraak bevestigen</button></form>") %
            login_start(web, appt_host, "/digid/inloggen", "digid")))
        web.put("http://%s/afspraak/bevestigen" % appt_host, simple_page("Bevestigd", "<h1>Uw afspraak is gemaakt</h1><p><a href=\"/\">Nog een afspraak maken</a></p>"))
        # mijn-portal (header login) and status tracker
        login_start(web, s.mijn, "/", "digid") if plat.kind != "gravity" else login_start(web, s.mijn, "/", "digid")
        status = login_start(web, s.mijn, "/zaken/status", "digid")
        s.status_url = status
        # compute routes first (the "Direct regelen" menu needs them)
        routes = {}
        for pk, code in codes.items():
            routes[pk] = self.route(s, pk, code)
        s.routes = routes

        def route_for_top(pk):
            r = routes[pk]
            return r["link"] or r["product_url"]
        s.route_for_top = route_for_top
        s.top_product_url = lambda pk: routes[pk]["product_url"]
        # product pages
        for pk, code in codes.items():
            self.product_page(s, pk, code, routes[pk])
        self.site_pages(s, codes, routes)

    # ------------------------------------------------------------------ routes
    def route(self, s, pk, code):
        web = self.web
        base, _, vkey = code.partition("@")
        title = s.titles[pk]
        r = {"code": code, "base": base, "via": "", "route_url": "", "link": "", "links": [], "signals": [], "strict": None,
             "product_url": "", "status": "ok", "level": "", "notes": ""}
        if base == "-":
            r["status"] = "not_found"
            r["notes"] = "geen pagina over dit product op de site"
            return r
        r["product_url"] = s.purl(pk, title)
        if base == "X":
            r["status"] = "not_offered"
            r["notes"] = "de pagina zegt dat de gemeente dit niet (meer) aanbiedt"
            return r
        lvl = level_of(base)
        r["level"] = lvl
        biz = pk in BUSINESS or pk in ("subsidie",)
        formtitle = {"P": "Aanvraagformulier ", "W": "Aanvraagformulier ", "R": "Aanvraagformulier "}.get(base, "") + P[pk][0][0]
        if vkey:
            page, route, sig, strict = self.via.route(vkey, pk, base, s)
            r.update(via=VIA[vkey][0], route_url=route, link=page, signals=list(sig))
            r["links"] = [("via", page)]
            r["strict"] = 100 if strict else 67 if lvl == 100 else lvl
            if vkey == "olo":
                r["links"] = [("olo", page)]
            r["notes"] = "route bij %s" % VIA[vkey][1]
            return r
        plat = s.plat
        if base in ("P", "W", "R"):
            ext = {"P": "pdf", "W": "docx", "R": "rtf"}[base]
            doc = self.doc_url(s, "aanvraagformulier-" + slugify(P[pk][0][0]), ext)
            lines = ["Gemeente %s" % s.short, "Naam aanvrager: ....................", "Adres: ....................",
                     "Handtekening: ....................", "Stuur het formulier naar: Postbus 1, %s" % s.short]
            data = {"pdf": make_pdf, "docx": make_docx, "rtf": make_rtf}[ext](formtitle, lines)
            web.put(doc, data)
            r.update(route_url=doc, link=doc, signals=[ext, "printable_form"])
            r["links"] = [("doc", doc, ext)]
        elif base in ("F", "J"):
            url = plat.anon(title)
            r.update(route_url=url, link=url, signals=["online_form"] + (["js_only"] if plat.kind == "openforms" else []))
            r["links"] = [("form", url)]
        elif base in ("D", "Dp", "JD", "DP", "E", "DE"):
            kinds = {"E": ("eherkenning",), "DE": ("digid", "eherkenning")}.get(base, ("digid",))
            if base == "D" and biz:
                kinds = ("eherkenning",)
            url, starts = plat.login(title, kinds, prefill=(base == "Dp"))
            r.update(route_url=url, link=url, signals=list(kinds) + (["js_only"] if plat.kind == "openforms" else []))
            r["links"] = [("login", url, kinds)]
            if base == "Dp":
                r["signals"].append("prefill")
            if base == "DP":
                doc = self.doc_url(s, "aanvraagformulier-" + slugify(P[pk][0][0]), "pdf")
                web.put(doc, make_pdf("Aanvraagformulier " + P[pk][0][0], ["Gemeente %s" % s.short, "Liever op papier? Vul dit formulier in."]))
                r["links"].append(("doc", doc, "pdf"))
                r["signals"].append("pdf")
            if pk == "overlijdensaangifte":
                r["notes"] = "uitvaartverzorgers doen de aangifte digitaal met eHerkenning"
        elif base == "O":
            url = plat.anon("Aanvraagformulier %s bestellen" % P[pk][0][0])
            r.update(route_url="", link="", signals=["trap_order_paper_form"])
            r["links"] = [("order", url)]
            r["notes"] = "het webformulier bestelt alleen een papieren formulier"
        elif base == "N":
            r["signals"] = ["trap_online_not_possible"]
            r["links"] = [("none",)]
            r["notes"] = "online aanvragen is nog niet mogelijk; per e-mail of brief"
        else:  # 0
            r["links"] = [("info",)]
            r["notes"] = "aan de balie, op afspraak of telefonisch"
        if base in ("Dp",) or (lvl == 100 and "prefill" in r["signals"]):
            r["strict"] = 100
        elif lvl == 100:
            r["strict"] = 67
        else:
            r["strict"] = lvl
        return r

    def doc_url(self, s, name, ext):
        if s.cms == "loket":
            return "http://%s/documenten/%s.%s" % (s.loket, name, ext)
        if s.cms == "go":
            return s.base + "/document.php?m=1&fileid=%d&f=%s.%s" % (hash_s(name) % 90000 + 10000, name, ext) if False else s.base + "/publish/pages/43571/%s.%s" % (name, ext)
        if s.cms == "iprox":
            return s.base + "/Documenten/%s.%s" % (name, ext)
        return s.base + "/sites/default/files/%s.%s" % (name, ext) if s.cms in ("drupal", "node") else s.base + "/documenten/%s.%s" % (name, ext)

    # ------------------------------------------------------------------ traps
    SIBLING_PK = {
        "Gehandicaptenparkeerkaart aanvragen (DigiD)": "gehandicaptenparkeerkaart",
        "Omgevingsvergunning aanvragen": "omgevingsvergunning",
        "Kwijtschelding aanvragen": "belastingkwijtschelding",
        "Klacht indienen": "klacht",
        "Bezwaar maken tegen een besluit (DigiD)": "bezwaar",
        "Melding klein evenement": None,
    }

    def link_to_product(self, s, pk):
        r = s.routes[pk]
        return r["link"] or r["product_url"] or (s.base + "/contact")

    def trap_html(self, s, pk, trap):
        name, kind, label = trap
        web = self.web
        if label in self.SIBLING_PK and self.SIBLING_PK[label]:
            return name, "<li><a href=\"%s\">%s</a></li>" % (self.link_to_product(s, self.SIBLING_PK[label]), E(label))
        if kind == "digid":
            url, _ = s.plat.login(label.replace(" (DigiD)", "").replace(" met DigiD", ""), ("digid",))
            return name, "<li><a href=\"%s\">%s</a></li>" % (url, E(label))
        if kind == "ehform":
            url, _ = s.plat.login(label.replace(" (eHerkenning)", ""), ("eherkenning",))
            return name, "<li><a href=\"%s\">%s</a></li>" % (url, E(label))
        if kind == "eh":
            return name, "<li><a href=\"%s\">%s</a></li>" % (self.via.olo(pk)[0], E(label))
        if kind == "form":
            url = s.plat.anon(label)
            return name, "<li><a href=\"%s\">%s</a></li>" % (url, E(label))
        if kind == "pdf":
            nm = re.sub(r"\s*\(.*\)$", "", label)
            url = self.doc_url(s, slugify(nm), "pdf")
            web.put(url, make_pdf(nm, ["Gemeente %s" % s.short, "Vastgesteld door de gemeenteraad.", "Artikel 1. Begripsbepalingen", "Artikel 2. Tarieven"]))
            return name, "<li><a href=\"%s\">%s</a></li>" % (url, E(label))
        if kind == "appt":
            return name, "<li><a href=\"%s\">%s</a></li>" % (s.appt_url(), E(label))
        if kind == "status":
            return name, "<li><a href=\"%s\">%s</a></li>" % (s.status_url, E(label))
        if kind == "pay":
            url = s.base + "/betalen/" + slugify(label)
            web.put(url, s.page(label, "<p>U betaalt veilig met iDEAL.</p><form method=\"post\" action=\"%s/betalen/afrekenen\"><label>Kenmerk <input name=\"kenmerk\"></label><label>Bedrag <input name=\"bedrag\"></label><button>Betalen met iDEAL</button></form>" % s.base))
            web.put(s.base + "/betalen/afrekenen", s.page("Betaling", "<p>Simulatie van de betaalpagina.</p>"))
            return name, "<li><a href=\"%s\">%s</a></li>" % (url, E(label))
        if kind == "ext":
            url = s.base + "/" + slugify(label)
            web.put(url, s.page(label, "<p>%s</p>" % E(label)))
            return name, "<li><a href=\"%s\">%s</a></li>" % (url, E(label))
        if kind == "olocheck":
            self.via.olo(pk)
            return name, "<li><a href=\"http://%s/vergunningcheck\">%s</a></li>" % (VIA["olo"][0], E(label))
        raise ValueError(kind)

    def site_traps(self, s):
        t = ["trap_header_login", "trap_footer_digid", "trap_direct_regelen_menu", "trap_footer_contact_form"]
        if s.cms in ("owc", "go", "nlds", "tiles"):
            t.append("trap_feedback_form")
        if s.cms == "go":
            t.append("trap_bezwaar_section")
        return t

    # ------------------------------------------------------------------ product page
    def cta(self, s, pk, r):
        out = []
        sig = []
        title = s.titles[pk]
        c = s.cms
        for L in r["links"]:
            k = L[0]
            if k == "via":
                name = VIA[r["code"].split("@")[1]][1]
                out.append("<p>U regelt dit bij %s. <a class=\"button\" href=\"%s\">Ga naar %s</a></p>" % (E(name), L[1], E(name)))
            elif k == "olo":
                out.append("<p>U vraagt de vergunning aan via het Omgevingsloket. U logt in met DigiD of eHerkenning.</p>"
                           "<p><a class=\"button\" href=\"%s\">Aanvragen via het Omgevingsloket</a></p>" % L[1])
            elif k == "doc":
                kb = 40 + hash_s(L[1]) % 200
                lab = {"pdf": "PDF", "docx": "Word", "rtf": "RTF"}[L[2]]
                out.append("<p>Download het formulier, vul het in en stuur het op of lever het in bij het gemeentehuis.</p>"
                           "<ul class=\"downloads\"><li><a href=\"%s\">Aanvraagformulier %s (%s, %d kB)</a></li></ul>" % (L[1], E(P[pk][0][0].lower()), lab, kb))
            elif k == "form":
                word = {"pdc": "Direct aanvragen", "iprox": "Online regelen", "owc": "Direct regelen", "tiles": "Regel het direct",
                        "drupal": "Vul het online formulier in", "loket": "Aanvragen", "typo3": "Online aanvragen",
                        "go": "Direct regelen", "node": "Online formulier", "nlds": "Start het formulier"}[c]
                if pk == "melding-openbare-ruimte":
                    word = "Melding doen"
                out.append("<p><a class=\"button cta\" href=\"%s\">%s</a></p>" % (L[1], E(word)))
            elif k == "login":
                kinds = L[2]
                if "digid" in kinds:
                    w = {"iprox": "DigiD link %s" % title, "go": "Direct regelen met DigiD", "drupal": "Vraag online aan (met DigiD)",
                         "pdc": "Direct aanvragen met DigiD", "owc": "Aanvragen met DigiD", "nlds": "Inloggen en aanvragen"}.get(c, "Inloggen met DigiD")
                    out.append("<p><img src=\"%s/static/img/digid.png\" alt=\"DigiD\"> <a class=\"button cta\" href=\"%s\">%s</a></p>" % (s.base, L[1], E(w)))
                    if r["base"] == "Dp":
                        out.append("<p>Als u inlogt met DigiD, zijn uw gegevens al ingevuld. U hoeft alleen uw nieuwe situatie door te geven.</p>")
                    if "eherkenning" in kinds:
                        out.append("<p>Bent u ondernemer? Log dan in met eHerkenning op dezelfde pagina.</p>")
                else:
                    out.append("<p><a class=\"button cta\" href=\"%s\">Aanvragen (met eHerkenning)</a></p>" % L[1])
                    out.append("<p>U heeft eHerkenning niveau EH3 nodig.</p>")
            elif k == "order":
                out.append("<p>Vraag het aanvraagformulier aan. Wij sturen het formulier per post naar u toe.</p>"
                           "<p><a href=\"%s\">Aanvraagformulier bestellen</a></p>" % L[1])
            elif k == "none":
                out.append("<p><strong>Online aanvragen is nog niet mogelijk.</strong> Stuur uw aanvraag met een brief of per e-mail naar "
                           "<a href=\"mailto:vergunningen@%s.nl\">vergunningen@%s.nl</a>.</p>" % (s.label, s.label))
            elif k == "info":
                if pk in ("paspoort", "identiteitskaart", "geboorteaangifte", "overlijdensaangifte", "huwelijksaangifte", "brp-uittreksel"):
                    out.append("<p>U moet hiervoor persoonlijk naar het gemeentehuis. <a class=\"button\" href=\"%s\">Afspraak maken</a></p>" % s.appt_url())
                    sig.append("appointment_online")
                elif pk == "overlijdensaangifte":
                    pass
                else:
                    out.append("<p>Neem contact op met de gemeente via telefoonnummer %s. Een medewerker helpt u verder.</p>" % E(s.phone))
        return "".join(out), sig

    def product_page(self, s, pk, code, r):
        if r["status"] == "not_found":
            self.labels.append(self.label_row(s, pk, r, []))
            return
        web = self.web
        title = s.titles[pk]
        H = HEADINGS[s.cms]
        traps = []
        trap_items = []
        ptr = PTRAPS.get(pk, [])
        if r["status"] == "not_offered":
            ptr = ptr[:1]
        ptr = list(ptr) + SITE_TRAPS.get((s.label, pk), [])
        for t in ptr:
            if t[0] == "trap_appointment_digid" or t[0] == "trap_appointment":
                pass
            n, li = self.trap_html(s, pk, t)
            traps.append(n)
            trap_items.append(li)
        extra_sig = []
        if r["status"] == "not_offered":
            stmt = NOT_OFFERED[pk] % s.short
            sections = [(H[0], "<p>%s</p>" % E(stmt))]
            cta_html = ""
        else:
            cta_html, extra_sig = self.cta(s, pk, r)
            sections = [(H[0], "<p>%s</p>" % E(P[pk][2])), (H[1], cta_html), (H[2], "<p>%s</p>" % E(P[pk][3])),
                         (H[3], "<p>%s</p>" % ("Wij handelen uw aanvraag binnen 8 weken af." if H[3] == "Termijnen" else "Houd uw burgerservicenummer en identiteitsbewijs bij de hand." if P[pk][1] == "burgerzaken" else "Lees de voorwaarden goed door voordat u aanvraagt."))]
        if any(t[1] == "appt" for t in ptr):
            extra_sig.append("appointment_online")
        if pk in BUSINESS or P[pk][1] == "bouwen":
            if pk != "bezwaar" and r["status"] == "ok":
                sections.append(("Bezwaar", "<p>Niet eens met een besluit? <a href=\"%s\">Maak bezwaar</a>.</p>" % self.link_to_product(s, "bezwaar")))
                traps.append("trap_bezwaar_link")
        if s.cms == "go" and r["status"] == "ok":
            sections.append(("Bezwaar en beroep", "<p>Tegen een besluit kunt u binnen zes weken <a href=\"%s\">bezwaar maken</a>.</p>" % self.link_to_product(s, "bezwaar")))
        if s.cms in ("tiles", "nlds") and r["status"] == "ok":
            sections.append(("Veelgevraagd", "<details><summary>Ik heb een andere vraag. Waar kan ik terecht?</summary><p>Stel uw vraag via het <a href=\"%s/contact\">contactformulier</a> of bel %s.</p></details>" % (s.base, E(s.phone))))
            traps.append("trap_faq_contact_form")
        if trap_items:
            sections.append(("Meer informatie" if s.cms != "go" else "Gerelateerde producten", "<ul class=\"related\">%s</ul>" % "".join(trap_items)))
        # wrap sections per CMS
        if s.cms in ("iprox", "loket"):
            body = ("<div class=\"product-informatie\"><h2>Product informatie</h2>" if s.cms == "loket" else "") + "".join(
                "<details%s><summary>%s</summary>%s</details>" % (" open" if i < 2 else "", E(hh), bb) for i, (hh, bb) in enumerate(sections)) + ("</div>" if s.cms == "loket" else "")
        elif s.cms == "owc":
            body = "<div class=\"tabs\">" + "".join("<section class=\"tab\" id=\"tab-%d\"><h2>%s</h2>%s</section>" % (i, E(hh), bb) for i, (hh, bb) in enumerate(sections)) + "</div>"
        else:
            body = "".join("<h2>%s</h2>%s" % (E(hh), bb) for hh, bb in sections)
        if s.cms in ("owc", "go", "nlds", "tiles"):
            body += ("<form class=\"feedback\" method=\"post\" action=\"%s/feedback\"><p>Was deze informatie nuttig?</p>"
                     "<button name=\"nuttig\" value=\"ja\">Ja</button> <button name=\"nuttig\" value=\"nee\">Nee</button></form>") % s.base
        crumbs = [(s.base + "/thema/" + slugify(CAT_NAME[P[pk][1]]), CAT_NAME[P[pk][1]])]
        aside = ""
        if s.cms in ("go", "tiles", "pdc"):
            aside = "<h2>Direct regelen</h2><ul><li><a href=\"%s\">Verhuizing doorgeven</a></li><li><a href=\"%s\">Afspraak maken</a></li></ul>" % (
                s.route_for_top("verhuismelding"), s.appt_url())
        html_ = s.page(title, body, crumbs, aside)
        web.put(r["product_url"], html_)
        if s.cms == "node":
            n = 1000 + hash_s(pk) % 8000
            web.redirects.append({"url": s.base + "/node/%d" % n, "status": 301, "location": r["product_url"]})
            r["node"] = s.base + "/node/%d" % n
        sig = [x for x in r["signals"] if not x.startswith("trap_")]
        alltraps = [x for x in r["signals"] if x.startswith("trap_")] + traps + self.site_traps(s)
        if s.cms in ("go", "tiles", "pdc"):
            alltraps.append("trap_aside_direct_regelen")
        self.labels.append(self.label_row(s, pk, r, sig + sorted(set(extra_sig)) + alltraps))

    def label_row(self, s, pk, r, signals):
        seen = []
        for x in signals:
            if x not in seen:
                seen.append(x)
        return {"org_code": s.code, "product_key": pk, "level": "" if r["status"] != "ok" else str(r["level"]),
                "status": r["status"], "product_url": r["product_url"], "route_url": r["route_url"],
                "level_strict": "" if r["status"] != "ok" else str(r["strict"]), "via": r["via"],
                "signals": ";".join(seen), "notes": r["notes"]}

    # ------------------------------------------------------------------ other pages of a site
    def site_pages(self, s, codes, routes):
        web = self.web
        B = s.base
        param = {"iprox": "zoeken_term", "go": "trefwoord", "typo3": "tx_solr[q]"}.get(s.cms, "q")
        s.search_param = param
        live = [(pk, routes[pk]) for pk in codes if routes[pk]["status"] != "not_found"]
        live.sort(key=lambda x: s.titles[x[0]].lower())
        # A-Z
        items = []
        for pk, r in live:
            u = r.get("node") if (s.cms == "node" and hash_s(pk) % 2 == 0 and r.get("node")) else r["product_url"]
            items.append("<li><a href=\"%s\">%s</a></li>" % (E(u), E(s.titles[pk])))
        web.put(B + "/producten-a-z", s.page("Producten en diensten A-Z", "<ul class=\"az\">%s</ul>" % "".join(items)))
        # category pages
        groups = {"Wonen en leven": ("burgerzaken", "parkeren", "afval", "wonen", "bouwen", "belastingen"),
                  "Zorg en inkomen": ("werk-en-inkomen", "zorg", "onderwijs"),
                  "Ondernemen": ("vergunningen",), "Bestuur en organisatie": ("bestuur", "subsidies")}
        for g, cats in groups.items():
            lis = "".join("<li><a href=\"%s\">%s</a></li>" % (E(r["product_url"]), E(s.titles[pk])) for pk, r in live if P[pk][1] in cats)
            web.put(B + "/" + slugify(g), s.page(g, "<ul>%s</ul>" % lis))
        for cat, nm in CAT_NAME.items():
            lis = "".join("<li><a href=\"%s\">%s</a></li>" % (E(r["product_url"]), E(s.titles[pk])) for pk, r in live if P[pk][1] == cat)
            web.put(B + "/thema/" + slugify(nm), s.page(nm, "<ul>%s</ul>" % lis))
        # home
        tiles = "".join("<li class=\"tile\"><a href=\"%s\">%s</a></li>" % (E(routes[pk]["product_url"]), E(s.titles[pk]))
                        for pk in ("paspoort", "verhuismelding", "grofvuil", "melding-openbare-ruimte", "omgevingsvergunning", "woz-bezwaar")
                        if routes[pk]["product_url"])
        news = ("<section class=\"nieuws\"><h2>Nieuws</h2><ul><li><a href=\"%s/nieuws/drukte-aan-de-balie\">Drukte aan de balie: vraag uw paspoort op tijd aan</a></li>"
                "<li><a href=\"%s/nieuws/aanslag-gemeentelijke-belastingen\">Aanslag gemeentelijke belastingen valt op de mat</a></li></ul></section>") % (B, B)
        web.put(B + "/", s.page("Home", "<section class=\"toptaken\"><h2>Veelgevraagd</h2><ul>%s</ul><p><a href=\"%s/producten-a-z\">Alle onderwerpen A-Z</a></p></section>%s" % (tiles, B, news)))
        if s.cms == "typo3":
            web.put(B + "/index.php", s.page("Home", "<p>Welkom bij de gemeente %s. <a href=\"%s/producten-a-z\">Producten A-Z</a></p>" % (E(s.short), B)))
        pp = routes["paspoort"]["product_url"]
        web.put(B + "/nieuws/drukte-aan-de-balie", s.page("Drukte aan de balie: vraag uw paspoort op tijd aan",
                "<p>Door de drukte raden wij u aan om ruim op tijd een afspraak te maken voor uw <a href=\"%s\">paspoort of identiteitskaart</a>.</p>" % pp))
        kw = routes["belastingkwijtschelding"]
        web.put(B + "/nieuws/aanslag-gemeentelijke-belastingen", s.page("Aanslag gemeentelijke belastingen valt op de mat",
                "<p>Deze week ontvangen alle inwoners de aanslag. Heeft u een laag inkomen? Lees dan over <a href=\"%s\">kwijtschelding</a>.</p>" % (kw["product_url"] or B + "/")))
        # contact, newsletter, feedback, misc
        web.put(B + "/contact", s.page("Contact", "<p>Bel %s of gebruik het contactformulier.</p><form method=\"post\" action=\"%s/contact-verzonden\">%s<button>Verzenden</button></form>" % (E(s.phone), B, form_fields("Uw vraag"))))
        web.put(B + "/contact-verzonden", s.page("Bedankt", "<p>Wij nemen binnen 5 werkdagen contact met u op.</p>"))
        web.put(B + "/nieuwsbrief", s.page("Nieuwsbrief", "<form method=\"post\" action=\"%s/nieuwsbrief-aangemeld\"><label>E-mailadres <input type=\"email\" name=\"email\"></label><button>Aanmelden</button></form>" % B))
        web.put(B + "/nieuwsbrief-aangemeld", s.page("Aangemeld", "<p>U bent aangemeld.</p>"))
        web.put(B + "/feedback", s.page("Bedankt voor uw reactie", "<p>Bedankt voor uw reactie.</p>"))
        web.put(B + "/privacyverklaring", s.page("Privacyverklaring", "<p>Zo gaan wij om met uw persoonsgegevens.</p>"))
        web.put(B + "/toegankelijkheid", s.page("Toegankelijkheid", "<p>Wij werken aan een toegankelijke website.</p>"))
        web.put(B + "/afvalkalender", s.page("Afvalkalender", "<p>Bekijk wanneer uw afval wordt opgehaald. Vul uw postcode in.</p><form action=\"%s/afvalkalender\" method=\"get\"><input name=\"postcode\"><button>Bekijk</button></form>" % B))
        web.put(B + "/static/css/site.css", "body{font-family:sans-serif}\n")
        web.put(B + "/static/img/logo.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"120\" height=\"40\"><text y=\"30\">%s</text></svg>" % E(s.short))
        web.put(B + "/static/img/digid.png", PNG)
        if s.cms == "loket":
            lis = "".join("<li><a href=\"%s\">%s</a></li>" % (E(r["product_url"]), E(s.titles[pk])) for pk, r in live)
            web.put("http://%s/" % s.loket, s.page("Digitaal loket", "<ul>%s</ul>" % lis))
            web.put("http://%s/producten/" % s.loket, s.page("Producten", "<ul>%s</ul>" % lis))
        # search
        idx = [{"url": r["product_url"], "title": s.titles[pk], "text": P[pk][2]} for pk, r in live]
        self.web.search_idx[s.host] = idx
        tmpl = s.page("Zoekresultaten", "<p>Zoekresultaten voor <em><!--QUERY--></em></p><!--RESULTS-->")
        self.web.searches.append({"host": s.host, "path": "/zoeken", "param": param, "index": "search/%s.json" % s.host,
                                  "template": "search/%s.html" % s.host, "_tmpl": tmpl})
        web.put(B + "/zoeken", s.page("Zoeken", "<form action=\"%s/zoeken\" method=\"get\"><input name=\"%s\"><button>Zoek</button></form>" % (B, E(param))))
        # robots, sitemap
        robots = "User-agent: *\nDisallow: /zoeken\n"
        if s.cms != "node" and s.cms != "typo3":
            robots += "Sitemap: %s/sitemap.xml\n" % B
        web.put(B + "/robots.txt", robots)
        urls = [B + "/", B + "/producten-a-z"] + [r["product_url"] for pk, r in live if r["product_url"].startswith(B)]
        web.put(B + "/sitemap.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n%s</urlset>\n" % "".join("<url><loc>%s</loc></url>\n" % E(u) for u in urls))
        # 404 handling
        nf = s.page("Pagina niet gevonden", "<p>Helaas, de pagina die u zoekt bestaat niet (meer). Probeer het <a href=\"%s/zoeken\">zoeken</a> of ga naar de <a href=\"%s/\">homepage</a>.</p>" % (B, B))
        self.web.files["_404/%s.html" % s.host] = nf.encode()
        soft = s.label in ("putten", "oirschot", "rijssen-holten")
        self.web.not_found.append({"host": s.host, "file": "errors/%s.html" % s.host, "status": 200 if soft else 404})
        self.web.host_redirects.append({"host": "%s.test" % s.label, "status": 301, "to": s.host})
        for old in FORMER.get(s.label, ()):
            self.web.host_redirects.append({"host": "www.%s.test" % old, "status": 301, "to": s.host})
        self.features[s.code] = {"host": s.host, "cms": s.cms, "cms_label": CMS_LABEL[s.cms], "platform": PLATFORM[s.label],
                                 "soft404": soft, "search_param": param}


def main():
    if len(sys.argv) != 2:
        raise SystemExit(__doc__)
    out = Path(sys.argv[1])
    products = load_products()
    web = Web(out)
    b = Builder(web, products)
    b.build()
    # write
    if out.exists():
        import shutil
        shutil.rmtree(out)
    out.mkdir(parents=True)
    errs = {k: v for k, v in web.files.items() if k.startswith("_404/")}
    for k in errs:
        del web.files[k]
    web.write()
    (out / "errors").mkdir()
    for k, v in sorted(errs.items()):
        (out / "errors" / k.split("/", 1)[1]).write_bytes(v)
    (out / "search").mkdir()
    searches = []
    for sdef in web.searches:
        (out / sdef["template"]).write_text(sdef["_tmpl"], encoding="utf-8")
        (out / sdef["index"]).write_text(json.dumps(web.search_idx[sdef["host"]], ensure_ascii=False, indent=1), encoding="utf-8")
        searches.append({k: v for k, v in sdef.items() if not k.startswith("_")})
    with open(out / "organisations.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["code", "name", "org_type", "website", "inhabitants"])
        for o in ORGS:
            w.writerow([o[0], o[1], "gemeente", "http://www.%s.test/" % o[3], o[4]])
    cols = ["org_code", "product_key", "level", "status", "product_url", "route_url", "level_strict", "via", "signals", "notes"]
    with open(out / "labels.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=cols, lineterminator="\n")
        w.writeheader()
        for r in b.labels:
            w.writerow(r)
    redirects = sorted(web.redirects, key=lambda r: r["url"])
    hosts = {k.split("/", 1)[0] for k in web.files}
    for r in redirects:
        hh = r["url"].split("/")[2]
        if hh not in hosts:
            hosts.add(hh)
            p = out / "sites" / hh / "robots.txt"
            p.parent.mkdir(parents=True, exist_ok=True)
            p.write_text("User-agent: *\nDisallow: /\n")
    hr = []
    for x in web.host_redirects:
        if x and x not in hr:
            hr.append(x)
    manifest = {
        "name": "web-dev39",
        "description": "Ten real municipalities, realistic mix of CMS families, form platforms and shared bodies",
        "organisations": len(ORGS), "labels": len(b.labels),
        "features": b.features,
        "behaviours": {
            "redirects": redirects,
            "host_redirects": sorted(hr, key=lambda r: r["host"]),
            "not_found_pages": web.not_found,
            "searches": searches,
            "delays": [{"url": "http://www.leudal.test/producten-a-z", "seconds": 1.5}],
            "flaky": [{"url": "http://www.eemsdelta.test/producten-a-z", "status": 503}],
        },
    }
    (out / "testweb.json").write_text(json.dumps(manifest, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    print("wrote %d files, %d labels to %s" % (len(web.files), len(b.labels), out))


if __name__ == "__main__":
    main()
