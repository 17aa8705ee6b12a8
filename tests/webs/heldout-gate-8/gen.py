#!/usr/bin/env python3
"""Generate a labelled simulated web of ten Dutch municipalities (heldout-gate-8).

Usage: python3 gen.py OUTDIR

Standard library only, deterministic (no randomness; the same run gives the same bytes).
Everything is written from the author's own knowledge of how Dutch municipal sites are built.
"""
import csv
import html
import json
import os
import sys
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent


def products_csv():
    p = HERE / "../../../config/products.csv"
    if p.exists():
        return p
    return Path("/work/main/config/products.csv")


# --------------------------------------------------------------------------------------
# Organisations (codes and names from the 2023 register; inhabitants approximate, 2023)
# --------------------------------------------------------------------------------------
ORGS = [
    # key, code, name, inhabitants
    ("almere", "GM0034", "Almere", 218096),
    ("leeuwarden", "GM0080", "Leeuwarden", 125479),
    ("venlo", "GM0983", "Venlo", 102270),
    ("ede", "GM0228", "Ede", 121682),
    ("roermond", "GM0957", "Roermond", 59296),
    ("harlingen", "GM0072", "Harlingen", 16048),
    ("bunnik", "GM0312", "Bunnik", 15597),
    ("vaals", "GM0981", "Vaals", 9917),
    ("dordrecht", "GM0505", "Dordrecht", 121434),
    ("hengelo", "GM0164", "Hengelo", 81900),
]

# Shared bodies ---------------------------------------------------------------------------
TAX = {  # key -> (host, name, mijn-name)
    "bsgw": ("www.bsgw.test", "BsGW Belastingsamenwerking Gemeenten en Waterschappen", "Mijn BsGW"),
    "bghu": ("www.bghu.test", "BghU Belastingsamenwerking gemeenten en hoogheemraadschap Utrecht", "Mijn BghU"),
    "drecht": ("www.drechtstedenbelastingen.test", "Gemeentebelastingen Drechtsteden", "Mijn Belastingzaken"),
}
SOCIAL = {
    "rsdkrh": ("www.rsdkrh.test", "Regionale Sociale Dienst Kromme Rijn Heuvelrug"),
    "sdd": ("www.socialedienstdrechtsteden.test", "Sociale Dienst Drechtsteden"),
    "szmh": ("www.szmh.test", "Sociale Zaken Maastricht Heuvelland"),
    "werk": ("www.werk.test", "werk.nl (UWV)"),
}
WASTE = {
    "omrin": ("www.omrin.test", "Omrin"),
    "acv": ("www.acv-groep.test", "ACV Groep"),
    "twente": ("www.twentemilieu.test", "Twente Milieu"),
    "hvc": ("www.hvcgroep.test", "HVC"),
    "rd4": ("www.rd4.test", "Rd4"),
}
OLO = "omgevingswet.overheid.test"
DIGID = "digid-sim.test"
EHK = "eherkenning-sim.test"

# Site profiles -----------------------------------------------------------------------------
SITES = {
    "almere": dict(family="topic", platform="openforms", formhost="formulieren.almere.test", tax="own",
                   social="own", waste="own", parking=None, appt="afspraken.almere.test", az="/a-z",
                   search=("/zoeken", "q"), consent="banner", mijn="Mijn Almere", direct=True,
                   feedback=False, newsletter=True, soft404=None, color="#e30613"),
    "leeuwarden": dict(family="nl", platform="tripleforms", formhost="formulieren.leeuwarden.test", tax="own",
                       social="own", waste="omrin", parking=None, appt="afspraak.leeuwarden.test",
                       az="/nl/producten-en-diensten-a-z", search=None, consent="banner",
                       mijn="Mijn Leeuwarden", direct=False, feedback=True, newsletter=False,
                       soft404=None, color="#004c99"),
    "venlo": dict(family="slug", platform="eloket", formhost="eloket.venlo.test", tax="bsgw", social="own",
                  waste="own", parking=None, appt="afspraak.venlo.test", az="/onderwerpen-a-z", search=None,
                  consent="banner", mijn="Mijn Venlo", direct=True, feedback=True, newsletter=False,
                  soft404=200, color="#c8102e"),
    "ede": dict(family="owc", platform="gravity", formhost="mijn.ede.test", tax="own", social="own",
                waste="acv", parking=None, appt="afspraak.ede.test", az="/a-z/", search=("/zoeken", "s"),
                consent="wall", mijn="Mijn Ede", direct=False, feedback=True, newsletter=True, soft404=None,
                color="#00805f"),
    "roermond": dict(family="pdc", platform="iform", formhost="zaken.roermond.test", tax="bsgw", social="own",
                     waste="own", parking="roermond.parkeerservice.test", appt="afspraak.roermond.test",
                     az="/producten/", search=None, consent="banner", mijn="Mijn Roermond", direct=False,
                     feedback=False, newsletter=False, soft404=None, color="#a6192e"),
    "harlingen": dict(family="productid", platform="wizard", formhost="www.harlingen.test", tax="own",
                      social="werk", waste="omrin", parking=None, appt=None,
                      az="/inwoners/alle-onderwerpen_42371/", search=None, consent="none", mijn="MijnHarlingen",
                      direct=True, feedback=False, newsletter=False, soft404=None, color="#0a5f8a"),
    "bunnik": dict(family="section", platform="formdesk", formhost="fd8.formdesk.test", tax="bghu",
                   social="rsdkrh", waste="own", parking=None, appt="afspraak.bunnik.test",
                   az="/onderwerpen-a-z", search=None, consent="banner", mijn="Mijn Bunnik", direct=False,
                   feedback=True, newsletter=True, soft404=None, color="#3d7f3a"),
    "vaals": dict(family="producten", platform="eloket", formhost="loket.vaals.test", tax="bsgw", social="szmh",
                  waste="rd4", parking=None, appt=None, az="/producten/", search=None, consent="wall",
                  mijn="Digitaal loket", direct=False, feedback=False, newsletter=False, soft404=None,
                  color="#6b2c91"),
    "dordrecht": dict(family="iprox", platform="smartforms", formhost="dordrecht.smartforms.test", tax="drecht",
                      social="sdd", waste="hvc", parking="dordrecht.parkeerservice.test",
                      appt="afspraak.dordrecht.test", az="/Inwoners/Producten_A-Z", search=("/Zoeken", "zoekterm"),
                      consent="banner", mijn="Mijn Dordrecht", direct=True, feedback=False, newsletter=True,
                      soft404=404, color="#00689d"),
    "hengelo": dict(family="query", platform="openforms", formhost="formulieren.hengelo.test", tax="own",
                    social="own", waste="twente", parking=None, appt="afspraak.hengelo.test",
                    az="/producten-a-z", search=("/zoeken", "term"), consent="banner", mijn="Mijn Hengelo",
                    direct=True, feedback=True, newsletter=False, soft404=None, color="#e2001a"),
}

# --------------------------------------------------------------------------------------
# Products: title, comma-title, section, description, default route, traps
# Route codes: D DigiD form, DP DigiD form with pre-fill statement, E eHerkenning (+DigiD) form,
# F online form without login, P PDF form, W Word form, 0 information only, T tax office route,
# S social service route, U werk.nl, O Omgevingsloket, K parking portal, A waste company,
# N not offered, - not found
# --------------------------------------------------------------------------------------
P = {}


def prod(key, title, ctitle, sec, desc, route, traps):
    P[key] = dict(title=title, ctitle=ctitle, sec=sec, desc=desc, route=route, traps=traps)


prod("brp-uittreksel", "Uittreksel BRP aanvragen", "Uittreksel basisregistratie personen (BRP)", "burgerzaken",
     "Met een uittreksel uit de Basisregistratie Personen (BRP) laat u zien waar u woont en sinds wanneer. "
     "U heeft het bijvoorbeeld nodig voor een nieuwe baan, een huurwoning of een studie in het buitenland.",
     "D", ["payment", "appt"])
prod("verhuismelding", "Verhuizing doorgeven", "Verhuizing, doorgeven", "burgerzaken",
     "Gaat u verhuizen? Geef uw verhuizing uiterlijk 5 dagen na de verhuisdatum door. U kunt dit 4 weken van "
     "tevoren al doen. Verhuist u naar het buitenland, dan is dit een emigratie.",
     "D", ["status", "pdf:Verhuizing naar het buitenland (emigratie) formulier"])
prod("geboorteaangifte", "Geboorte aangeven", "Geboorte, aangifte", "burgerzaken",
     "Is uw kind geboren? Dan doet u binnen 3 dagen aangifte van de geboorte. Dat kan de vader of moeder doen, "
     "of iemand die bij de geboorte aanwezig was.",
     "0", ["appt", "pdf:Verklaring naamskeuze"])
prod("overlijdensaangifte", "Overlijden aangeven", "Overlijden, aangifte", "burgerzaken",
     "Is er iemand overleden? Dan moet dat binnen 6 werkdagen worden aangegeven bij de gemeente. Meestal regelt "
     "de uitvaartondernemer dit voor u.",
     "0", ["professional", "tariff"])
prod("huwelijksaangifte", "Trouwen of geregistreerd partnerschap melden", "Huwelijk of partnerschap, melding",
     "burgerzaken",
     "Wilt u trouwen of een geregistreerd partnerschap aangaan? Dan meldt u dit eerst bij de gemeente. Dit heet "
     "de melding voorgenomen huwelijk (vroeger: ondertrouw). Doe de melding uiterlijk 2 weken van tevoren.",
     "D", ["sibling:trouwlocatie-reserveren:Trouwdatum en locatie reserveren", "tariff"])
prod("paspoort", "Paspoort aanvragen", "Paspoort, aanvragen", "burgerzaken",
     "Een paspoort is 10 jaar geldig voor volwassenen en 5 jaar voor kinderen onder de 18. U vraagt het "
     "persoonlijk aan bij de gemeente waar u staat ingeschreven.",
     "0", ["appt", "consent", "notpossible"])
prod("identiteitskaart", "Identiteitskaart aanvragen", "Identiteitskaart, aanvragen", "burgerzaken",
     "Met een Nederlandse identiteitskaart kunt u zich legitimeren en reizen binnen Europa. U vraagt de "
     "identiteitskaart persoonlijk aan op het stadhuis.",
     "0", ["appt", "consent", "notpossible"])
prod("parkeervergunning", "Parkeervergunning aanvragen", "Parkeervergunning voor bewoners", "parkeren",
     "Woont u in een gebied met betaald parkeren of vergunningparkeren? Dan kunt u een parkeervergunning voor "
     "bewoners aanvragen. Bedrijven kunnen een bedrijfsvergunning aanvragen.",
     "D", ["visitor", "tariff"])
prod("gehandicaptenparkeerkaart", "Gehandicaptenparkeerkaart aanvragen", "Gehandicaptenparkeerkaart, aanvragen",
     "parkeren",
     "Heeft u een ziekte of handicap waardoor u niet ver kunt lopen? Dan kunt u een gehandicaptenparkeerkaart "
     "(GPK) aanvragen. Een onafhankelijke arts beoordeelt uw aanvraag.",
     "D", ["regulation", "callback"])
prod("gehandicaptenparkeerplaats", "Gehandicaptenparkeerplaats aanvragen", "Gehandicaptenparkeerplaats, aanvragen",
     "parkeren",
     "Heeft u een gehandicaptenparkeerkaart en een auto? Dan kunt u in bepaalde gevallen een parkeerplaats op "
     "kenteken bij uw woning aanvragen.",
     "F", ["regulation", "objection"])
prod("hondenbelasting", "Hondenbelasting", "Hondenbelasting, aan- of afmelden", "belastingen",
     "Heeft u een hond? Dan betaalt u hondenbelasting. U moet uw hond aanmelden binnen 14 dagen nadat u hem "
     "heeft gekregen. Heeft u geen hond meer, meld hem dan af.",
     "T", ["tariff", "sibling:hondenpoep-melden:Hondenpoep of volle afvalbak melden"])
prod("belastingkwijtschelding", "Kwijtschelding gemeentelijke belastingen", "Kwijtschelding belastingen, aanvragen",
     "belastingen",
     "Heeft u een laag inkomen en weinig vermogen? Dan kunt u misschien kwijtschelding krijgen van (een deel "
     "van) de gemeentelijke belastingen, zoals de afvalstoffenheffing en rioolheffing.",
     "T", ["sibling:automatische-incasso:Machtiging automatische incasso", "calculator"])
