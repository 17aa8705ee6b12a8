#!/usr/bin/env python3
"""Generate a labelled simulated web of ten Dutch municipalities (web-dev27).

Usage: python3 gen.py [OUTDIR]   (default: web/ beside this script)

Standard library only, deterministic (no randomness, no set iteration).
The product list is read from products.csv beside this script (columns
product_key, name_nl, org_types only).
"""
import csv
import html
import json
import os
import shutil
import sys
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))

# --------------------------------------------------------------------------
# Shared bodies (hosts)
DIGID = "digid.test"
EHBROKER = "eherkenning.makelaar.test"
OLO = "omgevingswet.overheid.test"
MIJNOV = "mijn.overheid.test"
HVC = "www.hvc.test"
OMRIN = "www.omrin.test"
WERK = "www.werk.test"
BWB = "www.bwb.test"
BSGW = "www.bsgw.test"
SVHW = "www.svhw.test"
PARK = "schagen.parkeerservice.test"

E = html.escape

# --------------------------------------------------------------------------
# Product texts: key -> (titles, section, audience b/o/bo, blurb)
PROD = {
    "brp-uittreksel": (["Uittreksel BRP", "Uittreksel Basisregistratie Personen (BRP)", "Uittreksel aanvragen", "Bewijs van inschrijving (uittreksel BRP)"], "burgerzaken", "b",
                       "Met een uittreksel uit de Basisregistratie Personen (BRP) bewijst u waar u woont en sinds wanneer. U heeft het bijvoorbeeld nodig voor een nieuwe baan, een huurwoning of de notaris."),
    "verhuismelding": (["Verhuizing doorgeven", "Verhuizen", "Verhuizing", "Verhuizing doorgeven"], "burgerzaken", "b",
                       "Gaat u verhuizen naar of binnen de gemeente? Geef uw nieuwe adres door vanaf 4 weken voor tot uiterlijk 5 dagen na de verhuisdatum."),
    "geboorteaangifte": (["Geboorte aangeven", "Geboorte", "Aangifte geboorte", "Geboorteaangifte"], "burgerzaken", "b",
                         "Is uw kind geboren? Dan doet u binnen 3 dagen aangifte van de geboorte in de gemeente waar uw kind is geboren."),
    "overlijdensaangifte": (["Overlijden aangeven", "Aangifte overlijden", "Overlijden", "Aangifte van overlijden"], "burgerzaken", "b",
                            "Als iemand overlijdt, moet binnen 6 werkdagen aangifte worden gedaan. Meestal regelt de uitvaartverzorger dit voor u."),
    "huwelijksaangifte": (["Trouwen en geregistreerd partnerschap", "Melding voorgenomen huwelijk", "Huwelijk of partnerschap melden", "Trouwen"], "burgerzaken", "b",
                          "Wilt u trouwen of een geregistreerd partnerschap aangaan? Meld dit uiterlijk 2 weken en ten vroegste 1 jaar voor de datum bij de gemeente (vroeger: ondertrouw)."),
    "paspoort": (["Paspoort aanvragen", "Paspoort", "Paspoort aanvragen of verlengen", "Reisdocument: paspoort"], "burgerzaken", "b",
                 "Een paspoort is 10 jaar geldig voor volwassenen en 5 jaar voor kinderen. U vraagt het persoonlijk aan in het gemeentehuis."),
    "identiteitskaart": (["Identiteitskaart aanvragen", "ID-kaart", "Identiteitskaart", "Nederlandse identiteitskaart"], "burgerzaken", "b",
                         "Met een Nederlandse identiteitskaart kunt u zich legitimeren en reizen binnen Europa. U vraagt de kaart persoonlijk aan."),
    "parkeervergunning": (["Parkeervergunning", "Parkeervergunning aanvragen", "Parkeren: vergunning voor bewoners", "Bewonersvergunning"], "verkeer", "bo",
                          "Woont of werkt u in een gebied met betaald parkeren of een vergunninggebied? Met een parkeervergunning parkeert u daar."),
    "gehandicaptenparkeerkaart": (["Gehandicaptenparkeerkaart", "Gehandicaptenparkeerkaart aanvragen", "Parkeerkaart voor gehandicapten", "Gehandicaptenparkeerkaart (GPK)"], "verkeer", "b",
                                  "Kunt u door een ziekte of handicap niet ver lopen? Met een gehandicaptenparkeerkaart mag u op speciale plaatsen parkeren."),
    "gehandicaptenparkeerplaats": (["Gehandicaptenparkeerplaats", "Gehandicaptenparkeerplaats aanvragen", "Parkeerplaats voor gehandicapten", "Gehandicaptenparkeerplaats op kenteken"], "verkeer", "b",
                                   "Heeft u een gehandicaptenparkeerkaart en is er bij uw woning onvoldoende parkeerruimte? Dan kunt u een parkeerplaats op kenteken aanvragen."),
    "hondenbelasting": (["Hondenbelasting", "Hond aan- of afmelden", "Aan- of afmelden hond", "Hondenbelasting"], "belastingen", "b",
                        "Heeft u een hond? Dan betaalt u hondenbelasting. Meld een nieuwe hond binnen 14 dagen aan en meld uw hond af als u hem niet meer heeft."),
    "belastingkwijtschelding": (["Kwijtschelding gemeentelijke belastingen", "Kwijtschelding", "Kwijtschelding aanvragen", "Kwijtschelding belastingen"], "belastingen", "bo",
                                "Heeft u een laag inkomen en weinig vermogen? Dan kunt u kwijtschelding aanvragen voor de afvalstoffenheffing en rioolheffing."),
    "woz-bezwaar": (["WOZ-waarde", "Bezwaar maken tegen de WOZ-waarde", "WOZ-waarde, bezwaar maken", "Niet eens met uw WOZ-waarde?"], "belastingen", "bo",
                    "Bent u het niet eens met de WOZ-waarde van uw woning of pand? Dan kunt u binnen 6 weken na de dagtekening van de aanslag bezwaar maken."),
    "bijstand": (["Bijstandsuitkering", "Bijstand aanvragen", "Uitkering levensonderhoud", "Bijstand"], "zorg", "b",
                 "Heeft u geen of te weinig inkomen om van te leven? Dan kunt u misschien een bijstandsuitkering krijgen (Participatiewet)."),
    "bijzondere-bijstand": (["Bijzondere bijstand", "Bijzondere bijstand aanvragen", "Vergoeding bijzondere kosten", "Bijzondere bijstand"], "zorg", "b",
                            "Heeft u noodzakelijke kosten die u niet zelf kunt betalen, zoals een bril, bewindvoering of een eigen bijdrage? Vraag dan bijzondere bijstand aan."),
    "wmo-voorziening": (["Wmo: hulp en ondersteuning", "Hulp bij het huishouden", "Zorg en ondersteuning (Wmo)", "Wmo-voorziening aanvragen"], "zorg", "b",
                        "Heeft u hulp nodig om thuis te kunnen blijven wonen, zoals huishoudelijke hulp, een scootmobiel of een woningaanpassing? Meld uw hulpvraag bij het Wmo-loket."),
    "leerlingenvervoer": (["Leerlingenvervoer", "Vergoeding leerlingenvervoer", "Leerlingenvervoer aanvragen", "Vervoer naar school"], "zorg", "b",
                          "Kan uw kind niet zelfstandig naar school? Dan kunt u een vergoeding of aangepast vervoer aanvragen. Vraag dit elk schooljaar opnieuw aan voor 1 juni."),
    "grofvuil": (["Grofvuil", "Grofvuil laten ophalen", "Grof huishoudelijk afval", "Grofvuil aanmelden"], "afval", "b",
                 "Grote spullen zoals meubels en matrassen passen niet in de container. Laat ze ophalen of breng ze naar de milieustraat."),
    "afvalcontainer": (["Afvalcontainer", "Minicontainer aanvragen of omruilen", "Container aanvragen, wisselen of inleveren", "Afvalbakken"], "afval", "b",
                       "Nieuwe woning, kapotte container of een grotere bak nodig? Vraag een minicontainer aan, ruil hem om of lever hem in."),
    "melding-openbare-ruimte": (["Melding openbare ruimte", "Melding doen", "Iets melden in de buurt", "Melding woon- en leefomgeving"], "wonen", "bo",
                                "Ziet u een losse stoeptegel, een kapotte lantaarnpaal of zwerfafval? Meld het ons, dan lossen wij het op."),
    "omgevingsvergunning": (["Omgevingsvergunning", "Omgevingsvergunning aanvragen", "Bouwen en verbouwen", "Vergunning voor bouwen"], "wonen", "bo",
                            "Wilt u bouwen, verbouwen of slopen? Misschien heeft u een omgevingsvergunning nodig. Doe eerst de vergunningcheck."),
    "kapvergunning": (["Kapvergunning", "Boom kappen", "Bomen kappen", "Omgevingsvergunning kappen"], "wonen", "bo",
                      "Wilt u een boom kappen? Voor veel bomen heeft u een vergunning nodig. Kijk eerst op de bomenlijst of dat zo is."),
    "bouwdossier-inzage": (["Bouwdossier inzien", "Bouwtekeningen opvragen", "Bouwarchief", "Inzage bouwdossier"], "wonen", "bo",
                           "Wilt u de bouwtekeningen van uw huis inzien? Bouwdossiers van panden in de gemeente kunt u opvragen bij het bouwarchief."),
    "bezwaar": (["Bezwaar maken", "Bezwaar maken tegen een besluit", "Bezwaar en beroep", "Bezwaarschrift indienen"], "bestuur", "bo",
                "Bent u het niet eens met een besluit van de gemeente? Dan kunt u binnen 6 weken bezwaar maken."),
    "klacht": (["Klacht indienen", "Klacht over de gemeente", "Klachten", "Klacht over medewerker of de gemeente"], "bestuur", "bo",
               "Bent u niet tevreden over hoe een medewerker of bestuurder u heeft behandeld? Dan kunt u een klacht indienen."),
    "woo-verzoek": (["Woo-verzoek indienen", "Informatie opvragen (Woo)", "Wet open overheid", "Verzoek om informatie"], "bestuur", "bo",
                    "Wilt u informatie van de gemeente die niet openbaar is? Dan kunt u een verzoek doen op grond van de Wet open overheid (Woo, vroeger Wob)."),
    "subsidie": (["Subsidie aanvragen", "Subsidies", "Subsidie", "Eenmalige subsidie aanvragen"], "bestuur", "bo",
                 "Organiseert u een activiteit voor inwoners van de gemeente? Dan kunt u misschien subsidie krijgen."),
    "evenementenvergunning": (["Evenementenvergunning", "Evenement organiseren", "Evenementenvergunning aanvragen", "Evenement of feest organiseren"], "ondernemen", "bo",
                              "Organiseert u een braderie, festival of straatfeest? Voor de meeste evenementen heeft u een vergunning nodig. Een klein evenement meldt u."),
    "exploitatievergunning-horeca": (["Exploitatievergunning horeca", "Horeca, exploitatievergunning", "Horecavergunning", "Exploitatievergunning"], "ondernemen", "o",
                                     "Wilt u een café, restaurant of snackbar beginnen? Dan heeft u een exploitatievergunning nodig."),
    "alcoholvergunning": (["Alcoholvergunning", "Alcoholwetvergunning", "Drank- en horecavergunning", "Vergunning Alcoholwet"], "ondernemen", "o",
                          "Verkoopt of schenkt u alcoholhoudende drank? Dan heeft u een vergunning op grond van de Alcoholwet nodig (vroeger Drank- en Horecawet)."),
    "terrasvergunning": (["Terrasvergunning", "Terras", "Terras plaatsen", "Terrasvergunning aanvragen"], "ondernemen", "o",
                         "Wilt u een terras bij uw horecazaak? Vraag dan een terrasvergunning aan."),
    "standplaatsvergunning": (["Standplaatsvergunning", "Standplaats, aanvraag", "Standplaats innemen", "Standplaatsvergunning aanvragen"], "ondernemen", "o",
                              "Wilt u met een verkoopwagen of foodtruck op een vaste plek staan? Dan heeft u een standplaatsvergunning nodig."),
    "marktvergunning": (["Marktvergunning", "Weekmarkt", "Standplaats op de weekmarkt", "Marktplaats aanvragen"], "ondernemen", "o",
                        "Wilt u op de weekmarkt staan? Vraag dan een marktvergunning (vaste of dagplaats) aan."),
    "reclamebelasting": (["Reclamebelasting", "Reclame", "Reclame-uiting en reclamebelasting", "Reclamebelasting"], "belastingen", "o",
                         "Heeft u een reclame-uiting op of aan uw pand die zichtbaar is vanaf de openbare weg? Dan betaalt u mogelijk reclamebelasting."),
    "geluidsontheffing": (["Geluidsontheffing", "Ontheffing geluid", "Geluidhinder, ontheffing", "Geluidsontheffing aanvragen"], "ondernemen", "o",
                          "Maakt u tijdelijk meer geluid dan is toegestaan, bijvoorbeeld bij een feest of bouwwerkzaamheden? Vraag dan een geluidsontheffing aan."),
    "winkeltijdenontheffing": (["Winkeltijden", "Ontheffing winkeltijden", "Koopzondag", "Winkelopeningstijden"], "ondernemen", "o",
                               "Wilt u uw winkel openen buiten de vastgestelde winkeltijden? Dan heeft u misschien een ontheffing nodig."),
    "kansspelautomaatvergunning": (["Kansspelautomaten", "Aanwezigheidsvergunning kansspelautomaten", "Speelautomaat", "Vergunning speelautomaten"], "ondernemen", "o",
                                   "Wilt u een kansspelautomaat in uw horecazaak of speelhal plaatsen? Dan heeft u een aanwezigheidsvergunning nodig."),
    "collectevergunning": (["Collectevergunning", "Collecteren", "Collecte houden", "Inzameling van geld of goederen"], "vergunningen", "bo",
                           "Wilt u geld of goederen inzamelen langs de deuren voor een goed doel?"),
    "ligplaatsvergunning": (["Ligplaatsvergunning", "Ligplaats voor een boot", "Woonboot en ligplaats", "Ligplaats (woon)boot, toestemming"], "vergunningen", "bo",
                            "Wilt u een (woon)boot in openbaar water afmeren? Daarvoor heeft u een ligplaatsvergunning nodig."),
    "uitwegvergunning": (["Uitweg of inrit", "Uitritvergunning", "Inrit aanleggen", "Uitwegvergunning"], "vergunningen", "bo",
                         "Wilt u een inrit of uitweg naar de openbare weg aanleggen of veranderen? Daarvoor heeft u een vergunning nodig."),
    "belastingaanslag-bezwaar": (["Bezwaar tegen uw aanslag", "Bezwaar belastingaanslag", "Belastingen, bezwaar maken", "Niet eens met uw aanslag?"], "belastingen", "bo",
                                 "Bent u het niet eens met uw aanslag gemeentelijke belastingen? Dan kunt u binnen 6 weken bezwaar maken."),
    "betalingsregeling": (["Betalingsregeling", "Belastingen, betalingsregeling", "Gespreid betalen", "Betalen in termijnen"], "belastingen", "bo",
                          "U kunt uw aanslag gemeentelijke belastingen in termijnen betalen via automatische incasso of een betalingsregeling."),
}

