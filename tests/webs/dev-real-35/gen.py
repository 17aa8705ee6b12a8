#!/usr/bin/env python3
"""Generate a labelled simulated web of ten Dutch municipalities (web-dev35).

Usage: python3 gen.py [OUTDIR]   (default: web/ beside this script)

Standard library only, deterministic (no randomness, no set iteration).
Product list read from products.csv beside this script (product_key, name_nl, org_types).
"""
import csv
import html
import io
import json
import os
import re
import shutil
import sys
import zipfile
import zlib
import struct

HERE = os.path.dirname(os.path.abspath(__file__))

# ---------------------------------------------------------------------------
# Products
# ---------------------------------------------------------------------------

def load_products():
    out = []
    with open(os.path.join(HERE, "..", "..", "..", "config", "products.csv"), newline="", encoding="utf-8") as f:
        for r in csv.DictReader(f):
            if "G" in r["org_types"]:
                out.append((r["product_key"], r["name_nl"]))
    return out

# category, business?, titles (variants), lead text
PINFO = {
    "brp-uittreksel": ("burgerzaken", False, ["Uittreksel BRP", "Uittreksel Basisregistratie Personen (BRP) aanvragen", "Bewijs van inschrijving"],
                       "Een uittreksel uit de Basisregistratie Personen (BRP) is een bewijs van uw inschrijving in de gemeente. U heeft het soms nodig voor een werkgever, woningcorporatie of een instantie in het buitenland."),
    "verhuismelding": ("burgerzaken", False, ["Verhuizing doorgeven", "Verhuizen", "Verhuizing"],
                       "Gaat u verhuizen naar of binnen de gemeente? Geef uw nieuwe adres uiterlijk 5 dagen na de verhuizing door. U kunt dit al 4 weken voor uw verhuisdatum doen."),
    "geboorteaangifte": ("burgerzaken", False, ["Geboorte aangeven", "Aangifte geboorte", "Geboorte"],
                         "Is uw kind geboren? Doe binnen 3 dagen aangifte van de geboorte. Dat doet u in de gemeente waar uw kind geboren is."),
    "overlijdensaangifte": ("burgerzaken", False, ["Overlijden aangeven", "Aangifte overlijden", "Overlijden"],
                            "Als iemand overlijdt, moet dit worden aangegeven bij de gemeente waar het overlijden plaatsvond. Meestal regelt de uitvaartverzorger dit voor u."),
    "huwelijksaangifte": ("burgerzaken", False, ["Trouwen of geregistreerd partnerschap", "Melding voorgenomen huwelijk", "Trouwen en partnerschap (ondertrouw)"],
                          "Wilt u trouwen of een geregistreerd partnerschap aangaan? Dan meldt u dit eerst bij de gemeente. Dit heet de melding voorgenomen huwelijk of partnerschap (vroeger: ondertrouw)."),
    "paspoort": ("burgerzaken", False, ["Paspoort aanvragen", "Paspoort", "Reisdocument: paspoort"],
                 "Een paspoort vraagt u aan bij de gemeente waar u staat ingeschreven. U moet hiervoor zelf naar het gemeentehuis komen, ook om het op te halen."),
    "identiteitskaart": ("burgerzaken", False, ["Identiteitskaart aanvragen", "Identiteitskaart", "ID-kaart aanvragen"],
                         "Met een Nederlandse identiteitskaart kunt u zich legitimeren en reizen binnen Europa. U vraagt de kaart persoonlijk aan bij de balie."),
    "parkeervergunning": ("parkeren", False, ["Parkeervergunning aanvragen", "Parkeervergunning voor bewoners", "Bewonersvergunning parkeren"],
                          "Woont u in een gebied met betaald parkeren of een blauwe zone? Met een parkeervergunning mag u in uw eigen vergunninggebied parkeren."),
    "gehandicaptenparkeerkaart": ("parkeren", False, ["Gehandicaptenparkeerkaart aanvragen", "Gehandicaptenparkeerkaart", "Parkeerkaart voor gehandicapten"],
                                  "Heeft u een ziekte of handicap waardoor u niet ver kunt lopen? Dan kunt u een gehandicaptenparkeerkaart aanvragen, als bestuurder of als passagier."),
    "gehandicaptenparkeerplaats": ("parkeren", False, ["Gehandicaptenparkeerplaats aanvragen", "Gehandicaptenparkeerplaats", "Invalidenparkeerplaats op kenteken"],
                                   "Heeft u een gehandicaptenparkeerkaart en kunt u niet in de buurt van uw woning parkeren? Vraag dan een parkeerplaats op kenteken aan."),
    "hondenbelasting": ("belastingen", False, ["Hondenbelasting", "Hond aan- of afmelden", "Hondenbelasting: hond aanmelden of afmelden"],
                        "Heeft u een hond? Dan betaalt u hondenbelasting. Meld een nieuwe hond binnen 14 dagen aan en meld een hond af als u hem niet meer heeft."),
    "belastingkwijtschelding": ("belastingen", False, ["Kwijtschelding gemeentelijke belastingen", "Kwijtschelding aanvragen", "Kwijtschelding belastingen"],
                                "Heeft u een laag inkomen en weinig vermogen? Dan kunt u kwijtschelding aanvragen voor de afvalstoffenheffing en de rioolheffing."),
    "woz-bezwaar": ("belastingen", False, ["Bezwaar maken tegen de WOZ-waarde", "WOZ-waarde, bezwaar maken", "WOZ-beschikking en bezwaar"],
                    "Bent u het niet eens met de WOZ-waarde van uw woning op de WOZ-beschikking? Dan kunt u binnen 6 weken na de dagtekening bezwaar maken."),
    "bijstand": ("werk-en-inkomen", False, ["Bijstandsuitkering aanvragen", "Bijstand", "Uitkering levensonderhoud (bijstand)"],
                 "Heeft u niet genoeg inkomen om van te leven en geen recht op een andere uitkering? Dan kunt u misschien een bijstandsuitkering krijgen."),
    "bijzondere-bijstand": ("werk-en-inkomen", False, ["Bijzondere bijstand aanvragen", "Bijzondere bijstand", "Vergoeding bijzondere kosten"],
                            "Heeft u noodzakelijke kosten die u niet zelf kunt betalen, zoals kosten voor bewindvoering of een eigen bijdrage? Dan kunt u bijzondere bijstand aanvragen."),
    "wmo-voorziening": ("zorg", False, ["Wmo: hulp en ondersteuning aanvragen", "Wmo-voorziening", "Hulp bij het huishouden en andere Wmo-voorzieningen"],
                        "Heeft u hulp nodig om zelfstandig thuis te wonen, bijvoorbeeld huishoudelijke hulp, een scootmobiel of een woningaanpassing? Dan kunt u een melding doen bij het Wmo-loket."),
    "leerlingenvervoer": ("onderwijs", False, ["Leerlingenvervoer", "Leerlingenvervoer aanvragen", "Vervoer naar school (leerlingenvervoer)"],
                          "Kan uw kind niet zelfstandig naar school? Dan heeft u misschien recht op een vergoeding of aangepast vervoer. Vraag dit aan voor 1 mei voor het nieuwe schooljaar."),
    "grofvuil": ("afval", False, ["Grofvuil laten ophalen", "Grof huishoudelijk afval", "Grofvuil"],
                 "Grote spullen die niet in de container passen, zoals meubels en matrassen, kunt u laten ophalen of zelf naar het afvalbrengstation brengen."),
    "afvalcontainer": ("afval", False, ["Afvalcontainer aanvragen of wijzigen", "Minicontainer aanvragen, ruilen of inleveren", "Extra container"],
                       "Wilt u een extra container, een grotere of kleinere container, of is uw container kapot of gestolen? Geef het aan ons door."),
    "melding-openbare-ruimte": ("wonen", False, ["Melding openbare ruimte", "Melding doen", "Meldingen openbare ruimte"],
                                "Ziet u een losliggende stoeptegel, een kapotte lantaarnpaal of zwerfvuil? Meld het ons, dan lossen we het op."),
    "omgevingsvergunning": ("wonen", False, ["Omgevingsvergunning", "Omgevingsvergunning aanvragen", "Bouwen en verbouwen: omgevingsvergunning"],
                            "Voor bouwen, verbouwen, slopen of het gebruiken van een gebouw voor iets anders heeft u soms een omgevingsvergunning nodig."),
    "kapvergunning": ("wonen", False, ["Kapvergunning", "Boom kappen", "Bomen kappen of snoeien"],
                      "Wilt u een boom kappen? Voor sommige bomen heeft u toestemming nodig van de gemeente."),
    "bouwdossier-inzage": ("wonen", False, ["Bouwtekening of bouwdossier opvragen", "Bouwdossier inzien", "Bouwarchief"],
                           "Wilt u de bouwtekening van uw huis of een ander gebouw inzien? De gemeente bewaart bouwdossiers in het bouwarchief."),
    "bezwaar": ("bestuur", False, ["Bezwaar maken", "Bezwaar maken tegen een besluit", "Bezwaarschrift indienen"],
                "Bent u het niet eens met een besluit van de gemeente? Dan kunt u binnen 6 weken bezwaar maken."),
    "klacht": ("bestuur", False, ["Klacht indienen", "Klachten", "Klacht over de gemeente"],
               "Bent u niet tevreden over hoe een medewerker of bestuurder van de gemeente u heeft behandeld? Dien dan een klacht in."),
    "woo-verzoek": ("bestuur", False, ["Woo-verzoek indienen", "Informatie opvragen (Woo-verzoek)", "Wet open overheid (Woo)"],
                    "Op grond van de Wet open overheid (Woo) kunt u de gemeente vragen om documenten openbaar te maken."),
    "subsidie": ("subsidies", False, ["Subsidie aanvragen", "Subsidies", "Subsidie voor verenigingen en organisaties"],
                 "De gemeente geeft subsidie aan verenigingen en organisaties voor activiteiten die bijdragen aan het beleid."),
    "evenementenvergunning": ("ondernemen", True, ["Evenementenvergunning", "Evenement organiseren", "Evenementenvergunning aanvragen"],
                              "Organiseert u een evenement, zoals een festival, braderie of buurtfeest? Dan heeft u misschien een vergunning nodig."),
    "exploitatievergunning-horeca": ("ondernemen", True, ["Exploitatievergunning horeca", "Horeca, exploitatievergunning", "Horecavergunning"],
                                     "Wilt u een horecabedrijf beginnen of overnemen? Dan heeft u een exploitatievergunning nodig."),
    "alcoholvergunning": ("ondernemen", True, ["Alcoholvergunning", "Alcoholwetvergunning aanvragen", "Drank- en Horecavergunning"],
                          "Wilt u in uw horecabedrijf of slijterij alcoholhoudende drank verkopen? Dan heeft u een alcoholvergunning nodig (vroeger drank- en horecavergunning)."),
    "terrasvergunning": ("ondernemen", True, ["Terrasvergunning", "Terras plaatsen", "Terrasvergunning aanvragen"],
                         "Wilt u een terras bij uw horecazaak op de openbare weg? Vraag dan een terrasvergunning aan."),
    "standplaatsvergunning": ("ondernemen", True, ["Standplaatsvergunning", "Standplaats, aanvraag", "Standplaats innemen"],
                              "Wilt u buiten de weekmarkt spullen verkopen vanuit een kraam of wagen op een vaste plek? Dan heeft u een standplaatsvergunning nodig."),
    "marktvergunning": ("ondernemen", True, ["Marktvergunning", "Weekmarkt: plaats aanvragen", "Marktplaats op de weekmarkt"],
                        "Wilt u als marktkoopman op de weekmarkt staan? Dan heeft u een marktvergunning (vaste of dagplaats) nodig."),
    "reclamebelasting": ("belastingen", True, ["Reclamebelasting", "Reclame en reclamebelasting", "Reclame-uitingen"],
                         "Reclamebelasting is een belasting voor ondernemers die reclame-uitingen hebben die vanaf de openbare weg zichtbaar zijn."),
    "geluidsontheffing": ("ondernemen", True, ["Geluidsontheffing", "Ontheffing geluidhinder", "Geluidhinder, ontheffing"],
                          "Maakt u tijdelijk meer geluid dan is toegestaan, bijvoorbeeld bij een feest of werkzaamheden? Dan heeft u een ontheffing nodig."),
    "winkeltijdenontheffing": ("ondernemen", True, ["Winkeltijden", "Ontheffing winkeltijden", "Koopzondagen en winkeltijden"],
                               "Winkels mogen op werkdagen open van 6.00 tot 22.00 uur. Voor openstelling op zondag en feestdagen gelden regels van de gemeente."),
    "kansspelautomaatvergunning": ("ondernemen", True, ["Aanwezigheidsvergunning kansspelautomaten", "Speelautomaten", "Kansspelautomaat plaatsen"],
                                   "Wilt u een kansspelautomaat (fruitautomaat) in uw horecazaak of speelhal plaatsen? Dan heeft u een aanwezigheidsvergunning nodig."),
    "collectevergunning": ("ondernemen", False, ["Collectevergunning", "Collecteren", "Inzamelingsactie of collecte"],
                           "Wilt u geld of goederen inzamelen voor een goed doel, bijvoorbeeld langs de deuren?"),
    "ligplaatsvergunning": ("wonen", False, ["Ligplaatsvergunning", "Ligplaats woonboot", "Ligplaats (woon)boot, toestemming"],
                            "Wilt u een woonboot of ander vaartuig in openbaar water laten liggen? Daarvoor is een ligplaatsvergunning nodig."),
    "uitwegvergunning": ("wonen", False, ["Uitweg of inrit aanleggen", "Uitritvergunning", "Inrit of uitweg aanvragen"],
                         "Wilt u een (extra) inrit of uitweg maken van uw perceel naar de openbare weg? Vraag dan toestemming."),
    "belastingaanslag-bezwaar": ("belastingen", False, ["Bezwaar tegen aanslag gemeentelijke belastingen", "Bezwaar maken tegen uw belastingaanslag", "Belastingaanslag, bezwaar"],
                                 "Bent u het niet eens met uw aanslag gemeentelijke belastingen? Maak dan binnen 6 weken bezwaar."),
    "betalingsregeling": ("belastingen", False, ["Betalingsregeling belastingen", "Belastingen, betalingsregeling", "Uw aanslag in termijnen betalen"],
                          "Kunt u uw aanslag gemeentelijke belastingen niet in één keer betalen? U kunt in termijnen betalen via automatische incasso of een betalingsregeling vragen."),
}

