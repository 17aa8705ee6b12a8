#!/usr/bin/env python3
"""Generate a labelled simulated web of nine Dutch municipal websites (web-dev38).

Usage: python3 gen.py OUTDIR

Standard library only, deterministic (no randomness): two runs give identical output.
All texts were written for this web; see README.md.
"""
import csv
import html
import io
import json
import os
import re
import sys
import zipfile
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))


def products_csv():
    cand = os.path.normpath(os.path.join(HERE, "..", "..", "..", "config", "products.csv"))
    if os.path.isfile(cand):
        return cand
    return "/work/main/config/products.csv"


def load_products():
    out = []
    with open(products_csv(), newline="", encoding="utf-8") as f:
        for r in csv.DictReader(f):
            if "G" in r["org_types"]:
                out.append(r)
    return out


# ----------------------------------------------------------------------------------------
# Organisations.  cms = family; base = host stem.
# ----------------------------------------------------------------------------------------
ORGS = [
    # code, name, base, cms, inhabitants
    ("GM1724", "Bergeijk", "bergeijk", "pdcloket", 19010),
    ("GM0642", "Zwijndrecht", "zwijndrecht", "iprox", 45060),
    ("GM1581", "Utrechtse Heuvelrug", "heuvelrug", "owc", 50480),
    ("GM0327", "Leusden", "leusden", "drupal", 30560),
    ("GM0907", "Gennep", "gennep", "flat", 17480),
    ("GM0889", "Beesel", "beesel", "catalogue", 13590),
    ("GM1706", "Cranendonck", "cranendonck", "productid", 20800),
    ("GM0388", "Enkhuizen", "enkhuizen", "azletter", 18880),
    ("GM0569", "Nieuwkoop", "nieuwkoop", "searchonly", 29150),
]
ORG_IDX = {o[0]: i for i, o in enumerate(ORGS)}

# Route tokens per product, one per organisation in ORGS order.
#  a appointment only (0)   c counter/phone (0)   l letter/e-mail (0)
#  p PDF form (33)          w Word form (33)
#  f online form, no login (67)   J JS-only online form, no login (67)
#  d DigiD form (100)   D DigiD form with pre-fill text (100, strict 100)
#  e eHerkenning form (100)   j JS-only form with DigiD login (100)
#  T tax office  S social service  W werk.nl  P parking portal  A waste company  O Omgevingsloket
#  n not offered   x not found
ROUTES = {
    "brp-uittreksel":              "d d j D d f d d p",
    "verhuismelding":              "d D j d d d d D d",
    "geboorteaangifte":            "a a j a c a a d a",
    "overlijdensaangifte":         "c a e a c c a c x",
    "huwelijksaangifte":           "d d j d a d p d d",
    "paspoort":                    "a a a a a a a a a",
    "identiteitskaart":            "a a a a c a a a a",
    "parkeervergunning":           "n P n f n n n P n",
    "gehandicaptenparkeerkaart":   "d p j f p d d p d",
    "gehandicaptenparkeerplaats":  "p p f f p p f p c",
    "hondenbelasting":             "T T n n T T d n d",
    "belastingkwijtschelding":     "T T T d T T p d d",
    "woz-bezwaar":                 "T T T d T T d d d",
    "bijstand":                    "W S W W c a W S d",
    "bijzondere-bijstand":         "p S j f p p d S d",
    "wmo-voorziening":             "f f J f c f f c f",
    "leerlingenvervoer":           "d d j d p p d p d",
    "grofvuil":                    "f A f f A A f A c",
    "afvalcontainer":              "f A f f A A c A f",
    "melding-openbare-ruimte":     "f f J f f f f f f",
    "omgevingsvergunning":         "O O O O O O O O O",
    "kapvergunning":               "O O j f x O f O O",
    "bouwdossier-inzage":          "f f J f f c f l f",
    "bezwaar":                     "d d j l d p d d l",
    "klacht":                      "f f J f f l f f f",
    "woo-verzoek":                 "f l J f l f f l f",
    "subsidie":                    "e e j e p f e p e",
    "evenementenvergunning":       "p f j e p p f f e",
    "exploitatievergunning-horeca": "p p j e p p p w e",
    "alcoholvergunning":           "p p j e p p p w e",
    "terrasvergunning":            "n f j e n p f w e",
    "standplaatsvergunning":       "p f J f p c p p f",
    "marktvergunning":             "c c c f n c l x n",
    "reclamebelasting":            "n c n c n n c c n",
    "geluidsontheffing":           "p f J f p p f p f",
    "winkeltijdenontheffing":      "l l n l l x l l n",
    "kansspelautomaatvergunning":  "p p j e p n p w e",
    "collectevergunning":          "f n J f n p x l f",
    "ligplaatsvergunning":         "n p n n p p n d d",
    "uitwegvergunning":            "O f j f O p f O f",
    "belastingaanslag-bezwaar":    "T T T d T T d D l",
    "betalingsregeling":           "T T T l T T l d f",
}
LEVEL = {"a": 0, "c": 0, "l": 0, "p": 33, "w": 33, "f": 67, "J": 67, "d": 100, "D": 100,
         "e": 100, "j": 100}

# Titles: (list of variants); org i takes variant i % len.  Colloquial, activity-based,
# questions, inverted catalogue style, compounds.
TITLES = {
    "brp-uittreksel": ["Uittreksel BRP", "Uittreksel uit de Basisregistratie Personen (BRP)",
                       "Uittreksel aanvragen", "Bewijs van inschrijving (uittreksel BRP)",
                       "Uittreksel GBA / BRP", "Gegevens uit de BRP opvragen",
                       "BRP-uittreksel, aanvragen", "Uittreksels", "Ik heb een uittreksel nodig"],
    "verhuismelding": ["Verhuizing doorgeven", "Verhuizen binnen de gemeente of naar ons toe",
                       "Ik ga verhuizen", "Verhuizing", "Verhuizen", "Adreswijziging doorgeven",
                       "Verhuizing, doorgeven", "Verhuizen naar Enkhuizen", "Nieuw adres? Geef het door"],
    "geboorteaangifte": ["Geboorte", "Geboorteaangifte", "Aangifte geboorte", "Geboorte doorgeven",
                         "Er is een baby geboren", "Geboorte aangeven", "Geboorte, aangifte doen",
                         "Aangifte doen van een geboorte", "Geboorte"],
    "overlijdensaangifte": ["Overlijden", "Aangifte van overlijden", "Overlijden doorgeven",
                            "Overlijden aangeven", "Iemand is overleden", "Overlijden, aangifte",
                            "Aangifte doen van overlijden", "Overlijden melden", "Overlijden"],
    "huwelijksaangifte": ["Trouwen en geregistreerd partnerschap", "Melding voorgenomen huwelijk",
                          "Ik ga trouwen", "Trouwen of partnerschap registreren", "Ondertrouw",
                          "Trouwen", "Huwelijk of partnerschap, melding voorgenomen",
                          "Trouwen of samenwonen?", "Melding huwelijk/partnerschap"],
    "paspoort": ["Paspoort", "Paspoort aanvragen", "Reisdocumenten: paspoort", "paspoort",
                 "Paspoort en identiteitskaart", "Paspoort", "Paspoort, aanvragen",
                 "Ik wil op reis: paspoort", "Paspoort"],
    "identiteitskaart": ["Identiteitskaart", "ID-kaart aanvragen", "Identiteitskaart (ID-kaart)",
                         "identiteitskaart", "Paspoort en identiteitskaart",
                         "Nederlandse identiteitskaart", "Identiteitskaart, aanvragen",
                         "ID-kaart", "Identiteitskaart"],
    "parkeervergunning": ["Parkeren", "Parkeervergunning voor bewoners", "Parkeren in de gemeente",
                          "Ontheffing blauwe zone", "Parkeren", "Parkeren", "Parkeren",
                          "Parkeervergunning binnenstad", "Parkeren"],
    "gehandicaptenparkeerkaart": ["Gehandicaptenparkeerkaart", "Gehandicaptenparkeerkaart aanvragen",
                                  "Parkeren met een beperking (GPK)", "Parkeren met een beperking",
                                  "Gehandicaptenparkeerkaart", "Invalidenparkeerkaart",
                                  "Gehandicaptenparkeervoorzieningen", "GPK aanvragen",
                                  "Gehandicaptenparkeerkaart (GPK)"],
    "gehandicaptenparkeerplaats": ["Gehandicaptenparkeerplaats", "Gehandicaptenparkeerplaats op kenteken",
                                   "Invalidenparkeerplaats bij uw huis", "Parkeren met een beperking",
                                   "Gehandicaptenparkeerplaats aanvragen", "Parkeerplaats voor gehandicapten",
                                   "Gehandicaptenparkeervoorzieningen", "Gehandicaptenparkeerplaats",
                                   "Eigen parkeerplek bij huis (gehandicapten)"],
    "hondenbelasting": ["Hondenbelasting", "Hondenbelasting", "Honden", "Hond aan- of afmelden",
                        "Hondenbelasting", "Hondenbelasting", "Hond aan- of afmelden",
                        "Honden in Enkhuizen", "Hond aanmelden of afmelden"],
    "belastingkwijtschelding": ["Kwijtschelding gemeentelijke belastingen", "Kwijtschelding",
                                "Kan ik mijn belastingen niet betalen?", "Kwijtschelding belastingen",
                                "Kwijtschelding", "Kwijtschelding aanvragen", "Belastingen, kwijtschelding",
                                "Kwijtschelding van belastingen", "Ik kan de aanslag niet betalen"],
    "woz-bezwaar": ["WOZ-waarde", "WOZ-beschikking, bezwaar", "Het niet eens met uw WOZ-waarde?",
                    "Bezwaar maken WOZ", "WOZ", "WOZ-waarde", "WOZ-waarde, bezwaar maken",
                    "WOZ-waarde en bezwaar", "Bezwaar tegen de WOZ-waarde"],
    "bijstand": ["Bijstandsuitkering", "Uitkering", "Geen inkomen", "Bijstand aanvragen",
                 "Bijstand", "Uitkering aanvragen", "Bijstandsuitkering (Participatiewet)",
                 "Uitkering levensonderhoud", "Ik heb geen werk en geen inkomen"],
    "bijzondere-bijstand": ["Bijzondere bijstand", "Bijzondere kosten", "Extra kosten die u niet kunt betalen",
                            "Bijzondere bijstand", "Bijzondere bijstand", "Hulp bij onverwachte kosten",
                            "Bijzondere bijstand, aanvragen", "Bijzondere bijstand",
                            "Onverwachte kosten? Bijzondere bijstand"],
    "wmo-voorziening": ["Hulp bij het huishouden", "Wmo-voorzieningen", "Ondersteuning thuis (Wmo)",
                        "Wmo: hulp en ondersteuning", "Zorg en ondersteuning", "Hulp vanuit de Wmo",
                        "Wmo-melding", "Hulp bij wonen en gezondheid", "Ik heb hulp nodig in en om het huis"],
    "leerlingenvervoer": ["Leerlingenvervoer", "Leerlingenvervoer", "Vervoer naar school",
                          "Leerlingenvervoer aanvragen", "leerlingenvervoer", "Leerlingenvervoer",
                          "Leerlingenvervoer", "Schoolvervoer", "Leerlingenvervoer"],
    "grofvuil": ["Grofvuil", "Grof huishoudelijk afval", "Grofvuil laten ophalen", "Grofvuil ophalen",
                 "Grofvuil", "Grof afval", "Grofvuil", "Grofvuil", "Grofvuil wegbrengen of laten ophalen"],
    "afvalcontainer": ["Minicontainers", "Containers", "Afvalcontainer kapot of kwijt",
                       "Container aanvragen, ruilen of inleveren", "Container", "Minicontainer",
                       "Afval, minicontainers", "Afvalbakken", "Extra of grotere container"],
    "melding-openbare-ruimte": ["Melding openbare ruimte", "Melding doen", "Iets melden in de openbare ruimte",
                                "Melding maken", "Meldingen", "Melding buitenruimte",
                                "Melding Openbare Ruimte", "Meldpunt openbare ruimte",
                                "Kapotte lantaarnpaal of losse stoeptegel?"],
    "omgevingsvergunning": ["Omgevingsvergunning", "Omgevingsvergunning", "Bouwen en verbouwen",
                            "Vergunning voor bouwen", "Omgevingsvergunning", "Omgevingsvergunning",
                            "Omgevingsvergunning", "Omgevingsvergunning aanvragen", "Gaat u (ver)bouwen?"],
    "kapvergunning": ["Bomen kappen", "Kapvergunning", "Boom kappen", "Kapvergunning aanvragen",
                      "Kapvergunning", "Bomen", "Kapvergunning", "Boom kappen",
                      "Boom kappen, vergunning"],
    "bouwdossier-inzage": ["Bouwtekeningen opvragen", "Bouwdossier inzien", "Bouwtekening van uw huis",
                           "Bouwdossier opvragen", "Bouwtekeningen opvragen", "Bouwtekening",
                           "Bouwtekeningen opvragen of inzien", "Inzage bouwdossier",
                           "Bouwarchief"],
    "bezwaar": ["Bezwaar maken", "Bezwaar en beroep", "Niet eens met een besluit?", "Bezwaar maken",
                "Bezwaarschrift indienen", "Bezwaar", "Bezwaar maken tegen een besluit",
                "Bezwaar maken", "Bezwaar maken"],
    "klacht": ["Klacht indienen", "Klachten", "Niet tevreden?", "Klacht over de gemeente",
               "Klacht indienen", "Klachtenregeling", "Klacht tegen ambtelijk handelen",
               "Klacht", "Ontevreden? Dien een klacht in"],
    "woo-verzoek": ["Woo-verzoek", "Informatieverzoek (Woo)", "Informatie opvragen (Woo)",
                    "Woo-verzoek indienen", "Wet open overheid (Woo)", "Woo-verzoek",
                    "Woo-verzoek indienen", "Informatieverzoek indienen", "Wob/Woo-verzoek"],
    "subsidie": ["Subsidies", "Subsidie aanvragen", "Subsidie voor uw vereniging of activiteit",
                 "Subsidie aanvragen", "Subsidies", "Subsidie", "Subsidie aanvragen",
                 "Subsidies voor organisaties", "Subsidie aanvragen"],
    "evenementenvergunning": ["Evenement organiseren", "Evenementenvergunning",
                              "Evenement organiseren", "Evenementenvergunning", "Evenementen",
                              "Evenement", "Evenementenvergunning", "Evenement organiseren",
                              "Evenementenvergunning"],
    "exploitatievergunning-horeca": ["Horecabedrijf: exploitatie- en alcoholvergunning", "Horeca-exploitatievergunning",
                                     "Horecazaak beginnen", "Exploitatievergunning horeca",
                                     "Horecavergunning", "Horeca, exploitatievergunning",
                                     "Exploitatievergunning", "Horeca: exploitatie- en alcoholvergunning",
                                     "Exploitatievergunning horeca"],
    "alcoholvergunning": ["Horecabedrijf: exploitatie- en alcoholvergunning", "Alcoholvergunning",
                          "Drank schenken", "Alcoholvergunning", "Drank- en Horecawetvergunning",
                          "Alcoholwetvergunning", "Alcoholvergunning", "Horeca: exploitatie- en alcoholvergunning",
                          "Alcohol verkopen of schenken"],
    "terrasvergunning": ["Terras", "Terrasvergunning", "Terras bij uw zaak", "Terrasvergunning",
                         "Terrassen", "Terrasvergunning", "Terrasvergunning", "Terrasvergunning",
                         "Terras plaatsen"],
    "standplaatsvergunning": ["Standplaats", "Standplaatsvergunning", "Standplaats innemen",
                              "Standplaatsvergunning", "Standplaats, aanvraag", "Standplaats",
                              "Standplaats, aanvraag", "Standplaatsvergunning", "Standplaats innemen"],
    "marktvergunning": ["Weekmarkt", "Marktplaats op de weekmarkt", "Weekmarkten",
                        "Marktvergunning", "Markt", "Standplaats op de weekmarkt", "Markt, standplaats",
                        "Weekmarkt Enkhuizen", "Weekmarkt"],
    "reclamebelasting": ["Reclame", "Reclamebelasting", "Reclame maken", "Reclamebelasting",
                         "Reclame plaatsen", "Reclame", "Reclamebelasting", "Reclamebelasting",
                         "Reclame en uithangborden"],
    "geluidsontheffing": ["Geluidsontheffing", "Ontheffing geluid", "Feest of festiviteit met muziek",
                          "Geluidsontheffing", "Geluidhinder, ontheffing", "Ontheffing geluidhinder",
                          "Geluidsvoorschriften, ontheffing", "Geluid, ontheffing", "Ontheffing geluid"],
    "winkeltijdenontheffing": ["Koopzondagen", "Winkeltijden, ontheffing", "Winkeltijden",
                               "Winkeltijdenontheffing", "Winkeltijden ontheffing", "Koopavond en koopzondag",
                               "Koopzondagen en winkeltijden, ontheffing", "Winkeltijden",
                               "Winkels op zondag"],
    "kansspelautomaatvergunning": ["Speelautomaten", "Aanwezigheidsvergunning speelautomaten",
                                   "Gokautomaten in uw café", "Kansspelautomaten",
                                   "Speelautomaat plaatsen", "Speelautomaten in de horeca",
                                   "Kansspelautomaten, aanwezigheidsvergunning", "Speelautomaten",
                                   "Aanwezigheidsvergunning kansspelautomaat"],
    "collectevergunning": ["Collecteren", "Collecteren", "Geld inzamelen voor een goed doel",
                           "Collectevergunning", "Collecteren", "Collectevergunning",
                           "Collecteren", "Inzameling van geld of goederen", "Collectevergunning"],
    "ligplaatsvergunning": ["Wonen op het water", "Ligplaatsvergunning", "Wonen op het water",
                            "Woonboot", "Ligplaats voor uw boot", "Ligplaatsvergunning",
                            "Ligplaats", "Ligplaats in de haven", "Ligplaatsvergunning"],
    "belastingaanslag-bezwaar": ["Bezwaar tegen uw aanslag", "Bezwaar gemeentelijke belastingen",
                                 "Niet eens met uw aanslag?", "Bezwaar maken tegen de aanslag",
                                 "Aanslag gemeentelijke belastingen, bezwaar", "Bezwaar aanslag",
                                 "Belastingaanslag, bezwaar maken", "Bezwaar tegen een belastingaanslag",
                                 "Bezwaar maken tegen uw belastingaanslag"],
    "betalingsregeling": ["Betalingsregeling", "Betalen in termijnen", "Betalingsregeling belastingen",
                          "Gespreid betalen", "Betalingsregeling", "Betalingsregeling aanvragen",
                          "Belastingen, betalingsregeling", "Betalingsregeling belastingen",
                          "Kan ik in delen betalen?"],
    "uitwegvergunning": ["Inrit of uitrit aanleggen", "Uitweg aanleggen", "Uitrit of inrit",
                         "Inrit aanleggen", "Inrit of uitrit", "Uitritvergunning",
                         "Inrit/uitrit aanleggen", "In- of uitrit aanleggen", "Uitweg (inrit) aanleggen"],
}