# kind options per product (rotated per municipality)
OPTS = {
    "brp-uittreksel": ["D", "X", "PF", "D"], "verhuismelding": ["D", "PF", "X", "D"],
    "geboorteaangifte": ["A", "I", "D", "A"], "overlijdensaangifte": ["I", "E", "I"],
    "huwelijksaangifte": ["D", "A", "F", "X"], "paspoort": ["A"], "identiteitskaart": ["A", "A", "I"],
    "parkeervergunning": ["P", "D"], "gehandicaptenparkeerkaart": ["P", "D", "F", "X"],
    "gehandicaptenparkeerplaats": ["P", "F", "I", "D"], "hondenbelasting": ["D", "P", "X"],
    "belastingkwijtschelding": ["D", "P", "X"], "woz-bezwaar": ["D", "F", "X"],
    "bijstand": ["D", "I", "D", "DP"], "bijzondere-bijstand": ["D", "P", "X", "DP"],
    "wmo-voorziening": ["F", "I", "D", "P"], "leerlingenvervoer": ["D", "P", "F", "X"],
    "grofvuil": ["F", "I", "D"], "afvalcontainer": ["F", "D", "I"],
    "melding-openbare-ruimte": ["F", "F", "Xa", "F"], "omgevingsvergunning": ["V:olo"],
    "kapvergunning": ["V:olo", "P", "F", "D"], "bouwdossier-inzage": ["F", "I", "P", "D"],
    "bezwaar": ["D", "P", "X", "F", "M"], "klacht": ["F", "D", "Xa", "P"],
    "woo-verzoek": ["F", "I", "D", "P"], "subsidie": ["E", "P", "X", "DE"],
    "evenementenvergunning": ["E", "P", "X", "F"], "exploitatievergunning-horeca": ["P", "E", "X"],
    "alcoholvergunning": ["P", "E", "DE", "M"], "terrasvergunning": ["P", "F", "E"],
    "standplaatsvergunning": ["P", "F", "I"], "marktvergunning": ["I", "P", "F"],
    "reclamebelasting": ["I", "P", "E"], "geluidsontheffing": ["P", "F", "E"],
    "winkeltijdenontheffing": ["P", "F", "I"], "kansspelautomaatvergunning": ["P", "I", "E"],
    "collectevergunning": ["F", "P", "D"], "ligplaatsvergunning": ["P", "I", "F"],
    "uitwegvergunning": ["P", "F", "D", "V:olo"], "belastingaanslag-bezwaar": ["D", "X", "F"],
    "betalingsregeling": ["F", "D", "I"],
}

TAXPRODS = ["belastingkwijtschelding", "woz-bezwaar", "belastingaanslag-bezwaar", "betalingsregeling"]
BIZ = {"exploitatievergunning-horeca", "alcoholvergunning", "terrasvergunning", "standplaatsvergunning",
       "marktvergunning", "reclamebelasting", "geluidsontheffing", "winkeltijdenontheffing",
       "kansspelautomaatvergunning"}

# --------------------------------------------------------------------------
# Municipalities
SITES = [
    dict(code="GM0779", name="Gemeente Geertruidenberg", short="Geertruidenberg", host="www.geertruidenberg.test", inh=22076,
         scheme="section", platform="openforms", cta="button", tax=BWB, waste=None, appt="geertruidenberg.afspraakmaken.test",
         sitetraps=["site_login", "mijn_belastingen"], pool=["direct_regelen", "feedback", "bezwaar_digid", "other_pdf", "omgevingsloket", "faq_other"],
         over={"parkeervergunning": "P", "ligplaatsvergunning": "P", "bouwdossier-inzage": "NF", "hondenbelasting": "V:tax", "grofvuil": "F",
               "reclamebelasting": "N"}),
    dict(code="GM0441", name="Gemeente Schagen", short="Schagen", host="www.schagen.test", inh=47300,
         scheme="inwoners", platform="aspx", cta="interstitial", tax=None, waste=HVC, appt="afspraken.schagen.test",
         sitetraps=["newsletter"], pool=["interstitial_other", "status", "bezwaar_digid", "regulation_pdf", "sibling", "chat"],
         over={"parkeervergunning": "V:park", "grofvuil": "V:waste", "ligplaatsvergunning": "P", "kansspelautomaatvergunning": "NF",
               "bezwaar": "X"}),
    dict(code="GM0399", name="Gemeente Heiloo", short="Heiloo", host="www.heiloo.test", inh=24300,
         scheme="aanvragen", platform="gravity", cta="tabs", tax=None, waste=HVC, appt="afspraak.heiloo.test",
         sitetraps=["site_login"], pool=["klacht_digid", "appointment_login", "feedback", "mijn_belastingen", "other_pdf", "status"],
         over={"hondenbelasting": "N", "ligplaatsvergunning": "N", "parkeervergunning": "F", "marktvergunning": "NF", "grofvuil": "V:waste",
               "klacht": "D", "geboorteaangifte": "A"}),
    dict(code="GM0888", name="Gemeente Beek", short="Beek", host="www.gemeentebeek.test", inh=15800,
         scheme="product_id", platform="eform", cta="digid_img", tax=BSGW, waste=None, appt=None,
         sitetraps=["footer_digid"], pool=["mijn_belastingen", "faq_other", "other_pdf", "regulation_pdf", "mijnoverheid", "contact"],
         over={"parkeervergunning": "N", "ligplaatsvergunning": "N", "hondenbelasting": "V:tax", "winkeltijdenontheffing": "NF",
               "bijstand": "D"}),
    dict(code="GM1949", name="Gemeente Waadhoeke", short="Waadhoeke", host="www.waadhoeke.test", inh=47100,
         scheme="loket", platform="pdc", cta="getform", tax=None, waste=OMRIN, appt="afspraken.waadhoeke.test",
         sitetraps=["mijnoverheid"], pool=["status", "interstitial_other", "contact", "bezwaar_digid", "omgevingsloket", "newsletter"],
         over={"grofvuil": "V:waste", "afvalcontainer": "V:waste", "parkeervergunning": "I", "hondenbelasting": "N", "ligplaatsvergunning": "D",
               "leerlingenvervoer": "NF", "bezwaar": "D"}),
    dict(code="GM0335", name="Gemeente Montfoort", short="Montfoort", host="www.montfoort.test", inh=14100,
         scheme="alle_onderwerpen", platform="formdesk", cta="links", tax=None, waste=None, appt="montfoort.afspraakmaken.test",
         sitetraps=[], pool=["other_pdf", "regulation_pdf", "sibling", "feedback", "faq_other", "klacht_digid"],
         over={"parkeervergunning": "N", "ligplaatsvergunning": "I", "woo-verzoek": "I", "collectevergunning": "N", "reclamebelasting": "NF",
               "klacht": "D"}),
    dict(code="GM0532", name="Gemeente Stede Broec", short="Stede Broec", host="www.stedebroec.test", inh=22100,
         scheme="onderwerp", platform="gravity", cta="card", tax=None, waste=HVC, appt="afspraken.stedebroec.test",
         sitetraps=["site_login"], pool=["direct_regelen", "appointment_login", "klacht_digid", "chat", "sibling", "mijn_belastingen"],
         over={"parkeervergunning": "N", "grofvuil": "V:waste", "ligplaatsvergunning": "P", "bouwdossier-inzage": "NF", "klacht": "X",
               "paspoort": "A", "identiteitskaart": "A"}),
    dict(code="GM0770", name="Gemeente Eersel", short="Eersel", host="www.eersel.test", inh=19900,
         scheme="tabs_query", platform="govforms", cta="tabs_query", tax=None, waste=None, appt="afspraken.eersel.test",
         sitetraps=["newsletter"], pool=["status", "omgevingsloket", "bezwaar_digid", "regulation_pdf", "appointment_login", "faq_other"],
         over={"parkeervergunning": "N", "hondenbelasting": "N", "ligplaatsvergunning": "N", "bijstand": "V:werk", "winkeltijdenontheffing": "N",
               "subsidie": "NF", "bezwaar": "D"}),
    dict(code="GM0279", name="Gemeente Scherpenzeel", short="Scherpenzeel", host="www.scherpenzeel.test", inh=10300,
         scheme="slug", platform="iframe", cta="script", tax=None, waste=None, appt=None,
         sitetraps=["mijnoverheid"], pool=["regulation_pdf", "feedback", "contact", "other_pdf", "sibling", "faq_other"],
         over={"parkeervergunning": "N", "hondenbelasting": "N", "ligplaatsvergunning": "N", "marktvergunning": "NF", "woo-verzoek": "M",
               "collectevergunning": "N", "identiteitskaart": "A"}),
    dict(code="GM0542", name="Gemeente Krimpen aan den IJssel", short="Krimpen aan den IJssel", host="www.krimpenaandenijssel.test", inh=29700,
         scheme="product", platform="triple", cta="onclick", tax=SVHW, waste=None, appt="afspraak.krimpenaandenijssel.test",
         sitetraps=["site_login", "chat"], pool=["mijn_belastingen", "bezwaar_digid", "interstitial_other", "status", "newsletter", "omgevingsloket"],
         over={"parkeervergunning": "D", "hondenbelasting": "V:tax", "ligplaatsvergunning": "P", "geluidsontheffing": "NF", "bezwaar": "X",
               "marktvergunning": "P"}),
]

NOT_OFFERED_TEXT = {
    "parkeervergunning": ("Parkeren in {s}", "In {s} is parkeren overal gratis. Er is geen betaald parkeren en er zijn geen vergunninggebieden, dus de gemeente geeft geen parkeervergunningen uit. In het centrum geldt op sommige plaatsen een blauwe zone: gebruik dan een parkeerschijf."),
    "hondenbelasting": ("Honden", "Sinds 1 januari 2019 heffen wij geen hondenbelasting meer. U hoeft uw hond dus niet aan of af te melden bij de gemeente. Wel blijft de opruimplicht voor hondenpoep gelden."),
    "ligplaatsvergunning": ("Boten en water", "De gemeente {s} heeft geen openbaar vaarwater met ligplaatsen. Wij geven daarom geen ligplaatsvergunningen uit. Voor vragen over vaarwegen kunt u terecht bij het waterschap."),
    "winkeltijdenontheffing": ("Winkeltijden", "In {s} mogen winkels op alle zondagen en feestdagen open zijn. Een ontheffing van de winkeltijden is daarom niet nodig en wordt ook niet verleend."),
    "collectevergunning": ("Collecteren", "Voor een collecte heeft u in {s} geen vergunning van de gemeente meer nodig. Erkende goede doelen volgen het landelijke collecterooster van het CBF. Wij verlenen geen collectevergunningen."),
    "reclamebelasting": ("Reclame", "De gemeente {s} heft geen reclamebelasting. Voor een groot reclamebord of lichtreclame heeft u soms wel een omgevingsvergunning nodig."),
}

SECTIONS = {
    "burgerzaken": "Burgerzaken", "belastingen": "Belastingen", "zorg": "Zorg, werk en inkomen",
    "afval": "Afval", "wonen": "Wonen en bouwen", "ondernemen": "Ondernemen", "bestuur": "Bestuur en organisatie",
    "verkeer": "Verkeer en parkeren", "vergunningen": "Vergunningen",
}


def h32(s):
    return zlib.crc32(s.encode("utf-8"))


def camel(key):
    return "".join(p.capitalize() for p in key.replace("-", " ").split())


def slugify(t):
    out = []
    for ch in t.lower():
        if ch.isalnum():
            out.append(ch)
        elif out and out[-1] != "-":
            out.append("-")
    return "".join(out).strip("-")