CATS = {
    "burgerzaken": "Burgerzaken", "parkeren": "Parkeren", "belastingen": "Belastingen",
    "werk-en-inkomen": "Werk en inkomen", "zorg": "Zorg en welzijn", "onderwijs": "Onderwijs",
    "afval": "Afval", "wonen": "Wonen en leefomgeving", "bestuur": "Bestuur en organisatie",
    "subsidies": "Subsidies", "ondernemen": "Ondernemen",
}

# ---------------------------------------------------------------------------
# Municipalities
# ---------------------------------------------------------------------------
SITES = [
    dict(code="GM0861", name="Gemeente Veldhoven", short="Veldhoven", base="veldhoven", inh=46000, tel="14 040",
         scheme="slug", forms="openforms", forms_host="formulieren.veldhoven.test",
         portal="mijn.veldhoven.test", portal_name="Mijn Veldhoven", header_login=True, footer_digid=False,
         appt="afspraken.veldhoven.test", appt_login=True, tax_portal="belastingen.veldhoven.test",
         waste=None, cms="Drupal-achtig (korte slugs in de root)", search="get"),
    dict(code="GM1586", name="Gemeente Oost Gelre", short="Oost Gelre", base="oostgelre", inh=30000, tel="(0544) 39 35 35",
         scheme="sim", forms="aspx", forms_host="loket.oostgelre.test",
         portal=None, portal_name=None, header_login=False, footer_digid=True,
         appt="oostgelre.afspraakmaken.test", appt_login=False, tax_portal="loket.oostgelre.test",
         waste=("www.berkelmilieu.test", "Berkel Milieu", "own_login"), cms="SIM-achtig (/Inwoners/Overzicht_Inwoners/...)", search="link"),
    dict(code="GM0603", name="Gemeente Rijswijk", short="Rijswijk", base="rijswijk", inh=57000, tel="14 070",
         scheme="owc", forms="gravity", forms_host="mijn.rijswijk.test",
         portal="mijn.rijswijk.test", portal_name="MijnRijswijk", header_login=True, footer_digid=False,
         appt="afspraken.rijswijk.test", appt_login=True, tax_portal="mijn.rijswijk.test",
         waste=("www.avalex.test", "Avalex", "own_login"), cms="OpenWebConcept (WordPress, /onderwerp/<slug>, Gravity Forms op mijn.)", search="get"),
    dict(code="GM0847", name="Gemeente Someren", short="Someren", base="someren", inh=19500, tel="(0493) 49 48 88",
         scheme="catid", forms="eloket", forms_host="eloket.someren.test",
         portal=None, portal_name=None, header_login=False, footer_digid=True,
         appt="someren.qmatic.test", appt_login=False, tax_portal="eloket.someren.test",
         waste=("www.blinkbv.test", "Blink", "form"), cms="catalogus-CMS (/inwoners_41/product/<slug>_<id>.html)", search="get"),
    dict(code="GM0415", name="Gemeente Landsmeer", short="Landsmeer", base="landsmeer", inh=11600, tel="(020) 487 76 11",
         scheme="pdc", forms="pdcloket", forms_host="loket.landsmeer.test",
         portal=None, portal_name=None, header_login=False, footer_digid=False,
         appt=None, appt_login=False, tax_portal="loket.landsmeer.test",
         waste=None, cms="PDC-catalogus op loket.landsmeer.test/producten/<Slug>", search="none"),
    dict(code="GM0340", name="Gemeente Rhenen", short="Rhenen", base="rhenen", inh=20500, tel="(0317) 68 16 81",
         scheme="regelen", forms="digitaalloket", forms_host="digitaalloket.rhenen.test",
         portal="digitaalloket.rhenen.test", portal_name="Mijn Loket", header_login=True, footer_digid=False,
         appt="afspraak.rhenen.test", appt_login=False, tax_portal="digitaalloket.rhenen.test",
         waste=("www.acv-groep.test", "ACV", "form"), cms="/Regelen-en-aanvragen/<Rubriek>/<Product>", search="get"),
    dict(code="GM0225", name="Gemeente Druten", short="Druten", base="druten", inh=19900, tel="14 0487",
         scheme="inwoners", forms="openforms_script", forms_host="formulieren.druten.test",
         portal="mijn.druten.test", portal_name="Mijn Druten", header_login=True, footer_digid=True,
         appt="afspraken.druten.test", appt_login=True, tax_portal="mijn.druten.test",
         waste=("www.dar.test", "Dar", "form"), cms="/inwoners/<slug>, Open Formulieren, CTA's via script", search="get"),
    dict(code="GM0432", name="Gemeente Opmeer", short="Opmeer", base="opmeer", inh=12000, tel="(0226) 36 33 33",
         scheme="onderwerpen", forms="triple", forms_host="formulieren.opmeer.test",
         portal=None, portal_name=None, header_login=False, footer_digid=False,
         appt="afspraak.opmeer.test", appt_login=False, tax_portal="mijn.gbwf.test",
         waste=("www.hvcgroep.test", "HVC", "form"), cms="/onderwerpen/<rubriek>/<slug>/, .aspx-formulieren", search="get"),
    dict(code="GM0221", name="Gemeente Doesburg", short="Doesburg", base="doesburg", inh=11500, tel="(0313) 48 18 88",
         scheme="producten", forms="loketimg", forms_host="loket.doesburg.test",
         portal=None, portal_name=None, header_login=False, footer_digid=True,
         appt="doesburg.afspraakmaken.test", appt_login=False, tax_portal="loket.doesburg.test",
         waste=("www.circulus.test", "Circulus", "own_login"), cms="/inwoners/product/<id>/<slug>, DigiD als afbeelding", search="link"),
    dict(code="GM0880", name="Gemeente Wormerland", short="Wormerland", base="wormerland", inh=16800, tel="(075) 631 04 00",
         scheme="ikwil", forms="formserver", forms_host="formulieren.wormerland.test",
         portal="mijn.overheid.test", portal_name="MijnOverheid", header_login=True, footer_digid=False,
         appt="afspraken.wormerland.test", appt_login=True, tax_portal="formulieren.wormerland.test",
         waste=("www.hvcgroep.test", "HVC", "form"), cms="/ik-wil/<slug>, Formulierenserver", search="get"),
]
SITE_KEYS = ["VH", "OG", "RW", "SO", "LM", "RH", "DR", "OP", "DB", "WL"]

# Route matrix.  I0 info only; A0 info + online appointment; P pdf; W docx; M pdf to e-mail;
# F online form (no login); D DigiD form; X DigiD form with explicit pre-fill statement;
# E eHerkenning form; DE DigiD + eHerkenning; V:<partner> another body's route;
# N not offered (statement on the site); - not found (no page).
MATRIX = """
brp-uittreksel              D    D    X    D    D    D    X    D    F    D
verhuismelding              D    D    X    D    D    D    X    D    D    D
geboorteaangifte            A0   I0   D    A0   I0   A0   D    I0   A0   I0
overlijdensaangifte         I0   I0   I0   I0   I0   I0   I0   I0   I0   I0
huwelijksaangifte           D    D    D    A0   P    D    X    D    I0   D
paspoort                    A0   A0   A0   A0   I0   A0   A0   A0   A0   A0
identiteitskaart            A0   A0   A0   A0   I0   A0   A0   A0   A0   A0
parkeervergunning           D    N    V:park N    N    D    N    N    P    N
gehandicaptenparkeerkaart   D    P    D    P    P    F    D    P    W    D
gehandicaptenparkeerplaats  P    P    F    P    -    F    D    P    I0   P
hondenbelasting             D    N    D    D    N    N    F    V:tax N    D
belastingkwijtschelding     D    P    D    F    P    D    D    V:tax P    D
woz-bezwaar                 D    D    D    D    F    D    D    V:tax D    D
bijstand                    V:werk D  V:werk D    I0   D    D    V:soc V:werk V:soc
bijzondere-bijstand         D    P    D    D    P    D    X    V:soc P    V:soc
wmo-voorziening             F    I0   F    I0   I0   F    X    F    I0   V:soc
leerlingenvervoer           D    P    D    F    P    D    D    F    W    D
grofvuil                    F    V:waste V:waste V:waste F V:waste V:waste V:waste V:waste V:waste
afvalcontainer              F    V:waste V:waste V:waste I0 V:waste V:waste V:waste V:waste V:waste
melding-openbare-ruimte     F    F    F    F    F    F    F    F    V:mor F
omgevingsvergunning         V:ol V:ol V:ol V:ol V:ol V:ol V:ol V:ol V:ol V:ol
kapvergunning               V:ol D    V:ol F    P    V:ol V:ol P    V:ol V:ol
bouwdossier-inzage          F    F    F    P    M    F    F    F    I0   F
bezwaar                     D    F    D    P    M    F    D    F    P    D
klacht                      F    F    F    F    F    F    F    F    F    F
woo-verzoek                 F    F    D    F    M    P    F    F    M    F
subsidie                    DE   P    DE   P    P    F    DE   P    P    DE
evenementenvergunning       DE   P    DE   F    P    DE   DE   P    P    DE
exploitatievergunning-horeca E   P    E    P    P    P    E    P    P    E
alcoholvergunning           E    P    E    P    P    E    E    P    P    E
terrasvergunning            E    P    E    P    P    I0   E    P    P    E
standplaatsvergunning       F    P    E    P    P    F    P    P    P    P
marktvergunning             I0   P    E    -    N    I0   P    I0   I0   -
reclamebelasting            I0   N    I0   N    N    I0   I0   N    N    N
geluidsontheffing           F    P    E    P    P    F    F    P    P    F
winkeltijdenontheffing      N    P    I0   N    N    F    N    P    N    N
kansspelautomaatvergunning  E    P    E    P    -    P    P    P    -    P
collectevergunning          F    N    F    P    N    F    F    I0   N    N
ligplaatsvergunning         N    -    N    -    P    P    -    N    I0   P
uitwegvergunning            F    P    V:ol P    P    F    V:ol P    P    V:ol
belastingaanslag-bezwaar    D    D    D    D    F    D    D    V:tax D    D
betalingsregeling           F    F    D    I0   I0   F    D    V:tax I0   F
"""

# Products sharing one page per site: site -> list of (page owner, [products])
SHARED = {
    "VH": [("gehandicaptenparkeerkaart", ["gehandicaptenparkeerkaart", "gehandicaptenparkeerplaats"])],
    "SO": [("paspoort", ["paspoort", "identiteitskaart"])],
    "LM": [("bezwaar", ["bezwaar", "klacht"]), ("hondenbelasting", ["hondenbelasting", "reclamebelasting"])],
    "RH": [("exploitatievergunning-horeca", ["exploitatievergunning-horeca", "alcoholvergunning"])],
    "DB": [("paspoort", ["paspoort", "identiteitskaart"])],
    "OP": [("exploitatievergunning-horeca", ["exploitatievergunning-horeca", "alcoholvergunning"])],
}

