#!/usr/bin/env python3
"""Generate a labelled simulated web of ten Dutch municipalities (web-dev34).

Usage: python3 gen.py [OUTDIR]      (default: web/ beside this script)

Standard library only, deterministic (no randomness; hashes of fixed strings pick
variants). Reads the product list only from products.csv beside this script, and only
its columns product_key, name_nl and org_types.
"""
import csv
import hashlib
import io
import json
import os
import shutil
import struct
import sys
import zipfile
import zlib
from html import escape

HERE = os.path.dirname(os.path.abspath(__file__))


def h(s, n=None):
    v = int(hashlib.sha1(s.encode()).hexdigest(), 16)
    return v if n is None else v % n


def hexid(s):
    return hashlib.md5(s.encode()).hexdigest()


# ---------------------------------------------------------------------------
# products (only product_key, name_nl, org_types are read)
# ---------------------------------------------------------------------------
def load_products():
    out = []
    with open(os.path.join(HERE, "..", "..", "..", "config", "products.csv"), newline="", encoding="utf-8") as f:
        for r in csv.DictReader(f):
            if "G" in r["org_types"]:
                out.append((r["product_key"], r["name_nl"]))
    return out


# own texts: title variants, section, audience, short explanation
P = {
    "brp-uittreksel": (["Uittreksel BRP", "Uittreksel Basisregistratie Personen (BRP) aanvragen", "Uittreksel uit de BRP", "Bewijs van inschrijving (uittreksel BRP)", "Uittreksel gemeentelijke basisadministratie"], "Burgerzaken", "b",
                       "Met een uittreksel uit de Basisregistratie Personen (BRP) laat u zien waar u woont en wie u bent. U heeft het bijvoorbeeld nodig voor een nieuwe baan of een verblijfsvergunning in het buitenland.", "Een uittreksel kost € 14,10."),
    "verhuismelding": (["Verhuizing doorgeven", "Verhuizen", "Verhuizing", "Adreswijziging doorgeven", "Verhuizen binnen of naar de gemeente"], "Burgerzaken", "b",
                       "Gaat u verhuizen naar of binnen de gemeente? Geef uw nieuwe adres door. Dit kan vanaf 4 weken voor tot uiterlijk 5 dagen na de verhuisdatum.", "Het doorgeven van een verhuizing is gratis."),
    "geboorteaangifte": (["Geboorte aangeven", "Geboorte", "Aangifte geboorte", "Geboorteaangifte doen"], "Burgerzaken", "b",
                         "Is uw kind geboren? Dan moet u binnen 3 dagen aangifte doen van de geboorte. Daarna krijgt uw kind een burgerservicenummer.", "Aangifte doen is gratis. Een geboorteakte kost € 14,10."),
    "overlijdensaangifte": (["Overlijden aangeven", "Overlijden", "Aangifte overlijden", "Aangifte van overlijden"], "Burgerzaken", "b",
                            "Als iemand overlijdt, moet dit binnen 6 werkdagen worden aangegeven bij de gemeente waar de persoon is overleden. Meestal regelt de uitvaartondernemer de aangifte.", "Aangifte is gratis."),
    "huwelijksaangifte": (["Trouwen en geregistreerd partnerschap", "Melding voorgenomen huwelijk", "Ondertrouw (melding voorgenomen huwelijk of partnerschap)", "Huwelijk of partnerschap melden"], "Burgerzaken", "b",
                          "Wilt u trouwen of een geregistreerd partnerschap aangaan? Meld dit minimaal 2 weken en maximaal 1 jaar van tevoren bij de gemeente. Dit heet de melding voorgenomen huwelijk (vroeger: ondertrouw).", "De melding is gratis. De kosten van de ceremonie hangen af van dag en locatie."),
    "paspoort": (["Paspoort", "Paspoort aanvragen", "Paspoort aanvragen of verlengen"], "Burgerzaken", "b",
                 "Een paspoort is een reisdocument en een identiteitsbewijs. U vraagt het aan bij de gemeente waar u staat ingeschreven. U moet daarvoor zelf langskomen.", "Een paspoort voor 18 jaar en ouder kost € 84,70."),
    "identiteitskaart": (["Identiteitskaart", "Identiteitskaart aanvragen", "ID-kaart aanvragen"], "Burgerzaken", "b",
                         "Met een Nederlandse identiteitskaart kunt u zich legitimeren en reizen binnen Europa. U vraagt de kaart persoonlijk aan.", "Een identiteitskaart voor 18 jaar en ouder kost € 77,85."),
    "parkeervergunning": (["Parkeervergunning", "Parkeervergunning aanvragen", "Parkeren"], "Verkeer en parkeren", "b",
                          "Met een parkeervergunning mag u als bewoner parkeren in een vergunninggebied.", "Een bewonersvergunning kost € 68 per jaar."),
    "gehandicaptenparkeerkaart": (["Gehandicaptenparkeerkaart", "Gehandicaptenparkeerkaart aanvragen", "Parkeerkaart voor gehandicapten", "Invalidenparkeerkaart"], "Verkeer en parkeren", "b",
                                  "Met een gehandicaptenparkeerkaart mag u op een algemene gehandicaptenparkeerplaats parkeren. Een arts beoordeelt of u in aanmerking komt.", "De kaart kost € 135 inclusief medische keuring."),
    "gehandicaptenparkeerplaats": (["Gehandicaptenparkeerplaats", "Gehandicaptenparkeerplaats aanvragen", "Invalidenparkeerplaats op kenteken"], "Verkeer en parkeren", "b",
                                   "Heeft u een gehandicaptenparkeerkaart en kunt u niet in de buurt van uw huis parkeren? Dan kunt u een parkeerplaats op kenteken aanvragen.", "Aan de aanvraag zijn geen kosten verbonden."),
    "hondenbelasting": (["Hondenbelasting", "Hond aan- of afmelden", "Hondenbelasting, aan- en afmelden"], "Belastingen", "b",
                        "Heeft u een hond? Dan betaalt u hondenbelasting. Meld uw hond aan als u een hond krijgt en af als u geen hond meer heeft.", "Het tarief is € 72,60 per hond per jaar."),
    "belastingkwijtschelding": (["Kwijtschelding gemeentelijke belastingen", "Kwijtschelding aanvragen", "Belastingen, kwijtschelding", "Kwijtschelding van belastingen"], "Belastingen", "b",
                                "Heeft u een laag inkomen en weinig vermogen? Dan kunt u kwijtschelding aanvragen voor de afvalstoffenheffing en de rioolheffing.", "Het aanvragen van kwijtschelding is gratis."),
    "woz-bezwaar": (["Bezwaar maken tegen de WOZ-waarde", "WOZ-waarde, bezwaar maken", "Bezwaar WOZ-beschikking", "WOZ-bezwaar indienen"], "Belastingen", "b",
                    "Bent u het niet eens met de WOZ-waarde van uw woning? Dan kunt u binnen 6 weken na de datum van de beschikking bezwaar maken.", "Bezwaar maken is gratis."),
    "bijstand": (["Bijstandsuitkering aanvragen", "Bijstand", "Uitkering", "Bijstand aanvragen (Participatiewet)"], "Werk en inkomen", "b",
                 "Heeft u niet genoeg geld om van te leven en kunt u geen andere uitkering krijgen? Dan heeft u misschien recht op een bijstandsuitkering.", "Aanvragen is gratis."),
    "bijzondere-bijstand": (["Bijzondere bijstand", "Bijzondere bijstand aanvragen", "Extra kosten: bijzondere bijstand"], "Werk en inkomen", "b",
                            "Heeft u onverwachte of hoge kosten die u niet zelf kunt betalen? Bijvoorbeeld voor bewindvoering of een tandarts? Dan kunt u bijzondere bijstand aanvragen.", "Aanvragen is gratis."),
    "wmo-voorziening": (["Wmo-voorziening aanvragen", "Hulp en ondersteuning (Wmo)", "Wmo: hulp bij het huishouden en hulpmiddelen", "Melding Wmo"], "Zorg en welzijn", "b",
                        "Heeft u hulp nodig om zelfstandig te blijven wonen, bijvoorbeeld hulp in het huishouden, een woningaanpassing of een scootmobiel? Dan kunt u een melding doen voor een voorziening uit de Wet maatschappelijke ondersteuning (Wmo).", "U betaalt een eigen bijdrage van maximaal € 21,80 per maand."),
    "leerlingenvervoer": (["Leerlingenvervoer", "Leerlingenvervoer aanvragen", "Vergoeding leerlingenvervoer"], "Onderwijs", "b",
                          "Kan uw kind niet zelfstandig naar school? Dan kunt u misschien een vergoeding voor leerlingenvervoer krijgen. Vraag dit elk schooljaar opnieuw aan voor 1 mei.", "Soms betaalt u een eigen bijdrage, afhankelijk van uw inkomen."),
    "grofvuil": (["Grofvuil", "Grof huisvuil laten ophalen", "Grofvuil aanmelden", "Grof afval"], "Afval", "b",
                 "Grofvuil is afval dat niet in uw container past, zoals meubels, matrassen en tapijt. U kunt het laten ophalen of zelf wegbrengen naar de milieustraat.", "Ophalen kost € 25 per keer (maximaal 2 m³)."),
    "afvalcontainer": (["Afvalcontainer aanvragen", "Container aanvragen, wijzigen of omruilen", "Minicontainers", "Kliko aanvragen of wijzigen"], "Afval", "b",
                       "Heeft u een nieuwe container nodig, is uw container kapot of wilt u een grotere? Vraag een container aan of wijzig uw container.", "Een extra container kost € 45."),
    "melding-openbare-ruimte": (["Melding openbare ruimte", "Melding doen", "Klachten en meldingen openbare ruimte", "Meldingen over de openbare ruimte", "Melding maken"], "Wonen en leefomgeving", "x",
                                "Ziet u een losse stoeptegel, een kapotte lantaarnpaal of zwerfafval? Meld het ons, dan lossen wij het op.", "Een melding doen is gratis."),
    "omgevingsvergunning": (["Omgevingsvergunning", "Omgevingsvergunning aanvragen", "Vergunning voor bouwen en verbouwen"], "Wonen en bouwen", "x",
                            "Wilt u bouwen, verbouwen, slopen of iets anders veranderen aan uw woning of omgeving? Dan heeft u misschien een omgevingsvergunning nodig.", "De leges hangen af van de bouwkosten. Zie de legesverordening."),
    "kapvergunning": (["Kapvergunning", "Boom kappen", "Omgevingsvergunning voor het kappen van bomen", "Bomen kappen"], "Wonen en bouwen", "x",
                      "Wilt u een boom kappen? Voor sommige bomen heeft u een vergunning nodig. Dat hangt af van de plaats en de dikte van de boom.", "De leges zijn € 82 per aanvraag."),
    "bouwdossier-inzage": (["Bouwdossier inzien", "Bouwtekeningen opvragen", "Bouwarchief raadplegen", "Inzien bouwdossiers"], "Wonen en bouwen", "x",
                           "Wilt u de bouwtekeningen van uw huis of een ander gebouw bekijken? Vraag het bouwdossier op uit ons archief.", "Inzien is gratis. Een digitale kopie kost € 12,50."),
    "bezwaar": (["Bezwaar maken", "Bezwaarschrift indienen", "Bezwaar en beroep", "Bezwaar maken tegen een besluit"], "Bestuur", "x",
                "Bent u het niet eens met een besluit van de gemeente? Dan kunt u binnen 6 weken bezwaar maken.", "Bezwaar maken is gratis."),
    "klacht": (["Klacht indienen", "Klachten", "Klacht over de gemeente", "Een klacht indienen over een medewerker"], "Bestuur", "x",
               "Bent u niet tevreden over hoe een medewerker of bestuurder van de gemeente u heeft behandeld? Dien dan een klacht in.", "Een klacht indienen is gratis."),
    "woo-verzoek": (["Woo-verzoek indienen", "Wet open overheid (Woo)", "Informatieverzoek Woo", "Overheidsinformatie opvragen (Woo-verzoek)"], "Bestuur", "x",
                    "Wilt u informatie van de gemeente inzien die niet openbaar is? Dien dan een verzoek in op grond van de Wet open overheid (Woo).", "Een Woo-verzoek is gratis."),
    "subsidie": (["Subsidie aanvragen", "Subsidies", "Subsidie voor verenigingen en organisaties", "Subsidieaanvraag indienen"], "Subsidies", "x",
                 "Organiseert u een activiteit voor de inwoners of heeft u een vereniging? Dan kunt u misschien subsidie krijgen.", "Aanvragen is gratis."),
    "evenementenvergunning": (["Evenementenvergunning", "Evenement organiseren", "Evenementenvergunning aanvragen", "Evenementen"], "Vergunningen", "o",
                              "Organiseert u een evenement, zoals een braderie, festival of sportwedstrijd? Dan heeft u meestal een evenementenvergunning nodig. Vraag deze 8 weken van tevoren aan.", "Een kleine vergunning kost € 58, een grote € 245."),
    "exploitatievergunning-horeca": (["Exploitatievergunning horeca", "Horecavergunning", "Exploitatievergunning horecabedrijf"], "Vergunningen", "o",
                                     "Wilt u een café, restaurant of cafetaria beginnen? Dan heeft u een exploitatievergunning nodig.", "De leges zijn € 350."),
    "alcoholvergunning": (["Alcoholwetvergunning", "Drank schenken", "Alcoholvergunning aanvragen", "Drank- en horecavergunning"], "Vergunningen", "o",
                          "Schenkt u alcohol in uw horecazaak? Dan heeft u een vergunning op grond van de Alcoholwet nodig.", "De leges zijn € 406."),
    "terrasvergunning": (["Terrasvergunning", "Terras plaatsen", "Terrasvergunning aanvragen"], "Vergunningen", "o",
                         "Wilt u een terras plaatsen bij uw horecazaak op de openbare weg? Dan heeft u een terrasvergunning nodig.", "De leges zijn € 120."),
    "standplaatsvergunning": (["Standplaatsvergunning", "Standplaats, aanvraag", "Standplaats innemen"], "Vergunningen", "o",
                              "Wilt u met een kraam of wagen op een vaste plek in de gemeente staan, buiten de weekmarkt? Dan heeft u een standplaatsvergunning nodig.", "De leges zijn € 95 per jaar."),
    "marktvergunning": (["Marktvergunning", "Markt: standplaats op de weekmarkt", "Weekmarkt"], "Vergunningen", "o",
                        "Wilt u op de weekmarkt staan? Daarvoor heeft u een marktvergunning nodig.", "Het marktgeld is € 1,85 per strekkende meter."),
    "reclamebelasting": (["Reclamebelasting", "Reclame maken", "Reclame-uiting plaatsen"], "Belastingen", "o",
                         "Reclame op of aan een gebouw die zichtbaar is vanaf de openbare weg.", ""),
    "geluidsontheffing": (["Geluidsontheffing", "Geluidhinder, ontheffing", "Ontheffing geluid aanvragen"], "Vergunningen", "o",
                          "Maakt u tijdelijk meer geluid dan is toegestaan, bijvoorbeeld bij een feest of bouwwerkzaamheden? Dan heeft u een ontheffing nodig.", "De leges zijn € 45."),
    "winkeltijdenontheffing": (["Winkeltijden", "Ontheffing winkeltijden", "Winkelopenstelling op zondag"], "Vergunningen", "o",
                               "Wilt u uw winkel openen buiten de vastgestelde winkeltijden? Dan heeft u een ontheffing nodig.", "De leges zijn € 60."),
    "kansspelautomaatvergunning": (["Kansspelautomaten", "Aanwezigheidsvergunning kansspelautomaten", "Speelautomaten in horeca"], "Vergunningen", "o",
                                   "Wilt u een speelautomaat plaatsen in uw horecazaak? Dan heeft u een aanwezigheidsvergunning nodig.", "De leges zijn € 56,50 per automaat."),
    "collectevergunning": (["Collectevergunning", "Collecteren", "Collecte houden"], "Vergunningen", "x",
                           "Wilt u geld of goederen inzamelen langs de deuren voor een goed doel? Dan heeft u een collectevergunning nodig.", "Aan de vergunning zijn geen kosten verbonden."),
    "ligplaatsvergunning": (["Ligplaatsvergunning", "Ligplaats voor een boot", "Ligplaats aanvragen"], "Vergunningen", "x",
                            "Wilt u een boot of woonboot afmeren in gemeentelijk water? Dan heeft u een ligplaatsvergunning nodig.", "Het liggeld is € 12 per meter per jaar."),
    "uitwegvergunning": (["Uitweg of inrit aanleggen", "Inrit of uitrit aanleggen", "Uitritvergunning", "Inrit aanleggen of wijzigen"], "Wonen en bouwen", "x",
                         "Wilt u een nieuwe inrit naar uw perceel aanleggen of een bestaande wijzigen? Dan heeft u een vergunning nodig.", "De leges zijn € 110."),
    "belastingaanslag-bezwaar": (["Bezwaar tegen belastingaanslag", "Bezwaar maken tegen uw aanslag", "Belastingen, bezwaar maken", "Bezwaar gemeentelijke belastingen"], "Belastingen", "x",
                                 "Bent u het niet eens met uw aanslag gemeentelijke belastingen, bijvoorbeeld de afvalstoffenheffing? Dan kunt u binnen 6 weken bezwaar maken.", "Bezwaar maken is gratis."),
    "betalingsregeling": (["Betalingsregeling", "Betalingsregeling gemeentelijke belastingen", "Belastingen, betalingsregeling", "Gespreid betalen"], "Belastingen", "x",
                          "Kunt u uw aanslag niet in één keer betalen? Dan kunt u een betalingsregeling aanvragen.", "Een betalingsregeling is gratis."),
}