# what the product is (one or two sentences)
WHAT = {
    "brp-uittreksel": "Een uittreksel is een bewijs van de gegevens die over u in de Basisregistratie Personen (BRP) staan. U heeft het soms nodig voor een werkgever, een woningcorporatie of een visum.",
    "verhuismelding": "Verhuist u? Geef uw nieuwe adres door binnen 5 dagen na de verhuizing. Dat kan al 4 weken vóór de verhuisdatum.",
    "geboorteaangifte": "Is uw kind geboren? Dan moet u binnen 3 dagen aangifte doen. Daarna ontvangt u een geboorteakte.",
    "overlijdensaangifte": "Als iemand overlijdt, moet het overlijden binnen 6 dagen worden aangegeven. Meestal regelt de uitvaartverzorger dit voor u.",
    "huwelijksaangifte": "Wilt u trouwen of een geregistreerd partnerschap aangaan? Meld dit uiterlijk 2 weken (en hoogstens 1 jaar) vóór de datum. Vroeger heette dit ondertrouw.",
    "paspoort": "Een paspoort is 10 jaar geldig (voor kinderen onder 18 jaar 5 jaar). U vraagt het persoonlijk aan; wij nemen een vingerafdruk af.",
    "identiteitskaart": "Met een Nederlandse identiteitskaart kunt u zich legitimeren en reizen binnen Europa. U vraagt hem persoonlijk aan.",
    "parkeervergunning": "Met een parkeervergunning mag u in uw eigen wijk parkeren zonder te betalen of zonder rekening te houden met de blauwe zone.",
    "gehandicaptenparkeerkaart": "Met een gehandicaptenparkeerkaart (GPK) mag u parkeren op algemene gehandicaptenparkeerplaatsen als u slecht ter been bent.",
    "gehandicaptenparkeerplaats": "Heeft u een gehandicaptenparkeerkaart en geen eigen parkeerplek? Dan kunt u een parkeerplaats op kenteken bij uw woning krijgen.",
    "hondenbelasting": "Heeft u een hond? Dan betaalt u hondenbelasting. U moet uw hond aanmelden als u hem krijgt en afmelden als u hem niet meer heeft.",
    "belastingkwijtschelding": "Heeft u een laag inkomen en weinig vermogen? Dan kunt u kwijtschelding vragen voor de afvalstoffenheffing en rioolheffing.",
    "woz-bezwaar": "Ieder jaar krijgt u een WOZ-beschikking met de waarde van uw woning. Bent u het niet eens met de waarde? Dan kunt u binnen 6 weken bezwaar maken.",
    "bijstand": "Heeft u niet genoeg geld om van te leven en geen recht op een andere uitkering? Dan kunt u misschien een bijstandsuitkering krijgen.",
    "bijzondere-bijstand": "Heeft u onverwachte, noodzakelijke kosten die u niet zelf kunt betalen, zoals een nieuwe wasmachine of een eigen bijdrage? Dan kunt u bijzondere bijstand aanvragen.",
    "wmo-voorziening": "Lukt het niet meer om zelfstandig het huishouden te doen, u te verplaatsen of mee te doen? Dan kunt u ondersteuning krijgen vanuit de Wet maatschappelijke ondersteuning (Wmo).",
    "leerlingenvervoer": "Kan uw kind niet zelfstandig naar school door een beperking of een grote afstand? Dan kunt u een vergoeding voor leerlingenvervoer aanvragen.",
    "grofvuil": "Grof huishoudelijk afval, zoals meubels, matrassen en tapijt, past niet in de container. U kunt het laten ophalen of zelf wegbrengen.",
    "afvalcontainer": "Is uw container kapot, gestolen of wilt u een extra of grotere container? Dan kunt u dat aanvragen.",
    "melding-openbare-ruimte": "Ziet u een losse stoeptegel, een kapotte lantaarnpaal of zwerfafval? Meld het ons, dan lossen wij het op.",
    "omgevingsvergunning": "Voor bouwen, verbouwen, slopen of het gebruik van een pand heeft u soms een omgevingsvergunning nodig. Sinds 1 januari 2024 geldt de Omgevingswet.",
    "kapvergunning": "Wilt u een boom kappen? Voor sommige bomen heeft u een vergunning nodig, bijvoorbeeld als de stam dikker is dan 20 centimeter.",
    "bouwdossier-inzage": "Wilt u de bouwtekening van uw huis bekijken of een kopie hebben? U kunt het bouwdossier opvragen uit ons archief.",
    "bezwaar": "Bent u het niet eens met een besluit van de gemeente? Dan kunt u binnen 6 weken bezwaar maken.",
    "klacht": "Bent u niet tevreden over hoe een medewerker van de gemeente u heeft behandeld? Dan kunt u een klacht indienen.",
    "woo-verzoek": "Op grond van de Wet open overheid (Woo, voorheen Wob) kunt u de gemeente vragen om informatie openbaar te maken.",
    "subsidie": "Organiseert u een activiteit voor inwoners of is uw vereniging actief in de gemeente? Dan kunt u misschien subsidie krijgen.",
    "evenementenvergunning": "Organiseert u een evenement, zoals een braderie, concert of sportwedstrijd? Dan heeft u meestal een evenementenvergunning nodig.",
    "exploitatievergunning-horeca": "Wilt u een café, restaurant of snackbar beginnen? Dan heeft u een exploitatievergunning nodig.",
    "alcoholvergunning": "Schenkt of verkoopt u alcoholhoudende drank in uw horecazaak of slijterij? Dan heeft u een alcoholvergunning nodig (Alcoholwet, voorheen Drank- en Horecawet).",
    "terrasvergunning": "Wilt u bij uw horecazaak een terras plaatsen op de stoep of het plein? Daarvoor heeft u toestemming nodig.",
    "standplaatsvergunning": "Wilt u buiten de markt met een kraam of verkoopwagen op een vaste plek staan? Dan heeft u een standplaatsvergunning nodig.",
    "marktvergunning": "Wilt u met een kraam op de weekmarkt staan? Dan heeft u een marktvergunning (vaste plaats) of een dagplaats nodig.",
    "reclamebelasting": "Heeft u een reclamebord, lichtbak of uithangbord aan de gevel dat vanaf de openbare weg te zien is?",
    "geluidsontheffing": "Geeft u een feest of organiseert u iets met versterkte muziek? Soms heeft u een ontheffing nodig voor meer geluid.",
    "winkeltijdenontheffing": "Wilt u uw winkel openen op zondag, een feestdag of 's avonds na 22.00 uur? Soms heeft u daarvoor een ontheffing nodig.",
    "kansspelautomaatvergunning": "Wilt u een speelautomaat (kansspelautomaat) in uw café of hal plaatsen? Dan heeft u een aanwezigheidsvergunning nodig.",
    "collectevergunning": "Wilt u geld of goederen inzamelen voor een goed doel, bijvoorbeeld huis-aan-huis of op straat?",
    "ligplaatsvergunning": "Wilt u een woonboot of een ander vaartuig in het water van de gemeente laten liggen? Dan heeft u een ligplaatsvergunning nodig.",
    "belastingaanslag-bezwaar": "Bent u het niet eens met de aanslag gemeentelijke belastingen, bijvoorbeeld de afvalstoffenheffing of rioolheffing? Dan kunt u binnen 6 weken na de dagtekening bezwaar maken.",
    "betalingsregeling": "Kunt u de aanslag gemeentelijke belastingen niet in een keer betalen? Dan kunt u een betalingsregeling aanvragen of in termijnen betalen met automatische incasso.",
    "uitwegvergunning": "Wilt u een inrit (uitweg) naar uw perceel aanleggen of veranderen? Dan heeft u toestemming nodig.",
}

ENGLISH = {  # (org code, product) -> English title
    ("GM0327", "verhuismelding"): "Moving to or within Leusden",
    ("GM0327", "huwelijksaangifte"): "Getting married in Leusden",
    ("GM0327", "paspoort"): "Passport and ID card",
    ("GM0327", "parkeervergunning"): "Parking permit for the blue zone",
    ("GM0388", "verhuismelding"): "Registering your new address",
    ("GM0388", "parkeervergunning"): "Parking in the historic centre",
    ("GM0388", "ligplaatsvergunning"): "Mooring in Enkhuizen",
    ("GM0388", "brp-uittreksel"): "Extract from the Personal Records Database",
}