# Not-offered statements (title of the page carrying it, statement)
NOT_OFFERED = {
    ("OG", "parkeervergunning"): ("Parkeren in Oost Gelre", "In Groenlo, Lichtenvoorde en de andere kernen van Oost Gelre parkeert u gratis. Er is geen betaald parkeren en daarom geeft de gemeente geen parkeervergunningen voor bewoners uit. Wel geldt in het centrum een blauwe zone: gebruik een parkeerschijf."),
    ("SO", "parkeervergunning"): ("Parkeren", "Someren kent geen betaald parkeren en geen vergunninggebieden. U heeft dus geen parkeervergunning nodig."),
    ("LM", "parkeervergunning"): ("Parkeren en blauwe zone", "In Landsmeer is parkeren gratis. Een bewonersvergunning bestaat daarom niet in onze gemeente."),
    ("DR", "parkeervergunning"): ("Parkeervergunning", "De gemeente Druten heeft geen betaald parkeren. Een parkeervergunning is niet nodig en kunt u bij ons ook niet aanvragen."),
    ("OP", "parkeervergunning"): ("Parkeren in Opmeer", "Overal in Opmeer, Spanbroek, Hoogwoud, Aartswoud en De Weere parkeert u gratis en zonder vergunning."),
    ("WL", "parkeervergunning"): ("Parkeren", "Wormerland heeft geen gebieden met betaald parkeren of parkeervergunningen."),
    ("OG", "hondenbelasting"): ("Hondenbelasting afgeschaft", "Sinds 1 januari 2019 heft de gemeente Oost Gelre geen hondenbelasting meer. U hoeft uw hond dus niet meer aan of af te melden."),
    ("LM", "hondenbelasting"): ("Gemeentelijke belastingen", "Landsmeer kent geen hondenbelasting."),
    ("RH", "hondenbelasting"): ("Hondenbelasting", "Wij heffen geen hondenbelasting. U hoeft uw hond daarom niet bij ons aan te melden. Wel moet u uw hond laten chippen en registreren."),
    ("DB", "hondenbelasting"): ("Hond", "Hebt u een hond? In Doesburg betaalt u geen hondenbelasting; deze is per 2020 afgeschaft. Houd u wel aan de opruimplicht."),
    ("OG", "reclamebelasting"): ("Reclame", "Oost Gelre heft geen reclamebelasting."),
    ("SO", "reclamebelasting"): ("Reclamebelasting", "De gemeente Someren heft geen reclamebelasting. Voor een reclamebord aan de gevel heeft u soms wel een vergunning nodig."),
    ("LM", "reclamebelasting"): ("Gemeentelijke belastingen", "Er wordt in Landsmeer geen reclamebelasting of precariobelasting geheven."),
    ("OP", "reclamebelasting"): ("Belastingen voor ondernemers", "Opmeer heft geen reclamebelasting."),
    ("DB", "reclamebelasting"): ("Reclame maken", "Wij heffen geen reclamebelasting. Reclame aan een monument vraagt wel om een omgevingsvergunning."),
    ("WL", "reclamebelasting"): ("Reclamebelasting", "Wormerland kent geen reclamebelasting."),
    ("VH", "winkeltijdenontheffing"): ("Koopzondagen", "Sinds 2014 bepalen winkeliers in Veldhoven zelf of zij op zondag opengaan. Een ontheffing van de winkeltijden is daarom niet meer nodig en wordt niet meer verleend."),
    ("SO", "winkeltijdenontheffing"): ("Winkeltijden", "In Someren mogen winkels op zon- en feestdagen open zonder ontheffing. Wij verlenen geen winkeltijdenontheffingen."),
    ("LM", "winkeltijdenontheffing"): ("Winkeltijden", "De winkeltijdenverordening van Landsmeer staat openstelling op zondag toe. Een aparte ontheffing hoeft u niet aan te vragen."),
    ("DR", "winkeltijdenontheffing"): ("Winkeltijden en koopzondagen", "Winkels in Druten mogen elke zondag open. U heeft hiervoor geen ontheffing nodig."),
    ("DB", "winkeltijdenontheffing"): ("Openingstijden winkels", "Doesburg heeft de zondagsopenstelling vrijgegeven: ontheffing aanvragen is niet nodig en niet mogelijk."),
    ("WL", "winkeltijdenontheffing"): ("Winkeltijden", "Wormerland verleent geen ontheffingen van de winkeltijden; winkels mogen op zondag open van 12.00 tot 18.00 uur."),
    ("OG", "collectevergunning"): ("Collecteren", "Voor een collecte heeft u in Oost Gelre geen vergunning nodig. Landelijk erkende goede doelen collecteren volgens het CBF-collecterooster."),
    ("LM", "collectevergunning"): ("Collecteren", "Een collectevergunning is in Landsmeer niet nodig. Collecten zijn vrij, maar houd u aan het landelijke collecterooster."),
    ("DB", "collectevergunning"): ("Inzamelen voor een goed doel", "Doesburg heeft de vergunningplicht voor collectes afgeschaft. U hoeft niets aan te vragen."),
    ("WL", "collectevergunning"): ("Collecteren", "Voor collecteren is in Wormerland geen vergunning meer nodig."),
    ("VH", "ligplaatsvergunning"): ("Ligplaats", "In Veldhoven zijn geen openbare ligplaatsen voor woonboten of andere vaartuigen. De gemeente verleent geen ligplaatsvergunningen."),
    ("RW", "ligplaatsvergunning"): ("Ligplaatsvergunning", "De gemeente Rijswijk geeft geen nieuwe ligplaatsvergunningen uit. Het aantal woonboten is vastgelegd en er zijn geen vrije ligplaatsen."),
    ("OP", "ligplaatsvergunning"): ("Ligplaats voor een boot", "In de gemeente Opmeer kunt u geen ligplaatsvergunning aanvragen: de vaarten zijn in beheer van het hoogheemraadschap."),
    ("LM", "marktvergunning"): ("Weekmarkt", "Landsmeer heeft geen weekmarkt. Wilt u op een vaste plek verkopen? Kijk dan bij standplaatsvergunning."),
}

def parse_matrix():
    m = {}
    for line in MATRIX.strip().splitlines():
        parts = line.split()
        key, codes = parts[0], parts[1:]
        assert len(codes) == 10, line
        for sk, c in zip(SITE_KEYS, codes):
            m[(sk, key)] = c
    return m

# ---------------------------------------------------------------------------
# Helpers
# ---------------------------------------------------------------------------
PAGES = {}      # (host, path) -> bytes
REDIRECTS = []  # dicts
E = html.escape

def slugify(s):
    s = s.lower()
    for a, b in (("é", "e"), ("ë", "e"), ("ï", "i"), ("ó", "o"), ("(", ""), (")", ""), (":", ""), (",", ""), ("'", ""), ("/", " ")):
        s = s.replace(a, b)
    s = re.sub(r"[^a-z0-9]+", "-", s).strip("-")
    return s

def U(host, path):
    return "http://" + host + path

def put(host, path, content):
    if isinstance(content, str):
        content = content.encode("utf-8")
    key = (host, path)
    if key in PAGES and PAGES[key] != content:
        raise SystemExit("conflicting content for %s%s" % key)
    PAGES[key] = content

def redirect(url, location, status=302):
    for r in REDIRECTS:
        if r["url"] == url:
            return
    REDIRECTS.append({"url": url, "status": status, "location": location})

def digid_start(host, slug):
    url = U(host, "/auth/%s/digid/start" % slug)
    redirect(url, U("was.digid.test", "/saml/idp/request_authentication"))
    return url

def eh_start(host, slug):
    url = U(host, "/auth/%s/eherkenning/start" % slug)
    redirect(url, U("broker.eherkenning-makelaar.test", "/selecteer-leverancier"))
    return url

def kb(n):
    return "%d kB" % max(1, round(n / 1024))