# --------------------------------------------------------------------------
# PDF writer
def make_pdf(title, lines):
    def esc(t):
        return t.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    body = ["BT /F1 16 Tf 50 790 Td (%s) Tj ET" % esc(title)]
    y = 760
    for ln in lines:
        body.append("BT /F1 11 Tf 50 %d Td (%s) Tj ET" % (y, esc(ln)))
        y -= 18
    stream = "\n".join(body).encode("latin-1", "replace")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        ("<< /Title (%s) /Producer (web-dev27 gen.py) >>" % esc(title)).encode("latin-1", "replace"),
    ]
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


# --------------------------------------------------------------------------
class Web:
    def __init__(self):
        self.files = {}
        self.redirects = []

    def put(self, url, content):
        assert url.startswith("http://"), url
        rest = url[len("http://"):]
        host, _, path = rest.partition("/")
        path = "/" + path
        query = ""
        if "?" in path:
            path, query = path.split("?", 1)
        if path.endswith("/"):
            path += "index.html"
        if query:
            path += "?" + query
        key = host + path
        if isinstance(content, str):
            content = content.encode("utf-8")
        if key in self.files and self.files[key] != content:
            raise SystemExit("conflicting content for " + url)
        self.files[key] = content

    def login(self, start_url, kind):
        loc = ("http://%s/saml/idp/request_authentication?SAMLart=sim" % DIGID) if kind == "digid" else \
              ("http://%s/selecteer-leverancier?dienst=sim" % EHBROKER)
        if not any(r["url"] == start_url for r in self.redirects):
            self.redirects.append({"url": start_url, "status": 302, "location": loc})


def rel(from_host, url):
    pre = "http://" + from_host + "/"
    if url.startswith(pre):
        return url[len(pre) - 1:]
    return url


def page(title, body, host, css="site", lang="nl", head_extra="", html_class=""):
    return ("<!DOCTYPE html>\n<html lang=\"%s\"%s>\n<head>\n<meta charset=\"utf-8\">\n<title>%s</title>\n"
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
            "<link rel=\"stylesheet\" href=\"/css/%s.css\">\n%s</head>\n<body>\n%s\n</body>\n</html>\n") % (
        lang, (' class="%s"' % html_class) if html_class else "", E(title), css, head_extra, body)


DIGID_SVG = ('<svg xmlns="http://www.w3.org/2000/svg" width="46" height="46" viewBox="0 0 46 46">'
             '<rect width="46" height="46" rx="4" fill="#000"/><text x="6" y="29" fill="#fff" font-size="13" '
             'font-family="Arial">DigiD</text></svg>\n')
EH_SVG = ('<svg xmlns="http://www.w3.org/2000/svg" width="46" height="46" viewBox="0 0 46 46">'
          '<rect width="46" height="46" rx="4" fill="#d9005b"/><text x="4" y="29" fill="#fff" font-size="9" '
          'font-family="Arial">eHerkenning</text></svg>\n')
CSS = "body{font-family:Arial,sans-serif;margin:0}header,footer{background:#eee;padding:1em}main{padding:1em;max-width:60em}" \
      ".btn{display:inline-block;background:#154273;color:#fff;padding:.5em 1em;text-decoration:none;border:0}" \
      ".card{border:1px solid #ccc;padding:1em;margin:.5em 0}[role=tabpanel][hidden]{display:none}\n"