prod("woz-bezwaar", "WOZ-waarde en bezwaar maken", "WOZ-beschikking, bezwaar maken", "belastingen",
     "Bent u het niet eens met de WOZ-waarde van uw woning of bedrijfspand? Dan kunt u binnen 6 weken na de "
     "dagtekening van de aanslag bezwaar maken.",
     "T", ["wozloket", "status"])
prod("bijstand", "Bijstandsuitkering aanvragen", "Bijstand, uitkering aanvragen", "inkomen",
     "Heeft u geen of te weinig inkomen om van te leven? Dan kunt u misschien een bijstandsuitkering krijgen "
     "op grond van de Participatiewet.",
     "D", ["calculator", "changepdf"])
prod("bijzondere-bijstand", "Bijzondere bijstand aanvragen", "Bijzondere bijstand, aanvragen", "inkomen",
     "Heeft u onverwachte, noodzakelijke kosten die u zelf niet kunt betalen? Bijvoorbeeld voor een bril, een "
     "wasmachine of rechtsbijstand? Dan kunt u bijzondere bijstand aanvragen.",
     "D", ["sibling:meedoenregeling:Meedoenregeling declaratie", "changepdf"])
prod("wmo-voorziening", "Hulp en ondersteuning (Wmo) aanvragen", "Wmo-voorziening, melding", "zorg",
     "Heeft u hulp nodig bij het huishouden, vervoer, een rolstoel of een aanpassing in huis? Meld uw "
     "hulpvraag bij de gemeente. Een consulent neemt contact met u op voor een keukentafelgesprek.",
     "F", ["callback", "pdf:Klachtenformulier Wmo"])
prod("leerlingenvervoer", "Leerlingenvervoer aanvragen", "Leerlingenvervoer, vergoeding", "onderwijs",
     "Kan uw kind niet zelfstandig naar school? Dan kunt u misschien een vergoeding voor leerlingenvervoer "
     "krijgen. Vraag het vervoer voor het nieuwe schooljaar voor 1 mei aan.",
     "D", ["regulation", "sibling:klacht-vervoerder:Klacht over de vervoerder"])
prod("grofvuil", "Grofvuil laten ophalen", "Grof huishoudelijk afval, ophalen", "afval",
     "Grof huishoudelijk afval zoals meubels, matrassen en vloerbedekking laat u ophalen of brengt u zelf naar "
     "de milieustraat.",
     "F", ["tariff", "news"])
prod("afvalcontainer", "Afvalcontainer aanvragen of wijzigen", "Minicontainer, aanvragen of wijzigen", "afval",
     "Heeft u een extra, grotere of kleinere container nodig, of is uw container kapot of gestolen? "
     "Vraag dan een nieuwe container aan.",
     "F", ["sibling:afvalpas-aanvragen:Afvalpas aanvragen", "tariff"])
prod("melding-openbare-ruimte", "Melding openbare ruimte doen", "Melding openbare ruimte", "wonen",
     "Ziet u een losliggende stoeptegel, een kapotte lantaarnpaal of zwerfvuil? Meld het ons, dan lossen we "
     "het zo snel mogelijk op.",
     "F", ["status", "app"])
prod("omgevingsvergunning", "Omgevingsvergunning aanvragen", "Omgevingsvergunning, aanvragen", "bouwen",
     "Wilt u bouwen, verbouwen, slopen of het gebruik van een pand veranderen? Dan heeft u misschien een "
     "omgevingsvergunning nodig. Sinds 1 januari 2024 geldt de Omgevingswet.",
     "O", ["vergunningcheck", "tariff", "sibling:principeverzoek:Principeverzoek indienen"])
prod("kapvergunning", "Boom kappen", "Kapvergunning, aanvragen", "bouwen",
     "Wilt u een boom kappen? Voor veel bomen heeft u een vergunning nodig. Kijk eerst of uw boom op de "
     "bomenlijst staat.",
     "O", ["vergunningcheck", "sibling:boom-openbare-ruimte:Melding boom in de openbare ruimte"])
prod("bouwdossier-inzage", "Bouwtekeningen en bouwdossier inzien", "Bouwdossier, inzien", "bouwen",
     "Wilt u de bouwtekeningen of vergunningen van een pand inzien? Vraag dan het bouwdossier op. U kunt het "
     "digitaal ontvangen of inzien op afspraak.",
     "F", ["tariff", "payment"])
prod("bezwaar", "Bezwaar maken tegen een besluit", "Bezwaarschrift indienen", "bestuur",
     "Bent u het niet eens met een besluit van de gemeente? Dan kunt u binnen 6 weken bezwaar maken. Gaat het "
     "over uw WOZ-waarde of een belastingaanslag? Dan gelden andere regels.",
     "D", ["sibling:klachtformulier:Klacht indienen", "regulation"])
prod("klacht", "Klacht indienen", "Klachten over de gemeente", "bestuur",
     "Bent u niet tevreden over hoe een medewerker of de gemeente u heeft behandeld? Dien dan een klacht in. "
     "Komen we er samen niet uit, dan kunt u naar de Nationale ombudsman.",
     "F", ["regulation", "objection"])
prod("woo-verzoek", "Woo-verzoek indienen", "Wet open overheid (Woo), verzoek", "bestuur",
     "Wilt u informatie over een bestuurlijke aangelegenheid die niet openbaar is? Dan kunt u een verzoek doen "
     "op grond van de Wet open overheid (Woo).",
     "F", ["news", "regulation"])
prod("subsidie", "Subsidie aanvragen", "Subsidies, aanvragen", "subsidie",
     "De gemeente geeft subsidie aan organisaties en inwoners die activiteiten organiseren voor de stad: sport, "
     "cultuur, welzijn en evenementen.",
     "E", ["regulation", "sibling:subsidie-verantwoording:Subsidie verantwoorden"])
prod("evenementenvergunning", "Evenementenvergunning aanvragen", "Evenement organiseren, vergunning", "ondernemen",
     "Organiseert u een evenement, zoals een braderie, festival of buurtfeest? Dan heeft u meestal een "
     "evenementenvergunning nodig. Voor een klein evenement is een melding genoeg.",
     "E", ["sibling:melding-klein-evenement:Melding klein evenement", "regulation"])
prod("exploitatievergunning-horeca", "Exploitatievergunning horeca aanvragen", "Horeca-exploitatievergunning",
     "ondernemen",
     "Begint u een café, restaurant of snackbar? Dan heeft u een exploitatievergunning nodig. Wij doen "
     "daarbij een Bibob-onderzoek.",
     "P", ["bibob", "regulation"])
prod("alcoholvergunning", "Alcoholvergunning aanvragen", "Alcoholwetvergunning, aanvragen", "ondernemen",
     "Wilt u in uw horecazaak of slijterij alcohol verkopen? Dan heeft u een alcoholvergunning nodig "
     "(vroeger drank- en horecavergunning).",
     "P", ["sibling:ontheffing-artikel-35:Ontheffing artikel 35 Alcoholwet (tijdelijk schenken)", "bibob"])
prod("terrasvergunning", "Terrasvergunning aanvragen", "Terras, vergunning", "ondernemen",
     "Wilt u een terras bij uw horecazaak? Voor een terras op de openbare weg heeft u toestemming van de "
     "gemeente nodig.",
     "F", ["tariff", "regulation"])
prod("standplaatsvergunning", "Standplaatsvergunning aanvragen", "Standplaats, vergunning", "ondernemen",
     "Wilt u met een kraam of verkoopwagen op een vaste plek buiten de markt staan? Dan heeft u een "
     "standplaatsvergunning nodig.",
     "P", ["regulation", "tariff"])
prod("marktvergunning", "Marktvergunning (marktplaats) aanvragen", "Markt, standplaats op de weekmarkt",
     "ondernemen",
     "Wilt u een kraam op de weekmarkt? Dan heeft u een marktvergunning nodig. Er is een wachtlijst per "
     "branche.",
     "0", ["tariff", "sibling:dagplaats-markt:Dagplaats op de markt aanvragen"])
prod("reclamebelasting", "Reclamebelasting", "Reclamebelasting, aanslag", "belastingen",
     "Heeft u als ondernemer een reclame-uiting die vanaf de openbare weg zichtbaar is, zoals een lichtbak of "
     "gevelreclame? Dan betaalt u mogelijk reclamebelasting.",
     "0", ["objection", "tariff"])
prod("geluidsontheffing", "Ontheffing geluidshinder aanvragen", "Geluid, ontheffing", "ondernemen",
     "Gaat u een activiteit organiseren die meer geluid maakt dan is toegestaan, zoals een feest met "
     "versterkte muziek? Dan heeft u een ontheffing nodig.",
     "F", ["sibling:incidentele-festiviteit:Melding incidentele festiviteit", "mor"])
prod("winkeltijdenontheffing", "Ontheffing winkeltijden aanvragen", "Winkeltijden, ontheffing", "ondernemen",
     "Wilt u uw winkel open hebben buiten de toegestane winkeltijden? Vraag dan een ontheffing aan.",
     "0", ["regulation", "news"])
prod("kansspelautomaatvergunning", "Aanwezigheidsvergunning kansspelautomaten", "Speelautomaten, vergunning",
     "ondernemen",
     "Wilt u een kansspelautomaat in uw horecabedrijf plaatsen? Dan heeft u een aanwezigheidsvergunning "
     "nodig.",
     "P", ["bibob", "tariff"])
prod("collectevergunning", "Collectevergunning aanvragen", "Collecteren, vergunning", "ondernemen",
     "Wilt u geld of goederen inzamelen langs de deuren of op straat? Dan heeft u een collectevergunning nodig. "
     "Landelijke fondsen met een CBF-keurmerk staan op het collecterooster.",
     "F", ["regulation", "sibling:melding-ingebruikname:Melding ingebruikname bouwwerk"])
prod("ligplaatsvergunning", "Ligplaatsvergunning aanvragen", "Ligplaats, vergunning", "wonen",
     "Wilt u met een woonboot of pleziervaartuig een vaste ligplaats in gemeentelijk water? Dan heeft u een "
     "ligplaatsvergunning nodig.",
     "P", ["payment", "tariff"])
prod("uitwegvergunning", "Uitrit of inrit aanleggen", "Uitweg, vergunning", "bouwen",
     "Wilt u een nieuwe uitrit (inrit) maken of uw bestaande uitrit veranderen? Dan heeft u toestemming van "
     "de gemeente nodig.",
     "O", ["vergunningcheck", "tariff"])
prod("belastingaanslag-bezwaar", "Bezwaar maken tegen uw belastingaanslag", "Belastingaanslag, bezwaar",
     "belastingen",
     "Bent u het niet eens met uw aanslag gemeentelijke belastingen, bijvoorbeeld de afvalstoffenheffing of "
     "rioolheffing? Maak dan binnen 6 weken bezwaar.",
     "T", ["wozloket", "sibling:automatische-incasso:Machtiging automatische incasso"])
prod("betalingsregeling", "Betalingsregeling belastingen", "Betalingsregeling, aanvragen", "belastingen",
     "Kunt u uw aanslag niet in één keer betalen? Dan kunt u een betalingsregeling aanvragen. Met automatische "
     "incasso betaalt u in termijnen.",
     "T", ["payment", "callback"])