SIBLING = {
    "brp-uittreksel": "verhuismelding", "verhuismelding": "brp-uittreksel", "geboorteaangifte": "verhuismelding",
    "overlijdensaangifte": "brp-uittreksel", "huwelijksaangifte": "brp-uittreksel", "paspoort": "identiteitskaart",
    "identiteitskaart": "paspoort", "parkeervergunning": "gehandicaptenparkeerkaart",
    "gehandicaptenparkeerkaart": "gehandicaptenparkeerplaats", "gehandicaptenparkeerplaats": "gehandicaptenparkeerkaart",
    "hondenbelasting": "belastingaanslag-bezwaar", "belastingkwijtschelding": "betalingsregeling",
    "woz-bezwaar": "belastingaanslag-bezwaar", "bijstand": "bijzondere-bijstand", "bijzondere-bijstand": "bijstand",
    "wmo-voorziening": "gehandicaptenparkeerkaart", "leerlingenvervoer": "wmo-voorziening", "grofvuil": "afvalcontainer",
    "afvalcontainer": "grofvuil", "melding-openbare-ruimte": "klacht", "omgevingsvergunning": "uitwegvergunning",
    "kapvergunning": "omgevingsvergunning", "bouwdossier-inzage": "woo-verzoek", "bezwaar": "klacht", "klacht": "bezwaar",
    "woo-verzoek": "klacht", "subsidie": "evenementenvergunning", "evenementenvergunning": "geluidsontheffing",
    "exploitatievergunning-horeca": "alcoholvergunning", "alcoholvergunning": "exploitatievergunning-horeca",
    "terrasvergunning": "exploitatievergunning-horeca", "standplaatsvergunning": "marktvergunning",
    "marktvergunning": "standplaatsvergunning", "reclamebelasting": "belastingaanslag-bezwaar",
    "geluidsontheffing": "evenementenvergunning", "winkeltijdenontheffing": "evenementenvergunning",
    "kansspelautomaatvergunning": "exploitatievergunning-horeca", "collectevergunning": "evenementenvergunning",
    "ligplaatsvergunning": "omgevingsvergunning", "uitwegvergunning": "omgevingsvergunning",
    "belastingaanslag-bezwaar": "woz-bezwaar", "betalingsregeling": "belastingkwijtschelding",
}

# ---------------------------------------------------------------------------
# sites
# ---------------------------------------------------------------------------
ORDER = ["sk", "bo", "al", "ow", "ah", "ka", "wi", "wm", "ui", "vo"]
SITES = {
    "sk": dict(code="GM0037", name="Gemeente Stadskanaal", host="www.stadskanaal.test", short="Stadskanaal", inh=31959,
               header_login=True, footer_digid=False, tax=None, social=None, waste=None, search="/Zoeken",
               search_only=["ligplaatsvergunning"], phone="0599 631 631", postbus="Postbus 140, 9500 AC Stadskanaal"),
    "bo": dict(code="GM1681", name="Gemeente Borger-Odoorn", host="www.borger-odoorn.test", short="Borger-Odoorn", inh=25760,
               header_login=True, footer_digid=False, tax=None, social=None, waste="area", search="/zoeken",
               search_only=["collectevergunning"], phone="14 0591", postbus="Postbus 3, 7875 ZG Exloo"),
    "al": dict(code="GM0482", name="Gemeente Alblasserdam", host="www.alblasserdam.test", short="Alblasserdam", inh=20409,
               header_login=False, footer_digid=True, tax="gbd", social="sdd", waste=None, search="/zoeken",
               search_only=["kansspelautomaatvergunning"], phone="14 078", postbus="Postbus 2, 2950 AA Alblasserdam"),
    "ow": dict(code="GM0589", name="Gemeente Oudewater", host="www.oudewater.test", short="Oudewater", inh=10428,
               header_login=False, footer_digid=True, tax=None, social="ferm", waste=None, search="/zoeken",
               search_only=[], phone="0348 428 228", postbus="Postbus 100, 3420 DC Oudewater"),
    "ah": dict(code="GM1680", name="Gemeente Aa en Hunze", host="www.aaenhunze.test", short="Aa en Hunze", inh=25735,
               header_login=True, footer_digid=False, tax="nbk", social=None, waste=None, search="/zoeken",
               search_only=["geluidsontheffing"], phone="0592 267 777", postbus="Postbus 93, 9460 AB Gieten"),
    "ka": dict(code="GM0678", name="Gemeente Kapelle", host="www.kapelle.test", short="Kapelle", inh=13043,
               header_login=True, footer_digid=False, tax="sabewa", social=None, waste=None, search="/search",
               search_only=["winkeltijdenontheffing"], phone="0113 337 337", postbus="Postbus 10, 4420 AA Kapelle",
               cookie_wall=True),
    "wi": dict(code="GM0189", name="Gemeente Wierden", host="www.wierden.test", short="Wierden", inh=24970,
               header_login=False, footer_digid=True, tax=None, social=None, waste=None, search="/zoeken",
               search_only=["marktvergunning"], phone="14 0546", postbus="Postbus 43, 7640 AA Wierden",
               cookie_wall=True, english=True),
    "wm": dict(code="GM0668", name="Gemeente West Maas en Waal", host="www.westmaasenwaal.test", short="West Maas en Waal", inh=20250,
               header_login=True, footer_digid=False, tax="bsr", social="werkzaak", waste="avri", search="/zoeken",
               search_only=["collectevergunning"], phone="0487 597 777", postbus="Postbus 6, 6658 ZG Beneden-Leeuwen"),
    "ui": dict(code="GM0450", name="Gemeente Uitgeest", host="www.uitgeest.test", short="Uitgeest", inh=13786,
               header_login=False, footer_digid=True, tax=None, social="buch", waste="hvc", search="/zoeken",
               search_only=["leerlingenvervoer"], phone="14 0251", postbus="Postbus 15, 1910 AA Uitgeest"),
    "vo": dict(code="GM0986", name="Gemeente Voerendaal", host="www.voerendaal.test", short="Voerendaal", inh=12393,
               header_login=True, footer_digid=False, tax="bsgw", social=None, waste="rd4", search="/zoeken",
               search_only=["standplaatsvergunning"], phone="045 575 33 33", postbus="Postbus 22000, 6367 ZG Voerendaal",
               english=True, soft404=True),
}

BODIES = {
    "gbd": dict(host="www.belastingendrechtsteden.test", name="Gemeentebelastingen Drechtsteden", kind="tax", mijn="Mijn Belastingzaken"),
    "nbk": dict(host="www.noordelijkbelastingkantoor.test", name="Noordelijk Belastingkantoor", kind="tax", mijn="Mijn NBK"),
    "sabewa": dict(host="www.sabewazeeland.test", name="SaBeWa Zeeland", kind="tax", mijn="Mijn SaBeWa"),
    "bsr": dict(host="www.belastingsamenwerkingrivierenland.test", name="Belastingsamenwerking Rivierenland", kind="tax", mijn="Mijn BSR"),
    "bsgw": dict(host="www.bsgw.test", name="BsGW", kind="tax", mijn="Mijn BsGW"),
    "sdd": dict(host="www.sociaaldomeindrechtsteden.test", name="Sociaal Domein Drechtsteden", kind="social"),
    "ferm": dict(host="www.fermwerk.test", name="Ferm Werk", kind="social"),
    "werkzaak": dict(host="www.werkzaakrivierenland.test", name="Werkzaak Rivierenland", kind="social"),
    "buch": dict(host="www.debuch.test", name="Werkorganisatie BUCH", kind="social"),
    "area": dict(host="www.area-reiniging.test", name="Area Reiniging", kind="waste"),
    "avri": dict(host="www.avri.test", name="Avri", kind="waste"),
    "hvc": dict(host="www.hvcgroep.test", name="HVC", kind="waste"),
    "rd4": dict(host="www.rd4.test", name="Rd4", kind="waste"),
}
OL_HOST = "omgevingswet.overheid.test"
DIGID_HOST = "digid.test"
EH_HOST = "www.eherkenning.test"
MO_HOST = "mijn.overheid.test"
PARK_HOST = "alblasserdam.parkeerservice.test"
FIXI_HOST = "www.fixi.test"

# ---------------------------------------------------------------------------
# route matrix: one kind per site in ORDER (sk bo al ow ah ka wi wm ui vo)
#   digid / digidp (pre-fill stated) / eh / de (DigiD+eHerkenning) -> 100
#   form -> 67, pdf / doc -> 33, info / appt -> 0
#   ol (Omgevingsloket) / tax / social / park -> other body's route (via)
#   waste / fixi -> other body's online form (67)
#   no -> not offered, nf -> no page at all
# ---------------------------------------------------------------------------
M = {
    "brp-uittreksel":            "digid digid digid digid digid form  digid digid pdf   digid",
    "verhuismelding":            "digid digidp digid digid digid digid digid digid digid digidp",
    "geboorteaangifte":          "appt  digid info  digid appt  info  digid appt  digid info",
    "overlijdensaangifte":       "info  info  info  pdf   info  info  info  info  info  pdf",
    "huwelijksaangifte":         "digid digid form  digid pdf   digid digid info  digid digid",
    "paspoort":                  "appt  appt  appt  appt  appt  appt  appt  appt  appt  appt",
    "identiteitskaart":          "appt  appt  appt  appt  appt  appt  appt  appt  appt  appt",
    "parkeervergunning":         "no    no    park  digid no    no    no    nf    no    no",
    "gehandicaptenparkeerkaart": "pdf   digid digid form  pdf   digid digid pdf   form  info",
    "gehandicaptenparkeerplaats":"pdf   form  pdf   form  pdf   digid pdf   pdf   form  info",
    "hondenbelasting":           "digid no    tax   pdf   tax   tax   no    tax   form  no",
    "belastingkwijtschelding":   "pdf   digid tax   social tax  tax   pdf   tax   digid tax",
    "woz-bezwaar":               "digid digid tax   digid tax   tax   digid tax   digid tax",
    "bijstand":                  "digid digid social social digid pdf digid social social info",
    "bijzondere-bijstand":       "pdf   digid social social pdf  digid digid social social pdf",
    "wmo-voorziening":           "info  form  info  form  digid info  form  info  digid pdf",
    "leerlingenvervoer":         "pdf   digid digid digid pdf   digid pdf   form  digid pdf",
    "grofvuil":                  "form  waste form  info  form  form  form  waste waste waste",
    "afvalcontainer":            "form  waste digid form  form  info  form  waste waste waste",
    "melding-openbare-ruimte":   "form  form  form  form  form  form  form  fixi  form  form",
    "omgevingsvergunning":       "ol    ol    ol    ol    ol    ol    ol    ol    ol    ol",
    "kapvergunning":             "ol    ol    ol    pdf   ol    ol    form  ol    ol    ol",
    "bouwdossier-inzage":        "form  form  form  digid pdf   form  nf    form  form  info",
    "bezwaar":                   "digid digid pdf   digid form  digid pdf   digid info  digid",
    "klacht":                    "form  form  form  form  form  digid form  form  form  form",
    "woo-verzoek":               "form  pdf   form  info  form  form  form  form  pdf   form",
    "subsidie":                  "de    pdf   digid de    pdf   form  de    pdf   de    pdf",
    "evenementenvergunning":     "pdf   de    de    eh    pdf   eh    form  de    de    pdf",
    "exploitatievergunning-horeca": "pdf eh   pdf   eh    pdf   pdf   pdf   eh    pdf   pdf",
    "alcoholvergunning":         "pdf   eh    pdf   eh    pdf   pdf   pdf   eh    pdf   info",
    "terrasvergunning":          "nf    form  pdf   eh    nf    pdf   info  pdf   pdf   pdf",
    "standplaatsvergunning":     "pdf   form  pdf   eh    pdf   pdf   form  eh    pdf   pdf",
    "marktvergunning":           "info  nf    pdf   info  nf    nf    info  nf    pdf   info",
    "reclamebelasting":          "no    no    info  no    no    no    no    no    pdf   no",
    "geluidsontheffing":         "pdf   form  pdf   eh    pdf   pdf   form  pdf   de    pdf",
    "winkeltijdenontheffing":    "nf    no    info  nf    nf    info  nf    pdf   nf    nf",
    "kansspelautomaatvergunning":"pdf   form  pdf   eh    pdf   pdf   pdf   eh    pdf   nf",
    "collectevergunning":        "pdf   form  form  info  pdf   info  nf    pdf   doc   info",
    "ligplaatsvergunning":       "doc   nf    pdf   pdf   no    pdf   no    no    nf    no",
    "uitwegvergunning":          "pdf   ol    ol    pdf   digid form  ol    ol    form  pdf",
    "belastingaanslag-bezwaar":  "digid digid tax   digid tax   tax   digid tax   digid tax",
    "betalingsregeling":         "form  pdf   tax   form  form  tax   info  tax   form  tax",
}