# Pages that cover two products (org -> (a, b)).
COMBINED = {
    "GM1724": [("exploitatievergunning-horeca", "alcoholvergunning")],
    "GM0388": [("exploitatievergunning-horeca", "alcoholvergunning")],
    "GM1706": [("gehandicaptenparkeerkaart", "gehandicaptenparkeerplaats")],
    "GM0327": [("gehandicaptenparkeerkaart", "gehandicaptenparkeerplaats")],
    "GM0907": [("paspoort", "identiteitskaart")],
}

COMBINED_TITLE = {("exploitatievergunning-horeca", "alcoholvergunning"): "Horecabedrijf: exploitatie- en alcoholvergunning",
                  ("gehandicaptenparkeerkaart", "gehandicaptenparkeerplaats"): "Gehandicaptenparkeerkaart en gehandicaptenparkeerplaats",
                  ("paspoort", "identiteitskaart"): "Paspoort en identiteitskaart"}

# "Not offered" statements: (org, product) -> sentence.  Titles may be unexpected.
NOT_OFFERED = {
    ("GM1724", "parkeervergunning"): "In Bergeijk is parkeren overal gratis. Er zijn geen vergunninggebieden, dus u hoeft (en kunt) geen parkeervergunning aan te vragen.",
    ("GM1724", "reclamebelasting"): "Gemeente Bergeijk heft geen reclamebelasting. Wel heeft u voor grote borden of lichtreclame soms een omgevingsvergunning nodig.",
    ("GM1724", "terrasvergunning"): "Voor een terras bij uw horecazaak heeft u in Bergeijk geen vergunning nodig. Een terras is vergunningvrij zolang u zich aan de algemene regels houdt.",
    ("GM1724", "ligplaatsvergunning"): "Bergeijk heeft geen vaarwater waar boten of woonboten mogen afmeren. Wij geven daarom geen ligplaatsvergunningen af.",
    ("GM0642", "collectevergunning"): "Sinds 2022 hoeft u in Zwijndrecht geen collectevergunning meer aan te vragen. Instellingen met een CBF-erkenning collecteren volgens het landelijke collecterooster; andere inzamelingen zijn niet toegestaan.",
    ("GM1581", "parkeervergunning"): "Utrechtse Heuvelrug kent geen betaald parkeren en geen vergunninghoudersplaatsen. Een parkeervergunning wordt daarom niet uitgegeven.",
    ("GM1581", "hondenbelasting"): "Per 1 januari 2023 is de hondenbelasting afgeschaft. U hoeft uw hond niet meer aan of af te melden.",
    ("GM1581", "reclamebelasting"): "De gemeente heft geen reclamebelasting.",
    ("GM1581", "winkeltijdenontheffing"): "De gemeenteraad heeft de winkeltijden vrijgegeven: winkels mogen op zondag en feestdagen open zonder ontheffing. Een ontheffing aanvragen is dus niet nodig en ook niet mogelijk.",
    ("GM1581", "ligplaatsvergunning"): "Binnen onze gemeente zijn geen ligplaatsen voor woonboten of andere vaartuigen. Een ligplaatsvergunning kunt u bij ons niet krijgen.",
    ("GM0327", "hondenbelasting"): "Leusden heeft de hondenbelasting afgeschaft. Sinds 2021 betaalt u geen hondenbelasting meer en hoeft u uw hond niet meer aan te melden.",
    ("GM0327", "ligplaatsvergunning"): "Er is in Leusden geen openbaar water met ligplaatsen. Wij verlenen geen ligplaatsvergunningen.",
    ("GM0907", "parkeervergunning"): "In Gennep betaalt u niet voor parkeren en zijn geen vergunningplaatsen. Een parkeervergunning bestaat bij ons niet.",
    ("GM0907", "reclamebelasting"): "Wij heffen geen reclamebelasting.",
    ("GM0907", "terrasvergunning"): "Een aparte terrasvergunning is in Gennep niet meer nodig. Het terras is onderdeel van uw exploitatievergunning.",
    ("GM0907", "marktvergunning"): "De weekmarkt in Gennep wordt georganiseerd door de Centrale Vereniging voor de Ambulante Handel (CVAH). De gemeente geeft zelf geen marktvergunningen uit; neem contact op met de marktmeester van de CVAH.",
    ("GM0907", "collectevergunning"): "Voor collecteren heeft u in Gennep geen vergunning van de gemeente nodig. De gemeente verleent daarom ook geen collectevergunningen.",
    ("GM0889", "parkeervergunning"): "In de gemeente Beesel is parkeren gratis. Er worden geen parkeervergunningen verstrekt.",
    ("GM0889", "reclamebelasting"): "Beesel kent geen reclamebelasting of precariobelasting.",
    ("GM0889", "kansspelautomaatvergunning"): "In Beesel zijn kansspelautomaten in horecabedrijven niet toegestaan (artikel 2:39 APV). Een aanwezigheidsvergunning wordt daarom niet verleend.",
    ("GM1706", "parkeervergunning"): "Cranendonck heeft geen betaald parkeren. U heeft dus geen parkeervergunning nodig.",
    ("GM1706", "ligplaatsvergunning"): "Het kanaal in Cranendonck is in beheer van Rijkswaterstaat. De gemeente geeft geen ligplaatsvergunningen af.",
    ("GM0388", "hondenbelasting"): "Goed nieuws voor hondenbezitters: Enkhuizen heft sinds 2020 geen hondenbelasting meer.",
    ("GM0569", "parkeervergunning"): "De gemeente Nieuwkoop heeft geen parkeervergunningen. Parkeren is in alle kernen gratis.",
    ("GM0569", "marktvergunning"): "Nieuwkoop heeft geen gemeentelijke weekmarkt meer. Wilt u met een kraam staan? Kijk dan bij Standplaats innemen.",
    ("GM0569", "reclamebelasting"): "Nieuwkoop heft geen reclamebelasting.",
    ("GM0569", "winkeltijdenontheffing"): "Winkels in Nieuwkoop mogen op zondag open. Daarvoor is geen ontheffing nodig; de gemeente geeft ook geen ontheffingen winkeltijden meer af.",
}

# Product-specific traps: product -> list of trap kinds; org takes items (i, i+1) mod len.
PTRAPS = {
    "brp-uittreksel": ["sibling_form:Naamgebruik wijzigen", "payment", "status_tracker"],
    "verhuismelding": ["sibling_form:Emigratie doorgeven (verhuizen naar het buitenland)", "paper_form_order", "news_item"],
    "geboorteaangifte": ["appointment_digid", "sibling_form:Erkenning ongeboren vrucht: afspraak aanvragen", "not_possible_text"],
    "overlijdensaangifte": ["sibling_pdf:Verzoek om verlof tot begraven of cremeren", "not_possible_text", "callback_form"],
    "huwelijksaangifte": ["sibling_form:Trouwlocatie reserveren", "sibling_form:Eendagsbabs aanvragen", "tariff_pdf"],
    "paspoort": ["sibling_pdf:Toestemmingsformulier reisdocument minderjarige", "appointment_digid", "status_tracker"],
    "identiteitskaart": ["sibling_pdf:Toestemming ID-kaart minderjarige", "appointment_digid", "not_possible_text"],
    "parkeervergunning": ["sibling_form:Parkeerschijf bestellen", "tariff_pdf", "payment"],
    "gehandicaptenparkeerkaart": ["sibling_pdf:Medische vragenlijst", "status_tracker", "tariff_pdf"],
    "gehandicaptenparkeerplaats": ["sibling_form:Melding foutparkeerder", "regulation_pdf"],
    "hondenbelasting": ["tariff_pdf", "exemption_text", "sibling_prod:belastingaanslag-bezwaar"],
    "belastingkwijtschelding": ["sibling_prod:betalingsregeling", "tariff_pdf", "sibling_prod:belastingaanslag-bezwaar"],
    "woz-bezwaar": ["wozwaardeloket", "sibling_form:Taxatieverslag opvragen", "payment"],
    "bijstand": ["sibling_form:Inkomsten doorgeven (voor klanten)", "callback_form", "regulation_pdf"],
    "bijzondere-bijstand": ["sibling_form:Meedoenregeling aanvragen", "regulation_pdf", "callback_form"],
    "wmo-voorziening": ["sibling_form:Mantelzorgwaardering aanvragen", "callback_form", "regulation_pdf"],
    "leerlingenvervoer": ["regulation_pdf", "contact_form", "sibling_form:Klacht over de vervoerder"],
    "grofvuil": ["app_download", "payment", "sibling_form:Afvalpas aanvragen"],
    "afvalcontainer": ["app_download", "sibling_prod:grofvuil", "tariff_pdf"],
    "melding-openbare-ruimte": ["app_download", "status_tracker", "sibling_form:Overlast van buren melden"],
    "omgevingsvergunning": ["vergunningcheck", "regulation_pdf", "sibling_form:Principeverzoek (vooroverleg) indienen"],
    "kapvergunning": ["sibling_form:Melding gevaarlijke boom", "regulation_pdf", "vergunningcheck"],
    "bouwdossier-inzage": ["sibling_prod:omgevingsvergunning", "payment", "tariff_pdf"],
    "bezwaar": ["regulation_pdf", "sibling_prod:woz-bezwaar", "mailto"],
    "klacht": ["contact_form", "sibling_prod:melding-openbare-ruimte", "regulation_pdf"],
    "woo-verzoek": ["mailto", "contact_form", "sibling_form:Inzage in uw eigen gegevens (AVG)"],
    "subsidie": ["sibling_form:Subsidie verantwoorden", "regulation_pdf", "sibling_form:Vrijwilliger van het jaar nomineren"],
    "evenementenvergunning": ["sibling_form:Melding klein evenement", "regulation_pdf", "sibling_form:Incidentele festiviteit melden"],
    "exploitatievergunning-horeca": ["sibling_form:Bibob-vragenlijst opvragen", "tariff_pdf"],
    "alcoholvergunning": ["sibling_form:Ontheffing artikel 35 (tijdelijk schenken)", "sibling_pdf:Wijzigingsformulier leidinggevenden"],
    "terrasvergunning": ["tariff_pdf", "not_offered_other", "regulation_pdf"],
    "standplaatsvergunning": ["sibling_prod:marktvergunning", "regulation_pdf"],
    "marktvergunning": ["sibling_prod:standplaatsvergunning", "regulation_pdf"],
    "reclamebelasting": ["tariff_pdf", "vergunningcheck", "sibling_prod:belastingaanslag-bezwaar"],
    "geluidsontheffing": ["sibling_form:Geluidsoverlast melden", "sibling_form:Incidentele festiviteit melden", "regulation_pdf"],
    "winkeltijdenontheffing": ["regulation_pdf", "contact_form"],
    "kansspelautomaatvergunning": ["sibling_pdf:Melding kansspelautomaat (speelautomatenhal)", "regulation_pdf"],
    "collectevergunning": ["sibling_form:Melding straatactie", "regulation_pdf"],
    "ligplaatsvergunning": ["tariff_pdf", "payment", "sibling_form:Passantenhaven reserveren"],
    "belastingaanslag-bezwaar": ["sibling_prod:woz-bezwaar", "sibling_prod:betalingsregeling", "tariff_pdf"],
    "betalingsregeling": ["sibling_form:Machtiging automatische incasso", "payment", "sibling_prod:belastingkwijtschelding"],
    "uitwegvergunning": ["vergunningcheck", "sibling_prod:melding-openbare-ruimte"],
}

DESC_SIG = {"a": "appointment_online", "c": "counter", "l": "letter", "p": "pdf", "w": "docx",
            "f": "online_form", "J": "online_form;js_only", "d": "online_form;digid",
            "D": "online_form;digid;prefill_text", "e": "online_form;eherkenning",
            "j": "online_form;digid;js_only"}


def esc(s):
    return html.escape(s, quote=True)


def slugify(s):
    s = s.lower()
    rep = {"é": "e", "ë": "e", "ï": "i", "ü": "u", "ö": "o", "'": "", "’": "", "?": "", "(": "",
           ")": "", ":": "", ",": "", "/": "-", ".": "", "&": "en"}
    for a, b in rep.items():
        s = s.replace(a, b)
    out = []
    for ch in s:
        out.append(ch if ch.isalnum() else "-")
    s = "".join(out)
    while "--" in s:
        s = s.replace("--", "-")
    return s.strip("-")


def stable_id(*parts):
    return 10000 + zlib.crc32("|".join(parts).encode()) % 89999


