#!/usr/bin/env python3
"""Generate the held-out, trap-weighted simulated web web-dev23 (ten Brabant gemeenten).

Usage: python3 gen.py [OUTDIR]   (default: web/ beside this file)

Deterministic: no randomness, no set iteration; everything written is sorted or in a
fixed list order. Labels come from the route matrix ROUTES below (one letter per
organisation), traps from the per-site trap sets and per-product trap rules.
"""
import csv
import html
import json
import shutil
import sys
import zlib
from pathlib import Path

PRODUCTS_CSV = Path(__file__).resolve().parent.parent.parent.parent / "config" / "products.csv"

# --------------------------------------------------------------------------- products
# Own wording (titles as municipal sites write them), section, object phrase.
PT = {
    "brp-uittreksel": ("Uittreksel BRP", "Uittreksel Basisregistratie Personen", "uittreksel-brp", "Burgerzaken",
                       "Een uittreksel uit de Basisregistratie Personen (BRP) heeft u soms nodig, bijvoorbeeld voor een werkgever, een woningcorporatie of een buitenlandse instantie."),
    "verhuismelding": ("Verhuizen", "Verhuizing doorgeven", "verhuizen", "Burgerzaken",
                       "Gaat u verhuizen naar of binnen de gemeente? Geef uw nieuwe adres door vanaf 4 weken voor tot uiterlijk 5 dagen na de verhuisdatum."),
    "geboorteaangifte": ("Geboorte", "Aangifte geboorte", "geboorte", "Burgerzaken",
                         "Is uw kind geboren? Dan doet u binnen 3 dagen aangifte van de geboorte."),
    "overlijdensaangifte": ("Overlijden", "Aangifte overlijden", "overlijden", "Burgerzaken",
                            "Na een overlijden moet binnen 6 werkdagen aangifte worden gedaan. Meestal regelt de uitvaartverzorger dit."),
    "huwelijksaangifte": ("Trouwen en partnerschap", "Melding voorgenomen huwelijk (ondertrouw)", "trouwen", "Burgerzaken",
                          "Wilt u trouwen of een geregistreerd partnerschap aangaan? Dan meldt u dit minimaal 2 weken en maximaal 1 jaar van tevoren."),
    "paspoort": ("Paspoort", "Paspoort aanvragen", "paspoort", "Burgerzaken",
                 "Een paspoort is 10 jaar geldig voor volwassenen en 5 jaar voor kinderen onder de 18."),
    "identiteitskaart": ("ID-kaart", "Identiteitskaart aanvragen", "id-kaart", "Burgerzaken",
                         "Met een Nederlandse identiteitskaart kunt u zich legitimeren en reizen binnen Europa."),
    "parkeervergunning": ("Parkeervergunning", "Parkeervergunning bewoners", "parkeervergunning", "Verkeer en parkeren",
                          "Woont u in een gebied met betaald parkeren of een blauwe zone? Met een parkeervergunning parkeert u in uw eigen wijk."),
    "gehandicaptenparkeerkaart": ("Gehandicaptenparkeerkaart", "Gehandicaptenparkeerkaart (GPK)", "gehandicaptenparkeerkaart", "Verkeer en parkeren",
                                  "Kunt u door een ziekte of handicap niet ver lopen? Met een gehandicaptenparkeerkaart mag u parkeren op een algemene invalidenparkeerplaats."),
    "gehandicaptenparkeerplaats": ("Gehandicaptenparkeerplaats", "Invalidenparkeerplaats op kenteken", "gehandicaptenparkeerplaats", "Verkeer en parkeren",
                                   "Heeft u een gehandicaptenparkeerkaart en kunt u niet in de buurt van uw huis parkeren? Dan kunt u een parkeerplaats op kenteken aanvragen."),
    "hondenbelasting": ("Hondenbelasting", "Hond aanmelden of afmelden", "hondenbelasting", "Belastingen",
                        "Heeft u een hond? Dan betaalt u hondenbelasting. U meldt uw hond aan binnen 14 dagen nadat u hem in huis heeft."),
    "belastingkwijtschelding": ("Kwijtschelding", "Kwijtschelding gemeentelijke belastingen", "kwijtschelding", "Belastingen",
                                "Heeft u een laag inkomen en weinig vermogen? Dan kunt u misschien kwijtschelding krijgen voor de afvalstoffenheffing en rioolheffing."),
    "woz-bezwaar": ("WOZ-waarde", "Bezwaar WOZ-beschikking", "woz", "Belastingen",
                    "Bent u het niet eens met de WOZ-waarde van uw woning of bedrijfspand? Maak dan binnen 6 weken na de dagtekening van de aanslag bezwaar."),
    "belastingaanslag-bezwaar": ("Bezwaar tegen uw aanslag", "Bezwaar aanslag gemeentelijke belastingen", "bezwaar-aanslag", "Belastingen",
                                 "Bent u het niet eens met uw aanslag gemeentelijke belastingen, bijvoorbeeld de afvalstoffenheffing of rioolheffing? Maak binnen 6 weken bezwaar."),
    "betalingsregeling": ("Betalingsregeling", "Uitstel van betaling of betalingsregeling", "betalingsregeling", "Belastingen",
                          "Kunt u uw aanslag niet in een keer betalen? Betaal dan automatisch in termijnen of vraag een betalingsregeling aan."),
    "bijstand": ("Bijstandsuitkering", "Bijstand aanvragen", "bijstandsuitkering", "Werk en inkomen",
                 "Heeft u niet genoeg geld om van te leven en kunt u geen andere uitkering krijgen? Dan kunt u misschien een bijstandsuitkering krijgen."),
    "bijzondere-bijstand": ("Bijzondere bijstand", "Bijzondere kosten vergoed", "bijzondere-bijstand", "Werk en inkomen",
                            "Heeft u onverwachte, noodzakelijke kosten die u niet zelf kunt betalen? Bijvoorbeeld voor een bril, bewindvoering of een wasmachine."),
    "wmo-voorziening": ("Wmo: hulp en ondersteuning", "Hulp bij het huishouden en woonvoorzieningen", "wmo", "Zorg en ondersteuning",
                        "Heeft u hulp nodig om zelfstandig te blijven wonen? Denk aan huishoudelijke hulp, een scootmobiel of een traplift."),
    "leerlingenvervoer": ("Leerlingenvervoer", "Vervoer naar school", "leerlingenvervoer", "Onderwijs",
                          "Kan uw kind niet zelfstandig naar school? Dan kunt u misschien een vergoeding voor leerlingenvervoer krijgen. Vraag dit voor 1 mei aan voor het nieuwe schooljaar."),
    "grofvuil": ("Grofvuil", "Grof huishoudelijk afval laten ophalen", "grofvuil", "Afval",
                 "Grofvuil is afval dat niet in uw container past, zoals meubels, matrassen en vloerbedekking. Wij halen het op afspraak bij u op."),
    "afvalcontainer": ("Afvalcontainers", "Minicontainer aanvragen, omruilen of defect", "containers", "Afval",
                       "Nieuwe container nodig, is uw container kapot of wilt u een grotere? Geef het aan ons door."),
    "melding-openbare-ruimte": ("Melding openbare ruimte", "Meldingen en klachten buitenruimte", "melding-openbare-ruimte", "Openbare ruimte",
                                "Ziet u een losliggende stoeptegel, een kapotte lantaarnpaal of zwerfafval? Meld het ons."),
    "omgevingsvergunning": ("Omgevingsvergunning", "Vergunning bouwen en verbouwen", "omgevingsvergunning", "Wonen en bouwen",
                            "Gaat u bouwen, verbouwen of het gebruik van een pand veranderen? Dan heeft u misschien een omgevingsvergunning nodig."),
    "kapvergunning": ("Bomen kappen", "Kapvergunning", "kapvergunning", "Wonen en bouwen",
                      "Wilt u een boom kappen? Voor sommige bomen heeft u een omgevingsvergunning voor het kappen (kapvergunning) nodig."),
    "bouwdossier-inzage": ("Bouwtekening opvragen", "Bouwdossier inzien", "bouwtekening", "Wonen en bouwen",
                           "Wilt u de bouwtekeningen van uw huis bekijken? Oude bouwdossiers liggen in het gemeentelijk archief."),
    "bezwaar": ("Bezwaar maken", "Bezwaarschrift indienen", "bezwaar", "Bestuur",
                "Bent u het niet eens met een besluit van de gemeente? Dan kunt u binnen 6 weken bezwaar maken."),
    "klacht": ("Klacht indienen", "Klachten over de gemeente", "klacht", "Bestuur",
               "Bent u niet tevreden over hoe een medewerker of bestuurder van de gemeente u heeft behandeld? Dien dan een klacht in."),
    "woo-verzoek": ("Woo-verzoek", "Informatie opvragen (Wet open overheid)", "woo-verzoek", "Bestuur",
                    "Met een Woo-verzoek vraagt u documenten op over een bestuurlijke aangelegenheid."),
    "subsidie": ("Subsidies", "Subsidie aanvragen", "subsidie", "Bestuur",
                 "De gemeente geeft subsidie aan verenigingen en organisaties die bijdragen aan een leefbare gemeente."),
    "evenementenvergunning": ("Evenementenvergunning", "Evenement organiseren", "evenementenvergunning", "Ondernemen",
                              "Organiseert u een evenement zoals een braderie, festival of optocht? Vraag de vergunning minimaal 8 weken van tevoren aan."),
    "exploitatievergunning-horeca": ("Exploitatievergunning", "Horeca-exploitatievergunning", "exploitatievergunning", "Ondernemen",
                                     "Voor het exploiteren van een horecabedrijf heeft u een exploitatievergunning nodig."),
    "alcoholvergunning": ("Alcoholvergunning", "Drank schenken", "alcoholvergunning", "Ondernemen",
                          "Schenkt u alcohol in uw horecabedrijf of slijterij? Dan heeft u een alcoholvergunning nodig."),
    "terrasvergunning": ("Terras", "Terrasvergunning", "terrasvergunning", "Ondernemen",
                         "Wilt u als horecaondernemer een terras op de openbare weg? Dan heeft u een terrasvergunning nodig."),
    "standplaatsvergunning": ("Standplaats", "Standplaatsvergunning", "standplaatsvergunning", "Ondernemen",
                              "Wilt u met een kraam of wagen op een vaste plek in de openbare ruimte staan? Dan heeft u een standplaatsvergunning nodig."),
    "marktvergunning": ("Weekmarkt", "Marktplaats aanvragen", "weekmarkt", "Ondernemen",
                        "Wilt u een vaste of losse plaats op de weekmarkt? Dan heeft u een marktvergunning nodig."),
    "reclamebelasting": ("Reclamebelasting", "Reclame aan uw pand", "reclamebelasting", "Ondernemen",
                         "Heeft u een reclame-uiting aan de gevel die zichtbaar is vanaf de openbare weg? Dan betaalt u mogelijk reclamebelasting."),
    "geluidsontheffing": ("Geluidsontheffing", "Ontheffing geluidhinder", "geluidsontheffing", "Ondernemen",
                          "Gaat u tijdelijk meer geluid maken dan is toegestaan, bijvoorbeeld bij een feest of werkzaamheden? Vraag dan een ontheffing aan."),
    "winkeltijdenontheffing": ("Winkeltijden", "Ontheffing winkeltijden", "winkeltijden", "Ondernemen",
                               "Winkels mogen op zondag en feestdagen niet zomaar open. Hiervoor geldt de Winkeltijdenverordening."),
    "kansspelautomaatvergunning": ("Speelautomaten", "Aanwezigheidsvergunning kansspelautomaten", "speelautomaten", "Ondernemen",
                                   "Wilt u een kansspelautomaat plaatsen in uw horecazaak? Dan heeft u een aanwezigheidsvergunning nodig."),
    "collectevergunning": ("Collecteren", "Collectevergunning", "collecteren", "Ondernemen",
                           "Wilt u huis-aan-huis of op straat geld of goederen inzamelen voor een goed doel? Dan heeft u een vergunning nodig."),
    "ligplaatsvergunning": ("Ligplaats", "Ligplaatsvergunning woonboot of vaartuig", "ligplaats", "Wonen en bouwen",
                            "Wilt u een boot of woonboot afmeren in gemeentelijk water? Dan heeft u een ligplaatsvergunning nodig."),
    "uitwegvergunning": ("Uitrit aanleggen", "Inrit of uitweg aanvragen", "uitrit", "Wonen en bouwen",
                         "Wilt u een inrit of uitrit naar uw perceel aanleggen of verbreden? Dan heeft u toestemming van de gemeente nodig."),
}