# Per-organisation routes (deviations from the product default) -------------------------------
OVR = {
    "almere": {"verhuismelding": "DP", "geboorteaangifte": "D", "huwelijksaangifte": "D", "ligplaatsvergunning": "P",
               "evenementenvergunning": "E", "marktvergunning": "F", "winkeltijdenontheffing": "F",
               "exploitatievergunning-horeca": "E", "kansspelautomaatvergunning": "E", "alcoholvergunning": "E"},
    "leeuwarden": {"geboorteaangifte": "D", "grofvuil": "A", "afvalcontainer": "A", "ligplaatsvergunning": "D",
                   "winkeltijdenontheffing": "N", "marktvergunning": "P", "standplaatsvergunning": "F",
                   "kapvergunning": "F", "reclamebelasting": "N", "terrasvergunning": "E"},
    "venlo": {"uitwegvergunning": "F", "reclamebelasting": "T", "kansspelautomaatvergunning": "P",
              "winkeltijdenontheffing": "P", "standplaatsvergunning": "F", "bouwdossier-inzage": "0"},
    "ede": {"grofvuil": "A", "afvalcontainer": "A", "hondenbelasting": "N", "reclamebelasting": "N",
            "ligplaatsvergunning": "-", "woo-verzoek": "D", "kapvergunning": "D", "bezwaar": "F",
            "exploitatievergunning-horeca": "E", "alcoholvergunning": "E", "geboorteaangifte": "D"},
    "roermond": {"parkeervergunning": "K", "ligplaatsvergunning": "F", "marktvergunning": "P",
                 "evenementenvergunning": "P", "gehandicaptenparkeerkaart": "P", "bouwdossier-inzage": "0",
                 "reclamebelasting": "0", "winkeltijdenontheffing": "N"},
    "harlingen": {"bijstand": "U", "bijzondere-bijstand": "P", "parkeervergunning": "P",
                  "gehandicaptenparkeerkaart": "0", "gehandicaptenparkeerplaats": "P", "hondenbelasting": "P",
                  "belastingkwijtschelding": "P", "woz-bezwaar": "D", "belastingaanslag-bezwaar": "P",
                  "betalingsregeling": "0", "grofvuil": "A", "afvalcontainer": "A", "ligplaatsvergunning": "F",
                  "kansspelautomaatvergunning": "-", "winkeltijdenontheffing": "-", "woo-verzoek": "0",
                  "subsidie": "P", "evenementenvergunning": "P", "terrasvergunning": "P", "reclamebelasting": "N",
                  "geluidsontheffing": "P", "collectevergunning": "P", "bouwdossier-inzage": "0",
                  "leerlingenvervoer": "P", "wmo-voorziening": "0", "huwelijksaangifte": "P", "bezwaar": "P",
                  "uitwegvergunning": "P", "kapvergunning": "O"},
    "bunnik": {"parkeervergunning": "N", "bijstand": "S", "bijzondere-bijstand": "S", "reclamebelasting": "N",
               "ligplaatsvergunning": "-", "kansspelautomaatvergunning": "-", "winkeltijdenontheffing": "-",
               "evenementenvergunning": "F", "marktvergunning": "0", "exploitatievergunning-horeca": "W",
               "gehandicaptenparkeerplaats": "P"},
    "vaals": {"bijstand": "S", "bijzondere-bijstand": "S", "parkeervergunning": "P", "gehandicaptenparkeerkaart": "P",
              "gehandicaptenparkeerplaats": "P", "grofvuil": "A", "afvalcontainer": "A", "ligplaatsvergunning": "-",
              "winkeltijdenontheffing": "N", "woo-verzoek": "F", "subsidie": "W", "evenementenvergunning": "W",
              "bouwdossier-inzage": "-", "leerlingenvervoer": "P", "huwelijksaangifte": "P", "bezwaar": "0",
              "wmo-voorziening": "0", "terrasvergunning": "P", "collectevergunning": "0",
              "melding-openbare-ruimte": "F"},
    "dordrecht": {"bijstand": "S", "bijzondere-bijstand": "S", "parkeervergunning": "K", "grofvuil": "A",
                  "afvalcontainer": "A", "ligplaatsvergunning": "D", "bouwdossier-inzage": "R",
                  "geboorteaangifte": "D", "kapvergunning": "D", "marktvergunning": "P"},
    "hengelo": {"grofvuil": "A", "afvalcontainer": "A", "ligplaatsvergunning": "-", "marktvergunning": "F",
                "kansspelautomaatvergunning": "E", "reclamebelasting": "0", "exploitatievergunning-horeca": "E"},
}

NOT_OFFERED_TEXT = {
    "hondenbelasting": "De gemeente {n} heft geen hondenbelasting. U hoeft uw hond dus niet bij ons aan te melden. "
                       "Wel moet uw hond gechipt en geregistreerd zijn (dat regelt u bij een databank, niet bij de gemeente).",
    "reclamebelasting": "De gemeente {n} heft geen reclamebelasting. Voor een groot reclamebord of lichtreclame "
                        "heeft u mogelijk wel een omgevingsvergunning nodig.",
    "parkeervergunning": "In {n} is geen betaald parkeren en geen vergunningparkeren. U heeft daarom geen "
                         "parkeervergunning nodig en de gemeente geeft deze ook niet uit.",
    "winkeltijdenontheffing": "In {n} mogen winkels op alle dagen open zijn van 06.00 tot 22.00 uur. De gemeente "
                              "verleent daarom geen ontheffingen winkeltijden meer; u hoeft niets aan te vragen.",
}

AREA = {"almere": "036", "leeuwarden": "058", "venlo": "077", "ede": "0318", "roermond": "0475", "harlingen": "0517",
        "bunnik": "030", "vaals": "043", "dordrecht": "078", "hengelo": "074"}
NOTES = {
    "D": "form behind DigiD on {fh} ({pl})", "DP": "DigiD form with pre-fill statement on {fh} ({pl})",
    "E": "form behind eHerkenning on {fh} ({pl})", "F": "online form without login on {fh} ({pl})",
    "P": "PDF application form to print and send", "W": "Word application form to print and send",
    "0": "information only: counter, phone, appointment or letter", "T": "joint tax office {via}, DigiD/eHerkenning login",
    "S": "regional social service {via}", "U": "application through werk.nl with DigiD", "O": "Omgevingsloket login",
    "K": "parking portal {via}", "A": "waste company {via}, online form without DigiD", "R": "regional archive {via}",
}
TAXKEYS = {"hondenbelasting", "belastingkwijtschelding", "woz-bezwaar", "belastingaanslag-bezwaar",
           "betalingsregeling", "reclamebelasting"}
SECNAMES = {"burgerzaken": "Burgerzaken", "parkeren": "Parkeren", "belastingen": "Belastingen",
            "inkomen": "Werk en inkomen", "zorg": "Zorg en ondersteuning", "onderwijs": "Onderwijs",
            "afval": "Afval", "wonen": "Wonen en leefomgeving", "bouwen": "Bouwen en verbouwen",
            "bestuur": "Bestuur en organisatie", "subsidie": "Subsidies", "ondernemen": "Ondernemen"}
ALMERE_SEC = {"burgerzaken": "/wonen/burgerzaken", "parkeren": "/verkeer-en-vervoer/parkeren",
              "belastingen": "/wonen/belastingen", "inkomen": "/werk-en-inkomen", "zorg": "/zorg-en-welzijn",
              "onderwijs": "/onderwijs", "afval": "/wonen/afval", "wonen": "/wonen/openbare-ruimte",
              "bouwen": "/wonen/bouwen-en-verbouwen", "bestuur": "/bestuur", "subsidie": "/subsidies",
              "ondernemen": "/ondernemen/vergunningen"}


def esc(s):
    return html.escape(s, quote=True)


def slugify(s):
    out = []
    for ch in s.lower():
        if ch.isalnum():
            out.append(ch)
        elif out and out[-1] != "-":
            out.append("-")
    return "".join(out).strip("-").replace("é", "e").replace("ë", "e")


def route_of(ok, pk):
    return OVR.get(ok, {}).get(pk, P[pk]["route"])


# --------------------------------------------------------------------------------------
# Writer
# --------------------------------------------------------------------------------------
class Web:
    def __init__(self, out):
        self.out = Path(out)
        self.files = {}
        self.redirects = []
        self.searchidx = {}

    def put(self, url, content):
        assert url.startswith("http://"), url
        rest = url[len("http://"):]
        host, _, path = rest.partition("/")
        path = "/" + path
        if path.endswith("/"):
            path += "index.html"
        self.files[(host, path)] = content

    def redirect(self, url, location, status=302):
        self.redirects.append({"url": url, "status": status, "location": location})

    def write(self):
        paths = {(h, p) for h, p in self.files}
        for h, p in paths:
            parts = p.split("/")
            for i in range(2, len(parts)):
                assert (h, "/".join(parts[:i])) not in paths, ("file/dir clash", h, p)
        for (host, path), content in sorted(self.files.items()):
            p = self.out / "sites" / host / path.lstrip("/")
            p.parent.mkdir(parents=True, exist_ok=True)
            if isinstance(content, str):
                content = content.encode("utf-8")
            p.write_bytes(content)


def make_pdf(title, lines):
    text = [title] + lines
    stream = ["BT", "/F1 16 Tf", "50 790 Td", "(%s) Tj" % pdfesc(text[0]), "/F1 10 Tf"]
    for ln in text[1:]:
        stream.append("0 -16 Td")
        stream.append("(%s) Tj" % pdfesc(ln))
    stream.append("ET")
    body = "\n".join(stream).encode("latin-1", "replace")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(body) + body + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        ("<< /Title (%s) /Producer (gemeente) >>" % pdfesc(title)).encode("latin-1", "replace"),
    ]
    out = b"%PDF-1.4\n"
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for o in offs:
        out += b"%010d 00000 n \n" % o
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info 6 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    return out