# --------------------------------------------------------------------------
class Site:
    def __init__(self, web, cfg, idx, products):
        self.web = web
        self.c = cfg
        self.idx = idx
        self.host = cfg["host"]
        self.base = self.host[len("www."):-len(".test")]
        self.short = cfg["short"]
        self.products = products  # list of (key, name_nl)
        self.kinds = {}
        self.rows = {}
        self.purl = {}
        self.route = {}   # key -> dict(cta, route, signals, level, strict, via)
        self.titles = {}
        self.catalog_host = "loket.waadhoeke.test" if cfg["scheme"] == "loket" else self.host

    # ---------------- URLs
    def product_url(self, key):
        t = self.titles[key]
        sec = PROD[key][1]
        sch = self.c["scheme"]
        sl = slugify(t)
        if sch == "section":
            return "http://%s/%s/%s" % (self.host, slugify(SECTIONS[sec]), sl)
        if sch == "inwoners":
            top = "Ondernemers" if key in BIZ else "Inwoners"
            return "http://%s/%s/%s/%s" % (self.host, top, SECTIONS[sec].replace(" ", "_").replace(",", ""), t.replace(" ", "_").replace(",", "").replace("(", "").replace(")", "").replace(":", ""))
        if sch == "aanvragen":
            return "http://%s/aanvragen-en-regelen/%s/" % (self.host, sl)
        if sch == "product_id":
            sid = {"burgerzaken": 3, "belastingen": 5, "zorg": 7, "afval": 9, "wonen": 11, "ondernemen": 13, "bestuur": 15, "verkeer": 17, "vergunningen": 19}[sec]
            return "http://%s/%s_%d/product/%s_%d.html" % (self.host, slugify(SECTIONS[sec]).replace("-", "_"), sid, sl.replace("-", "_"), 40000 + h32(key) % 9000)
        if sch == "loket":
            return "http://loket.waadhoeke.test/producten/%s" % sl.replace("-", "_")
        if sch == "alle_onderwerpen":
            return "http://%s/Alle_onderwerpen/%s/%s" % (self.host, SECTIONS[sec].split(",")[0].replace(" ", "_"), t.replace(" ", "_").replace(",", "").replace("(", "").replace(")", "").replace(":", ""))
        if sch == "onderwerp":
            return "http://%s/onderwerp/%s/" % (self.host, sl)
        if sch == "tabs_query":
            return "http://%s/Regelen-en-aanvragen/%s/%s" % (self.host, SECTIONS[sec].split(",")[0].replace(" ", "-"), camel(sl).replace("-", ""))
        if sch == "slug":
            return "http://%s/%s" % (self.host, sl)
        if sch == "product":
            return "http://%s/product/%s" % (self.host, sl)
        raise ValueError(sch)

    def form_host(self):
        p = self.c["platform"]
        return {"openforms": "formulieren.%s.test" % self.base, "aspx": "eloket.schagen.test",
                "gravity": "mijn.%s.test" % self.base, "eform": "eformulieren.gemeentebeek.test",
                "pdc": "loket.waadhoeke.test", "formdesk": "montfoort.formdesk.test",
                "govforms": "eersel.govforms.test", "iframe": "formulieren.scherpenzeel.test",
                "triple": "formulieren.krimpenaandenijssel.test"}[p]

    def form_url(self, key, variant=""):
        p = self.c["platform"]
        fh = self.form_host()
        s = key + (("-" + variant) if variant else "")
        if p == "openforms":
            return "http://%s/%s/" % (fh, s)
        if p == "aspx":
            return "http://%s/Formulieren/%s.aspx" % (fh, camel(s))
        if p == "gravity":
            return "http://%s/%s/" % (fh, s)
        if p == "eform":
            return "http://%s/formulier/%s" % (fh, s)
        if p == "pdc":
            return "http://%s/formulieren/%s" % (fh, s)
        if p == "formdesk":
            return "http://%s/gemeentemontfoort/%s" % (fh, s)
        if p == "govforms":
            return "http://%s/Formulier.aspx?id=%s" % (fh, camel(s))
        if p == "iframe":
            return "http://%s/%s" % (fh, s)
        if p == "triple":
            return "http://%s/TriplEforms/DirectRegelen/formulier/nl-NL/evKrimpen/%s.aspx" % (fh, camel(s))

    def interstitial_url(self, key):
        p = self.c["platform"]
        fh = self.form_host()
        if p == "aspx":
            return "http://%s/Inloggen/Keuze.aspx?formulier=%s" % (fh, camel(key))
        if p == "pdc":
            return "http://%s/formulieren/%s/inloggen" % (fh, key)
        if p == "govforms":
            return "http://%s/Inloggen.aspx?id=%s" % (fh, camel(key))
        if p in ("openforms", "gravity"):
            return "http://%s/%s/start" % (fh, key)
        return self.form_url(key, "inloggen")

    def auth_url(self, key, kind):
        return "http://%s/auth/%s/%s/start" % (self.form_host(), key, kind)

    def pdf_url(self, key, what="aanvraagformulier"):
        return "http://%s/documenten/%s-%s.pdf" % (self.host, what, key)

    # ---------------- chrome
    def header(self, cur_host):
        c = self.c
        nav = "".join('<li><a href="%s">%s</a></li>' % (rel(cur_host, self.section_url(s)), E(SECTIONS[s]))
                      for s in self.used_sections())
        login = ""
        if "site_login" in c["sitetraps"]:
            login = ('<div class="header-login"><a href="%s"><img src="http://%s/images/digid.svg" alt="DigiD" width="24"> '
                     'Mijn %s</a></div>') % (rel(cur_host, self.mijn_url()), self.host, E(self.short))
        return ('<header><a class="logo" href="http://%s/"><img src="http://%s/images/logo.svg" alt="Logo gemeente %s"></a>\n'
                '<form class="search" method="get" action="http://%s/zoeken"><label for="q">Zoeken</label> '
                '<input id="q" name="q" type="search"><button type="submit">Zoek</button></form>\n%s\n'
                '<nav aria-label="Hoofdmenu"><ul><li><a href="http://%s/">Home</a></li>%s<li><a href="%s">Alle onderwerpen A-Z</a></li></ul></nav></header>\n') % (
            self.host, self.host, E(self.short), self.host, login, self.host, nav, rel(cur_host, self.az_url()))

    def footer(self, cur_host):
        c = self.c
        extra = ""
        if "footer_digid" in c["sitetraps"]:
            extra += ('<p class="digid-footer"><img src="http://%s/images/digid.svg" alt="DigiD logo"> Veel zaken regelt u bij ons '
                      'online met DigiD. <a href="http://%s/">Meer over DigiD</a></p>') % (self.host, DIGID)
        if "mijnoverheid" in c["sitetraps"]:
            extra += ('<p><a href="http://%s/">Berichtenbox MijnOverheid</a>: ontvang post van de gemeente digitaal '
                      '(inloggen met DigiD).</p>') % MIJNOV
        if "newsletter" in c["sitetraps"]:
            extra += ('<form class="newsletter" method="post" action="http://%s/nieuwsbrief/aangemeld"><h2>Nieuwsbrief</h2>'
                      '<label>E-mailadres <input type="email" name="email" required></label> '
                      '<button type="submit">Aanmelden</button></form>') % self.host
        return ('<footer><h2>Contact</h2><p>Gemeente %s<br>Telefoon 14 0%03d<br>'
                '<a href="http://%s/contact/">Contact en openingstijden</a> | <a href="http://%s/privacy">Privacy</a> | '
                '<a href="http://%s/sitemap">Sitemap</a></p>%s</footer>\n') % (
            E(self.short), 100 + self.idx * 7, self.host, self.host, self.host, extra)

    def wrap(self, title, main, cur_host=None, extra_traps_html=""):
        cur_host = cur_host or self.host
        body = self.header(cur_host) + "<main>\n" + main + extra_traps_html + "\n</main>\n" + self.footer(cur_host)
        if "chat" in self.c["sitetraps"]:
            body += self.chat_widget()
        return page("%s | Gemeente %s" % (title, self.short), body, cur_host)

    def chat_widget(self):
        return ('<div id="chat-widget"></div>\n<script>(function(){var d=document.getElementById("chat-widget");'
                'var a=document.createElement("a");a.href="http://%s/chat";a.textContent="Chat met ons";'
                'a.className="chat-button";d.appendChild(a);})();</script>\n') % self.host

    def mijn_url(self):
        return "http://%s/mijn/" % self.form_host() if self.c["platform"] not in ("govforms", "iframe") else "http://%s/mijn-%s/" % (self.host, self.base)

    def section_url(self, s):
        if self.c["scheme"] == "loket":
            return "http://loket.waadhoeke.test/thema/%s" % s
        return "http://%s/onderwerpen/%s" % (self.host, s) if self.c["scheme"] != "inwoners" else "http://%s/Inwoners/%s/" % (self.host, SECTIONS[s].replace(" ", "_").replace(",", ""))

    def az_url(self):
        return "http://%s/producten-a-z" % self.catalog_host

    def used_sections(self):
        out = []
        for k, _ in self.products:
            if self.kinds[k] == "NF":
                continue
            s = PROD[k][1]
            if s not in out:
                out.append(s)
        return out

    # ---------------- assignment
    def assign(self):
        for pi, (k, _) in enumerate(self.products):
            opts = OPTS[k]
            kind = opts[(self.idx + pi) % len(opts)]
            if k in TAXPRODS and self.c["tax"]:
                kind = "V:tax"
            kind = self.c["over"].get(k, kind)
            self.kinds[k] = kind
            titles = PROD[k][0]
            t = titles[(self.idx * 3 + pi) % len(titles)]
            if kind == "N" and k in NOT_OFFERED_TEXT:
                t = NOT_OFFERED_TEXT[k][0].format(s=self.short)
            self.titles[k] = t
        # product urls must be unique
        seen = {}
        for k, _ in self.products:
            if self.kinds[k] == "NF":
                continue
            u = self.product_url(k)
            if u in seen:
                self.titles[k] = self.titles[k] + " " + ("aanvragen" if "aanvragen" not in self.titles[k].lower() else "(info)")
                u = self.product_url(k)
            seen[u] = k
            self.purl[k] = u

    # ---------------- form pages
    def form_chrome(self, title, inner, fh):
        p = self.c["platform"]
        if p == "gravity":
            return page(title + " - Mijn " + self.short, '<header><a href="http://%s/">Terug naar %s</a></header><main>%s</main>' % (self.host, E(self.short), inner), fh, css="gf")
        if p == "openforms":
            return page(title, '<main class="utrecht-page">%s</main>' % inner, fh, css="openforms", html_class="openforms-theme utrecht-document")
        return page(title + " - e-loket gemeente " + self.short, '<div id="form-wrapper"><h1 class="loket">E-loket gemeente %s</h1>%s</div>' % (E(self.short), inner), fh, css="eloket")

    def fields_html(self, key, biz):
        f = ['<p>Velden met een * zijn verplicht.</p>',
             '<label>Naam * <input name="naam" required></label>',
             '<label>Adres * <input name="adres" required></label>',
             '<label>Postcode * <input name="postcode" required></label>',
             '<label>E-mailadres * <input type="email" name="email" required></label>',
             '<label>Telefoonnummer <input name="telefoon"></label>']
        if biz:
            f.insert(1, '<label>Naam bedrijf of organisatie * <input name="bedrijf" required></label>')
            f.insert(2, '<label>KvK-nummer <input name="kvk"></label>')
        f.append('<label>Toelichting op uw %s <textarea name="toelichting"></textarea></label>' % E(PROD[key][0][0].lower()))
        f.append('<label>Bijlage (pdf, jpg, doc of docx, max. 2 MB) <input type="file" name="bijlage"></label>')
        return "\n".join(f)

    def anon_form_page(self, key, url):
        fh = url.split("/")[2]
        name = self.pname(key)
        p = self.c["platform"]
        if p == "openforms":
            inner = self.openforms_embed(key, name, logins=[], anon=True)
        else:
            done = "http://%s/bedankt" % fh
            inner = ('<h1>%s</h1><p>Stap 1 van 3: uw gegevens</p>\n<form method="post" action="%s">\n%s\n'
                     '<button type="submit">Volgende stap</button></form>') % (E(name), rel(fh, done), self.fields_html(key, key in BIZ))
            if p == "gravity":
                inner = inner.replace("<p>Velden met een * zijn verplicht.</p>", '<p class="gform_required_legend">"*" geeft vereiste velden aan</p>')
            self.web.put(done, page("Bedankt", "<main><h1>Bedankt</h1><p>Wij hebben uw formulier ontvangen.</p></main>", fh))
        self.web.put(url, self.form_chrome(name, inner, fh))

    def openforms_embed(self, key, name, logins, anon, prefill=False):
        fh = self.form_host()
        cfg = {"formId": key, "title": name, "logins": [[lg, rel(fh, self.auth_url(key, lg))] for lg in logins], "anonymous": anon,
               "prefillNotice": "Na het inloggen worden uw persoonsgegevens automatisch ingevuld uit de Basisregistratie Personen." if prefill else ""}
        return ('<div class="open-forms-sdk-root" id="openforms-container" data-sdk-module="/static/sdk/open-forms-sdk.js" '
                'data-form-id="%s" data-base-url="http://%s/api/v2/" data-base-path="/%s/"></div>\n'
                '<noscript>Om dit formulier te gebruiken moet JavaScript aan staan.</noscript>\n'
                '<script type="application/json" id="of-config">%s</script>\n'
                '<script src="/static/sdk/open-forms-sdk.js"></script>') % (key, fh, key, json.dumps(cfg, ensure_ascii=False, sort_keys=True))

    def login_form_page(self, key, url, logins, prefill=False, anon_url=None):
        fh = url.split("/")[2]
        name = self.pname(key)
        p = self.c["platform"]
        for lg in logins:
            self.web.login(self.auth_url(key, lg), lg)
        if p == "openforms":
            inner = "<h1>%s</h1>" % E(name) + self.openforms_embed(key, name, logins, anon=False, prefill=prefill)
        else:
            btns = []
            for lg in logins:
                au = rel(fh, self.auth_url(key, lg))
                if lg == "digid":
                    if p == "eform":
                        btns.append('<a class="login-digid" href="%s"><img src="/images/digid-button.svg" alt="Inloggen met DigiD"></a>' % au)
                    else:
                        btns.append('<a class="btn digid" href="%s"><img src="/images/digid.svg" alt="" width="24"> Inloggen met DigiD</a>' % au)
                else:
                    btns.append('<a class="btn eherkenning" href="%s"><img src="/images/eherkenning.svg" alt="" width="24"> Inloggen met eHerkenning</a>' % au)
            txt = "U logt in met DigiD." if logins == ["digid"] else ("U logt in met eHerkenning (niveau EH2+)." if logins == ["eherkenning"] else
                                                                       "Inwoners loggen in met DigiD, ondernemers en organisaties met eHerkenning.")
            pf = ""
            if prefill:
                pf = "<p>Na het inloggen vullen wij uw naam, adres en BSN alvast voor u in. U controleert alleen nog of alles klopt.</p>"
            extra = ""
            if anon_url:
                extra = '<p>Geen DigiD? <a href="%s">Vul het formulier in zonder in te loggen</a>.</p>' % rel(fh, anon_url)
            if p == "gravity":
                extra += '<p class="timeout">Na 15 minuten inactiviteit wordt u automatisch uitgelogd bij DigiD. Kies \'Verlengen\' om uw sessie te verlengen.</p>'
            inner = '<h1>%s</h1><p>%s Tussentijds opslaan is niet mogelijk.</p>%s<div class="login-options">%s</div>%s' % (
                E(name), txt, pf, "\n".join(btns), extra)
        self.web.put(url, self.form_chrome(name, inner, fh))

    def interstitial_page(self, key, url, options, note=""):
        """options: list of (label, href, kind)"""
        fh = url.split("/")[2]
        name = self.pname(key)
        lis = []
        for label, href, kind in options:
            img = ""
            if kind == "digid":
                img = '<img src="http://%s/images/digid.svg" alt="DigiD" width="32"> ' % self.host
            elif kind == "eherkenning":
                img = '<img src="http://%s/images/eherkenning.svg" alt="eHerkenning" width="32"> ' % self.host
            lis.append('<li class="login-choice">%s<a href="%s">%s</a></li>' % (img, rel(fh, href), E(label)))
        inner = '<h1>Hoe wilt u inloggen?</h1><p class="lead">%s</p><ul class="login-choices">%s</ul>%s' % (
            E(name), "\n".join(lis), note)
        self.web.put(url, self.form_chrome("Hoe wilt u inloggen? " + name, inner, fh))

    def pname(self, key):
        return dict(self.products)[key]

    # ---------------- routes
    def build_route(self, key):
        kind = self.kinds[key]
        name = self.pname(key)
        biz = key in BIZ
        r = dict(cta=None, cta_text="", route="", level=0, strict=0, via="", signals=[], alt=[], notes="")
        if kind == "I":
            r["notes"] = "Information only: counter, phone or letter."
            r["signals"] = ["info_page"]
        elif kind == "A":
            appt = self.c["appt"]
            if appt:
                au = "http://%s/" % appt
                r["cta"] = au
                r["cta_text"] = "Maak een afspraak"
                r["signals"] = ["appointment_online"]
                r["notes"] = "Personal appearance; online appointment only (not a form)."
                self.appt_site()
            else:
                r["signals"] = ["info_page"]
                r["notes"] = "Personal appearance; appointment by phone."
        elif kind in ("P", "M"):
            u = self.pdf_url(key)
            self.web.put(u, make_pdf("Aanvraagformulier " + name, [
                "Gemeente %s" % self.short, "Naam: ........................................",
                "Adres: .......................................", "Handtekening: ................................",
                "Stuur het ingevulde en ondertekende formulier naar de gemeente."]))
            r.update(cta=u, cta_text="Aanvraagformulier %s (pdf, %d kB)" % (name.lower(), 60 + h32(key) % 140), route=u, level=33, strict=33,
                     signals=["pdf_form"], notes="Printable PDF form to send in.")
            if kind == "M":
                r["signals"].append("pdf_email_submission")
                r["notes"] = "PDF form to fill in and e-mail or post; no online form."
        elif kind in ("F", "FP"):
            u = self.form_url(key)
            self.anon_form_page(key, u)
            r.update(cta=u, cta_text="Online aanvragen" if "melding" not in key else "Melding doen", route=u, level=67, strict=67,
                     signals=["html_form", "e_form_host"] + (["js_form"] if self.c["platform"] == "openforms" else []),
                     notes="Online form without login.")
        elif kind in ("D", "E", "DE", "PF", "DP"):
            logins = {"D": ["digid"], "E": ["eherkenning"], "DE": ["digid", "eherkenning"], "PF": ["digid"], "DP": ["digid"]}[kind]
            if biz and kind == "D":
                logins = ["eherkenning"]
            u = self.form_url(key)
            self.login_form_page(key, u, logins, prefill=(kind == "PF"))
            txt = {"digid": "DigiD", "eherkenning": "eHerkenning"}
            r.update(cta=u, cta_text="%s (met %s)" % (name, " of ".join(txt[x] for x in logins)),
                     route=u, level=100, strict=100 if kind == "PF" else 67, signals=list(logins) + ["e_form_host"] +
                     (["js_form"] if self.c["platform"] == "openforms" else []) + (["prefill_text"] if kind == "PF" else []),
                     notes="Online form behind %s." % " and ".join(txt[x] for x in logins))
            if kind == "PF":
                r["notes"] += " Form page states the details are filled in automatically."
            if kind == "DP":
                pu = self.pdf_url(key)
                self.web.put(pu, make_pdf("Aanvraagformulier " + name, ["Liever op papier? Vul dit formulier in en stuur het op.", "Naam: ....................", "Handtekening: ............"]))
                r["alt"].append((pu, "Liever op papier: aanvraagformulier (PDF, 88 kB)"))
                r["signals"].append("pdf_form")
                r["notes"] += " A PDF alternative sits beside it (DigiD wins)."
        elif kind == "X":
            iu = self.interstitial_url(key)
            anon = self.form_url(key, "zonder-inloggen")
            self.anon_form_page(key, anon)
            opts = [("Inloggen met DigiD (particulieren)", self.auth_url(key, "digid"), "digid"),
                    ("Inloggen met eHerkenning (bedrijven en organisaties)", self.auth_url(key, "eherkenning"), "eherkenning"),
                    ("Doorgaan zonder inloggen", anon, "anon")]
            self.web.login(self.auth_url(key, "digid"), "digid")
            self.web.login(self.auth_url(key, "eherkenning"), "eherkenning")
            self.interstitial_page(key, iu, opts, '<p>Zonder inloggen vult u al uw gegevens zelf in.</p>')
            r.update(cta=iu, cta_text="Aanvragen", route=iu, level=100, strict=67,
                     signals=["interstitial", "digid", "eherkenning", "html_form", "e_form_host"],
                     notes="'Aanvragen' opens a 'Hoe wilt u inloggen?' page: DigiD, eHerkenning or without login (DigiD wins).")
        elif kind == "Xa":
            iu = self.interstitial_url(key)
            anon = self.form_url(key, "formulier")
            self.anon_form_page(key, anon)
            st = self.status_url()
            opts = [("Melding doen zonder inloggen", anon, "anon")]
            note = ('<div class="status-box"><h2>Eerder een melding gedaan?</h2><p><img src="http://%s/images/digid.svg" alt="DigiD" width="24"> '
                    '<a href="%s">Log in met DigiD en bekijk de status van uw melding</a></p></div>') % (self.host, rel(iu.split("/")[2], st))
            self.interstitial_page(key, iu, opts, note)
            r.update(cta=iu, cta_text="Melden", route=anon, level=67, strict=67,
                     signals=["interstitial", "html_form", "e_form_host", "trap_status_login"],
                     notes="Interstitial offers only 'zonder inloggen' for the form; its DigiD link is for the status of earlier requests.")
            self.status_page()
        elif kind.startswith("V:"):
            self.via_route(key, kind[2:], r)
        return r

    def via_route(self, key, body, r):
        name = self.pname(key)
        if body == "olo":
            u = "http://%s/aanvragen/" % OLO
            r.update(cta=u, cta_text="Naar het Omgevingsloket", route=u, level=100, strict=100, via=OLO,
                     signals=["via_external_portal", "digid", "eherkenning", "prefill_text"],
                     notes="Application through the national Omgevingsloket (DigiD/eHerkenning; the portal states it retrieves data from base registries).")
        elif body == "tax":
            th = self.c["tax"]
            slug = {"belastingkwijtschelding": "kwijtschelding", "woz-bezwaar": "woz-bezwaar", "belastingaanslag-bezwaar": "bezwaar-aanslag",
                    "betalingsregeling": "betalingsregeling", "hondenbelasting": "hondenbelasting"}[key]
            info = "http://%s/%s/%s" % (th, self.base, slug)
            if th == SVHW and key == "belastingkwijtschelding":
                u = "http://%s/documenten/kwijtschelding-aanvraagformulier.pdf" % th
                r.update(cta=info, cta_text="Kwijtschelding aanvragen bij SVHW", route=u, level=33, strict=33, via=th,
                         signals=["via_external_portal", "pdf_form"], notes="Delegated to the joint tax office; there only a PDF form.")
            else:
                u = "http://%s/mijn/%s" % (th, slug)
                r.update(cta=info, cta_text="Regel het bij %s" % TAXNAME[th][0], route=u, level=100, strict=67, via=th,
                         signals=["via_external_portal", "digid", "eherkenning"],
                         notes="Delegated to the joint tax office %s: form behind DigiD/eHerkenning." % TAXNAME[th][0])
        elif body == "waste":
            wh = self.c["waste"]
            what = "grofvuil" if key == "grofvuil" else "container"
            u = "http://%s/%s/%s-aanvragen" % (wh, self.base.replace("-", ""), what)
            info = "http://%s/%s" % (wh, what)
            r.update(cta=u, cta_text="Regel het direct bij %s" % ("HVC" if wh == HVC else "Omrin"), route=u, level=67, strict=67, via=wh,
                     signals=["via_external_portal", "html_form"], notes="Delegated to the waste company; online form without login.")
            WASTE_NEEDED.append((wh, self.base.replace("-", ""), what, self.short))
        elif body == "park":
            u = "http://%s/aanvragen" % PARK
            r.update(cta="http://%s/" % PARK, cta_text="Naar het parkeerloket", route=u, level=100, strict=67, via=PARK,
                     signals=["via_external_portal", "digid"], notes="Parking permits through the parking portal behind DigiD.")
        elif body == "werk":
            u = "http://%s/uitkering-aanvragen/bijstand" % WERK
            r.update(cta=u, cta_text="Bijstand aanvragen via werk.nl", route=u, level=100, strict=67, via=WERK,
                     signals=["via_external_portal", "digid"], notes="Bijstand is requested through werk.nl with DigiD.")

    # ---------------- helper pages
    def status_url(self):
        return "http://%s/mijn/lopende-zaken" % self.form_host() if self.c["platform"] not in ("govforms", "iframe") else "http://%s/mijn-%s/lopende-zaken" % (self.host, self.base)

    def status_page(self):
        u = self.status_url()
        fh = u.split("/")[2]
        self.web.login("http://%s/auth/mijn-zaken/digid/start" % fh, "digid")
        self.web.put(u, self.form_chrome("Mijn lopende zaken", '<h1>Mijn lopende zaken</h1><p>Bekijk de status van uw aanvragen en meldingen. '
                                         'U logt in met DigiD.</p><a class="btn" href="/auth/mijn-zaken/digid/start">Inloggen met DigiD</a>', fh))

    def mijn_page(self):
        u = self.mijn_url()
        fh = u.split("/")[2]
        self.web.login("http://%s/auth/mijn/digid/start" % fh, "digid")
        self.web.put(u, self.form_chrome("Mijn " + self.short, '<h1>Mijn %s</h1><p>In Mijn %s ziet u uw lopende zaken, afspraken en berichten. '
                                         'Log in met DigiD.</p><a class="btn" href="/auth/mijn/digid/start">Inloggen met DigiD</a>'
                                         '<p>Een aanvraag doen? Ga naar de productpagina op onze website.</p>' % (E(self.short), E(self.short)), fh))

    def appt_site(self):
        a = self.c["appt"]
        if not a or getattr(self, "_appt_done", False):
            return
        self._appt_done = True
        qm = "afspraakmaken" in a
        self.web.login("http://%s/auth/afspraken/digid/start" % a, "digid")
        if qm:
            self.web.put("http://%s/" % a, page("Afspraak maken", '<meta http-equiv="refresh" content="0; url=/qmaticwebbooking/">'
                                                '<p><a href="/qmaticwebbooking/">Naar afspraak maken</a></p>', a))
            main = "/qmaticwebbooking/"
        else:
            main = "/"
        self.web.put("http://%s%s" % (a, main), page("Afspraak maken gemeente " + self.short,
            '<main><h1>Afspraak maken</h1><p>Kies een product, datum en tijd.</p><form method="get" action="%skies-tijd">'
            '<select name="product"><option>Paspoort aanvragen</option><option>ID-kaart aanvragen</option><option>Rijbewijs</option>'
            '<option>Geboorteaangifte</option><option>Huwelijk melden</option></select><input name="datum" type="date">'
            '<button type="submit">Verder</button></form><h2>Mijn afspraken</h2><p>Wilt u een afspraak wijzigen of annuleren? '
            '<a href="/auth/afspraken/digid/start">Inloggen met DigiD</a></p></main>' % main, a))
        self.web.put("http://%s%skies-tijd" % (a, main), page("Kies een tijd", '<main><h1>Kies een tijd</h1><p>Er zijn geen tijden beschikbaar op de gekozen datum.</p><a href="%s">Terug</a></main>' % main, a))

    def appt_url(self):
        a = self.c["appt"]
        return ("http://%s/qmaticwebbooking/" % a) if "afspraakmaken" in a else "http://%s/" % a