# ----------------------------------------------------------------------- organisations
ORGS = [
    dict(code="GM0879", name="Gemeente Zundert", short="Zundert", host="www.zundert.test", website="http://zundert.test/",
         redirect_from="zundert.test", fam="slug", pf="openforms", pf_host="formulieren.zundert.test", tel="14 076",
         tax="bwb", social="wwb", waste="saver", parking=None, cookie="links", sitemap=True, english=True,
         site_traps=["header_login", "news_digid"], cta=["a", "btn", "a", "img"], overview=None, soft404=False),
    dict(code="GM0873", name="Gemeente Woensdrecht", short="Woensdrecht", host="www.woensdrecht.test", website="http://www.woensdrecht.test/",
         fam="iprox", pf="tripleforms", pf_host="loket.woensdrecht.test", tel="0164 618 200",
         tax="bwb", social="wwb", waste="saver", parking="woensdrecht.parkeerservice.test", cookie=None, sitemap=True, english=False,
         site_traps=["footer_digid", "direct_box"], cta=["img", "a", "getform"], overview="/Inwoners/Digitaal_loket", soft404=False),
    dict(code="GM0851", name="Gemeente Steenbergen", short="Steenbergen", host="www.gemeente-steenbergen.test", website="http://www.gemeente-steenbergen.test/",
         fam="simpdc", pf="eloket", pf_host="eloket.gemeente-steenbergen.test", tel="0167 543 543",
         tax="bwb", social="wwb", waste="saver", parking=None, cookie=None, sitemap=False, english=False,
         site_traps=["feedback", "chatbot", "header_login"], cta=["getform", "a"], overview="/e-loket", soft404=True),
    dict(code="GM1719", name="Gemeente Drimmelen", short="Drimmelen", host="www.drimmelen.test", website="http://drimmelen.test/",
         redirect_from="drimmelen.test", fam="owc", pf="gravity", pf_host="mijn.drimmelen.test", tel="0162 690 190",
         tax=None, social=None, waste=None, parking=None, cookie=None, taal=True, sitemap=True, english=True,
         site_traps=["feedback", "popular_box"], cta=["btn", "a"], overview=None, soft404=False),
    dict(code="GM1959", name="Gemeente Altena", short="Altena", host="www.gemeentealtena.test", website="http://www.gemeentealtena.test/",
         fam="nlds", pf="iframe", pf_host="formulieren.gemeentealtena.test", tel="14 0183",
         tax=None, social=None, waste=None, parking=None, cookie=None, sitemap=True, english=True,
         site_traps=[], cta=["iframe", "a", "btn"], overview=None, soft404=False),
    dict(code="GM0809", name="Gemeente Loon op Zand", short="Loon op Zand", host="www.loonopzand.test", website="http://www.loonopzand.test/",
         fam="productid", pf="formdesk", pf_host="fd8.formdesk.test", tel="0416 289 111",
         tax="bhvb", social="hvb", waste=None, parking=None, cookie=None, sitemap=False, english=False,
         site_traps=["contact_link", "footer_digid", "news_digid"], cta=["img", "a"], overview=None, soft404=True),
    dict(code="GM0784", name="Gemeente Gilze en Rijen", short="Gilze en Rijen", host="www.gilzerijen.test", website="http://www.gilzerijen.test/",
         fam="typo3", pf="goeform", pf_host="eloket.gilzerijen.test", tel="14 0161",
         tax="bhvb", social="hvb", waste=None, parking=None, cookie="getform", sitemap=True, english=False,
         site_traps=["faq_box", "chatbot"], cta=["getform", "a", "btn"], overview=None, soft404=False),
    dict(code="GM1728", name="Gemeente Bladel", short="Bladel", host="loket.bladel.test", main_host="bladel.test", website="http://www.bladel.test/",
         redirect_from="www.bladel.test", fam="pdcloket", pf="jsform", pf_host="aanvragen.bladel.test", tel="0497 361 636",
         tax="kempen", social="kempen", waste=None, parking=None, cookie=None, sitemap=True, english=False,
         site_traps=["footer_digid", "mijn_loket"], cta=["js", "a", "iframe"], overview=None, soft404=False),
    dict(code="GM0762", name="Gemeente Deurne", short="Deurne", host="www.deurne.test", website="http://www.deurne.test/",
         fam="openpdc", pf="decos", pf_host="eformulieren.deurne.test", tel="0493 387 387",
         tax=None, social=None, waste=None, parking="deurne.parkeerservice.test", cookie="links", sitemap=False, english=False,
         site_traps=["chatbot", "direct_box", "footer_digid"], cta=["btn", "img", "a"], overview="/alle-formulieren", soft404=True),
    dict(code="GM1982", name="Gemeente Land van Cuijk", short="Land van Cuijk", host="www.landvancuijk.test", website="http://www.landvancuijk.test/",
         fam="catalog", pf="openforms", pf_host="formulieren.landvancuijk.test", tel="14 0485",
         tax=None, social=None, waste=None, parking="landvancuijk.parkeerservice.test", cookie=None, sitemap=True, english=True,
         site_traps=["header_login", "feedback", "mor_app"], cta=["a", "btn", "js"], overview=None, soft404=False),
]

# Route matrix: one letter per organisation in ORGS order.
# D DigiD form (own) | d DigiD form + explicit pre-fill text | H eHerkenning (and DigiD) form
# A anonymous online form | P PDF form | I information only | B appointment only | M mailto only
# T via tax office (DigiD) | S via social service (DigiD) | G via waste company (anonymous form)
# K via parking portal (DigiD) | O via Omgevingsloket (DigiD/eHerkenning + pre-fill text) | F Fixi form (anonymous)
# N not offered | X not found
ROUTES = {
    "brp-uittreksel":            "DDdDDDBDdD",
    "verhuismelding":            "DDDdDDDADd",
    "geboorteaangifte":          "IBIDIPIIBD",
    "overlijdensaangifte":       "IIMIIIPIIX",
    "huwelijksaangifte":         "DPDDDDIDDD",
    "paspoort":                  "BBBBBBBBBB",
    "identiteitskaart":          "BBBBBBBBBB",
    "parkeervergunning":         "NKDNDHNPKK",
    "gehandicaptenparkeerkaart": "DPADDPDADD",
    "gehandicaptenparkeerplaats":"DPDDPPXAPA",
    "hondenbelasting":           "TTTNDNTTND",
    "belastingkwijtschelding":   "TTTDDTSTDD",
    "woz-bezwaar":               "TTTDDTTTDD",
    "belastingaanslag-bezwaar":  "TTTPDTTTAD",
    "betalingsregeling":         "TTTMDTTTIA",
    "bijstand":                  "SSSDDSSSDD",
    "bijzondere-bijstand":       "SSPDDSASDP",
    "wmo-voorziening":           "DMDADIAMAD",
    "leerlingenvervoer":         "DDPDDDPDAD",
    "grofvuil":                  "GGGDAAMADD",
    "afvalcontainer":            "GGGADADAXD",
    "melding-openbare-ruimte":   "FAAAFAAFAF",
    "omgevingsvergunning":       "OOOOOOOOOO",
    "kapvergunning":             "OPOAOOPNOO",
    "bouwdossier-inzage":        "MAMPAMIAXM",
    "bezwaar":                   "DDDPDDADAD",
    "klacht":                    "ADAADDMADA",
    "woo-verzoek":               "DMAPAXMADA",
    "subsidie":                  "PAHPHPHHPA",
    "evenementenvergunning":     "HPHAHPHHPH",
    "exploitatievergunning-horeca": "HPPAHHPHPP",
    "alcoholvergunning":         "HPPAHHPHPP",
    "terrasvergunning":          "HPAXPPPNPH",
    "standplaatsvergunning":     "APPAHPPAPA",
    "marktvergunning":           "MXIXIIXAIA",
    "reclamebelasting":          "NNTXNNTNND",
    "geluidsontheffing":         "APHXHPAPAH",
    "winkeltijdenontheffing":    "NINPNANIXN",
    "kansspelautomaatvergunning":"PPXPHPIPXP",
    "collectevergunning":        "XMIAXMIIAX",
    "ligplaatsvergunning":       "XNXPPXXNXA",
    "uitwegvergunning":          "DPXOODPAPO",
}
LEVEL = {"D": 100, "d": 100, "H": 100, "T": 100, "S": 100, "K": 100, "O": 100,
         "A": 67, "G": 67, "F": 67, "P": 33, "I": 0, "B": 0, "M": 0}

# pages shared by two products: org code -> {secondary: primary}
SHARED = {
    "GM0879": {"identiteitskaart": "paspoort"},
    "GM1959": {"identiteitskaart": "paspoort", "alcoholvergunning": "exploitatievergunning-horeca"},
    "GM0809": {"alcoholvergunning": "exploitatievergunning-horeca"},
    "GM0784": {"alcoholvergunning": "exploitatievergunning-horeca"},
    "GM0762": {"identiteitskaart": "paspoort"},
    "GM1982": {"identiteitskaart": "paspoort", "marktvergunning": "standplaatsvergunning"},
}
# not-offered statements and the (unexpected) page titles they stand under
NOT_OFFERED = {
    ("GM0879", "parkeervergunning"): ("Parkeren", "Parkeren is in de hele gemeente Zundert gratis. Er zijn geen vergunninggebieden, dus een parkeervergunning heeft u niet nodig en kunt u ook niet aanvragen."),
    ("GM0879", "reclamebelasting"): ("Reclame maken", "De gemeente Zundert heft geen reclamebelasting. Voor een reclamebord aan de gevel heeft u soms wel een omgevingsvergunning nodig."),
    ("GM0879", "winkeltijdenontheffing"): ("Koopzondagen", "In Zundert mogen winkels op alle zon- en feestdagen open tussen 12.00 en 18.00 uur. Een ontheffing van de winkeltijden is daarom niet nodig en wordt niet verleend."),
    ("GM0873", "reclamebelasting"): ("Belastingen voor ondernemers", "Woensdrecht kent geen reclamebelasting en geen precariobelasting. U betaalt als ondernemer alleen onroerendezaakbelasting en rioolheffing."),
    ("GM0873", "ligplaatsvergunning"): ("Varen en aanleggen", "Er zijn in de gemeente Woensdrecht geen gemeentelijke ligplaatsen. Wij verlenen daarom geen ligplaatsvergunningen. Voor de jachthaven neemt u contact op met de havenmeester van de watersportvereniging."),
    ("GM0851", "winkeltijdenontheffing"): ("Winkeltijden", "Winkels in Steenbergen mogen elke zondag open. De gemeente geeft hiervoor geen ontheffingen meer af; de regels staan in de Winkeltijdenverordening."),
    ("GM1719", "hondenbelasting"): ("Honden", "Gemeente Drimmelen heft sinds 1 januari 2019 geen hondenbelasting meer. U hoeft uw hond dus niet meer aan of af te melden. Wel moet u uw hond laten chippen en registreren bij een databank."),
    ("GM1719", "parkeervergunning"): ("Parkeren in Drimmelen", "In de gemeente Drimmelen is parkeren overal gratis. Wij geven geen parkeervergunningen uit. In Made geldt rond het centrum een blauwe zone; gebruik daar een parkeerschijf."),
    ("GM1959", "reclamebelasting"): ("Reclameborden en spandoeken", "Gemeente Altena heft geen reclamebelasting. Wilt u tijdelijk een spandoek ophangen, dan meldt u dit bij de gemeente."),
    ("GM1959", "winkeltijdenontheffing"): ("Winkels op zondag", "De winkeltijdenverordening Altena staat zondagsopenstelling toe. U hoeft daarvoor niets aan te vragen; een ontheffing bestaat niet meer."),
    ("GM0809", "hondenbelasting"): ("Hond", "Loon op Zand heft geen hondenbelasting. Wel zijn er regels over aanlijnen en het opruimen van poep."),
    ("GM0809", "reclamebelasting"): ("Ondernemersfonds", "De gemeente Loon op Zand heeft de reclamebelasting afgeschaft. In plaats daarvan betalen ondernemers via de OZB een bijdrage aan het Ondernemersfonds."),
    ("GM0784", "parkeervergunning"): ("Parkeren", "U kunt in Gilze en Rijen overal gratis parkeren. Een vergunning of ontheffing is niet nodig en wordt niet verstrekt."),
    ("GM0784", "winkeltijdenontheffing"): ("Openingstijden winkels", "Gilze en Rijen heeft de winkeltijden vrijgegeven. Winkels bepalen zelf of zij op zondag opengaan; er is geen ontheffing meer nodig."),
    ("GM1728", "kapvergunning"): ("Boom kappen", "Sinds 2021 heeft u in Bladel geen vergunning meer nodig voor het kappen van een boom. Alleen voor bomen op de lijst monumentale bomen gelden regels; die bomen mogen niet gekapt worden."),
    ("GM1728", "terrasvergunning"): ("Terras bij uw zaak", "Voor een terras heeft u in Bladel geen vergunning meer nodig. U moet zich wel houden aan de algemene regels uit de APV (terrasregels)."),
    ("GM1728", "reclamebelasting"): ("Reclame", "Wij bieden dit niet meer aan. De reclamebelasting is per 2020 afgeschaft."),
    ("GM1728", "ligplaatsvergunning"): ("Ligplaatsvergunning", "Wij bieden dit niet aan. Bladel heeft geen vaarwater met gemeentelijke ligplaatsen."),
    ("GM0762", "hondenbelasting"): ("Hondenbelasting afgeschaft", "Per 1 januari 2023 is de hondenbelasting in Deurne afgeschaft. Aan- of afmelden van uw hond is niet meer nodig."),
    ("GM0762", "reclamebelasting"): ("Reclame-uitingen", "Deurne heft geen reclamebelasting. Voor lichtreclame kan een omgevingsvergunning nodig zijn."),
    ("GM1982", "winkeltijdenontheffing"): ("Winkeltijden en koopzondagen", "In Land van Cuijk mogen winkels op zondag open. Het aanvragen van een ontheffing is daarom niet meer mogelijk."),
}
# sibling pages of a similar permit (higher route) -> trap note
SIBLINGS = {"GM0873": "evenementenvergunning", "GM0809": "evenementenvergunning", "GM0762": "evenementenvergunning",
            "GM0851": "bouwdossier-inzage"}