def make_pdf(title, lines):
    """A minimal valid one-page PDF with a text content stream."""
    def esc(t):
        t = t.encode("latin-1", "replace").decode("latin-1")
        return t.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    ops = ["BT", "/F1 16 Tf", "50 790 Td", "(%s) Tj" % esc(title), "/F1 11 Tf"]
    for ln in lines:
        ops.append("0 -22 Td")
        ops.append("(%s) Tj" % esc(ln))
    ops.append("ET")
    stream = "\n".join(ops).encode("latin-1", "replace")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        ("<< /Title (%s) /Producer (gen.py) >>" % esc(title)).encode("latin-1", "replace"),
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(out.tell())
        out.write(b"%d 0 obj\n" % i + o + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1))
    for o in offs:
        out.write(b"%010d 00000 n \n" % o)
    out.write(b"trailer\n<< /Size %d /Root 1 0 R /Info 6 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref))
    return out.getvalue()

def make_docx(title, lines):
    buf = io.BytesIO()
    z = zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED)
    def add(name, data):
        zi = zipfile.ZipInfo(name, date_time=(2023, 1, 1, 0, 0, 0))
        zi.compress_type = zipfile.ZIP_DEFLATED
        z.writestr(zi, data)
    add("[Content_Types].xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>')
    add("_rels/.rels", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>')
    paras = "".join('<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % E(t) for t in [title] + lines)
    add("word/document.xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>%s</w:body></w:document>' % paras)
    z.close()
    return buf.getvalue()

def make_png():
    w, h = 46, 46
    raw = b"".join(b"\x00" + b"\x00\x00\x00" * w for _ in range(h))
    def chunk(t, d):
        c = struct.pack(">I", len(d)) + t + d
        return c + struct.pack(">I", zlib.crc32(t + d) & 0xffffffff)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))

DIGID_SVG = ('<svg xmlns="http://www.w3.org/2000/svg" width="46" height="46" viewBox="0 0 46 46">'
             '<rect width="46" height="46" rx="4" fill="#000"/><text x="5" y="29" fill="#fff" font-size="13" '
             'font-family="Arial">DigiD</text></svg>')
EH_SVG = ('<svg xmlns="http://www.w3.org/2000/svg" width="90" height="30"><rect width="90" height="30" fill="#e17000"/>'
          '<text x="4" y="20" fill="#fff" font-size="11">eHerkenning</text></svg>')

def simple_page(title, body, site_name="", css=""):
    return ("<!DOCTYPE html>\n<html lang=\"nl\"><head><meta charset=\"utf-8\"><title>%s%s</title>%s</head>\n"
            "<body>\n%s\n</body></html>\n") % (E(title), (" | " + E(site_name)) if site_name else "", css, body)

# ---------------------------------------------------------------------------
# Shared bodies (identity providers, national portals, partners)
# ---------------------------------------------------------------------------

def build_shared():
    put("was.digid.test", "/saml/idp/request_authentication", simple_page("Inloggen - DigiD",
        '<header><img src="/img/digid.svg" alt="DigiD"></header><h1>Inloggen bij een overheidsorganisatie</h1>'
        '<p>Kies hoe u wilt inloggen.</p><form action="/saml/idp/request_authentication" method="post">'
        '<label>DigiD gebruikersnaam <input name="username"></label><label>Wachtwoord <input type="password" name="password"></label>'
        '<button type="submit">Inloggen</button></form><p><a href="/saml/idp/request_logout">Annuleren</a></p>'))
    put("was.digid.test", "/saml/idp/request_logout", simple_page("Uitgelogd - DigiD", "<h1>U bent niet ingelogd</h1>"))
    put("was.digid.test", "/img/digid.svg", DIGID_SVG)
    put("www.digid.test", "/", simple_page("DigiD", '<h1>DigiD</h1><p>Met DigiD logt u veilig in bij de overheid.</p>'
        '<p><a href="/aanvragen">DigiD aanvragen</a></p>'))
    put("www.digid.test", "/aanvragen", simple_page("DigiD aanvragen", '<h1>DigiD aanvragen</h1><p>Vraag uw DigiD aan. U ontvangt een activeringscode per post.</p><p><a href="/">Terug</a></p>'))
    put("broker.eherkenning-makelaar.test", "/selecteer-leverancier", simple_page("eHerkenning",
        '<h1>Inloggen met eHerkenning</h1><p>Selecteer de leverancier van uw inlogmiddel.</p><ul>'
        '<li><a href="/selecteer-leverancier">Leverancier A</a></li><li><a href="/selecteer-leverancier">Leverancier B</a></li></ul>'))
    put("www.eherkenning.test", "/", simple_page("eHerkenning", "<h1>Wat is eHerkenning?</h1><p>eHerkenning is het inlogmiddel voor ondernemers om zaken te doen met de overheid.</p>"))
    # MijnOverheid
    mo = digid_start("mijn.overheid.test", "mijnoverheid")
    put("mijn.overheid.test", "/", simple_page("MijnOverheid",
        '<h1>MijnOverheid</h1><p>Berichtenbox, lopende zaken en persoonlijke gegevens op één plek.</p>'
        '<p><a class="button" href="%s">Inloggen met DigiD</a></p>' % mo))
    # Omgevingsloket
    ol_d = digid_start("omgevingswet.overheid.test", "aanvragen")
    ol_e = eh_start("omgevingswet.overheid.test", "aanvragen")
    put("omgevingswet.overheid.test", "/", simple_page("Omgevingsloket",
        '<h1>Omgevingsloket</h1><ul><li><a href="/vergunningcheck/">Vergunningcheck doen</a></li>'
        '<li><a href="/aanvragen/">Aanvragen of melden</a></li></ul>'))
    put("omgevingswet.overheid.test", "/vergunningcheck/", simple_page("Vergunningcheck - Omgevingsloket",
        '<h1>Vergunningcheck</h1><p>Check of u een vergunning nodig heeft of een melding moet doen. U hoeft niet in te loggen.</p>'
        '<form action="/vergunningcheck/" method="get"><label>Adres <input name="adres"></label><button>Start de check</button></form>'
        '<p><a href="/">Omgevingsloket</a></p>'))
    put("omgevingswet.overheid.test", "/aanvragen/", simple_page("Aanvragen en melden - Omgevingsloket",
        '<h1>Aanvragen of melden</h1><p>Dien uw aanvraag voor een omgevingsvergunning of uw melding in. Log in om te beginnen. '
        'Na het inloggen haalt het Omgevingsloket uw gegevens op uit de basisregistraties; uw naam en adres zijn al ingevuld.</p>'
        '<p><a href="%s"><img src="http://was.digid.test/img/digid.svg" alt="DigiD"> Inloggen met DigiD</a></p>'
        '<p><a href="%s">Inloggen met eHerkenning</a></p><p><a href="/">Omgevingsloket</a></p>' % (ol_d, ol_e)))
    # werk.nl
    wd = digid_start("www.werk.test", "uitkering-aanvragen-bijstand")
    put("www.werk.test", "/werkzoekenden/uitkering-aanvragen/bijstand", simple_page("Bijstandsuitkering aanvragen - werk.nl",
        '<h1>Bijstandsuitkering aanvragen</h1><p>U vraagt een bijstandsuitkering aan via werk.nl. Na het inloggen kiest u uw gemeente; '
        'uw aanvraag wordt doorgestuurd naar de gemeente.</p><p><a href="%s">Inloggen met DigiD</a></p>' % wd))
    put("www.fixi.test", "/", simple_page("Fixi", "<h1>Fixi</h1><p>Meld problemen in de openbare ruimte bij uw gemeente.</p>"))
    put("www.rijksoverheid.test", "/onderwerpen/paspoort-en-identiteitskaart", simple_page("Paspoort en identiteitskaart | Rijksoverheid",
        "<h1>Paspoort en identiteitskaart</h1><p>U vraagt een paspoort of identiteitskaart aan bij uw gemeente.</p>"))
    put("www.rijksoverheid.test", "/", simple_page("Rijksoverheid", '<h1>Rijksoverheid</h1><p><a href="/onderwerpen/paspoort-en-identiteitskaart">Paspoort en identiteitskaart</a></p>'))

# ---------------------------------------------------------------------------
# Site builder
# ---------------------------------------------------------------------------

class Site:
    def __init__(self, idx, cfg, matrix, products):
        self.i = idx
        self.k = SITE_KEYS[idx]
        self.c = cfg
        self.host = "www.%s.test" % cfg["base"]
        self.m = matrix
        self.products = products
        self.pages = []          # (path, title) on main host for sitemap
        self.labels = []
        self.search_index = []
        self.pdfs = {}           # product -> url of its own pdf form
        self.routes = {}         # product -> (route_url, code)
        self.prod_url = {}       # product -> product page url
        self.prod_title = {}
        self.shared_owner = {}
        for owner, members in SHARED.get(self.k, []):
            for p in members:
                self.shared_owner[p] = owner

    # ---- URL schemes ------------------------------------------------------
    def title(self, p):
        if (self.k, p) in NOT_OFFERED:
            return NOT_OFFERED[(self.k, p)][0]
        t = PINFO[p][2]
        return t[(self.i + len(p)) % len(t)]

    def product_loc(self, p, title):
        cat = PINFO[p][0]
        pid = 100 + self.products.index(p) * 7 + self.i
        s = slugify(title)
        sch = self.c["scheme"]
        h = self.host
        if sch == "slug":
            return h, "/" + s
        if sch == "sim":
            t = "_".join(w.capitalize() if j == 0 else w for j, w in enumerate(re.sub(r"[^\w ]", "", title).split()))
            return h, "/Inwoners/Overzicht_Inwoners/%s/%s" % (CATS[cat].replace(" ", "_"), t)
        if sch == "owc":
            return h, "/onderwerp/" + s
        if sch == "catid":
            return h, "/inwoners_41/product/%s_%d.html" % (s, pid)
        if sch == "pdc":
            return "loket.landsmeer.test", "/producten/" + s.replace("-", "_")
        if sch == "regelen":
            return h, "/Regelen-en-aanvragen/%s/%s" % (CATS[cat].split()[0], "-".join(w.capitalize() for w in s.split("-")))
        if sch == "inwoners":
            return h, "/inwoners/" + s
        if sch == "onderwerpen":
            return h, "/onderwerpen/%s/%s/" % (cat, s)
        if sch == "producten":
            return h, "/inwoners/product/%d/%s" % (pid, s)
        if sch == "ikwil":
            return h, "/ik-wil/" + s
        raise ValueError(sch)

    # ---- documents ---------------------------------------------------------
    def doc_path(self, name, ext="pdf"):
        b = self.c["base"]
        if self.k == "OG":
            return self.host, "/publish/pages/%d/%s.%s" % (4100 + len(name), name, ext)
        if self.k == "LM":
            return "loket.landsmeer.test", "/documenten/%s.%s" % (name, ext)
        if self.k == "RW":
            return self.host, "/wp-content/uploads/2023/05/%s.%s" % (name, ext)
        return self.host, "/documenten/%s.%s" % (name, ext)

    def add_doc(self, name, title, lines, ext="pdf"):
        h, p = self.doc_path(name, ext)
        data = make_pdf(title, lines) if ext == "pdf" else make_docx(title, lines)
        put(h, p, data)
        return U(h, p), len(data)

    def form_pdf(self, p, ext="pdf"):
        t = PINFO[p][2][0]
        name = "aanvraagformulier-" + slugify(t) if ext == "pdf" else "Aanvraagformulier_" + slugify(t).replace("-", "_")
        url, n = self.add_doc(name, "Aanvraagformulier " + t, [
            "Gemeente %s" % self.c["short"], "1. Gegevens aanvrager", "Naam: ____________________",
            "Adres: ____________________", "Telefoonnummer: ____________", "2. Uw aanvraag", "__________________________",
            "Datum: ________  Handtekening: ______________",
            "Stuur het ingevulde en ondertekende formulier naar Postbus, of lever het in bij de balie."], ext)
        self.pdfs[p] = url
        return url, n

    # ---- chrome -------------------------------------------------------------
    def header(self, host):
        c = self.c
        nav = ['<a href="%s">Home</a>' % U(self.host, "/")]
        nav.append('<a href="%s">Producten en diensten</a>' % U(self.host, "/producten-a-z"))
        nav.append('<a href="%s">Nieuws</a>' % U(self.host, "/nieuws/"))
        nav.append('<a href="%s">Contact</a>' % U(self.host, "/contact/"))
        out = ['<header class="site-header"><a class="logo" href="%s"><img src="%s" alt="Logo %s"></a>' % (
            U(self.host, "/"), U(self.host, "/static/logo.svg"), E(c["name"]))]
        if c["search"] == "get":
            out.append('<form class="zoeken" role="search" action="%s" method="get"><label for="q">Zoeken</label>'
                       '<input id="q" name="q" type="search"><button type="submit">Zoek</button></form>' % U(self.host, "/zoeken"))
        elif c["search"] == "link":
            out.append('<a class="zoeken" href="%s">Zoeken</a>' % U(self.host, "/zoeken"))
        if c["header_login"]:
            if c["portal"] == "mijn.overheid.test":
                out.append('<a class="login" href="http://mijn.overheid.test/">Berichtenbox MijnOverheid</a>')
            else:
                out.append('<a class="login" href="%s"><img src="%s" alt="DigiD" width="20"> Inloggen %s</a>' % (
                    U(c["portal"], "/"), U(self.host, "/static/digid.svg"), E(c["portal_name"])))
        out.append("<nav>" + " | ".join(nav) + "</nav></header>")
        return "\n".join(out)

    def footer(self):
        c = self.c
        parts = ['<footer><p>%s, telefoon %s, <a href="mailto:info@%s.nl">info@%s.nl</a></p>' % (
            E(c["name"]), E(c["tel"]), c["base"], c["base"])]
        parts.append('<p><a href="%s">Privacy</a> | <a href="%s">Toegankelijkheid</a> | <a href="%s">Sitemap</a></p>' % (
            U(self.host, "/privacy"), U(self.host, "/toegankelijkheid"), U(self.host, "/sitemap.xml")))
        if c["footer_digid"]:
            parts.append('<p class="digid-footer"><a href="http://www.digid.test/"><img src="%s" alt="DigiD"></a> '
                         'Regel uw zaken met DigiD.</p>' % U(self.host, "/static/digid.svg"))
        parts.append("</footer>")
        return "\n".join(parts)

    def site_traps(self):
        t = []
        if self.c["search"] == "get":
            t.append("trap_search_form")
        if self.c["header_login"]:
            t.append("trap_header_login" if self.c["portal"] != "mijn.overheid.test" else "trap_mijnoverheid")
        if self.c["footer_digid"]:
            t.append("trap_footer_digid")
        return t

    def page(self, host, path, title, body, sitemap=True, crumbs=None):
        bc = ""
        if crumbs:
            bc = '<nav class="breadcrumb">' + " &gt; ".join('<a href="%s">%s</a>' % (u, E(n)) for u, n in crumbs) + "</nav>"
        css = '<link rel="stylesheet" href="%s">' % U(self.host, "/static/site.css")
        doc = simple_page(title, self.header(host) + "\n" + bc + '\n<main id="content">\n' + body + "\n</main>\n" + self.footer(),
                          self.c["name"], css)
        put(host, path, doc)
        if sitemap:
            self.pages.append((host, path))

    # ---- routes per platform ----------------------------------------------
    def form_fields(self, p):
        return ('<fieldset><legend>Uw gegevens</legend><label>Naam * <input name="naam" required></label>'
                '<label>Adres * <input name="adres" required></label><label>E-mailadres * <input type="email" name="email" required></label>'
                '<label>Telefoonnummer <input name="telefoon"></label></fieldset>'
                '<fieldset><legend>Uw aanvraag</legend><label>Omschrijving * <textarea name="omschrijving"></textarea></label>'
                '<label>Bijlage (pdf, jpg of docx, max. 2 MB) <input type="file" name="bijlage"></label></fieldset>')

    def build_route(self, p, code):
        """Create the route pages for product p; return dict with cta html, route_url, signals."""
        c = self.c
        t = PINFO[p][2][0]
        slug = slugify(t)
        fh = c["forms_host"]
        sig = []
        r = {"cta": "", "route": "", "via": "", "sig": sig, "strict": None}
        biz = PINFO[p][1]
        if code in ("P", "W", "M"):
            ext = "docx" if code == "W" else "pdf"
            url, n = self.form_pdf(p, ext)
            sig.append("docx_form" if ext == "docx" else "pdf_form")
            if code == "M":
                sig.append("pdf_email_submission")
                r["cta"] = ('<h2>Wat moet ik doen?</h2><p>Vul het <a href="%s">aanvraagformulier (pdf, %s)</a> in en mail het ondertekend naar '
                            '<a href="mailto:gemeente@%s.nl">gemeente@%s.nl</a>, of stuur het per post.</p>' % (url, kb(n), c["base"], c["base"]))
            elif code == "W":
                r["cta"] = ('<h2>Aanvragen</h2><p>Download het <a href="%s">Aanvraagformulier %s (Word, %s)</a>, vul het in en stuur het naar '
                            'de gemeente.</p>' % (url, E(t.lower()), kb(n)))
            else:
                styles = [
                    '<h2>Wat moet ik doen?</h2><p>Download het formulier, vul het in en stuur het ondertekend naar de gemeente:</p><ul class="downloads"><li><a href="%s">Aanvraagformulier %s (pdf, %s)</a></li></ul>',
                    '<h2>Aanvragen</h2><p><a href="%s">&gt;&gt; Aanvraagformulier %s downloaden (PDF, %s)</a></p><p>Lever het formulier in bij de balie of stuur het per post.</p>',
                    '<h2>Hoe vraag ik het aan?</h2><p>U gebruikt hiervoor <a href="%s">het aanvraagformulier %s</a> (PDF, %s). Print het, vul het in en stuur het op.</p>',
                ]
                r["cta"] = styles[(self.i + len(p)) % 3] % (url, E(t.lower()), kb(n))
            r["route"] = url
            return r
        if code in ("D", "X", "E", "DE", "F"):
            auth = []
            if code in ("D", "X", "DE"):
                auth.append("digid")
            if code in ("E", "DE"):
                auth.append("eherkenning")
            sig.extend(auth)
            if code == "F":
                sig.append("html_form")
            if code == "X":
                sig.append("prefill_text")
            route = self.platform_form(p, slug, t, code, auth, sig)
            if self.k == "OP" and auth:
                # Opmeer's call to action goes straight to the login start (302 to the IdP)
                route = U(c["forms_host"], "/auth/%s/%s/start" % (slug, auth[0]))
                sig.append("login_start_link")
            r["route"] = route
            r["cta"] = self.cta_html(p, t, route, code, auth, sig)
            if code == "X":
                r["cta"] += "<p>Na het inloggen met DigiD zijn uw gegevens uit de Basisregistratie Personen al ingevuld.</p>"
            return r
        raise ValueError(code)

    def platform_form(self, p, slug, t, code, auth, sig):
        c = self.c
        fh = c["forms_host"]
        f = c["forms"]
        prefill = ('<p class="prefill">Uw gegevens worden automatisch ingevuld nadat u bent ingelogd met DigiD.</p>'
                   if code == "X" else "")
        logins = ""
        for a in auth:
            if a == "digid":
                logins += '<p><a class="btn-digid" href="%s"><img src="%s" alt="DigiD"> Inloggen met DigiD</a></p>' % (
                    digid_start(fh, slug), U(self.host, "/static/digid.svg"))
            else:
                logins += '<p><a class="btn-eh" href="%s"><img src="%s" alt="eHerkenning"> Inloggen met eHerkenning</a></p>' % (
                    eh_start(fh, slug), U(self.host, "/static/eherkenning.svg"))
        if f in ("openforms", "openforms_script"):
            path = "/%s/" % slug
            if code == "F":
                build = ("var f=document.createElement('form');f.method='post';f.action='http://%s/api/v2/submissions';"
                         "f.innerHTML='<label>Naam <input name=naam></label><label>E-mail <input name=email></label>"
                         "<label>Toelichting <textarea name=t></textarea></label><button>Formulier starten</button>';"
                         "root.appendChild(f);" % fh)
                put(fh, "/api/v2/submissions", simple_page("Ontvangen", "<h1>Uw formulier is ontvangen</h1>"))
                sig.append("js_only")
            else:
                build = ""
                for a in auth:
                    url = U(fh, "/auth/%s/%s/start" % (slug, a))
                    label = "DigiD" if a == "digid" else "eHerkenning"
                    build += ("var a=document.createElement('a');a.href='%s';a.className='openforms-login';"
                              "a.textContent='Inloggen met %s';root.appendChild(a);" % (url, label))
                if auth:
                    digid_start(fh, slug) if "digid" in auth else None
                    eh_start(fh, slug) if "eherkenning" in auth else None
                sig.append("js_only")
            body = ('<html class="openforms-theme"><head><meta charset="utf-8"><title>%s - Formulieren %s</title>'
                    '<link rel="stylesheet" href="http://%s/static/sdk/open-forms-sdk.css"></head><body class="utrecht-document">'
                    '<h1>%s</h1>%s<div class="open-forms-sdk-root" id="openforms-container" data-sdk-module="http://%s/static/sdk/open-forms-sdk.mjs" '
                    'data-form-id="%s" data-base-url="http://%s/api/v2/" data-base-path="/%s/"></div>'
                    '<noscript>Om dit formulier te gebruiken moet JavaScript zijn ingeschakeld.</noscript>'
                    '<script>(function(){var root=document.getElementById("openforms-container");%s})();</script>'
                    '</body></html>' % (E(t), E(c["short"]), fh, E(t), prefill, fh, slug, fh, slug, build))
            put(fh, path, "<!DOCTYPE html>\n" + body)
            put(fh, "/static/sdk/open-forms-sdk.css", "body{font-family:sans-serif}")
            put(fh, "/static/sdk/open-forms-sdk.mjs", "export default {};")
            return U(fh, path)
        # server-rendered platforms
        if f == "aspx":
            path = "/eloket/formulier.aspx?id=%s" % slug
        elif f == "gravity":
            path = "/" + slug
        elif f == "eloket":
            path = "/formulieren/" + slug
        elif f == "pdcloket":
            path = "/formulieren/" + slug
        elif f == "digitaalloket":
            path = "/aanvragen/" + slug
        elif f == "triple":
            path = "/TriplEforms/DirectRegelen/formulier/nl-NL/evOpmeer/%s.aspx" % "".join(w.capitalize() for w in slug.split("-"))
        elif f == "loketimg":
            path = "/" + slug
        elif f == "formserver":
            path = "/Formulier/" + "_".join(w.capitalize() for w in slug.split("-"))
        else:
            raise ValueError(f)
        # third-party anonymous form platforms for F at some sites
        if code == "F" and self.k == "SO":
            fh2, path2 = "fd8.formdesk.test", "/gemeentesomeren/" + "".join(w.capitalize() for w in slug.split("-"))
            put(fh2, path2, simple_page(t + " - Formdesk", '<h1>%s</h1><form method="post" action="%s">%s<p>Velden met een * zijn verplicht</p>'
                '<button type="submit">Versturen</button></form>' % (E(t), U(fh2, path2), self.form_fields(p))))
            return U(fh2, path2)
        if code == "F" and self.k == "LM":
            fh2, path2 = "fd.formdesk.test", "/gemeentelandsmeer/" + "".join(w.capitalize() for w in slug.split("-"))
            put(fh2, path2, simple_page(t + " - Formdesk", '<h1>%s</h1><form method="post" action="%s">%s<p>Velden met een * zijn verplicht</p>'
                '<button type="submit">Versturen</button></form>' % (E(t), U(fh2, path2), self.form_fields(p))))
            return U(fh2, path2)
        if code == "F":
            legend = '<p>"*" geeft vereiste velden aan</p>' if f == "gravity" else "<p>Velden met een * zijn verplicht.</p>"
            inner = ('<h1>%s</h1><p>Stap 1 van 3: Uw gegevens</p>%s<form method="post" action="%s">%s'
                     '<button type="submit">Verzenden</button></form>' % (E(t), legend, U(fh, path), self.form_fields(p)))
        else:
            timeout = ('<div id="js-resumeSession" hidden>Kies \'Verlengen\' om uw sessie te verlengen</div>'
                       if f == "gravity" else "<p>Let op: u wordt na 15 minuten inactiviteit automatisch uitgelogd bij DigiD.</p>")
            inner = ('<h1>%s</h1><p>Voortgang: 0%%</p><p>Voor dit formulier moet u inloggen.</p>%s%s%s' % (E(t), prefill, logins, timeout))
        put(fh, path, simple_page(t + " - Digitaal loket", inner, self.c["name"]))
        return U(fh, path)

    def cta_html(self, p, t, route, code, auth, sig):
        c = self.c
        f = c["forms"]
        tl = E(t)
        digid_img = '<img src="%s" alt="DigiD" width="46" height="46">' % U(self.host, "/static/digid.svg")
        suffix = ""
        if auth == ["digid"]:
            suffix = " (met DigiD)"
        elif auth == ["eherkenning"]:
            suffix = " (met eHerkenning)"
        elif auth:
            suffix = " (met DigiD of eHerkenning)"
        if self.k == "VH":
            return '<div class="cta"><a class="button button--primary" href="%s">Direct regelen</a></div><p>%s</p>' % (
                route, "U logt in met DigiD of eHerkenning." if code == "DE" else ("U logt in met eHerkenning." if code == "E" else ("U logt in met DigiD." if auth else "U hoeft niet in te loggen.")))
        if self.k == "OG":
            if "digid" in auth:
                return '<p class="digid-link">%s <a href="%s">%s aanvragen</a></p>' % (digid_img.replace('alt="DigiD"', 'alt="DigiD link"'), route, tl)
            if auth:
                return '<p><a href="%s">%s aanvragen (met eHerkenning)</a></p>' % (route, tl)
            return '<p><a href="%s">Vul het online formulier in</a></p>' % route
        if self.k == "RW":
            return '<p class="owc-digid"><a class="btn" href="%s">%s%s</a></p>' % (route, tl, suffix if auth else " online aanvragen")
        if self.k == "SO":
            if route.startswith("http://fd8."):
                sig.append("get_form")
                return ('<form class="cta" action="%s" method="get"><button type="submit">Online formulier invullen</button></form>' % route)
            sig.append("get_form")
            return ('<form class="cta" action="%s" method="get"><input type="hidden" name="bron" value="pdc">'
                    '<button type="submit">Online aanvragen%s</button></form>' % (route, suffix))
        if self.k == "LM":
            if code == "F":
                sig.append("iframe")
                return '<h2>Online formulier</h2><iframe src="%s" title="%s" width="100%%" height="700"></iframe>' % (route, tl)
            sig.append("digid_image")
            return '<p><a href="%s">%s</a> Log in met DigiD om het formulier in te vullen.</p>' % (route, digid_img)
        if self.k == "RH":
            sig.append("onclick_button")
            return '<p><button type="button" class="btn" onclick="window.location.href=\'%s\'">Aanvragen%s</button></p>' % (route, suffix)
        if self.k == "DR":
            sig.append("script_built")
            return ('<div id="cta-%s"></div><script>(function(){var a=document.createElement("a");a.href="%s";'
                    'a.className="knop";a.textContent="Direct regelen";document.getElementById("cta-%s").appendChild(a);})();</script>'
                    % (slugify(p), route, slugify(p)))
        if self.k == "OP":
            if "digid" in auth:
                start = U(c["forms_host"], "/auth/%s/digid/start" % slugify(t))
                s = '<p><a href="%s">Inloggen met DigiD %s</a></p>' % (start, tl)
                if "eherkenning" in auth:
                    s += '<p><a href="%s">Inloggen met eHerkenning %s</a></p>' % (U(c["forms_host"], "/auth/%s/eherkenning/start" % slugify(t)), tl)
                return s
            if auth:
                return '<p><a href="%s">Inloggen met eHerkenning %s</a></p>' % (U(c["forms_host"], "/auth/%s/eherkenning/start" % slugify(t)), tl)
            return '<p><a href="%s">&gt;&gt; %s online aanvragen</a></p>' % (route, tl)
        if self.k == "DB":
            if "digid" in auth:
                sig.append("digid_image")
                return '<p class="digid"><a href="%s" title="Naar het formulier">%s</a></p>' % (route, digid_img)
            return '<p><a href="%s">Online regelen</a></p>' % route
        if self.k == "WL":
            return '<p><a class="button" href="%s">Online aanvragen</a>%s</p>' % (route, suffix)
        raise ValueError(self.k)

    # ---- via partners ------------------------------------------------------
    def build_via(self, p, kind):
        c = self.c
        t = PINFO[p][2][0]
        sig = ["via_external_portal"]
        r = {"sig": sig, "strict": None}
        if kind == "ol":
            direct = (self.i + len(p)) % 2 == 0
            r["route"] = U("omgevingswet.overheid.test", "/aanvragen/")
            r["via"] = "omgevingswet.overheid.test"
            r["level"] = 100
            r["strict"] = 100
            sig += ["digid", "eherkenning", "prefill_text"]
            link = r["route"] if direct else U("omgevingswet.overheid.test", "/")
            r["cta"] = ('<h2>Aanvragen</h2><p>U vraagt de vergunning aan via het <a href="%s">Omgevingsloket</a> (Verwijst naar een externe website). '
                        'Daarvoor logt u in met DigiD of eHerkenning.</p>' % link)
            r["note"] = "Omgevingsloket (DigiD/eHerkenning, pre-fill stated on its login page)" + ("" if direct else ", linked via its home page")
            return r
        if kind == "werk":
            r["route"] = U("www.werk.test", "/werkzoekenden/uitkering-aanvragen/bijstand")
            r["via"] = "www.werk.test"
            r["level"] = 100
            sig.append("digid")
            r["cta"] = ('<h2>Hoe vraag ik het aan?</h2><p>U vraagt de bijstandsuitkering aan via <a href="%s">werk.nl</a> (externe link). '
                        'U logt daar in met uw DigiD. Daarna neemt een consulent van de gemeente contact met u op.</p>' % r["route"])
            r["note"] = "application starts at werk.nl with DigiD"
            return r
        if kind == "tax":  # GBWF for Opmeer
            host = "mijn.gbwf.test"
            path = "/" + slugify(t)
            start = digid_start(host, slugify(t))
            put(host, path, simple_page(t + " - Mijn GBWF", '<h1>%s</h1><p>Regel dit in Mijn GBWF, het belastingloket van de Westfriese gemeenten.</p>'
                '<p><a href="%s">Inloggen met DigiD</a></p><p><a href="http://www.gbwf.test/">Naar www.gbwf.test</a></p>' % (E(t), start)))
            put("www.gbwf.test", "/", simple_page("GBWF - Gemeentelijke Belastingen Westfriesland", '<h1>Gemeentelijke Belastingen Westfriesland</h1>'
                '<p>GBWF heft en int de belastingen voor Drechterland, Enkhuizen, Hoorn, Koggenland, Medemblik, Opmeer en Stede Broec.</p>'
                '<p><a href="http://mijn.gbwf.test/">Mijn GBWF</a></p>'))
            put(host, "/", simple_page("Mijn GBWF", '<h1>Mijn GBWF</h1><p><a href="%s">Inloggen met DigiD</a></p>' % digid_start(host, "mijn")))
            r["route"] = U(host, path)
            r["via"] = host
            r["level"] = 100
            sig.append("digid")
            r["cta"] = ('<h2>Regelen</h2><p>De gemeentelijke belastingen van Opmeer worden uitgevoerd door GBWF. '
                        '<a href="%s">%s via Mijn GBWF</a> (DigiD).</p>' % (r["route"], E(t)))
            r["note"] = "joint tax office GBWF, DigiD"
            return r
        if kind == "soc":
            if self.k == "OP":
                host, org = "www.werksaamwf.test", "WerkSaam Westfriesland"
            else:
                host, org = "www.over-gemeenten.test", "OVER-gemeenten (Sociaal Plein)"
            path = "/aanvragen/" + slugify(t)
            start = digid_start(host, slugify(t))
            put(host, path, simple_page(t + " - " + org, '<h1>%s</h1><p>%s voert deze regeling uit voor de gemeente %s.</p>'
                '<p>Log in met DigiD om het aanvraagformulier te openen.</p><p><a href="%s">Inloggen met DigiD</a></p>' % (E(t), E(org), E(c["short"]), start)))
            r["route"] = U(host, path)
            r["via"] = host
            r["level"] = 100
            sig.append("digid")
            r["cta"] = '<h2>Aanvragen</h2><p>Dit regelt %s voor ons. <a href="%s">%s aanvragen bij %s</a></p>' % (E(org), r["route"], E(t), E(org))
            r["note"] = "regional social service %s, DigiD" % org
            return r
        if kind == "park":
            host = "rijswijk.parkeerservice.test"
            start = digid_start(host, "vergunning")
            put(host, "/", simple_page("Parkeerservice Rijswijk", '<h1>Digitaal loket parkeren Rijswijk</h1>'
                '<p>Vraag uw bewonersvergunning aan. Betaal direct met iDEAL.</p><p><a href="%s">Inloggen met DigiD</a></p>' % start))
            r["route"] = U(host, "/")
            r["via"] = host
            r["level"] = 100
            sig.append("digid")
            r["cta"] = '<h2>Aanvragen</h2><p>U vraagt de parkeervergunning aan in het <a href="%s">digitaal loket parkeren</a> (met DigiD).</p>' % r["route"]
            r["note"] = "parking portal with DigiD"
            return r
        if kind == "mor":
            host = "doesburg.fixi.test"
            put(host, "/", simple_page("Melding openbare ruimte Doesburg - Fixi", '<h1>Doe een melding</h1><form method="post" action="%s">'
                '<label>Wat wilt u melden? * <select name="cat"><option>Verlichting</option><option>Bestrating</option><option>Zwerfafval</option></select></label>'
                '<label>Locatie * <input name="locatie"></label><label>Omschrijving <textarea name="omschrijving"></textarea></label>'
                '<label>E-mail <input name="email"></label><button type="submit">Melding versturen</button></form>'
                '<p>Fixi: <a href="http://www.fixi.test/">over Fixi</a></p>' % U(host, "/")))
            r["route"] = U(host, "/")
            r["via"] = host
            r["level"] = 67
            sig.append("html_form")
            r["cta"] = '<p>Meld het via <a href="%s">Fixi</a>, ook als app beschikbaar.</p>' % r["route"]
            r["note"] = "Fixi report form, no login"
            return r
        if kind == "waste":
            host, org, mode = c["waste"]
            s = slugify(t)
            if mode == "own_login":
                login = U(host, "/mijn/inloggen/" + s)
                put(host, "/mijn/inloggen/" + s, simple_page("Mijn %s - inloggen" % org, '<h1>Inloggen Mijn %s</h1>'
                    '<form method="post" action="%s"><label>E-mailadres <input name="email"></label>'
                    '<label>Wachtwoord <input type="password" name="pw"></label><button>Inloggen</button></form>'
                    '<p>Nog geen account? <a href="%s">Account aanmaken</a></p>' % (org, U(host, "/mijn/" + s), U(host, "/mijn/registreren"))))
                put(host, "/mijn/registreren", simple_page("Account aanmaken", '<h1>Account aanmaken</h1><form method="post" action="%s">'
                    '<label>E-mail <input name="email"></label><label>Postcode <input name="pc"></label><button>Aanmaken</button></form>' % U(host, "/mijn/")))
                put(host, "/mijn/", simple_page("Mijn " + org, '<h1>Mijn %s</h1><p>Welkom. Log in of maak een account aan.</p>' % E(org)))
                put(host, "/mijn/" + s, simple_page(t + " - Mijn " + org, '<h1>%s</h1><form method="post" action="%s">'
                    '<label>Adres * <input name="adres"></label><label>Wat wilt u? * <textarea name="wat"></textarea></label>'
                    '<button>Versturen</button></form>' % (E(t), U(host, "/mijn/" + s))))
                path = "/" + s
                put(host, path, simple_page(t + " - " + org, '<h1>%s</h1><p>Regel het in Mijn %s. U logt in met uw e-mailadres en wachtwoord.</p>'
                    '<p><a href="%s">Inloggen Mijn %s</a></p>' % (E(t), E(org), login, E(org))))
                r["route"] = U(host, "/mijn/" + s)
                sig += ["own_login", "html_form"]
                r["note"] = "%s: form behind the company's own account login (not DigiD)" % org
            else:
                path = "/" + s
                put(host, path, simple_page(t + " - " + org, '<h1>%s</h1><form method="post" action="%s"><label>Postcode * <input name="pc"></label>'
                    '<label>Huisnummer * <input name="nr"></label><label>Wat wilt u aanmelden? <textarea name="wat"></textarea></label>'
                    '<label>E-mailadres <input name="email"></label><button>Aanvraag versturen</button></form>' % (E(t), U(host, path))))
                r["route"] = U(host, path)
                sig.append("html_form")
                r["note"] = "%s online form without login" % org
            put(host, "/", simple_page(org, '<h1>%s</h1><p>Afvalinzameling en grondstoffen voor de gemeenten in onze regio.</p>' % E(org)))
            r["via"] = host
            r["level"] = 67
            r["cta"] = ('<h2>Regelen</h2><p>Het afval wordt ingezameld door %s. <a href="%s">%s via de website van %s</a> (externe link).</p>'
                        % (E(org), U(host, path), E(t), E(org)))
            return r
        raise ValueError(kind)

    # ---- traps -------------------------------------------------------------
    def trap_pool(self, p, code):
        """Ordered candidate traps for this product page."""
        cat = PINFO[p][0]
        pool = []
        if code in ("I0", "A0", "P", "W", "M"):
            pool += ["trap_contact_form", "trap_direct_regelen", "trap_status_login", "trap_other_pdf", "trap_digid_info"]
        if code in ("A0",):
            pool = ["trap_appointment_form"] + pool
        if cat == "belastingen" or p in ("afvalcontainer", "grofvuil"):
            pool += ["trap_tax_portal"]
        elif code not in ("V:tax",):
            pool += ["trap_tax_portal"] if (self.i + len(p)) % 4 == 0 else []
        if cat in ("ondernemen", "wonen") and code != "V:ol" and p != "omgevingsvergunning" and (self.i + len(p)) % 2 == 0:
            pool = ["trap_omgevingsloket"] + pool
        if p not in ("bezwaar", "woz-bezwaar", "belastingaanslag-bezwaar"):
            pool += ["trap_bezwaar_digid"]
        pool += ["trap_feedback_form", "trap_sibling_page", "trap_regulation_pdf", "trap_mailto", "trap_chat",
                 "trap_newsletter", "trap_callback_form", "trap_negation_other", "trap_loket_overview",
                 "trap_leaflet_pdf", "trap_mijnoverheid_link", "trap_news_mention"]
        if p in ("verhuismelding",):
            pool = ["trap_auxiliary_pdf"] + pool
        if p in ("paspoort",) and self.k in ("VH", "RH", "WL"):
            pool = ["trap_auxiliary_pdf"] + pool
        if p == "wmo-voorziening" and code == "I0":
            pool = ["trap_callback_form"] + pool
        if code.startswith("V:"):
            pool = ["trap_direct_regelen"] + pool
        out = []
        for x in pool:
            if x not in out:
                out.append(x)
        return out

    def choose_traps(self, p, code):
        pool = self.trap_pool(p, code)
        n = 1 + (self.i + self.products.index(p)) % 3   # 1..3 traps
        first = pool[:1] if pool[0] in ("trap_appointment_form", "trap_auxiliary_pdf", "trap_omgevingsloket", "trap_callback_form") else []
        rest = [x for x in pool if x not in first]
        start = (self.i * 5 + self.products.index(p) * 3) % len(rest)
        rot = rest[start:] + rest[:start]
        picked = first + rot
        res = []
        for x in picked:
            if len(res) >= n + len(first):
                break
            res.append(x)
        return res

    def other_with(self, p, codes, k=3):
        res = []
        start = self.products.index(p)
        L = len(self.products)
        for j in range(1, L):
            q = self.products[(start + j * 5) % L]
            if q != p and self.m[(self.k, q)] in codes and q in self.routes and q not in res:
                res.append(q)
            if len(res) >= k:
                break
        return res

    def render_trap(self, tr, p, members):
        c = self.c
        h = self.host
        if tr == "trap_contact_form":
            return ('<aside class="vraag"><h2>Stel uw vraag</h2><form method="post" action="%s"><label>Naam <input name="naam"></label>'
                    '<label>E-mailadres <input type="email" name="email"></label><label>Uw vraag <textarea name="vraag"></textarea></label>'
                    '<button type="submit">Verstuur vraag</button></form></aside>' % U(h, "/contact/verstuur")), True
        if tr == "trap_direct_regelen":
            qs = self.other_with(p, ("D", "X", "DE"), 3)
            qs = [q for q in qs if q not in members]
            if not qs:
                return "", False
            items = "".join('<li><a href="%s">%s</a> <img src="%s" alt="DigiD" width="16"></li>' % (
                self.routes[q][0], E(PINFO[q][2][0]), U(h, "/static/digid.svg")) for q in qs)
            return '<aside class="direct-regelen"><h2>Direct regelen</h2><ul>%s</ul></aside>' % items, True
        if tr == "trap_status_login":
            host = c["portal"] if c["portal"] and c["portal"] != "mijn.overheid.test" else c["forms_host"]
            url = U(host, "/mijn-aanvragen")
            put(host, "/mijn-aanvragen", simple_page("Mijn aanvragen", '<h1>Mijn aanvragen</h1><p>Bekijk de status van uw lopende aanvragen en meldingen.</p>'
                '<p><a href="%s">Inloggen met DigiD</a></p>' % digid_start(host, "mijn-aanvragen")))
            return '<p class="status">Heeft u al een aanvraag gedaan? <a href="%s">Bekijk de status in Mijn aanvragen</a> (inloggen met DigiD).</p>' % url, True
        if tr == "trap_other_pdf":
            qs = [q for q in self.other_with(p, ("P", "M"), 2) if q not in members and q in self.pdfs]
            if not qs:
                return "", False
            q = qs[0]
            return '<p class="zie-ook">Zie ook: <a href="%s">Aanvraagformulier %s (pdf)</a></p>' % (self.pdfs[q], E(PINFO[q][2][0].lower())), True
        if tr == "trap_digid_info":
            return ('<aside class="digid-info"><img src="%s" alt="DigiD"><p>Nog geen DigiD? <a href="http://www.digid.test/aanvragen">Vraag DigiD aan</a>. '
                    'Met DigiD regelt u veel zaken met de gemeente online.</p></aside>' % U(h, "/static/digid.svg")), True
        if tr == "trap_tax_portal":
            tp = c["tax_portal"]
            if tp == "mijn.gbwf.test":
                put("mijn.gbwf.test", "/", simple_page("Mijn GBWF", '<h1>Mijn GBWF</h1><p><a href="%s">Inloggen met DigiD</a></p>' % digid_start("mijn.gbwf.test", "mijn")))
                url = U(tp, "/")
            else:
                url = U(tp, "/mijn-belastingen")
                put(tp, "/mijn-belastingen", simple_page("Mijn belastingen", '<h1>Mijn belastingen</h1><p>Bekijk uw aanslag, WOZ-beschikking en betalingen.</p>'
                    '<p><a href="%s">Inloggen met DigiD</a></p>' % digid_start(tp, "mijn-belastingen")))
            return '<aside><h2>Mijn belastingen</h2><p>Bekijk uw aanslag en de WOZ-waarde: <a href="%s">log in met DigiD</a>.</p></aside>' % url, True
        if tr == "trap_omgevingsloket":
            return ('<p>Moet u ook bouwen of iets aan uw pand veranderen? <a href="http://omgevingswet.overheid.test/vergunningcheck/">Doe de vergunningcheck</a> '
                    'of <a href="http://omgevingswet.overheid.test/aanvragen/">log in op het Omgevingsloket</a>.</p>'), True
        if tr == "trap_bezwaar_digid":
            for q in ("belastingaanslag-bezwaar", "bezwaar", "woz-bezwaar"):
                if q not in members and self.m[(self.k, q)] in ("D", "X") and q in self.routes:
                    return ('<h2>Bezwaar</h2><p>Bent u het niet eens met een besluit van de gemeente? <a href="%s">Maak bezwaar met DigiD</a>.</p>'
                            % self.routes[q][0]), True
            return "", False
        if tr == "trap_feedback_form":
            return ('<form class="feedback" method="post" action="%s"><fieldset><legend>Heeft deze informatie u geholpen?</legend>'
                    '<label><input type="radio" name="nuttig" value="ja"> Ja</label><label><input type="radio" name="nuttig" value="nee"> Nee</label>'
                    '<label>Toelichting <textarea name="toelichting"></textarea></label><button type="submit">Verstuur</button></fieldset></form>' % U(h, "/feedback")), True
        if tr == "trap_sibling_page":
            sib = {"gehandicaptenparkeerkaart": "gehandicaptenparkeerplaats", "gehandicaptenparkeerplaats": "gehandicaptenparkeerkaart",
                   "bijstand": "bijzondere-bijstand", "bijzondere-bijstand": "bijstand", "paspoort": "identiteitskaart",
                   "identiteitskaart": "paspoort", "bezwaar": "woz-bezwaar", "woz-bezwaar": "belastingaanslag-bezwaar",
                   "belastingaanslag-bezwaar": "woz-bezwaar", "exploitatievergunning-horeca": "alcoholvergunning",
                   "alcoholvergunning": "terrasvergunning", "terrasvergunning": "alcoholvergunning",
                   "standplaatsvergunning": "evenementenvergunning", "marktvergunning": "standplaatsvergunning",
                   "kapvergunning": "omgevingsvergunning", "uitwegvergunning": "omgevingsvergunning",
                   "geboorteaangifte": "brp-uittreksel", "overlijdensaangifte": "brp-uittreksel",
                   "hondenbelasting": "belastingkwijtschelding", "grofvuil": "afvalcontainer", "afvalcontainer": "grofvuil"}
            q = sib.get(p)
            if not q or q in members or q not in self.prod_url or self.m[(self.k, q)] in ("N", "-"):
                return "", False
            return '<aside class="gerelateerd"><h2>Gerelateerde onderwerpen</h2><ul><li><a href="%s">%s</a></li></ul></aside>' % (
                self.prod_url[q], E(self.prod_title[q])), True
        if tr == "trap_regulation_pdf":
            url, n = self.add_doc("verordening-" + slugify(PINFO[p][0]), "Verordening " + CATS[PINFO[p][0]].lower() + " " + c["short"],
                                  ["Artikel 1 Begripsbepalingen", "Artikel 2 Reikwijdte", "Artikel 3 Inwerkingtreding"])
            return '<h2>Regelgeving</h2><p><a href="%s">Verordening %s (pdf, %s)</a></p>' % (url, E(CATS[PINFO[p][0]].lower()), kb(n)), True
        if tr == "trap_leaflet_pdf":
            url, n = self.add_doc("folder-" + slugify(PINFO[p][2][0]), "Folder: " + PINFO[p][2][0], ["Informatie voor inwoners", "Deze folder is geen aanvraagformulier."])
            return '<p>Lees ook de <a href="%s">folder %s (PDF, %s)</a>.</p>' % (url, E(PINFO[p][2][0].lower()), kb(n)), True
        if tr == "trap_mailto":
            return '<p>Vragen? Mail naar <a href="mailto:vergunningen@%s.nl">vergunningen@%s.nl</a>.</p>' % (c["base"], c["base"]), True
        if tr == "trap_chat":
            return ('<div id="chat-widget" data-chat-host="chat"></div><script>(function(){var b=document.createElement("button");'
                    'b.textContent="Chat met ons";b.className="chat-start";document.getElementById("chat-widget").appendChild(b);})();</script>'), True
        if tr == "trap_newsletter":
            return ('<aside class="nieuwsbrief"><h2>Nieuwsbrief</h2><form method="post" action="%s"><label>E-mailadres <input type="email" name="email"></label>'
                    '<button type="submit">Aanmelden</button></form></aside>' % U(h, "/nieuwsbrief/aanmelden")), True
        if tr == "trap_callback_form":
            return ('<aside><h2>Bel mij terug</h2><p>Laat uw nummer achter, dan bellen wij u binnen 2 werkdagen terug.</p>'
                    '<form method="post" action="%s"><label>Naam <input name="naam"></label><label>Telefoon <input name="tel"></label>'
                    '<button type="submit">Terugbelverzoek versturen</button></form></aside>' % U(h, "/contact/terugbelverzoek")), True
        if tr == "trap_negation_other":
            return ('<p class="let-op">Let op: spoedaanvragen kunt u niet online doen. Een afspraak buiten openingstijden is niet mogelijk.</p>'), True
        if tr == "trap_loket_overview":
            return '<p>Bekijk <a href="%s">alle formulieren in het digitaal loket</a>.</p>' % U(h, "/digitaal-loket"), True
        if tr == "trap_mijnoverheid_link":
            return ('<p>Berichten van de gemeente ontvangt u in de <a href="http://mijn.overheid.test/">Berichtenbox van MijnOverheid</a> (inloggen met DigiD).</p>'), True
        if tr == "trap_news_mention":
            return '<aside><h2>Nieuws</h2><p><a href="%s">Nieuw: meer zaken online regelen met DigiD</a></p></aside>' % U(h, "/nieuws/meer-online-regelen"), True
        if tr == "trap_auxiliary_pdf":
            if p == "verhuismelding":
                url, n = self.add_doc("verklaring-hoofdbewoner", "Verklaring hoofdbewoner", ["Naam hoofdbewoner: ______", "Handtekening: ______"])
                return '<p>Gaat u inwonen bij iemand? Laat de hoofdbewoner de <a href="%s">verklaring hoofdbewoner (pdf, %s)</a> invullen.</p>' % (url, kb(n)), True
            url, n = self.add_doc("toestemming-reisdocument-minderjarige", "Toestemming reisdocument minderjarige", ["Naam ouder: ______", "Handtekening: ______"])
            return '<p>Voor kinderen onder 18 jaar: <a href="%s">Verklaring toestemming reisdocument minderjarige (pdf, %s)</a>.</p>' % (url, kb(n)), True
        if tr == "trap_appointment_form":
            return "", True  # realised through the appointment link (see appointment())
        raise ValueError(tr)

    def appointment(self, p, sig, traps):
        c = self.c
        ah = c["appt"]
        t = PINFO[p][2][0]
        path = "/afspraak-maken/" + slugify(p)
        login = ""
        if c["appt_login"]:
            login = '<p>Of log in om uw afspraken te beheren: <a href="%s">Inloggen met DigiD</a></p>' % digid_start(ah, "afspraken")
            if "trap_appointment_login" not in traps:
                traps.append("trap_appointment_login")
        put(ah, path, simple_page("Afspraak maken - " + t, '<h1>Afspraak maken: %s</h1><form method="post" action="%s">'
            '<label>Datum <input type="date" name="datum"></label><label>Tijd <select name="tijd"><option>09:00</option><option>09:15</option></select></label>'
            '<label>Naam * <input name="naam"></label><label>E-mailadres * <input name="email"></label>'
            '<button type="submit">Afspraak bevestigen</button></form>%s' % (E(t), U(ah, path + "-bevestigen"), login), c["name"]))
        put(ah, path + "-bevestigen", simple_page("Afspraak bevestigd", "<h1>Uw afspraak is bevestigd</h1>"))
        sig.append("appointment_online")
        if "trap_appointment_form" not in traps:
            traps.append("trap_appointment_form")
        return U(ah, path)

    # ---- build product pages ------------------------------------------------
    def build(self):
        c = self.c
        # assets
        put(self.host, "/static/digid.svg", DIGID_SVG)
        put(self.host, "/static/eherkenning.svg", EH_SVG)
        put(self.host, "/static/logo.svg", '<svg xmlns="http://www.w3.org/2000/svg" width="120" height="40"><text x="2" y="25">%s</text></svg>' % E(c["short"]))
        put(self.host, "/static/site.css", "body{font-family:Arial,sans-serif;max-width:60em;margin:auto}")
        # pass 1: titles and urls
        for p in self.products:
            code = self.m[(self.k, p)]
            if code == "-":
                continue
            owner = self.shared_owner.get(p, p)
            title = self.title(owner)
            if owner != p or any(o == p for o, _ in SHARED.get(self.k, [])):
                members = [m for o, ms in SHARED.get(self.k, []) if o == owner for m in ms]
                title = {"gehandicaptenparkeerkaart": "Gehandicaptenparkeerkaart en -parkeerplaats",
                         "paspoort": "Paspoort en identiteitskaart", "bezwaar": "Bezwaar en klachten",
                         "exploitatievergunning-horeca": "Horecavergunningen: exploitatie en alcohol",
                         "hondenbelasting": "Gemeentelijke belastingen"}[owner]
            host, path = self.product_loc(owner, title)
            self.prod_url[p] = U(host, path)
            self.prod_title[p] = title
        # pass 2: routes (own platforms first, so traps can link to them)
        routes = {}
        for p in self.products:
            code = self.m[(self.k, p)]
            if code in ("-", "N", "I0", "A0"):
                continue
            if code.startswith("V:"):
                rr = self.build_via(p, code[2:])
            else:
                rr = self.build_route(p, code)
            routes[p] = rr
            self.routes[p] = (rr["route"], code)
        # pass 3: pages
        done_pages = {}
        for p in self.products:
            code = self.m[(self.k, p)]
            if code == "-":
                self.labels.append(dict(org_code=c["code"], product_key=p, level="", status="not_found", product_url="",
                                        route_url="", level_strict="", via="", signals="",
                                        notes="no page for this product anywhere on the site"))
                continue
            owner = self.shared_owner.get(p, p)
            if owner in done_pages:
                continue
            members = [m for o, ms in SHARED.get(self.k, []) if o == owner for m in ms] or [p]
            done_pages[owner] = True
            self.build_product_page(owner, members, routes)
        # not found rows come in product order already; re-sort labels to product order
        order = {p: j for j, p in enumerate(self.products)}
        self.labels.sort(key=lambda r: order[r["product_key"]])

    def level_text(self, p, code):
        c = self.c
        if p == "overlijdensaangifte":
            return ("<h2>Wat moet ik doen?</h2><p>Meestal doet de uitvaartverzorger de aangifte. Doet u het zelf? Kom dan met de verklaring van overlijden "
                    "van de arts naar het gemeentehuis. Bel vooraf %s.</p>" % E(c["tel"]))
        if code == "I0":
            v = [
                "<h2>Hoe vraag ik het aan?</h2><p>U kunt dit alleen aan de balie van het gemeentehuis regelen. Neem een geldig identiteitsbewijs mee. "
                "Online aanvragen is niet mogelijk.</p>",
                "<h2>Wat moet ik doen?</h2><p>Bel ons op %s. Een medewerker bespreekt met u wat er nodig is.</p>" % E(c["tel"]),
                "<h2>Aanvragen</h2><p>Stuur een brief met uw naam, adres en toelichting naar het college van burgemeester en wethouders, Postbus 10.</p>",
            ]
            return v[(self.i + len(p)) % 3]
        if code == "A0":
            return "<h2>Wat moet ik doen?</h2><p>U moet hiervoor persoonlijk naar het gemeentehuis komen. Maak eerst een afspraak.</p>"
        return ""

    def build_product_page(self, owner, members, routes):
        c = self.c
        url = self.prod_url[owner]
        host = url.split("/")[2]
        path = url[len("http://" + host):]
        title = self.prod_title[owner]
        sections = []
        rows = []
        shared_traps = []
        for p in members:
            code = self.m[(self.k, p)]
            sig = []
            traps = list(self.site_traps())
            sec = []
            if len(members) > 1:
                sec.append("<h2>%s</h2>" % E(PINFO[p][2][0]))
                traps.append("trap_shared_page")
            if code == "N":
                stmt = NOT_OFFERED[(self.k, p)][1]
                sec.append("<p>%s</p>" % E(stmt))
                sig.append("not_offered_text")
                for tr in self.choose_traps(p, "I0")[:1]:
                    html_, ok = self.render_trap(tr, p, members)
                    if ok and html_:
                        sec.append(html_)
                        traps.append(tr)
                sections.append("\n".join(sec))
                rows.append(dict(org_code=c["code"], product_key=p, level="", status="not_offered", product_url=url, route_url="",
                                 level_strict="", via="", signals=";".join(sig + traps),
                                 notes="page states the product is not offered: " + stmt[:90]))
                continue
            sec.append("<h2>Wat is het?</h2><p>%s</p>" % E(PINFO[p][3]))
            level, strict, route, via, note = 0, 0, "", "", ""
            if code in ("I0", "A0"):
                sec.append(self.level_text(p, code))
                if code == "A0" and c["appt"]:
                    a = self.appointment(p, sig, traps)
                    sec.append('<p><a href="%s">Maak online een afspraak</a></p>' % a)
                note = "information only" + (", online appointment (not a form)" if code == "A0" else "")
            else:
                rr = routes[p]
                sig += rr["sig"]
                sec.append("<h2>Wat heb ik nodig?</h2><ul><li>Uw DigiD of een geldig identiteitsbewijs</li><li>Eventuele bewijsstukken</li></ul>")
                sec.append(rr["cta"])
                route = rr["route"]
                via = rr.get("via", "")
                if code.startswith("V:"):
                    level = rr["level"]
                    strict = rr["strict"] if rr["strict"] is not None else (67 if level == 100 else level)
                    note = rr["note"]
                else:
                    level = {"P": 33, "W": 33, "M": 33, "F": 67, "D": 100, "X": 100, "E": 100, "DE": 100}[code]
                    strict = 100 if code == "X" else (67 if level == 100 else level)
                    note = {"P": "printable PDF form", "W": "printable Word form", "M": "PDF to print or e-mail",
                            "F": "online form without login", "D": "online form behind DigiD", "X": "DigiD form, pre-fill stated",
                            "E": "online form behind eHerkenning", "DE": "online form behind DigiD or eHerkenning"}[code]
                    if "js_only" in sig:
                        note += " (form/login only after JavaScript)"
            sec.append("<h2>Wat kost het?</h2><p>Kijk voor de actuele tarieven in de legesverordening.</p>")
            # product traps
            for tr in self.choose_traps(p, code):
                if tr in ("trap_appointment_form",):
                    continue
                html_, ok = self.render_trap(tr, p, members)
                if ok and html_:
                    sec.append(html_)
                    traps.append(tr)
            sections.append("\n".join(sec))
            rows.append(dict(org_code=c["code"], product_key=p, level=str(level), status="ok", product_url=url,
                             route_url=route, level_strict=str(strict), via=via, signals=";".join(sig + traps), notes=note))
        # shared page: traps are visible for all members; merge trap signals
        if len(members) > 1:
            all_traps = []
            for r in rows:
                for s in r["signals"].split(";"):
                    if s.startswith("trap_") and s not in all_traps:
                        all_traps.append(s)
            for r in rows:
                own = [s for s in r["signals"].split(";") if s and not s.startswith("trap_")]
                r["signals"] = ";".join(own + all_traps)
                r["notes"] += "; page shared with " + ", ".join(m for m in members if m != r["product_key"])
        intro = ""
        body = "<h1>%s</h1>\n%s\n%s" % (E(title), intro, "\n<hr>\n".join(sections))
        crumbs = [(U(self.host, "/"), "Home"), (U(self.host, "/producten-a-z"), "Producten en diensten")]
        self.page(host, path, title, body, crumbs=crumbs)
        text = re.sub(r"<[^>]+>", " ", body)
        self.search_index.append({"url": url, "title": title, "text": re.sub(r"\s+", " ", text)[:300]})
        self.labels.extend(rows)

    def build_general(self):
        c = self.c
        h = self.host
        # A-Z and categories
        cats = {}
        seen = []
        for p in self.products:
            if p not in self.prod_url:
                continue
            u = self.prod_url[p]
            if u in seen:
                continue
            seen.append(u)
            cats.setdefault(PINFO[p][0], []).append((self.prod_title[p], u))
        az = sorted(((t, u) for k in cats for t, u in cats[k]), key=lambda x: x[0].lower())
        self.page(h, "/producten-a-z", "Producten en diensten A-Z",
                  "<h1>Producten en diensten A-Z</h1><ul>%s</ul>" % "".join('<li><a href="%s">%s</a></li>' % (u, E(t)) for t, u in az))
        catlinks = []
        for k in CATS:
            if k not in cats:
                continue
            cp = "/inwoners/" + k if self.k != "LM" else "/producten/categorie/" + k
            chost = h if self.k != "LM" else "loket.landsmeer.test"
            self.page(chost, cp, CATS[k], "<h1>%s</h1><ul>%s</ul>" % (E(CATS[k]), "".join('<li><a href="%s">%s</a></li>' % (u, E(t)) for t, u in cats[k])))
            catlinks.append('<li><a href="%s">%s</a></li>' % (U(chost, cp), E(CATS[k])))
        # home
        direct = [q for q in self.products if q in self.routes and self.routes[q][1] in ("D", "X")][:5]
        dr = "".join('<li><a href="%s">%s</a></li>' % (self.prod_url[q], E(PINFO[q][2][0])) for q in direct)
        self.page(h, "/", "Home", "<h1>Welkom bij de %s</h1><h2>Veelgevraagd</h2><ul>%s</ul><h2>Onderwerpen</h2><ul>%s</ul>"
                  '<p><a href="%s">Alle producten en diensten</a></p><p><a href="%s">Nieuws</a></p>' % (
                      E(c["name"].replace("Gemeente", "gemeente")), dr, "".join(catlinks), U(h, "/producten-a-z"), U(h, "/nieuws/")))
        if self.k == "LM":
            self.page("loket.landsmeer.test", "/", "Digitaal loket", '<h1>Producten en diensten</h1><p><a href="%s">Alle producten A-Z</a></p>' % U(h, "/producten-a-z"))
        # digital loket overview
        items = "".join('<li><a href="%s">%s</a></li>' % (self.routes[q][0], E(PINFO[q][2][0])) for q in self.products
                        if q in self.routes and self.routes[q][1] in ("D", "X", "E", "DE", "F"))
        self.page(h, "/digitaal-loket", "Digitaal loket", "<h1>Digitaal loket</h1><p>Hier vindt u al onze online formulieren.</p><ul>%s</ul>" % items)
        # contact etc
        self.page(h, "/contact/", "Contact", '<h1>Contact</h1><p>Bel %s of gebruik het contactformulier.</p><form method="post" action="%s">'
                  '<label>Naam <input name="naam"></label><label>Vraag <textarea name="vraag"></textarea></label><button>Versturen</button></form>'
                  % (E(c["tel"]), U(h, "/contact/verstuur")))
        for pth, t in (("/contact/verstuur", "Bedankt voor uw vraag"), ("/contact/terugbelverzoek", "Wij bellen u terug"),
                       ("/feedback", "Bedankt voor uw reactie"), ("/nieuwsbrief/aanmelden", "Aanmelden nieuwsbrief"),
                       ("/privacy", "Privacyverklaring"), ("/toegankelijkheid", "Toegankelijkheid")):
            self.page(h, pth, t, "<h1>%s</h1><p>%s</p>" % (E(t), E(c["name"])), sitemap=pth in ("/privacy", "/toegankelijkheid"))
        # news
        newsitems = [("meer-online-regelen", "Meer zaken online regelen met DigiD",
                      "Inwoners kunnen steeds meer zaken online regelen. Log in via %s." % ("Mijn aanvragen")),
                     ("nieuwe-afvalkalender", "Nieuwe afvalkalender beschikbaar", "De afvalkalender voor volgend jaar staat online."),
                     ("gemeentehuis-gesloten", "Gemeentehuis gesloten op Koningsdag", "Op Koningsdag is het gemeentehuis gesloten.")]
        lis = []
        for s, t, txt in newsitems:
            extra = ""
            if s == "meer-online-regelen" and self.routes:
                qs = [q for q in self.products if q in self.routes and self.routes[q][1] in ("D", "X")][:2]
                extra = "".join('<p><a href="%s">%s (DigiD)</a></p>' % (self.routes[q][0], E(PINFO[q][2][0])) for q in qs)
            self.page(h, "/nieuws/" + s, t, "<h1>%s</h1><p>%s</p>%s" % (E(t), E(txt), extra))
            lis.append('<li><a href="%s">%s</a></li>' % (U(h, "/nieuws/" + s), E(t)))
        self.page(h, "/nieuws/", "Nieuws", "<h1>Nieuws</h1><ul>%s</ul>" % "".join(lis))
        # portal
        if c["portal"] and c["portal"] != "mijn.overheid.test":
            put(c["portal"], "/", simple_page(c["portal_name"], '<h1>%s</h1><p>Uw persoonlijke pagina: lopende zaken, afspraken en berichten.</p>'
                '<p><a href="%s">Inloggen met DigiD</a></p>' % (E(c["portal_name"]), digid_start(c["portal"], "portaal"))))
        # search page
        if c["search"] != "none":
            self.page(h, "/zoeken", "Zoeken", '<h1>Zoeken</h1><form action="%s" method="get"><input name="q"><button>Zoek</button></form>' % U(h, "/zoeken"), sitemap=False)
        # robots + sitemap
        locs = "".join("<url><loc>%s</loc></url>" % E(U(hh, pp)) for hh, pp in self.pages if hh == h)
        put(h, "/robots.txt", "User-agent: *\nDisallow: /zoeken\nDisallow: /auth/\nSitemap: %s\n" % U(h, "/sitemap.xml"))
        put(h, "/sitemap.xml", '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">%s</urlset>\n' % locs)
        if self.k == "LM":
            locs2 = "".join("<url><loc>%s</loc></url>" % E(U(hh, pp)) for hh, pp in self.pages if hh == "loket.landsmeer.test")
            put("loket.landsmeer.test", "/sitemap.xml", '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">%s</urlset>\n' % locs2)
            put("loket.landsmeer.test", "/robots.txt", "User-agent: *\nSitemap: http://loket.landsmeer.test/sitemap.xml\n")


# ---------------------------------------------------------------------------
def main():
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "web")
    prods = load_products()
    keys = [k for k, _ in prods]
    for k in keys:
        assert k in PINFO, k
    matrix = parse_matrix()
    for k in keys:
        for sk in SITE_KEYS:
            assert (sk, k) in matrix, (sk, k)
    for (sk, p), code in sorted(matrix.items()):
        if code == "N":
            assert (sk, p) in NOT_OFFERED, (sk, p)
    build_shared()
    sites = [Site(i, cfg, matrix, keys) for i, cfg in enumerate(SITES)]
    labels = []
    for s in sites:
        s.build()
        s.build_general()
        labels.extend(s.labels)
    # write
    if os.path.isdir(out):
        shutil.rmtree(out)
    os.makedirs(os.path.join(out, "sites"))
    files = {}
    for (host, path) in sorted(PAGES):
        rel = path.lstrip("/")
        if rel == "" or rel.endswith("/"):
            rel += "index.html"
        files[host + "/" + rel] = (host, path)
    for f in sorted(files):
        parts = f.split("/")
        for j in range(1, len(parts)):
            if "/".join(parts[:j]) in files:
                raise SystemExit("file/folder clash: %s vs %s" % ("/".join(parts[:j]), f))
    for (host, path) in sorted(PAGES):
        rel = path.lstrip("/")
        if rel == "" or rel.endswith("/"):
            rel += "index.html"
        fp = os.path.join(out, "sites", host, *rel.split("/"))
        os.makedirs(os.path.dirname(fp), exist_ok=True)
        with open(fp, "wb") as f:
            f.write(PAGES[(host, path)])
    with open(os.path.join(out, "organisations.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["code", "name", "org_type", "website", "inhabitants"])
        for c in SITES:
            w.writerow([c["code"], c["name"], "gemeente", "http://www.%s.test/" % c["base"], c["inh"]])
    cols = ["org_code", "product_key", "level", "status", "product_url", "route_url", "level_strict", "via", "signals", "notes"]
    with open(os.path.join(out, "labels.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=cols, lineterminator="\n")
        w.writeheader()
        for r in labels:
            w.writerow(r)
    # behaviours
    os.makedirs(os.path.join(out, "search"))
    searches = []
    for s in sites:
        if s.c["search"] == "none":
            continue
        with open(os.path.join(out, "search", s.host + ".json"), "w", encoding="utf-8") as f:
            json.dump(s.search_index, f, ensure_ascii=False, indent=1, sort_keys=True)
        with open(os.path.join(out, "search", s.host + ".html"), "w", encoding="utf-8") as f:
            f.write(simple_page("Zoekresultaten", "<h1>Zoekresultaten voor <!--QUERY--></h1><ul><!--RESULTS--></ul>", s.c["name"]))
        searches.append({"host": s.host, "path": "/zoeken", "param": "q",
                         "index": "search/%s.json" % s.host, "template": "search/%s.html" % s.host})
    host_redirects = [{"host": "%s.test" % s.c["base"], "status": 301, "to": s.host} for s in sites]
    # soft 404 at Doesburg, own 404 page at Rijswijk
    os.makedirs(os.path.join(out, "errors"))
    with open(os.path.join(out, "errors", "doesburg-soft404.html"), "w", encoding="utf-8") as f:
        f.write(simple_page("Pagina niet gevonden", '<h1>Pagina niet gevonden</h1><p data-soft404="1">Helaas, deze pagina bestaat niet (meer).</p>', "Gemeente Doesburg"))
    with open(os.path.join(out, "errors", "rijswijk-404.html"), "w", encoding="utf-8") as f:
        f.write(simple_page("404", '<h1>Oeps, deze pagina bestaat niet</h1>', "Gemeente Rijswijk"))
    beh = {"behaviours": {
        "redirects": sorted(REDIRECTS, key=lambda r: r["url"]),
        "host_redirects": host_redirects,
        "searches": searches,
        "not_found_pages": [{"host": "www.doesburg.test", "file": "errors/doesburg-soft404.html", "status": 200},
                            {"host": "www.rijswijk.test", "file": "errors/rijswijk-404.html", "status": 404}],
    }}
    with open(os.path.join(out, "testweb.json"), "w", encoding="utf-8") as f:
        json.dump(beh, f, ensure_ascii=False, indent=1, sort_keys=True)
    # summary
    from collections import Counter
    cnt = Counter((r["status"], r["level"]) for r in labels)
    print("pages:", len(PAGES), "labels:", len(labels))
    for k in sorted(cnt):
        print(" ", k, cnt[k])
    print("  rows with traps:", sum(1 for r in labels if "trap_" in r["signals"]))


if __name__ == "__main__":
    main()