# shared pages: (site, [keys]) -> one page for both products
SHARED = {
    "al": [("paspoort", "identiteitskaart", "Paspoort en identiteitskaart")],
    "ka": [("paspoort", "identiteitskaart", "Reisdocumenten: paspoort en identiteitskaart")],
    "ui": [("paspoort", "identiteitskaart", "Paspoort of ID-kaart aanvragen"),
           ("exploitatievergunning-horeca", "alcoholvergunning", "Horecavergunning en alcoholvergunning")],
    "wm": [("woz-bezwaar", "belastingaanslag-bezwaar", "Bezwaar maken tegen uw aanslag of WOZ-waarde")],
}

LEVEL = {"digid": 100, "digidp": 100, "eh": 100, "de": 100, "form": 67, "pdf": 33, "doc": 33, "info": 0, "appt": 0,
         "ol": 100, "tax": 100, "social": 100, "park": 100, "waste": 67, "fixi": 67}


def slugify(t):
    import unicodedata
    t = unicodedata.normalize("NFKD", t).encode("ascii", "ignore").decode().lower()
    out, prev = [], "-"
    for ch in t:
        if ch.isalnum():
            out.append(ch)
            prev = ch
        elif prev != "-":
            out.append("-")
            prev = "-"
    return "".join(out).strip("-")


# ---------------------------------------------------------------------------
# binary files
# ---------------------------------------------------------------------------
def make_pdf(title, lines):
    def esc(s):
        return s.encode("latin-1", "replace").decode("latin-1").replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    text = ["BT", "/F1 16 Tf", "50 790 Td", "(%s) Tj" % esc(title), "/F1 11 Tf"]
    for ln in lines:
        text += ["0 -22 Td", "(%s) Tj" % esc(ln)]
    text.append("ET")
    stream = "\n".join(text).encode("latin-1", "replace")
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
            b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
            b"<< /Title (%s) /Producer (web-dev34 gen.py) >>" % esc(title).encode("latin-1", "replace")]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for o in offs:
        out += b"%010d 00000 n \n" % o
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info 6 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    return bytes(out)


def make_png(w, h_, rgb):
    raw = b"".join(b"\x00" + bytes(rgb) * w for _ in range(h_))
    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xffffffff)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h_, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