# ----------------------------------------------------------------------------------------
# Minimal genuine documents
# ----------------------------------------------------------------------------------------
def make_pdf(title, lines, form=False):
    text_lines = [title] + lines
    content = ["BT /F1 16 Tf 50 790 Td (%s) Tj ET" % _pdfs(title)]
    y = 760
    for ln in lines:
        content.append("BT /F1 10 Tf 50 %d Td (%s) Tj ET" % (y, _pdfs(ln)))
        y -= 16
    if form:
        for i in range(4):
            content.append("50 %d m 545 %d l S" % (y - 20 - i * 30, y - 20 - i * 30))
    stream = "\n".join(content).encode("latin-1", "replace")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        ("<< /Title (%s) /Producer (web-dev38) >>" % _pdfs(title)).encode("latin-1", "replace"),
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(out.tell())
        out.write(b"%d 0 obj\n" % i + o + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1))
    for off in offs:
        out.write(b"%010d 00000 n \n" % off)
    out.write(b"trailer\n<< /Size %d /Root 1 0 R /Info 6 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref))
    del text_lines
    return out.getvalue()


def _pdfs(s):
    return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def make_docx(title, lines):
    body = "".join("<w:p><w:r><w:t>%s</w:t></w:r></w:p>" % esc(x) for x in [title] + lines)
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
           "<w:body>%s</w:body></w:document>" % body)
    ct = ('<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>')
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in (("[Content_Types].xml", ct), ("_rels/.rels", rels), ("word/document.xml", doc)):
            zi = zipfile.ZipInfo(name, date_time=(2026, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
    return buf.getvalue()


# ----------------------------------------------------------------------------------------
# The web writer
# ----------------------------------------------------------------------------------------
class Web:
    def __init__(self, outdir):
        self.out = outdir
        self.files = {}
        self.redirects = []
        self.host_redirects = []
        self.not_found_pages = []
        self.searches = []
        self.search_index = {}

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

    def login_start(self, url, idp, service):
        loc = {"digid": "http://digid-sim.test/inloggen?service=%s" % service,
               "eherkenning": "http://eherkenning-sim.test/kies-leverancier?dienst=%s" % service}[idp]
        ent = {"url": url, "status": 302, "location": loc}
        if ent not in self.redirects:
            self.redirects.append(ent)

    def write(self):
        dirs = set()
        for key in self.files:
            parts = key.split("/")
            for n in range(1, len(parts)):
                dirs.add("/".join(parts[:n]))
        clash = sorted(k for k in self.files if k in dirs)
        if clash:
            raise SystemExit("file/dir clash: %s" % clash[:10])
        for key in sorted(self.files):
            p = os.path.join(self.out, "sites", key)
            os.makedirs(os.path.dirname(p), exist_ok=True)
            with open(p, "wb") as f:
                f.write(self.files[key])


def page_html(title, body, lang="nl", head_extra=""):
    return ("<!DOCTYPE html>\n<html lang=\"%s\">\n<head>\n<meta charset=\"utf-8\">\n<title>%s</title>\n"
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n%s</head>\n<body>\n%s\n</body>\n</html>\n"
            % (lang, esc(title), head_extra, body))


class Org:
    def __init__(self, web, idx, code, name, base, cms, inh):
        self.web, self.idx, self.code, self.name, self.base, self.cms, self.inh = web, idx, code, name, base, cms, inh
        self.host = ("%s.test" % base) if code == "GM0327" else "www.%s.test" % base
        self.root = "http://%s/" % self.host
        self.site_traps = []
        self.az = []        # (title, url)
        self.pages = []     # (url, title, text) for sitemap/search
        self.news = []
        self.extra_rows = {}

    # ---------------- URL schemes -----------------
    def product_url(self, key, title, lang="nl"):
        s = slugify(title)
        pid = stable_id(self.code, key)
        c = self.cms
        if lang == "en":
            return self.root + "en/" + s
        if c == "pdcloket":
            return "http://loket.%s.test/producten/%s" % (self.base, s)
        if c == "iprox":
            sect = SECTION_IPROX.get(key, "Overige_producten")
            return self.root + "Inwoners/%s/%s" % (sect, "_".join(w.capitalize() if i == 0 else w for i, w in enumerate(title.replace("/", " ").replace(",", "").replace("?", "").replace(":", "").split())))
        if c == "owc":
            return self.root + "onderwerp/%s/" % s
        if c == "drupal":
            return self.root + "%s/%s" % (SECTION_SLUG.get(key, "regelen"), s)
        if c == "flat":
            return self.root + s
        if c == "catalogue":
            return self.root + "product?id=%d" % pid
        if c == "productid":
            return self.root + "inwoners/onderwerpen-a-z_43590/product/%s_%d.html" % (s, pid % 997)
        if c == "azletter":
            return self.root + "aanvragen-en-regelen/%s" % s
        if c == "searchonly":
            return self.root + "pdc/%d/%s" % (pid, s)
        raise ValueError(c)

    # ---------------- chrome -----------------
    def chrome(self, title, main, crumbs=None, lang="nl"):
        n, c = self.name, self.cms
        mijn = "http://mijn.%s.test/" % self.base
        login_lbl = {"pdcloket": "Mijn Bergeijk", "iprox": "Mijn Zwijndrecht", "owc": "Inloggen met DigiD",
                     "drupal": "Mijn Leusden", "flat": "Mijn Gennep", "catalogue": "Mijn Beesel",
                     "productid": "MijnCranendonck", "azletter": "Mijn Enkhuizen", "searchonly": "Mijn Nieuwkoop"}[c]
        search_action = self.search_path()
        nav_items = self.nav()
        navhtml = "".join('<li><a href="%s">%s</a></li>' % (esc(u), esc(t)) for t, u in nav_items)
        if lang == "en":
            navhtml += '<li><a href="%s">Nederlands</a></li>' % esc(self.root)
        cookie = ('<div class="cookie-banner" role="dialog"><p>Wij gebruiken cookies om de website te verbeteren. '
                  '<a href="%scookies">Meer over cookies</a></p><button type="button">Alleen noodzakelijke</button>'
                  '<button type="button">Accepteren</button></div>' % self.root)
        header = ('<header class="site-header site-%s">%s<a class="logo" href="%s"><img src="%sstatic/logo.svg" alt="Gemeente %s"></a>'
                  '<form class="search" action="%s" method="get"><label for="q">Zoeken</label><input id="q" name="%s" type="search">'
                  '<button>Zoek</button></form><a class="mijn" href="%s">%s</a>'
                  '<nav class="main-nav"><ul>%s</ul></nav></header>'
                  % (c, cookie, self.root, self.root, esc(n), esc(search_action[0]), search_action[1], mijn, esc(login_lbl), navhtml))
        crumbs_html = ""
        if crumbs:
            crumbs_html = '<nav class="breadcrumb"><ol>%s</ol></nav>' % "".join(
                '<li><a href="%s">%s</a></li>' % (esc(u), esc(t)) for t, u in crumbs)
        feedback = ('<aside class="feedback"><form action="%sfeedback/verzonden" method="post"><fieldset><legend>Heeft u gevonden wat u zocht?</legend>'
                    '<label><input type="radio" name="nuttig" value="ja"> Ja</label><label><input type="radio" name="nuttig" value="nee"> Nee</label>'
                    '<textarea name="toelichting"></textarea><button type="submit">Verstuur</button></fieldset></form></aside>' % self.root)
        footer = ('<footer><div class="contact"><h2>Contact</h2><p>Telefoon 14 0%s<br>Bezoekadres: Raadhuisplein 1</p>'
                  '<p><a href="%scontact">Contactformulier</a> | <a href="%sveelgestelde-vragen">Veelgestelde vragen</a></p></div>'
                  '<div class="nieuwsbrief"><h2>Nieuwsbrief</h2><form action="%snieuwsbrief/aanmelden" method="post">'
                  '<input type="email" name="email" placeholder="uw e-mailadres"><button>Aanmelden</button></form></div>'
                  '<div class="logos"><a href="%s"><img src="%sstatic/digid-logo.svg" alt="Inloggen met DigiD"></a></div>'
                  '<ul class="footer-links"><li><a href="%sprivacy">Privacy</a></li><li><a href="%scookies">Cookies</a></li>'
                  '<li><a href="%stoegankelijkheid">Toegankelijkheid</a></li></ul></footer>'
                  % (self.code[2:], self.root, self.root, self.root, mijn, self.root, self.root, self.root, self.root))
        body = header + crumbs_html + '<main id="content">' + main + feedback + '</main>' + footer
        return page_html("%s | Gemeente %s" % (title, n), body, lang=lang)

    def search_path(self):
        return {"flat": ("%szoeken" % self.root, "search_api_fulltext"),
                "searchonly": ("%szoeken" % self.root, "zoekterm"),
                "owc": ("%s" % self.root, "s"),
                "iprox": ("%szoeken" % self.root, "zoeken_term"),
                }.get(self.cms, ("%szoeken" % self.root, "q"))

    def nav(self):
        r = self.root
        c = self.cms
        if c == "pdcloket":
            return [("Home", r), ("Loket: alle producten A-Z", "http://loket.%s.test/producten/" % self.base),
                    ("Nieuws", r + "nieuws/"), ("Contact", r + "contact")]
        if c == "iprox":
            return [("Inwoners", r + "Inwoners/"), ("Ondernemers", r + "Ondernemers/"),
                    ("Nieuws", r + "nieuws/"), ("Contact", r + "contact")]
        if c == "owc":
            return [("Onderwerpen", r + "onderwerpen/"), ("Nieuws", r + "nieuws/"), ("Contact", r + "contact")]
        if c == "drupal":
            return [("Burgerzaken", r + "burgerzaken/"), ("Wonen en leven", r + "wonen-en-leven/"),
                    ("Ondernemen", r + "ondernemen/"), ("Zorg en inkomen", r + "zorg-en-inkomen/"),
                    ("English", r + "en/"), ("Nieuws", r + "nieuws/")]
        if c == "flat":
            return [("Home", r), ("Producten A-Z", r + "producten-a-z"), ("Nieuws", r + "nieuws/"), ("Contact", r + "contact")]
        if c == "catalogue":
            return [("Home", r), ("Producten en diensten", r + "producten"), ("Nieuws", r + "nieuws/"), ("Contact", r + "contact")]
        if c == "productid":
            return [("Inwoners", r + "inwoners/onderwerpen-a-z_43590/"), ("Ondernemers", r + "ondernemers/onderwerpen-a-z_43591/"),
                    ("Nieuws", r + "nieuws/"), ("Contact", r + "contact")]
        if c == "azletter":
            return [("Aanvragen en regelen A-Z", r + "producten-a-z?letter=a"), ("Visit Enkhuizen (English)", r + "en/"),
                    ("Nieuws", r + "nieuws/"), ("Contact", r + "contact")]
        if c == "searchonly":
            return [("Home", r), ("Nieuws", r + "nieuws/"), ("Contact", r + "contact")]
        return []


SECTION_IPROX = {}
for k in ["brp-uittreksel", "verhuismelding", "geboorteaangifte", "overlijdensaangifte", "huwelijksaangifte",
          "paspoort", "identiteitskaart"]:
    SECTION_IPROX[k] = "Burgerzaken"
for k in ["hondenbelasting", "belastingkwijtschelding", "woz-bezwaar", "reclamebelasting", "belastingaanslag-bezwaar", "betalingsregeling"]:
    SECTION_IPROX[k] = "Belastingen"
for k in ["bijstand", "bijzondere-bijstand", "wmo-voorziening", "leerlingenvervoer"]:
    SECTION_IPROX[k] = "Zorg_en_inkomen"
for k in ["omgevingsvergunning", "kapvergunning", "bouwdossier-inzage", "uitwegvergunning", "evenementenvergunning",
          "exploitatievergunning-horeca", "alcoholvergunning", "terrasvergunning", "standplaatsvergunning",
          "marktvergunning", "geluidsontheffing", "winkeltijdenontheffing", "kansspelautomaatvergunning",
          "collectevergunning", "ligplaatsvergunning", "parkeervergunning"]:
    SECTION_IPROX[k] = "Vergunningen"
for k in ["grofvuil", "afvalcontainer", "melding-openbare-ruimte"]:
    SECTION_IPROX[k] = "Afval_en_buitenruimte"
SECTION_SLUG = {}
for k, v in SECTION_IPROX.items():
    SECTION_SLUG[k] = {"Burgerzaken": "burgerzaken", "Belastingen": "belastingen", "Zorg_en_inkomen": "zorg-en-inkomen",
                       "Vergunningen": "ondernemen", "Afval_en_buitenruimte": "wonen-en-leven"}[v]


# ----------------------------------------------------------------------------------------
# Other bodies (via)
# ----------------------------------------------------------------------------------------
TAX = {"GM1724": ("www.kempengemeenten.test", "Kempengemeenten", "bergeijk"),
       "GM0642": ("www.svhw.test", "SVHW", "zwijndrecht"),
       "GM1581": ("www.bghu.test", "BghU", "utrechtse-heuvelrug"),
       "GM0907": ("www.bsgw.test", "BsGW", "gennep"),
       "GM0889": ("www.bsgw.test", "BsGW", "beesel")}
SOC = {"GM0642": ("www.socialedienstdrechtsteden.test", "Sociale Dienst Drechtsteden"),
       "GM0388": ("www.werksaamwf.test", "WerkSaam Westfriesland")}
WASTE = {"GM0642": ("www.hvcgroep.test", "HVC"), "GM0388": ("www.hvcgroep.test", "HVC"),
         "GM0907": ("www.rwm.test", "RWM"), "GM0889": ("www.rwm.test", "RWM")}
PARK = {"GM0642": "zwijndrecht.parkeerservice.test", "GM0388": "enkhuizen.parkeerservice.test"}
OL_HOST = "omgevingswet.overheid.test"
WERK_HOST = "www.werk.test"


def simple_page(title, body, lang="nl"):
    return page_html(title, "<header><strong>%s</strong></header><main>%s</main>" % (esc(title), body), lang=lang)


class Builder:
    def __init__(self, outdir):
        self.web = Web(outdir)
        self.products = load_products()
        self.pkeys = [p["product_key"] for p in self.products]
        self.pname = {p["product_key"]: p["name_nl"] for p in self.products}
        self.labels = []
        self.orgs = [Org(self.web, i, *o) for i, o in enumerate(ORGS)]
        self.shared_done = set()
        self.purl = {}

    # ---------------- forms per platform -----------------
    def form_base(self, org, slug):
        b, c = org.base, org.cms
        if c == "pdcloket":
            return "http://formulieren.%s.test/Formulieren/%s.aspx" % (b, "".join(w.capitalize() for w in slug.split("-")))
        if c == "iprox":
            return org.root + "Formulieren/" + "_".join(w.capitalize() for w in slug.split("-"))
        if c == "owc":
            return "http://formulieren.%s.test/%s" % (b, slug)
        if c == "drupal":
            return "http://mijn.%s.test/formulier/%s/" % (b, slug)
        if c == "flat":
            return org.root + "formulier/" + slug
        if c == "catalogue":
            return "http://fd3.formdesk.test/gemeentebeesel/%s" % slug
        if c == "productid":
            return "http://fd7.formdesk.test/cranendonck/%s" % slug
        if c == "azletter":
            return org.root + "eformulieren/" + slug
        if c == "searchonly":
            return "http://zaken.%s.test/pls/iform/%s" % (b, slug)

    def make_anon_form(self, org, slug, title, js=False):
        url = self.form_base(org, slug)
        if self.web.has(url):
            return url
        action = (url + "verzonden") if url.endswith("/") else (url + "-verzonden")
        fields = ('<label>Naam<input name="naam" required></label><label>E-mailadres<input name="email" type="email"></label>'
                  '<label>Toelichting<textarea name="toelichting"></textarea></label>')
        if js:
            body = ('<h1>%s</h1><div id="openforms-container" data-base-url="http://formulieren.%s.test/api/v2/" '
                    'data-form-id="%s"><noscript>Schakel JavaScript in om dit formulier te gebruiken.</noscript></div>'
                    '<script>(function(){var c=document.getElementById("openforms-container");'
                    'var f=document.createElement("form");f.method="post";f.action="%s";'
                    'f.innerHTML=\'<label>Naam <input name="naam"></label><label>Omschrijving <textarea name="omschrijving"></textarea></label><button type="submit">Versturen</button>\';'
                    'c.appendChild(f);})();</script>' % (esc(title), org.base, slug, action))
        else:
            body = ('<h1>%s</h1><p>Velden met een * zijn verplicht. U kunt dit formulier invullen zonder in te loggen.</p>'
                    '<form method="post" action="%s">%s<button type="submit">Versturen</button></form>' % (esc(title), esc(action), fields))
        self.web.put(url, simple_page(title, body))
        self.web.put(action, simple_page("Verzonden", "<p>Bedankt. Wij hebben uw formulier ontvangen.</p>"))
        return url

    def make_login_form(self, org, slug, title, idp="digid", js=False, prefill=False, direct=False):
        """Form landing page with login; returns (route_url, start_url)."""
        if org.cms == "owc":
            start = "http://formulieren.%s.test/auth/%s/%s/start" % (org.base, slug, idp)
        else:
            hostpart = self.form_base(org, slug).split("/")[2]
            start = "http://%s/%s/start/%s" % (hostpart, idp, slug)
        self.web.login_start(start, idp, "%s-%s" % (org.base, slug))
        if direct:
            return start, start
        url = self.form_base(org, slug)
        lbl = {"digid": "Inloggen met DigiD", "eherkenning": "Inloggen met eHerkenning"}[idp]
        pre = "<p>Na het inloggen zijn uw naam, adres en BSN al ingevuld. U controleert alleen uw gegevens.</p>" if prefill else ""
        if js:
            body = ('<h1>%s</h1><div id="openforms-root" data-form="%s" data-login="%s"></div>'
                    '<noscript>Dit formulier werkt alleen met JavaScript.</noscript>%s'
                    '<script>var r=document.getElementById("openforms-root");var a=document.createElement("a");'
                    'a.className="button";a.href=r.getAttribute("data-login");a.textContent="%s";r.appendChild(a);</script>'
                    % (esc(title), slug, start, pre, lbl))
        else:
            body = ('<h1>%s</h1><p>Om dit formulier te gebruiken moet u inloggen.</p>%s<p><a class="button %s" href="%s">%s</a></p>'
                    % (esc(title), pre, idp, start, lbl))
        self.web.put(url, simple_page(title, body))
        return url, start

    def make_doc(self, org, name, kind="pdf", form=True):
        slug = slugify(name)
        if kind == "docx":
            url = org.root + "documenten/%s.docx" % slug
            self.web.put(url, make_docx(name, ["Gemeente %s" % org.name, "Naam:", "Adres:", "Handtekening:"]))
        else:
            url = org.root + "documenten/%s.pdf" % slug
            lines = ["Gemeente %s" % org.name]
            lines += (["Naam aanvrager: ....................", "Adres: ....................", "Datum en handtekening"]
                      if form else ["Artikel 1 Begripsbepalingen", "Artikel 2 Tarieven en voorwaarden"])
            self.web.put(url, make_pdf(name, lines, form=form))
        return url

    # ---------------- route block -----------------
    def route_block(self, org, key, tok, title):
        """Return (html, level, level_strict, route_url, via, signals, notes)."""
        slug = slugify(self.pname[key])
        nm = self.pname[key]
        if tok in "ac":
            if tok == "a":
                appt = "http://afspraken.%s.test/" % org.base
                self.appointment_site(org)
                h = ('<h2>Aanvragen</h2><p>U vraagt dit persoonlijk aan bij de balie van het gemeentehuis. '
                     'Dit kan alleen op afspraak.</p><p><a class="button" href="%s">Maak een afspraak</a></p>' % appt)
                return h, 0, 0, "", "", "appointment_online", "appointment only"
            h = ('<h2>Wat moet ik doen?</h2><p>Kom langs bij de publieksbalie of bel ons via telefoonnummer 14 0%s. '
                 'Neem een geldig legitimatiebewijs mee.</p>' % org.code[2:])
            return h, 0, 0, "", "", "counter;phone", "counter/phone only"
        if tok == "l":
            h = ('<h2>Hoe vraag ik het aan?</h2><p>Stuur een brief naar: College van burgemeester en wethouders, Postbus 1, '
                 'of mail naar <a href="mailto:info@%s.test">info@%s.test</a>. Online aanvragen is niet mogelijk.</p>' % (org.base, org.base))
            return h, 0, 0, "", "", "letter;email", "letter/e-mail only"
        if tok in "pw":
            kind = "docx" if tok == "w" else "pdf"
            u = self.make_doc(org, "Aanvraagformulier " + nm.lower(), kind)
            size = "Word, 48 kB" if tok == "w" else "pdf, %d kB" % (60 + stable_id(org.code, key) % 200)
            h = ('<h2>Aanvragen</h2><p>Download het aanvraagformulier, vul het in en stuur het ondertekend naar de gemeente. '
                 'U kunt het ook afgeven bij de balie.</p><ul class="downloads"><li><a href="%s">Aanvraagformulier %s (%s)</a></li></ul>'
                 % (u, esc(nm.lower()), size))
            return h, 33, 33, u, "", DESC_SIG[tok], "printable form"
        if tok in "fJ":
            u = self.make_anon_form(org, slug, nm, js=(tok == "J"))
            if tok == "J":
                h = ('<h2>Direct regelen</h2><div class="of-embed" data-form-url="%s"></div>'
                     '<script>document.querySelector(".of-embed").insertAdjacentHTML("beforeend",'
                     '\'<a class="button" href="%s">Start het formulier</a>\');</script>' % (u, u))
            else:
                lbl = ["Online aanvragen", "Vul het formulier in", "Direct regelen", "Naar het formulier", "Online melden"][org.idx % 5]
                h = '<h2>Aanvragen</h2><p>U kunt dit online regelen. U heeft geen DigiD nodig.</p><p><a class="button" href="%s">%s</a></p>' % (u, lbl)
            return h, 67, 67, u, "", DESC_SIG[tok], "anonymous online form"
        if tok in "dDej":
            idp = "eherkenning" if tok == "e" else "digid"
            direct = org.cms in ("productid",) and tok == "d"
            u, start = self.make_login_form(org, slug, nm, idp=idp, js=(tok == "j"), prefill=(tok == "D"), direct=direct)
            if tok == "j":
                h = ('<h2>Direct regelen</h2><div class="cta" data-href="%s"></div><script>'
                     'var d=document.querySelector(".cta");d.innerHTML=\'<a class="button" href="\'+d.dataset.href+\'">Direct regelen met DigiD</a>\';</script>'
                     % u)
            elif tok == "e":
                h = ('<h2>Aanvragen</h2><p>U vraagt dit online aan. U logt in met eHerkenning (niveau EH3).</p>'
                     '<p><a class="button" href="%s">%s (met eHerkenning)</a></p>' % (u, esc(nm)))
            elif direct:
                h = '<h2>Direct regelen</h2><p><a class="digid-button" href="%s"><img src="%sstatic/digid-logo.svg" alt=""> DigiD link %s</a></p>' % (u, org.root, esc(nm))
            else:
                h = ('<h2>Aanvragen</h2><p>U regelt dit online met uw DigiD.</p><p><a class="button" href="%s">Inloggen met DigiD en %s</a></p>'
                     % (u, esc(nm[0].lower() + nm[1:])))
            strict = 100 if tok == "D" else 67
            return h, 100, strict, u, "", DESC_SIG[tok], ("login form" + (" with pre-fill text" if tok == "D" else ""))
        if tok == "T":
            thost, tname, tslug = TAX[org.code]
            pu = "http://%s/%s/%s" % (thost, tslug, slug)
            start = "http://%s/mijn/digid/start" % thost
            self.web.login_start(start, "digid", thost)
            if not self.web.has(pu):
                self.web.put(pu, simple_page("%s - %s" % (nm, tname),
                              "<h1>%s</h1><p>Voor inwoners van %s. Dit regelt u in Mijn %s.</p><p><a href=\"%s\">Inloggen met DigiD</a></p>"
                              "<p>Liever op papier? Bel ons.</p><p><a href=\"http://%s/\">Home %s</a></p>" % (esc(nm), esc(org.name), tname, start, thost, tname)))
                self.tax_home(thost, tname)
            h = ('<h2>Hoe regelt u dit?</h2><p>De belastingen van de gemeente %s worden uitgevoerd door %s. '
                 'U regelt dit daarom bij %s.</p><p><a href="%s">Ga naar de website van %s</a></p>' % (esc(org.name), tname, tname, pu, tname))
            return h, 100, 67, pu, thost, "via;digid", "via joint tax office %s (DigiD in Mijn %s)" % (tname, tname)
        if tok == "S":
            shost, sname = SOC[org.code]
            pu = "http://%s/aanvragen/%s" % (shost, slug)
            start = "http://%s/digid/start/%s" % (shost, slug)
            self.web.login_start(start, "digid", shost + "-" + slug)
            self.web.put(pu, simple_page(nm + " | " + sname, "<h1>%s</h1><p>Inwoners van onder andere %s vragen dit bij ons aan.</p>"
                                         "<p><a class=\"button\" href=\"%s\">Aanvragen met DigiD</a></p>" % (esc(nm), esc(org.name), start)))
            h = ('<h2>Aanvragen</h2><p>%s voert dit uit voor de gemeente.</p><p><a href="%s">Aanvragen bij %s</a></p>' % (sname, pu, sname))
            return h, 100, 67, pu, shost, "via;digid", "via regional social service " + sname
        if tok == "W":
            pu = "http://%s/bijstand-aanvragen" % WERK_HOST
            start = "http://%s/digid/start/bijstand" % WERK_HOST
            self.web.login_start(start, "digid", "werk-bijstand")
            self.web.put(pu, simple_page("Bijstand aanvragen | werk.nl", "<h1>Bijstandsuitkering aanvragen</h1><p>U meldt zich eerst bij werk.nl. Daarna neemt uw gemeente contact met u op.</p>"
                                         "<p><a class=\"button\" href=\"%s\">Inloggen met DigiD</a></p>" % start))
            h = ('<h2>Hoe vraag ik het aan?</h2><p>U vraagt de bijstandsuitkering aan via werk.nl. U logt in met uw DigiD. '
                 'Na uw aanvraag nemen wij binnen een week contact met u op.</p><p><a href="%s">Ga naar werk.nl</a></p>' % pu)
            return h, 100, 67, pu, WERK_HOST, "via;digid", "via werk.nl (UWV) with DigiD"
        if tok == "P":
            phost = PARK[org.code]
            pu = "http://%s/vergunning-aanvragen" % phost
            self.web.put(pu, simple_page("Vergunning aanvragen | Parkeerservice", "<h1>Parkeervergunning aanvragen</h1>"
                                         "<form method=\"post\" action=\"http://%s/vergunning-aanvragen-verzonden\"><label>Kenteken<input name=\"kenteken\"></label>"
                                         "<label>Postcode<input name=\"postcode\"></label><label>E-mailadres<input name=\"email\"></label><button>Aanvragen</button></form>" % phost))
            self.web.put("http://%s/vergunning-aanvragen-verzonden" % phost, simple_page("Ontvangen", "<p>Uw aanvraag is ontvangen.</p>"))
            h = ('<h2>Aanvragen</h2><p>Parkeervergunningen worden verstrekt door Parkeerservice. U maakt daar een account aan met uw e-mailadres.</p>'
                 '<p><a href="%s">Vraag uw vergunning aan via het online aanvraagformulier</a></p>' % pu)
            return h, 67, 67, pu, phost, "via;online_form", "via parking portal (account with e-mail, no DigiD)"
        if tok == "A":
            whost, wname = WASTE[org.code]
            pu = "http://%s/%s/%s" % (whost, org.base, slug)
            act = pu + "-verzonden"
            self.web.put(pu, simple_page("%s | %s" % (nm, wname), "<h1>%s in %s</h1><form method=\"post\" action=\"%s\"><label>Postcode<input name=\"pc\"></label>"
                                         "<label>Huisnummer<input name=\"hnr\"></label><button>Verder</button></form>" % (esc(nm), esc(org.name), act)))
            self.web.put(act, simple_page("Ontvangen", "<p>Uw aanvraag is ontvangen.</p>"))
            h = ('<h2>Regelen</h2><p>%s haalt het afval op in %s. U regelt dit op de website van %s.</p><p><a href="%s">Regel het bij %s</a></p>'
                 % (wname, esc(org.name), wname, pu, wname))
            return h, 67, 67, pu, whost, "via;online_form", "via waste company " + wname
        if tok == "O":
            pu = "http://%s/aanvragen" % OL_HOST
            self.omgevingsloket()
            h = ('<h2>Aanvragen</h2><p>U vraagt de vergunning aan via het Omgevingsloket. Inloggen doet u met DigiD of eHerkenning. '
                 'Doe eerst de vergunningcheck om te zien of u een vergunning nodig heeft.</p>'
                 '<p><a href="%s">Aanvragen in het Omgevingsloket</a></p>' % pu)
            return h, 100, 100, pu, OL_HOST, "via;digid;eherkenning;prefill_text", "via Omgevingsloket (login, pre-fill statement)"
        raise ValueError(tok)

    def omgevingsloket(self):
        if "ol" in self.shared_done:
            return
        self.shared_done.add("ol")
        s1 = "http://%s/auth/digid/start" % OL_HOST
        s2 = "http://%s/auth/eherkenning/start" % OL_HOST
        self.web.login_start(s1, "digid", "omgevingsloket")
        self.web.login_start(s2, "eherkenning", "omgevingsloket")
        self.web.put("http://%s/aanvragen" % OL_HOST, simple_page("Aanvragen | Omgevingsloket",
                     "<h1>Aanvraag of melding indienen</h1><p>Na het inloggen zijn uw gegevens al ingevuld.</p>"
                     "<p><a href=\"%s\">Inloggen met DigiD</a> <a href=\"%s\">Inloggen met eHerkenning</a></p>"
                     "<p><a href=\"http://%s/vergunningcheck\">Vergunningcheck doen (zonder inloggen)</a></p>" % (s1, s2, OL_HOST)))
        self.web.put("http://%s/vergunningcheck" % OL_HOST, simple_page("Vergunningcheck | Omgevingsloket",
                     "<h1>Vergunningcheck</h1><form method=\"get\" action=\"http://%s/vergunningcheck-vragen\"><label>Locatie<input name=\"adres\"></label><button>Start check</button></form>" % OL_HOST))
        self.web.put("http://%s/vergunningcheck-vragen" % OL_HOST, simple_page("Vragen", "<p>Beantwoord de vragen over uw activiteit.</p>"))
        self.web.put("http://%s/" % OL_HOST, simple_page("Omgevingsloket", "<p><a href=\"/aanvragen\">Aanvragen</a> <a href=\"/vergunningcheck\">Vergunningcheck</a></p>"))

    def tax_home(self, thost, tname):
        self.web.put("http://%s/" % thost, simple_page(tname, "<h1>%s</h1><p>Belastingen voor gemeenten en waterschap.</p>" % tname))

    def appointment_site(self, org):
        key = "appt-" + org.code
        if key in self.shared_done:
            return
        self.shared_done.add(key)
        h = "afspraken.%s.test" % org.base
        start = "http://%s/digid/start" % h
        self.web.login_start(start, "digid", h)
        self.web.put("http://%s/" % h, simple_page("Afspraak maken | Gemeente %s" % org.name,
                     "<h1>Afspraak maken</h1><form method=\"get\" action=\"http://%s/stap-2\"><label>Product<select name=\"product\">"
                     "<option>Paspoort</option><option>Identiteitskaart</option><option>Rijbewijs</option><option>Geboorteaangifte</option></select></label>"
                     "<button>Volgende</button></form><p>Of <a href=\"%s\">log in met DigiD</a> om uw afspraken te bekijken.</p>" % (h, start)))
        self.web.put("http://%s/stap-2" % h, simple_page("Kies een datum", "<p>Kies een datum en tijd.</p>"))

    # ---------------- traps -----------------
    def trap_html(self, org, key, trap):
        kind, _, arg = trap.partition(":")
        nm = self.pname[key]
        if kind == "sibling_form":
            u = self.make_anon_form(org, slugify(arg), arg)
            return '<aside class="direct-regelen"><h2>Direct regelen</h2><ul><li><a href="%s">%s</a></li></ul></aside>' % (u, esc(arg)), "trap_sibling_form"
        if kind == "sibling_prod":
            other = self.purl.get((org.code, arg))
            if not other or other == self.purl.get((org.code, key)):
                return self.trap_html(org, key, "regulation_pdf")
            return ('<aside class="zie-ook"><h2>Zie ook</h2><ul><li><a href="%s">%s</a></li></ul></aside>'
                    % (other, esc(self.pname[arg]))), "trap_other_product_link"
        if kind == "sibling_pdf":
            u = self.make_doc(org, arg, "pdf")
            return '<p>Ook nodig: <a href="%s">%s (pdf)</a></p>' % (u, esc(arg)), "trap_sibling_pdf"
        if kind == "regulation_pdf":
            u = self.make_doc(org, "Verordening " + nm.lower(), "pdf", form=False)
            return '<h2>Regels</h2><p><a href="%s">Verordening en beleidsregels (pdf, 312 kB)</a></p>' % u, "trap_regulation_pdf"
        if kind == "tariff_pdf":
            u = self.make_doc(org, "Tarieventabel legesverordening 2026", "pdf", form=False)
            return '<h2>Kosten</h2><p>Zie de <a href="%s">tarieventabel 2026 (pdf)</a>.</p>' % u, "trap_tariff_pdf"
        if kind == "status_tracker":
            u, _ = self.make_login_form(org, "status-aanvraag", "Bekijk de status van uw aanvraag")
            return '<p><a href="%s">Bekijk de status van uw aanvraag</a> (inloggen met DigiD)</p>' % u, "trap_status_tracker"
        if kind == "appointment_digid":
            self.appointment_site(org)
            return ('<p>Afspraak maken kan ook na inloggen met DigiD: <a href="http://afspraken.%s.test/digid/start">afspraak maken met DigiD</a></p>' % org.base), "trap_appointment_digid"
        if kind == "sibling_prod:belastingaanslag-bezwaar":
            u, _ = self.make_login_form(org, "bezwaarschrift-belastingen", "Bezwaar maken tegen een aanslag")
            return '<p>Niet eens met de aanslag? <a href="%s">Dien bezwaar in met DigiD</a>.</p>' % u, "trap_objection_digid"
        if kind == "callback_form":
            u = self.make_anon_form(org, "bel-mij-terug", "Bel mij terug")
            return '<p>Vragen? <a href="%s">Vul het bel-mij-terugformulier in</a>.</p>' % u, "trap_callback_form"
        if kind == "contact_form":
            return '<p>Vragen? Gebruik ons <a href="%scontact">contactformulier</a>.</p>' % org.root, "trap_contact_form"
        if kind == "payment":
            u = org.root + "betalen/" + slugify(nm)
            self.web.put(u, simple_page("Online betalen", "<h1>Betalen met iDEAL</h1><form method=\"post\" action=\"%s-ideal\"><label>Kenmerk<input name=\"kenmerk\"></label><button>Betalen</button></form>" % u))
            self.web.put(u + "-ideal", simple_page("iDEAL", "<p>U wordt doorgestuurd naar uw bank.</p>"))
            return '<p>Kosten betalen? <a href="%s">Betaal direct online met iDEAL</a>.</p>' % u, "trap_payment"
        if kind == "paper_form_order":
            u = self.make_anon_form(org, "papieren-formulier-bestellen", "Papieren formulier bestellen")
            return '<p>Geen computer? <a href="%s">Vraag een papieren formulier aan</a>; wij sturen het per post.</p>' % u, "trap_paper_form_order"
        if kind == "not_possible_text":
            return '<p class="let-op">Online aanvragen is (nog) niet mogelijk voor alle situaties.</p>', "trap_not_possible_text"
        if kind == "exemption_text":
            return '<p>Voor hulphonden (blindengeleidehonden en assistentiehonden) heft de gemeente geen hondenbelasting.</p>', "trap_exemption_text"
        if kind == "not_offered_other":
            return '<p>De gemeente heft geen precariobelasting op terrassen.</p>', "trap_not_offered_other"
        if kind == "wozwaardeloket":
            u = "http://www.wozwaardeloket.test/"
            self.web.put(u, simple_page("WOZ-waardeloket", "<form method=\"get\" action=\"http://www.wozwaardeloket.test/zoeken\"><input name=\"adres\"><button>Zoek</button></form>"))
            self.web.put("http://www.wozwaardeloket.test/zoeken", simple_page("Resultaat", "<p>WOZ-waarde gevonden.</p>"))
            return '<p>Bekijk de WOZ-waarde van elke woning in het <a href="%s">WOZ-waardeloket</a>.</p>' % u, "trap_wozwaardeloket"
        if kind == "app_download":
            return '<p>Download de app <a href="http://www.mijnafvalwijzer.test/app">Afvalwijzer</a> voor iPhone en Android.</p>', "trap_app_download"
        if kind == "vergunningcheck":
            self.omgevingsloket()
            return '<p>Twijfelt u of u een vergunning nodig heeft? <a href="http://%s/vergunningcheck">Doe de vergunningcheck</a>.</p>' % OL_HOST, "trap_vergunningcheck"
        if kind == "mailto":
            return '<p>Mail uw vragen naar <a href="mailto:juridischezaken@%s.test">juridischezaken@%s.test</a>.</p>' % (org.base, org.base), "trap_mailto"
        if kind == "news_item":
            return "", "trap_news_item"
        raise ValueError(kind)

    # ---------------- product pages -----------------
    def headings(self, org):
        return {"pdcloket": ("Product informatie", "Aanvragen", "Kosten"),
                "iprox": ("Wat is het?", "Hoe werkt het?", "Wat kost het?"),
                "owc": ("Wat is het?", "Hoe werkt het?", "Kosten"),
                "drupal": ("Wat is het?", "Hoe werkt het?", "Wat moet ik doen?"),
                "flat": ("Omschrijving", "Aanpak", "Kosten"),
                "catalogue": ("Wat is het?", "Voorwaarden", "Kosten"),
                "productid": ("Wat is het?", "Hoe werkt het?", "Wat moet ik doen?"),
                "azletter": ("Inleiding", "Voorwaarden", "Kosten"),
                "searchonly": ("Wat is het?", "Hoe werkt het?", "Wat kost het?")}[org.cms]

    def build_org(self, org):
        i = org.idx
        done = {}
        combined = {}
        for a, b in COMBINED.get(org.code, []):
            combined[a] = (a, b)
            combined[b] = (a, b)
        for key in self.pkeys:
            tok = ROUTES[key].split()[i]
            if tok == "x":
                continue
            keys = combined.get(key, (key,))
            title = TITLES[keys[0]][i % len(TITLES[keys[0]])]
            if len(keys) == 2:
                title = COMBINED_TITLE[keys]
            self.purl[(org.code, key)] = org.product_url(keys[0], title)
        for key in self.pkeys:
            tok = ROUTES[key].split()[i]
            if key in done:
                continue
            if tok == "x":
                self.labels.append(self.row(org, key, "", "not_found", "", "", "", "", self.nf_signals(org, key), "no page about the product on the site"))
                done[key] = 1
                continue
            keys = combined.get(key, (key,))
            title = TITLES[keys[0]][i % len(TITLES[keys[0]])]
            if len(keys) == 2:
                title = COMBINED_TITLE[keys]
            purl = self.purl[(org.code, key)]
            h1, h2, h3 = self.headings(org)
            parts = ['<h1>%s</h1>' % esc(title)]
            rows = []
            for k in keys:
                ktok = ROUTES[k].split()[i]
                traps = []
                if len(keys) == 2:
                    parts.append('<h2>%s</h2>' % esc(self.pname[k]))
                    traps.append("trap_two_products_page")
                if ktok == "n":
                    txt = NOT_OFFERED[(org.code, k)]
                    parts.append('<div class="intro"><p>%s</p></div>' % esc(txt))
                    sig = ["not_offered_text"]
                    # a trap on not-offered pages: a sibling's form or a regulation
                    th, ts = self.trap_html(org, k, PTRAPS[k][i % len(PTRAPS[k])])
                    parts.append(th)
                    sig.append(ts)
                    sig += self.site_signals(org)
                    rows.append((k, "", "not_offered", "", "", "", sig, "not offered: " + txt[:60]))
                    continue
                parts.append('<h2>%s</h2><p>%s</p>' % (h1, esc(WHAT[k])))
                rh, lvl, strict, rurl, via, dsig, note = self.route_block(org, k, ktok, title)
                parts.append('<h2>%s</h2><p>U heeft een geldig identiteitsbewijs nodig. De behandeltermijn is 8 weken.</p>' % h2)
                parts.append(rh)
                pt = PTRAPS[k]
                for t in (pt[i % len(pt)], pt[(i + 1) % len(pt)]) if len(pt) > 1 else (pt[0],):
                    th, ts = self.trap_html(org, k, t)
                    if ts == "trap_news_item":
                        continue
                    if th:
                        parts.append(th)
                    traps.append(ts)
                parts.append('<h2>%s</h2><p>Zie de actuele tarieven bij de gemeente.</p>' % h3)
                sig = dsig.split(";") + traps + self.site_signals(org)
                rows.append((k, lvl, "ok", rurl, strict, via, sig, note))
            # discovery-specific signals
            disc = self.discovery_signal(org)
            # English twin
            en_sig = []
            for k in keys:
                if (org.code, k) in ENGLISH:
                    en_sig.append(k)
            main = "\n".join(parts)
            crumbs = [("Home", org.root), (title, purl)]
            org.pages.append((purl, title, WHAT[keys[0]] + " " + " ".join(self.pname[k] for k in keys)))
            org.az.append((title, purl))
            self.web.put(purl, org.chrome(title, main, crumbs))
            for k in en_sig:
                self.english_page(org, k, purl)
            for (k, lvl, st, rurl, strict, via, sig, note) in rows:
                if disc:
                    sig = sig + [disc]
                if k in en_sig:
                    sig = sig + ["trap_english_page"]
                if k in [kk for kk, _ in NEWS_ITEMS.get(org.code, [])]:
                    sig = sig + ["trap_news_item"]
                if k in FAQ_KEYS.get(org.code, []):
                    sig = sig + ["trap_faq_mention"]
                self.labels.append(self.row(org, k, lvl, st, purl, rurl, strict, via, sig, note))
                done[k] = 1

    def sibling_pages(self, org):
        for n, (key, title, text, form) in enumerate(SIBLING_PAGES):
            if (n + org.idx) % 2:
                continue
            url = org.product_url("zz-" + slugify(title), title)
            body = "<h1>%s</h1><p>%s</p>" % (esc(title), esc(text))
            if form:
                fu = self.make_anon_form(org, slugify(form), form)
                body += '<p><a class="button" href="%s">%s</a></p>' % (fu, esc(form))
            self.web.put(url, org.chrome(title, body))
            org.az.append((title, url))
            org.pages.append((url, title, text))
            for row in self.labels:
                if row["org_code"] == org.code and row["product_key"] == key and row["status"] != "not_found":
                    row["signals"] += ";trap_sibling_title_page"

    def english_page(self, org, key, nl_url):
        title = ENGLISH[(org.code, key)]
        url = org.product_url(key, title, lang="en")
        tok = ROUTES[key].split()[org.idx]
        txt = "<h1>%s</h1><p>This page is a short English summary. The Dutch page has the full information: <a href=\"%s\">Nederlandse versie</a>.</p>" % (esc(title), nl_url)
        if tok in "dDj":
            txt += "<p>You can arrange this online with your DigiD on the Dutch page.</p>"
        elif tok == "P":
            txt += "<p>Parking permits are issued by the parking service; see the Dutch page.</p>"
        else:
            txt += "<p>Please make an appointment or contact us by phone.</p>"
        self.web.put(url, org.chrome(title, txt, lang="en"))
        org.pages.append((url, title, "English " + title))
        org.en_pages = getattr(org, "en_pages", []) + [(title, url)]

    def discovery_signal(self, org):
        return {"pdcloket": "trap_az_only", "flat": "trap_search_or_az_only", "catalogue": "trap_catalogue_query_url",
                "azletter": "trap_az_query_pages", "searchonly": "trap_search_only"}.get(org.cms, "")

    def site_signals(self, org):
        s = ["trap_header_login", "trap_footer_digid_logo", "trap_newsletter_form", "trap_feedback_form"]
        return s

    def nf_signals(self, org, key):
        s = []
        if org.code == "GM0907" and key == "kapvergunning":
            s.append("trap_soft404_link")
        if key in [kk for kk, _ in NEWS_ITEMS.get(org.code, [])]:
            s.append("trap_news_only")
        return ";".join(s)

    def row(self, org, key, lvl, st, purl, rurl, strict, via, sig, note):
        if isinstance(sig, list):
            seen = []
            for x in sig:
                if x and x not in seen:
                    seen.append(x)
            sig = ";".join(seen)
        return {"org_code": org.code, "product_key": key, "level": lvl, "status": st, "product_url": purl,
                "route_url": rurl, "level_strict": strict, "via": via, "signals": sig, "notes": note}

    # ---------------- site furniture -----------------
    def furniture(self, org):
        r = org.root
        w = self.web
        w.put(r + "static/logo.svg", '<svg xmlns="http://www.w3.org/2000/svg" width="120" height="40"><text x="0" y="30">%s</text></svg>' % esc(org.name))
        w.put(r + "static/digid-logo.svg", '<svg xmlns="http://www.w3.org/2000/svg" width="40" height="40"><rect width="40" height="40"/></svg>')
        for p, t in (("cookies", "Cookies"), ("privacy", "Privacyverklaring"), ("toegankelijkheid", "Toegankelijkheid")):
            w.put(r + p, org.chrome(t, "<h1>%s</h1><p>Gemeente %s gaat zorgvuldig om met uw gegevens.</p>" % (t, esc(org.name))))
        w.put(r + "contact", org.chrome("Contact", '<h1>Contact</h1><form method="post" action="%scontact-verzonden"><label>Naam<input name="naam"></label>'
                                        '<label>Uw vraag<textarea name="vraag"></textarea></label><button>Verstuur</button></form>' % r))
        w.put(r + "contact-verzonden", org.chrome("Verzonden", "<p>Bedankt voor uw bericht.</p>"))
        w.put(r + "feedback/verzonden", org.chrome("Bedankt", "<p>Bedankt voor uw reactie.</p>"))
        w.put(r + "nieuwsbrief/aanmelden", org.chrome("Nieuwsbrief", "<p>U bent aangemeld.</p>"))
        mijn = "http://mijn.%s.test/" % org.base
        start = "http://mijn.%s.test/digid/start/mijn" % org.base
        w.login_start(start, "digid", "mijn-" + org.base)
        w.put(mijn, simple_page("Mijn %s" % org.name, '<h1>Mijn %s</h1><p>Bekijk uw lopende zaken, belastingen en berichten.</p><p><a href="%s">Inloggen met DigiD</a></p>' % (esc(org.name), start)))
        # robots
        robots = "User-agent: *\nDisallow: /zoeken\n"
        if org.cms in ("iprox", "owc", "drupal", "productid"):
            robots += "Sitemap: %ssitemap.xml\n" % r
        w.put(r + "robots.txt", robots)

    def news_and_faq(self, org):
        r = org.root
        items = NEWS_ITEMS.get(org.code, [])
        lis = []
        pmap = {row["product_key"]: row for row in self.labels if row["org_code"] == org.code}
        for n, (key, (title, text)) in enumerate(items):
            u = r + "nieuws/%d-%s" % (2026 - n % 2, slugify(title))
            link = ""
            row = pmap.get(key)
            if row and row["route_url"]:
                link = ' <a href="%s">Regel het direct online</a>.' % row["route_url"]
            elif row and row["product_url"]:
                link = ' <a href="%s">Lees meer</a>.' % row["product_url"]
            self.web.put(u, org.chrome(title, "<article><h1>%s</h1><p class=\"date\">12 maart 2026</p><p>%s%s</p></article>" % (esc(title), esc(text), link)))
            lis.append('<li><a href="%s">%s</a></li>' % (u, esc(title)))
            org.pages.append((u, title, text))
        self.web.put(r + "nieuws/", org.chrome("Nieuws", "<h1>Nieuws</h1><ul>%s</ul>" % "".join(lis)))
        faq = []
        for key in FAQ_KEYS.get(org.code, []):
            row = pmap.get(key)
            q = FAQ_Q[key]
            a = "Ja. " if row and row["status"] == "ok" else ""
            link = ' <a href="%s">Meer informatie</a>' % row["product_url"] if row and row["product_url"] else ""
            faq.append("<details><summary>%s</summary><p>%sLees hoe dit werkt.%s</p></details>" % (esc(q), a, link))
        self.web.put(r + "veelgestelde-vragen", org.chrome("Veelgestelde vragen", "<h1>Veelgestelde vragen</h1>%s" % "".join(faq)))
        org.pages.append((r + "veelgestelde-vragen", "Veelgestelde vragen", " ".join(FAQ_Q[k] for k in FAQ_KEYS.get(org.code, []))))

    def home_and_indexes(self, org):
        r, w, c = org.root, self.web, org.cms
        tops = []
        for t, u in org.az[:: max(1, len(org.az) // 6)][:6]:
            tops.append('<li class="tile"><a href="%s">%s</a></li>' % (u, esc(t)))
        home_main = ('<h1>Welkom bij gemeente %s</h1><section class="toptaken"><h2>Veelgezocht</h2><ul>%s</ul></section>'
                     '<section><h2>Nieuws</h2><p><a href="%snieuws/">Alle nieuwsberichten</a></p></section>' % (esc(org.name), "".join(tops), r))
        az_sorted = sorted(org.az, key=lambda x: x[0].lower())
        if c == "pdcloket":
            idx = "http://loket.%s.test/producten/" % org.base
            lis = "".join('<li><a href="%s">%s</a></li>' % (u, esc(t)) for t, u in az_sorted)
            w.put(idx, org.chrome("Producten A-Z", "<h1>Loket: producten en diensten A-Z</h1><ul class=\"az\">%s</ul>" % lis))
            w.put("http://loket.%s.test/" % org.base, simple_page("Loket", '<p><a href="%s">Producten A-Z</a></p>' % idx))
            home_main = home_main.replace("<section class=\"toptaken\"><h2>Veelgezocht</h2><ul>" + "".join(tops) + "</ul></section>",
                                          '<p><a href="%s">Bekijk alle producten en diensten</a></p>' % idx)
        elif c == "iprox":
            for aud, path in (("Inwoners", "Inwoners/"), ("Ondernemers", "Ondernemers/")):
                sects = {}
                for t, u in az_sorted:
                    if "/Inwoners/" in u:
                        sects.setdefault(u.split("/")[4], []).append((t, u))
                lis = "".join('<li><a href="%s%s/%s/">%s</a></li>' % (r, "Inwoners", s, s.replace("_", " ")) for s in sorted(sects))
                w.put(r + path, org.chrome(aud, "<h1>%s</h1><ul>%s</ul>" % (aud, lis)))
            for s in sorted(sects):
                lis = "".join('<li><a href="%s">%s</a></li>' % (u, esc(t)) for t, u in sects[s])
                w.put(r + "Inwoners/" + s + "/", org.chrome(s.replace("_", " "), "<h1>%s</h1><ul>%s</ul>" % (s.replace("_", " "), lis)))
        elif c == "owc":
            lis = "".join('<li><a href="%s">%s</a></li>' % (u, esc(t)) for t, u in az_sorted)
            w.put(r + "onderwerpen/", org.chrome("Onderwerpen", "<h1>Alle onderwerpen</h1><ul>%s</ul>" % lis))
        elif c == "drupal":
            for sec in ("burgerzaken", "wonen-en-leven", "ondernemen", "zorg-en-inkomen", "belastingen", "regelen"):
                lis = "".join('<li><a href="%s">%s</a></li>' % (u, esc(t)) for t, u in az_sorted if u.startswith(r + sec + "/"))
                w.put(r + sec + "/", org.chrome(sec.replace("-", " ").capitalize(), "<h1>%s</h1><ul>%s</ul>" % (sec.replace("-", " ").capitalize(), lis)))
            home_main += '<p><a href="%sbelastingen/">Belastingen</a> | <a href="%sregelen/">Regelen</a></p>' % (r, r)
            en = getattr(org, "en_pages", [])
            w.put(r + "en/", org.chrome("English", "<h1>Welcome to Leusden</h1><ul>%s</ul>" % "".join('<li><a href="%s">%s</a></li>' % (u, esc(t)) for t, u in en), lang="en"))
        elif c == "flat":
            lis = "".join('<li><a href="%s">%s</a></li>' % (u, esc(t)) for t, u in az_sorted)
            lis += '<li><a href="%skapvergunning-aanvragen">Kapvergunning aanvragen</a></li>' % r  # removed page -> soft 404
            home_main += '<p>De Drank- en Horecawet heet nu Alcoholwet: <a href="%sdrank-en-horecawet-vergunning-aanvragen">Drank- en Horecawetvergunning</a></p>' % r
            for row in self.labels:
                if row["org_code"] == org.code and row["product_key"] == "alcoholvergunning":
                    row["signals"] += ";trap_legacy_url_redirect"
            w.put(r + "producten-a-z", org.chrome("Producten A-Z", "<h1>Producten A-Z</h1><ul>%s</ul>" % lis))
        elif c == "catalogue":
            cats = {}
            for t, u in az_sorted:
                cats.setdefault(t[0].upper(), []).append((t, u))
            lis = "".join('<li><a href="%s">%s</a></li>' % (u, esc(t)) for t, u in az_sorted)
            w.put(r + "producten", org.chrome("Producten en diensten", "<h1>Producten en diensten</h1><ul>%s</ul>" % lis))
        elif c == "productid":
            lis = "".join('<li><a href="%s">%s</a></li>' % (u, esc(t)) for t, u in az_sorted)
            w.put(r + "inwoners/onderwerpen-a-z_43590/", org.chrome("Onderwerpen A-Z", "<h1>Onderwerpen A-Z</h1><ul>%s</ul>" % lis))
            w.put(r + "ondernemers/onderwerpen-a-z_43591/", org.chrome("Ondernemers A-Z", "<h1>Ondernemers</h1><ul>%s</ul>" % lis))
        elif c == "azletter":
            letters = "abcdefghijklmnopqrstuvwxyz"
            bar = "".join('<a href="%sproducten-a-z?letter=%s">%s</a> ' % (r, L, L.upper()) for L in letters)
            for L in letters:
                lis = "".join('<li><a href="%s">%s</a></li>' % (u, esc(t)) for t, u in az_sorted if t.lower().startswith(L))
                w.put(r + "producten-a-z?letter=%s" % L, org.chrome("Aanvragen en regelen A-Z", "<h1>A-Z</h1><p class=\"az-bar\">%s</p><ul>%s</ul>" % (bar, lis or "<li>Geen resultaten</li>")))
            w.put(r + "producten-a-z", org.chrome("A-Z", "<h1>A-Z</h1><p>%s</p>" % bar))
            en = getattr(org, "en_pages", [])
            w.put(r + "en/", org.chrome("Visit Enkhuizen", "<h1>Living in Enkhuizen</h1><ul>%s</ul>" % "".join('<li><a href="%s">%s</a></li>' % (u, esc(t)) for t, u in en), lang="en"))
        elif c == "searchonly":
            tops = []
            for t, u in org.az[:4]:
                tops.append('<li class="tile"><a href="%s">%s</a></li>' % (u, esc(t)))
            home_main = ('<h1>Welkom bij gemeente %s</h1><section class="toptaken"><h2>Direct naar</h2><ul>%s</ul></section>'
                         '<p>Zoekt u iets anders? Gebruik de zoekfunctie bovenaan de pagina.</p><p><a href="%snieuws/">Nieuws</a></p>' % (esc(org.name), "".join(tops), r))
        w.put(r, org.chrome("Home", home_main))
        disc = self.discovery_signal(org)
        if disc:
            linked = set(re.findall(r'href="([^"]+)"', home_main))
            for row in self.labels:
                if row["org_code"] == org.code and row["product_url"] in linked:
                    row["signals"] = ";".join(x for x in row["signals"].split(";") if x != disc) + ";home_tile"
        # sitemap
        if c in ("iprox", "owc", "drupal", "productid"):
            urls = sorted(set([r] + [u for u, _, _ in org.pages]))
            sm = '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n%s</urlset>\n' % "".join(
                "<url><loc>%s</loc></url>\n" % esc(u) for u in urls)
            if c == "owc":
                w.put(r + "sitemap-onderwerpen.xml", sm)
                w.put(r + "sitemap.xml", '<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><sitemap><loc>%ssitemap-onderwerpen.xml</loc></sitemap></sitemapindex>\n' % r)
            else:
                w.put(r + "sitemap.xml", sm)
        # site search
        sp, param = org.search_path()
        path = "/" + sp.split("/", 3)[3]
        if c in ("flat", "searchonly", "iprox", "productid", "azletter", "catalogue", "drupal", "pdcloket"):
            idx = [{"url": u, "title": t, "text": tx} for u, t, tx in org.pages]
            w.search_index[org.host] = idx
            tmpl = org.chrome("Zoeken", "<h1>Zoekresultaten voor <!--QUERY--></h1><ol class=\"results\"><!--RESULTS--></ol>")
            w.searches.append({"host": org.host, "path": path, "param": param, "index": "search/%s.json" % org.host,
                               "template": "search/%s.html" % org.host, "_tmpl": tmpl})

    def build(self):
        for org in self.orgs:
            self.furniture(org)
            self.build_org(org)
            self.sibling_pages(org)
            self.news_and_faq(org)
            self.home_and_indexes(org)
            bare = org.base + ".test"
            if org.code == "GM0327":
                self.web.host_redirects.append({"host": "www.leusden.test", "status": 301, "to": "leusden.test"})
            else:
                self.web.host_redirects.append({"host": bare, "status": 301, "to": org.host})
            if org.code == "GM0907":
                tgt = self.purl[(org.code, "alcoholvergunning")]
                self.web.redirects.append({"url": org.root + "drank-en-horecawet-vergunning-aanvragen", "status": 301, "location": tgt})
            if org.cms in ("flat", "searchonly"):
                f = "soft404/%s.html" % org.host
                self.web.not_found_pages.append({"host": org.host, "file": f, "status": 200, "_body": org.chrome(
                    "Pagina niet gevonden", "<h1>Pagina niet gevonden</h1><p>Helaas, de pagina die u zoekt bestaat niet (meer). Probeer de zoekfunctie.</p>")})
            if org.cms == "owc":
                f = "errors/%s-404.html" % org.host
                self.web.not_found_pages.append({"host": org.host, "file": f, "status": 404, "_body": org.chrome(
                    "404", "<h1>Deze pagina bestaat niet</h1>")})
        # identity providers
        self.web.put("http://digid-sim.test/inloggen", simple_page("DigiD | Inloggen", "<h1>Inloggen bij DigiD</h1><form method=\"post\" action=\"http://digid-sim.test/inloggen-verder\"><label>DigiD gebruikersnaam<input name=\"u\"></label><label>Wachtwoord<input name=\"p\" type=\"password\"></label><button>Inloggen</button></form>"))
        self.web.put("http://digid-sim.test/inloggen-verder", simple_page("DigiD", "<p>Simulatie: inloggen is niet mogelijk.</p>"))
        self.web.put("http://eherkenning-sim.test/kies-leverancier", simple_page("eHerkenning", "<h1>Kies uw eHerkenningsleverancier</h1><p>Simulatie.</p>"))
        self.web.put("http://www.mijnafvalwijzer.test/app", simple_page("Afvalwijzer app", "<p>Download de app.</p>"))

    def write(self, outdir):
        self.web.write()
        os.makedirs(os.path.join(outdir, "search"), exist_ok=True)
        searches = []
        for s in self.web.searches:
            with open(os.path.join(outdir, s["index"]), "w", encoding="utf-8") as f:
                json.dump(self.web.search_index[s["host"]], f, ensure_ascii=False, indent=1)
            with open(os.path.join(outdir, s["template"]), "w", encoding="utf-8") as f:
                f.write(s["_tmpl"])
            searches.append({k: v for k, v in s.items() if not k.startswith("_")})
        nfp = []
        for n in self.web.not_found_pages:
            p = os.path.join(outdir, n["file"])
            os.makedirs(os.path.dirname(p), exist_ok=True)
            with open(p, "w", encoding="utf-8") as f:
                f.write(n["_body"])
            nfp.append({k: v for k, v in n.items() if not k.startswith("_")})
        with open(os.path.join(outdir, "organisations.csv"), "w", newline="", encoding="utf-8") as f:
            wr = csv.writer(f, lineterminator="\n")
            wr.writerow(["code", "name", "org_type", "website", "inhabitants"])
            for o in self.orgs:
                wr.writerow([o.code, "Gemeente " + o.name, "gemeente", "http://www.%s.test/" % o.base, o.inh])
        cols = ["org_code", "product_key", "level", "status", "product_url", "route_url", "level_strict", "via", "signals", "notes"]
        order = {k: n for n, k in enumerate(self.pkeys)}
        rows = sorted(self.labels, key=lambda r: (ORG_IDX[r["org_code"]], order[r["product_key"]]))
        with open(os.path.join(outdir, "labels.csv"), "w", newline="", encoding="utf-8") as f:
            wr = csv.DictWriter(f, fieldnames=cols, lineterminator="\n")
            wr.writeheader()
            for r in rows:
                wr.writerow(r)
        manifest = {"name": "web-dev38", "seed": 0,
                    "organisations": [o.code for o in self.orgs],
                    "sites": {o.host: {"cms": o.cms} for o in self.orgs},
                    "behaviours": {"redirects": self.web.redirects, "host_redirects": self.web.host_redirects,
                                   "not_found_pages": nfp, "searches": searches}}
        with open(os.path.join(outdir, "testweb.json"), "w", encoding="utf-8") as f:
            json.dump(manifest, f, ensure_ascii=False, indent=1, sort_keys=True)


# Non-measured pages whose titles are near-identical to measured products (product they shadow).
SIBLING_PAGES = [
    ("evenementenvergunning", "Klein evenement melden", "Een klein evenement (zoals een buurtbarbecue tot 100 bezoekers) hoeft u alleen te melden.", "Melding klein evenement"),
    ("verhuismelding", "Verhuizen naar het buitenland (emigratie)", "Gaat u in het buitenland wonen? Geef dit door aan de gemeente.", "Emigratie doorgeven"),
    ("geluidsontheffing", "Geluidsoverlast melden", "Heeft u last van harde muziek of lawaai? Meld het ons.", "Melding geluidsoverlast"),
    ("bijstand", "Bijstand voor zelfstandigen (Bbz)", "Bent u ondernemer en heeft u tijdelijk te weinig inkomen? Dan kunt u misschien Bbz krijgen.", "Aanvraag Bbz-uitkering"),
    ("subsidie", "Subsidie groene daken voor inwoners", "Legt u een groen dak aan? Vraag dan eerst de voorwaarden op bij de gemeente.", ""),
    ("bezwaar", "Bezwaar tegen een verkeersboete", "Een bekeuring voor een verkeersovertreding komt van het CJIB. Bezwaar maakt u bij de officier van justitie, niet bij de gemeente.", ""),
    ("standplaatsvergunning", "Standplaats op de kermis", "De kermisplaatsen worden eens per jaar verloot onder exploitanten.", ""),
    ("brp-uittreksel", "Uittreksel Kamer van Koophandel", "Een uittreksel uit het Handelsregister vraagt u aan bij de KVK, niet bij de gemeente.", ""),
]

NEWS_ITEMS = {
    "GM1724": [("verhuismelding", ("Verhuizing doorgeven kan nu ook 's avonds online", "Inwoners van Bergeijk kunnen hun verhuizing voortaan altijd online doorgeven met DigiD.")),
               ("subsidie", ("Nieuwe subsidieregeling voor verenigingen", "Vanaf 1 april kunnen verenigingen subsidie aanvragen voor activiteiten in de kernen."))],
    "GM0642": [("wmo-voorziening", ("Wmo-loket verhuist naar het Huis van de Stad", "Het Wmo-loket is vanaf maandag te vinden in het Huis van de Stad.")),
               ("grofvuil", ("Grofvuil ophalen weer gratis", "Vanaf januari haalt HVC grofvuil weer gratis op, 4 keer per jaar."))],
    "GM1581": [("hondenbelasting", ("Hondenbelasting verdwijnt", "De gemeenteraad heeft besloten de hondenbelasting af te schaffen.")),
               ("evenementenvergunning", ("Organiseert u een evenement in 2027? Vraag op tijd aan", "Grote evenementen moeten 12 weken vooraf worden aangevraagd."))],
    "GM0327": [("paspoort", ("Drukte bij burgerzaken: vraag uw paspoort op tijd aan", "Door de drukte is de wachttijd voor een afspraak 3 weken."))],
    "GM0907": [("kapvergunning", ("Minder regels voor bomen kappen", "Voor de meeste bomen op eigen erf is in Gennep geen vergunning meer nodig, behalve voor monumentale bomen.")),
               ("bijstand", ("Energietoeslag 2026", "Inwoners met een laag inkomen kunnen de energietoeslag aanvragen."))],
    "GM0889": [("melding-openbare-ruimte", ("Meer meldingen over zwerfafval", "In 2025 kwamen er 1.200 meldingen over de openbare ruimte binnen."))],
    "GM1706": [("woz-bezwaar", ("WOZ-beschikkingen 2026 verstuurd", "Deze week valt de aanslag gemeentelijke belastingen met de WOZ-beschikking op de mat."))],
    "GM0388": [("ligplaatsvergunning", ("Nieuwe steigers in de Compagnieshaven", "De gemeente heeft 40 nieuwe ligplaatsen laten aanleggen.")),
               ("parkeervergunning", ("Nieuwe tarieven parkeren binnenstad", "Per 1 januari gelden nieuwe tarieven voor bezoekers en vergunninghouders."))],
    "GM0569": [("overlijdensaangifte", ("Nieuwe begraafplaats Ter Aar geopend", "Aangifte van overlijden wordt meestal door de uitvaartverzorger geregeld.")),
               ("verhuismelding", ("Verhuisd? Vergeet uw adres niet door te geven", "Ruim 300 inwoners gaven vorig jaar hun verhuizing te laat door."))],
}
FAQ_KEYS = {
    "GM1724": ["paspoort", "grofvuil", "hondenbelasting"],
    "GM0642": ["parkeervergunning", "bijstand"],
    "GM1581": ["melding-openbare-ruimte", "kapvergunning"],
    "GM0327": ["verhuismelding", "woz-bezwaar"],
    "GM0907": ["paspoort", "afvalcontainer"],
    "GM0889": ["brp-uittreksel", "evenementenvergunning"],
    "GM1706": ["bezwaar", "klacht"],
    "GM0388": ["ligplaatsvergunning", "huwelijksaangifte"],
    "GM0569": ["geboorteaangifte", "melding-openbare-ruimte", "subsidie"],
}
FAQ_Q = {k: q for k, q in [
    ("paspoort", "Hoe lang duurt het voordat mijn paspoort klaar is?"),
    ("grofvuil", "Wanneer wordt mijn grofvuil opgehaald?"),
    ("hondenbelasting", "Moet ik mijn puppy aanmelden?"),
    ("parkeervergunning", "Mag ik met mijn vergunning ook in een andere wijk parkeren?"),
    ("bijstand", "Hoe lang duurt het voordat ik bijstand krijg?"),
    ("melding-openbare-ruimte", "Hoe meld ik een kapotte lantaarnpaal?"),
    ("kapvergunning", "Mag ik de boom in mijn tuin zomaar kappen?"),
    ("verhuismelding", "Moet ik mijn verhuizing zelf doorgeven als ik naar Leusden verhuis?"),
    ("woz-bezwaar", "Waarom is mijn WOZ-waarde gestegen?"),
    ("afvalcontainer", "Mijn container is gestolen, wat nu?"),
    ("brp-uittreksel", "Wat kost een uittreksel?"),
    ("evenementenvergunning", "Heb ik een vergunning nodig voor een straatfeest?"),
    ("bezwaar", "Wat is het verschil tussen een bezwaar en een klacht?"),
    ("klacht", "Hoe lang duurt de behandeling van een klacht?"),
    ("ligplaatsvergunning", "Is er een wachtlijst voor een ligplaats?"),
    ("huwelijksaangifte", "Kunnen we gratis trouwen?"),
    ("geboorteaangifte", "Kan ik de geboorte ook in het ziekenhuis aangeven?"),
    ("subsidie", "Wanneer moet ik mijn subsidieaanvraag indienen?"),
]}


def main():
    if len(sys.argv) != 2:
        print(__doc__)
        sys.exit(2)
    outdir = sys.argv[1]
    os.makedirs(outdir, exist_ok=True)
    b = Builder(outdir)
    b.web.out = outdir
    b.build()
    b.write(outdir)
    print("wrote %d files, %d labels to %s" % (len(b.web.files), len(b.labels), outdir))


if __name__ == "__main__":
    main()