TAXNAME = {BWB: ("BWB", "West-Brabantse Belastingsamenwerking"), BSGW: ("BsGW", "Belastingsamenwerking Gemeenten en Waterschappen"),
           SVHW: ("SVHW", "Service Verlening Hoeksche Waard (belastingen)")}
WASTE_NEEDED = []


# --------------------------------------------------------------------------
# product page rendering
def cta_html(site, key, r, cur_host):
    """Render the call to action in the site's style."""
    style = site.c["cta"]
    if not r["cta"]:
        return ""
    href = rel(cur_host, r["cta"])
    text = r["cta_text"]
    kind = site.kinds[key]
    digidish = "digid" in r["signals"] and not r["via"]
    if kind == "A":
        return '<p><a class="btn" href="%s">Maak online een afspraak</a></p>' % href
    if style == "button":
        return '<p class="cta"><a class="btn btn-primary" href="%s">%s</a></p>' % (href, E("Direct regelen" if digidish else text))
    if style == "interstitial":
        return '<p class="cta"><a class="btn" href="%s">%s</a></p>' % (href, E("Aanvragen" if kind in ("X", "Xa") else text))
    if style == "digid_img" and digidish:
        return '<p><a href="%s"><img src="/images/digid.svg" alt="DigiD"></a> <a href="%s">%s</a></p>' % (href, href, E(site.pname(key)))
    if style == "getform" and kind in ("X", "Xa", "F", "D", "E", "DE", "PF", "DP"):
        u = r["cta"]
        return ('<form class="cta-form" method="get" action="%s"><button type="submit" class="btn">%s</button></form>') % (rel(cur_host, u), E("Digitaal aanvragen" if kind != "Xa" else "Melding doen"))
    if style == "card":
        return ('<div class="card pdc-digid"><h2>Direct regelen</h2><p>%s</p><a class="btn" href="%s">%s</a></div>') % (
            E("U heeft uw DigiD nodig." if "digid" in r["signals"] else ("U heeft eHerkenning nodig." if "eherkenning" in r["signals"] else "Dit kan online.")),
            href, E(text))
    if style == "script":
        return ('<div id="cta-%s"></div><script>(function(){var a=document.createElement("a");a.href=%s;a.className="btn";'
                'a.textContent=%s;document.getElementById("cta-%s").appendChild(a);})();</script>'
                '<noscript><p>Zet JavaScript aan of neem contact op met de gemeente.</p></noscript>') % (
            key, json.dumps(href), json.dumps(text), key)
    if style == "onclick":
        return '<p><button type="button" class="btn" onclick="window.location.href=\'%s\'">%s</button></p>' % (href, E(text))
    return '<p><a href="%s">%s</a></p>' % (href, E(text))


def how_text(site, key, r):
    kind = site.kinds[key]
    s = site.short
    if kind == "I":
        if key == "woo-verzoek":
            return ('<p>U kunt uw verzoek schriftelijk indienen. Stuur een brief aan het college van burgemeester en wethouders, Postbus %d, %s. '
                    'U kunt uw verzoek ook mailen naar <a href="mailto:woo@%s.test">woo@%s.test</a>.</p>') % (100 + site.idx, E(s), site.base, site.base)
        return ('<p>U regelt dit aan de balie in het gemeentehuis of telefonisch. Bel ons op 14 0%03d. '
                'Een formulier sturen wij u op verzoek toe.</p>') % (100 + site.idx * 7)
    if kind == "A":
        how = "Maak daarvoor eerst een afspraak." if site.c["appt"] else "Bel voor een afspraak naar 14 0%03d." % (100 + site.idx * 7)
        return ('<p>U moet dit persoonlijk regelen in het gemeentehuis. %s Neem uw oude document en een '
                'pasfoto mee. Online aanvragen is niet mogelijk.</p>') % how
    if kind == "P":
        return "<p>Download het aanvraagformulier, vul het in en stuur het ondertekend naar de gemeente of lever het in bij de balie. Online aanvragen is (nog) niet mogelijk.</p>"
    if kind == "M":
        return ('<p>Vul het formulier in en mail het met de bijlagen naar <a href="mailto:info@%s.test">info@%s.test</a>, '
                'of stuur het per post.</p>') % (site.base, site.base)
    if kind in ("F", "FP"):
        return "<p>U vult het online formulier in. U heeft geen DigiD nodig.</p>"
    if kind in ("D", "PF", "DP"):
        return "<p>U regelt dit online. U logt in met %s.</p>" % ("eHerkenning" if key in BIZ else "DigiD")
    if kind in ("E", "DE"):
        return "<p>U vraagt dit online aan. Ondernemers en organisaties loggen in met eHerkenning%s.</p>" % (", inwoners met DigiD" if kind == "DE" else "")
    if kind == "X":
        return "<p>Klik op Aanvragen. U kiest daarna of u inlogt met DigiD of eHerkenning, of dat u het formulier zonder inloggen invult.</p>"
    if kind == "Xa":
        return "<p>U kunt uw melding online doen. Inloggen is niet nodig.</p>"
    if kind.startswith("V:"):
        b = kind[2:]
        if b == "olo":
            return "<p>U vraagt de vergunning aan via het landelijke Omgevingsloket. Doe eerst de vergunningcheck. Daarna logt u in met DigiD of eHerkenning.</p>"
        if b == "tax":
            return "<p>De %s voert de gemeentelijke belastingen voor de gemeente %s uit. U regelt dit op de website van %s.</p>" % (
                TAXNAME[site.c["tax"]][1], E(s), TAXNAME[site.c["tax"]][0])
        if b == "waste":
            return "<p>De afvalinzameling in %s wordt uitgevoerd door %s. U meldt dit online bij hen aan.</p>" % (E(s), "HVC" if site.c["waste"] == HVC else "Omrin")
        if b == "park":
            return "<p>Parkeervergunningen regelt u in het digitale parkeerloket. U logt in met DigiD.</p>"
        if b == "werk":
            return "<p>U vraagt de bijstandsuitkering aan via werk.nl. U heeft daarvoor DigiD nodig. Daarna neemt een consulent van de gemeente contact met u op.</p>"
    return ""