# citizens' and businesses' page of the same name (both 100)
AUDIENCE_PAIR = {"GM1959": "parkeervergunning", "GM0851": "parkeervergunning", "GM0809": "parkeervergunning"}
# stale links (A-Z / sitemap) to missing product pages -> soft 404 or 404
STALE = {"GM0851": ["ligplaatsvergunning"], "GM0762": ["afvalcontainer", "kansspelautomaatvergunning"],
         "GM0809": ["ligplaatsvergunning"], "GM1719": ["marktvergunning"]}

SHARED_BODIES = {
    "bwb": ("www.bwbrabant.test", "Belastingsamenwerking West-Brabant (BWB)"),
    "bhvb": ("www.belastingenhartvanbrabant.test", "Belastingen Hart van Brabant"),
    "kempen": ("www.kempenbelastingen.test", "Belastingsamenwerking De Kempen"),
}
SOCIAL_BODIES = {
    "wwb": ("www.werkpleinwestbrabant.test", "Werkplein West-Brabant"),
    "hvb": ("www.werkpleinhvb.test", "Werkplein Hart van Brabant"),
    "kempen": ("www.kempenplus.test", "KempenPlus"),
}
WASTE = ("www.saver.test", "Saver")
OMGEVINGSLOKET = "omgevingswet.overheid.test"
FIXI = "www.fixi.test"

OUT = {}       # path -> bytes
REDIRECTS = []  # manifest redirects
LABELS = []


def esc(s):
    return html.escape(s, quote=True)


def put(host, path, content):
    if path.endswith("/"):
        path += "index.html"
    key = f"sites/{host}/{path.lstrip('/')}"
    OUT[key] = content.encode("utf-8") if isinstance(content, str) else content


# --------------------------------------------------------------------------- PDF writer
def pdf(title, lines, form=False):
    """A small but valid PDF (Helvetica text, optional form boxes drawn as rectangles)."""
    ops = ["BT /F1 16 Tf 56 780 Td (%s) Tj ET" % pdfesc(title)]
    y = 750
    for ln in lines:
        if y < 60:
            break
        ops.append("BT /F1 10 Tf 56 %d Td (%s) Tj ET" % (y, pdfesc(ln)))
        if form and ln.endswith(":"):
            ops.append("0.5 w 250 %d 290 16 re S" % (y - 4))
        y -= 24 if form else 16
    if form:
        ops.append("BT /F1 10 Tf 56 %d Td (Handtekening:) Tj ET" % (y - 10))
        ops.append("0.5 w 250 %d 200 40 re S" % (y - 40))
    stream = "\n".join(ops).encode("latin-1", "replace")
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
            b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
            ("<< /Title (%s) /Producer (web-dev23 gen.py) >>" % pdfesc(title)).encode("latin-1", "replace")]
    out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
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


def form_pdf(org, title):
    lines = [org["name"], "", "Gegevens aanvrager", "Naam en voorletters:", "Adres:", "Postcode en woonplaats:",
             "Telefoonnummer:", "E-mailadres:", "Geboortedatum:", "", "Gegevens aanvraag", "Omschrijving:",
             "Datum / periode:", "Locatie:", "[ ] Ik heb de bijlagen toegevoegd",
             "Stuur dit formulier naar: %s, Postbus 10, of lever het in bij de balie." % org["name"]]
    return pdf("Aanvraagformulier " + title, lines, form=True)


def reg_pdf(org, title, kind):
    if kind == "tarief":
        lines = [org["name"], "Tarieventabel behorende bij de Legesverordening 2024", "",
                 "Hoofdstuk 1 Burgerlijke stand ........ EUR 45,20", "Hoofdstuk 2 Reisdocumenten ........ EUR 77,20",
                 "Hoofdstuk 3 Basisregistratie personen ........ EUR 14,40", "Hoofdstuk 5 Evenementen ........ EUR 121,00",
                 "Hoofdstuk 6 Horeca ........ EUR 310,00", "Hoofdstuk 9 Standplaatsen ........ EUR 55,60"]
    else:
        lines = [org["name"], title, "", "Artikel 1 Begripsbepalingen", "In deze verordening wordt verstaan onder: ...",
                 "Artikel 2 Vergunningplicht", "Het is verboden zonder vergunning van de burgemeester ...",
                 "Artikel 3 Weigeringsgronden", "Artikel 4 Inwerkingtreding", "Aldus vastgesteld in de openbare raadsvergadering."]
    return pdf(title, lines)


# ------------------------------------------------------------------------ URL schemes
def oid(org):
    return ORGS.index(org)


def pid(pkey):
    return list(PT).index(pkey)


def title_of(org, pkey):
    t = PT[pkey]
    return t[0] if (oid(org) + pid(pkey)) % 3 else t[1]


def uslug(s):
    return s.replace(" ", "_").replace("(", "").replace(")", "").replace(":", "").replace(",", "")


def slugify(s):
    out = "".join(c.lower() if c.isalnum() else "-" for c in s)
    while "--" in out:
        out = out.replace("--", "-")
    return out.strip("-")


BUSINESS = {"evenementenvergunning", "exploitatievergunning-horeca", "alcoholvergunning", "terrasvergunning",
            "standplaatsvergunning", "marktvergunning", "reclamebelasting", "geluidsontheffing",
            "winkeltijdenontheffing", "kansspelautomaatvergunning"}


def product_path(org, pkey, title=None):
    """Path of the org's product page for pkey (no host)."""
    title = title or page_title(org, pkey)
    slug = slugify(title)
    sec = PT[pkey][3]
    f = org["fam"]
    n = 100 + pid(pkey) * 7 + oid(org)
    if f == "slug":
        return "/" + slug
    if f == "iprox":
        top = "Ondernemers" if pkey in BUSINESS else "Inwoners"
        return f"/{top}/{uslug(sec)}/{uslug(title)}"
    if f == "simpdc":
        return f"/product?id={1000 + n}"
    if f == "owc":
        return f"/nl/onderwerp/{slug}/"
    if f == "nlds":
        top = "ondernemers" if pkey in BUSINESS else "inwoners"
        return f"/{top}/{slug}"
    if f == "productid":
        top = "ondernemer" if pkey in BUSINESS else "inwoner"
        return f"/{top}/product/{slug.replace('-', '_')}_{n}.html"
    if f == "typo3":
        return f"/wonen-en-leven/{slugify(sec)}/{slug}/"
    if f == "pdcloket":
        return f"/producten/{slug}"
    if f == "openpdc":
        return f"/pdc/{slug}/"
    if f == "catalog":
        return f"/productinfo?pid={n}"
    raise ValueError(f)


def page_title(org, pkey):
    no = NOT_OFFERED.get((org["code"], pkey))
    if no:
        return no[0]
    prim = SHARED.get(org["code"], {})
    if pkey == "paspoort" and "identiteitskaart" in prim:
        return "Paspoort en identiteitskaart"
    if pkey == "exploitatievergunning-horeca" and "alcoholvergunning" in prim:
        return "Horecavergunningen"
    if pkey == "standplaatsvergunning" and "marktvergunning" in prim:
        return "Standplaats en weekmarkt"
    return title_of(org, pkey)


def url(host, path):
    return f"http://{host}{path}"


def purl(org, pkey):
    pk = SHARED.get(org["code"], {}).get(pkey, pkey)
    return url(org["host"], product_path(org, pk))


# ------------------------------------------------------------------------- platforms
IDP = {"digid": "http://digid.test/inloggen", "eherkenning": "http://eherkenning.test/kies-uw-leverancier"}


def form_url(org, pkey):
    s = PT[pkey][2]
    pf, h = org["pf"], org["pf_host"]
    if pf == "openforms":
        return url(h, f"/{s}")
    if pf == "tripleforms":
        return url(h, f"/TriplEforms/DirectRegelen/{uslug(PT[pkey][1].title()).replace('_', '')}.aspx")
    if pf == "eloket":
        return url(h, f"/formulier/{s}")
    if pf == "gravity":
        return url(h, f"/{s}/")
    if pf == "iframe":
        return url(h, f"/embed/{s}")
    if pf == "formdesk":
        return url(h, f"/gemeenteloonopzand/{s.replace('-', '_')}")
    if pf == "goeform":
        return url(h, f"/eformulieren/{s}.aspx")
    if pf == "jsform":
        return url(h, f"/{s}")
    if pf == "decos":
        return url(h, f"/{s}.aspx")
    raise ValueError(pf)


def login_start(form_u, kind):
    host_path = form_u.split("://", 1)[1]
    host, path = host_path.split("/", 1)
    path = "/" + path
    start = url(host, f"/auth{path.replace('.aspx', '')}/{kind}/start")
    REDIRECTS.append({"url": start, "status": 302, "location": IDP[kind] + "?sp=" + host})
    return start


def platform_page(org, pkey, code):
    """Write the form page on the org's form platform; return its URL."""
    fu = form_url(org, pkey)
    host = fu.split("/")[2]
    path = "/" + fu.split("/", 3)[3]
    ftitle = PT[pkey][1]
    pf = org["pf"]
    prefill = code == "d"
    if code in "DdH":
        kinds = ["eherkenning"] if code == "H" and pkey in BUSINESS else (["digid", "eherkenning"] if code == "H" else ["digid"])
        btns = []
        for k in kinds:
            st = login_start(fu, k)
            lab = "Inloggen met DigiD" if k == "digid" else "Inloggen met eHerkenning"
            if pf in ("tripleforms", "formdesk"):
                btns.append(f'<a href="{st}" class="login-{k}"><img src="/img/{k}.png" alt="{lab}" width="46" height="46"></a>')
            else:
                btns.append(f'<a class="btn btn-{k}" href="{st}">{lab}</a>')
        intro = ("U logt in om dit formulier te starten." +
                 (" Na het inloggen zijn uw gegevens al ingevuld: we halen uw naam en adres op uit de Basisregistratie Personen (BRP)." if prefill else ""))
        inner = f"<h1>{esc(ftitle)}</h1><p>{intro}</p>" + "".join(btns)
    else:  # anonymous form
        inner = (f"<h1>{esc(ftitle)}</h1><p>Vul het formulier in. Velden met * zijn verplicht.</p>"
                 f'<form method="post" action="{path}/verzenden"><label>Naam *<input name="naam" required></label>'
                 '<label>E-mailadres *<input type="email" name="email" required></label>'
                 '<label>Telefoonnummer<input name="telefoon"></label>'
                 '<label>Omschrijving *<textarea name="omschrijving"></textarea></label>'
                 '<label>Bijlage (pdf, jpg)<input type="file" name="bijlage"></label>'
                 '<button type="submit">Versturen</button></form>')
    if pf in ("openforms", "jsform"):
        # form exists only after the script runs
        js = json.dumps(inner)
        body = (f'<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>{esc(ftitle)} - {esc(org["name"])}</title>'
                f'<link rel="stylesheet" href="/static/sdk/open-forms-sdk.css"></head><body>'
                f'<div id="openforms-root" class="open-forms-sdk-root" data-form-id="{PT[pkey][2]}" data-base-url="/api/v2/"></div>'
                f'<noscript>Schakel JavaScript in om dit formulier te gebruiken.</noscript>'
                f'<script>document.addEventListener("DOMContentLoaded",function(){{var r=document.getElementById("openforms-root");'
                f'r.innerHTML={js};}});</script></body></html>')
    else:
        chrome = {"tripleforms": "TriplEforms - Direct regelen", "eloket": "E-loket Steenbergen", "gravity": "Mijn Drimmelen",
                  "iframe": "Formulieren Altena", "formdesk": "Formdesk", "goeform": "E-formulieren Gilze en Rijen",
                  "decos": "E-formulieren gemeente Deurne"}[pf]
        step = '<ol class="steps"><li class="active">Inloggen</li><li>Gegevens</li><li>Controleren</li><li>Versturen</li></ol>' if code in "DdH" else ""
        body = (f'<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>{esc(ftitle)} | {chrome}</title></head>'
                f'<body class="{pf}"><header><img src="/img/logo.png" alt="{esc(org["name"])}"> <span>{chrome}</span></header>'
                f'<main>{step}{inner}</main><footer>Privacyverklaring | Toegankelijkheid</footer></body></html>')
    put(host, path, body)
    return fu