def pdfesc(s):
    return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def make_docx(title, lines):
    import io
    buf = io.BytesIO()
    paras = "".join("<w:p><w:r><w:t xml:space=\"preserve\">%s</w:t></w:r></w:p>" % esc(x) for x in [title] + lines)
    files = {
        "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
        "_rels/.rels": '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
        "word/document.xml": '<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>%s</w:body></w:document>' % paras,
    }
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in files.items():
            zi = zipfile.ZipInfo(name, date_time=(2023, 3, 1, 12, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
    return buf.getvalue()


# --------------------------------------------------------------------------------------
# One municipal site
# --------------------------------------------------------------------------------------
class Site:
    def __init__(self, web, key, code, name, inh):
        self.web, self.key, self.code, self.name, self.inh = web, key, code, name, inh
        self.p = SITES[key]
        self.host = "www.%s.test" % key
        self.base = "http://%s" % self.host
        self.fh = self.p["formhost"]
        self.made = set()
        self.pages = []  # (url, title, text) for search and sitemap

    # ---------------- URLs ----------------
    def prod_host(self):
        return "loket.roermond.test" if self.p["family"] == "pdc" else self.host

    def product_url(self, pk):
        fam = self.p["family"]
        t = P[pk]
        slug = slugify(t["title"])
        if fam == "topic":
            return self.base + ALMERE_SEC[t["sec"]] + "/" + pk
        if fam == "nl":
            return self.base + "/nl/" + slug
        if fam == "slug":
            return self.base + "/" + slug
        if fam == "owc":
            return self.base + "/onderwerp/" + slugify(t["ctitle"]) + "/"
        if fam == "pdc":
            return "http://loket.roermond.test/producten/" + slug
        if fam == "productid":
            n = 100 + sorted(P).index(pk) * 7
            return self.base + "/inwoners/alle-onderwerpen_42371/product/%s_%d.html" % (slugify(t["ctitle"]), n)
        if fam == "section":
            return self.base + "/" + slugify(SECNAMES[t["sec"]]) + "/" + pk
        if fam == "producten":
            return self.base + "/producten/" + slugify(t["ctitle"])
        if fam == "iprox":
            sec = SECNAMES[t["sec"]].replace(" ", "_")
            tt = t["ctitle"].replace(",", "").replace("(", "").replace(")", "").replace(" ", "_")
            return self.base + "/Inwoners/%s/%s" % (sec, tt)
        if fam == "query":
            return self.base + "/product?id=" + slug
        raise ValueError(fam)

    def title(self, pk):
        fam = self.p["family"]
        return P[pk]["ctitle"] if fam in ("productid", "iprox", "producten", "owc") else P[pk]["title"]

    def doc_url(self, slug, ext="pdf"):
        fam = self.p["family"]
        if fam == "owc":
            return self.base + "/wp-content/uploads/2023/03/%s.%s" % (slug, ext)
        if fam == "nl":
            return self.base + "/nl/bestanden/%s.%s" % (slug, ext)
        if fam == "iprox":
            return self.base + "/Documenten/Formulieren/%s.%s" % (slug, ext)
        if fam == "productid":
            return self.base + "/document/%s.%s" % (slug, ext)
        if fam == "pdc":
            return "http://loket.roermond.test/media/%s.%s" % (slug, ext)
        return self.base + "/documenten/%s.%s" % (slug, ext)

    def doc(self, slug, title, kind="form", ext="pdf"):
        url = self.doc_url(slug, ext)
        if url not in self.made:
            self.made.add(url)
            if kind == "form":
                lines = ["Gemeente %s" % self.name, "Aanvraagformulier", "Naam: ..............................",
                         "Adres: .............................", "Postcode en woonplaats: ............",
                         "Telefoon: ..........................", "Handtekening: ......................",
                         "Stuur dit formulier naar: Gemeente %s, Postbus 1000" % self.name]
            else:
                lines = ["Gemeente %s" % self.name, "Artikel 1 Begripsbepalingen",
                         "In deze verordening wordt verstaan onder ...", "Artikel 2 Tarieven",
                         "De tarieven zijn opgenomen in de bijbehorende tabel.", "Vastgesteld door de gemeenteraad."]
            self.web.put(url, make_docx(title, lines) if ext == "docx" else make_pdf(title, lines))
        return url

    def login_start(self, path, idp=DIGID):
        url = path if path.startswith("http") else self.base + path
        if url not in self.made:
            self.made.add(url)
            host = url.split("/")[2]
            self.web.redirect(url, "http://%s/inloggen?sp=%s" % (idp, host), 302)
        return url

    # ---------------- page skeleton ----------------
    def header(self):
        p = self.p
        nav = [("Home", self.base + "/"), ("Producten en diensten A-Z", self.az_url()),
               ("Contact", self.base + "/contact")]
        if p["family"] == "topic":
            nav[1:1] = [("Wonen", self.base + "/wonen/"), ("Ondernemen", self.base + "/ondernemen/")]
        navhtml = "".join('<li><a href="%s">%s</a></li>' % (u, esc(t)) for t, u in nav)
        mijn = self.login_start("/mijn/inloggen")
        search = ""
        if p["search"]:
            search = ('<form role="search" class="zoekformulier" action="%s%s" method="get"><label for="zoek">Zoeken</label>'
                      '<input id="zoek" name="%s" type="search" placeholder="Waar bent u naar op zoek?">'
                      '<button type="submit">Zoek</button></form>' % (self.base, p["search"][0], p["search"][1]))
        cookie = ""
        if p["consent"] == "banner":
            cookie = ('<div id="cookiebanner" class="cookie-notice"><p>Wij gebruiken cookies om onze website te verbeteren. '
                      'Lees meer in onze <a href="%s/privacy">privacyverklaring</a>.</p><form action="%s/cookies/opslaan" '
                      'method="post"><button name="keuze" value="alle">Alle cookies accepteren</button>'
                      '<button name="keuze" value="noodzakelijk">Alleen noodzakelijke cookies</button></form></div>'
                      % (self.base, self.base))
        elif p["consent"] == "wall":
            cookie = ('<div id="consent-wall" class="consent-overlay" style="position:fixed;inset:0;background:rgba(0,0,0,.7);z-index:999">'
                      '<div class="consent-dialog" role="dialog" aria-modal="true"><h2>Deze website gebruikt cookies</h2>'
                      '<p>Kies of u alle cookies accepteert. Zonder uw keuze kunt u de website niet gebruiken.</p>'
                      '<form action="%s/cookies/opslaan" method="post"><button name="c" value="ja">Accepteren</button>'
                      '<button name="c" value="nee">Weigeren</button></form><a href="%s/cookieverklaring">Cookieverklaring</a>'
                      '</div></div>' % (self.base, self.base))
        return ('%s<header class="site-header"><a class="logo" href="%s/"><img src="%s/static/logo.svg" alt="Gemeente %s"></a>'
                '<a class="mijn-login" href="%s">%s <span>Inloggen met DigiD</span></a>%s'
                '<nav class="hoofdmenu"><ul>%s</ul></nav></header>' % (cookie, self.base, self.base, esc(self.name),
                                                                        mijn, esc(p["mijn"]), search, navhtml))

    def footer(self):
        p = self.p
        parts = ['<footer class="site-footer"><div class="footer-contact"><h2>Contact</h2><p>Gemeente %s<br>'
                 'Telefoon 14 %s<br>Postbus 1000</p><a href="%s/contact">Contactformulier</a></div>'
                 % (esc(self.name), AREA[self.key], self.base)]
        parts.append('<div class="footer-digid"><img src="%s/static/digid-logo.svg" alt="DigiD"> '
                     '<a href="%s">Inloggen op %s</a></div>' % (self.base, self.login_start("/mijn/inloggen"),
                                                               esc(p["mijn"])))
        if p["newsletter"]:
            parts.append('<form class="nieuwsbrief" action="%s/nieuwsbrief/aanmelden" method="post"><label>Meld u aan '
                         'voor de nieuwsbrief <input type="email" name="email"></label><button>Aanmelden</button></form>'
                         % self.base)
        parts.append('<ul class="footer-links"><li><a href="%s/privacy">Privacy</a></li><li><a href="%s/cookieverklaring">'
                     'Cookies</a></li><li><a href="%s/toegankelijkheid">Toegankelijkheid</a></li><li>'
                     '<a href="%s/sitemap.xml">Sitemap</a></li></ul></footer>' % ((self.base,) * 4))
        return "".join(parts)

    def page(self, url, title, body, search_text=None, crumbs=None):
        crumbhtml = ""
        if crumbs:
            crumbhtml = '<nav class="breadcrumb">%s</nav>' % " &gt; ".join('<a href="%s">%s</a>' % (u, esc(t))
                                                                             for t, u in crumbs)
        doc = ('<!DOCTYPE html>\n<html lang="nl"><head><meta charset="utf-8"><title>%s | Gemeente %s</title>'
               '<meta name="viewport" content="width=device-width, initial-scale=1">'
               '<link rel="stylesheet" href="%s/static/site.css"></head><body class="cms-%s">%s%s'
               '<main id="content">%s</main>%s</body></html>\n'
               % (esc(title), esc(self.name), self.base, self.p["family"], self.header(), crumbhtml, body,
                  self.footer()))
        self.web.put(url, doc)
        if search_text is not None:
            self.pages.append((url, title, search_text))

    def az_url(self):
        return ("http://loket.roermond.test" if self.p["family"] == "pdc" else self.base) + self.p["az"]

    # ---------------- forms ----------------
    def fields(self, title):
        return ('<fieldset><legend>%s</legend><label>Naam <input name="naam" required></label>'
                '<label>E-mailadres <input type="email" name="email" required></label>'
                '<label>Telefoonnummer <input name="telefoon"></label>'
                '<label>Toelichting <textarea name="toelichting"></textarea></label></fieldset>' % esc(title))

    def anon_form(self, slug, title):
        """A web form without login (level 67). Returns its URL."""
        pl = self.p["platform"]
        if pl == "openforms":
            url = "http://%s/%s/" % (self.fh, slug)
            api = "http://%s/api/v2/forms/%s" % (self.fh, slug)
            if url not in self.made:
                self.made.add(url)
                body = ('<h1>%s</h1><div id="openforms-root" data-form-slug="%s" data-api-url="%s" '
                        'data-submit-url="http://%s/api/v2/submissions"><noscript>Schakel JavaScript in om dit formulier '
                        'te gebruiken.</noscript></div><script>\n(function(){var r=document.getElementById("openforms-root");'
                        'var f=document.createElement("form");f.method="post";f.action=r.dataset.submitUrl;'
                        'f.innerHTML="<label>Naam <input name=naam></label><label>E-mail <input name=email type=email>'
                        '</label><label>Uw bericht <textarea name=bericht></textarea></label>'
                        '<button type=submit>Versturen</button>";r.appendChild(f);})();\n</script>'
                        % (esc(title), slug, api, self.fh))
                self.simple(url, title, body)
                self.web.put(api, json.dumps({"slug": slug, "name": title, "loginRequired": False,
                                              "submissionUrl": "http://%s/api/v2/submissions" % self.fh}))
                self.simple("http://%s/api/v2/submissions" % self.fh, "Verzonden",
                            "<h1>Bedankt</h1><p>Uw formulier is verzonden.</p>")
            return url, ["online_form", "js_only"]
        if pl == "tripleforms":
            name = "".join(w.capitalize() for w in slug.split("-"))
            url = "http://%s/Formulieren/%s.aspx" % (self.fh, name)
            if url not in self.made:
                self.made.add(url)
                body = ('<h1>%s</h1><div class="tf-steps">Stap 1 van 3: Uw gegevens</div><form method="post" action="%s" '
                        'id="aspnetForm"><input type="hidden" name="__VIEWSTATE" value="dDwtMTA4NzA">%s'
                        '<input type="submit" name="btnVolgende" value="Volgende"></form>' % (esc(title), url, self.fields(title)))
                self.simple(url, title, body)
            return url, ["online_form", "aspx"]
        if pl == "gravity":
            url = "http://%s/formulier/%s/" % (self.fh, slug)
            if url not in self.made:
                self.made.add(url)
                body = ('<h1>%s</h1><div class="gform_wrapper"><form method="post" enctype="multipart/form-data" '
                        'id="gform_3" action="/formulier/%s/#gf_3">%s<input type="submit" class="gform_button" '
                        'value="Verzenden"></form></div>' % (esc(title), slug, self.fields(title)))
                self.simple(url, title, body)
            return url, ["online_form"]
        if pl == "iform":
            url = "http://%s/iform/%s" % (self.fh, slug)
            if url not in self.made:
                self.made.add(url)
                self.simple(url, title, '<h1>%s</h1><form method="post" action="/iform/%s-verzenden">%s'
                            '<button>Verzenden</button></form>' % (esc(title), slug, self.fields(title)))
                self.simple("http://%s/iform/%s-verzenden" % (self.fh, slug), "Verzonden",
                            "<h1>Bedankt</h1><p>Wij hebben uw formulier ontvangen.</p>")
            return url, ["online_form"]
        if pl == "wizard":
            url = "%s/formulieren/%s/stap-1" % (self.base, slug)
            if url not in self.made:
                self.made.add(url)
                self.simple(url, title, '<h1>%s</h1><p>Stap 1 van 2</p><form method="post" action="%s/formulieren/%s/stap-2">'
                            '%s<button>Volgende stap</button></form>' % (esc(title), self.base, slug, self.fields(title)))
                self.simple("%s/formulieren/%s/stap-2" % (self.base, slug), title,
                            '<h1>%s</h1><p>Stap 2 van 2: controleren en verzenden</p><form method="post" '
                            'action="%s/formulieren/%s/verzonden"><button>Verzenden</button></form>' % (esc(title), self.base, slug))
                self.simple("%s/formulieren/%s/verzonden" % (self.base, slug), "Verzonden",
                            "<h1>Bedankt</h1><p>Uw formulier is verzonden.</p>")
            return url, ["online_form", "multistep"]
        # formdesk-like / smartforms / e-loket anonymous forms
        if pl == "formdesk" or self.key == "venlo":
            fh = self.fh if pl == "formdesk" else "fd5.formdesk.test"
            acct = "gemeente" + self.key
            url = "http://%s/%s/%s" % (fh, acct, slug)
        elif pl == "smartforms":
            url = "http://%s/form/%s" % (self.fh, slug)
        else:
            url = "http://%s/formulier/%s" % (self.fh, slug)
        if url not in self.made:
            self.made.add(url)
            self.simple(url, title, '<h1>%s</h1><form method="post" action="%s">%s<button type="submit">Verzenden</button>'
                        '</form>' % (esc(title), url, self.fields(title)))
        return url, ["online_form"]

    def auth_form(self, slug, title, idp=DIGID, prefill=False, both=False):
        """A form behind DigiD/eHerkenning (level 100). Returns (route_url, link_url, signals)."""
        pl = self.p["platform"]
        sig = ["digid" if idp == DIGID else "eherkenning"] + (["digid"] if both and idp == EHK else [])
        pre = ('<p class="prefill">Na het inloggen zijn uw gegevens uit de Basisregistratie Personen al voor u '
               'ingevuld. U controleert ze alleen.</p>' if prefill else "")
        if prefill:
            sig.append("prefill")
        mech = "digid" if idp == DIGID else "eherkenning"
        lbl = "Inloggen met DigiD" if idp == DIGID else "Inloggen met eHerkenning"
        if pl in ("eloket", "wizard", "formdesk"):
            if pl == "wizard":
                start = self.login_start("%s/%s/%s/start" % (self.base, mech, slug), idp)
            elif pl == "formdesk":
                start = self.login_start("http://%s/gemeente%s/%s/%s" % (self.fh, self.key, slug, mech), idp)
            else:
                start = self.login_start("http://%s/%s/start/%s" % (self.fh, mech, slug), idp)
            extra = ""
            if both:
                extra = self.login_start(start.replace("eherkenning", "digid"), DIGID)
            return start, start, sig, pre, extra
        if pl == "openforms":
            url = "http://%s/%s/" % (self.fh, slug)
            start = self.login_start("http://%s/auth/%s/%s/start" % (self.fh, slug, mech), idp)
            extra = self.login_start("http://%s/auth/%s/digid/start" % (self.fh, slug), DIGID) if both else ""
            eidas = self.login_start("http://%s/auth/%s/eidas/start" % (self.fh, slug), EHK)
            if url not in self.made:
                self.made.add(url)
                btns = "[[%s,%s],[%s,%s]]" % (json.dumps(lbl), json.dumps(start), json.dumps("Inloggen met eIDAS (EU)"),
                                              json.dumps(eidas))
                if both:
                    btns = "[[%s,%s],[%s,%s]]" % (json.dumps(lbl), json.dumps(start), json.dumps("Inloggen met DigiD"),
                                                  json.dumps(extra))
                body = ('<h1>%s</h1><div id="openforms-root" data-form-slug="%s" data-login-required="true">'
                        '<noscript>Schakel JavaScript in om dit formulier te gebruiken.</noscript></div>%s<script>\n'
                        '(function(){var r=document.getElementById("openforms-root");var b=%s;'
                        'b.forEach(function(x){var a=document.createElement("a");a.className="utrecht-button";'
                        'a.href=x[1];a.textContent=x[0];r.appendChild(a);});})();\n</script>'
                        % (esc(title), slug, pre, btns))
                self.simple(url, title, body)
            return url, url, sig + ["eidas", "js_only"], "", ""
        # page with login button(s)
        if pl == "tripleforms":
            name = "".join(w.capitalize() for w in slug.split("-"))
            url = "http://%s/Formulieren/%s.aspx" % (self.fh, name)
            start = self.login_start("http://%s/Formulieren/%s/%s.aspx" % (self.fh, name, mech.capitalize()), idp)
        elif pl == "gravity":
            url = "http://%s/formulier/%s/" % (self.fh, slug)
            start = self.login_start("http://%s/%s/login/%s/" % (self.fh, mech, slug), idp)
        elif pl == "iform":
            url = "http://%s/iform/%s" % (self.fh, slug)
            start = self.login_start("http://%s/iform/%s/%s" % (self.fh, slug, mech), idp)
        else:  # smartforms
            url = "http://%s/form/%s" % (self.fh, slug)
            start = self.login_start("http://%s/auth/%s/%s" % (self.fh, mech, slug), idp)
        if url not in self.made:
            self.made.add(url)
            btn = '<a class="button %s" href="%s">%s</a>' % (mech, start, lbl)
            if both:
                d = self.login_start(start.replace("eherkenning", "digid"), DIGID)
                btn += ' <a class="button digid" href="%s">Inloggen met DigiD (particulier)</a>' % d
            self.simple(url, title, '<h1>%s</h1><p>Voor dit formulier moet u inloggen.</p>%s%s' % (esc(title), pre, btn))
        return url, url, sig, "", ""

    def simple(self, url, title, body):
        host = url.split("/")[2]
        if host in (self.host, "loket.roermond.test"):
            self.page(url, title, body)
        else:
            self.web.put(url, '<!DOCTYPE html>\n<html lang="nl"><head><meta charset="utf-8"><title>%s - Gemeente %s'
                              '</title></head><body><header><a href="%s/">Gemeente %s</a></header><main>%s</main>'
                              '<footer><a href="%s/privacy">Privacyverklaring</a></footer></body></html>\n'
                         % (esc(title), esc(self.name), self.base, esc(self.name), body, self.base))

    # ---------------- traps ----------------
    def trap(self, t, pk):
        title = self.title(pk)
        if t.startswith("sibling:"):
            _, slug, stitle = t.split(":", 2)
            u, _ = self.anon_form(slug, stitle)
            return ('<p>Zie ook: <a href="%s">%s (online formulier)</a>.</p>' % (u, esc(stitle)), ["trap_sibling_form"])
        if t.startswith("pdf:"):
            ptitle = t[4:]
            u = self.doc(slugify(ptitle), ptitle)
            return ('<p>Meer nodig? <a href="%s">%s (pdf, 96 kB)</a></p>' % (u, esc(ptitle)), ["trap_other_pdf"])
        if t == "appt":
            if not self.p["appt"]:
                return ('<p>Een afspraak maakt u telefonisch via 14 %s.</p>' % AREA[self.key], [])
            return self.appointment(pk)
        if t == "consent":
            if self.key == "almere":
                u, _, _, _, _ = self.auth_form("toestemming-reisdocument", "Toestemming reisdocument minderjarige")
                return ('<p>Is uw kind jonger dan 18? Dan moeten beide ouders toestemming geven. <a href="%s">Toestemming '
                        'geven voor paspoort/identiteitskaart minderjarigen (DigiD nodig)</a></p>' % u, ["trap_consent_digid"])
            u = self.doc("toestemming-reisdocument-minderjarige", "Verklaring toestemming reisdocument minderjarige")
            return ('<p>Voor kinderen onder de 18: <a href="%s">Toestemmingsformulier reisdocument minderjarige (pdf, 184 kB)</a></p>'
                    % u, ["trap_consent_pdf"])
        if t == "notpossible":
            return ('<p class="let-op"><strong>Let op:</strong> Online aanvragen is niet mogelijk. U moet zelf naar het '
                    'gemeentehuis komen, want we nemen uw vingerafdrukken en handtekening af.</p>', ["trap_not_possible_text"])
        if t == "tariff":
            u = self.doc("tarieven-leges-2023", "Tarieventabel legesverordening 2023", kind="reg")
            return ('<p>De actuele bedragen vindt u in de <a href="%s">tarieventabel leges 2023 (pdf, 312 kB)</a>.</p>' % u,
                    ["trap_tariff_pdf"])
        if t == "regulation":
            slug = {"parkeren": "beleidsregels-parkeren", "bestuur": "verordening-klachten-en-bezwaar",
                    "subsidie": "algemene-subsidieverordening", "onderwijs": "verordening-leerlingenvervoer"}.get(
                P[pk]["sec"], "algemene-plaatselijke-verordening")
            u = self.doc(slug, slug.replace("-", " ").capitalize(), kind="reg")
            return ('<p>Regels: <a href="%s">%s (pdf)</a></p>' % (u, esc(slug.replace("-", " ").capitalize())),
                    ["trap_regulation_pdf"])
        if t == "bibob":
            u = self.doc("vragenformulier-bibob", "Bibob vragenformulier")
            return ('<p>Bij de aanvraag hoort ook het <a href="%s">Bibob-vragenformulier (pdf, 402 kB)</a>. Stuur het mee met '
                    'uw aanvraag.</p>' % u, ["trap_bibob_pdf"])
        if t == "status":
            u = self.login_start("/mijn/status")
            return ('<p><a href="%s">Bekijk de status van uw aanvraag of melding in %s</a> (inloggen met DigiD)</p>'
                    % (u, esc(self.p["mijn"])), ["trap_status_tracker"])
        if t == "payment":
            u = self.base + "/betalen"
            if u not in self.made:
                self.made.add(u)
                self.page(u, "Online betalen", '<h1>Online betalen</h1><p>Betaal uw factuur of leges met iDEAL.</p>'
                          '<form action="%s/betalen-ideal" method="post"><label>Factuurnummer <input name="factuur"></label>'
                          '<label>Bedrag <input name="bedrag"></label><button>Betalen met iDEAL</button></form>' % self.base)
                self.page(self.base + "/betalen-ideal", "Betaling", "<h1>Kies uw bank</h1><p>U wordt doorgestuurd.</p>")
            return ('<p>Heeft u een factuur ontvangen? <a href="%s">Betaal direct online met iDEAL</a>.</p>' % u,
                    ["trap_payment"])
        if t == "callback":
            u, _ = self.anon_form("terugbelverzoek", "Terugbelverzoek")
            return ('<p>Vragen? <a href="%s">Laat ons u terugbellen (terugbelformulier)</a>.</p>' % u, ["trap_callback_form"])
        if t == "objection":
            # the objection route is the site's own bezwaar route (so the bezwaar row stays true)
            code = route_of(self.key, "bezwaar")
            bt = self.title("bezwaar")
            if code == "D":
                u, _, _, _, _ = self.auth_form("bezwaar", bt)
                return ('<p>Niet eens met een besluit hierover? <a href="%s">Maak bezwaar (inloggen met DigiD)</a>.</p>' % u,
                        ["trap_objection_form"])
            if code == "F":
                u, _ = self.anon_form("bezwaar", bt)
                return ('<p>Niet eens met een besluit hierover? <a href="%s">Dien online een bezwaarschrift in</a>.</p>' % u,
                        ["trap_objection_form"])
            if code == "P":
                u = self.doc("aanvraagformulier-bezwaar", "Aanvraagformulier " + P["bezwaar"]["title"])
                return ('<p>Niet eens met een besluit hierover? Gebruik het <a href="%s">bezwaarformulier (pdf)</a>.</p>' % u,
                        ["trap_objection_pdf"])
            return ('<p>Niet eens met een besluit hierover? Lees hoe u <a href="%s">bezwaar maakt</a>.</p>'
                    % self.product_url("bezwaar"), ["trap_objection_link"])
        if t == "visitor":
            u = self.login_start("/parkeren/bezoekers/inloggen")
            return ('<p>Krijgt u bezoek? <a href="%s">Log in op het bezoekersparkeren</a> met DigiD of uw meldcode en '
                    'pincode.</p>' % u, ["trap_visitor_parking_login"])
        if t == "wozloket":
            return ('<p>De WOZ-waarde van elke woning vindt u op het <a href="http://www.wozwaardeloket.test/">'
                    'WOZ-waardeloket</a>.</p>', ["trap_woz_loket"])
        if t == "calculator":
            u, _ = self.anon_form("rekenhulp-" + pk, "Rekenhulp: heb ik recht op %s?" % title.lower())
            return ('<p>Twijfelt u? <a href="%s">Doe eerst de rekenhulp</a> (anoniem, 5 minuten).</p>' % u, ["trap_calculator"])
        if t == "changepdf":
            u = self.doc("wijzigingsformulier-uitkering", "Wijzigingsformulier uitkering")
            return ('<p>Krijgt u al een uitkering en verandert er iets? Gebruik het <a href="%s">wijzigingsformulier '
                    '(pdf, 220 kB)</a>.</p>' % u, ["trap_change_form_pdf"])
        if t == "professional":
            u, _, _, _, _ = self.auth_form("aangifte-overlijden-uitvaartondernemer", "Aangifte overlijden (uitvaartondernemers)",
                                           idp=EHK)
            return ('<p>Bent u uitvaartondernemer? <a href="%s">Doe de aangifte digitaal met eHerkenning</a>.</p>' % u,
                    ["trap_professional_form"])
        if t == "news":
            u = self.base + "/nieuws/" + pk
            if u not in self.made:
                self.made.add(u)
                self.page(u, "Nieuws: %s" % title, '<h1>Nieuw: %s</h1><p class="datum">14 maart 2023</p><p>Vanaf dit '
                          'jaar is er meer mogelijk rond %s. Lees <a href="%s">hier</a> hoe het werkt.</p>'
                          % (esc(title), esc(title.lower()), self.product_url(pk)))
            return ('<p>Nieuws: <a href="%s">Nieuwe regels voor %s</a></p>' % (u, esc(title.lower())), ["trap_news"])
        if t == "app":
            u = self.base + "/app"
            if u not in self.made:
                self.made.add(u)
                self.page(u, "App", "<h1>Meldingen doen met de app</h1><p>Download de app in de App Store of Google Play.</p>")
            return ('<p>Liever met uw telefoon? <a href="%s">Download de meldingen-app</a>.</p>' % u, ["trap_app"])
        if t == "mor":
            u, _ = self.anon_form("melding-openbare-ruimte", "Melding openbare ruimte")
            return ('<p>Heeft u last van geluidsoverlast van buren of een evenement? <a href="%s">Doe een melding</a>.</p>' % u,
                    ["trap_other_product_form"])
        if t == "orderpaper":
            u, _ = self.anon_form("formulier-gpk-opvragen", "Aanvraagformulier gehandicaptenparkeerkaart opvragen")
            return ('<p><a href="%s">Vraag het aanvraagformulier aan</a>; wij sturen het u per post toe.</p>' % u,
                    ["trap_order_paper_form"])
        if t == "vergunningcheck":
            return ('<p>Twijfelt u of u een vergunning nodig heeft? Doe de <a href="http://%s/vergunningcheck">'
                    'Vergunningcheck in het Omgevingsloket</a> (zonder inloggen).</p>' % OLO, ["trap_vergunningcheck"])
        raise ValueError(t)

    def appointment(self, pk):
        h = self.p["appt"]
        u = "http://%s/" % h
        if u not in self.made:
            self.made.add(u)
            start = self.login_start("http://%s/digid/start" % h)
            self.web.put(u, '<!DOCTYPE html>\n<html lang="nl"><head><meta charset="utf-8"><title>Afspraak maken - Gemeente %s'
                            '</title></head><body><h1>Afspraak maken</h1><p>Kies een product, datum en tijd.</p>'
                            '<p><a href="%s">Inloggen met DigiD</a> (dan vullen wij uw gegevens in) of ga verder zonder DigiD.</p>'
                            '<form action="http://%s/boeken" method="post"><select name="product"><option>Paspoort</option>'
                            '<option>Identiteitskaart</option><option>Rijbewijs</option><option>Uittreksel</option>'
                            '<option>Geboorteaangifte</option></select><input type="date" name="datum"><button>Volgende</button>'
                            '</form></body></html>\n' % (esc(self.name), start, h))
            self.web.put("http://%s/boeken" % h, '<!DOCTYPE html>\n<html lang="nl"><head><meta charset="utf-8"><title>Afspraak'
                         '</title></head><body><h1>Uw afspraak is gemaakt</h1></body></html>\n')
        return ('<p><a class="button" href="%s?product=%s">Maak een afspraak</a></p>' % (u, pk),
                ["trap_appointment_digid", "appointment_online"])

    # ---------------- routes ----------------
    def cta(self, pk, code, shared):
        """Return dict(html, level, strict, route, via, signals, notes)."""
        title = self.title(pk)
        low = P[pk]["title"]
        r = dict(html="", level=0, strict=0, route="", via="", signals=[], notes="")
        wording = {"almere": "Direct regelen", "leeuwarden": "Online aanvragen", "venlo": "DigiD link %s" % low,
                   "ede": "%s (met DigiD)" % low, "roermond": "Start het formulier", "harlingen": "Direct regelen",
                   "bunnik": "%s online" % low, "vaals": "Digitaal aanvragen", "dordrecht": "Online regelen",
                   "hengelo": "Regel het online"}[self.key]
        if code == "T" and self.p["tax"] == "own":
            code = "D"
        if code in ("D", "DP"):
            route, link, sig, pre, _ = self.auth_form(pk, title, prefill=(code == "DP"))
            r.update(level=100, strict=100 if code == "DP" else 67, route=route, signals=sig)
            r["html"] = ('<p>U regelt dit online. U logt in met DigiD.</p>%s<p><a class="button cta" href="%s">%s</a></p>'
                         % (pre, link, esc(wording)))
            if self.key == "hengelo":
                r["html"] = ('<p>U regelt dit online. U logt in met DigiD.</p>%s<p><button type="button" class="btn-cta" '
                             'onclick="window.location.href=\'%s\'">%s</button></p>' % (pre, link, esc(wording)))
                r["signals"] = r["signals"] + ["onclick_only"]
            if pre:
                r["notes"] = "pre-fill statement on the page"
            return r
        if code == "E":
            both = P[pk]["sec"] in ("subsidie",) or self.key in ("almere", "hengelo")
            route, link, sig, _, extra = self.auth_form(pk, title, idp=EHK, both=both)
            r.update(level=100, strict=67, route=route, signals=sig)
            r["html"] = ('<p>U vraagt dit online aan met eHerkenning (niveau EH3).</p><p><a class="button cta" href="%s">'
                         'Aanvragen met eHerkenning</a></p>' % link)
            if extra and extra != link:
                r["html"] += '<p>Bent u particulier? <a href="%s">Aanvragen met DigiD</a></p>' % extra
            return r
        if code == "F":
            u, sig = self.anon_form(pk, title)
            r.update(level=67, strict=67, route=u, signals=sig)
            r["html"] = ('<p>Vul het online formulier in. U heeft geen DigiD nodig.</p><p><a class="button cta" href="%s">'
                         '%s</a></p>' % (u, "Online formulier " + esc(low.lower())))
            if self.key == "bunnik":
                r["html"] = ('<p>Vul het formulier hieronder in. U heeft geen DigiD nodig.</p><iframe src="%s" title="Formulier %s" '
                             'width="100%%" height="900" loading="lazy"></iframe>' % (u, esc(low.lower())))
                r["signals"] = r["signals"] + ["iframe"]
            return r
        if code in ("P", "W"):
            ext = "pdf" if code == "P" else "docx"
            u = self.doc("aanvraagformulier-" + pk, "Aanvraagformulier " + low, ext=ext)
            size = {"pdf": "pdf, 117 kB", "docx": "Word, 52 kB"}[ext]
            r.update(level=33, strict=33, route=u, signals=[ext])
            r["html"] = ('<p>Online aanvragen is nog niet mogelijk. Download het aanvraagformulier, vul het in en stuur het '
                         'naar Gemeente %s, Postbus 1000. U kunt het ook mailen naar <a href="mailto:info@%s.test">info@%s.test</a>.</p>'
                         '<p><a href="%s">Aanvraagformulier %s (%s)</a></p>'
                         % (esc(self.name), self.key, self.key, u, esc(low.lower()), size))
            r["signals"].append("trap_not_possible_text")
            return r
        if code == "0":
            r["html"] = ('<p>U regelt dit op het gemeentehuis. Neem een geldig identiteitsbewijs mee. Bel voor vragen '
                         '14 %s of stuur een brief.</p>' % AREA[self.key])
            if pk in ("overlijdensaangifte",):
                r["html"] = ('<p>Meestal doet de uitvaartondernemer de aangifte voor u. Doet u het zelf? Kom dan naar het '
                             'gemeentehuis met de verklaring van overlijden van de arts.</p>')
            if pk == "reclamebelasting":
                r["html"] = ('<p>U hoeft zelf niets aan te vragen. De gemeente legt de reclame-uitingen vast en stuurt u een '
                             'aanslag.</p>')
            r["signals"] = ["counter"]
            return r
        if code == "T":
            tk = self.p["tax"]
            info, route, sig = shared.tax(tk, pk)
            r.update(level=100, strict=67, route=route, via=TAX[tk][0], signals=sig + ["delegated"])
            r["html"] = ('<p>De belastingen van de gemeente %s worden uitgevoerd door %s. <a href="%s">Regel het bij %s</a>.</p>'
                         % (esc(self.name), esc(TAX[tk][1]), info, esc(TAX[tk][1].split(" ")[0])))
            return r
        if code in ("S", "U"):
            sk = "werk" if code == "U" else self.p["social"]
            info, route, sig, lvl = shared.social(sk, pk)
            r.update(level=lvl, strict=67 if lvl == 100 else lvl, route=route, via=SOCIAL[sk][0],
                     signals=sig + ["delegated"])
            r["html"] = ('<p>Dit regelt u bij de %s. <a href="%s">Ga naar %s</a>.</p>' % (esc(SOCIAL[sk][1]), info,
                                                                                        esc(SOCIAL[sk][1])))
            return r
        if code == "O":
            info, route = shared.olo()
            r.update(level=100, strict=100, route=route, via=OLO, signals=["digid", "eherkenning", "eidas", "prefill", "delegated"])
            r["html"] = ('<p>U vraagt de vergunning aan via het Omgevingsloket. U logt in met DigiD of eHerkenning.</p>'
                         '<p><a class="button cta" href="%s">Naar het Omgevingsloket</a></p>' % info)
            r["notes"] = "Omgevingsloket states pre-fill"
            return r
        if code == "K":
            ph = self.p["parking"]
            info, route, sig, lvl = shared.parking(ph, self.key == "roermond")
            r.update(level=lvl, strict=67, route=route, via=ph, signals=sig + ["delegated"])
            r["html"] = ('<p>Parkeervergunningen vraagt u aan via de parkeerservice. <a href="%s">Vraag uw vergunning aan bij '
                         'de parkeerservice</a>.</p>' % info)
            return r
        if code == "R":
            info, route = shared.archive()
            r.update(level=67, strict=67, route=route, via="www.regionaalarchiefdordrecht.test", signals=["online_form", "delegated"])
            r["html"] = ('<p>Bouwdossiers van Dordrecht worden beheerd door het Regionaal Archief Dordrecht. <a href="%s">'
                         'Vraag het bouwdossier op bij het Regionaal Archief</a>.</p>' % info)
            return r
        if code == "A":
            wk = self.p["waste"]
            info, route = shared.waste(wk, pk)
            r.update(level=67, strict=67, route=route, via=WASTE[wk][0], signals=["online_form", "delegated"])
            r["html"] = ('<p>De inzameling van afval is in handen van %s. <a href="%s">Regel het op de website van %s</a>.</p>'
                         % (esc(WASTE[wk][1]), info, esc(WASTE[wk][1])))
            return r
        raise ValueError(code)

    # ---------------- product pages ----------------
    def direct_box(self, pk):
        if not self.p["direct"]:
            return "", []
        links = []
        if pk != "verhuismelding":
            code = route_of(self.key, "verhuismelding")
            u, _, _, _, _ = self.auth_form("verhuismelding", self.title("verhuismelding"), prefill=(code == "DP"))
            links.append((u, "Verhuizing doorgeven (DigiD)"))
        if pk != "melding-openbare-ruimte":
            u, _ = self.anon_form("melding-openbare-ruimte", self.title("melding-openbare-ruimte"))
            links.append((u, "Melding openbare ruimte"))
        links.append((self.base + "/afval/afvalkalender", "Afvalkalender"))
        h = '<aside class="direct-regelen"><h2>Direct regelen</h2><ul>%s</ul></aside>' % "".join(
            '<li><a href="%s">%s</a></li>' % (u, esc(t)) for u, t in links)
        return h, ["trap_direct_regelen"]

    def product_page(self, pk, code, shared):
        """Write the product page; return label dict."""
        title = self.title(pk)
        url = self.product_url(pk)
        t = P[pk]
        crumbs = [("Home", self.base + "/"), (SECNAMES[t["sec"]], self.az_url())]
        if code == "N":
            txt = NOT_OFFERED_TEXT[pk].format(n=self.name)
            body = '<h1>%s</h1><p>%s</p><p>Vragen? Bel 14 %s.</p>' % (esc(title), esc(txt), AREA[self.key])
            self.page(url, title, body, search_text=txt, crumbs=crumbs)
            return dict(status="not_offered", level="", strict="", url=url, route="", via="",
                        signals=["not_offered_statement", "trap_header_login"], notes="page states it is not offered")
        if code == "T" and self.p["tax"] == "own":
            code = "D"
        c = self.cta(pk, code, shared)
        traps = list(t["traps"])
        if self.key == "harlingen" and pk == "gehandicaptenparkeerkaart":
            traps.append("orderpaper")
        thtml, tsig = [], []
        for tr in traps:
            h, s = self.trap(tr, pk)
            thtml.append(h)
            tsig += s
        dbox, dsig = self.direct_box(pk)
        fam = self.p["family"]
        desc = '<p class="intro">%s</p>' % esc(t["desc"])
        cost = '<p>De kosten vindt u in de tarieventabel. Betalen kan met pin.</p>'
        need = '<ul><li>Een geldig identiteitsbewijs</li>%s</ul>' % (
            '<li>Uw DigiD (of eHerkenning als u ondernemer bent)</li>' if c["level"] == 100 and not c["via"] else
            '<li>Bewijsstukken, zoals een kopie van uw loonstrook of een foto</li>')
        traps_a, traps_b = "".join(thtml[:1]), "".join(thtml[1:])
        if fam in ("slug", "section", "nl", "query"):
            body = ('<h1>%s</h1>%s<h2>Wat is het?</h2>%s<h2>Hoe werkt het?</h2>%s%s<h2>Wat moet ik doen?</h2>%s'
                    '<h2>Wat kost het?</h2>%s%s' % (esc(title), dbox, desc, c["html"], traps_a, need, cost, traps_b))
        elif fam == "topic":
            body = ('<h1>%s</h1>%s<div class="toptaak-cta">%s</div><h2>Wat moet u weten?</h2>%s<h2>Voorwaarden</h2>%s'
                    '<h2>Kosten</h2>%s%s' % (esc(title), desc, c["html"], traps_a, need, cost, traps_b + dbox))
        elif fam == "owc":
            body = ('<h1>%s</h1>%s<div class="accordion"><h2><button aria-expanded="false">Wat moet u doen?</button></h2>'
                    '<div class="panel" hidden>%s%s</div><h2><button aria-expanded="false">Wat kost het?</button></h2>'
                    '<div class="panel" hidden>%s</div><h2><button>Wat heeft u nodig?</button></h2><div class="panel" hidden>'
                    '%s</div></div>%s' % (esc(title), desc, c["html"], traps_a, cost, need, traps_b))
        elif fam == "pdc":
            body = ('<h1>%s</h1><section class="product-informatie"><h2>Product informatie</h2><details open><summary>'
                    'Omschrijving</summary>%s</details><details><summary>Aanvragen</summary>%s%s</details><details>'
                    '<summary>Kosten</summary>%s</details><details><summary>Voorwaarden</summary>%s</details></section>%s'
                    % (esc(title), desc, c["html"], traps_a, cost, need, traps_b))
        elif fam == "productid":
            body = ('<h1>%s</h1>%s<h2>Omschrijving</h2>%s<h2>Aanvraag</h2>%s%s<h2>Kosten</h2>%s<h2>Voorwaarden</h2>%s'
                    '<h2>Bijzonderheden</h2>%s' % (esc(title), dbox, desc, c["html"], traps_a, cost, need, traps_b))
        elif fam == "producten":
            body = ('<h1>%s</h1>%s<div class="tabs"><h2>Aanvragen</h2>%s%s<h2>Kosten</h2>%s<h2>Voorwaarden</h2>%s</div>%s'
                    % (esc(title), desc, c["html"], traps_a, cost, need, traps_b))
        else:  # iprox
            body = ('<h1>%s</h1><div class="iprox-content">%s<div class="accordion"><h2 class="acc-title">Aanvragen</h2>'
                    '<div class="acc-body">%s%s</div><h2 class="acc-title">Kosten</h2><div class="acc-body">%s</div>'
                    '<h2 class="acc-title">Voorwaarden</h2><div class="acc-body">%s%s</div></div></div>%s'
                    % (esc(title), desc, c["html"], traps_a, cost, need, traps_b, dbox))
        if self.p["feedback"]:
            body += ('<form class="feedback" action="%s/feedback" method="post"><p>Was deze informatie nuttig?</p>'
                     '<button name="nuttig" value="ja">Ja</button><button name="nuttig" value="nee">Nee</button></form>'
                     % self.base)
            tsig.append("trap_feedback_form")
        if not c["notes"]:
            c["notes"] = NOTES.get(code, "").format(fh=self.fh, pl=self.p["platform"], via=c["via"])
        self.page(url, title, body, search_text=t["desc"], crumbs=crumbs)
        sig = c["signals"] + tsig + dsig + ["trap_header_login", "trap_footer_digid_logo", "trap_contact_form"]
        if self.p["newsletter"]:
            sig.append("trap_newsletter_form")
        seen, out = set(), []
        for s in sig:
            if s not in seen:
                seen.add(s)
                out.append(s)
        return dict(status="ok", level=c["level"], strict=c["strict"], url=url, route=c["route"], via=c["via"],
                    signals=out, notes=c["notes"])

    # ---------------- site-wide pages ----------------
    def build(self, shared, labels):
        rows = {}
        for pk in P:
            code = route_of(self.key, pk)
            if code == "-":
                rows[pk] = dict(status="not_found", level="", strict="", url="", route="", via="", signals=[],
                                notes="no page about this product on the site")
                continue
            rows[pk] = self.product_page(pk, code, shared)
        # A-Z list
        items = sorted((self.title(pk), rows[pk]["url"]) for pk in P if rows[pk]["url"])
        az = "".join('<li><a href="%s">%s</a></li>' % (u, esc(t)) for t, u in items)
        self.page(self.az_url(), "Producten en diensten A-Z",
                  '<h1>Producten en diensten A-Z</h1><ul class="az-lijst">%s</ul>' % az)
        # homepage with toptaken
        top = ["verhuismelding", "paspoort", "melding-openbare-ruimte", "grofvuil", "parkeervergunning", "omgevingsvergunning"]
        tiles = "".join('<li class="toptaak"><a href="%s">%s</a></li>' % (rows[k]["url"], esc(self.title(k)))
                        for k in top if rows[k]["url"])
        home_extra = ""
        if self.p["family"] == "pdc":
            home_extra = '<p><a href="http://loket.roermond.test/producten/">Naar het digitaal loket</a></p>'
        news = ""
        if self.p["family"] == "topic":
            news = ('<section class="themas"><a href="%s/wonen/">Wonen</a> <a href="%s/ondernemen/">Ondernemen</a></section>'
                    % (self.base, self.base))
            self.page(self.base + "/wonen/", "Wonen", '<h1>Wonen</h1><ul>%s</ul>' % "".join(
                '<li><a href="%s">%s</a></li>' % (rows[k]["url"], esc(self.title(k))) for k in P
                if rows[k]["url"] and P[k]["sec"] in ("burgerzaken", "wonen", "afval", "bouwen", "belastingen")))
            self.page(self.base + "/ondernemen/", "Ondernemen", '<h1>Ondernemen</h1><ul>%s</ul>' % "".join(
                '<li><a href="%s">%s</a></li>' % (rows[k]["url"], esc(self.title(k))) for k in P
                if rows[k]["url"] and P[k]["sec"] in ("ondernemen", "subsidie")))
        self.page(self.base + "/", "Home", '<h1>Welkom bij de gemeente %s</h1><h2>Veelgevraagd</h2><ul class="toptaken">%s'
                  '</ul>%s%s<p><a href="%s">Alle producten en diensten van A tot Z</a></p>'
                  % (esc(self.name), tiles, home_extra, news, self.az_url()))
        if self.p["family"] == "pdc":
            self.web.put("http://loket.roermond.test/", '<!DOCTYPE html>\n<html lang="nl"><head><meta charset="utf-8">'
                         '<title>Digitaal loket Roermond</title></head><body><a href="http://loket.roermond.test/producten/">'
                         'Producten</a></body></html>\n')
        # contact + other footer pages
        self.page(self.base + "/contact", "Contact", '<h1>Contact</h1><p>Bel 14 %s of stuur ons een bericht.</p>'
                  '<form action="%s/contact-verzonden" method="post">%s<button>Verstuur</button></form>'
                  % (AREA[self.key], self.base, self.fields("Contactformulier")))
        self.page(self.base + "/contact-verzonden", "Bedankt", "<h1>Bedankt voor uw bericht</h1>")
        for p_, t_ in (("/privacy", "Privacyverklaring"), ("/cookieverklaring", "Cookieverklaring"),
                       ("/toegankelijkheid", "Toegankelijkheid"), ("/cookies/opslaan", "Cookievoorkeuren opgeslagen"),
                       ("/nieuwsbrief/aanmelden", "Aangemeld voor de nieuwsbrief"), ("/feedback", "Bedankt voor uw reactie"),
                       ("/afval/afvalkalender", "Afvalkalender")):
            self.page(self.base + p_, t_, "<h1>%s</h1><p>%s</p>" % (t_, t_))
        self.web.put(self.base + "/static/site.css", "body{font-family:sans-serif}header{background:%s}\n" % self.p["color"])
        self.web.put(self.base + "/static/logo.svg", '<svg xmlns="http://www.w3.org/2000/svg" width="120" height="40">'
                     '<text x="0" y="25">%s</text></svg>\n' % esc(self.name))
        self.web.put(self.base + "/static/digid-logo.svg", '<svg xmlns="http://www.w3.org/2000/svg" width="40" height="40">'
                     '<rect width="40" height="40" fill="#000"/><text x="5" y="25" fill="#fff">DigiD</text></svg>\n')
        # homepages of the form hosts
        for h in {self.fh, "fd5.formdesk.test" if self.key == "venlo" else self.fh}:
            u = "http://%s/" % h
            if h != self.host and (h, "/index.html") not in self.web.files:
                self.web.put(u, '<!DOCTYPE html>\n<html lang="nl"><head><meta charset="utf-8"><title>Formulieren</title>'
                             '</head><body><h1>E-formulieren</h1><p><a href="%s/">Naar de website</a></p></body></html>\n'
                             % self.base)
        # robots + sitemap
        robots = "User-agent: *\nDisallow: /mijn/\n"
        if self.p["search"]:
            robots += "Disallow: %s\n" % self.p["search"][0]
        robots += "Sitemap: %s/sitemap.xml\n" % self.base
        self.web.put(self.base + "/robots.txt", robots)
        locs = [self.base + "/", self.az_url()] + [u for _, u in items if u.startswith(self.base)]
        self.web.put(self.base + "/sitemap.xml", '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/'
                     'schemas/sitemap/0.9">\n%s</urlset>\n' % "".join("<url><loc>%s</loc></url>\n" % esc(u) for u in locs))
        if self.p["family"] == "pdc":
            self.web.put("http://loket.roermond.test/robots.txt", "User-agent: *\nDisallow:\n")
        for pk in P:
            labels.append((self, pk, rows[pk]))


# --------------------------------------------------------------------------------------
# Shared bodies (tax offices, social services, waste companies, parking portals, OLO, IdPs)
# --------------------------------------------------------------------------------------
TAXSLUG = {"hondenbelasting": "hondenbelasting", "belastingkwijtschelding": "kwijtschelding",
           "woz-bezwaar": "bezwaar-maken-woz", "belastingaanslag-bezwaar": "bezwaar-maken-aanslag",
           "betalingsregeling": "betalingsregeling", "reclamebelasting": "reclamebelasting"}


class Shared:
    def __init__(self, web):
        self.web = web
        self.made = set()
        self.hosts = set()

    def html(self, url, title, body, brand):
        host = url.split("/")[2]
        self.hosts.add(host)
        self.web.put(url, '<!DOCTYPE html>\n<html lang="nl"><head><meta charset="utf-8"><title>%s | %s</title></head><body>'
                          '<header><a href="http://%s/">%s</a></header><main>%s</main></body></html>\n'
                     % (esc(title), esc(brand), host, esc(brand), body))

    def start(self, url, idp=DIGID):
        if url not in self.made:
            self.made.add(url)
            self.web.redirect(url, "http://%s/inloggen?sp=%s" % (idp, url.split("/")[2]), 302)
        return url

    def tax(self, tk, pk):
        host, name, mijn = TAX[tk]
        info = "http://%s/%s" % (host, TAXSLUG[pk])
        idp = EHK if pk == "reclamebelasting" else DIGID
        route = self.start("http://%s/inloggen/%s/%s" % (host, "eherkenning" if idp == EHK else "digid", TAXSLUG[pk]), idp)
        if info not in self.made:
            self.made.add(info)
            mijnstart = self.start("http://%s/mijn/inloggen" % host)
            txt = {"hondenbelasting": "Heeft u een hond gekregen of is uw hond overleden? Meld dit via %s." % mijn,
                   "belastingkwijtschelding": "Kwijtschelding vraagt u online aan. Log in met DigiD.",
                   "woz-bezwaar": "Bent u het niet eens met de WOZ-waarde? Dien online een bezwaarschrift in.",
                   "belastingaanslag-bezwaar": "Maak online bezwaar tegen uw aanslag.",
                   "betalingsregeling": "Vraag online een betalingsregeling aan.",
                   "reclamebelasting": "Ondernemers doen aangifte reclamebelasting met eHerkenning."}[pk]
            btn = "Inloggen met eHerkenning" if idp == EHK else "Inloggen met DigiD"
            body = ('<p class="mijn"><a href="%s">%s</a></p><h1>%s</h1><p>%s</p><p><a class="button" href="%s">%s</a></p>'
                    '<p>Vragen? Gebruik het <a href="http://%s/contact">contactformulier</a>.</p>'
                    % (mijnstart, esc(mijn), esc(P[pk]["title"]), esc(txt), route, btn, host))
            self.html(info, P[pk]["title"], body, name)
            self.html("http://%s/contact" % host, "Contact", '<h1>Contact</h1><form action="http://%s/contact" method="post">'
                      '<input name="vraag"><button>Verstuur</button></form>' % host, name)
            self.html("http://%s/" % host, name, '<h1>%s</h1><p><a href="%s">%s</a></p>' % (esc(name), mijnstart, esc(mijn)), name)
        return info, route, ["eherkenning" if idp == EHK else "digid", "online_form"]

    def social(self, sk, pk):
        host, name = SOCIAL[sk]
        if sk == "werk":
            info = "http://%s/werkzoekenden/uitkering-aanvragen/bijstand" % host
        else:
            info = "http://%s/%s" % (host, pk)
        if sk == "szmh" and pk == "bijzondere-bijstand":
            route = "http://%s/documenten/aanvraagformulier-bijzondere-bijstand.pdf" % host
            if info not in self.made:
                self.made.add(info)
                self.web.put(route, make_pdf("Aanvraagformulier bijzondere bijstand", ["Sociale Zaken Maastricht Heuvelland",
                                                                                       "Naam: ....", "BSN: ...."]))
                self.html(info, "Bijzondere bijstand", '<h1>Bijzondere bijstand</h1><p>Download het formulier, vul het in en '
                          'stuur het op.</p><p><a href="%s">Aanvraagformulier bijzondere bijstand (pdf, 253 KB)</a></p>' % route, name)
                self.html("http://%s/" % host, name, "<h1>%s</h1>" % esc(name), name)
            return info, route, ["pdf"], 33
        route = self.start("http://%s/digid/%s" % (host, pk))
        if info not in self.made:
            self.made.add(info)
            self.html(info, P[pk]["title"], '<h1>%s</h1><p>U vraagt dit online aan. U heeft DigiD nodig.</p><p>'
                      '<a class="button" href="%s">Aanvragen met DigiD</a></p><p>Eerst een gesprek? <a href="http://%s/'
                      'contact">Neem contact op</a>.</p>' % (esc(P[pk]["title"]), route, host), name)
            self.html("http://%s/contact" % host, "Contact", "<h1>Contact</h1><p>Bel ons.</p>", name)
            self.html("http://%s/" % host, name, "<h1>%s</h1>" % esc(name), name)
        return info, route, ["digid", "online_form"], 100

    def waste(self, wk, pk):
        host, name = WASTE[wk]
        slug = "grofvuil" if pk == "grofvuil" else "container-aanvragen"
        info = "http://%s/%s" % (host, slug)
        form = "http://%s/%s-formulier" % (host, slug)
        if info not in self.made:
            self.made.add(info)
            mijn = "http://%s/mijn-account/inloggen" % host
            self.html(mijn, "Inloggen", '<h1>Mijn %s</h1><form action="%s" method="post"><input name="email"><input '
                      'type="password" name="wachtwoord"><button>Inloggen</button></form>' % (esc(name), mijn), name)
            self.html(info, P[pk]["title"], '<p><a href="%s">Mijn %s</a></p><h1>%s</h1><p>Meld het online aan. U krijgt een '
                      'bevestiging per e-mail.</p><p><a class="button" href="%s">Online aanmelden</a></p>'
                      % (mijn, esc(name), esc(P[pk]["title"]), form), name)
            self.html(form, P[pk]["title"], '<h1>%s</h1><form method="post" action="%s"><label>Postcode <input name="postcode">'
                      '</label><label>Huisnummer <input name="huisnummer"></label><label>Wat wilt u laten ophalen / '
                      'wijzigen? <textarea name="omschrijving"></textarea></label><button>Versturen</button></form>'
                      % (esc(P[pk]["title"]), form), name)
            self.html("http://%s/" % host, name, "<h1>%s</h1>" % esc(name), name)
        return info, form

    def parking(self, host, digid):
        info = "http://%s/vergunningen/bewonersvergunning/" % host
        if digid:
            route = self.start("http://%s/vergunningen/bewonersvergunning/digid" % host)
        else:
            route = "http://%s/vergunningen/bewonersvergunning/aanvragen" % host
        if info not in self.made:
            self.made.add(info)
            brand = "Parkeerservice"
            if digid:
                act = '<a class="button" href="%s">Vergunning aanvragen met DigiD</a>' % route
            else:
                act = '<a class="button" href="%s">Vraag uw vergunning aan via het online aanvraagformulier</a>' % route
                self.html(route, "Bewonersvergunning aanvragen", '<h1>Bewonersvergunning aanvragen</h1><form method="post" '
                          'action="%s"><label>Kenteken <input name="kenteken"></label><label>Adres <input name="adres">'
                          '</label><button>Aanvragen</button></form>' % route, brand)
            self.html(info, "Bewonersvergunning", '<h1>Bewonersvergunning</h1><p>%s</p>' % act, brand)
            self.html("http://%s/" % host, brand, '<h1>Parkeerservice</h1><p><a href="%s">Bewonersvergunning</a></p>' % info,
                      brand)
        return info, route, (["digid"] if digid else ["online_form"]), (100 if digid else 67)

    def olo(self):
        info = "http://%s/aanvragen" % OLO
        route = self.start("http://%s/aanvragen/digid/start" % OLO)
        if info not in self.made:
            self.made.add(info)
            eh = self.start("http://%s/aanvragen/eherkenning/start" % OLO, EHK)
            self.start("http://%s/aanvragen/eidas/start" % OLO, EHK)
            self.html(info, "Aanvragen of melden", '<h1>Aanvragen of melden</h1><p>Log in om een aanvraag of melding te doen. '
                      'Uw naam en adres worden na het inloggen automatisch ingevuld (vooringevuld uit de BRP of het '
                      'Handelsregister).</p><p><a href="%s">Inloggen met DigiD</a></p><p><a href="%s">Inloggen met '
                      'eHerkenning</a></p><p><a href="http://%s/aanvragen/eidas/start">Inloggen met eIDAS</a></p><p>Weet u niet of u een vergunning nodig heeft? Doe eerst de <a href="http://%s/'
                      'vergunningcheck">Vergunningcheck</a>.</p>' % (route, eh, OLO, OLO), "Omgevingsloket")
            self.html("http://%s/vergunningcheck" % OLO, "Vergunningcheck", '<h1>Vergunningcheck</h1><form method="get" '
                      'action="http://%s/vergunningcheck-vragen"><label>Adres <input name="adres"></label><button>Start de '
                      'check</button></form>' % OLO, "Omgevingsloket")
            self.html("http://%s/vergunningcheck-vragen" % OLO, "Vergunningcheck - vragen", "<h1>Vragen</h1>", "Omgevingsloket")
            self.html("http://%s/" % OLO, "Omgevingsloket", '<h1>Omgevingsloket</h1><p><a href="%s">Aanvragen</a></p>' % info,
                      "Omgevingsloket")
        return info, route

    def archive(self):
        host = "www.regionaalarchiefdordrecht.test"
        info = "http://%s/bouwdossiers" % host
        form = "http://%s/bouwdossier-aanvragen" % host
        if info not in self.made:
            self.made.add(info)
            self.html(info, "Bouwdossiers inzien", '<h1>Bouwdossiers</h1><p>Vraag digitaal een bouwdossier aan. Wij sturen u '
                      'de scans of maken een afspraak in de studiezaal.</p><p><a href="%s">Bouwdossier aanvragen</a></p>'
                      '<p><a href="http://%s/studiezaal-reserveren">Reserveer een plek in de studiezaal</a></p>' % (form, host),
                      "Regionaal Archief Dordrecht")
            self.html(form, "Bouwdossier aanvragen", '<h1>Bouwdossier aanvragen</h1><form method="post" action="%s"><label>'
                      'Adres van het pand <input name="adres"></label><label>Uw e-mailadres <input name="email"></label>'
                      '<button>Aanvragen</button></form>' % form, "Regionaal Archief Dordrecht")
            self.html("http://%s/studiezaal-reserveren" % host, "Studiezaal", "<h1>Studiezaal reserveren</h1>",
                      "Regionaal Archief Dordrecht")
            self.html("http://%s/" % host, "Regionaal Archief Dordrecht", "<h1>Regionaal Archief Dordrecht</h1>",
                      "Regionaal Archief Dordrecht")
        return info, form

    def finish(self):
        for idp, nm in ((DIGID, "DigiD"), (EHK, "eHerkenning")):
            self.html("http://%s/inloggen" % idp, "Inloggen", '<h1>Inloggen met %s</h1><form method="post" action="http://%s/'
                      'inloggen"><label>Gebruikersnaam <input name="u"></label><label>Wachtwoord <input type="password" '
                      'name="p"></label><button>Inloggen</button></form>' % (nm, idp), nm)
            self.html("http://%s/" % idp, nm, "<h1>%s</h1>" % nm, nm)
        self.html("http://www.wozwaardeloket.test/", "WOZ-waardeloket", "<h1>WOZ-waardeloket</h1><p>Zoek een adres.</p>",
                  "WOZ-waardeloket")


# --------------------------------------------------------------------------------------
def main(out):
    out = Path(out)
    prods = [r for r in csv.DictReader(open(products_csv(), encoding="utf-8")) if "G" in r["org_types"]]
    keys = [r["product_key"] for r in prods]
    missing = [k for k in keys if k not in P]
    assert not missing, missing
    web = Web(out)
    shared = Shared(web)
    labels = []
    sites = []
    for key, code, name, inh in ORGS:
        s = Site(web, key, code, name, inh)
        s.build(shared, labels)
        sites.append(s)
    shared.finish()
    # search index/templates
    behaviours = {"redirects": [], "host_redirects": [], "not_found_pages": [], "searches": []}
    for s in sites:
        behaviours["host_redirects"].append({"host": "%s.test" % s.key, "status": 301, "to": s.host})
        if s.p["search"]:
            path, param = s.p["search"]
            idx = [{"url": u, "title": t, "text": x} for u, t, x in s.pages]
            (out / "search").mkdir(parents=True, exist_ok=True)
            (out / "search" / ("%s.json" % s.host)).write_text(json.dumps(idx, ensure_ascii=False, indent=1), "utf-8")
            (out / "search" / ("%s.html" % s.host)).write_text(
                '<!DOCTYPE html>\n<html lang="nl"><head><meta charset="utf-8"><title>Zoeken | Gemeente %s</title></head>'
                '<body><h1>Zoekresultaten voor <!--QUERY--></h1><ol class="zoekresultaten"><!--RESULTS--></ol></body></html>\n'
                % s.name, "utf-8")
            behaviours["searches"].append({"host": s.host, "path": path, "param": param,
                                           "index": "search/%s.json" % s.host, "template": "search/%s.html" % s.host})
        if s.p["soft404"]:
            f = "errors/%s-404.html" % s.key
            (out / "errors").mkdir(parents=True, exist_ok=True)
            msg = "Pagina niet gevonden" if s.p["soft404"] == 200 else "Deze pagina bestaat niet (404)"
            (out / f).write_text('<!DOCTYPE html>\n<html lang="nl"><head><meta charset="utf-8"><title>%s | Gemeente %s</title>'
                                 '</head><body><h1>%s</h1><p>Helaas, de pagina die u zoekt bestaat niet (meer). Ga naar de '
                                 '<a href="%s/">homepage</a>.</p></body></html>\n' % (msg, s.name, msg, s.base), "utf-8")
            behaviours["not_found_pages"].append({"host": s.host, "file": f, "status": s.p["soft404"]})
    # an old URL that moved (Leeuwarden) and an old product URL at Venlo
    behaviours["redirects"].append({"url": "http://www.leeuwarden.test/parkeervergunning", "status": 301,
                                    "location": "http://www.leeuwarden.test/nl/parkeervergunning-aanvragen"})
    behaviours["redirects"].append({"url": "http://www.venlo.test/product/paspoort", "status": 301,
                                    "location": "http://www.venlo.test/paspoort-aanvragen"})
    behaviours["redirects"] += web.redirects
    behaviours["delays"] = [{"url": "http://www.leeuwarden.test/nl/producten-en-diensten-a-z", "seconds": 2}]
    behaviours["flaky"] = [{"url": "http://www.harlingen.test/inwoners/alle-onderwerpen_42371/", "status": 503}]
    web.write()
    # organisations.csv
    with open(out / "organisations.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["code", "name", "org_type", "website", "inhabitants"])
        for key, code, name, inh in ORGS:
            w.writerow([code, "Gemeente " + name, "gemeente", "http://www.%s.test/" % key, inh])
    with open(out / "labels.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["org_code", "product_key", "level", "status", "product_url", "route_url", "level_strict", "via",
                    "signals", "notes"])
        for s, pk, r in labels:
            if pk not in keys:
                continue
            w.writerow([s.code, pk, r["level"], r["status"], r["url"], r["route"], r["strict"], r["via"],
                        ";".join(r["signals"]), r["notes"]])
    manifest = {"name": "heldout-gate-8", "seed": 0,
                "counts": {"organisations": len(ORGS), "labels": len(labels)},
                "sites": {s.host: {"family": s.p["family"], "platform": s.p["platform"], "tax": s.p["tax"],
                                   "social": s.p["social"], "waste": s.p["waste"], "consent": s.p["consent"]}
                          for s in sites},
                "behaviours": behaviours}
    (out / "testweb.json").write_text(json.dumps(manifest, indent=1, sort_keys=True), "utf-8")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: gen.py OUTDIR")
    main(sys.argv[1])