def trap_html(site, key, trap, cur_host):
    """Return (html, signal) or None when the trap does not fit this product."""
    kinds = site.kinds
    dig = [k for k, _ in site.products if k != key and kinds[k] in ("D", "PF", "DP") and k not in BIZ]
    pdfs = [k for k, _ in site.products if k != key and kinds[k] == "P"]
    xs = [k for k, _ in site.products if k != key and kinds[k] == "X"]
    pick = lambda lst: lst[h32(site.c["code"] + key + trap) % len(lst)] if lst else None
    if trap == "direct_regelen":
        ts = [k for k in dig[:]]
        if len(ts) < 2:
            return None
        a = ts[h32(key) % len(ts)]
        b = ts[(h32(key) + 1) % len(ts)]
        lis = "".join('<li><a href="%s">%s</a></li>' % (rel(cur_host, site.route[k]["route"]), E(site.pname(k) + " (DigiD)")) for k in (a, b))
        return ('<aside class="direct-regelen"><h2>Direct regelen</h2><ul>%s<li><a href="%s">Mijn %s</a></li></ul></aside>' % (lis, rel(cur_host, site.mijn_url()), E(site.short)),
                "trap_direct_regelen_other")
    if trap == "faq_other":
        k = pick(dig)
        if not k:
            return None
        return ('<section class="faq"><h2>Veelgestelde vragen</h2><details><summary>Kan ik ook andere zaken online regelen?</summary>'
                '<p>Ja, veel zaken regelt u met DigiD, bijvoorbeeld: <a href="%s">%s</a>.</p></details><details><summary>Hoe lang duurt het?</summary>'
                '<p>Meestal ontvangt u binnen 8 weken een besluit.</p></details></section>' % (rel(cur_host, site.route[k]["route"]), E(site.pname(k))),
                "trap_faq_other_digid")
    if trap == "other_pdf":
        k = pick(pdfs)
        if not k:
            return None
        return ('<p class="zie-ook">Zie ook: <a href="%s">Aanvraagformulier %s (PDF)</a></p>' % (rel(cur_host, site.route[k]["route"]), E(site.pname(k).lower())),
                "trap_other_product_pdf")
    if trap == "regulation_pdf":
        u = "http://%s/documenten/verordening-%s.pdf" % (site.host, key)
        site.web.put(u, make_pdf("Verordening en tarieven %s" % PROD[key][0][0], ["Artikel 1 Begripsbepalingen", "Artikel 2 Tarieven 2024", "Dit is geen aanvraagformulier."]))
        return ('<p>Regels en tarieven: <a href="%s">Verordening en tarieventabel 2024 (pdf, 210 kB)</a></p>' % rel(cur_host, u), "trap_regulation_pdf")
    if trap == "bezwaar_digid":
        if key in ("bezwaar", "woz-bezwaar", "belastingaanslag-bezwaar") or kinds.get("bezwaar") not in ("D", "X", "PF", "DP"):
            return None
        return ('<section><h2>Bezwaar maken</h2><p>Bent u het niet eens met het besluit op uw aanvraag? Dan kunt u binnen 6 weken bezwaar maken. '
                '<a href="%s">Bezwaar maken met DigiD</a></p></section>' % rel(cur_host, site.route["bezwaar"]["route"]), "trap_bezwaar_digid")
    if trap == "klacht_digid":
        if key == "klacht" or kinds.get("klacht") not in ("D", "X", "PF", "DP"):
            return None
        return ('<div class="card"><h2>Niet tevreden?</h2><p>Heeft u een klacht over hoe wij u hebben geholpen? '
                '<a href="%s">Dien online een klacht in (DigiD)</a></p></div>' % rel(cur_host, site.route["klacht"]["route"]), "trap_klacht_digid")
    if trap == "status":
        site.status_page()
        return ('<p class="status">Al een aanvraag gedaan? <a href="%s">Bekijk de status in Mijn lopende zaken</a> (inloggen met DigiD).</p>' % rel(cur_host, site.status_url()),
                "trap_status_login")
    if trap == "appointment_login":
        if not site.c["appt"]:
            return None
        site.appt_site()
        return ('<p>Liever persoonlijk contact? <a href="%s">Maak een afspraak</a>. Een afspraak wijzigen kan in Mijn afspraken (met DigiD).</p>' % site.appt_url(),
                "trap_appointment_login")
    if trap == "mijn_belastingen":
        if PROD[key][1] == "belastingen":
            return None
        if site.c["tax"]:
            u = "http://%s/mijn/" % site.c["tax"]
            nm = "Mijn " + TAXNAME[site.c["tax"]][0]
        else:
            u = "http://mijnbelastingen.%s.test/" % site.base
            nm = "Mijn belastingen"
            site.web.login("http://mijnbelastingen.%s.test/auth/belastingen/digid/start" % site.base, "digid")
            site.web.put(u, page("Mijn belastingen", '<main><h1>Mijn belastingen</h1><p>Bekijk uw aanslag en WOZ-beschikking.</p>'
                                 '<a href="/auth/belastingen/digid/start">Inloggen met DigiD</a></main>', "mijnbelastingen.%s.test" % site.base))
        return ('<aside class="tax"><h2>%s</h2><p>Bekijk uw aanslag en WOZ-waarde. <a href="%s">Inloggen met DigiD</a></p></aside>' % (E(nm), u),
                "trap_mijn_belastingen")
    if trap == "omgevingsloket":
        if key in ("omgevingsvergunning", "kapvergunning", "uitwegvergunning", "bouwdossier-inzage") or PROD[key][1] in ("burgerzaken", "zorg"):
            return None
        return ('<p>Gaat u ook bouwen of iets veranderen aan een pand? <a href="http://%s/checken/">Doe de vergunningcheck</a> of '
                '<a href="http://%s/aanvragen/">log in op het Omgevingsloket</a>.</p>' % (OLO, OLO), "trap_omgevingsloket")
    if trap == "interstitial_other":
        k = pick(xs)
        if not k:
            return None
        return ('<div class="card veelgevraagd"><h2>Veel gevraagd</h2><a class="btn" href="%s">%s aanvragen</a></div>' % (
            rel(cur_host, site.route[k]["route"]), E(site.pname(k))), "trap_other_interstitial")
    if trap == "sibling":
        sib = SIBLINGS.get(key)
        if not sib or sib not in site.route or site.route[sib]["level"] <= site.route[key]["level"] or not site.route[sib]["route"]:
            return None
        return ('<p>Zoekt u iets anders? <a href="%s">%s direct online regelen</a></p>' % (rel(cur_host, site.route[sib]["route"]), E(site.pname(sib))),
                "trap_sibling_higher")
    if trap == "feedback":
        return ('<form class="feedback" method="post" action="http://%s/feedback"><h2>Was deze informatie nuttig?</h2>'
                '<label><input type="radio" name="nuttig" value="ja"> Ja</label><label><input type="radio" name="nuttig" value="nee"> Nee</label>'
                '<label>Wat kunnen we verbeteren? <textarea name="opmerking"></textarea></label><button type="submit">Verstuur</button></form>',
                "trap_feedback_form") if False else (('<form class="feedback" method="post" action="%s"><h2>Was deze informatie nuttig?</h2>'
                '<label><input type="radio" name="nuttig" value="ja"> Ja</label><label><input type="radio" name="nuttig" value="nee"> Nee</label>'
                '<label>Wat kunnen we verbeteren? <textarea name="opmerking"></textarea></label><button type="submit">Verstuur</button></form>') % rel(cur_host, "http://%s/feedback" % site.host), "trap_feedback_form")
    if trap == "newsletter":
        return ('<form class="newsletter-inline" method="post" action="%s"><h2>Blijf op de hoogte</h2>'
                '<label>Naam <input name="naam"></label><label>E-mail <input type="email" name="email"></label><button type="submit">Inschrijven</button></form>' % rel(cur_host, "http://%s/nieuwsbrief/aangemeld" % site.host),
                "trap_newsletter_form")
    if trap == "chat":
        return (site.chat_widget(), "trap_chat")
    if trap == "contact":
        return ('<p>Vraag over dit onderwerp? <a href="%s">Stel uw vraag via het contactformulier</a>.</p>' % rel(cur_host, "http://%s/contact/formulier" % site.host), "trap_contact_form")
    if trap == "mijnoverheid":
        return ('<p>Het besluit ontvangt u in uw <a href="http://%s/">Berichtenbox op MijnOverheid</a>.</p>' % MIJNOV, "trap_mijnoverheid")
    return None


def style_is_tabs_query(site):
    return site.c["cta"] == "tabs_query"


SIBLINGS = {"gehandicaptenparkeerplaats": "gehandicaptenparkeerkaart", "gehandicaptenparkeerkaart": "gehandicaptenparkeerplaats",
            "bijzondere-bijstand": "bijstand", "bijstand": "bijzondere-bijstand", "exploitatievergunning-horeca": "alcoholvergunning",
            "alcoholvergunning": "exploitatievergunning-horeca", "standplaatsvergunning": "marktvergunning", "marktvergunning": "standplaatsvergunning",
            "evenementenvergunning": "geluidsontheffing", "geluidsontheffing": "evenementenvergunning", "woz-bezwaar": "belastingaanslag-bezwaar",
            "afvalcontainer": "grofvuil", "grofvuil": "afvalcontainer", "overlijdensaangifte": "geboorteaangifte", "geboorteaangifte": "verhuismelding",
            "paspoort": "brp-uittreksel", "identiteitskaart": "brp-uittreksel", "terrasvergunning": "exploitatievergunning-horeca",
            "leerlingenvervoer": "wmo-voorziening", "wmo-voorziening": "gehandicaptenparkeerkaart", "kapvergunning": "uitwegvergunning",
            "uitwegvergunning": "kapvergunning", "woo-verzoek": "klacht", "klacht": "bezwaar", "bezwaar": "klacht",
            "collectevergunning": "evenementenvergunning", "subsidie": "evenementenvergunning", "winkeltijdenontheffing": "evenementenvergunning",
            "kansspelautomaatvergunning": "alcoholvergunning", "huwelijksaangifte": "verhuismelding", "reclamebelasting": "terrasvergunning"}


def product_page(site, key):
    r = site.route[key]
    url = site.purl[key]
    cur = url.split("/")[2]
    title = site.titles[key]
    kind = site.kinds[key]
    blurb = PROD[key][3]
    traps_html = []
    signals = list(r["signals"])
    if kind == "N":
        nt = NOT_OFFERED_TEXT[key][1].format(s=site.short)
        main = '<h1>%s</h1>\n<p>%s</p>\n' % (E(title), E(nt))
        # trap: a dog/parking related form that is something else
        extra = ""
        if key == "hondenbelasting":
            extra = '<p>Overlast van honden of hondenpoep? <a href="%s">Doe een melding openbare ruimte</a>.</p>' % rel(cur, site.route["melding-openbare-ruimte"]["route"] or site.purl["melding-openbare-ruimte"])
            signals.append("trap_other_product_form")
        elif key == "parkeervergunning":
            k = "gehandicaptenparkeerkaart"
            if site.route[k]["route"]:
                extra = '<p>Heeft u een gehandicaptenparkeerkaart nodig? <a href="%s">Vraag deze hier aan</a>.</p>' % rel(cur, site.route[k]["route"])
                signals.append("trap_sibling_higher")
        elif key == "collectevergunning":
            k = "evenementenvergunning"
            if site.route[k]["route"]:
                extra = '<p>Organiseert u een inzamelingsactie met een evenement? <a href="%s">Vraag een evenementenvergunning aan</a>.</p>' % rel(cur, site.route[k]["route"])
                signals.append("trap_sibling_higher")
        main += extra
        for t in site.c["sitetraps"]:
            if t in ("site_login", "footer_digid", "mijnoverheid", "newsletter", "chat"):
                signals.append({"site_login": "trap_site_login", "footer_digid": "trap_digid_footer", "mijnoverheid": "trap_mijnoverheid",
                                "newsletter": "trap_newsletter_form", "chat": "trap_chat"}[t])
        r["signals"] = ["not_offered_text"] + signals
        html_ = site.wrap(title, main, cur)
        site.web.put(url, html_)
        return
    # traps
    pool = site.c["pool"]
    n = h32(site.c["code"] + key) % len(pool)
    chosen = [pool[n], pool[(n + 2) % len(pool)]]
    if h32(key) % 3 == 0:
        chosen.append(pool[(n + 4) % len(pool)])
    trap_blocks = []
    for t in chosen:
        if t in site.c["sitetraps"]:
            continue
        res = trap_html(site, key, t, cur)
        if res:
            trap_blocks.append(res[0])
            if res[1] not in signals:
                signals.append(res[1])
    for t in site.c["sitetraps"]:
        sig = {"site_login": "trap_site_login", "footer_digid": "trap_digid_footer", "mijnoverheid": "trap_mijnoverheid",
               "newsletter": "trap_newsletter_form", "chat": "trap_chat", "mijn_belastingen": "trap_mijn_belastingen"}[t]
        if t == "mijn_belastingen":
            res = trap_html(site, key, t, cur)
            if not res:
                continue
            trap_blocks.insert(0, res[0])
        if sig not in signals:
            signals.append(sig)
    if kind == "A" and site.c["appt"] and "trap_appointment_login" not in signals:
        signals.append("trap_appointment_login")
    if kind == "I" and key == "woo-verzoek":
        signals.append("trap_mailto")
    # sections
    how = how_text(site, key, r)
    cta = cta_html(site, key, r, cur)
    if style_is_tabs_query(site):
        cta = "<p>Kies hierboven hoe u dit wilt regelen: online, in het gemeentehuis of per post.</p>"
    alt = "".join('<p><a href="%s">%s</a></p>' % (rel(cur, u), E(t)) for u, t in r["alt"])
    if kind == "A" and key in ("paspoort", "identiteitskaart"):
        tu = "http://%s/documenten/toestemming-reisdocument-minderjarige.pdf" % site.host
        site.web.put(tu, make_pdf("Toestemming reisdocument minderjarige", ["Toestemming van de ouder(s) met gezag.", "Geef dit formulier mee bij de afspraak."]))
        alt += '<p>Voor een kind onder de 18: <a href="%s">Verklaring toestemming reisdocument minderjarige (pdf, 117 kB)</a></p>' % rel(cur, tu)
        if "trap_auxiliary_pdf" not in signals:
            signals.append("trap_auxiliary_pdf")
    cost = '<p>De kosten vindt u in de tarieventabel. Sommige aanvragen zijn gratis.</p>'
    style = site.c["cta"]
    wat = '<p>%s</p>' % E(blurb)
    if style == "tabs":
        main = ('<h1>%s</h1>%s<div class="tabs"><div role="tablist"><button role="tab" aria-selected="true" aria-controls="p1" id="t1">Aanvragen</button>'
                '<button role="tab" aria-selected="false" aria-controls="p2" id="t2">Voorwaarden</button><button role="tab" aria-selected="false" aria-controls="p3" id="t3">Kosten</button></div>'
                '<div role="tabpanel" id="p1" aria-labelledby="t1">%s%s%s</div><div role="tabpanel" id="p2" aria-labelledby="t2" hidden><p>U woont in de gemeente %s of heeft er een bedrijf.</p></div>'
                '<div role="tabpanel" id="p3" aria-labelledby="t3" hidden>%s</div></div>'
                '<script>document.querySelectorAll("[role=tab]").forEach(function(t){t.addEventListener("click",function(){'
                'document.querySelectorAll("[role=tabpanel]").forEach(function(p){p.hidden=p.id!==t.getAttribute("aria-controls");});});});</script>') % (
            E(title), wat, how, cta, alt, E(site.short), cost)
    elif style == "interstitial" or site.c["scheme"] == "section":
        main = ('<h1>%s</h1><div class="accordion"><details open><summary>Wat is het?</summary>%s</details>'
                '<details><summary>Hoe werkt het?</summary>%s</details><details open><summary>Aanvragen</summary>%s%s</details>'
                '<details><summary>Wat kost het?</summary>%s</details></div>') % (E(title), wat, how, cta, alt, cost)
    elif site.c["scheme"] == "loket":
        main = ('<h1>%s</h1><div class="pdc"><h2>Product informatie</h2><h3>Inleiding</h3>%s<h3>Aanpak</h3>%s'
                '<h3>Toelichting digitaal formulier</h3>%s%s<h3>Termijn</h3><p>Binnen 8 weken.</p></div>') % (E(title), wat, how, cta or "<p>Er is geen digitaal formulier.</p>", alt)
    elif site.c["scheme"] == "alle_onderwerpen":
        main = ('<h1>%s</h1>%s<h2>Hoe vraag ik het aan?</h2>%s%s%s<h2>Veelgestelde vragen</h2><dl><dt>Hoe lang duurt het?</dt><dd>Binnen 8 weken.</dd>'
                '<dt>Wat kost het?</dt><dd>Zie de legesverordening.</dd></dl>') % (E(title), wat, how, cta, alt)
    elif style == "card":
        main = '<h1>%s</h1>%s<div class="cards">%s</div><h2>Hoe werkt het?</h2>%s%s<h2>Kosten</h2>%s' % (E(title), wat, cta, how, alt, cost)
    else:
        main = ('<h1>%s</h1><h2>Wat is het?</h2>%s<h2>Wat moet ik doen?</h2>%s%s%s<h2>Wat kost het?</h2>%s'
                '<h2>Hoe lang duurt het?</h2><p>U krijgt binnen 8 weken bericht.</p>') % (E(title), wat, how, cta, alt, cost)
    # Scherpenzeel: iframe of the online form inside the page (route lives in the iframe)
    if site.c["platform"] == "iframe" and r["route"] and not r["via"] and r["route"].startswith("http://formulieren.") and kind not in ("X", "Xa"):
        if "iframe" not in signals:
            signals.append("iframe")
        main += '<details><summary>Online formulier</summary><iframe src="%s" title="%s" width="100%%" height="600"></iframe></details>' % (r["route"], E(site.pname(key)))
    r["signals"] = signals
    site.web.put(url, site.wrap(title, main + "\n".join(trap_blocks), cur))