def make_docx(title, lines):
    body = "".join('<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % escape(x) for x in [title] + lines)
    files = [
        ("[Content_Types].xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'),
        ("_rels/.rels", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>'),
        ("word/document.xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>%s</w:body></w:document>' % body),
    ]
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, "w", zipfile.ZIP_DEFLATED) as z:
        for n, d in files:
            zi = zipfile.ZipInfo(n, date_time=(2023, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, d)
    return bio.getvalue()


DIGID_PNG = make_png(24, 24, (230, 100, 20))
EH_PNG = make_png(24, 24, (30, 60, 140))
LOGO_PNG = make_png(40, 20, (0, 90, 160))


# ---------------------------------------------------------------------------
# the web writer
# ---------------------------------------------------------------------------
class Web:
    def __init__(self):
        self.files = {}  # (host, path-with-query) -> bytes
        self.redirects = []
        self.search = {}  # host -> list
        self.extra_beh = {"host_redirects": [], "not_found_pages": [], "searches": []}

    def put(self, host, path, content):
        if isinstance(content, str):
            content = content.encode("utf-8")
        key = (host, path)
        if key in self.files and self.files[key] != content:
            raise SystemExit("conflicting content for %s%s" % key)
        self.files[key] = content

    def redirect(self, url, location, status=302):
        e = {"url": url, "status": status, "location": location}
        if e not in self.redirects:
            self.redirects.append(e)

    @staticmethod
    def fs_path(path):
        base, q, query = path.partition("?")
        if base.endswith("/"):
            base += "index.html"
        return base.lstrip("/") + (("?" + query) if q else "")

    def write(self, outdir):
        seen_files, seen_dirs = set(), set()
        for (host, path) in sorted(self.files):
            rel = os.path.join(host, self.fs_path(path))
            parts = rel.split("/")
            for i in range(1, len(parts)):
                seen_dirs.add("/".join(parts[:i]))
            seen_files.add(rel)
        clash = seen_files & seen_dirs
        if clash:
            raise SystemExit("file/folder clash: %s" % sorted(clash)[:5])
        for (host, path), data in sorted(self.files.items()):
            fp = os.path.join(outdir, "sites", host, self.fs_path(path))
            os.makedirs(os.path.dirname(fp), exist_ok=True)
            with open(fp, "wb") as f:
                f.write(data)


W = Web()


def url(host, path):
    return "http://%s%s" % (host, path)


# ---------------------------------------------------------------------------
# shared bodies: identity providers, Omgevingsloket, MijnOverheid, portals
# ---------------------------------------------------------------------------
def simple_page(title, body, lang="nl", extra_head=""):
    return ('<!DOCTYPE html>\n<html lang="%s"><head><meta charset="utf-8"><title>%s</title>'
            '<meta name="viewport" content="width=device-width, initial-scale=1">%s</head>\n<body>\n%s\n</body></html>\n'
            % (lang, escape(title), extra_head, body))


def auth_start(host, slug, means="digid", target=None):
    """Register a login start that answers 302 to the fake identity provider; return its URL."""
    u = url(host, "/auth/%s/%s/start" % (slug, means))
    if means == "digid":
        loc = url(DIGID_HOST, "/saml/idp/request_authentication?SAMLRequest=%s&RelayState=%s" % (hexid(u)[:24], slug))
    else:
        loc = url("makelaar.eherkenning.test", "/selecteer-leverancier?dienst=%s" % hexid(u)[:16])
    W.redirect(u, loc, 302)
    return u


def build_shared():
    W.put(DIGID_HOST, "/", simple_page("DigiD", "<h1>DigiD</h1><p>DigiD is uw digitale identiteit voor de overheid.</p>"
                                         '<p><a href="/aanvragen">DigiD aanvragen</a> | <a href="/machtigen">DigiD Machtigen</a></p>'))
    W.put(DIGID_HOST, "/aanvragen", simple_page("DigiD aanvragen", "<h1>DigiD aanvragen</h1><p>Vraag uw DigiD aan. U ontvangt een brief met een activeringscode.</p><p><a href=\"/\">Home</a></p>"))
    W.put(DIGID_HOST, "/machtigen", simple_page("DigiD Machtigen", "<h1>DigiD Machtigen</h1><p>Laat een ander uw zaken regelen met DigiD Machtigen.</p><p><a href=\"/\">Home</a></p>"))
    W.put(DIGID_HOST, "/saml/idp/request_authentication", simple_page(
        "Inloggen | DigiD", '<h1>Inloggen bij DigiD</h1><p>Een organisatie vraagt u in te loggen met DigiD.</p>'
        '<form method="post" action="/saml/idp/request_authentication"><label>DigiD gebruikersnaam <input name="username"></label>'
        '<label>Wachtwoord <input type="password" name="password"></label><button type="submit">Inloggen</button></form>'
        '<p><a href="/">Annuleren</a></p>'))
    W.put(DIGID_HOST, "/images/digid.png", DIGID_PNG)
    W.put("makelaar.eherkenning.test", "/selecteer-leverancier", simple_page(
        "eHerkenning", '<h1>Inloggen met eHerkenning</h1><p>Selecteer de leverancier van uw inlogmiddel.</p>'
        '<ul><li><a href="/selecteer-leverancier">Leverancier A</a></li><li><a href="/selecteer-leverancier">Leverancier B</a></li></ul>'))
    W.put(EH_HOST, "/", simple_page("eHerkenning", "<h1>eHerkenning</h1><p>eHerkenning is het inlogmiddel voor ondernemers bij de overheid.</p>"))
    # Omgevingsloket
    dig = auth_start(OL_HOST, "aanvragen", "digid")
    ehs = auth_start(OL_HOST, "aanvragen", "eherkenning")
    W.put(OL_HOST, "/", simple_page("Omgevingsloket", '<h1>Omgevingsloket</h1><ul><li><a href="/checken/">Vergunningcheck doen</a></li>'
                                                          '<li><a href="/aanvragen/">Aanvraag of melding indienen</a></li><li><a href="/mijn/">Mijn Omgevingsloket</a></li></ul>'))
    W.put(OL_HOST, "/aanvragen/", simple_page("Aanvragen | Omgevingsloket",
        '<h1>Aanvraag of melding indienen</h1><p>Dien uw aanvraag voor een omgevingsvergunning of uw melding in bij de gemeente, provincie of waterschap.</p>'
        '<p>Na het inloggen haalt het Omgevingsloket gegevens over u op uit de basisregistraties. Uw naam, adres en BSN (of KvK-nummer) zijn dan automatisch ingevuld in het aanvraagformulier.</p>'
        '<p><a class="button" href="%s"><img src="http://%s/images/digid.png" alt=""> Inloggen met DigiD</a></p>'
        '<p><a class="button" href="%s">Inloggen met eHerkenning</a></p>' % (dig, DIGID_HOST, ehs)))
    W.put(OL_HOST, "/checken/", simple_page("Vergunningcheck | Omgevingsloket",
        '<h1>Vergunningcheck</h1><p>Check of u een vergunning nodig heeft of een melding moet doen. U hoeft hiervoor niet in te loggen.</p>'
        '<form method="get" action="/checken/stap-1"><label>Adres of locatie <input name="locatie"></label><button>Start de check</button></form>'))
    W.put(OL_HOST, "/checken/stap-1", simple_page("Vergunningcheck stap 1", '<h1>Vergunningcheck: wat wilt u doen?</h1><p><a href="/checken/">Terug</a></p>'))
    W.put(OL_HOST, "/mijn/", simple_page("Mijn Omgevingsloket", '<h1>Mijn Omgevingsloket</h1><p>Bekijk de status van uw ingediende aanvragen.</p><p><a href="%s">Inloggen met DigiD</a></p>'
                                         % auth_start(OL_HOST, "mijn", "digid")))
    # MijnOverheid
    W.put(MO_HOST, "/", simple_page("MijnOverheid", '<h1>MijnOverheid</h1><p>Uw Berichtenbox, lopende zaken en persoonlijke gegevens op één plek.</p><p><a href="%s">Inloggen met DigiD</a></p>'
                                    % auth_start(MO_HOST, "mijnoverheid", "digid")))
    # parking portal (Alblasserdam)
    W.put(PARK_HOST, "/", simple_page("Parkeervergunning Alblasserdam | Parkeerservice",
        '<h1>Digitaal loket parkeren Alblasserdam</h1><p>Vraag hier uw bewonersvergunning of bezoekersvergunning aan. U betaalt direct met iDEAL.</p>'
        '<p><a class="btn" href="%s">Inloggen met DigiD</a></p><p>Voor bedrijven: <a href="%s">Inloggen met eHerkenning</a></p>'
        % (auth_start(PARK_HOST, "vergunning", "digid"), auth_start(PARK_HOST, "vergunning", "eherkenning"))))
    # Fixi
    W.put(FIXI_HOST, "/", simple_page("Fixi", "<h1>Fixi</h1><p>Meld problemen in de openbare ruimte bij uw gemeente.</p>"))
    W.put(FIXI_HOST, "/westmaasenwaal/melding", simple_page("Melding doen | Gemeente West Maas en Waal",
        '<h1>Melding openbare ruimte - West Maas en Waal</h1><p>Velden met een * zijn verplicht.</p>'
        '<form method="post" action="/westmaasenwaal/melding-verzonden"><label>Categorie* <select name="cat"><option>Straatverlichting</option><option>Bestrating</option><option>Groen</option><option>Zwerfafval</option></select></label>'
        '<label>Omschrijving* <textarea name="omschrijving"></textarea></label><label>Locatie* <input name="locatie"></label>'
        '<label>Foto <input type="file" name="foto"></label><label>E-mailadres <input type="email" name="email"></label><button type="submit">Melding versturen</button></form>'))
    W.put(FIXI_HOST, "/westmaasenwaal/melding-verzonden", simple_page("Melding ontvangen", "<h1>Bedankt voor uw melding</h1><p>U ontvangt een bevestiging per e-mail.</p>"))


def body_pages(bkey):
    """Pages of a shared body (tax office, social service, waste company); returns route info per product."""
    b = BODIES[bkey]
    host = b["host"]
    routes = {}
    if b["kind"] == "tax":
        mijn = auth_start(host, "mijn", "digid")
        W.put(host, "/mijn", simple_page(b["mijn"], '<h1>%s</h1><p>Bekijk uw aanslagen, WOZ-beschikking en betalingen.</p><p><a href="%s">Inloggen met DigiD</a></p><p><a href="/">Home</a></p>' % (b["mijn"], mijn)))
        items = [("belastingkwijtschelding", "kwijtschelding", "Kwijtschelding aanvragen", "Vraag kwijtschelding aan voor afvalstoffenheffing en rioolheffing."),
                 ("woz-bezwaar", "bezwaar-woz", "Bezwaar maken tegen de WOZ-waarde", "Maak bezwaar tegen de WOZ-waarde op uw beschikking."),
                 ("belastingaanslag-bezwaar", "bezwaar-aanslag", "Bezwaar maken tegen uw aanslag", "Maak bezwaar tegen een gemeentelijke belastingaanslag."),
                 ("betalingsregeling", "betalingsregeling", "Betalingsregeling aanvragen", "Betaal uw aanslag in termijnen."),
                 ("hondenbelasting", "hond-aan-afmelden", "Hond aan- of afmelden", "Geef door dat u een hond heeft gekregen of niet meer heeft.")]
        lis = []
        for pk, slug, t, d in items:
            fu = "/formulieren/" + slug
            W.put(host, "/" + slug, simple_page("%s | %s" % (t, b["name"]),
                '<h1>%s</h1><p>%s</p><p>U regelt dit online. Log in met DigiD. Ondernemers loggen in met eHerkenning.</p><p><a class="btn" href="%s">Naar het formulier</a></p><p><a href="/">Home</a></p>' % (t, d, fu)))
            W.put(host, fu, simple_page("Formulier %s | %s" % (t, b["name"]),
                '<h1>%s</h1><p>Log in om het formulier te openen.</p><p><a class="btn btn-digid" href="%s"><img src="/img/digid.png" alt="DigiD"> Inloggen met DigiD</a></p>'
                '<p><a class="btn" href="%s">Inloggen met eHerkenning</a></p><p><a href="/">Home</a></p>'
                % (t, auth_start(host, slug, "digid"), auth_start(host, slug, "eherkenning"))))
            routes[pk] = (url(host, "/" + slug), url(host, fu))
            lis.append('<li><a href="/%s">%s</a></li>' % (slug, t))
        W.put(host, "/img/digid.png", DIGID_PNG)
        W.put(host, "/", simple_page(b["name"], '<h1>%s</h1><p>Wij heffen en innen de belastingen voor de aangesloten gemeenten.</p><ul>%s</ul><p><a href="/mijn">%s</a></p>' % (b["name"], "".join(lis), b["mijn"])))
    elif b["kind"] == "social":
        items = [("bijstand", "bijstand-aanvragen", "Bijstandsuitkering aanvragen"), ("bijzondere-bijstand", "bijzondere-bijstand", "Bijzondere bijstand aanvragen"),
                 ("belastingkwijtschelding", "kwijtschelding", "Kwijtschelding gemeentelijke belastingen")]
        lis = []
        for pk, slug, t in items:
            fu = "/digitaal-loket/" + slug
            W.put(host, "/" + slug, simple_page("%s | %s" % (t, b["name"]),
                '<h1>%s</h1><p>%s voert deze regeling uit voor de aangesloten gemeenten. Vraag online aan met DigiD.</p><p><a href="%s">Aanvraag starten</a></p><p><a href="/">Home</a></p>' % (t, b["name"], fu)))
            W.put(host, fu, simple_page("Digitaal loket: %s" % t,
                '<h1>Digitaal loket: %s</h1><p>Voor deze aanvraag logt u in met DigiD. Houd uw bankafschriften van de laatste 3 maanden bij de hand.</p>'
                '<p>U kunt bijlagen toevoegen van het formaat pdf, jpg of png. Max. bestandsgrootte: 5 MB.</p><p><a class="knop" href="%s">Inloggen met DigiD</a></p>' % (t, auth_start(host, slug, "digid"))))
            routes[pk] = (url(host, "/" + slug), url(host, fu))
            lis.append('<li><a href="/%s">%s</a></li>' % (slug, t))
        W.put(host, "/", simple_page(b["name"], '<h1>%s</h1><ul>%s</ul>' % (b["name"], "".join(lis))))
    else:  # waste
        own_login = auth_start(host, "mijn-afval", "digid") if bkey == "rd4" else None
        items = [("grofvuil", "grofvuil-aanmelden", "Grofvuil aanmelden"), ("afvalcontainer", "container-aanvragen", "Container aanvragen of wijzigen")]
        lis = []
        for pk, slug, t in items:
            fu = "/formulier/" + slug
            W.put(host, "/" + slug, simple_page("%s | %s" % (t, b["name"]),
                '<h1>%s</h1><p>Meld het online aan met uw postcode en huisnummer. U hoeft niet in te loggen.</p><p><a href="%s">Formulier invullen</a></p><p><a href="/">Home</a></p>' % (t, fu)))
            W.put(host, fu, simple_page("%s - formulier | %s" % (t, b["name"]),
                '<h1>%s</h1><p>Velden met een * zijn verplicht.</p><form method="post" action="%s-verzonden"><label>Postcode* <input name="postcode"></label>'
                '<label>Huisnummer* <input name="huisnummer"></label><label>Wat wilt u aanmelden?* <textarea name="omschrijving"></textarea></label>'
                '<label>E-mailadres* <input type="email" name="email"></label><button type="submit">Versturen</button></form>' % (t, fu)))
            W.put(host, fu + "-verzonden", simple_page("Verzonden", "<h1>Bedankt</h1><p>Uw aanmelding is ontvangen.</p>"))
            routes[pk] = (url(host, "/" + slug), url(host, fu))
            lis.append('<li><a href="/%s">%s</a></li>' % (slug, t))
        extra = ""
        if own_login:
            W.put(host, "/mijn-rd4", simple_page("Mijn Rd4", '<h1>Mijn Rd4</h1><p>Bekijk uw afvalkalender en ledigingen.</p><p><a href="%s">Inloggen met DigiD</a></p>' % own_login))
            extra = '<p><a href="/mijn-rd4">Mijn Rd4</a></p>'
        else:
            W.put(host, "/inloggen", simple_page("Inloggen | %s" % b["name"], '<h1>Inloggen</h1><form method="post" action="/inloggen"><label>Gebruikersnaam <input name="u"></label><label>Wachtwoord <input type="password" name="p"></label><button>Inloggen</button></form>'))
            extra = '<p><a href="/inloggen">Mijn %s (inloggen met gebruikersnaam)</a></p>' % b["name"]
        W.put(host, "/", simple_page(b["name"], '<h1>%s</h1><ul>%s</ul>%s' % (b["name"], "".join(lis), extra)))
    return routes


# ---------------------------------------------------------------------------
# per-site building
# ---------------------------------------------------------------------------
class Site:
    def __init__(self, key, products):
        self.key = key
        self.i = ORDER.index(key)
        self.c = SITES[key]
        self.host = self.c["host"]
        self.short = self.c["short"]
        self.products = products
        self.kind = {pk: M[pk].split()[self.i] for pk, _ in products}
        self.pages = {}      # pk -> product page URL (absolute)
        self.titles = {}
        self.routes = {}     # pk -> dict(level, route_url, via, signals, cta)
        self.labels = []
        self.search_index = []
        self.sitemap = []
        self.pdfs = {}
        self.shared_of = {}
        for a, b, t in SHARED.get(key, []):
            self.shared_of[a] = (a, b, t)
            self.shared_of[b] = (a, b, t)

    # ---- helpers --------------------------------------------------------
    def title(self, pk):
        if pk in self.shared_of:
            return self.shared_of[pk][2]
        tv = P[pk][0]
        return tv[(self.i + h(pk, 3)) % len(tv)]

    def is_business(self, pk):
        return P[pk][2] == "o"

    def product_path(self, pk):
        """URL of the product page (host, path) per CMS family."""
        k = self.key
        if pk in self.shared_of:
            pk0 = self.shared_of[pk][0]
            t = self.shared_of[pk][2]
        else:
            pk0, t = pk, self.title(pk)
        sec = P[pk0][1]
        biz = self.is_business(pk0)
        n = 100 + ORDER.index(k) * 3 + sorted(P).index(pk0) * 7
        if k == "sk":
            base = "/Ondernemingsloket/" if biz else "/Regelen-en-aanvragen/"
            return self.host, base + sec.replace(" ", "-") + "/" + "-".join(w.capitalize() if i == 0 else w for i, w in enumerate(t.replace("(", "").replace(")", "").replace(",", "").replace(":", "").split()))
        if k == "bo":
            return self.host, "/" + slugify(t)
        if k == "al":
            return self.host, ("/ondernemers_42/product/" if biz else "/inwoners_41/product/") + slugify(t).replace("-", "_") + "_%d.html" % n
        if k == "ow":
            if pk0 == "bezwaar":
                return self.host, "/Contact/Bezwaar_maken"
            if biz:
                return self.host, "/Vergunning/" + "".join(w.capitalize() for w in slugify(t).split("-"))
            return self.host, "/product/" + slugify(t)
        if k == "ah":
            base = "/Ondernemers/" if biz else "/Inwoners_verenigingen/"
            return self.host, base + sec.replace(" ", "_") + "/" + "_".join(slugify(t).split("-")).capitalize()
        if k == "ka":
            return self.host, "/producten-en-diensten?product=%d" % (1000 + n)
        if k == "wi":
            if pk0 == "verhuismelding":
                return self.host, "/levensgebeurtenissen/verhuizen"
            return self.host, "/onderwerpen/%s/%s" % (slugify(sec), slugify(t))
        if k == "wm":
            return "loket.westmaasenwaal.test", "/Loket/product/" + hexid("wm" + pk0)
        if k == "ui":
            return self.host, ("/ondernemers/" if biz else "/inwoners/") + slugify(t)
        if k == "vo":
            return self.host, "/Loket/Product?ProductID=%d" % n
        raise KeyError(k)

    def pdf(self, pk, label=None, kind="pdf"):
        """Write a printable form; return (url, link text)."""
        t = label or ("Aanvraagformulier " + P[pk][0][0].lower() if not P[pk][0][0].lower().startswith(("aanvraag",)) else P[pk][0][0])
        name = slugify(t)
        ext = "docx" if kind == "doc" else "pdf"
        k = self.key
        path = {"sk": "/Documenten/%s.%s", "bo": "/wp-content/uploads/2023/05/%s.%s", "al": "/publish/pages/2291/%s.%s",
                "ow": "/bestanden/formulieren/%s.%s", "ah": "/Documenten/Formulieren/%s.%s", "ka": "/media/%s.%s",
                "wi": "/documenten/%s.%s", "wm": "/Loket/files/%s.%s", "ui": "/sites/default/files/%s.%s", "vo": "/Portals/0/formulieren/%s.%s"}[k] % (name, ext)
        host = "loket.westmaasenwaal.test" if k == "wm" else self.host
        lines = ["%s - %s" % (self.c["name"], t), "Naam: ______________________", "Adres: _____________________",
                 "Postcode en woonplaats: ____________", "Telefoonnummer: ______________", "Datum en handtekening: ____________",
                 "Stuur dit formulier naar: %s" % self.c["postbus"]]
        data = make_docx(t, lines) if ext == "docx" else make_pdf(t, lines)
        W.put(host, path, data)
        size = 60 + h(path, 180)
        style = self.i % 4
        if ext == "docx":
            txt = "%s (Word, %d kB)" % (t, size)
        elif style == 0:
            txt = "%s (pdf, %d kB)" % (t, size)
        elif style == 1:
            txt = "%s (PDF, %d.%d kB)" % (t, size, h(path, 10))
        elif style == 2:
            txt = "%s downloaden (PDF)" % t
        else:
            txt = "%s pdf" % t
        return url(host, path), txt

    # ---- own form platforms ---------------------------------------------
    def own_form(self, pk, mode):
        """Create the organisation's own online form; return (route_url, cta_html, signals)."""
        k = self.key
        t = P[pk][0][0]
        slug = slugify(t)
        sig = []
        prefill_txt = ('<p class="prefill">Na het inloggen met DigiD zijn uw naam, adres en BSN automatisch ingevuld uit de Basisregistratie Personen. '
                       'U hoeft alleen uw nieuwe gegevens in te vullen.</p>') if mode == "digidp" else ""
        means = {"digid": ["digid"], "digidp": ["digid"], "eh": ["eherkenning"], "de": ["digid", "eherkenning"], "anon": []}[mode]
        if "digid" in means:
            sig.append("digid")
        if "eherkenning" in means:
            sig.append("eherkenning")
        if mode == "digidp":
            sig.append("prefill_text")
        if mode == "anon":
            sig.append("html_form")

        def fields(action):
            return ('<p>Velden met een * zijn verplicht.</p><form method="post" action="%s">'
                    '<label>Naam* <input name="naam" required></label><label>Adres* <input name="adres"></label>'
                    '<label>E-mailadres* <input type="email" name="email"></label><label>Telefoonnummer <input name="tel"></label>'
                    '<label>Toelichting* <textarea name="toelichting"></textarea></label>'
                    '<label>Bijlage <input type="file" name="bijlage"></label><button type="submit">Versturen</button></form>' % action)

        def login_links(host, aslug, img=False, getform=False):
            out = []
            for m in means:
                u = auth_start(host, aslug, m)
                lab = "Inloggen met DigiD" if m == "digid" else "Inloggen met eHerkenning"
                if getform:
                    out.append('<form method="get" action="%s"><button type="submit" class="btn">%s</button></form>' % (u.split("?")[0], lab))
                elif img and m == "digid":
                    out.append('<a href="%s" class="digid-knop"><img src="/images/digid.png" alt="DigiD" width="46" height="46"></a>' % u)
                else:
                    out.append('<a class="btn" href="%s">%s</a>' % (u, lab))
            return "".join(out)

        if k == "sk":
            host = "loket.stadskanaal.test"
            name = "".join(w.capitalize() for w in slug.split("-"))
            path = "/eformulier/%s.aspx" % name
            if means:
                body = '<h1>%s</h1>%s<p>U logt in om dit formulier te gebruiken.</p>%s' % (t, prefill_txt, login_links(host, slug, getform=True))
                sig.append("get_form_cta")
            else:
                body = '<h1>%s</h1>%s' % (t, fields(path + "?stap=verzenden"))
                W.put(host, path + "?stap=verzenden", simple_page("Verzonden", "<h1>Uw formulier is verzonden</h1>"))
            W.put(host, path, simple_page("%s - Digitaal loket Stadskanaal" % t, body))
            ru = url(host, path)
            cta = '<form method="get" action="%s" class="cta"><input type="hidden" name="bron" value="website"><button type="submit">%s</button></form>' % (
                ru, "Direct regelen" if means else "Formulier invullen")
            return ru, cta, sig
        if k == "bo":
            host = "mijn.borger-odoorn.test"
            path = "/%s/" % slug
            gf = '<p class="gform_required_legend">"<span class="gfield_required">*</span>" geeft vereiste velden aan</p>'
            if means:
                body = ('<h1>%s</h1>%s<p>U moet inloggen om dit formulier in te vullen.</p>%s'
                        '<div id="js-resumeSession" hidden>Kies \'Verlengen\' om uw sessie te verlengen</div>' % (t, prefill_txt, login_links(host, slug)))
            else:
                body = '<h1>%s</h1>%s%s' % (t, gf, fields(path + "bedankt/"))
                W.put(host, path + "bedankt/", simple_page("Bedankt", "<h1>Bedankt</h1><p>Wij hebben uw formulier ontvangen.</p>"))
            W.put(host, path, simple_page("%s - Mijn Borger-Odoorn" % t, body))
            ru = url(host, path)
            if means and "digid" in means:
                cta = '<p class="digid-link"><a href="%s"><img src="/images/digid.png" alt="DigiD"> link %s</a></p>' % (ru, t)
                sig.append("digid_image")
            elif means:
                cta = '<p><a class="button" href="%s">%s aanvragen (met eHerkenning)</a></p>' % (ru, t)
            else:
                cta = '<p><a class="button" href="%s">Online regelen</a></p>' % ru
            return ru, cta, sig
        if k == "al":
            host = "eloket.alblasserdam.test"
            fid = 3000 + sorted(P).index(pk) * 11 + {"digid": 1, "digidp": 2, "eh": 3, "de": 4, "anon": 5}[mode]
            path = "/eformulieren/Formulier.aspx?formid=%d" % fid
            if means:
                body = '<h1>%s</h1>%s<p>Inloggen is verplicht voor dit formulier.</p>%s' % (t, prefill_txt, login_links(host, "f%d" % fid))
            else:
                body = '<h1>%s</h1>%s' % (t, fields("/eformulieren/Verzonden.aspx"))
                W.put(host, "/eformulieren/Verzonden.aspx", simple_page("Verzonden", "<h1>Verzonden</h1><p>Uw formulier is verzonden.</p>"))
            W.put(host, path, simple_page("%s | E-loket Alblasserdam" % t, body))
            ru = url(host, path)
            lab = "Aanvragen met DigiD" if "digid" in means else ("Aanvragen met eHerkenning" if means else "Online formulier")
            cta = '<button type="button" class="btn btn-primary" onclick="window.location.href=\'%s\'">%s</button>' % (ru, lab)
            sig.append("script_cta")
            return ru, cta, sig
        if k == "ow":
            host = "formulieren.oudewater.test"
            path = "/%s/" % slug
            cfg = {"formId": slug, "title": t, "login": [], "fields": [] if means else ["Naam", "Adres", "E-mailadres", "Toelichting"],
                   "submitUrl": url(host, path + "bevestiging/")}
            for m in means:
                cfg["login"].append({"provider": "DigiD" if m == "digid" else "eHerkenning", "url": auth_start(host, slug, m)})
            if mode == "digidp":
                cfg["prefillNotice"] = "Na het inloggen met DigiD zijn uw gegevens uit de BRP automatisch ingevuld."
            W.put(host, path + "bevestiging/", simple_page("Bevestiging", "<h1>Uw inzending is ontvangen</h1>"))
            body = ('<div class="open-forms-sdk-root" id="openforms-container" data-form-id="%s" data-base-url="http://%s/" data-base-path="%s"></div>'
                    '<script type="application/json" id="of-config">%s</script>'
                    '<noscript>Dit formulier werkt alleen met JavaScript.</noscript>'
                    '<script src="/static/sdk/open-forms-sdk.js"></script>' % (slug, host, path, json.dumps(cfg, sort_keys=True)))
            W.put(host, path, '<!DOCTYPE html>\n<html lang="nl" class="openforms-theme utrecht-document"><head><meta charset="utf-8"><title>%s | Open Formulieren Oudewater</title>'
                  '<link rel="stylesheet" href="/static/sdk/open-forms-sdk.css"></head><body>%s%s</body></html>\n' % (escape(t), prefill_txt, body))
            ru = url(host, path)
            sig.append("js_form")
            lab = {"digid": "Online aanvragen", "digidp": "Online aanvragen", "eh": "Online aanvragen met eHerkenning", "de": "Online indienen", "anon": "Online formulier invullen"}[mode]
            cta = '<p><a class="button button--primary" href="%s">%s</a></p>' % (ru, lab)
            return ru, cta, sig
        if k == "ah":
            host = self.host
            name = "_".join(slug.split("-")).capitalize()
            path = "/Formulieren_digitaal/" + name
            if means:
                body = ('<h1>%s</h1><p>Voortgang: 0%%</p>%s<p>U wordt na 15 minuten inactiviteit automatisch uitgelogd bij DigiD.</p>%s'
                        % (t, prefill_txt, login_links(host, name.lower(), img=True)))
                if "digid" in means:
                    sig.append("digid_image")
            else:
                body = '<h1>%s</h1><p>Voortgang: 0%%</p>%s' % (t, fields(path + "_verzonden"))
                W.put(host, path + "_verzonden", self.wrap("Verzonden", "<h1>Verzonden</h1><p>Bedankt, uw formulier is verzonden.</p>"))
            W.put(host, path, self.wrap(t + " - digitaal formulier", body))
            ru = url(host, path)
            cta = '<p><a href="%s">&gt;&gt; %s online %s</a></p>' % (ru, t, "aanvragen" if means else "invullen")
            return ru, cta, sig
        if k == "ka":
            host = "formulieren.kapelle.test"
            path = "/" + slug
            if means:
                body = '<h2>%s</h2>%s%s' % (t, prefill_txt, login_links(host, slug))
            else:
                body = '<h2>%s</h2>%s' % (t, fields(path + "-verzonden"))
                W.put(host, path + "-verzonden", simple_page("Verzonden", "<p>Uw formulier is verzonden.</p>"))
            W.put(host, path, simple_page(t, body))
            ru = url(host, path)
            cta = '<iframe src="%s" title="Formulier %s" width="100%%" height="420"></iframe>' % (ru, escape(t))
            sig.append("iframe_form")
            return ru, cta, sig
        if k == "wi":
            host = "fd8.formdesk.test"
            path = "/gemeentewierden/" + slug
            if means:
                body = '<h1>%s</h1>%s<p>Ondertekenen en identificeren met DigiD.</p>%s' % (t, prefill_txt, login_links(host, "gemeentewierden-" + slug))
            else:
                body = '<h1>%s</h1>%s' % (t, fields(path + "-verzonden"))
                W.put(host, path + "-verzonden", simple_page("Verzonden", "<p>Uw formulier is verzonden.</p>"))
            W.put(host, path, simple_page("%s - Gemeente Wierden" % t, '<div class="fd-form">%s</div>' % body))
            ru = url(host, path)
            lab = "Vraag online aan" if means else "Vul het formulier in"
            cta = '<p><a class="btn" href="%s">%s <span class="sr">(%s)</span></a></p>' % (ru, lab, "met DigiD" if "digid" in means else ("met eHerkenning" if means else "geen DigiD nodig"))
            return ru, cta, sig
        if k == "wm":
            host = "loket.westmaasenwaal.test"
            path = "/Loket/formulier/" + slug
            if means:
                body = '<h1>%s</h1>%s%s' % (t, prefill_txt, login_links(host, slug))
            else:
                body = '<h1>%s</h1>%s' % (t, fields(path + "-verzonden"))
                W.put(host, path + "-verzonden", simple_page("Verzonden", "<p>Uw formulier is verzonden.</p>"))
            W.put(host, path, simple_page("%s - Digitaal loket West Maas en Waal" % t, body))
            ru = url(host, path)
            lab = ("Aanvragen met DigiD" if "digid" in means else "Aanvragen met eHerkenning") if means else "Formulier invullen"
            cid = "cta-" + slug
            cta = ('<div class="cta-knop" id="%s" data-href="%s" data-label="%s"></div>' % (cid, ru, lab))
            sig.append("script_cta")
            return ru, cta, sig
        if k == "ui":
            host = "formulieren.debuch.test"
            path = "/uitgeest/" + slug
            if means:
                body = '<h2>%s</h2>%s%s' % (t, prefill_txt, login_links(host, "uitgeest-" + slug))
            else:
                body = '<h2>%s</h2>%s' % (t, fields(path + "-verzonden"))
                W.put(host, path + "-verzonden", simple_page("Verzonden", "<p>Uw formulier is verzonden.</p>"))
            W.put(host, path, simple_page(t + " - Uitgeest", body))
            ru = url(host, path)
            cta = '<div class="formulier-embed"><iframe src="%s" title="%s" style="width:100%%;height:480px;border:0"></iframe></div>' % (ru, escape(t))
            sig.append("iframe_form")
            return ru, cta, sig
        if k == "vo":
            host = self.host
            path = "/e-formulieren/" + slug
            if means:
                body = '<h1>%s</h1>%s<p>Log in om verder te gaan.</p>%s' % (t, prefill_txt, login_links(host, "vo-" + slug, getform=True))
            else:
                body = '<h1>%s</h1>%s' % (t, fields(path + "-verzonden"))
                W.put(host, path + "-verzonden", self.wrap("Verzonden", "<p>Uw formulier is verzonden.</p>"))
            W.put(host, path, self.wrap(t, body))
            ru = url(host, path)
            cta = '<p><a class="knop" href="%s">%s</a></p>' % (ru, "Direct aanvragen" if means else "Naar het formulier")
            return ru, cta, sig
        raise KeyError(k)

    # ---- route per product ------------------------------------------------
    def make_route(self, pk, kind):
        if kind in ("tax", "social", "waste") and not self.c[kind]:
            kind = "form" if kind == "waste" else "digid"
        lvl = LEVEL[kind]
        r = dict(level=lvl, route_url="", via="", signals=[], cta="", how="", notes="")
        t = P[pk][0][0]
        if kind in ("digid", "digidp", "eh", "de", "form"):
            mode = "anon" if kind == "form" else kind
            ru, cta, sig = self.own_form(pk, mode)
            r.update(route_url=ru, cta=cta)
            r["signals"] += sig
            r["how"] = {"digid": "U regelt dit online. U logt in met DigiD.",
                        "digidp": "U regelt dit online met DigiD. Wij vullen uw gegevens alvast voor u in.",
                        "eh": "U vraagt dit online aan. U logt in met eHerkenning.",
                        "de": "Vraag online aan. Inwoners loggen in met DigiD, organisaties en bedrijven met eHerkenning.",
                        "form": "Vul het online formulier in. U heeft hiervoor geen DigiD nodig."}[kind]
            r["notes"] = {"digid": "own online form behind DigiD", "digidp": "DigiD form; page states data is pre-filled",
                          "eh": "own online form behind eHerkenning", "de": "own online form behind DigiD and eHerkenning",
                          "form": "own online form without login"}[kind]
            if kind == "digidp":
                r["how"] += (' <strong>Na het inloggen met DigiD zijn uw naam, adres en BSN automatisch ingevuld.</strong>')
        elif kind in ("pdf", "doc"):
            pu, txt = self.pdf(pk, kind=kind)
            r.update(route_url=pu, cta='<p><a href="%s" class="download">%s</a></p>' % (pu, txt),
                     how="Download het formulier, vul het in en stuur het naar %s. U kunt het ook afgeven bij de balie." % self.c["postbus"])
            r["signals"].append("doc_form" if kind == "doc" else "pdf_form")
            r["notes"] = "printable form (%s) only" % ("Word" if kind == "doc" else "PDF")
        elif kind == "info":
            how = {
                "overlijdensaangifte": "Meestal doet de uitvaartondernemer de aangifte. Doet u het zelf? Kom dan langs bij de balie van het gemeentehuis. Neem de verklaring van overlijden van de arts mee.",
                "geboorteaangifte": "U doet aangifte aan de balie van het gemeentehuis. Neem uw identiteitsbewijs mee. U hoeft geen afspraak te maken.",
                "woo-verzoek": "Stuur uw verzoek per brief naar %s of per e-mail naar <a href=\"mailto:woo@%s\">woo@%s</a>." % (self.c["postbus"], self.host[4:], self.host[4:]),
                "marktvergunning": "Neem contact op met de marktmeester via telefoonnummer %s. Hij kijkt of er plaats is op de markt." % self.c["phone"],
                "bezwaar": "Stuur een brief (bezwaarschrift) naar het college van burgemeester en wethouders, %s. Zet in uw brief uw naam, adres, de datum, het besluit waartegen u bezwaar maakt en waarom. Onderteken de brief." % self.c["postbus"],
            }.get(pk, "Neem contact op met de gemeente via %s. Een medewerker bespreekt met u wat u nodig heeft en stuurt u zo nodig de papieren toe." % self.c["phone"])
            r.update(how=how, notes="information only: counter, phone or letter")
            r["signals"].append("counter_or_phone")
            if "mailto" in how:
                r["signals"].append("mailto")
        elif kind == "appt":
            ap = self.appointment_url()
            r.update(how="U moet hiervoor persoonlijk langskomen op het gemeentehuis. Maak eerst een afspraak.",
                     cta='<p><a class="button" href="%s">Maak een afspraak</a></p>' % ap, notes="appointment only; personal appearance")
            r["signals"].append("appointment_online")
        elif kind == "ol":
            r.update(route_url=url(OL_HOST, "/aanvragen/"), via=OL_HOST, notes="sent to the national Omgevingsloket (DigiD/eHerkenning, pre-fill stated there)",
                     how="U vraagt de vergunning aan via het landelijke Omgevingsloket. Log in met DigiD of eHerkenning.",
                     cta='<p><a href="%s">Aanvraag indienen in het Omgevingsloket (externe link)</a></p>' % url(OL_HOST, "/aanvragen/"))
            r["signals"] += ["via_omgevingsloket", "digid", "eherkenning", "prefill_text"]
        elif kind in ("tax", "social", "waste"):
            b = BODIES[self.c[kind]]
            info, form = self.body_routes[self.c[kind]][pk]
            r.update(route_url=form, via=b["host"], cta='<p><a href="%s">%s: %s (Verwijst naar een externe website)</a></p>' % (info, b["name"], t),
                     how="%s regelt dit voor de gemeente %s." % (b["name"], self.short))
            r["signals"].append("via_" + {"tax": "tax_office", "social": "social_service", "waste": "waste_company"}[kind])
            r["signals"].append("html_form" if kind == "waste" else "digid")
            r["notes"] = "route of %s (%s)" % (b["name"], "online form without login" if kind == "waste" else "DigiD form")
        elif kind == "park":
            r.update(route_url=url(PARK_HOST, "/"), via=PARK_HOST, how="U vraagt de vergunning aan in het digitale loket parkeren. U betaalt met iDEAL.",
                     cta='<p><a href="%s">Naar het digitaal loket parkeren (externe link)</a></p>' % url(PARK_HOST, "/"), notes="parking portal behind DigiD")
            r["signals"] += ["via_parking_portal", "digid", "payment_step"]
        elif kind == "fixi":
            fu = url(FIXI_HOST, "/westmaasenwaal/melding")
            r.update(route_url=fu, via=FIXI_HOST, how="Meldingen over de openbare ruimte doet u via Fixi, online of met de app.",
                     cta='<p><a href="%s">Melding doen via Fixi</a></p>' % fu, notes="report form on Fixi without login")
            r["signals"] += ["via_report_app", "html_form"]
        r["kind"] = kind
        if not r["route_url"] and lvl > 0:
            raise SystemExit("no route for %s %s" % (self.key, pk))
        return r

    def appointment_url(self):
        return url("afspraken." + self.host[4:], "/")

    # ---- page frame -------------------------------------------------------
    def wrap(self, title, body, crumbs=None, extra_head=""):
        c = self.c
        k = self.key
        hd = ""
        if c["header_login"]:
            if k == "wm":
                mijn = url("loket.westmaasenwaal.test", "/mijnloket")
            else:
                mijn = url(self.host, "/mijn-" + slugify(self.short))
            hd = '<a class="header-login" href="%s"><img src="%s" alt="" width="20"> Mijn %s</a>' % (mijn, url(self.host, "/images/digid.png"), escape(self.short))
        nav = ('<nav class="hoofdmenu"><a href="%s">Home</a> <a href="%s">%s</a> <a href="%s">Contact</a></nav>'
               % (url(self.host, "/"), url(self.host, self.catalogue_path()), "Producten en diensten" if k in ("ka", "vo", "wm") else "Onderwerpen",
                  url(self.host, "/contact")))
        sf = '<form class="zoeken" method="get" action="%s"><label>Zoeken <input name="q" type="search"></label><button>Zoek</button></form>' % url(self.host, c["search"])
        foot = '<footer><p>%s &middot; %s &middot; Telefoon %s</p><p><a href="%s">Privacyverklaring</a> <a href="%s">Nieuws</a></p>' % (
            escape(c["name"]), escape(c["postbus"]), c["phone"], url(self.host, "/privacy"), url(self.host, "/nieuws/"))
        if c["footer_digid"]:
            foot += '<p class="footer-digid"><a href="http://%s/"><img src="%s" alt="DigiD"></a> Veel zaken regelt u met DigiD.</p>' % (DIGID_HOST, url(self.host, "/images/digid.png"))
        foot += "</footer>"
        scripts = ""
        if k == "wm":
            scripts = '<script src="%s"></script>' % url("loket.westmaasenwaal.test", "/js/loket.js")
        if k == "ka":
            scripts = '<script src="%s"></script>' % url(self.host, "/js/tabs.js")
        bc = ""
        if crumbs:
            bc = '<nav class="kruimelpad">' + " &gt; ".join('<a href="%s">%s</a>' % (u, escape(n)) for u, n in crumbs) + "</nav>"
        logo = '<a class="logo" href="%s"><img src="%s" alt="Logo %s"></a>' % (url(self.host, "/"), url(self.host, "/images/logo.png"), escape(c["name"]))
        return ('<!DOCTYPE html>\n<html lang="nl"><head><meta charset="utf-8"><title>%s | %s</title>%s</head>\n<body class="site-%s">\n'
                '<header>%s %s %s</header>\n%s\n%s\n<main>\n%s\n</main>\n%s\n%s\n</body></html>\n'
                % (escape(title), escape(c["name"]), extra_head, k, logo, hd, sf, nav, bc, body, foot, scripts))

    def catalogue_path(self):
        return {"sk": "/Regelen-en-aanvragen/", "bo": "/onderwerpen", "al": "/inwoners_41/", "ow": "/producten", "ah": "/Inwoners_verenigingen/",
                "ka": "/producten-en-diensten", "wi": "/onderwerpen/", "wm": "/loket", "ui": "/inwoners/", "vo": "/Loket/"}[self.key]

    # ---- traps ------------------------------------------------------------
    def site_traps(self):
        out = []
        if self.c["header_login"]:
            out.append("trap_site_login")
        if self.c["footer_digid"]:
            out.append("trap_footer_digid")
        return out

    def trap_html(self, pk, lvl):
        """Product-specific traps: list of (signal, html)."""
        k = self.key
        traps = []
        t = self.title(pk)
        sib = SIBLING.get(pk)
        sib_r = self.routes.get(sib)
        # sibling with a higher route, linked directly
        if sib and sib_r and sib_r["level"] > (lvl or 0) and sib_r["route_url"] and sib not in self.c["search_only"] \
                and not (pk in self.shared_of and sib in self.shared_of[pk]):
            lab = P[sib][0][0]
            if sib_r["kind"] in ("pdf", "doc"):
                traps.append(("trap_other_pdf", '<aside class="zie-ook"><h2>Zie ook</h2><p><a href="%s">Aanvraagformulier %s (pdf)</a></p></aside>' % (sib_r["route_url"], lab.lower())))
            else:
                traps.append(("trap_sibling_route", '<aside class="gerelateerd"><h2>Misschien zoekt u</h2><p><a href="%s">%s: direct online regelen</a></p></aside>' % (sib_r["route_url"], lab)))
        pool = ["direct_regelen", "status_login", "appointment_digid", "tax_login", "omgevingsloket", "bezwaar_form",
                "feedback_form", "contact_form", "newsletter", "mijnoverheid", "regulation_pdf", "digid_info", "news", "chat",
                "machtigen", "other_not_offered"]
        n = 1 + h(k + pk + "n", 2)
        start = h(k + pk, len(pool))
        chosen = []
        j = 0
        while len(chosen) < n and j < len(pool):
            cand = pool[(start + j * 5) % len(pool)]
            j += 1
            if cand == "tax_login" and P[pk][1] == "Belastingen":
                continue
            if cand == "omgevingsloket" and (self.kind.get(pk) == "ol" or P[pk][1] not in ("Wonen en bouwen", "Vergunningen", "Wonen en leefomgeving", "Verkeer en parkeren", "Subsidies")):
                continue
            if cand == "bezwaar_form" and (pk in ("bezwaar", "woz-bezwaar", "belastingaanslag-bezwaar") or self.routes["bezwaar"]["level"] < 100):
                continue
            if cand == "other_not_offered" and pk not in OTHER_NOT_OFFERED:
                continue
            if cand == "direct_regelen" and not self.direct_targets(pk):
                continue
            if cand not in chosen:
                chosen.append(cand)
        # realistic fixed pairings
        if pk in ("paspoort", "identiteitskaart") and "appointment_digid" not in chosen:
            chosen.append("appointment_digid")
        if pk in ("evenementenvergunning", "terrasvergunning", "standplaatsvergunning") and self.kind.get(pk) != "ol" and "omgevingsloket" not in chosen:
            chosen.append("omgevingsloket")
        if pk in ("klacht", "woo-verzoek") and "contact_form" not in chosen:
            chosen.append("contact_form")
        for c in chosen:
            traps.append(("trap_" + c, self.trap_snippet(c, pk)))
        return traps

    def direct_targets(self, pk):
        out = []
        for q in ("verhuismelding", "brp-uittreksel", "melding-openbare-ruimte", "afvalcontainer", "grofvuil", "bezwaar"):
            r = self.routes.get(q)
            if q != pk and r and r["level"] >= 67 and q not in self.c["search_only"] and q != SIBLING.get(pk):
                out.append((q, r["route_url"]))
        return out[:3]

    def trap_snippet(self, c, pk):
        k = self.key
        H = self.host
        if c == "direct_regelen":
            lis = "".join('<li><a href="%s">%s</a></li>' % (u, P[q][0][0]) for q, u in self.direct_targets(pk))
            return '<aside class="direct-regelen"><h2>Direct regelen</h2><ul>%s</ul></aside>' % lis
        if c == "status_login":
            return ('<aside><h2>Al een aanvraag gedaan?</h2><p>Bekijk de status van uw aanvraag in Mijn aanvragen.</p>'
                    '<p><a href="%s">Inloggen met DigiD</a></p></aside>' % auth_start(H, "mijn-aanvragen", "digid"))
        if c == "appointment_digid":
            return '<aside><h2>Afspraak maken of wijzigen</h2><p><a href="%s">Afspraak maken</a> &middot; <a href="%s">Mijn afspraken (DigiD)</a></p></aside>' % (
                self.appointment_url(), url("afspraken." + H[4:], "/mijn-afspraken"))
        if c == "tax_login":
            if self.c["tax"]:
                b = BODIES[self.c["tax"]]
                return '<aside><p>Vragen over uw aanslag? Kijk in <a href="%s">%s</a>.</p></aside>' % (url(b["host"], "/mijn"), b["mijn"])
            return '<aside><p>Uw aanslag gemeentelijke belastingen bekijken? <a href="%s">Mijn belastingen (inloggen met DigiD)</a></p></aside>' % auth_start(H, "mijn-belastingen", "digid")
        if c == "omgevingsloket":
            return ('<aside><p>Gaat u ook (ver)bouwen of iets aan een gebouw veranderen? Doe dan de <a href="%s">vergunningcheck in het Omgevingsloket</a> '
                    'of <a href="%s">log in bij Mijn Omgevingsloket</a>.</p></aside>' % (url(OL_HOST, "/checken/"), url(OL_HOST, "/mijn/")))
        if c == "bezwaar_form":
            return ('<section><h2>Bezwaar maken</h2><p>Bent u het niet eens met een besluit van de gemeente? Dan kunt u bezwaar maken.</p>'
                    '<p><a href="%s">Bezwaarschrift indienen met DigiD</a></p></section>' % self.routes["bezwaar"]["route_url"])
        if c == "feedback_form":
            return ('<form class="feedback" method="post" action="%s"><fieldset><legend>Was deze informatie nuttig?</legend>'
                    '<label><input type="radio" name="nuttig" value="ja"> Ja</label><label><input type="radio" name="nuttig" value="nee"> Nee</label>'
                    '<label>Wat kunnen we verbeteren? <textarea name="opmerking"></textarea></label><button type="submit">Verstuur</button></fieldset></form>' % url(H, "/feedback"))
        if c == "contact_form":
            return ('<section class="stel-uw-vraag"><h2>Stel uw vraag</h2><form method="post" action="%s"><label>Naam <input name="naam"></label>'
                    '<label>E-mail <input type="email" name="email"></label><label>Uw vraag <textarea name="vraag"></textarea></label>'
                    '<button type="submit">Verstuur uw vraag</button></form></section>' % url(H, "/contact-verzonden"))
        if c == "newsletter":
            return ('<aside><h2>Nieuwsbrief</h2><form method="post" action="%s"><label>E-mailadres <input type="email" name="email"></label>'
                    '<button type="submit">Aanmelden</button></form></aside>' % url(H, "/nieuwsbrief/aangemeld"))
        if c == "mijnoverheid":
            return '<aside><p>Ontvang berichten van de gemeente digitaal in de <a href="%s">Berichtenbox van MijnOverheid</a> (inloggen met DigiD).</p></aside>' % url(MO_HOST, "/")
        if c == "regulation_pdf":
            pu, txt = self.regulation_pdf(pk)
            return '<section><h2>Regelgeving</h2><p><a href="%s">%s</a></p></section>' % (pu, txt)
        if c == "digid_info":
            return '<aside><p>Heeft u nog geen DigiD? <a href="http://%s/aanvragen">Vraag DigiD aan</a>.</p></aside>' % DIGID_HOST
        if c == "news":
            q = self.direct_targets(pk)
            q = q[0][0] if q else "verhuismelding"
            return '<aside class="nieuws"><h2>Nieuws</h2><p><a href="%s">Nieuw: %s regelt u nu ook online</a></p></aside>' % (url(H, "/nieuws/online-regelen"), P[q][0][0])
        if c == "chat":
            return ('<div id="chatwidget" data-chat="%s"><button type="button">Chat met ons</button></div><script src="%s"></script>'
                    % (url(H, "/chat/"), url(H, "/js/chat.js")))
        if c == "machtigen":
            return '<aside><p>Regelt u dit voor iemand anders? Dat kan met <a href="http://%s/machtigen">DigiD Machtigen</a>.</p></aside>' % DIGID_HOST
        if c == "other_not_offered":
            return "<aside><p>%s</p></aside>" % OTHER_NOT_OFFERED[pk].format(g=self.short)
        raise KeyError(c)

    def regulation_pdf(self, pk):
        t = {"Belastingen": "Verordening %s 2024" % "belastingen", "Vergunningen": "Algemene Plaatselijke Verordening (APV) %s" % self.short,
             "Burgerzaken": "Tarieventabel leges 2024", "Verkeer en parkeren": "Beleidsregels parkeren 2022"}.get(P[pk][1], "Legesverordening 2024")
        path = "/regelgeving/%s.pdf" % slugify(t)
        W.put(self.host, path, make_pdf(t, ["Artikel 1. Begripsbepalingen", "Artikel 2. Tarieven", "Bijlage: tarieventabel"]))
        return url(self.host, path), "%s (pdf, %d kB)" % (t, 200 + h(path, 400))

    # ---- product pages ------------------------------------------------------
    def render_product(self, pk, r, traps, title, not_offered_text=None, other_pk=None):
        """Return HTML for the product page (shared pages render both products)."""
        k = self.key
        intro, cost = P[pk][3], P[pk][4]
        blocks = []
        if other_pk:
            blocks.append(("Wat is het?", "<p>%s</p><p>%s</p>" % (intro, P[other_pk][3])))
        else:
            blocks.append(("Wat is het?", "<p>%s</p>" % intro))
        if not_offered_text:
            blocks.append(("Hoe werkt het?", "<p>%s</p>" % not_offered_text))
        else:
            how = "<p>%s</p>%s" % (r["how"], r["cta"])
            if other_pk:
                r2 = self.routes[other_pk]
                if r2["cta"] != r["cta"]:
                    how = "<h3>%s</h3>%s<h3>%s</h3><p>%s</p>%s" % (escape(P[pk][0][0]), how, escape(P[other_pk][0][0]), r2["how"], r2["cta"])
            blocks.append(("Hoe werkt het?" if k != "ka" else "Aanvragen", how))
            if cost:
                blocks.append(("Wat kost het?" if k != "ka" else "Kosten", "<p>%s</p>" % cost))
            blocks.append(("Wat heb ik nodig?" if k != "ka" else "Wat moet u meenemen", "<p>Een geldig identiteitsbewijs. Regelt u het online, dan heeft u DigiD of eHerkenning nodig als dat bij het formulier staat.</p>"))
        trap_html = "\n".join(x for _, x in traps)
        if k == "wi" and pk == "verhuismelding":
            lis = "".join('<li><a href="%s">%s</a></li>' % (self.pages[q], escape(self.title(q))) for q in ("brp-uittreksel", "afvalcontainer", "parkeervergunning") if q in self.pages)
            blocks.append(("Wat moet u nog meer regelen bij een verhuizing?", "<ul>%s</ul>" % lis))
        if k == "sk":
            return None  # handled in build_sk
        if k == "ka":
            tabs = "".join('<button type="button" role="tab" data-tab="tab%d">%s</button>' % (i, escape(n)) for i, (n, _) in enumerate(blocks))
            panels = "".join('<div role="tabpanel" id="tab%d"%s><h2>%s</h2>%s</div>' % (i, "" if i == 0 else " hidden", escape(n), b) for i, (n, b) in enumerate(blocks))
            body = '<h1>%s</h1><div class="tabs" role="tablist">%s</div>%s' % (escape(title), tabs, panels)
        elif k == "wi":
            body = "<h1>%s</h1>%s" % (escape(title), "".join('<details%s><summary>%s</summary>%s</details>' % (" open" if i == 0 else "", escape(n), b) for i, (n, b) in enumerate(blocks)))
        elif k == "ah":
            body = '<h1>%s</h1><div class="product-informatie">%s</div>' % (escape(title), "".join('<h3>%s</h3>%s' % (escape({"Wat is het?": "Omschrijving", "Hoe werkt het?": "Aanpak", "Wat kost het?": "Kosten", "Wat heb ik nodig?": "Voorwaarden"}.get(n, n)), b) for n, b in blocks))
        else:
            body = "<h1>%s</h1>%s" % (escape(title), "".join("<h2>%s</h2>%s" % (escape(n), b) for n, b in blocks))
        return body + "\n" + trap_html

    def build(self):
        k = self.key
        self.body_routes = {}
        for which in ("tax", "social", "waste"):
            bk = self.c[which]
            if bk:
                if bk not in BODY_ROUTES:
                    BODY_ROUTES[bk] = body_pages(bk)
                self.body_routes[bk] = BODY_ROUTES[bk]
        # routes
        for pk, _ in self.products:
            kind = self.kind[pk]
            if kind in ("no", "nf"):
                continue
            self.routes[pk] = self.make_route(pk, kind)
        # page URLs
        for pk, _ in self.products:
            if self.kind[pk] == "nf":
                continue
            host, path = self.product_path(pk)
            self.pages[pk] = url(host, path)
        # render
        done = set()
        for pk, name in self.products:
            kind = self.kind[pk]
            if kind == "nf":
                self.labels.append(self.label(pk, "not_found", notes="no page for this product on the site; search finds nothing"))
                continue
            if pk in done:
                continue
            host, path = self.product_path(pk)
            title = self.title(pk)
            other = None
            if pk in self.shared_of:
                a, b, _ = self.shared_of[pk]
                other = b if pk == a else a
            traps_sig = self.site_traps()
            if kind == "no":
                lvl = None
                r = None
                traps = self.trap_html(pk, 0)
                not_txt = NOT_OFFERED[pk][self.i % len(NOT_OFFERED[pk])].format(g=self.short)
                title = NOT_OFFERED_TITLE.get((k, pk), title)
            else:
                r = self.routes[pk]
                lvl = r["level"]
                traps = self.trap_html(pk, lvl)
                not_txt = None
            extra_sig = []
            if k == "sk":
                self.build_sk_page(pk, host, path, title, r, traps, not_txt)
                if r and r["level"] > 0:
                    extra_sig.append("route_in_tab")
                if r and r["kind"] in ("info", "appt"):
                    traps.append(("trap_not_online_wording", ""))
            else:
                body = self.render_product(pk, r, traps, title, not_txt, other)
                crumbs = [(url(self.host, "/"), "Home"), (url(self.host, self.catalogue_path()), "Producten en diensten")]
                W.put(host, path, self.wrap(title, body, crumbs))
                if k == "ka" and r and r["level"] > 0:
                    extra_sig.append("route_in_tab")
                if k == "wi" and r and r["level"] > 0:
                    extra_sig.append("route_in_accordion")
            if kind == "appt" and k in ("bo", "wm"):
                pass
            sigs = traps_sig + [s for s, _ in traps]
            if other:
                sigs.append("trap_shared_page")
            if pk in self.c["search_only"]:
                extra_sig.append("search_only")
            if "/levensgebeurtenissen/" in path:
                extra_sig.append("life_event_page")
            text = "%s %s %s" % (title, P[pk][3], not_txt or "")
            self.search_index.append({"url": url(host, path), "title": title, "text": text})
            if pk not in self.c["search_only"]:
                self.sitemap.append(url(host, path))
            for q in ([pk, other] if other else [pk]):
                if self.kind[q] == "no":
                    self.labels.append(self.label(q, "not_offered", product_url=url(host, path), signals=sigs + ["not_offered_text"] + extra_sig,
                                                  notes="page states the municipality does not offer it"))
                else:
                    rq = self.routes[q]
                    self.labels.append(self.label(q, "ok", product_url=url(host, path), r=rq, signals=sigs + rq["signals"] + extra_sig))
                done.add(q)
        self.build_common()

    def label(self, pk, status, product_url="", r=None, signals=(), notes=""):
        row = dict(org_code=self.c["code"], product_key=pk, level="", status=status, product_url=product_url, route_url="",
                   level_strict="", via="", signals="", notes=notes)
        if r:
            lvl = r["level"]
            strict = lvl
            if lvl == 100 and "prefill_text" not in r["signals"]:
                strict = 67
            row.update(level=str(lvl), level_strict=str(strict), route_url=r["route_url"] if lvl > 0 else "", via=r["via"], notes=r["notes"])
        seen = []
        for s in signals:
            if s not in seen:
                seen.append(s)
        row["signals"] = ";".join(seen)
        return row

    # ---- Stadskanaal: query-string tabs ------------------------------------
    def build_sk_page(self, pk, host, path, title, r, traps, not_txt):
        intro, cost = P[pk][3], P[pk][4]
        tabs = '<ul class="tabs"><li><a href="%s">Omschrijving</a></li><li><a href="%s?show=online">Online regelen</a></li><li><a href="%s?show=townhall">Op het gemeentehuis</a></li></ul>' % (path, path, path)
        trap_html = "\n".join(x for _, x in traps)
        crumbs = [(url(self.host, "/"), "Home"), (url(self.host, "/Regelen-en-aanvragen/"), "Regelen en aanvragen")]
        base = '<h1>%s</h1>%s<div class="tab-inhoud"><p>%s</p>%s</div>' % (escape(title), tabs, intro, "<p>%s</p>" % not_txt if not_txt else ("<p>%s</p>" % cost if cost else ""))
        W.put(host, path, self.wrap(title, base + trap_html, crumbs))
        if not_txt:
            online = "<p>%s</p>" % not_txt
            town = "<p>%s</p>" % not_txt
        else:
            if r["level"] > 0:
                online = "<h2>Online regelen</h2><p>%s</p>%s" % (r["how"], r["cta"])
                town = "<h2>Op het gemeentehuis</h2><p>U kunt ook langskomen op het gemeentehuis. Maak hiervoor een afspraak.</p>"
            else:
                online = "<h2>Online regelen</h2><p><strong>Via internet aanvragen niet mogelijk.</strong></p>"
                if r["kind"] == "appt":
                    online += "<p>U kunt wel online een afspraak maken.</p>" + r["cta"]
                town = "<h2>Op het gemeentehuis</h2><p>%s</p>%s" % (r["how"], r["cta"])
        W.put(host, path + "?show=online", self.wrap(title + " - online regelen", '<h1>%s</h1>%s%s' % (escape(title), tabs, online) + trap_html, crumbs))
        W.put(host, path + "?show=townhall", self.wrap(title + " - op het gemeentehuis", '<h1>%s</h1>%s%s' % (escape(title), tabs, town) + trap_html, crumbs))

    # ---- common pages -------------------------------------------------------
    def build_common(self):
        k, H, c = self.key, self.host, self.c
        W.put(H, "/images/digid.png", DIGID_PNG)
        W.put(H, "/images/logo.png", LOGO_PNG)
        # Mijn <gemeente>
        if c["header_login"]:
            if k == "wm":
                mh, mp = "loket.westmaasenwaal.test", "/mijnloket"
            else:
                mh, mp = H, "/mijn-" + slugify(self.short)
            W.put(mh, mp, self.wrap("Mijn %s" % self.short, '<h1>Mijn %s</h1><p>In Mijn %s ziet u uw lopende zaken, aanvragen en berichten.</p><p><a href="%s">Inloggen met DigiD</a></p>'
                                    % (self.short, self.short, auth_start(mh, "mijn", "digid"))))
        # appointments
        ah = "afspraken." + H[4:]
        W.put(ah, "/", simple_page("Afspraak maken | %s" % c["name"],
            '<h1>Afspraak maken</h1><p>Kies het product waarvoor u een afspraak wilt maken.</p><form method="get" action="/kies-tijd">'
            '<label>Product <select name="product"><option>Paspoort aanvragen</option><option>Identiteitskaart aanvragen</option><option>Rijbewijs aanvragen</option>'
            '<option>Uittreksel BRP</option><option>Aangifte geboorte</option></select></label><label>Datum <input type="date" name="datum"></label><button>Volgende</button></form>'
            '<p><a href="/mijn-afspraken">Mijn afspraken bekijken of annuleren</a></p>'))
        W.put(ah, "/kies-tijd", simple_page("Kies een tijd", '<h1>Kies een tijd</h1><form method="post" action="/bevestigd"><label>Tijd <select name="tijd"><option>09:00</option><option>09:15</option></select></label>'
                                            '<label>Naam <input name="naam"></label><label>E-mail <input name="email"></label><button>Afspraak bevestigen</button></form>'))
        W.put(ah, "/bevestigd", simple_page("Afspraak bevestigd", "<h1>Uw afspraak is gemaakt</h1>"))
        W.put(ah, "/mijn-afspraken", simple_page("Mijn afspraken", '<h1>Mijn afspraken</h1><p>Log in om uw afspraken te bekijken.</p><p><a href="%s">Inloggen met DigiD</a></p>' % auth_start(ah, "afspraken", "digid")))
        # generic pages
        W.put(H, "/contact", self.wrap("Contact", '<h1>Contact</h1><p>Bel %s of schrijf naar %s.</p><h2>Contactformulier</h2><form method="post" action="%s">'
                                       '<label>Naam <input name="naam"></label><label>E-mail <input name="email"></label><label>Bericht <textarea name="bericht"></textarea></label>'
                                       '<button>Versturen</button></form>' % (c["phone"], c["postbus"], url(H, "/contact-verzonden"))))
        W.put(H, "/contact-verzonden", self.wrap("Bedankt", "<h1>Bedankt voor uw bericht</h1>"))
        W.put(H, "/feedback", self.wrap("Bedankt", "<h1>Bedankt voor uw reactie</h1>"))
        W.put(H, "/nieuwsbrief/aangemeld", self.wrap("Aangemeld", "<h1>U bent aangemeld voor de nieuwsbrief</h1>"))
        W.put(H, "/privacy", self.wrap("Privacyverklaring", "<h1>Privacyverklaring</h1><p>Wij gaan zorgvuldig om met uw persoonsgegevens.</p>"))
        W.put(H, "/chat/", self.wrap("Chat", "<h1>Chat met de gemeente</h1><p>De chat is bereikbaar op werkdagen van 9.00 tot 17.00 uur.</p>"))
        W.put(H, "/js/chat.js", "document.addEventListener('DOMContentLoaded',function(){var w=document.getElementById('chatwidget');if(!w)return;"
                                "w.querySelector('button').addEventListener('click',function(){window.open(w.getAttribute('data-chat'));});});\n")
        dt = self.direct_targets("")
        news_items = '<li><a href="%s">Nieuw: online regelen</a></li>' % url(H, "/nieuws/online-regelen")
        old = ""
        if k == "vo":
            old = '<li><a href="%s">Paspoort en ID-kaart: langere wachttijden in mei (2019)</a></li>' % url(H, "/inwoners/paspoort-aanvragen")
        if k == "sk":
            old = '<li><a href="%s">Archief 2018</a></li>' % url(H, "/nieuws/archief-2018")
            W.put(H, "/nieuws/archief-2018", self.wrap("Archief", '<h1>Nieuwsarchief 2018</h1><p><a href="%s">Verhuizen? Lees meer (oude link)</a></p>' % url(H, "/Home/Burgerzaken/Verhuizen")))
        W.put(H, "/nieuws/", self.wrap("Nieuws", "<h1>Nieuws</h1><ul>%s%s</ul>" % (news_items, old)))
        W.put(H, "/nieuws/online-regelen", self.wrap("Nieuw: online regelen", "<h1>Steeds meer zaken online te regelen</h1><p>Inwoners van %s kunnen steeds meer zaken online regelen met DigiD, zoals: %s.</p>"
                                                   % (self.short, ", ".join('<a href="%s">%s</a>' % (self.pages[q], P[q][0][0].lower()) for q, _ in dt) or "uw verhuizing")))
        # life events
        events = [("Verhuizen", ["verhuismelding", "brp-uittreksel", "afvalcontainer", "parkeervergunning", "hondenbelasting"]),
                  ("Trouwen en partnerschap", ["huwelijksaangifte", "brp-uittreksel", "paspoort"]),
                  ("Kind geboren", ["geboorteaangifte", "identiteitskaart", "paspoort"]),
                  ("Iemand overleden", ["overlijdensaangifte", "belastingkwijtschelding", "hondenbelasting"]),
                  ("Ondernemen", ["exploitatievergunning-horeca", "alcoholvergunning", "terrasvergunning", "evenementenvergunning", "standplaatsvergunning", "reclamebelasting", "kansspelautomaatvergunning", "winkeltijdenontheffing"])]
        ev_links = []
        for ename, pks in events:
            lis = []
            for q in pks:
                if q in self.pages and q not in self.c["search_only"]:
                    lis.append('<li><a href="%s">%s</a></li>' % (self.pages[q], escape(self.title(q))))
            extra = ""
            if ename == "Verhuizen" and self.routes.get("verhuismelding"):
                extra = '<p class="toptaak">Geef uw verhuizing direct door: %s</p>' % self.routes["verhuismelding"]["cta"]
            p = "/levensgebeurtenissen/" + slugify(ename)
            ev_links.append('<li><a href="%s">%s</a></li>' % (url(H, p), ename))
            if url(H, p) in self.pages.values():
                continue
            W.put(H, p, self.wrap(ename, "<h1>%s</h1><p>Een overzicht van wat u moet regelen.</p>%s<ul>%s</ul>" % (ename, extra, "".join(lis))))
        # catalogue (A-Z) and home
        listed = [(self.title(q), self.pages[q]) for q, _ in self.products if q in self.pages and q not in self.c["search_only"]]
        uniq = []
        for t, u in sorted(listed, key=lambda x: x[0].lower()):
            if (t, u) not in uniq:
                uniq.append((t, u))
        az = "".join('<li><a href="%s">%s</a></li>' % (u, escape(t)) for t, u in uniq)
        cat = self.catalogue_path()
        if k == "ka":
            letters = sorted({t[0].upper() for t, _ in uniq})
            W.put(H, cat, self.wrap("Producten en diensten", '<h1>Producten en diensten A-Z</h1><p>%s</p>' % " ".join('<a href="%s?letter=%s">%s</a>' % (cat, L, L) for L in letters)))
            for L in letters:
                W.put(H, cat + "?letter=" + L, self.wrap("Producten en diensten - " + L, '<h1>Producten en diensten: %s</h1><ul>%s</ul>' % (L, "".join(
                    '<li><a href="%s">%s</a></li>' % (u, escape(t)) for t, u in uniq if t[0].upper() == L))))
            W.put(H, "/js/tabs.js", "document.querySelectorAll('[role=tab]').forEach(function(b){b.addEventListener('click',function(){"
                                    "document.querySelectorAll('[role=tabpanel]').forEach(function(p){p.hidden=(p.id!==b.dataset.tab);});});});\n")
        elif k == "wm":
            W.put("loket.westmaasenwaal.test", "/js/loket.js",
                  "document.querySelectorAll('.cta-knop[data-href]').forEach(function(d){var a=document.createElement('a');"
                  "a.href=d.getAttribute('data-href');a.className='knop';a.textContent=d.getAttribute('data-label');d.appendChild(a);});\n")
            lk = "loket.westmaasenwaal.test"
            W.put(lk, "/", simple_page("Digitaal loket West Maas en Waal", '<h1>Digitaal loket</h1><ul>%s</ul><p><a href="%s">Naar de website</a></p>' % (az, url(H, "/"))))
            W.put(H, "/loket", self.wrap("Producten en diensten", '<h1>Producten en diensten</h1><p>Alle producten vindt u in ons <a href="%s">digitaal loket</a>.</p><ul>%s</ul>' % (url(lk, "/"), az)))
        elif k == "vo":
            W.put(H, "/Loket/", self.wrap("Digitaal loket", '<h1>Producten en diensten</h1><ul>%s</ul>' % az))
            W.put(H, "/Loket/Product", self.wrap("Product", '<h1>Geen product gekozen</h1><p><a href="%s">Naar het overzicht</a></p>' % url(H, "/Loket/")))
        else:
            if k == "ow":
                W.put(H, "/Vergunning/", self.wrap("Vergunningen", '<h1>Vergunningen</h1><ul>%s</ul>' % "".join(
                    '<li><a href="%s">%s</a></li>' % (u, escape(t)) for t, u in uniq if "/Vergunning/" in u)))
            if k in ("al",):
                W.put(H, "/ondernemers_42/", self.wrap("Ondernemers", '<h1>Ondernemers</h1><ul>%s</ul>' % "".join(
                    '<li><a href="%s">%s</a></li>' % (u, escape(t)) for t, u in uniq if "ondernemers_42" in u)))
            if k == "ui":
                W.put(H, "/ondernemers/", self.wrap("Ondernemers", '<h1>Ondernemers</h1><ul>%s</ul>' % "".join(
                    '<li><a href="%s">%s</a></li>' % (u, escape(t)) for t, u in uniq if "/ondernemers/" in u)))
            W.put(H, cat, self.wrap("Producten en diensten", '<h1>%s</h1><ul class="a-z">%s</ul>' % ("Regelen en aanvragen" if k == "sk" else "Onderwerpen A-Z", az)))
        # toptaken home
        top = [q for q in ("verhuismelding", "paspoort", "grofvuil", "melding-openbare-ruimte", "omgevingsvergunning", "woz-bezwaar") if q in self.pages and q not in self.c["search_only"]]
        tiles = "".join('<li class="toptaak"><a href="%s">%s</a></li>' % (self.pages[q], escape(self.title(q))) for q in top)
        home = ('<h1>Welkom bij %s</h1><section class="toptaken"><h2>Veelgevraagd</h2><ul>%s</ul></section>'
                '<section><h2>Alle onderwerpen</h2><p><a href="%s">Producten en diensten A-Z</a></p></section>'
                '<section><h2>Wat gebeurt er in uw leven?</h2><ul>%s</ul></section>' % (escape(c["name"]), tiles, url(H, cat), "".join(ev_links)))
        if k in ("ow", "ui"):
            home += '<section><p><a href="%s">Vergunningen voor ondernemers</a></p></section>' % url(H, "/Vergunning/" if k == "ow" else "/ondernemers/")
        if k == "al":
            home += '<section><p><a href="%s">Ondernemers</a></p></section>' % url(H, "/ondernemers_42/")
        if c.get("english"):
            home += '<p lang="en"><a href="%s">English</a></p>' % url(H, "/en/")
            self.build_english()
        if c.get("cookie_wall"):
            W.put(H, "/", simple_page("Cookies | %s" % c["name"],
                '<div class="cookiewall"><h1>Cookies op de website van %s</h1><p>Wij gebruiken cookies om de website goed te laten werken en om het gebruik te meten. '
                'Kies of u cookies accepteert.</p><p><a class="knop" href="/?cookies=accepteren">Alle cookies accepteren</a> '
                '<a href="/?cookies=weigeren">Alleen noodzakelijke cookies</a></p><p><a href="/privacy">Privacyverklaring</a></p></div>' % escape(c["name"])))
            W.put(H, "/?cookies=accepteren", self.wrap("Home", home))
            W.put(H, "/?cookies=weigeren", self.wrap("Home", home))
        else:
            W.put(H, "/", self.wrap("Home", home))
        # search
        sp = c["search"]
        self.search_template = (self.wrap("Zoeken", '<h1>Zoekresultaten voor &quot;<!--QUERY-->&quot;</h1><ol class="resultaten"><!--RESULTS--></ol>'))
        idx = list(self.search_index)
        idx.append({"url": url(H, "/nieuws/online-regelen"), "title": "Steeds meer zaken online te regelen", "text": "nieuws online regelen DigiD"})
        idx.append({"url": url(H, "/contact"), "title": "Contact", "text": "contact contactformulier telefoon vraag"})
        W.search[H] = idx
        # robots + sitemap
        W.put(H, "/robots.txt", "User-agent: *\nDisallow: /feedback\nSitemap: %s\n" % url(H, "/sitemap.xml"))
        sm = sorted(set(self.sitemap + [url(H, "/"), url(H, "/contact")]))
        if k == "vo":
            sm.append(url(H, "/inwoners/paspoort-aanvragen"))
        sm = [u for u in sm if u.startswith("http://%s/" % H)]
        W.put(H, "/sitemap.xml", '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n%s</urlset>\n'
              % "".join("  <url><loc>%s</loc></url>\n" % escape(u) for u in sm))
        if k == "wm":
            lk = "loket.westmaasenwaal.test"
            W.put(lk, "/robots.txt", "User-agent: *\nSitemap: %s\n" % url(lk, "/sitemap.xml"))
            W.put(lk, "/sitemap.xml", '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n%s</urlset>\n'
                  % "".join("  <url><loc>%s</loc></url>\n" % escape(u) for u in sorted(set(self.sitemap)) if u.startswith("http://%s/" % lk)))

    def build_english(self):
        H = self.host
        items = []
        for pk, en, txt in [("verhuismelding", "Moving house: registering your new address",
                              "If you move to or within the municipality, you must register your new address. Most people do this online with DigiD (the Dutch login); the form is in Dutch."),
                             ("paspoort", "Passport and identity card",
                              "You apply for a passport or identity card in person at the town hall. Please make an appointment first.")]:
            if pk not in self.routes:
                continue
            p = "/en/" + slugify(en)
            link = ""
            if self.routes[pk]["level"] > 0:
                link = '<p>Go to the Dutch page: <a href="%s">%s</a></p>' % (self.pages[pk], escape(self.title(pk)))
            else:
                link = '<p><a href="%s">Make an appointment</a></p>' % self.appointment_url()
            W.put(H, p, self.wrap(en, '<h1 lang="en">%s</h1><p lang="en">%s</p>%s' % (en, txt, link)))
            items.append('<li><a href="%s">%s</a></li>' % (url(H, p), en))
        W.put(H, "/en/", self.wrap("English", '<h1 lang="en">Information in English</h1><ul>%s</ul>' % "".join(items)))


BODY_ROUTES = {}

NOT_OFFERED = {
    "parkeervergunning": ["In {g} is parkeren overal gratis. Er zijn geen gebieden met vergunninghoudersparkeren, dus u heeft geen parkeervergunning nodig.",
                          "De gemeente {g} kent geen betaald parkeren en geeft geen parkeervergunningen uit. In de centra geldt een blauwe zone: gebruik een parkeerschijf."],
    "hondenbelasting": ["De gemeente {g} heft sinds 1 januari 2020 geen hondenbelasting meer. U hoeft uw hond dus niet aan of af te melden.",
                        "Hondenbelasting is in {g} afgeschaft. Aan- of afmelden van uw hond is niet meer nodig."],
    "reclamebelasting": ["{g} heft geen reclamebelasting. Wilt u een groot reclamebord plaatsen? Kijk dan of u een omgevingsvergunning nodig heeft.",
                         "Reclamebelasting kennen wij in {g} niet."],
    "winkeltijdenontheffing": ["In {g} mogen winkels op alle dagen open tussen 6.00 en 22.00 uur. Een ontheffing van de winkeltijden is daarom niet nodig en wordt niet verleend."],
    "ligplaatsvergunning": ["De gemeente {g} heeft geen ligplaatsen in beheer en geeft geen ligplaatsvergunningen uit. Voor een ligplaats in een jachthaven neemt u contact op met de havenbeheerder.",
                            "Er is in {g} geen gemeentelijk water met ligplaatsen. Wij verlenen daarom geen ligplaatsvergunningen."],
}
NOT_OFFERED_TITLE = {("sk", "parkeervergunning"): "Parkeren in Stadskanaal", ("ka", "parkeervergunning"): "Parkeren",
                     ("wi", "reclamebelasting"): "Belastingen voor ondernemers", ("vo", "hondenbelasting"): "Honden",
                     ("ah", "ligplaatsvergunning"): "Varen en aanmeren"}
OTHER_NOT_OFFERED = {
    "terrasvergunning": "De gemeente {g} heft geen precariobelasting voor terrassen.",
    "evenementenvergunning": "Voor kleine buurtfeesten geldt een meldplicht; een vergunning is dan niet nodig.",
    "afvalcontainer": "Een container voor oud papier verstrekt de gemeente {g} niet; oud papier wordt opgehaald door verenigingen.",
    "grofvuil": "Snoeiafval halen wij niet op als grofvuil.",
    "gehandicaptenparkeerkaart": "Een gehandicaptenparkeerkaart voor instellingen (zoals zorginstellingen) verstrekt de gemeente {g} niet.",
    "exploitatievergunning-horeca": "Voor kantines van sportverenigingen zonder alcohol geeft de gemeente {g} geen exploitatievergunning af; die is daar niet nodig.",
    "subsidie": "De gemeente {g} verstrekt geen subsidie voor commerciële activiteiten.",
}


def build_behaviours(sites):
    b = {"redirects": sorted(W.redirects, key=lambda e: e["url"]), "host_redirects": [], "not_found_pages": [], "searches": []}
    for s in sites:
        H = s.host
        bare = H[4:]
        b["host_redirects"].append({"host": bare, "status": 301, "to": H})
        b["searches"].append({"host": H, "path": s.c["search"], "param": "q", "index": "search/%s.json" % H,
                              "template": "search/%s-template.html" % H})
        if s.c.get("soft404"):
            b["not_found_pages"].append({"host": H, "file": "errors/%s-404.html" % H, "status": 200})
    # Voerendaal: old URLs from the previous CMS
    vo = [s for s in sites if s.key == "vo"][0]
    for old, pk in [("/inwoners/paspoort-aanvragen", "paspoort"), ("/inwoners/verhuizing-doorgeven", "verhuismelding"), ("/inwoners/rijbewijs-en-paspoort", "identiteitskaart")]:
        b["redirects"].append({"url": url(vo.host, old), "status": 301, "location": vo.pages[pk]})
    # Stadskanaal old URL chain: old /Home/... -> short -> current
    sk = [s for s in sites if s.key == "sk"][0]
    b["redirects"].append({"url": url(sk.host, "/Home/Burgerzaken/Verhuizen"), "status": 301, "location": url(sk.host, "/verhuizen")})
    b["redirects"].append({"url": url(sk.host, "/verhuizen"), "status": 302, "location": sk.pages["verhuismelding"]})
    return b


def main():
    outdir = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "web")
    if os.path.exists(outdir):
        shutil.rmtree(outdir)
    os.makedirs(outdir)
    products = load_products()
    assert all(pk in P for pk, _ in products), [pk for pk, _ in products if pk not in P]
    assert all(pk in M for pk, _ in products)
    build_shared()
    sites = []
    for key in ORDER:
        s = Site(key, products)
        s.build()
        sites.append(s)
    # extra pages that link old URLs
    # Open Forms SDK (Oudewater)
    W.put("formulieren.oudewater.test", "/static/sdk/open-forms-sdk.js", OPEN_FORMS_SDK)
    W.put("formulieren.oudewater.test", "/static/sdk/open-forms-sdk.css", ".openforms-theme{font-family:sans-serif}\n")
    W.put("formulieren.oudewater.test", "/", simple_page("Open Formulieren", "<h1>Open Formulieren</h1><p>Kies een formulier via de website van de gemeente.</p>"))
    W.write(outdir)
    # soft 404 page
    for s in sites:
        if s.c.get("soft404"):
            os.makedirs(os.path.join(outdir, "errors"), exist_ok=True)
            with open(os.path.join(outdir, "errors", "%s-404.html" % s.host), "w", encoding="utf-8") as f:
                f.write(s.wrap("Pagina niet gevonden", "<h1>Pagina niet gevonden</h1><p>Helaas, de pagina die u zoekt bestaat niet (meer). Gebruik de zoekfunctie of ga naar de <a href=\"/\">homepage</a>.</p>"))
    os.makedirs(os.path.join(outdir, "search"), exist_ok=True)
    for hst in sorted(W.search):
        with open(os.path.join(outdir, "search", "%s.json" % hst), "w", encoding="utf-8") as f:
            json.dump(W.search[hst], f, ensure_ascii=False, indent=1, sort_keys=True)
    for s in sites:
        with open(os.path.join(outdir, "search", "%s-template.html" % s.host), "w", encoding="utf-8") as f:
            f.write(s.search_template)
    with open(os.path.join(outdir, "testweb.json"), "w", encoding="utf-8") as f:
        json.dump({"behaviours": build_behaviours(sites)}, f, indent=1, sort_keys=True)
    with open(os.path.join(outdir, "organisations.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["code", "name", "org_type", "website", "inhabitants"])
        for s in sites:
            w.writerow([s.c["code"], s.c["name"], "gemeente", "http://%s/" % s.host, s.c["inh"]])
    cols = ["org_code", "product_key", "level", "status", "product_url", "route_url", "level_strict", "via", "signals", "notes"]
    with open(os.path.join(outdir, "labels.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=cols, lineterminator="\n")
        w.writeheader()
        order = [pk for pk, _ in products]
        for s in sites:
            for row in sorted(s.labels, key=lambda r: order.index(r["product_key"])):
                w.writerow(row)
    print("wrote", outdir)


OPEN_FORMS_SDK = r"""(function(){
  var root=document.getElementById('openforms-container');
  var cfgEl=document.getElementById('of-config');
  if(!root||!cfgEl)return;
  var cfg=JSON.parse(cfgEl.textContent);
  var h=document.createElement('h1');h.textContent=cfg.title;root.appendChild(h);
  if(cfg.prefillNotice){var p=document.createElement('p');p.textContent=cfg.prefillNotice;root.appendChild(p);}
  if(cfg.login&&cfg.login.length){
    var s=document.createElement('p');s.textContent='Log in om dit formulier te starten.';root.appendChild(s);
    cfg.login.forEach(function(l){var a=document.createElement('a');a.href=l.url;a.className='utrecht-button-link';
      a.textContent='Inloggen met '+l.provider;root.appendChild(a);});
  } else {
    var f=document.createElement('form');f.method='post';f.action=cfg.submitUrl;
    cfg.fields.forEach(function(n){var l=document.createElement('label');l.textContent=n+' ';var i=document.createElement('input');i.name=n.toLowerCase();l.appendChild(i);f.appendChild(l);});
    var b=document.createElement('button');b.type='submit';b.textContent='Formulier versturen';f.appendChild(b);root.appendChild(f);
  }
})();
"""

if __name__ == "__main__":
    main()