# ---------------------------------------------------------------------- shared bodies
def write_shared():
    for key, (host, name) in SHARED_BODIES.items():
        pages = {"/hondenbelasting": "Hond aan- of afmelden", "/kwijtschelding": "Kwijtschelding aanvragen",
                 "/bezwaar-woz": "Bezwaar maken tegen de WOZ-waarde", "/reclamebelasting": "Reclamebelasting",
                 "/bezwaar-aanslag": "Bezwaar tegen een aanslag", "/betalingsregeling": "Betalingsregeling aanvragen"}
        links = []
        for p, t in pages.items():
            st = url(host, f"/mijn/digid/start{p}")
            REDIRECTS.append({"url": st, "status": 302, "location": IDP["digid"] + "?sp=" + host})
            put(host, p, f'<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>{t} - {name}</title></head><body>'
                f'<header><a href="/">{name}</a> <a href="/mijn-belastingen">Mijn belastingen</a></header><main><h1>{t}</h1>'
                f'<p>{name} voert de gemeentelijke belastingen uit. U regelt dit online in het belastingportaal. U logt in met DigiD; '
                f'ondernemers met eHerkenning.</p><p><a class="button" href="{st}">{t} (inloggen met DigiD)</a></p></main></body></html>')
            links.append(f'<li><a href="{p}">{t}</a></li>')
        st = url(host, "/mijn/digid/start")
        REDIRECTS.append({"url": st, "status": 302, "location": IDP["digid"] + "?sp=" + host})
        put(host, "/mijn-belastingen", f'<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>Mijn belastingen - {name}</title></head><body>'
            f'<h1>Mijn belastingen</h1><p>Bekijk uw aanslag, WOZ-beschikking en betalingen.</p><a href="{st}">Inloggen met DigiD</a></body></html>')
        put(host, "/", f'<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>{name}</title></head><body><h1>{name}</h1>'
            f'<ul>{"".join(links)}<li><a href="/mijn-belastingen">Mijn belastingen</a></li></ul></body></html>')
    for key, (host, name) in SOCIAL_BODIES.items():
        items = []
        for p, t in (("/bijstand-aanvragen", "Bijstandsuitkering aanvragen"), ("/bijzondere-bijstand", "Bijzondere bijstand aanvragen")):
            st = url(host, f"/digid/start{p}")
            REDIRECTS.append({"url": st, "status": 302, "location": IDP["digid"] + "?sp=" + host})
            put(host, p, f'<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>{t} | {name}</title></head><body>'
                f'<h1>{t}</h1><p>{name} voert de Participatiewet uit voor de aangesloten gemeenten. Vraag online aan; u logt in met DigiD.</p>'
                f'<a class="btn" href="{st}">Aanvragen met DigiD</a></body></html>')
            items.append(f'<li><a href="{p}">{t}</a></li>')
        put(host, "/", f'<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>{name}</title></head><body><h1>{name}</h1><ul>{"".join(items)}</ul></body></html>')
    h, n = WASTE
    for p, t in (("/grofvuil-aanmelden", "Grofvuil aanmelden"), ("/container-aanvragen", "Container aanvragen of omruilen")):
        put(h, p, f'<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>{t} - {n}</title></head><body><h1>{t}</h1>'
            f'<form method="post" action="{p}/verzenden"><label>Postcode<input name="postcode"></label><label>Huisnummer<input name="huisnummer"></label>'
            f'<label>E-mail<input name="email"></label><label>Wat wilt u aanbieden / welke container?<textarea name="omschrijving"></textarea></label>'
            f'<button>Verzenden</button></form></body></html>')
    put(h, "/", f'<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>{n}</title></head><body><h1>{n}</h1><a href="/grofvuil-aanmelden">Grofvuil</a> <a href="/container-aanvragen">Containers</a></body></html>')
    # Omgevingsloket
    for k in ("digid", "eherkenning"):
        st = url(OMGEVINGSLOKET, f"/aanvragen/{k}/start")
        REDIRECTS.append({"url": st, "status": 302, "location": IDP[k] + "?sp=" + OMGEVINGSLOKET})
    put(OMGEVINGSLOKET, "/aanvragen", '<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>Aanvragen - Omgevingsloket</title></head><body>'
        '<h1>Aanvraag of melding indienen</h1><p>Log in om een aanvraag of melding te doen. Uw persoonsgegevens of bedrijfsgegevens worden automatisch ingevuld.</p>'
        f'<a href="{url(OMGEVINGSLOKET, "/aanvragen/digid/start")}">Inloggen met DigiD</a> <a href="{url(OMGEVINGSLOKET, "/aanvragen/eherkenning/start")}">Inloggen met eHerkenning</a></body></html>')
    put(OMGEVINGSLOKET, "/vergunningcheck", '<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>Vergunningcheck - Omgevingsloket</title></head><body>'
        '<h1>Vergunningcheck</h1><p>Check of u een vergunning nodig heeft. Inloggen is niet nodig.</p><form action="/vergunningcheck-stap-1" method="get"><input name="locatie"><button>Start de check</button></form>'
        f'<p><a href="/aanvragen">Aanvragen (inloggen)</a></p></body></html>')
    put(OMGEVINGSLOKET, "/vergunningcheck-stap-1", '<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>Vergunningcheck</title></head><body><h1>Stap 1: locatie</h1></body></html>')
    put(OMGEVINGSLOKET, "/", '<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>Omgevingsloket</title></head><body><h1>Omgevingsloket</h1><a href="/vergunningcheck">Vergunningcheck</a> <a href="/aanvragen">Aanvragen</a></body></html>')
    # parking portals
    for o in ORGS:
        if o["parking"]:
            h = o["parking"]
            st = url(h, "/digid/start")
            REDIRECTS.append({"url": st, "status": 302, "location": IDP["digid"] + "?sp=" + h})
            put(h, "/vergunning-aanvragen", f'<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>Parkeervergunning aanvragen - Parkeerservice</title></head><body>'
                f'<h1>Parkeervergunning {esc(o["short"])}</h1><p>Parkeerservice regelt de parkeervergunningen voor {esc(o["name"])}. Log in met DigiD om een vergunning aan te vragen of uw kenteken te wijzigen.</p>'
                f'<a href="{st}">Inloggen met DigiD</a></body></html>')
            put(h, "/", f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>Parkeerservice {esc(o["short"])}</title></head><body><a href="/vergunning-aanvragen">Vergunning aanvragen</a></body></html>')
    # Fixi
    for o in ORGS:
        put(FIXI, f"/melden/{slugify(o['short'])}", f'<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>Melding doen - Fixi {esc(o["short"])}</title></head><body>'
            f'<h1>Doe een melding in {esc(o["short"])}</h1><form method="post" action="/melden/{slugify(o["short"])}/verzend"><label>Categorie<select name="cat"><option>Straatverlichting</option><option>Bestrating</option><option>Zwerfafval</option></select></label>'
            '<label>Locatie<input name="locatie"></label><label>Omschrijving<textarea name="omschrijving"></textarea></label><label>E-mail<input name="email"></label><button>Melding versturen</button></form></body></html>')
    put(FIXI, "/", '<!DOCTYPE html><html><head><meta charset="utf-8"><title>Fixi</title></head><body><h1>Fixi - meldingen openbare ruimte</h1></body></html>')
    # identity providers, MijnOverheid
    put("digid.test", "/inloggen", '<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>Inloggen | DigiD</title></head><body><h1>Inloggen bij DigiD</h1>'
        '<form method="post" action="/inloggen/wachtwoord"><label>DigiD gebruikersnaam<input name="u"></label><label>Wachtwoord<input type="password" name="p"></label><button>Inloggen</button></form><p><a href="/inloggen/app">Inloggen met de DigiD app</a></p></body></html>')
    put("wetten.overheid.test", "/", '<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>Wetten.nl</title></head><body><h1>Wet- en regelgeving</h1><p>Zoek in lokale regelgeving (CVDR).</p></body></html>')
    put("digid.test", "/", '<!DOCTYPE html><html><head><meta charset="utf-8"><title>DigiD</title></head><body><h1>DigiD</h1></body></html>')
    put("eherkenning.test", "/kies-uw-leverancier", '<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>eHerkenning - kies uw leverancier</title></head><body><h1>Selecteer de leverancier van uw inlogmiddel</h1><ul><li>Leverancier A</li><li>Leverancier B</li></ul></body></html>')
    put("eherkenning.test", "/", '<!DOCTYPE html><html><head><meta charset="utf-8"><title>eHerkenning</title></head><body><h1>eHerkenning</h1></body></html>')
    st = url("mijn.overheid.test", "/inloggen/digid")
    REDIRECTS.append({"url": st, "status": 302, "location": IDP["digid"] + "?sp=mijn.overheid.test"})
    put("mijn.overheid.test", "/", f'<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>MijnOverheid</title></head><body><h1>MijnOverheid</h1><p>Bekijk uw persoonlijke gegevens uit de BRP, uw berichtenbox en lopende zaken.</p><a href="{st}">Inloggen met DigiD</a></body></html>')


# ------------------------------------------------------------------- page skeletons
SKIN = {
    "slug": ("site-go", "Wat is het?|Hoe werkt het?|Wat moet ik doen?|Wat kost het?"),
    "iprox": ("iprox", "Omschrijving|Aanvragen|Voorwaarden|Kosten"),
    "simpdc": ("sim-pdc", "Beschrijving|Aanpak|Voorwaarden|Kosten"),
    "owc": ("owc", "Wat is het|Hoe werkt het|Wat heb ik nodig|Wat kost het"),
    "nlds": ("utrecht-document", "Wat u moet weten|Zo werkt het|Voorwaarden|Kosten"),
    "productid": ("pdc-productid", "Wat is het?|Hoe aanvragen?|Wat meenemen?|Kosten"),
    "typo3": ("typo3", "Omschrijving|Procedure|Bijzonderheden|Kosten"),
    "pdcloket": ("pdc-loket", "Wat is het?|Hoe werkt het?|Voorwaarden|Wat kost het?"),
    "openpdc": ("openpdc", "Inleiding|Aanvragen|Voorwaarden|Bezwaar en beroep"),
    "catalog": ("catalogus", "Wat is het?|Aanvragen|Wat kost het?|Hoe lang duurt het?"),
}


def rel(org, href):
    """Relative-link styles: Woensdrecht/Altena use ../ links, Gilze en Rijen a <base href>."""
    return href


def layout(org, title, main, path, lang="nl", extra_head=""):
    skin = SKIN[org["fam"]][0]
    h = org["host"]
    base = f'<base href="http://{h}/">' if org["fam"] == "typo3" else ""
    st = org["site_traps"]
    header = f'<header class="{skin}-header"><a class="logo" href="{home(org)}"><img src="/img/logo.svg" alt="Logo {esc(org["name"])}"></a>'
    header += f'<nav><a href="{home(org)}">Home</a> <a href="{overview_path(org, "Inwoners")}">Inwoners</a> <a href="{overview_path(org, "Ondernemers")}">Ondernemers</a> <a href="{contact_path(org)}">Contact</a> <a href="{search_path(org)}">Zoeken</a></nav>'
    if "header_login" in st:
        lab = {"GM0879": "Mijn Zundert", "GM0851": "Inloggen", "GM1982": "Mijn Land van Cuijk"}[org["code"]]
        target = url(org["pf_host"], "/auth/mijn/digid/start")
        if not any(r["url"] == target for r in REDIRECTS):
            REDIRECTS.append({"url": target, "status": 302, "location": IDP["digid"] + "?sp=" + org["pf_host"]})
        header += f'<a class="mijn-login" href="{target}"><img src="/img/digid.svg" alt="DigiD"> {lab}</a>'
    if "mijn_loket" in st:
        target = url(org["pf_host"], "/mijn-loket/digid/start")
        if not any(r["url"] == target for r in REDIRECTS):
            REDIRECTS.append({"url": target, "status": 302, "location": IDP["digid"] + "?sp=" + org["pf_host"]})
        header += f'<a class="mijnloket" href="{target}">Mijn Loket (inloggen met DigiD)</a>'
    header += "</header>"
    footer = f'<footer><p>{esc(org["name"])} | Postbus 10 | Telefoon {org["tel"]}</p><a href="{contact_path(org)}">Contact</a> <a href="/privacy">Privacy</a> <a href="/cookies">Cookies</a>'
    if "footer_digid" in st:
        footer += '<div class="digid-footer"><img src="/img/digid-logo.png" alt="Inloggen met DigiD"> Veel zaken regelt u online met DigiD. <a href="http://digid.test/">Meer over DigiD</a></div>'
    footer += "</footer>"
    chat = ""
    if "chatbot" in st:
        chat = ('<div id="chatbot" class="gem-chat"><button onclick="document.getElementById(\'chatwin\').hidden=false">Stel uw vraag aan Gem</button>'
                '<div id="chatwin" hidden><p>Hallo! Ik ben Gem, de digitale assistent. Waarmee kan ik u helpen? Verhuizen doorgeven, paspoort aanvragen, inloggen met DigiD...</p>'
                '<form action="/chat" method="post"><input name="vraag"><button>Verstuur</button></form></div></div>')
    return (f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8">{base}<title>{esc(title)} | {esc(org["name"])}</title>'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">{extra_head}</head>'
            f'<body class="{skin}">{header}<main id="content">{main}</main>{chat}{footer}</body></html>')


def home(org):
    if org.get("taal"):
        return "/nl/"
    if org.get("cookie"):
        return "/home"
    return "/"


def overview_path(org, sect):
    f = org["fam"]
    return {"slug": f"/{sect.lower()}", "iprox": f"/{sect}/", "simpdc": "/producten", "owc": f"/nl/{sect.lower()}/",
            "nlds": f"/{sect.lower()}/", "productid": f"/{sect.lower()[:-1]}/", "typo3": "/wonen-en-leven/" if sect == "Inwoners" else "/ondernemen/",
            "pdcloket": "/producten/", "openpdc": f"/{sect.lower()}/", "catalog": "/producten-a-z"}[f]


def contact_path(org):
    return "/nl/contact/" if org["fam"] == "owc" else "/contact/"


def search_path(org):
    return "/zoeken/"


# ------------------------------------------------------------------------------ CTAs
def cta(org, style, href, text, kind):
    """kind: digid/eherkenning/anon/pdf/via/mail/afspraak."""
    if style == "btn":
        return f'<p><button type="button" class="btn-primary" onclick="location.href=\'{href}\'">{esc(text)}</button></p>'
    if style == "getform" and href.startswith("http"):
        base, _, q = href.partition("?")
        hidden = ""
        if q:
            for kv in q.split("&"):
                k, _, v = kv.partition("=")
                hidden += f'<input type="hidden" name="{k}" value="{esc(v)}">'
        return f'<form method="get" action="{base}">{hidden}<button type="submit">{esc(text)}</button></form>'
    if style == "img" and kind in ("digid", "eherkenning"):
        alt = "DigiD" if kind == "digid" else "eHerkenning"
        return f'<p><a href="{href}"><img src="/img/{kind}-button.png" alt="{alt}" width="46" height="46"></a></p>'
    if style == "js":
        return (f'<p id="cta-{abs(zlib.crc32(href.encode())) % 9999}"></p><script>(function(){{var p=document.currentScript.previousElementSibling;'
                f'var a=document.createElement("a");a.href={json.dumps(href)};a.className="cta";a.textContent={json.dumps(text)};p.appendChild(a);}})();</script>'
                f'<noscript><p>Schakel JavaScript in of bel {org["tel"]}.</p></noscript>')
    return f'<p><a class="cta" href="{href}">{esc(text)}</a></p>'


CTA_DIGID = ["Direct regelen met DigiD", "{t} online aanvragen (met DigiD)", "DigiD link {t}", "Inloggen met DigiD en aanvragen", "Online regelen"]
CTA_ANON = ["Vul het formulier in", "Naar het online formulier", "{t}: online formulier", "Online melden", "Direct regelen"]


# --------------------------------------------------------------------- trap snippets
DIRECT_OTHERS = [("verhuismelding", "Verhuizing doorgeven (DigiD)"), ("woz-bezwaar", "Bezwaar tegen WOZ-waarde (DigiD)"),
                 ("brp-uittreksel", "Uittreksel BRP aanvragen (DigiD)"), ("hondenbelasting", "Hond aan- of afmelden (DigiD)")]


def box_links(org, pkey, heading, cls):
    items = []
    for k, lab in DIRECT_OTHERS:
        if k == pkey or ROUTES[k][oid(org)] in "NX":
            continue
        fu = form_url(org, k)
        st = login_start_once(fu)
        items.append(f'<li><a href="{st}"><img src="/img/digid-klein.png" alt="DigiD"> {esc(lab)}</a></li>')
    return f'<aside class="{cls}"><h2>{heading}</h2><ul>{"".join(items)}</ul></aside>'


def login_start_once(fu):
    host_path = fu.split("://", 1)[1]
    host, path = host_path.split("/", 1)
    start = url(host, f"/auth/{path.replace('.aspx', '')}/digid/start".replace("//", "/"))
    if not any(r["url"] == start for r in REDIRECTS):
        REDIRECTS.append({"url": start, "status": 302, "location": IDP["digid"] + "?sp=" + host})
    return start


TRAP_NOTE = {
    "header_login": "site-wide 'Mijn ...'/'Inloggen' DigiD login in the header",
    "mijn_loket": "site-wide 'Mijn Loket (inloggen met DigiD)' in the header",
    "footer_digid": "DigiD logo 'Inloggen met DigiD' in the footer",
    "direct_box": "'Direct regelen' box with DigiD links for other products",
    "popular_box": "'Populaire onderwerpen' box with DigiD links for other products",
    "faq_box": "'Veelgevraagd' box with DigiD links for other products",
    "feedback": "'Was deze informatie nuttig?' feedback form",
    "chatbot": "chatbot widget with a question form",
    "contact_link": "link to general contact form 'Stel uw vraag'",
    "news_digid": "sidebar news item about DigiD",
    "mor_app": "'Meld een probleem in de openbare ruimte' app/Fixi link",
    "tariff_pdf": "tariff PDF (legestabel)",
    "verordening_pdf": "regulation PDF (verordening/APV)",
    "afspraak_digid": "appointment booking whose 'Mijn afspraak' needs DigiD",
    "eloket_link": "link to the forms overview listing forms of other products",
    "mijnoverheid": "MijnOverheid DigiD link",
    "tax_login": "tax office 'Mijn belastingen' DigiD login on a non-tax page",
    "ol_login": "Omgevingsloket login/vergunningcheck for something else",
    "bezwaar_other": "DigiD bezwaar form for a different decision",
    "login_nearby": "DigiD login button for another service beside the route",
    "sibling": "sibling page of a similar permit with a higher (online) route",
    "audience": "businesses' page of the same name with an eHerkenning form",
}

TARIFF_PRODUCTS = {"brp-uittreksel", "paspoort", "identiteitskaart", "huwelijksaangifte", "evenementenvergunning",
                   "exploitatievergunning-horeca", "alcoholvergunning", "standplaatsvergunning", "bouwdossier-inzage", "uitwegvergunning"}
APV_PRODUCTS = {"evenementenvergunning", "terrasvergunning", "standplaatsvergunning", "marktvergunning", "collectevergunning",
                "geluidsontheffing", "winkeltijdenontheffing", "kansspelautomaatvergunning", "hondenbelasting", "reclamebelasting",
                "ligplaatsvergunning", "gehandicaptenparkeerplaats"}


def page_traps(org, pkey, code):
    """Per-page traps (deterministic rules)."""
    t = []
    o = oid(org)
    i = pid(pkey)
    if pkey in TARIFF_PRODUCTS and o % 2 == 0:
        t.append("tariff_pdf")
    if pkey in APV_PRODUCTS and o % 3 != 1:
        t.append("verordening_pdf")
    if code == "B" or (pkey in ("geboorteaangifte", "huwelijksaangifte") and o % 2 == 1):
        t.append("afspraak_digid")
    if code in "IMPBN" and (org["overview"] or (o + i) % 3 == 0):
        t.append("eloket_link")
    if pkey in ("brp-uittreksel", "verhuismelding", "overlijdensaangifte") and o % 3 == 0:
        t.append("mijnoverheid")
    if pkey in ("grofvuil", "afvalcontainer", "parkeervergunning", "gehandicaptenparkeerplaats") and (org["tax"] or o % 2 == 0):
        t.append("tax_login")
    if pkey in ("bouwdossier-inzage", "kapvergunning", "uitwegvergunning", "ligplaatsvergunning") and code in "MPAIN":
        t.append("ol_login")
    if pkey in ("klacht", "woo-verzoek", "bouwdossier-inzage", "wmo-voorziening") and code in "AMIP":
        t.append("bezwaar_other")
    if pkey in ("grofvuil", "afvalcontainer", "klacht", "uitwegvergunning") and "mor_app" not in org["site_traps"] and o % 2 == 1:
        t.append("mor_app")
    if code in "PM" and (o + i) % 2 == 0:
        t.append("login_nearby")
    if SIBLINGS.get(org["code"]) == pkey:
        t.append("sibling")
    return t


def trap_html(org, pkey, traps, docs):
    out = []
    ov = org["overview"] or "/formulieren"
    for tr in traps:
        if tr == "tariff_pdf":
            p = docs + "legestabel-2024.pdf"
            put(org["host"], p, reg_pdf(org, "Tarieventabel leges 2024", "tarief"))
            out.append(f'<p>Kijk voor de kosten in de <a href="{p}">tarieventabel leges 2024 (pdf, 210 kB)</a>.</p>')
        elif tr == "verordening_pdf":
            p = docs + "apv-2023.pdf"
            put(org["host"], p, reg_pdf(org, f"Algemene Plaatselijke Verordening {org['short']} 2023", "apv"))
            out.append(f'<h3>Regelgeving</h3><ul><li><a href="{p}">Algemene Plaatselijke Verordening (APV) 2023 (pdf, 456 kB)</a></li><li><a href="http://wetten.overheid.test/">Overheid.nl wet- en regelgeving</a></li></ul>')
        elif tr == "afspraak_digid":
            ah = "afspraken." + org["host"].replace("www.", "").replace("loket.", "")
            out.append(f'<p><a class="afspraak" href="{url(ah, "/")}">Maak een afspraak</a> | <a href="{url(ah, "/mijn-afspraak")}">Mijn afspraak bekijken of wijzigen</a></p>')
        elif tr == "eloket_link":
            out.append(f'<p>Zoekt u een ander formulier? Bekijk <a href="{ov}">alle formulieren in het digitaal loket</a>.</p>')
        elif tr == "mijnoverheid":
            out.append('<p>Uw gegevens in de BRP bekijken? Log in op <a href="http://mijn.overheid.test/">MijnOverheid met DigiD</a>.</p>')
        elif tr == "tax_login":
            if org["tax"]:
                th, tn = SHARED_BODIES[org["tax"]]
                out.append(f'<p>De afvalstoffenheffing en uw aanslag bekijkt u in <a href="{url(th, "/mijn-belastingen")}">Mijn belastingen ({esc(tn)}), inloggen met DigiD</a>.</p>')
            else:
                fu = form_url(org, "woz-bezwaar")
                out.append(f'<p>Uw aanslag gemeentelijke belastingen bekijken? <a href="{login_start_once(fu)}">Mijn belastingen - inloggen met DigiD</a></p>')
        elif tr == "ol_login":
            out.append(f'<div class="kader"><h3>Vergunningvrij bouwen?</h3><p>Doe de <a href="{url(OMGEVINGSLOKET, "/vergunningcheck")}">vergunningcheck in het Omgevingsloket</a>. '
                       f'Wilt u een aanbouw of dakkapel aanvragen? <a href="{url(OMGEVINGSLOKET, "/aanvragen/digid/start")}">Inloggen op het Omgevingsloket met DigiD</a>.</p></div>')
        elif tr == "bezwaar_other":
            fu = form_url(org, "bezwaar")
            out.append(f'<p>Niet eens met een besluit op uw aanvraag? <a href="{login_start_once(fu)}">Bezwaar maken tegen een besluit (met DigiD)</a>.</p>')
        elif tr == "mor_app":
            out.append(f'<p>Ziet u iets kapots op straat? <a href="{url(FIXI, "/melden/" + slugify(org["short"]))}">Meld een probleem in de openbare ruimte</a> of gebruik de app.</p>')
        elif tr == "login_nearby":
            fu = form_url(org, "verhuismelding")
            out.append(f'<div class="inloggen"><p>Al een lopende aanvraag? Bekijk de status in uw persoonlijke omgeving.</p><a class="btn" href="{login_start_once(fu)}"><img src="/img/digid.png" alt="DigiD"> Inloggen met DigiD</a></div>')
        elif tr == "sibling":
            pass  # rendered as a separate page
        elif tr == "audience":
            pass
    st = org["site_traps"]
    if "direct_box" in st:
        out.append(box_links(org, pkey, "Direct regelen", "direct-regelen"))
    if "popular_box" in st:
        out.append(box_links(org, pkey, "Populaire onderwerpen", "populair"))
    if "faq_box" in st:
        out.append(box_links(org, pkey, "Veelgevraagd", "veelgevraagd"))
    if "contact_link" in st:
        out.append(f'<p>Vraag over dit onderwerp? <a href="{contact_path(org)}stel-uw-vraag/">Stel uw vraag via het contactformulier</a>.</p>')
    if "news_digid" in st:
        out.append(f'<aside class="nieuws"><h2>Nieuws</h2><a href="{news_path(org, 0)}">Inloggen met DigiD: vanaf 1 oktober alleen nog met sms-controle of app</a></aside>')
    if "mor_app" in st:
        out.append(f'<p class="melden"><a href="{url(FIXI, "/melden/" + slugify(org["short"]))}">Meld een probleem in de openbare ruimte (Fixi)</a></p>')
    if "feedback" in st:
        out.append('<form class="feedback" method="post" action="/feedback"><fieldset><legend>Was deze informatie nuttig?</legend>'
                   '<label><input type="radio" name="nuttig" value="ja"> Ja</label><label><input type="radio" name="nuttig" value="nee"> Nee</label>'
                   '<label>Wat kunnen we verbeteren?<textarea name="opmerking"></textarea></label><button type="submit">Verstuur</button></fieldset></form>')
    return "".join(out)


def news_path(org, n):
    return ("/nl" if org["fam"] == "owc" else "") + f"/nieuws/{['inloggen-met-digid-wordt-veiliger', 'nieuwe-afvalkalender', 'gemeenteraad-stelt-begroting-vast'][n]}"


# ------------------------------------------------------------------- product pages
def docs_dir(org):
    return {"slug": "/sites/default/files/", "iprox": "/publish/pages/", "simpdc": "/documenten/", "owc": "/wp-content/uploads/2024/03/",
            "nlds": "/media/", "productid": "/document.php?m=", "typo3": "/fileadmin/user_upload/", "pdcloket": "/docs/",
            "openpdc": "/wp-content/uploads/", "catalog": "/documenten/"}[org["fam"]].replace("document.php?m=", "documenten/")


def route_block(org, pkey, code, title):
    """Return (html, route_url, via, note_route)."""
    o, i = oid(org), pid(pkey)
    style = org["cta"][(o + i) % len(org["cta"])]
    t = title
    if code in "DdHA":
        fu = platform_page(org, pkey, code)
        kind = "anon" if code == "A" else ("eherkenning" if code == "H" and pkey in BUSINESS else "digid")
        texts = CTA_ANON if code == "A" else CTA_DIGID
        text = texts[(o + i) % len(texts)].format(t=PT[pkey][1])
        if code == "H":
            text = f"{PT[pkey][1]} aanvragen (met eHerkenning)" if pkey in BUSINESS else f"{PT[pkey][1]} aanvragen met DigiD of eHerkenning"
        how = {"D": "U regelt dit online. U logt in met DigiD.", "d": "U regelt dit online met DigiD. Uw gegevens zijn al ingevuld: we halen ze op uit de Basisregistratie Personen (BRP). U controleert ze en vult aan wat nodig is.",
               "H": "U vraagt dit online aan. Ondernemers loggen in met eHerkenning (niveau EH3); inwoners met DigiD.",
               "A": "Vul het online formulier in. Inloggen is niet nodig; u krijgt een ontvangstbevestiging per e-mail."}[code]
        platname = {"openforms": "Open Formulieren", "tripleforms": "TriplEforms", "eloket": "SIM e-loket", "gravity": "Gravity Forms (mijn.drimmelen)",
                    "iframe": "embedded form (iframe)", "formdesk": "Formdesk", "goeform": "GO e-formulieren", "jsform": "script-built form",
                    "decos": "Decos e-formulieren"}[org["pf"]]
        via_overview = org["overview"] and (org["code"] == "GM0851" or (o + i) % 2 == 0)
        if via_overview:
            h = how + f"<p>Het formulier vindt u in ons <a href=\"{org['overview']}\">{'E-loket' if org['code']=='GM0851' else 'digitaal loket'}</a>, onder '{esc(PT[pkey][1])}'.</p>"
            return f"<p>{h}</p>", fu, "", f"{'DigiD' if code in 'Dd' else ('eHerkenning' if code=='H' else 'anonymous')} form on {platname}, reached via the forms overview {org['overview']}"
        if style == "iframe" or org["pf"] == "iframe":
            blk = f'<p>{how}</p><iframe src="{fu}" title="{esc(PT[pkey][1])}" width="100%" height="600"></iframe>'
            return blk, fu, "", f"{'DigiD' if code in 'Dd' else ('eHerkenning' if code=='H' else 'anonymous')} form in an iframe ({platname})"
        blk = f"<p>{how}</p>" + cta(org, style, fu, text, kind)
        return blk, fu, "", f"{'DigiD' if code in 'Dd' else ('eHerkenning' if code=='H' else 'anonymous')} form on {platname}, CTA as {style}"
    if code == "P":
        p = docs_dir(org) + f"aanvraagformulier-{PT[pkey][2]}.pdf"
        put(org["host"], p, form_pdf(org, PT[pkey][1]))
        kb = 80 + (o * 13 + i * 7) % 150
        text = [f"Aanvraagformulier {PT[pkey][1].lower()} (pdf, {kb} kB)", f"Download het formulier (PDF, {kb} KB)", f">> Aanvraagformulier downloaden (PDF)"][(o + i) % 3]
        blk = f"<p>Download het aanvraagformulier, vul het in en stuur het ondertekend naar {esc(org['name'])}, Postbus 10. U kunt het ook mailen naar <a href=\"mailto:info@{org['host'].replace('www.', '').replace('loket.', '')}\">info@{org['host'].replace('www.', '').replace('loket.', '')}</a>.</p>"
        blk += cta(org, "a" if style in ("img", "iframe", "js") else style, p, text, "pdf")
        return blk, url(org["host"], p), "", "printable PDF form to send in"
    if code == "M":
        mail = f"{PT[pkey][2]}@{org['host'].replace('www.', '').replace('loket.', '')}"
        return (f"<p>Stuur uw verzoek per e-mail naar <a href=\"mailto:{mail}\">{mail}</a>. Vermeld uw naam, adres en telefoonnummer. "
                f"U kunt ook bellen met {org['tel']}.</p>"), "", "", "only a mailto link and phone"
    if code == "I":
        return (f"<p>U kunt dit niet online aanvragen. Kom langs bij de publieksbalie in het gemeentehuis of bel {org['tel']}. "
                "Neem een geldig identiteitsbewijs mee.</p>"), "", "", "information only: counter or phone"
    if code == "B":
        ah = "afspraken." + org["host"].replace("www.", "").replace("loket.", "")
        return (f"<p>U moet dit persoonlijk aanvragen aan de balie. Maak hiervoor eerst een afspraak.</p>"), "", "", f"appointment only (booking on {ah})"
    if code in "TS":
        if code == "T":
            bh, bn = SHARED_BODIES[org["tax"]]
            p = {"hondenbelasting": "/hondenbelasting", "belastingkwijtschelding": "/kwijtschelding", "woz-bezwaar": "/bezwaar-woz", "reclamebelasting": "/reclamebelasting",
                 "belastingaanslag-bezwaar": "/bezwaar-aanslag", "betalingsregeling": "/betalingsregeling"}[pkey]
        else:
            bh, bn = SOCIAL_BODIES[org["social"]]
            p = {"bijstand": "/bijstand-aanvragen", "bijzondere-bijstand": "/bijzondere-bijstand", "belastingkwijtschelding": "/bijzondere-bijstand"}[pkey]
            if pkey == "belastingkwijtschelding":
                p = "/bijstand-aanvragen"
        text = f"Ga naar de website van {bn}"
        blk = f"<p>{esc(bn)} regelt dit voor de gemeente {esc(org['short'])}. U doet dit online op de website van {esc(bn)}; u logt in met DigiD.</p>"
        blk += cta(org, "a" if style in ("img", "iframe", "js") else style, url(bh, p), text + " (externe link)", "via")
        return blk, url(bh, p), bh, f"via {bn}: DigiD route on {bh}"
    if code == "G":
        bh, bn = WASTE
        p = "/grofvuil-aanmelden" if pkey == "grofvuil" else "/container-aanvragen"
        return (f"<p>Afvalinzameling in {esc(org['short'])} wordt uitgevoerd door {bn}. Meld het online aan bij {bn}.</p>"
                + cta(org, "a", url(bh, p), f"Aanmelden bij {bn}", "via")), url(bh, p), bh, f"via {bn}: anonymous web form on {bh}"
    if code == "K":
        h = org["parking"]
        return (f"<p>De parkeervergunningen worden uitgegeven door Parkeerservice. Vraag uw vergunning online aan; u logt in met DigiD.</p>"
                + cta(org, "a", url(h, "/vergunning-aanvragen"), "Vergunning aanvragen bij Parkeerservice", "via")), url(h, "/vergunning-aanvragen"), h, f"via parking portal {h} (DigiD)"
    if code == "O":
        return (f"<p>U vraagt de vergunning aan via het Omgevingsloket van de Rijksoverheid. U logt in met DigiD of eHerkenning; uw gegevens worden automatisch ingevuld. "
                f"Doe eerst de <a href=\"{url(OMGEVINGSLOKET, '/vergunningcheck')}\">vergunningcheck</a>.</p>"
                + cta(org, "a" if style in ("img", "iframe", "js") else style, url(OMGEVINGSLOKET, "/aanvragen"), "Aanvragen in het Omgevingsloket", "via")), url(OMGEVINGSLOKET, "/aanvragen"), OMGEVINGSLOKET, "via the national Omgevingsloket (DigiD/eHerkenning login with pre-fill statement)"
    if code == "F":
        fu = url(FIXI, "/melden/" + slugify(org["short"]))
        return (f"<p>Een melding doet u online via Fixi, zonder inloggen. U kunt ook de Fixi-app gebruiken.</p>"
                + cta(org, "a", fu, "Doe een melding", "anon")), fu, "", "anonymous Fixi web form (vendor platform, municipality's own route)"
    raise ValueError(code)


def product_page(org, pkey, code, title):
    """Write the product page; return (product_url, route_url, via, note, traps)."""
    path = product_path(org, pkey, title)
    heads = SKIN[org["fam"]][1].split("|")
    docs = docs_dir(org)
    traps = page_traps(org, pkey, code) if code != "N" else [t for t in page_traps(org, pkey, code) if t in ("eloket_link", "verordening_pdf", "tax_login", "ol_login")]
    if code == "N":
        stmt = NOT_OFFERED[(org["code"], pkey)][1]
        rb, ru, via, note = f"<p>{esc(stmt)}</p>", "", "", "not offered statement under title '%s'" % title
        intro = ""
    else:
        rb, ru, via, note = route_block(org, pkey, code, title)
        intro = PT[pkey][4]
        if pkey in SHARED.get(org["code"], {}).values():
            sec = [k for k, v in SHARED[org["code"]].items() if v == pkey][0]
            intro += " " + PT[sec][4]
    if code == "B" or "afspraak_digid" in traps:
        write_afspraak(org)
    body_sections = []
    fam = org["fam"]
    sections = [(heads[0], f"<p>{esc(intro)}</p>" if intro else rb), (heads[1], rb if intro else "<p>Heeft u vragen? Neem contact met ons op.</p>"),
                (heads[2], "<p>U moet ingeschreven staan in de gemeente of er een vestiging hebben. Neem een geldig identiteitsbewijs mee als u langskomt.</p>"),
                (heads[3], "<p>De kosten vindt u in de legesverordening. Betaling gaat online met iDEAL of aan de balie met pin.</p>")]
    for h, c in sections:
        if fam in ("iprox", "pdcloket"):
            body_sections.append(f'<details open><summary>{esc(h)}</summary>{c}</details>')
        elif fam == "nlds":
            body_sections.append(f'<section class="utrecht-page-section"><h2 class="utrecht-heading-2">{esc(h)}</h2>{c}</section>')
        else:
            body_sections.append(f"<h2>{esc(h)}</h2>{c}")
    # Direct-regelen-style CTA above the text on some pages (real route, not a trap)
    th = trap_html(org, pkey, traps, docs)
    crumbs = f'<nav class="breadcrumb"><a href="{home(org)}">Home</a> &gt; <a href="{overview_path(org, "Inwoners")}">{esc(PT[pkey][3])}</a> &gt; {esc(title)}</nav>'
    if fam in ("iprox",):
        crumbs = f'<nav class="breadcrumb"><a href="../../">Home</a> &gt; <a href="../{uslug(PT[pkey][3])}/">{esc(PT[pkey][3])}</a> &gt; {esc(title)}</nav>'
    if fam == "nlds":
        crumbs = f'<nav class="breadcrumb"><a href="../">Home</a> &gt; <a href="./">{"Ondernemers" if pkey in BUSINESS else "Inwoners"}</a></nav>'
    if fam == "typo3":
        crumbs = f'<nav class="breadcrumb"><a href="./">Home</a> &gt; <a href="wonen-en-leven/">Wonen en leven</a> &gt; {esc(title)}</nav>'
    extra = ""
    if org["english"] and pkey in ("verhuismelding", "geboorteaangifte", "paspoort", "afvalcontainer", "brp-uittreksel"):
        ep = english_path(org, pkey)
        extra = f'<link rel="alternate" hreflang="en" href="{url(org["host"], ep)}">'
        crumbs += f'<p class="lang"><a href="{ep}" lang="en">English</a></p>'
    main = f"{crumbs}<h1>{esc(title)}</h1>" + "".join(body_sections) + th
    if AUDIENCE_PAIR.get(org["code"]) == pkey:
        bp = business_parking_page(org)
        main += f'<p>Bent u ondernemer? Zie <a href="{bp}">Parkeervergunning (ondernemers)</a>.</p>'
    if SIBLINGS.get(org["code"]) == pkey:
        sp = sibling_page(org, pkey)
        main += f'<p>Zie ook: <a href="{sp}">{"Klein evenement melden" if pkey == "evenementenvergunning" else "Archiefstukken opvragen"}</a>.</p>'
    put(org["host"], path, layout(org, title, main, path, extra_head=extra))
    pu = url(org["host"], path)
    if code == "B":
        ah = "afspraken." + org["host"].replace("www.", "").replace("loket.", "")
        ru = ""
        note = f"appointment only (booking on {ah}; its 'Mijn afspraak' needs DigiD)"
    if code in "IM":
        ru = ""
    return pu, ru, via, note, traps


def write_afspraak(org):
    ah = "afspraken." + org["host"].replace("www.", "").replace("loket.", "")
    key = f"sites/{ah}/index.html"
    if key in OUT:
        return
    st = url(ah, "/mijn-afspraak/digid/start")
    REDIRECTS.append({"url": st, "status": 302, "location": IDP["digid"] + "?sp=" + ah})
    vendor = "JCC afsprakenmodule" if oid(org) % 2 == 0 else "Qmatic Web Booking"
    put(ah, "/", f'<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>Afspraak maken - {esc(org["name"])}</title></head><body class="{vendor.split()[0].lower()}">'
        f'<h1>Afspraak maken</h1><form method="get" action="/kies-tijd"><label>Product<select name="product"><option>Paspoort</option><option>Identiteitskaart</option><option>Rijbewijs</option><option>Geboorteaangifte</option><option>Ondertrouw</option></select></label>'
        f'<label>Aantal personen<input name="aantal" value="1"></label><button>Volgende</button></form><p><a href="/mijn-afspraak">Mijn afspraak wijzigen of annuleren</a></p><footer>{vendor}</footer></body></html>')
    put(ah, "/kies-tijd", f'<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>Kies een tijd</title></head><body><h1>Kies een datum en tijd</h1><p>Geen tijden beschikbaar in deze week.</p></body></html>')
    put(ah, "/mijn-afspraak", f'<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>Mijn afspraak</title></head><body><h1>Mijn afspraak</h1><p>Log in om uw afspraken te bekijken.</p><a href="{st}">Inloggen met DigiD</a></body></html>')


def english_path(org, pkey):
    names = {"verhuismelding": "moving-house", "geboorteaangifte": "registering-a-birth", "paspoort": "passport-and-id-card",
             "afvalcontainer": "waste-containers", "brp-uittreksel": "extract-from-the-population-register"}
    return ("/en/topic/" if org["fam"] == "owc" else "/en/") + names[pkey]


def english_page(org, pkey, ru, code):
    p = english_path(org, pkey)
    t = {"verhuismelding": "Moving house", "geboorteaangifte": "Registering a birth", "paspoort": "Passport and ID card",
         "afvalcontainer": "Waste containers", "brp-uittreksel": "Extract from the Personal Records Database"}[pkey]
    link = f'<p><a href="{ru}">Apply online (DigiD required)</a></p>' if ru and code in "DdH" else (f'<p><a href="{ru}">Go to the form</a></p>' if ru else "<p>Please make an appointment at the town hall.</p>")
    main = f'<h1>{t}</h1><p>This page is an English summary. The Dutch page has the full information: <a href="{product_path(org, SHARED.get(org["code"], {}).get(pkey, pkey))}" hreflang="nl">Nederlands</a>.</p>{link}'
    put(org["host"], p, layout(org, t, main, p, lang="en"))


def business_parking_page(org):
    p = {"nlds": "/ondernemers/parkeervergunning", "simpdc": "/product?id=2999", "productid": "/ondernemer/product/parkeervergunning_999.html"}[org["fam"]]
    if f"sites/{org['host']}/{p.lstrip('/')}" not in OUT:
        fu = url(org["pf_host"], "/bedrijfsparkeervergunning" if org["pf"] != "formdesk" else "/gemeenteloonopzand/bedrijfsparkeervergunning")
        st = login_start(fu, "eherkenning")
        put(fu.split("/")[2], "/" + fu.split("/", 3)[3], f'<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>Bedrijfsparkeervergunning</title></head><body><h1>Bedrijfsparkeervergunning</h1><p>Log in met eHerkenning.</p><a href="{st}">Inloggen met eHerkenning</a></body></html>')
        main = f"<h1>Parkeervergunning</h1><p>Ondernemers met een vestiging in het vergunninggebied kunnen een bedrijfsparkeervergunning aanvragen.</p>{cta(org, 'a', fu, 'Bedrijfsvergunning aanvragen (met eHerkenning)', 'eherkenning')}"
        put(org["host"], p, layout(org, "Parkeervergunning", main, p))
    return p


def sibling_page(org, pkey):
    if pkey == "evenementenvergunning":
        path = product_path(org, pkey, "Klein evenement melden")
        fu = url(org["pf_host"], "/klein-evenement" if org["pf"] != "formdesk" else "/gemeenteloonopzand/klein_evenement")
        h = fu.split("/")[2]
        put(h, "/" + fu.split("/", 3)[3], '<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>Melding klein evenement</title></head><body><h1>Melding klein evenement</h1>'
            '<form method="post" action="/klein-evenement/verzenden"><label>Naam<input name="naam"></label><label>Datum<input name="datum"></label><label>Locatie<input name="locatie"></label><button>Melden</button></form></body></html>')
        main = f"<h1>Klein evenement melden</h1><p>Een klein evenement (minder dan 200 bezoekers, geen muziek na 23.00 uur) hoeft u alleen te melden, minimaal 2 weken van tevoren.</p>{cta(org, 'a', fu, 'Klein evenement melden (online formulier)', 'anon')}"
        put(org["host"], path, layout(org, "Klein evenement melden", main, path))
        return path
    path = product_path(org, pkey, "Archiefstukken opvragen")
    fu = url(org["pf_host"], "/formulier/archief-opvragen")
    put(org["pf_host"], "/formulier/archief-opvragen", '<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>Archiefstukken opvragen</title></head><body><h1>Archiefstukken opvragen</h1>'
        '<form method="post" action="/formulier/archief-opvragen/verzenden"><label>Naam<input name="naam"></label><label>Welke stukken?<textarea name="stukken"></textarea></label><button>Versturen</button></form></body></html>')
    main = f"<h1>Archiefstukken opvragen</h1><p>Historisch onderzoek of stukken uit het archief (geen bouwdossiers)? Vraag ze online op.</p>{cta(org, 'a', fu, 'Archiefstukken opvragen', 'anon')}"
    put(org["host"], path, layout(org, "Archiefstukken opvragen", main, path))
    return path


# ------------------------------------------------------------------- site-level pages
def site_pages(org, prows):
    h = org["host"]
    fam = org["fam"]
    # product lists
    items = []
    for pk, pu, title in prows:
        items.append((title, pu))
    for pk in STALE.get(org["code"], []):
        items.append((title_of(org, pk), url(h, product_path(org, pk, title_of(org, pk)))))
    items.sort(key=lambda x: (x[0].lower(), x[1]))
    lis = "".join(f'<li><a href="{u.split(h, 1)[1] if fam != "typo3" else u.split(h + "/", 1)[1]}">{esc(t)}</a></li>' for t, u in items)
    az = "/producten" if fam == "simpdc" else "/producten/" if fam == "pdcloket" else ("/producten-a-z" if fam == "catalog" else "/a-z")
    put(h, az, layout(org, "Producten en diensten A-Z", f"<h1>Producten en diensten van A tot Z</h1><ul class=\"az\">{lis}</ul>", az))
    for sect in ("Inwoners", "Ondernemers"):
        op = overview_path(org, sect)
        if f"sites/{h}/{(op if not op.endswith('/') else op + 'index.html').lstrip('/')}" in OUT:
            continue
        sub = [(t, u) for (t, u) in items]
        lis2 = "".join(f'<li><a href="{u.split(h, 1)[1]}">{esc(t)}</a></li>' for t, u in sub)
        put(h, op, layout(org, sect, f"<h1>{sect}</h1><p>Alles voor {sect.lower()} van {esc(org['short'])}.</p><ul>{lis2}</ul><p><a href=\"{az}\">Alle producten A-Z</a></p>", op))
    if fam == "iprox":
        secs = {}
        for pk, pu, title in prows:
            p = pu.split(h, 1)[1]
            secs.setdefault(p.rsplit("/", 1)[0] + "/", []).append((title, p))
        for sp_, lst in sorted(secs.items()):
            lis3 = "".join(f'<li><a href="{p.rsplit("/", 1)[1]}">{esc(t)}</a></li>' for t, p in sorted(lst))
            put(h, sp_, layout(org, sp_.strip("/").split("/")[-1].replace("_", " "), f'<nav><a href="../../">Home</a></nav><h1>{esc(sp_.strip("/").split("/")[-1].replace("_", " "))}</h1><ul>{lis3}</ul>', sp_))
    # forms overview
    ov = org["overview"] or "/formulieren"
    flist = []
    for pk in PT:
        code = ROUTES[pk][oid(org)]
        if code in "DdHA":
            fu = form_url(org, pk)
            flist.append((PT[pk][1], fu, code))
        elif code == "P":
            flist.append((PT[pk][1] + " (pdf)", url(h, docs_dir(org) + f"aanvraagformulier-{PT[pk][2]}.pdf"), code))
    flist.sort()
    fl = "".join(f'<li><a href="{u}">{esc(t)}</a>{" (DigiD)" if c in "Dd" else (" (eHerkenning)" if c == "H" else "")}</li>' for t, u, c in flist)
    put(h, ov, layout(org, "Alle formulieren" if not org["overview"] else "Digitaal loket", f"<h1>{'E-loket' if org['code']=='GM0851' else ('Digitaal loket' if org['overview'] else 'Alle formulieren')}</h1><p>Hier vindt u al onze online formulieren. Voor de meeste formulieren logt u in met DigiD of eHerkenning.</p><ul>{fl}</ul>", ov))
    # contact + contact form
    cp = contact_path(org)
    put(h, cp, layout(org, "Contact", f"<h1>Contact</h1><p>Telefoon {org['tel']} (maandag t/m vrijdag 8.30-17.00 uur).</p><p>Bezoekadres: Raadhuisplein 1.</p><p><a href=\"{cp}stel-uw-vraag/\">Stel uw vraag</a></p>", cp))
    sq = cp + "stel-uw-vraag/"
    put(h, sq, layout(org, "Stel uw vraag", '<h1>Stel uw vraag</h1><form method="post" action="/contact/verzenden"><label>Naam<input name="naam"></label><label>E-mail<input name="email"></label><label>Uw vraag<textarea name="vraag"></textarea></label><button>Verzenden</button></form>', sq))
    # news
    news = [("Inloggen met DigiD wordt veiliger", "Vanaf 1 oktober logt u bij de gemeente alleen nog in met DigiD met sms-controle of de DigiD app. Zo regelt u veilig uw verhuizing, uittreksel of belastingzaken online."),
            ("Nieuwe afvalkalender beschikbaar", "De afvalkalender voor volgend jaar staat online. Grofvuil melden kan zoals altijd."),
            ("Gemeenteraad stelt begroting vast", "De gemeenteraad heeft de begroting vastgesteld. De OZB stijgt met de inflatie.")]
    nl = []
    for n, (t, tx) in enumerate(news):
        np_ = news_path(org, n)
        put(h, np_, layout(org, t, f"<article><h1>{t}</h1><time>2024-0{n+3}-1{n}</time><p>{tx}</p>" + ('<p><img src="/img/digid-logo.png" alt="DigiD"> <a href="http://digid.test/">Meer over DigiD</a></p>' if n == 0 else "") + "</article>", np_))
        nl.append(f'<li><a href="{np_}">{t}</a></li>')
    nidx = ("/nl" if fam == "owc" else "") + "/nieuws/"
    put(h, nidx, layout(org, "Nieuws", f"<h1>Nieuws</h1><ul>{''.join(nl)}</ul>", nidx))
    # search
    sp = search_path(org)
    put(h, sp, layout(org, "Zoeken", f'<h1>Zoeken</h1><form action="{sp}resultaten" method="get"><input name="q"><button>Zoeken</button></form><p>Of bekijk de <a href="{az}">producten A-Z</a>.</p>', sp))
    # homepage
    top = [p for p in prows if p[0] in ("verhuismelding", "paspoort", "afvalcontainer", "grofvuil", "omgevingsvergunning", "brp-uittreksel", "melding-openbare-ruimte")]
    tl = "".join(f'<li><a href="{u.split(h, 1)[1]}">{esc(t)}</a></li>' for pk, u, t in top)
    hm = (f'<h1>Welkom bij {esc(org["name"])}</h1><section class="toptaken"><h2>Snel naar</h2><ul>{tl}</ul></section>'
          f'<p><a href="{overview_path(org, "Inwoners")}">Inwoners</a> | <a href="{overview_path(org, "Ondernemers")}">Ondernemers</a> | <a href="{az}">A-Z</a> | <a href="{ov}">Formulieren</a> | <a href="{nidx}">Nieuws</a></p>')
    if org["english"]:
        hm += f'<p><a href="{"/en/topic/moving-house" if fam == "owc" else "/en/moving-house"}" lang="en">English information</a></p>'
    put(h, home(org), layout(org, "Home", hm, home(org)))
    if org.get("cookie") == "links":
        put(h, "/", f'<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>Cookie-instellingen | {esc(org["name"])}</title></head><body class="cookiewall">'
            f'<div class="cookie-consent"><h1>Deze website gebruikt cookies</h1><p>Wij gebruiken functionele en analytische cookies. Met uw toestemming plaatsen we ook cookies voor het tonen van video\'s.</p>'
            f'<a class="btn" href="/home?cookies=accept">Alle cookies accepteren</a> <a class="btn" href="/home?cookies=deny">Alleen noodzakelijke cookies</a></div></body></html>')
    elif org.get("cookie") == "getform":
        put(h, "/", f'<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>Cookies | {esc(org["name"])}</title></head><body><div class="consent">'
            f'<h1>Cookievoorkeuren</h1><form method="get" action="/home"><input type="hidden" name="consent" value="1"><button>Akkoord</button></form>'
            f'<form method="get" action="/home"><input type="hidden" name="consent" value="0"><button>Weigeren</button></form></div></body></html>')
    if org.get("taal"):
        put(h, "/", f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{esc(org["name"])} - Kies uw taal</title></head><body><h1>Kies uw taal / Choose your language</h1><a href="/nl/">Nederlands</a> <a href="/en/">English</a></body></html>')
        put(h, "/en/", layout(org, "Welcome", '<h1>Welcome to Drimmelen</h1><ul><li><a href="/en/topic/moving-house">Moving house</a></li><li><a href="/en/topic/registering-a-birth">Registering a birth</a></li></ul>', "/en/", lang="en"))
    if org.get("main_host"):  # Bladel: main site on bladel.test, products on loket.bladel.test
        mh = org["main_host"]
        ml = "".join(f'<li><a href="http://{h}{u.split(h, 1)[1]}">{esc(t)}</a></li>' for pk, u, t in top)
        put(mh, "/", layout(org, "Home", f'<h1>Gemeente Bladel</h1><p>Bladel, Hapert, Hoogeloon, Casteren en Netersel.</p><ul>{ml}</ul><p><a href="http://{h}/producten">Alle producten en diensten (loket)</a></p><p><a href="http://{h}/nieuws">Nieuws</a></p>', "/"))
        put(mh, "/robots.txt", f"User-agent: *\nDisallow: /zoeken\nSitemap: http://{mh}/sitemap.xml\n")
        put(mh, "/sitemap.xml", sitemap_xml([f"http://{mh}/", f"http://{h}/producten"]))
    # robots
    rb = "User-agent: *\nDisallow: /zoeken\n" + (f"Sitemap: http://{h}/sitemap.xml\n" if org["sitemap"] else "")
    if org["code"] == "GM0851":
        rb = "User-agent: *\nDisallow: /zoeken\nDisallow: /chat\n"
    put(h, "/robots.txt", rb)
    if org["sitemap"]:
        urls = [url(h, home(org)), url(h, az), url(h, ov), url(h, cp)] + [u for t, u in items]
        put(h, "/sitemap.xml", sitemap_xml(sorted(dict.fromkeys(urls))))
    put(h, "/privacy", layout(org, "Privacyverklaring", "<h1>Privacyverklaring</h1><p>Wij gaan zorgvuldig om met uw persoonsgegevens.</p>", "/privacy"))
    put(h, "/cookies", layout(org, "Cookies", "<h1>Cookies</h1><p>Deze website gebruikt alleen functionele cookies.</p>", "/cookies"))
    # minimal images (tiny GIF)
    gif = bytes.fromhex("47494638396101000100800000000000ffffff21f90401000000002c00000000010001000002024401003b")
    for im in ("/img/logo.svg", "/img/digid.svg", "/img/digid-logo.png", "/img/digid.png", "/img/digid-button.png", "/img/eherkenning-button.png", "/img/digid-klein.png"):
        put(h, im, gif if not im.endswith(".svg") else '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10" height="10"/></svg>')
    # search index for the searches behaviour
    idx = [{"url": u, "title": t, "text": t} for t, u in items]
    OUT[f"search/{h}.json"] = json.dumps(idx, ensure_ascii=False, indent=1, sort_keys=True).encode()
    OUT[f"search/{h}.html"] = layout(org, "Zoekresultaten", '<h1>Zoekresultaten voor "<!--QUERY-->"</h1><ol><!--RESULTS--></ol>', "/zoeken").encode()
    return az


def sitemap_xml(urls):
    body = "".join(f"<url><loc>{esc(u)}</loc></url>" for u in urls)
    return f'<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{body}</urlset>'


def soft404(org):
    p = f"errors/{org['host']}.html"
    OUT[p] = layout(org, "Pagina niet gevonden", "<h1>Pagina niet gevonden</h1><p>Helaas, de pagina die u zoekt bestaat niet (meer). Probeer de zoekfunctie of ga naar de <a href=\"/\">homepage</a>.</p>", "/404").encode()
    return p


# ---------------------------------------------------------------------------- main
def main():
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent / "web"
    prods = [r for r in csv.DictReader(PRODUCTS_CSV.open(encoding="utf-8"))]
    gprods = [r["product_key"] for r in prods if "G" in r["org_types"]]
    assert sorted(gprods) == sorted(PT), set(gprods) ^ set(PT)
    assert sorted(ROUTES) == sorted(PT)
    write_shared()
    manifest = {"behaviours": {"redirects": [], "host_redirects": [], "not_found_pages": [], "searches": []}}
    orgrows = []
    for org in ORGS:
        o = oid(org)
        prows = []
        written = {}
        for pk in PT:
            code = ROUTES[pk][o]
            prim = SHARED.get(org["code"], {}).get(pk)
            if prim:
                assert ROUTES[prim][o] == code, (org["code"], pk)
            if code == "X":
                LABELS.append(dict(org_code=org["code"], product_key=pk, level="", status="not_found", product_url="", route_url="",
                                   level_strict="", via="", notes="No page for this product on the site" + (
                                       "; the A-Z list still links a dead address (soft 404 / error page)." if pk in STALE.get(org["code"], []) else ".")))
                continue
            if prim and prim in written:
                pu, ru, via, note, traps = written[prim]
                note = f"shared page with {prim}: " + note
            else:
                title = page_title(org, pk)
                pu, ru, via, note, traps = product_page(org, pk, code, title)
                written[pk] = (pu, ru, via, note, traps)
                prows.append((pk, pu, title))
                if org["english"] and pk in ("verhuismelding", "geboorteaangifte", "paspoort", "afvalcontainer", "brp-uittreksel"):
                    english_page(org, pk, ru, code)
            if AUDIENCE_PAIR.get(org["code"]) == pk:
                note += "; a businesses' page of the same name has an eHerkenning form (same level)"
            tnotes = [TRAP_NOTE[t] for t in org["site_traps"]] + [TRAP_NOTE[t] for t in traps]
            trapstr = (" Trap: " + "; ".join(tnotes) + ".") if tnotes else ""
            if code == "N":
                LABELS.append(dict(org_code=org["code"], product_key=pk, level="", status="not_offered", product_url=pu, route_url="",
                                   level_strict="", via="", notes=f"Not offered: {note}." + trapstr))
                continue
            lv = LEVEL[code]
            strict = 100 if code in "dO" else (67 if lv == 100 else lv)
            LABELS.append(dict(org_code=org["code"], product_key=pk, level=str(lv), status="ok", product_url=pu, route_url=ru,
                               level_strict=str(strict), via=via, notes=f"{note[0].upper() + note[1:]}." + trapstr))
        az = site_pages(org, prows)
        h = org["host"]
        manifest["behaviours"]["searches"].append({"host": h, "path": "/zoeken/resultaten", "param": "q",
                                                   "index": f"search/{h}.json", "template": f"search/{h}.html"})
        if org.get("redirect_from"):
            manifest["behaviours"]["host_redirects"].append({"host": org["redirect_from"], "status": 301,
                                                             "to": org.get("main_host", h) if org["code"] == "GM1728" else h})
        if org["soft404"]:
            manifest["behaviours"]["not_found_pages"].append({"host": h, "file": soft404(org), "status": 200})
        elif org["code"] in STALE:
            manifest["behaviours"]["not_found_pages"].append({"host": h, "file": soft404(org), "status": 404})
        orgrows.append(org)
    manifest["behaviours"]["redirects"] = sorted({r["url"]: r for r in REDIRECTS}.values(), key=lambda r: r["url"])
    keys = sorted(OUT)
    dirs = {}
    for k in keys:
        parts = k.split("/")
        for n in range(1, len(parts)):
            dirs["/".join(parts[:n])] = k
    clash = [k for k in keys if k in dirs]
    assert not clash, [(k, dirs[k]) for k in clash]
    if out.exists():
        shutil.rmtree(out)
    for k in sorted(OUT):
        p = out / k
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_bytes(OUT[k])
    with (out / "organisations.csv").open("w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["code", "name", "org_type", "website"])
        for org in ORGS:
            w.writerow([org["code"], org["name"], "gemeente", org["website"]])
    cols = ["org_code", "product_key", "level", "status", "product_url", "route_url", "level_strict", "via", "notes"]
    with (out / "labels.csv").open("w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=cols, lineterminator="\n")
        w.writeheader()
        for r in sorted(LABELS, key=lambda r: (r["org_code"], r["product_key"])):
            w.writerow(r)
    (out / "testweb.json").write_text(json.dumps(manifest, indent=1, sort_keys=True, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {len(OUT)} files, {len(LABELS)} labels to {out}")


if __name__ == "__main__":
    main()