def eersel_tabs(site, key):
    """Eersel: the product page shows tabs as query-string pages (?show=online / ?show=townhall)."""
    r = site.route[key]
    url = site.purl[key]
    cur = site.host
    title = site.titles[key]
    if site.kinds[key] == "N":
        return product_page(site, key)
    tabs = [("", "Omschrijving"), ("?show=online", "Online regelen"), ("?show=townhall", "Gemeentehuis"), ("?show=post", "Per post")]
    nav = '<ul class="tabs">%s</ul>' % "".join('<li><a href="%s%s">%s</a></li>' % (rel(cur, url), q, t) for q, t in tabs)
    # build the base page via product_page then add tab pages
    product_page(site, key)
    base = site.web.files[url.split("//")[1]].decode("utf-8")
    base = base.replace("<main>\n<h1>%s</h1>" % E(title), "<main>\n<h1>%s</h1>%s" % (E(title), nav), 1)
    site.web.files[url.split("//")[1]] = base.encode("utf-8")
    kind = site.kinds[key]
    online = cta_html(site, key, r, cur) if kind not in ("I", "A", "P", "M") else "<p>Dit kunt u niet online regelen.</p>"
    if kind in ("P", "M"):
        online = "<p>Online aanvragen is niet mogelijk. Gebruik het formulier onder 'Per post'.</p>"
    post = cta_html(site, key, r, cur) if kind in ("P", "M") else "<p>Stuur een brief aan de gemeente Eersel, Postbus 12, 5520 AA Eersel.</p>"
    town = '<p>Kom langs in het gemeentehuis. %s</p>' % ('<a href="%s">Maak een afspraak</a>' % site.appt_url() if site.c["appt"] else "")
    if kind == "A":
        town = cta_html(site, key, r, cur)
    for q, body in (("?show=online", online), ("?show=townhall", town), ("?show=post", post)):
        site.web.put(url + q, site.wrap(title, '<h1>%s</h1>%s%s' % (E(title), nav, body), cur))
    if site.c["appt"]:
        site.appt_site()


# --------------------------------------------------------------------------
def shared_bodies(web):
    web.put("http://%s/" % DIGID, page("DigiD", "<main><h1>DigiD</h1><p>Met DigiD logt u in bij de overheid.</p></main>", DIGID))
    web.put("http://%s/saml/idp/request_authentication" % DIGID, page("Inloggen | DigiD",
        '<main><h1>Inloggen bij DigiD</h1><form method="post" action="/saml/idp/request_authentication"><label>DigiD gebruikersnaam <input name="u"></label>'
        '<label>Wachtwoord <input type="password" name="p"></label><button>Inloggen</button></form><p><a href="/">Over DigiD</a></p></main>', DIGID))
    web.put("http://%s/selecteer-leverancier" % EHBROKER, page("eHerkenning: kies uw leverancier",
        '<main><h1>Inloggen met eHerkenning</h1><p>Selecteer de leverancier van uw inlogmiddel.</p><ul><li>Leverancier A</li><li>Leverancier B</li></ul></main>', EHBROKER))
    # Omgevingsloket
    web.login("http://%s/auth/omgevingsloket/digid/start" % OLO, "digid")
    web.login("http://%s/auth/omgevingsloket/eherkenning/start" % OLO, "eherkenning")
    web.put("http://%s/" % OLO, page("Omgevingsloket", '<main><h1>Omgevingsloket</h1><ul><li><a href="/checken/">Vergunningcheck doen</a></li>'
            '<li><a href="/aanvragen/">Aanvragen of melden</a></li></ul></main>', OLO))
    web.put("http://%s/checken/" % OLO, page("Vergunningcheck | Omgevingsloket", '<main><h1>Vergunningcheck</h1><p>Check of u een vergunning nodig heeft. '
            'U hoeft niet in te loggen.</p><form method="get" action="/checken/locatie"><label>Adres <input name="adres"></label><button>Start</button></form>'
            '<p><a href="/aanvragen/">Aanvragen</a></p></main>', OLO))
    web.put("http://%s/checken/locatie" % OLO, page("Locatie | Vergunningcheck", '<main><h1>Kies de locatie</h1><p><a href="/checken/">Terug</a></p></main>', OLO))
    web.put("http://%s/aanvragen/" % OLO, page("Aanvragen | Omgevingsloket", '<main><h1>Aanvragen of melden</h1><p>Dien uw aanvraag voor een omgevingsvergunning in. '
            'Log in met DigiD (particulieren) of eHerkenning (bedrijven). Na het inloggen haalt het Omgevingsloket uw gegevens op uit de basisregistraties en vult die alvast in.</p>'
            '<a class="btn" href="/auth/omgevingsloket/digid/start">Inloggen met DigiD</a> <a class="btn" href="/auth/omgevingsloket/eherkenning/start">Inloggen met eHerkenning</a></main>', OLO))
    # MijnOverheid
    web.login("http://%s/auth/mijnoverheid/digid/start" % MIJNOV, "digid")
    web.put("http://%s/" % MIJNOV, page("MijnOverheid", '<main><h1>MijnOverheid</h1><p>Berichtenbox, lopende zaken en persoonlijke gegevens.</p>'
            '<a href="/auth/mijnoverheid/digid/start">Inloggen met DigiD</a></main>', MIJNOV))
    # werk.nl
    web.login("http://%s/auth/bijstand/digid/start" % WERK, "digid")
    web.put("http://%s/uitkering-aanvragen/bijstand" % WERK, page("Bijstand aanvragen | werk.nl", '<main><h1>Bijstandsuitkering aanvragen</h1>'
            '<p>Log in met DigiD om uw aanvraag voor een bijstandsuitkering te starten. Uw gemeente behandelt de aanvraag.</p>'
            '<a class="btn" href="/auth/bijstand/digid/start">Inloggen met DigiD</a></main>', WERK))
    # parking portal
    web.login("http://%s/auth/vergunning/digid/start" % PARK, "digid")
    web.put("http://%s/" % PARK, page("Parkeerloket gemeente Schagen", '<main><h1>Digitaal parkeerloket Schagen</h1><ul><li><a href="/aanvragen">Vergunning aanvragen</a></li>'
            '<li><a href="/bezoekers">Bezoekersparkeren</a></li></ul></main>', PARK))
    web.put("http://%s/aanvragen" % PARK, page("Vergunning aanvragen", '<main><h1>Parkeervergunning aanvragen</h1><p>Log in met DigiD. Uw kenteken wordt gecontroleerd bij de RDW. Betalen gaat met iDEAL.</p>'
            '<a class="btn" href="/auth/vergunning/digid/start">Inloggen met DigiD</a></main>', PARK))
    web.put("http://%s/bezoekers" % PARK, page("Bezoekersparkeren", '<main><h1>Bezoekersparkeren</h1><p>Meld uw bezoek aan met uw meldcode.</p>'
            '<form method="post" action="/bezoekers"><input name="kenteken"><input name="pincode"><button>Aanmelden</button></form></main>', PARK))
    # tax offices
    for th, (ab, full) in sorted(TAXNAME.items()):
        tb = th.split(".")[1]
        web.login("http://%s/auth/mijn/digid/start" % th, "digid")
        web.login("http://%s/auth/mijn/eherkenning/start" % th, "eherkenning")
        web.put("http://%s/" % th, page(full, '<main><h1>%s</h1><p>Wij heffen en innen de belastingen voor gemeenten en waterschappen.</p><p><a href="/mijn/">Mijn %s</a></p></main>' % (E(full), ab), th))
        web.put("http://%s/mijn/" % th, page("Mijn " + ab, '<main><h1>Mijn %s</h1><p>Bekijk uw aanslag, WOZ-beschikking en taxatieverslag.</p>'
                '<a class="btn" href="/auth/mijn/digid/start">Inloggen met DigiD</a> <a class="btn" href="/auth/mijn/eherkenning/start">Inloggen met eHerkenning</a></main>' % ab, th))
        for slug, ttl in (("kwijtschelding", "Kwijtschelding aanvragen"), ("woz-bezwaar", "Bezwaar maken tegen de WOZ-waarde"),
                          ("bezwaar-aanslag", "Bezwaar maken tegen uw aanslag"), ("betalingsregeling", "Betalingsregeling aanvragen"),
                          ("hondenbelasting", "Hond aan- of afmelden")):
            web.login("http://%s/auth/%s/digid/start" % (th, slug), "digid")
            web.login("http://%s/auth/%s/eherkenning/start" % (th, slug), "eherkenning")
            web.put("http://%s/mijn/%s" % (th, slug), page(ttl + " | " + ab, '<main><h1>%s</h1><p>Dit formulier vult u in na inloggen. Inwoners gebruiken DigiD, bedrijven eHerkenning.</p>'
                    '<a class="btn" href="/auth/%s/digid/start">Inloggen met DigiD</a> <a class="btn" href="/auth/%s/eherkenning/start">Inloggen met eHerkenning</a></main>' % (E(ttl), slug, slug), th))
        web.put("http://%s/documenten/kwijtschelding-aanvraagformulier.pdf" % th, make_pdf("Aanvraagformulier kwijtschelding %s" % ab,
                ["Vul dit formulier in en stuur het met bewijsstukken naar %s." % ab, "Naam: .................", "Inkomen: .............."]))


def tax_info_pages(web, site):
    th = site.c["tax"]
    if not th:
        return
    ab = TAXNAME[th][0]
    for key, slug in (("belastingkwijtschelding", "kwijtschelding"), ("woz-bezwaar", "woz-bezwaar"), ("belastingaanslag-bezwaar", "bezwaar-aanslag"),
                      ("betalingsregeling", "betalingsregeling"), ("hondenbelasting", "hondenbelasting")):
        if site.kinds.get(key) != "V:tax":
            continue
        r = site.route[key]
        if th == SVHW and key == "belastingkwijtschelding":
            link = '<p><a href="/documenten/kwijtschelding-aanvraagformulier.pdf">Aanvraagformulier kwijtschelding (pdf, 154 kB)</a>. Online aanvragen is niet mogelijk.</p>'
        else:
            link = '<p><a class="btn" href="/mijn/%s">%s regelen in Mijn %s</a></p>' % (slug, E(PROD[key][0][0]), ab)
        web.put("http://%s/%s/%s" % (th, site.base, slug), page("%s gemeente %s | %s" % (PROD[key][0][0], site.short, ab),
                '<main><h1>%s - gemeente %s</h1><p>%s</p>%s<p><a href="/mijn/">Mijn %s</a></p></main>' % (E(PROD[key][0][0]), E(site.short), E(PROD[key][3]), link, ab), th))


def waste_pages(web):
    done = []
    for wh, base, what, short in WASTE_NEEDED:
        if (wh, base, what) in done:
            continue
        done.append((wh, base, what))
        nm = "HVC" if wh == HVC else "Omrin"
        web.put("http://%s/%s" % (wh, what), page("%s | %s" % (what, nm), '<main><h1>%s</h1><p>Kies uw gemeente.</p></main>' % what.capitalize(), wh))
        ttl = "Grofvuil laten ophalen" if what == "grofvuil" else "Container aanvragen of omruilen"
        web.put("http://%s/%s/%s-aanvragen" % (wh, base, what), page("%s - %s | %s" % (ttl, short, nm),
                '<main><h1>%s (gemeente %s)</h1><p>Velden met een * zijn verplicht.</p><form method="post" action="/%s/bedankt">'
                '<label>Postcode * <input name="postcode" required></label><label>Huisnummer * <input name="huisnummer" required></label>'
                '<label>E-mail * <input type="email" name="email" required></label><label>Wat wilt u laten ophalen of wijzigen? <textarea name="omschrijving"></textarea></label>'
                '<button type="submit">Versturen</button></form><p>Mijn %s: <a href="/mijn-%s/">Inloggen</a> met uw %s-account.</p></main>' % (E(ttl), E(short), base, nm, nm.lower(), nm), wh))
        web.put("http://%s/%s/bedankt" % (wh, base), page("Bedankt", "<main><h1>Bedankt</h1></main>", wh))
        web.put("http://%s/mijn-%s/" % (wh, nm.lower()), page("Mijn " + nm, '<main><h1>Mijn %s</h1><form method="post" action="/mijn-%s/"><label>E-mail <input name="e"></label><label>Wachtwoord <input type="password" name="p"></label><button>Inloggen</button></form></main>' % (nm, nm.lower()), wh))


# --------------------------------------------------------------------------
def build_site(web, site):
    h = site.host
    # route pages first (traps need routes of other products)
    for k, _ in site.products:
        if site.kinds[k] in ("N", "NF"):
            site.route[k] = dict(cta=None, cta_text="", route="", level=0, strict=0, via="", signals=[], alt=[], notes="")
        else:
            site.route[k] = site.build_route(k)
    if site.c["platform"] == "govforms":
        for k, _ in site.products:
            r = site.route[k]
            if r["cta"] and r["cta"].startswith("http://eersel.govforms.test/"):
                wu = "http://%s/formulier/%s" % (h, k)
                web.put(wu, site.wrap(site.pname(k), '<h1>%s</h1><iframe src="%s" title="Formulier %s" width="100%%" height="700"></iframe>' % (
                    E(site.pname(k)), r["cta"], E(site.pname(k))), h))
                r["cta"] = wu
                if "iframe" not in r["signals"]:
                    r["signals"].append("iframe")
    for k, _ in site.products:
        if site.kinds[k] == "NF":
            continue
        if site.c["cta"] == "tabs_query":
            eersel_tabs(site, k)
        else:
            product_page(site, k)
    tax_info_pages(web, site)
    if any(t in ("site_login",) for t in site.c["sitetraps"]) or "direct_regelen" in site.c["pool"]:
        site.mijn_page()
    # static assets
    for hh in sorted({h, site.form_host(), site.catalog_host}):
        web.put("http://%s/images/digid.svg" % hh, DIGID_SVG)
        web.put("http://%s/images/eherkenning.svg" % hh, EH_SVG)
        web.put("http://%s/images/digid-button.svg" % hh, DIGID_SVG)
        for css in ("site", "gf", "openforms", "eloket"):
            web.put("http://%s/css/%s.css" % (hh, css), CSS)
    web.put("http://%s/images/logo.svg" % h, '<svg xmlns="http://www.w3.org/2000/svg" width="120" height="40"><text x="0" y="25">%s</text></svg>\n' % E(site.short))
    if site.c["platform"] == "openforms":
        fh = site.form_host()
        web.put("http://%s/static/sdk/open-forms-sdk.js" % fh, OPENFORMS_SDK)
        web.put("http://%s/bedankt" % fh, page("Bedankt", "<main><h1>Bedankt</h1></main>", fh))
    # A-Z and sections
    items = [(site.titles[k], k) for k, _ in site.products if site.kinds[k] != "NF"]
    items.sort(key=lambda x: x[0].lower())
    ch = site.catalog_host
    az = "<h1>Producten en diensten A-Z</h1><ul>%s</ul>" % "".join('<li><a href="%s">%s</a></li>' % (rel(ch, site.purl[k]), E(t)) for t, k in items)
    web.put(site.az_url(), site.wrap("Producten A-Z", az, ch))
    for s in site.used_sections():
        lst = [(t, k) for t, k in items if PROD[k][1] == s]
        web.put(site.section_url(s), site.wrap(SECTIONS[s], "<h1>%s</h1><ul>%s</ul>" % (E(SECTIONS[s]), "".join('<li><a href="%s">%s</a></li>' % (rel(site.section_url(s).split("/")[2], site.purl[k]), E(t)) for t, k in lst)), site.section_url(s).split("/")[2]))
    # homepage with top tasks (links straight to DigiD forms of popular products)
    tops = [k for k in ("verhuismelding", "paspoort", "afvalcontainer", "melding-openbare-ruimte", "hondenbelasting", "omgevingsvergunning") if site.kinds[k] not in ("NF", "N")]
    tt = "".join('<li><a href="%s">%s</a></li>' % (rel(h, site.purl[k]), E(site.titles[k])) for k in tops)
    news = ('<h2>Nieuws</h2><ul><li><a href="/nieuws/nieuwe-openingstijden">Nieuwe openingstijden gemeentehuis</a></li>'
            '<li><a href="/nieuws/subsidie-verenigingen">Verenigingen kunnen weer subsidie aanvragen</a></li></ul>')
    loket = '<p><a href="http://loket.waadhoeke.test/producten-a-z">Naar het digitale loket: alle producten</a></p>' if site.c["scheme"] == "loket" else ""
    web.put("http://%s/" % h, site.wrap("Home", '<h1>Welkom bij de gemeente %s</h1>%s<h2>Veelgezocht</h2><ul>%s</ul>%s' % (E(site.short), loket, tt, news), h))
    if site.c["scheme"] == "loket":
        web.put("http://loket.waadhoeke.test/", site.wrap("Digitaal loket", '<h1>Digitaal loket</h1><p><a href="/producten-a-z">Alle producten en diensten</a></p>', "loket.waadhoeke.test"))
    # news
    subk = "subsidie" if site.kinds["subsidie"] not in ("NF", "N") else None
    web.put("http://%s/nieuws/nieuwe-openingstijden" % h, site.wrap("Nieuwe openingstijden", "<h1>Nieuwe openingstijden gemeentehuis</h1><p>Vanaf 1 maart werken wij alleen op afspraak. Paspoort of rijbewijs aanvragen? Maak eerst een afspraak.</p>", h))
    web.put("http://%s/nieuws/subsidie-verenigingen" % h, site.wrap("Subsidie verenigingen", "<h1>Verenigingen kunnen weer subsidie aanvragen</h1><p>Tot 1 oktober kunnen verenigingen subsidie aanvragen voor volgend jaar.%s</p>" % (
        (' Lees meer op de pagina <a href="%s">%s</a>.' % (rel(h, site.purl[subk]), E(site.titles[subk]))) if subk else ""), h))
    # contact, privacy, sitemap, search, feedback, newsletter, chat
    web.put("http://%s/contact/" % h, site.wrap("Contact", '<h1>Contact</h1><p>Bel 14 0%03d of <a href="/contact/formulier">stel uw vraag online</a>.</p>' % (100 + site.idx * 7), h))
    web.put("http://%s/contact/formulier" % h, site.wrap("Contactformulier", '<h1>Stel uw vraag</h1><form method="post" action="/contact/verzonden"><label>Naam <input name="naam"></label>'
            '<label>E-mail <input type="email" name="email"></label><label>Uw vraag <textarea name="vraag"></textarea></label><button type="submit">Verzenden</button></form>', h))
    web.put("http://%s/contact/verzonden" % h, site.wrap("Verzonden", "<h1>Bedankt voor uw vraag</h1>", h))
    web.put("http://%s/privacy" % h, site.wrap("Privacy", "<h1>Privacyverklaring</h1><p>Wij gaan zorgvuldig om met uw gegevens.</p>", h))
    web.put("http://%s/zoeken" % h, site.wrap("Zoeken", "<h1>Zoeken</h1><p>Gebruik het zoekveld bovenaan of bekijk <a href=\"%s\">alle producten</a>.</p>" % rel(h, site.az_url()), h))
    web.put("http://%s/feedback" % h, site.wrap("Bedankt", "<h1>Bedankt voor uw reactie</h1>", h))
    web.put("http://%s/nieuwsbrief/aangemeld" % h, site.wrap("Nieuwsbrief", "<h1>U bent aangemeld voor de nieuwsbrief</h1>", h))
    web.put("http://%s/chat" % h, page("Chat", '<main><h1>Chat met de gemeente</h1><form method="post" action="/chat"><label>Uw bericht <input name="bericht"></label><button>Verstuur</button></form></main>', h))
    smap = [u for u in [site.purl[k] for _, k in items]]
    web.put("http://%s/sitemap" % h, site.wrap("Sitemap", "<h1>Sitemap</h1><ul><li><a href=\"%s\">Producten A-Z</a></li>%s</ul>" % (
        rel(h, site.az_url()), "".join('<li><a href="%s">%s</a></li>' % (rel(h, site.section_url(s)), E(SECTIONS[s])) for s in site.used_sections())), h))
    if site.idx % 2 == 0:
        xml = '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n%s</urlset>\n' % "".join(
            "<url><loc>%s</loc></url>\n" % E(u) for u in ["http://%s/" % h] + smap)
        web.put("http://%s/sitemap.xml" % h, xml)
        web.put("http://%s/robots.txt" % h, "User-agent: *\nDisallow: /zoeken\nSitemap: http://%s/sitemap.xml\n" % h)
    else:
        web.put("http://%s/robots.txt" % h, "User-agent: *\nDisallow:\n")
    web.put("http://%s/404.html" % h, site.wrap("Pagina niet gevonden", "<h1>Pagina niet gevonden</h1><p>Sorry, deze pagina bestaat niet (meer). Zoek via <a href=\"/\">de homepage</a>.</p>", h))


OPENFORMS_SDK = r"""/* simulated Open Forms SDK: renders the form from #of-config */
(function () {
  var root = document.getElementById('openforms-container');
  var cfgEl = document.getElementById('of-config');
  if (!root || !cfgEl) { return; }
  var cfg = JSON.parse(cfgEl.textContent);
  var h = document.createElement('h2'); h.textContent = cfg.title; root.appendChild(h);
  if (cfg.logins.length) {
    var p = document.createElement('p'); p.textContent = 'Log in om het formulier te starten.'; root.appendChild(p);
    if (cfg.prefillNotice) { var pn = document.createElement('p'); pn.textContent = cfg.prefillNotice; root.appendChild(pn); }
    cfg.logins.forEach(function (l) {
      var a = document.createElement('a'); a.href = l[1]; a.className = 'utrecht-button openforms-login-' + l[0];
      a.textContent = 'Inloggen met ' + (l[0] === 'digid' ? 'DigiD' : 'eHerkenning');
      root.appendChild(a);
    });
  }
  if (cfg.anonymous) {
    var f = document.createElement('form'); f.method = 'post'; f.action = '/bedankt';
    ['Naam', 'Adres', 'Postcode', 'E-mailadres', 'Toelichting'].forEach(function (n) {
      var l = document.createElement('label'); l.textContent = n + ' ';
      var i = document.createElement(n === 'Toelichting' ? 'textarea' : 'input'); i.name = n.toLowerCase(); l.appendChild(i); f.appendChild(l);
    });
    var b = document.createElement('button'); b.type = 'submit'; b.textContent = 'Volgende'; f.appendChild(b);
    root.appendChild(f);
  }
})();
"""


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "web")
    with open(os.path.join(HERE, "..", "..", "..", "config", "products.csv"), newline="", encoding="utf-8") as fh:
        prods = [(r["product_key"], r["name_nl"]) for r in csv.DictReader(fh) if "G" in r["org_types"]]
    for k, _ in prods:
        assert k in PROD and k in OPTS, k
    web = Web()
    shared_bodies(web)
    sites = []
    for i, cfg in enumerate(SITES):
        s = Site(web, cfg, i, prods)
        s.assign()
        build_site(web, s)
        sites.append(s)
    waste_pages(web)
    hosts = sorted({k.split("/")[0] for k in web.files})
    for hh in hosts:
        for css in ("site", "gf", "openforms", "eloket"):
            web.put("http://%s/css/%s.css" % (hh, css), CSS)
    keys = sorted(web.files)
    for kk in keys:
        parts = kk.split("/")
        for i in range(1, len(parts)):
            if "/".join(parts[:i]) in web.files:
                raise SystemExit("file/dir conflict: " + kk)
    # write
    if os.path.isdir(out):
        shutil.rmtree(out)
    os.makedirs(out)
    for key in sorted(web.files):
        p = os.path.join(out, "sites", *key.split("/"))
        os.makedirs(os.path.dirname(p), exist_ok=True)
        with open(p, "wb") as fh:
            fh.write(web.files[key])
    with open(os.path.join(out, "organisations.csv"), "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["code", "name", "org_type", "website", "inhabitants"])
        for s in sites:
            w.writerow([s.c["code"], s.c["name"], "gemeente", "http://%s/" % s.host, s.c["inh"]])
    with open(os.path.join(out, "labels.csv"), "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["org_code", "product_key", "level", "status", "product_url", "route_url", "level_strict", "via", "signals", "notes"])
        for s in sites:
            for k, _ in prods:
                kind = s.kinds[k]
                r = s.route[k]
                if kind == "NF":
                    w.writerow([s.c["code"], k, "", "not_found", "", "", "", "", "", "No page about this product on the site (a guessed URL gives the site's soft 404)."])
                elif kind == "N":
                    w.writerow([s.c["code"], k, "", "not_offered", s.purl[k], "", "", "", ";".join(r["signals"]),
                                "Page titled '%s' states the municipality does not offer/issue this." % s.titles[k]])
                else:
                    w.writerow([s.c["code"], k, r["level"], "ok", s.purl[k], r["route"], r["strict"], r["via"], ";".join(r["signals"]), r["notes"]])
    beh = {"redirects": sorted(web.redirects, key=lambda x: x["url"]),
           "host_redirects": [{"host": s.host[len("www."):], "status": 301, "to": s.host} for s in sites],
           "not_found_pages": [{"host": s.host, "file": "sites/%s/404.html" % s.host, "status": 200 if s.idx % 3 == 0 else 404} for s in sites]}
    with open(os.path.join(out, "testweb.json"), "w", encoding="utf-8") as fh:
        json.dump({"behaviours": beh}, fh, indent=1, sort_keys=True)
        fh.write("\n")
    print("wrote %d files into %s" % (len(web.files), out))


if __name__ == "__main__":
    main()
