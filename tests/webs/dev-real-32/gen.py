#!/usr/bin/env python3
"""gen.py OUTDIR -- a labelled simulated web of ten Dutch municipalities (web-dev32).

Standard library only, deterministic (no randomness except random.Random seeded with
CRC32 of fixed strings; no set iteration). Reads the product list only from products.csv
beside this script (columns product_key, name_nl, org_types).

Emphasis: the borders between level 0, 33 and 67 (printable forms, e-mail, desk, phone,
versus general contact forms, melding forms, feedback forms, appointment forms, payment
pages, sibling forms, regulations and tariff PDFs), and real routes that are hidden behind
"Vraag aan" GET forms, e-loket overviews, iframes and script-built buttons.
"""
import csv
import html
import io
import json
import os
import random
import shutil
import sys
import zipfile
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
E = html.escape


def crc(s):
    return zlib.crc32(s.encode("utf-8"))


def load_products():
    out = []
    with open(os.path.join(HERE, "..", "..", "..", "config", "products.csv"), newline="", encoding="utf-8") as f:
        for r in csv.DictReader(f):
            if "G" in r["org_types"]:
                out.append((r["product_key"], r["name_nl"]))
    return out


# ----------------------------------------------------------------------------------------
# Product texts (own wording)
# key: (section, slug, [title variants], intro, cost)
INFO = {
    "brp-uittreksel": ("burgerzaken", "uittreksel-brp", ["Uittreksel BRP aanvragen", "Uittreksel basisregistratie personen", "Uittreksel BRP, aanvragen"], "Een uittreksel uit de Basisregistratie Personen (BRP) is een officieel bewijs van uw inschrijving in de gemeente. U heeft het bijvoorbeeld nodig voor een nieuwe baan of een verblijfsvergunning.", "€ 14,40 per uittreksel"),
    "verhuismelding": ("burgerzaken", "verhuizing-doorgeven", ["Verhuizing doorgeven", "Verhuizen", "Verhuizing, doorgeven"], "Gaat u verhuizen naar of binnen de gemeente? Geef uw nieuwe adres uiterlijk 5 dagen na de verhuizing door. Dit kan vanaf 4 weken voor de verhuisdatum.", "Gratis"),
    "geboorteaangifte": ("burgerzaken", "geboorte-aangeven", ["Geboorte aangeven", "Geboorte", "Geboorte, aangifte"], "Is uw kind geboren? Dan doet u binnen 3 werkdagen aangifte van de geboorte in de gemeente waar uw kind is geboren.", "Gratis"),
    "overlijdensaangifte": ("burgerzaken", "overlijden-aangeven", ["Overlijden aangeven", "Overlijden", "Overlijden, aangifte"], "Als iemand overlijdt, moet het overlijden worden aangegeven bij de gemeente waar de persoon is overleden. Meestal regelt de uitvaartondernemer dit voor u.", "Gratis"),
    "huwelijksaangifte": ("burgerzaken", "trouwen-en-partnerschap", ["Melding voorgenomen huwelijk of partnerschap", "Trouwen of geregistreerd partnerschap", "Huwelijk, melding voorgenomen"], "Wilt u trouwen of een geregistreerd partnerschap aangaan? Dan meldt u dit minimaal 2 weken en maximaal 1 jaar van tevoren bij de gemeente (vroeger: ondertrouw).", "De melding is gratis. Voor de ceremonie betaalt u leges."),
    "paspoort": ("burgerzaken", "paspoort", ["Paspoort aanvragen", "Paspoort", "Paspoort, aanvragen"], "Een paspoort is een reisdocument en identiteitsbewijs. U vraagt het aan in de gemeente waar u staat ingeschreven. U moet hiervoor zelf langskomen, want wij nemen uw vingerafdrukken af.", "€ 82,25 (18 jaar en ouder)"),
    "identiteitskaart": ("burgerzaken", "identiteitskaart", ["Identiteitskaart aanvragen", "ID-kaart", "Identiteitskaart, aanvragen"], "Met een Nederlandse identiteitskaart kunt u zich identificeren en reizen binnen Europa. U vraagt de ID-kaart persoonlijk aan.", "€ 77,85 (18 jaar en ouder)"),
    "parkeervergunning": ("parkeren", "parkeervergunning", ["Parkeervergunning aanvragen", "Parkeervergunning bewoners", "Parkeervergunning, aanvragen"], "Woont u in een gebied waar vergunninghoudersparkeren geldt? Dan kunt u een parkeervergunning voor bewoners aanvragen.", "€ 65,- per jaar"),
    "gehandicaptenparkeerkaart": ("parkeren", "gehandicaptenparkeerkaart", ["Gehandicaptenparkeerkaart aanvragen", "Gehandicaptenparkeerkaart", "Gehandicaptenparkeerkaart, aanvragen"], "Heeft u een ziekte of handicap waardoor u slecht kunt lopen? Dan kunt u een gehandicaptenparkeerkaart (GPK) aanvragen als bestuurder of passagier.", "€ 120,- inclusief medische keuring"),
    "gehandicaptenparkeerplaats": ("parkeren", "gehandicaptenparkeerplaats", ["Gehandicaptenparkeerplaats aanvragen", "Invalidenparkeerplaats", "Gehandicaptenparkeerplaats, aanvragen"], "Heeft u een gehandicaptenparkeerkaart en kunt u niet dicht bij uw woning parkeren? Dan kunt u een parkeerplaats op kenteken aanvragen.", "Gratis"),
    "hondenbelasting": ("belastingen", "hondenbelasting", ["Hondenbelasting", "Hond aan- of afmelden", "Hondenbelasting, aan- en afmelden"], "Heeft u een hond? Dan betaalt u hondenbelasting. U meldt uw hond aan binnen 14 dagen nadat u de hond heeft gekregen, en af als u de hond niet meer heeft.", "Zie het tarievenoverzicht van dit jaar"),
    "belastingkwijtschelding": ("belastingen", "kwijtschelding", ["Kwijtschelding gemeentelijke belastingen", "Kwijtschelding aanvragen", "Belastingen, kwijtschelding"], "Heeft u een laag inkomen en weinig vermogen? Dan kunt u kwijtschelding aanvragen voor de afvalstoffenheffing, rioolheffing en andere gemeentelijke belastingen.", "Gratis"),
    "woz-bezwaar": ("belastingen", "bezwaar-woz-waarde", ["Bezwaar maken tegen de WOZ-waarde", "WOZ-waarde, bezwaar maken", "Bezwaar WOZ-beschikking"], "Bent u het niet eens met de WOZ-waarde van uw woning? Dan kunt u binnen 6 weken na de datum van de beschikking bezwaar maken.", "Gratis"),
    "bijstand": ("werk-en-inkomen", "bijstandsuitkering", ["Bijstandsuitkering aanvragen", "Bijstand", "Uitkering, bijstand aanvragen"], "Heeft u niet genoeg inkomen om van te leven en geen recht op een andere uitkering? Dan kunt u misschien een bijstandsuitkering krijgen.", "Gratis"),
    "bijzondere-bijstand": ("werk-en-inkomen", "bijzondere-bijstand", ["Bijzondere bijstand aanvragen", "Bijzondere bijstand", "Bijstand, bijzondere kosten"], "Heeft u onverwachte, noodzakelijke kosten die u niet zelf kunt betalen? Dan kunt u bijzondere bijstand aanvragen.", "Gratis"),
    "wmo-voorziening": ("zorg", "hulp-wmo", ["Wmo-voorziening aanvragen", "Hulp bij het huishouden en andere Wmo-voorzieningen", "Wmo, ondersteuning aanvragen"], "Heeft u hulp nodig om zelfstandig te blijven wonen of mee te doen in de samenleving? Via de Wet maatschappelijke ondersteuning (Wmo) kunt u ondersteuning krijgen.", "Voor een maatwerkvoorziening betaalt u een eigen bijdrage van maximaal € 19,- per maand"),
    "leerlingenvervoer": ("onderwijs", "leerlingenvervoer", ["Leerlingenvervoer aanvragen", "Leerlingenvervoer", "Leerlingenvervoer, vergoeding"], "Kan uw kind niet zelfstandig naar school? Dan kunt u in sommige gevallen een vergoeding of aangepast vervoer aanvragen.", "Soms betaalt u een eigen bijdrage"),
    "grofvuil": ("afval", "grofvuil", ["Grofvuil laten ophalen", "Grof huishoudelijk afval", "Grofvuil, ophalen"], "Grof huishoudelijk afval zoals meubels en matrassen kunt u laten ophalen aan huis of zelf wegbrengen naar de milieustraat.", "€ 25,- per ophaalbeurt (max. 2 m³)"),
    "afvalcontainer": ("afval", "afvalcontainer", ["Afvalcontainer aanvragen of wijzigen", "Minicontainer", "Container, aanvragen of omruilen"], "Heeft u een (extra) minicontainer nodig, is uw container kapot of wilt u een andere maat? Geef het aan ons door.", "Een extra container kost € 45,-"),
    "melding-openbare-ruimte": ("wonen", "melding-openbare-ruimte", ["Melding openbare ruimte", "Melding doen", "Openbare ruimte, melding"], "Ziet u een kapotte lantaarnpaal, een losliggende stoeptegel of zwerfafval? Meld het ons, dan lossen we het op.", "Gratis"),
    "omgevingsvergunning": ("bouwen", "omgevingsvergunning", ["Omgevingsvergunning aanvragen", "Omgevingsvergunning", "Vergunning, omgevingsvergunning"], "Wilt u bouwen, verbouwen of slopen? Dan heeft u misschien een omgevingsvergunning nodig.", "De leges hangen af van de bouwkosten"),
    "kapvergunning": ("bouwen", "kapvergunning", ["Kapvergunning aanvragen", "Boom kappen", "Bomen, kapvergunning"], "Wilt u een boom kappen? Voor sommige bomen heeft u een vergunning nodig.", "€ 78,- per aanvraag"),
    "bouwdossier-inzage": ("bouwen", "bouwdossier-inzien", ["Bouwdossier inzien", "Bouwtekeningen opvragen", "Bouwdossier, inzage"], "Wilt u de bouwtekeningen of vergunningen van een pand bekijken? U kunt het bouwdossier inzien of een kopie opvragen.", "Inzien is gratis; een digitale kopie kost € 12,-"),
    "bezwaar": ("bestuur", "bezwaar-maken", ["Bezwaar maken", "Bezwaar tegen een besluit", "Bezwaarschrift indienen"], "Bent u het niet eens met een besluit van de gemeente? Dan kunt u binnen 6 weken bezwaar maken.", "Gratis"),
    "klacht": ("bestuur", "klacht-indienen", ["Klacht indienen", "Klachten", "Klacht over de gemeente"], "Bent u niet tevreden over hoe een medewerker of bestuurder van de gemeente u heeft behandeld? Dien dan een klacht in.", "Gratis"),
    "woo-verzoek": ("bestuur", "woo-verzoek", ["Woo-verzoek indienen", "Informatie opvragen (Woo)", "Wet open overheid, verzoek"], "Wilt u informatie van de gemeente die niet openbaar is? Dan kunt u een verzoek doen op grond van de Wet open overheid (Woo, vroeger Wob).", "Gratis"),
    "subsidie": ("bestuur", "subsidie-aanvragen", ["Subsidie aanvragen", "Subsidies", "Subsidie, aanvraag"], "Organiseert u een activiteit voor inwoners of zet uw vereniging zich in voor de gemeenschap? Dan kunt u misschien subsidie krijgen.", "Gratis"),
    "evenementenvergunning": ("ondernemen", "evenementenvergunning", ["Evenementenvergunning aanvragen", "Evenement organiseren", "Evenementen, vergunning"], "Organiseert u een evenement zoals een festival, braderie of sportwedstrijd? Dan heeft u vaak een evenementenvergunning nodig.", "Vanaf € 95,-"),
    "exploitatievergunning-horeca": ("ondernemen", "exploitatievergunning", ["Exploitatievergunning horeca aanvragen", "Horecavergunning", "Horeca, exploitatievergunning"], "Wilt u een horecabedrijf beginnen of overnemen? Dan heeft u een exploitatievergunning nodig.", "€ 265,-"),
    "alcoholvergunning": ("ondernemen", "alcoholvergunning", ["Alcoholwetvergunning aanvragen", "Drank- en horecavergunning", "Alcohol schenken, vergunning"], "Wilt u alcohol schenken of verkopen in uw horecazaak? Dan heeft u een vergunning op grond van de Alcoholwet nodig (vroeger drank- en horecavergunning).", "€ 350,-"),
    "terrasvergunning": ("ondernemen", "terrasvergunning", ["Terrasvergunning aanvragen", "Terras", "Terras, vergunning"], "Wilt u bij uw horecazaak een terras plaatsen op de openbare weg? Dan heeft u een terrasvergunning nodig.", "€ 110,-"),
    "standplaatsvergunning": ("ondernemen", "standplaatsvergunning", ["Standplaatsvergunning aanvragen", "Standplaats", "Standplaats, aanvraag"], "Wilt u vanuit een kraam of verkoopwagen iets verkopen op een vaste plek buiten de markt? Dan heeft u een standplaatsvergunning nodig.", "€ 85,-"),
    "marktvergunning": ("ondernemen", "marktvergunning", ["Marktvergunning aanvragen", "Weekmarkt", "Markt, standplaats op de weekmarkt"], "Wilt u op de weekmarkt staan? Dan heeft u een marktvergunning (vaste of losse plaats) nodig.", "Marktgeld per strekkende meter"),
    "reclamebelasting": ("belastingen", "reclamebelasting", ["Reclamebelasting", "Reclame", "Reclame-uitingen en reclamebelasting"], "Reclame die zichtbaar is vanaf de openbare weg kan belast zijn met reclamebelasting.", "Zie het tarievenoverzicht"),
    "geluidsontheffing": ("ondernemen", "geluidsontheffing", ["Ontheffing geluid aanvragen", "Geluidsontheffing", "Geluidhinder, ontheffing"], "Maakt u tijdelijk meer geluid dan is toegestaan, bijvoorbeeld bij een feest of bij werkzaamheden? Dan heeft u een ontheffing nodig.", "€ 60,-"),
    "winkeltijdenontheffing": ("ondernemen", "winkeltijden", ["Ontheffing winkeltijden aanvragen", "Winkeltijden", "Winkeltijden, ontheffing"], "Wilt u uw winkel openen buiten de vastgestelde winkeltijden? Dan heeft u een ontheffing nodig.", "€ 75,-"),
    "kansspelautomaatvergunning": ("ondernemen", "speelautomaten", ["Aanwezigheidsvergunning kansspelautomaten", "Speelautomaten", "Kansspelautomaat, aanwezigheidsvergunning"], "Wilt u een kansspelautomaat plaatsen in uw horecazaak? Dan heeft u een aanwezigheidsvergunning nodig.", "€ 56,50 per automaat per jaar"),
    "collectevergunning": ("ondernemen", "collecteren", ["Collectevergunning aanvragen", "Collecteren", "Collecte, vergunning"], "Wilt u geld of goederen inzamelen voor een goed doel? Dan heeft u een collectevergunning nodig. Landelijke fondsen met een CBF-keurmerk staan op het collecterooster.", "Gratis"),
    "ligplaatsvergunning": ("wonen", "ligplaats", ["Ligplaatsvergunning aanvragen", "Ligplaats voor uw boot", "Ligplaats (woon)boot, toestemming"], "Wilt u uw boot of woonboot afmeren in openbaar water van de gemeente? Dan heeft u een ligplaatsvergunning nodig.", "€ 45,- per jaar"),
    "uitwegvergunning": ("wonen", "uitweg-aanleggen", ["Uitweg of inrit aanvragen", "Inrit aanleggen", "Uitrit, vergunning"], "Wilt u een nieuwe inrit of uitweg aanleggen of een bestaande verbreden? Dan heeft u toestemming van de gemeente nodig.", "€ 120,-"),
    "belastingaanslag-bezwaar": ("belastingen", "bezwaar-aanslag", ["Bezwaar tegen de aanslag gemeentelijke belastingen", "Bezwaar belastingaanslag", "Belastingen, bezwaar maken"], "Bent u het niet eens met uw aanslag gemeentelijke belastingen? Dan kunt u binnen 6 weken na de dagtekening bezwaar maken.", "Gratis"),
    "betalingsregeling": ("belastingen", "betalingsregeling", ["Betalingsregeling aanvragen", "Betalen in termijnen", "Belastingen, betalingsregeling"], "Kunt u uw aanslag niet in één keer betalen? Dan kunt u een betalingsregeling aanvragen.", "Gratis"),
}
TAX = ["hondenbelasting", "belastingkwijtschelding", "woz-bezwaar", "belastingaanslag-bezwaar", "betalingsregeling", "reclamebelasting"]
BUSINESS = ["evenementenvergunning", "exploitatievergunning-horeca", "alcoholvergunning", "terrasvergunning", "standplaatsvergunning", "marktvergunning", "reclamebelasting", "geluidsontheffing", "winkeltijdenontheffing", "kansspelautomaatvergunning", "collectevergunning", "subsidie"]
SECTION_NAMES = {"burgerzaken": "Burgerzaken", "parkeren": "Parkeren", "belastingen": "Belastingen", "werk-en-inkomen": "Werk en inkomen", "zorg": "Zorg en ondersteuning", "onderwijs": "Onderwijs", "afval": "Afval", "wonen": "Wonen en leefomgeving", "bouwen": "Bouwen en verbouwen", "bestuur": "Bestuur en organisatie", "ondernemen": "Ondernemen"}

# ----------------------------------------------------------------------------------------
# Route plan. Codes:
#  level 0:  C desk  A appointment  T phone  L letter/e-mail  R paper form only on request
#  level 33: P pdf  W word/rtf  E pdf to e-mail  Q pdf on a separate download page
#  level 67: F online form without login
#  level100: D DigiD form  H DigiD + eHerkenning form
#  V another body's route (level of that route)   N not offered   X no page (not found)
ORG_ORDER = ["GM1507", "GM0845", "GM0293", "GM0766", "GM0244", "GM1723", "GM1669", "GM0252", "GM0376", "GM1884"]
PLAN = {
    #                           HadM SMG Wvt Dgn Htm AC Rdl Hmn Blr KeB
    "brp-uittreksel":            "DDADFDCDDP",
    "verhuismelding":            "DDDDDDEDDF",
    "geboorteaangifte":          "ACADCACTAC",
    "overlijdensaangifte":       "CCTCCLCCCC",
    "huwelijksaangifte":         "DADPDDQDRD",
    "paspoort":                  "AAAAAACAAA",
    "identiteitskaart":          "AAAAAACAAA",
    "parkeervergunning":         "NFNVPNXNWN",
    "gehandicaptenparkeerkaart": "PDFQDFPDEF",
    "gehandicaptenparkeerplaats":"PPFPFFPCWF",
    "hondenbelasting":           "VFNFDVVNFL",
    "belastingkwijtschelding":   "VPQDPVVEDP",
    "woz-bezwaar":               "VDDDDVVDDD",
    "bijstand":                  "VVDDVTVDDD",
    "bijzondere-bijstand":       "PDQDDPEDPF",
    "wmo-voorziening":           "TFTFTCFTFT",
    "leerlingenvervoer":         "DFPDDFPDDP",
    "grofvuil":                  "FFVTFFTFFT",
    "afvalcontainer":            "FFVFCFTFFL",
    "melding-openbare-ruimte":   "FFFFFFFVFF",
    "omgevingsvergunning":       "VVVVVVVVVV",
    "kapvergunning":             "VVPVNVVQVV",
    "bouwdossier-inzage":        "FLFXFFLFXE",
    "bezwaar":                   "DLFDDFLPDF",
    "klacht":                    "FFFFDFCFFF",
    "woo-verzoek":               "FLFEFLFPFL",
    "subsidie":                  "HPHDHPPHQD",
    "evenementenvergunning":     "FHPFHFPFQD",
    "exploitatievergunning-horeca": "PHPQHPPHWP",
    "alcoholvergunning":         "PHPQHPPHWE",
    "terrasvergunning":          "PFPFFPCFNP",
    "standplaatsvergunning":     "PFPCFPPFEQ",
    "marktvergunning":           "CXPCXCXTXC",
    "reclamebelasting":          "NNCNNCCNNN",
    "geluidsontheffing":         "PFPFFPEFQP",
    "winkeltijdenontheffing":    "NPNNPNCNNP",
    "kansspelautomaatvergunning":"PPWPFPCPPP",
    "collectevergunning":        "FPLFFPCFPF",
    "ligplaatsvergunning":       "NXNNNNPNNF",
    "uitwegvergunning":          "FFPFDFPVFP",
    "belastingaanslag-bezwaar":  "VDDDDVVDDD",
    "betalingsregeling":         "VFTFLVVFTF",
}
LEVEL_OF = {"C": 0, "A": 0, "T": 0, "L": 0, "R": 0, "P": 33, "W": 33, "E": 33, "Q": 33, "F": 67, "D": 100, "H": 100}

# Other bodies (via). level and whether the route page states pre-fill.
BODIES = {
    "ol": dict(host="omgevingswet.overheid.test", name="Omgevingsloket", level=100, prefill=True),
    "bsgw": dict(host="www.bsgw.test", name="BsGW (Belastingsamenwerking Gemeenten en Waterschappen)", level=100, prefill=False),
    "bwb": dict(host="www.bwb.test", name="Belastingsamenwerking West-Brabant (BWB)", level=100, prefill=False),
    "werk": dict(host="www.werk.test", name="werk.nl (UWV)", level=100, prefill=False),
    "circulus": dict(host="www.circulus.test", name="Circulus", level=67, prefill=False),
    "parkeer": dict(host="dongen.parkeerservice.test", name="Parkeerservice", level=100, prefill=False),
    "fixi": dict(host="www.fixi.test", name="Fixi", level=67, prefill=False),
}

ORGS = {
    "GM1507": dict(name="Gemeente Horst aan de Maas", short="Horst aan de Maas", base="horstaandemaas", inh=43100, tstyle=0, layout="toptaken", tax="bsgw",
                   site_traps=["header_login", "search_box", "feedback_form", "tax_portal"], prefill=False, phone="077 477 97 77"),
    "GM0845": dict(name="Gemeente Sint-Michielsgestel", short="Sint-Michielsgestel", base="sint-michielsgestel", inh=30100, tstyle=2, layout="accordion", tax=None,
                   site_traps=["search_box", "footer_digid", "contact_form", "chat"], prefill=False, phone="073 553 11 11"),
    "GM0293": dict(name="Gemeente Westervoort", short="Westervoort", base="westervoort", inh=15200, tstyle=0, layout="toptaken", tax=None,
                   site_traps=["newsletter", "search_box", "feedback_form"], prefill=False, phone="026 317 97 00"),
    "GM0766": dict(name="Gemeente Dongen", short="Dongen", base="dongen", inh=26800, tstyle=2, layout="pdc", tax=None,
                   site_traps=["header_login", "feedback_form", "search_box"], prefill=False, phone="0162 38 32 00"),
    "GM0244": dict(name="Gemeente Hattem", short="Hattem", base="hattem", inh=12600, tstyle=1, layout="owc", tax=None,
                   site_traps=["feedback_form", "search_box", "mijnoverheid"], prefill=True, phone="038 443 16 16"),
    "GM1723": dict(name="Gemeente Alphen-Chaam", short="Alphen-Chaam", base="alphen-chaam", inh=10600, tstyle=0, layout="plain", tax="bwb",
                   site_traps=["header_login", "tax_portal", "search_box"], prefill=False, phone="013 508 66 66"),
    "GM1669": dict(name="Gemeente Roerdalen", short="Roerdalen", base="roerdalen", inh=20900, tstyle=1, layout="toptaken", tax="bsgw",
                   site_traps=["footer_digid", "newsletter", "tax_portal"], prefill=False, phone="0475 538 888"),
    "GM0252": dict(name="Gemeente Heumen", short="Heumen", base="heumen", inh=16900, tstyle=0, layout="plain", tax=None,
                   site_traps=["search_box", "contact_form", "feedback_form"], prefill=False, phone="024 358 83 00"),
    "GM0376": dict(name="Gemeente Blaricum", short="Blaricum", base="blaricum", inh=12300, tstyle=1, layout="accordion", tax=None,
                   site_traps=["header_login", "chat", "newsletter"], prefill=False, phone="035 751 32 00"),
    "GM1884": dict(name="Gemeente Kaag en Braassem", short="Kaag en Braassem", base="kaagenbraassem", inh=28400, tstyle=2, layout="pdc", tax=None,
                   site_traps=["search_box", "contact_form", "feedback_form"], prefill=True, phone="14 0172"),
}
SHARED = {
    "GM0293": [("paspoort", "identiteitskaart", "Paspoort en identiteitskaart", "paspoort-en-identiteitskaart")],
    "GM1669": [("paspoort", "identiteitskaart", "Reisdocumenten: paspoort en ID-kaart", "reisdocumenten")],
    "GM0845": [("bezwaar", "klacht", "Bezwaar of klacht", "bezwaar-of-klacht")],
    "GM0766": [("woz-bezwaar", "belastingaanslag-bezwaar", "Belastingen, bezwaar maken (WOZ-waarde en aanslag)", "bezwaar-belastingen")],
    "GM1884": [("grofvuil", "afvalcontainer", "Grofvuil en containers", "grofvuil-en-containers")],
}
NOT_OFFERED = {
    "parkeervergunning": ("Parkeren in {g}", "In {g} betaalt u nergens voor parkeren. Er zijn geen vergunninggebieden. De gemeente geeft daarom geen parkeervergunningen uit."),
    "hondenbelasting": ("Hond", "Sinds 1 januari 2020 heft de gemeente {g} geen hondenbelasting meer. U hoeft uw hond dus niet meer aan of af te melden."),
    "reclamebelasting": ("Reclame", "De gemeente {g} kent geen reclamebelasting. U betaalt geen belasting voor reclame aan of op uw pand."),
    "winkeltijdenontheffing": ("Winkeltijden en koopzondagen", "In {g} mogen winkels op alle dagen van de week open zijn, ook op zon- en feestdagen. Een ontheffing van de winkeltijden is daarom niet nodig; de gemeente verleent deze ook niet."),
    "ligplaatsvergunning": ("Boot afmeren", "De gemeente {g} heeft geen openbare ligplaatsen voor boten of woonboten en geeft geen ligplaatsvergunningen uit. Voor een ligplaats kunt u terecht bij een particuliere jachthaven."),
    "kapvergunning": ("Bomen kappen", "In {g} heeft u geen vergunning meer nodig om een boom te kappen. De gemeenteraad heeft de kapvergunning in 2021 afgeschaft. Wij vragen u wel om bij kappen een nieuwe boom te planten."),
    "terrasvergunning": ("Terras bij uw zaak", "Voor een terras bij uw horecazaak heeft u in {g} geen vergunning nodig: er gelden algemene regels in de APV. De gemeente verleent daarom geen terrasvergunningen."),
}
# non-measured sibling products with their own online form (traps)
SIB = {
    "brp-uittreksel": ("Geheimhouding persoonsgegevens aanvragen", "digid"),
    "verhuismelding": ("Onjuiste inschrijving op een adres melden", "anon"),
    "geboorteaangifte": ("Erkenning ongeboren kind: afspraak aanvragen", "anon"),
    "overlijdensaangifte": ("Grafrechten verlengen", "digid"),
    "huwelijksaangifte": ("Trouwambtenaar voor één dag aanvragen", "anon"),
    "paspoort": ("Reisdocument thuis laten bezorgen", "digid"),
    "identiteitskaart": ("Reisdocument thuis laten bezorgen", "digid"),
    "hondenbelasting": ("Hondenoverlast melden", "anon"),
    "wmo-voorziening": ("Mantelzorgwaardering aanvragen", "anon"),
    "bijstand": ("Individuele inkomenstoeslag aanvragen", "digid"),
    "bijzondere-bijstand": ("Meedoenregeling aanvragen", "digid"),
    "leerlingenvervoer": ("Kindpakket aanvragen", "digid"),
    "afvalcontainer": ("Bouwcontainer op straat plaatsen (melding)", "anon"),
    "grofvuil": ("Zwerfafval-opruimactie aanmelden", "anon"),
    "bouwdossier-inzage": ("Principeverzoek indienen", "anon"),
    "woo-verzoek": ("Inzageverzoek persoonsgegevens (AVG) indienen", "digid"),
    "subsidie": ("Buurtinitiatief aanmelden", "anon"),
    "evenementenvergunning": ("Melding klein evenement", "anon"),
    "geluidsontheffing": ("Melding incidentele festiviteit", "anon"),
    "kansspelautomaatvergunning": ("Loterijvergunning aanvragen", "anon"),
    "collectevergunning": ("Loterijvergunning aanvragen", "anon"),
    "uitwegvergunning": ("Tijdelijke verkeersmaatregel aanvragen", "anon"),
    "marktvergunning": ("Rommelmarkt of braderie melden", "anon"),
    "standplaatsvergunning": ("Ventvergunning aanvragen", "anon"),
    "ligplaatsvergunning": ("Vaarwegmelding doorgeven", "anon"),
    "kapvergunning": ("Overlast van een gemeentelijke boom melden", "anon"),
    "parkeervergunning": ("Foutparkeerder melden", "anon"),
}
# measured siblings: a "zie ook" link to the sibling's real route when that is higher
MSIB = {"gehandicaptenparkeerplaats": "gehandicaptenparkeerkaart", "gehandicaptenparkeerkaart": "gehandicaptenparkeerplaats",
        "bijstand": "bijzondere-bijstand", "bijzondere-bijstand": "bijstand", "bezwaar": "klacht",
        "belastingkwijtschelding": "betalingsregeling", "betalingsregeling": "belastingkwijtschelding",
        "grofvuil": "afvalcontainer", "afvalcontainer": "grofvuil", "marktvergunning": "standplaatsvergunning",
        "standplaatsvergunning": "marktvergunning", "terrasvergunning": "exploitatievergunning-horeca",
        "alcoholvergunning": "exploitatievergunning-horeca", "exploitatievergunning-horeca": "alcoholvergunning",
        "woo-verzoek": "klacht", "geboorteaangifte": "verhuismelding", "overlijdensaangifte": "brp-uittreksel"}

POOLS = {
    0: ["regulation_pdf", "tariff_pdf", "brochure_pdf", "checklist_pdf", "contact_form", "melding_form", "sibling_form",
        "status_login", "bezwaar_digid", "callback_form", "not_online_text", "direct_regelen", "omgevingsloket", "payment"],
    33: ["contact_form", "melding_form", "sibling_form", "status_login", "payment", "appointment_form", "direct_regelen",
         "tariff_pdf", "regulation_pdf", "bezwaar_digid", "omgevingsloket", "other_pdf", "not_online_text", "callback_form"],
    67: ["status_login", "bezwaar_digid", "mijnoverheid", "direct_regelen", "regulation_pdf", "tariff_pdf", "sibling_form",
         "appointment_digid", "other_pdf", "upload_types"],
    100: ["regulation_pdf", "tariff_pdf", "contact_form", "other_pdf", "brochure_pdf", "status_login"],
    "N": ["contact_form", "other_pdf", "omgevingsloket", "regulation_pdf", "sibling_form", "melding_form"],
    "V": ["contact_form", "regulation_pdf", "other_pdf", "tariff_pdf", "status_login"],
}


def titlecase_us(t):
    return t.replace(",", "").replace("(", "").replace(")", "").replace(" ", "_")


def slugify(t):
    out = []
    for ch in t.lower():
        if ch.isalnum() and ch.isascii():
            out.append(ch)
        elif ch in "éë":
            out.append("e")
        else:
            out.append("-")
    s = "".join(out)
    while "--" in s:
        s = s.replace("--", "-")
    return s.strip("-")


def camel(t):
    return "".join(w[:1].upper() + w[1:] for w in slugify(t).split("-"))


# ----------------------------------------------------------------------------------------
# file writers
def pdf_bytes(title, lines):
    def esc(s):
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    content = ["BT /F1 16 Tf 50 790 Td (%s) Tj ET" % esc(title)]
    y = 760
    for ln in lines:
        content.append("BT /F1 11 Tf 50 %d Td (%s) Tj ET" % (y, esc(ln)))
        y -= 22
    stream = "\n".join(content).encode("latin-1", "replace")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        ("<< /Title (%s) /Producer (gen.py) >>" % esc(title)).encode("latin-1", "replace"),
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


def docx_bytes(title, lines):
    body = "".join("<w:p><w:r><w:t xml:space=\"preserve\">%s</w:t></w:r></w:p>" % E(t) for t in [title] + lines)
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>%s</w:body></w:document>' % body)
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>')
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in (("[Content_Types].xml", ct), ("_rels/.rels", rels), ("word/document.xml", doc)):
            zi = zipfile.ZipInfo(name, date_time=(2023, 3, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
    return buf.getvalue()


def rtf_bytes(title, lines):
    s = "{\\rtf1\\ansi\\deff0{\\fonttbl{\\f0 Arial;}}\\f0\\fs28 " + title + "\\par\\fs22 " + "\\par ".join(lines) + "\\par}"
    return s.encode("cp1252", "replace")


DIGID_SVG = b'<svg xmlns="http://www.w3.org/2000/svg" width="46" height="46" viewBox="0 0 46 46"><rect width="46" height="46" rx="6" fill="#000"/><text x="5" y="30" fill="#fff" font-family="Arial" font-size="14" font-weight="bold">DigiD</text></svg>\n'
EH_SVG = b'<svg xmlns="http://www.w3.org/2000/svg" width="46" height="46" viewBox="0 0 46 46"><rect width="46" height="46" rx="6" fill="#e17000"/><text x="8" y="30" fill="#fff" font-family="Arial" font-size="18" font-weight="bold">eH</text></svg>\n'


class Web:
    def __init__(self):
        self.files = {}  # (host, path) -> bytes
        self.redirects = []
        self.pages_by_host = {}

    def put(self, url, data, sitemap=True):
        assert url.startswith("http://"), url
        rest = url[len("http://"):]
        host, _, path = rest.partition("/")
        path = "/" + path
        if isinstance(data, str):
            data = data.encode("utf-8")
        key = (host, path)
        if key in self.files:
            if self.files[key] != data:
                raise SystemExit("conflicting content for " + url)
            return url
        self.files[key] = data
        if sitemap and "?" not in path and not path.endswith((".pdf", ".docx", ".rtf", ".js", ".svg", ".css")):
            self.pages_by_host.setdefault(host, []).append(url)
        return url

    def has(self, url):
        rest = url[len("http://"):]
        host, _, path = rest.partition("/")
        return (host, "/" + path) in self.files

    def login_start(self, url, idp="digid"):
        host = "digid.test" if idp == "digid" else "eherkenning.test"
        loc = "http://%s/saml/idp/request_authentication?SAMLRequest=%s" % (host, crc(url))
        if idp != "digid":
            loc = "http://eherkenning.test/makelaar/kies-leverancier?request=%s" % crc(url)
        self.redirects.append({"url": url, "status": 302, "location": loc})

    def write(self, outdir):
        sites = os.path.join(outdir, "sites")
        paths = {}
        for (host, path) in sorted(self.files):
            rel = path[1:]
            if rel == "" or rel.endswith("/"):
                rel += "index.html"
            paths[(host, path)] = os.path.join(sites, host, rel)
        # conflict check: a file path used as a directory
        allp = set(paths.values())
        for p in sorted(allp):
            d = os.path.dirname(p)
            while d != sites and d:
                if d in allp:
                    raise SystemExit("file/dir conflict: " + d)
                d = os.path.dirname(d)
        for key in sorted(paths):
            p = paths[key]
            os.makedirs(os.path.dirname(p), exist_ok=True)
            with open(p, "wb") as f:
                f.write(self.files[key])


# ----------------------------------------------------------------------------------------
class Org:
    def __init__(self, code, cfg, idx):
        self.code = code
        self.idx = idx
        self.__dict__.update(cfg)
        self.host = "www.%s.test" % self.base
        self.root = "http://%s/" % self.host
        self.appt = "http://afspraak.%s.test/" % self.base
        self.pdc_host = "loket.dongen.test" if code == "GM0766" else self.host
        if code == "GM0766":
            self.mijn = "http://mijn.dongen.test/"
        else:
            self.mijn = self.root + "mijn-omgeving"
        self.platform = {"GM1507": "own", "GM0845": "aspx", "GM0293": "formdesk", "GM0766": "eloket", "GM0244": "gravity",
                         "GM1723": "openforms", "GM1669": "iframe", "GM0252": "image", "GM0376": "blr", "GM1884": "getform"}[code]
        self.pid = 1000 + idx * 97

    def u(self, path):
        return "http://%s/%s" % (self.host, path.lstrip("/"))

    # product page URL per CMS family
    def product_url(self, pk, title, slug):
        n = 200 + sorted(INFO).index(pk) * 7 + self.idx
        sec = INFO[pk][0] if pk in INFO else "burgerzaken"
        c = self.code
        if c == "GM1507":
            return self.u(slug)
        if c == "GM0845":
            top = "Ondernemers" if pk in BUSINESS else "Inwoners"
            return self.u("%s/%s/%s" % (top, SECTION_NAMES[sec].split()[0], titlecase_us(title)))
        if c == "GM0293":
            top = "ondernemer" if pk in BUSINESS else "inwoner"
            return self.u("%s/product/%s_%d.html" % (top, slug, n))
        if c == "GM0766":
            return "http://loket.dongen.test/producten/%s" % slug.replace("-", "_")
        if c == "GM0244":
            return self.u("onderwerp/" + slug)
        if c == "GM1723":
            return self.u("product/" + slug)
        if c == "GM1669":
            return self.u("inwoners/%s/%s/" % (sec, slug))
        if c == "GM0252":
            return self.u("Inwoners/Producten/%s.aspx" % camel(title))
        if c == "GM0376":
            return self.u("inwoners/" + slug)
        if c == "GM1884":
            return self.u("inwoners/product?pid=%d" % n)
        raise ValueError(c)

    def doc_url(self, name):
        c = self.code
        d = {"GM1507": "fileadmin/formulieren/", "GM0845": "Documenten/Formulieren/", "GM0293": "sites/default/files/formulieren/",
             "GM0244": "wp-content/uploads/2023/04/", "GM1723": "media/formulieren/", "GM1669": "assets/formulieren/",
             "GM0252": "Portals/0/Formulieren/", "GM0376": "_flysystem/media/", "GM1884": "documents/"}
        if c == "GM0766":
            return "http://loket.dongen.test/documenten/" + name
        return self.u(d[c] + name)


class Builder:
    def __init__(self, products):
        self.web = Web()
        self.products = products
        self.labels = []
        self.rng_cache = {}
        self.made_docs = {}
        self.eloket_items = {}   # org code -> list of (title, url, login)
        self.getform_items = {}
        self.downloads = {}      # org code -> list of (title, url)

    # ------------------------------------------------------------------ layout
    def layout(self, o, title, main, crumbs=True, host=None):
        st = o.site_traps
        head = []
        if "header_login" in st:
            lbl = {"GM1507": "Mijn Horst aan de Maas", "GM0766": "Inloggen", "GM1723": "Mijn loket", "GM0376": "Mijn Blaricum"}.get(o.code, "Mijn " + o.short)
            head.append('<a class="header-login" href="%s"><img src="%s" alt="DigiD" width="24"> %s</a>' % (o.mijn, o.u("img/digid.svg"), E(lbl)))
        if "tax_portal" in st:
            b = BODIES[o.tax]
            head.append('<a class="header-tax" href="http://%s/mijn-belastingen">Mijn belastingen (%s)</a>' % (b["host"], "BsGW" if o.tax == "bsgw" else "BWB"))
        if "search_box" in st:
            head.append('<form class="search" role="search" action="%s" method="get"><label for="q">Zoeken</label><input id="q" type="search" name="q" placeholder="Waar bent u naar op zoek?"><button type="submit">Zoek</button></form>' % o.u("zoeken"))
        nav = '<nav class="main-nav"><ul><li><a href="%s">Home</a></li><li><a href="%s">Producten en diensten</a></li><li><a href="%s">Nieuws</a></li><li><a href="%s">Contact</a></li></ul></nav>' % (
            o.root, o.u("producten-a-z"), o.u("nieuws/"), o.u("contact"))
        foot = ['<p>%s &middot; Postbus %d &middot; Telefoon %s</p>' % (E(o.name), 10 + o.idx * 11, E(o.phone))]
        if "footer_digid" in st:
            foot.append('<p class="digid-footer"><a href="http://www.digid.test/"><img src="%s" alt="DigiD logo" width="32"></a> Veel zaken regelt u veilig online met DigiD.</p>' % o.u("img/digid.svg"))
        if "contact_form" in st:
            if o.code == "GM0252":
                foot.append('<section class="stel-uw-vraag"><h2>Stel uw vraag</h2><form action="%s" method="post"><label>Uw vraag<textarea name="vraag"></textarea></label><label>E-mailadres<input type="email" name="email"></label><button type="submit">Verstuur vraag</button></form></section>' % o.u("contact"))
            else:
                lbl = "Reactieformulier" if o.code == "GM1884" else "Stel uw vraag via het contactformulier"
                foot.append('<p><a href="%s">%s</a></p>' % (o.u("contact"), lbl))
        if "chat" in st:
            foot.append('<div class="chat-widget"><a href="%s">Chat met ons (ma-vr 9.00-17.00 uur)</a></div>' % o.u("chat"))
        if "newsletter" in st:
            foot.append('<form class="newsletter" action="%s" method="post"><h2>Nieuwsbrief</h2><label>E-mailadres<input type="email" name="email"></label><button type="submit">Aanmelden</button></form>' % o.u("nieuwsbrief"))
        if "mijnoverheid" in st:
            foot.append('<p><a href="http://mijn.overheid.test/">Berichtenbox MijnOverheid</a>: ontvang post van de gemeente digitaal.</p>')
        if "tax_portal" in st:
            b = BODIES[o.tax]
            foot.append('<p>Belastingen worden geheven door <a href="http://%s/">%s</a>.</p>' % (b["host"], E(b["name"])))
        fb = ""
        if "feedback_form" in st:
            fb = ('<form class="feedback" action="%s" method="post"><fieldset><legend>Was deze pagina nuttig?</legend>'
                  '<button type="submit" name="nuttig" value="ja">Ja</button> <button type="submit" name="nuttig" value="nee">Nee</button>'
                  '<label>Wat kunnen we verbeteren?<textarea name="opmerking"></textarea></label></fieldset></form>') % o.u("feedback")
        cls = {"toptaken": "tt", "accordion": "acc", "pdc": "pdc", "owc": "owc", "plain": "plain"}[o.layout]
        scripts = ""
        if o.code == "GM0376":
            scripts = '<script src="%s"></script>' % o.u("assets/cta.js")
        return ('<!DOCTYPE html>\n<html lang="nl"><head><meta charset="utf-8"><title>%s | %s</title>'
                '<meta name="viewport" content="width=device-width, initial-scale=1"></head>'
                '<body class="layout-%s"><header><a class="logo" href="%s">%s</a> %s %s</header>'
                '<main id="content">%s%s</main><footer>%s</footer>%s</body></html>\n') % (
            E(title), E(o.name), cls, o.root, E(o.name), " ".join(head), nav, main, fb, "".join(foot), scripts)

    def simple_page(self, url, title, body, o=None):
        if o is None:
            return self.web.put(url, '<!DOCTYPE html>\n<html lang="nl"><head><meta charset="utf-8"><title>%s</title></head><body><main><h1>%s</h1>%s</main></body></html>\n' % (E(title), E(title), body))
        return self.web.put(url, self.layout(o, title, "<h1>%s</h1>%s" % (E(title), body)))

    # ------------------------------------------------------------------ documents
    def doc(self, o, title, kind, lines=None):
        """kind: form-pdf, form-docx, form-rtf, or a non-form pdf."""
        ext = {"form-docx": "docx", "form-rtf": "rtf"}.get(kind, "pdf")
        name = slugify(title)[:60] + "." + ext
        url = o.doc_url(name)
        if url in self.made_docs:
            return url
        if lines is None:
            if kind.startswith("form"):
                lines = ["Gemeente %s" % o.short, "Naam aanvrager: ........................................",
                         "Adres: ........................................", "Postcode en woonplaats: ..............................",
                         "Telefoonnummer: ........................", "Toelichting op uw aanvraag:", ".............................................................",
                         "Datum: ............  Handtekening: ....................", "Stuur dit formulier ondertekend naar Postbus %d, of lever het in bij de balie." % (10 + o.idx * 11)]
            else:
                lines = ["Gemeente %s" % o.short, "Dit document is vastgesteld door de gemeenteraad.", "Artikel 1 Begripsbepalingen", "Artikel 2 Reikwijdte", "Artikel 3 Inwerkingtreding"]
        if ext == "pdf":
            data = pdf_bytes(title, lines)
        elif ext == "docx":
            data = docx_bytes(title, lines)
        else:
            data = rtf_bytes(title, lines)
        self.web.put(url, data)
        self.made_docs[url] = title
        return url

    # ------------------------------------------------------------------ login gates and forms
    def start(self, host, slug, idp="digid"):
        url = "http://%s/auth/%s/%s/start" % (host, slug, idp)
        if url not in [r["url"] for r in self.web.redirects]:
            self.web.login_start(url, idp)
        return url

    def fields_html(self, title, slug):
        extra = '<label for="f-toel">Toelichting op uw aanvraag *</label><textarea id="f-toel" name="toelichting" required></textarea>'
        return ('<label for="f-naam">Naam *</label><input id="f-naam" name="naam" required>'
                '<label for="f-adres">Adres *</label><input id="f-adres" name="adres" required>'
                '<label for="f-pc">Postcode *</label><input id="f-pc" name="postcode" required>'
                '<label for="f-mail">E-mailadres *</label><input id="f-mail" type="email" name="email" required>'
                '<label for="f-tel">Telefoonnummer</label><input id="f-tel" type="tel" name="telefoon">' + extra +
                '<input type="hidden" name="formulier" value="%s">' % E(slug))

    def gate_body(self, o, host, title, slug, kind, prefill):
        s = self.start(host, slug, "digid")
        b = '<p>U vult dit formulier in nadat u bent ingelogd met DigiD.</p>'
        if prefill:
            b += '<p class="prefill">Na het inloggen worden uw naam, adres en burgerservicenummer automatisch ingevuld vanuit de Basisregistratie Personen.</p>'
        tgt = ' target="_top"' if host.startswith("formulieren.roerdalen") else ""
        b += '<p><a class="digid-button"%s href="%s"><img src="http://%s/img/digid.svg" alt=""> Inloggen met DigiD</a></p>' % (tgt, s, host)
        if kind == "eh":
            s2 = self.start(host, slug, "eherkenning")
            b += '<p>Vraagt u aan namens een bedrijf of vereniging?</p><p><a class="eh-button" href="%s"><img src="http://%s/img/eherkenning.svg" alt=""> Inloggen met eHerkenning</a></p>' % (s2, host)
        b += '<p>U wordt na 15 minuten inactiviteit automatisch uitgelogd bij DigiD.</p>'
        return b

    def ensure_imgs(self, host):
        self.web.put("http://%s/img/digid.svg" % host, DIGID_SVG)
        self.web.put("http://%s/img/eherkenning.svg" % host, EH_SVG)

    def online_route(self, o, title, slug, kind, prefill=False):
        """Create the org's form page for a product (or sibling). kind anon|digid|eh.
        Returns (route_url, cta_html, signals)."""
        p = o.platform
        sig = []
        if p == "own":
            url = o.u("%s-aanvraag/formulier" % slug)
            host = o.host
        elif p == "aspx":
            host = "eloket.sint-michielsgestel.test"
            url = "http://%s/formulieren/%s.aspx" % (host, camel(title))
        elif p == "formdesk":
            host = "westervoort.formdesk.test"
            url = "http://%s/gemeentewestervoort/%s" % (host, slug)
        elif p == "eloket":
            host = "loket.dongen.test"
            url = "http://%s/eloket/formulier/%s" % (host, slug)
        elif p == "gravity":
            host = "mijn.hattem.test"
            url = "http://%s/%s/" % (host, slug)
        elif p == "openforms":
            host = "formulieren.alphen-chaam.test"
            url = "http://%s/%s/" % (host, slug)
        elif p == "iframe":
            host = "formulieren.roerdalen.test"
            url = "http://%s/embed/%s" % (host, slug)
        elif p == "image":
            host = "formulieren.heumen.test"
            url = "http://%s/formulier/%s" % (host, slug)
        elif p == "blr":
            host = o.host
            url = o.u("digitaal-loket/%s" % slug)
        elif p == "getform":
            host = o.host
            url = o.u("formulieren?formulier=%s" % slug)
        self.ensure_imgs(host)
        login = kind in ("digid", "eh")
        # ---- the form page itself
        if p == "openforms":
            fdef = {"slug": slug, "name": title, "loginRequired": login,
                    "loginOptions": ([{"label": "Inloggen met DigiD", "url": self.start(host, slug, "digid")}] if login else []) +
                                    ([{"label": "Inloggen met eHerkenning", "url": self.start(host, slug, "eherkenning")}] if kind == "eh" else []),
                    "submitUrl": url, "prefill": bool(prefill and login),
                    "fields": ["naam", "adres", "postcode", "email", "telefoon", "toelichting"]}
            page = ('<!DOCTYPE html>\n<html lang="nl" class="openforms-theme"><head><meta charset="utf-8"><title>%s - %s</title>'
                    '<link rel="stylesheet" href="http://%s/static/sdk/open-forms-sdk.css"></head><body class="utrecht-document">'
                    '<div class="open-forms-sdk-root" id="openforms-container" data-form-id="%s" data-base-url="http://%s/api/v2/" data-base-path="/%s/"></div>'
                    '<script type="application/json" id="of-form-def">%s</script>'
                    '<script src="http://%s/static/sdk/open-forms-sdk.js"></script>'
                    '<noscript>Om dit formulier te gebruiken moet JavaScript aan staan.</noscript></body></html>\n') % (
                E(title), E(o.name), host, slug, host, slug, json.dumps(fdef, ensure_ascii=False).replace("</", "<\\/"), host)
            self.web.put(url, page)
            sig.append("js_form")
        else:
            if login and p == "image":
                pass  # Heumen links straight to the login start; no separate page
            else:
                if login:
                    body = self.gate_body(o, host, title, slug, "eh" if kind == "eh" else "digid", prefill)
                else:
                    legend = '<p>"*" geeft vereiste velden aan</p>' if p == "gravity" else '<p>Velden met een * zijn verplicht.</p>'
                    steps = '<p class="steps">Stap 1 van 4: Uw gegevens</p>' if p in ("own", "eloket") else ''
                    body = ('%s<form class="aanvraagformulier" method="post" action="%s">%s%s'
                            '<button type="submit">Versturen</button></form>') % (steps, url, legend, self.fields_html(title, slug))
                if p == "aspx":
                    body = '<form id="aspnetForm" method="post" action="%s"><input type="hidden" name="__VIEWSTATE" value="dDwtMTA4">%s</form>' % (url, body.replace('<form class="aanvraagformulier" method="post" action="%s">' % url, '<div class="formbody">').replace("</form>", "</div>")) if not login else body
                pg = '<!DOCTYPE html>\n<html lang="nl"><head><meta charset="utf-8"><title>%s - %s</title></head><body class="form-%s"><header><a href="http://%s/">%s</a></header><main><h1>%s</h1>%s</main></body></html>\n' % (
                    E(title), E(o.name), p, o.host, E(o.name), E(title), body)
                self.web.put(url, pg)
        if login:
            sig.append("digid")
            if kind == "eh":
                sig.append("eherkenning")
        else:
            sig.append("html_form")
        # ---- CTA on the product page
        if p == "own":
            cta = '<p><a class="button" href="%s">%s</a></p>' % (url, "Direct regelen met DigiD" if login else "Online aanvragen")
        elif p == "aspx":
            cta = '<form class="cta" action="%s" method="get"><input type="hidden" name="bron" value="pdc"><button type="submit">Vraag aan</button></form>' % url
            if login:
                cta = '<p>U heeft DigiD nodig.</p>' + cta
            sig.append("get_form_cta")
        elif p == "formdesk":
            if login:
                cta = '<p><a class="digid-link" href="%s"><img src="%s" alt="DigiD"> link %s</a> (externe link)</p>' % (url, o.u("img/digid.svg"), E(title))
            else:
                cta = '<p><a href="%s">%s online invullen</a> (Verwijst naar een externe website)</p>' % (url, E(title))
            sig.append("e_form_host")
        elif p == "eloket":
            cta = '<p>Dit product kunt u digitaal aanvragen%s.</p><p><a class="btn-eloket" href="%s">Start het digitale formulier</a></p>' % (" met DigiD" if login else "", url)
            sig.append("e_form_host")
        elif p == "gravity":
            if login:
                cta = '<div class="owc-digid-block"><img src="%s" alt="DigiD"><p><a class="button" href="%s">Aanvragen met DigiD</a></p>%s</div>' % (
                    o.u("img/digid.svg"), url, "<p>Uw gegevens worden automatisch ingevuld.</p>" if prefill else "")
            else:
                cta = '<p><a class="button" href="%s">Direct aanvragen</a></p>' % url
            sig.append("e_form_host")
        elif p == "openforms":
            cta = '<p><a class="utrecht-button-link" href="%s">Online regelen</a></p>' % url
            sig.append("e_form_host")
        elif p == "iframe":
            cta = '<iframe class="formulier" src="%s" title="Formulier %s" width="100%%" height="640"></iframe>' % (url, E(title))
            sig.append("iframe_form")
        elif p == "image":
            if login:
                s = self.start(host, slug, "digid")
                cta = '<p><a href="%s"><img src="%s" alt="DigiD"></a> <a href="%s">%s</a></p>' % (s, o.u("img/digid.svg"), s, E(title))
                if kind == "eh":
                    s2 = self.start(host, slug, "eherkenning")
                    cta += '<p><a href="%s"><img src="%s" alt="eHerkenning"></a> <a href="%s">%s (bedrijven)</a></p>' % (s2, o.u("img/eherkenning.svg"), s2, E(title))
                url = s
                sig.append("digid_image")
            else:
                cta = '<p><a href="%s">Formulier %s</a></p>' % (url, E(title.lower()))
        elif p == "blr":
            self.eloket_items.setdefault(o.code, []).append((title, url, login))
            if crc(slug) % 2 == 0:
                cta = '<p>Dit regelt u via ons <a href="%s">Digitaal Loket</a>.</p>' % o.u("digitaal-loket/")
                sig.append("eloket_overview")
            else:
                cta = '<div class="js-cta" data-href="%s" data-label="%s"></div>' % (url, "Aanvragen met DigiD" if login else "Aanvragen")
                sig.append("script_cta")
        elif p == "getform":
            self.getform_items.setdefault(o.code, []).append((title, url, login))
            cta = '<form class="direct" action="%s" method="get"><input type="hidden" name="formulier" value="%s"><button type="submit">Regel het direct%s</button></form>' % (
                o.u("formulieren"), slug, " (DigiD)" if login else "")
            sig.append("get_form_cta")
        if prefill and login:
            sig.append("prefill_text")
        return url, cta, sig

    # ------------------------------------------------------------------ other bodies
    def body_for(self, o, pk):
        if pk in ("omgevingsvergunning", "kapvergunning", "uitwegvergunning"):
            return "ol"
        if pk in TAX:
            return o.tax
        return {"bijstand": "werk", "parkeervergunning": "parkeer", "grofvuil": "circulus", "afvalcontainer": "circulus",
                "melding-openbare-ruimte": "fixi"}[pk]

    def body_page(self, bk, path, title, body):
        b = BODIES[bk]
        url = "http://%s/%s" % (b["host"], path)
        home = "http://%s/" % b["host"]
        self.ensure_imgs(b["host"])
        page = ('<!DOCTYPE html>\n<html lang="nl"><head><meta charset="utf-8"><title>%s | %s</title></head><body>'
                '<header><a href="%s">%s</a></header><main><h1>%s</h1>%s</main></body></html>\n') % (E(title), E(b["name"]), home, E(b["name"]), E(title), body)
        return self.web.put(url, page)

    def via_route(self, o, pk, title):
        bk = self.body_for(o, pk)
        b = BODIES[bk]
        h = b["host"]
        sig = ["via_external_portal"]
        if bk == "ol":
            url = "http://%s/aanvragen" % h
            what = {"kapvergunning": "Een vergunning voor het kappen van een beschermde boom vraagt u aan",
                    "uitwegvergunning": "Een nieuwe uitweg vraagt u aan als omgevingsvergunning",
                    "omgevingsvergunning": "U vraagt de omgevingsvergunning aan"}[pk]
            html_ = '<p>%s via het landelijke Omgevingsloket. U logt in met DigiD of eHerkenning.</p><p><a href="%s">Vergunning aanvragen in het Omgevingsloket</a> (externe link)</p>' % (what, url)
            sig += ["digid", "eherkenning", "prefill_text"]
        elif bk in ("bsgw", "bwb"):
            short = "BsGW" if bk == "bsgw" else "BWB"
            path, act = {"hondenbelasting": ("hond-aan-of-afmelden", "Hond aan- of afmelden"),
                         "belastingkwijtschelding": ("kwijtschelding-aanvragen", "Kwijtschelding aanvragen"),
                         "woz-bezwaar": ("bezwaar-maken", "Bezwaar maken"), "belastingaanslag-bezwaar": ("bezwaar-maken", "Bezwaar maken"),
                         "betalingsregeling": ("betalingsregeling-aanvragen", "Betalingsregeling aanvragen"),
                         "reclamebelasting": ("reclamebelasting", "Reclamebelasting")}[pk]
            url = "http://%s/%s" % (h, path)
            html_ = '<p>De gemeente %s heeft de heffing en invordering van de gemeentelijke belastingen ondergebracht bij %s.</p><p><a href="%s">%s bij %s</a></p>' % (
                E(o.short), E(b["name"]), url, act, short)
            sig.append("digid")
        elif bk == "werk":
            url = "http://%s/werkzoekenden/uitkering-aanvragen/bijstand" % h
            html_ = '<p>U vraagt een bijstandsuitkering aan via werk.nl. U logt daar in met DigiD. Na uw aanvraag neemt een consulent van de gemeente binnen 5 werkdagen contact met u op.</p><p><a href="%s">Bijstand aanvragen op werk.nl</a> (externe link)</p>' % url
            sig.append("digid")
        elif bk == "circulus":
            path = "grofvuil-aanmelden" if pk == "grofvuil" else "container-aanvragen"
            url = "http://%s/%s" % (h, path)
            html_ = '<p>Circulus zamelt het afval in voor de gemeente %s. U regelt dit op de website van Circulus.</p><p><a href="%s">%s bij Circulus</a></p>' % (
                E(o.short), url, "Grofvuil aanmelden" if pk == "grofvuil" else "Container aanvragen of omruilen")
            sig.append("html_form")
        elif bk == "parkeer":
            url = "http://%s/vergunning-aanvragen" % h
            html_ = '<p>Parkeervergunningen regelt u in het digitale parkeerloket van Parkeerservice. U logt in met DigiD en betaalt met iDEAL.</p><p><a href="%s">Naar het parkeerloket</a></p>' % url
            sig += ["digid", "payment_step"]
        elif bk == "fixi":
            url = "http://%s/meldingen/heumen/nieuw" % h
            html_ = '<p>Meldingen over de openbare ruimte doet u bij ons via Fixi, op de website of in de app.</p><p><a href="%s">Melding doen via Fixi</a></p>' % url
            sig.append("html_form")
        return url, html_, sig, bk

    def build_bodies(self):
        # Omgevingsloket
        ol = BODIES["ol"]["host"]
        self.body_page("ol", "", "Omgevingsloket", '<p>Regel uw vergunning of melding voor de fysieke leefomgeving.</p><ul><li><a href="http://%s/checken">Vergunningcheck</a></li><li><a href="http://%s/aanvragen">Aanvragen</a></li></ul>' % (ol, ol))
        s1, s2 = self.start(ol, "aanvraag", "digid"), self.start(ol, "aanvraag", "eherkenning")
        self.body_page("ol", "aanvragen", "Aanvraag of melding indienen",
                       '<p>Log in om een aanvraag of melding in te dienen bij uw gemeente, provincie of waterschap.</p>'
                       '<p class="prefill">Na het inloggen haalt het Omgevingsloket uw gegevens op uit de basisregistraties en vult deze alvast voor u in.</p>'
                       '<p><a href="%s"><img src="http://%s/img/digid.svg" alt=""> Inloggen met DigiD</a></p><p><a href="%s"><img src="http://%s/img/eherkenning.svg" alt=""> Inloggen met eHerkenning</a></p>' % (s1, ol, s2, ol))
        self.body_page("ol", "checken", "Vergunningcheck",
                       '<p>Check of u een vergunning nodig heeft. De check is geen aanvraag.</p><form action="http://%s/checken" method="get"><label>Wat wilt u doen?<select name="activiteit"><option>Bouwen</option><option>Kappen</option><option>Slopen</option></select></label><label>Postcode<input name="postcode"></label><button type="submit">Start de check</button></form>' % ol)
        for bk, short in (("bsgw", "BsGW"), ("bwb", "BWB")):
            h = BODIES[bk]["host"]
            items = [("hond-aan-of-afmelden", "Hond aan- of afmelden"), ("kwijtschelding-aanvragen", "Kwijtschelding aanvragen"),
                     ("bezwaar-maken", "Bezwaar maken tegen WOZ-beschikking of aanslag"), ("betalingsregeling-aanvragen", "Betalingsregeling aanvragen")]
            lis = "".join('<li><a href="http://%s/%s">%s</a></li>' % (h, p, t) for p, t in items)
            self.body_page(bk, "", BODIES[bk]["name"], '<p>Wij heffen en innen belastingen voor gemeenten en waterschappen.</p><ul>%s<li><a href="http://%s/mijn-belastingen">Mijn %s</a></li></ul>' % (lis, h, short))
            for p, t in items:
                s = self.start(h, p, "digid")
                self.body_page(bk, p, t, '<p>%s regelt u online in Mijn %s. Log in met DigiD; u ziet dan uw aanslagen en kunt het formulier invullen.</p><p><a class="digid" href="%s"><img src="http://%s/img/digid.svg" alt=""> Inloggen met DigiD</a></p>' % (t, short, s, h))
            s = self.start(h, "mijn", "digid")
            self.body_page(bk, "mijn-belastingen", "Mijn %s" % short, '<p>Bekijk uw aanslagen, WOZ-beschikking en betalingen.</p><p><a href="%s">Inloggen met DigiD</a></p>' % s)
        h = BODIES["werk"]["host"]
        self.body_page("werk", "", "werk.nl", '<p><a href="http://%s/werkzoekenden/uitkering-aanvragen/bijstand">Bijstand aanvragen</a></p>' % h)
        s = self.start(h, "bijstand", "digid")
        self.body_page("werk", "werkzoekenden/uitkering-aanvragen/bijstand", "Bijstandsuitkering aanvragen",
                       '<p>Vraag uw bijstandsuitkering aan. Log in met DigiD en vul het formulier in. Uw gemeente beoordeelt de aanvraag.</p><p><a href="%s">Inloggen met DigiD</a></p>' % s)
        h = BODIES["circulus"]["host"]
        self.body_page("circulus", "", "Circulus", '<ul><li><a href="http://%s/grofvuil-aanmelden">Grofvuil aanmelden</a></li><li><a href="http://%s/container-aanvragen">Container aanvragen</a></li></ul>' % (h, h))
        for p, t in (("grofvuil-aanmelden", "Grofvuil aanmelden"), ("container-aanvragen", "Container aanvragen of omruilen")):
            self.body_page("circulus", p, t, '<form method="post" action="http://%s/%s"><p>Velden met een * zijn verplicht.</p>%s<label>Gemeente<select name="gemeente"><option>Westervoort</option><option>Duiven</option></select></label><button type="submit">Aanmelden</button></form>' % (h, p, self.fields_html(t, p)))
        h = BODIES["parkeer"]["host"]
        self.body_page("parkeer", "", "Parkeerservice Dongen", '<p><a href="http://%s/vergunning-aanvragen">Parkeervergunning aanvragen</a></p>' % h)
        s = self.start(h, "vergunning", "digid")
        self.body_page("parkeer", "vergunning-aanvragen", "Parkeervergunning aanvragen", '<p>Log in met DigiD, kies uw vergunning en betaal met iDEAL.</p><p><a href="%s">Inloggen met DigiD</a></p>' % s)
        h = BODIES["fixi"]["host"]
        self.body_page("fixi", "", "Fixi", '<p>Meldingen openbare ruimte voor gemeenten.</p>')
        self.body_page("fixi", "meldingen/heumen/nieuw", "Melding doen in Heumen", '<form method="post" action="http://%s/meldingen/heumen/nieuw"><label>Categorie<select name="cat"><option>Straatverlichting</option><option>Bestrating</option><option>Zwerfafval</option></select></label><label>Omschrijving *<textarea name="omschrijving"></textarea></label><label>Locatie *<input name="locatie"></label><label>E-mail<input type="email" name="email"></label><button type="submit">Melding versturen</button></form>' % h)
        # identity providers and national portals
        self.web.put("http://digid.test/saml/idp/request_authentication", '<!DOCTYPE html>\n<html lang="nl"><head><meta charset="utf-8"><title>DigiD | Inloggen</title></head><body><h1>Inloggen bij DigiD</h1><form method="post" action="http://digid.test/saml/idp/request_authentication"><label>DigiD gebruikersnaam<input name="u"></label><label>Wachtwoord<input type="password" name="p"></label><button type="submit">Inloggen</button></form></body></html>\n')
        self.web.put("http://eherkenning.test/makelaar/kies-leverancier", '<!DOCTYPE html>\n<html lang="nl"><head><meta charset="utf-8"><title>eHerkenning</title></head><body><h1>Selecteer de leverancier van uw inlogmiddel</h1><ul><li>Leverancier A</li><li>Leverancier B</li></ul></body></html>\n')
        self.web.put("http://www.digid.test/", '<!DOCTYPE html>\n<html lang="nl"><head><meta charset="utf-8"><title>DigiD</title></head><body><h1>DigiD</h1><p>Met DigiD logt u veilig in bij de overheid.</p></body></html>\n')
        s = self.start("mijn.overheid.test", "mijnoverheid", "digid")
        self.web.put("http://mijn.overheid.test/", '<!DOCTYPE html>\n<html lang="nl"><head><meta charset="utf-8"><title>MijnOverheid</title></head><body><h1>MijnOverheid</h1><p>Berichtenbox, lopende zaken en persoonlijke gegevens.</p><p><a href="%s">Inloggen met DigiD</a></p></body></html>\n' % s)
        self.ensure_imgs("mijn.overheid.test")

    # ------------------------------------------------------------------ routes per code
    def mail(self, o, box):
        return "%s@%s.test" % (box, o.base)

    def own_route(self, o, pk, code, title):
        """Returns dict(url, html, sig, level, via, prefill)."""
        slug = INFO[pk][1]
        ph = E(o.phone)
        r = dict(url="", sig=[], level=LEVEL_OF.get(code), via="", prefill=False)
        if code == "C":
            txt = {"overlijdensaangifte": "Meestal doet de uitvaartondernemer de aangifte voor u. Doet u het zelf? Kom dan met de verklaring van overlijden van de arts naar de balie van het gemeentehuis. U hoeft geen afspraak te maken.",
                   "marktvergunning": "Wilt u een losse plaats op de markt? Meld u dan op marktdag vóór 8.00 uur bij de marktmeester. Voor een vaste plaats komt u op de wachtlijst; spreek de marktmeester aan op de markt.",
                   "reclamebelasting": "U hoeft niets aan te vragen. Heeft u reclame aan of op uw pand, dan ontvangt u automatisch een aanslag reclamebelasting. Vragen? Bel %s." % ph,
                   "geboorteaangifte": "Kom binnen 3 werkdagen na de geboorte naar de balie van het gemeentehuis. Neem uw identiteitsbewijs mee. U hoeft geen afspraak te maken.",
                   "klacht": "U kunt uw klacht mondeling doorgeven aan de balie van het gemeentehuis of telefonisch via %s. De klachtcoördinator neemt binnen 5 werkdagen contact met u op." % ph,
                   "paspoort": "Kom naar de balie van het gemeentehuis (inloopspreekuur op dinsdag en donderdag). Neem een pasfoto en uw oude paspoort mee.",
                   "identiteitskaart": "Kom naar de balie van het gemeentehuis (inloopspreekuur op dinsdag en donderdag). Neem een pasfoto en uw oude ID-kaart mee.",
                   }.get(pk, "U vraagt dit aan bij de balie in het gemeentehuis. Kom langs tijdens de openingstijden en neem een geldig identiteitsbewijs mee. Een medewerker vult de aanvraag samen met u in.")
            r["html"] = "<p>%s</p>" % txt
            r["sig"] = ["counter"]
        elif code == "A":
            r["html"] = '<p>U vraagt dit persoonlijk aan in het gemeentehuis. Maak daarvoor eerst een afspraak.</p><p><a class="button" href="%s">Maak een afspraak</a></p>' % (o.appt + "afspraak-maken")
            r["sig"] = ["appointment_online"]
        elif code == "T":
            txt = {"wmo-voorziening": "Neem contact op met het Wmo-loket via telefoonnummer %s. Een consulent maakt een afspraak voor een gesprek bij u thuis (het keukentafelgesprek). Daarna ontvangt u een verslag." % ph,
                   "grofvuil": "Maak een afspraak voor het ophalen via telefoonnummer %s. Zet het grofvuil op de afgesproken dag vóór 7.30 uur aan de straat." % ph,
                   "afvalcontainer": "Geef het telefonisch door via %s. Wij brengen de container binnen 2 weken." % ph,
                   "betalingsregeling": "Bel de afdeling Belastingen via %s om een betalingsregeling af te spreken." % ph,
                   "geboorteaangifte": "Maak telefonisch een afspraak via %s en kom daarna met uw identiteitsbewijs naar het gemeentehuis." % ph,
                   "overlijdensaangifte": "Meestal regelt de uitvaartondernemer de aangifte. Doet u het zelf? Bel dan eerst %s voor een afspraak." % ph,
                   "marktvergunning": "Neem contact op met de marktmeester via %s. Hij wijst u een plaats toe als die vrij is." % ph,
                   }.get(pk, "Neem contact met ons op via telefoonnummer %s. Een medewerker neemt uw aanvraag telefonisch met u door." % ph)
            r["html"] = "<p>%s</p>" % txt
            r["sig"] = ["phone"]
        elif code == "L":
            box = {"bezwaar": "bezwaar", "woo-verzoek": "woo", "bouwdossier-inzage": "bouwarchief", "hondenbelasting": "belastingen",
                   "betalingsregeling": "belastingen", "afvalcontainer": "afval", "overlijdensaangifte": "burgerzaken"}.get(pk, "info")
            m = self.mail(o, box)
            txt = {"bezwaar": "Maak schriftelijk bezwaar. Stuur een ondertekende brief (bezwaarschrift) met uw naam, adres, de datum, het besluit waartegen u bezwaar maakt en de reden naar het college van burgemeester en wethouders, Postbus %d. U kunt het bezwaarschrift ook mailen naar " % (10 + o.idx * 11),
                   "woo-verzoek": "Dien uw verzoek schriftelijk in. Geef aan over welk onderwerp u informatie wilt. Stuur een brief naar Postbus %d of mail naar " % (10 + o.idx * 11),
                   "bouwdossier-inzage": "Vraag het bouwdossier op door een e-mail te sturen met het adres van het pand naar ",
                   "hondenbelasting": "Meld uw hond aan of af door een e-mail te sturen met uw naam, adres en de datum naar ",
                   "betalingsregeling": "Vraag een betalingsregeling aan met een brief of e-mail met uw aanslagnummer en een voorstel voor de termijnen aan ",
                   "afvalcontainer": "Een container aanvragen, omruilen of een kapotte container melden doet u per e-mail aan ",
                   "overlijdensaangifte": "Meestal doet de uitvaartondernemer de aangifte. Doet u het zelf? Stuur dan de verklaring van overlijden en een kopie van uw identiteitsbewijs naar ",
                   }.get(pk, "Stuur uw aanvraag per brief of e-mail naar ")
            r["html"] = '<p>%s<a href="mailto:%s">%s</a>.</p>' % (txt, m, m)
            r["sig"] = ["letter", "mailto"]
        elif code == "R":
            r["html"] = ('<p>Het formulier kunt u niet downloaden. U kunt het ophalen bij de balie van het gemeentehuis of het laten opsturen. '
                         'Vul dan het <a href="%s">bestelformulier</a> in; u ontvangt het papieren formulier binnen 5 werkdagen per post. '
                         'Stuur het ingevulde formulier met de bijlagen terug of lever het in bij de balie.</p>') % o.u("formulier-bestellen")
            r["sig"] = ["paper_form_on_request"]
        elif code in "PWEQ":
            kind = "form-pdf"
            if code == "W":
                kind = "form-rtf" if o.code == "GM0293" else "form-docx"
            dtitle = "Aanvraagformulier " + title.split(",")[0].lower() if not title.lower().startswith(("aanvraag", "melding")) else title
            url = self.doc(o, dtitle, kind)
            size = 60 + crc(url) % 180
            ext = {"form-pdf": "pdf", "form-docx": "Word", "form-rtf": "rtf"}[kind]
            link = '<a href="%s">%s (%s, %d kB)</a>' % (url, E(dtitle), ext, size)
            if code == "P":
                r["html"] = "<p>Download het aanvraagformulier, vul het in en onderteken het. Stuur het formulier met de bijlagen naar Postbus %d, of lever het in bij de balie.</p><ul><li>%s</li></ul>" % (10 + o.idx * 11, link)
                r["sig"] = ["pdf_form"]
            elif code == "W":
                r["html"] = "<p>Vul het aanvraagformulier in (u kunt het op uw computer invullen), print het en stuur het ondertekend naar de gemeente.</p><p>%s</p>" % link
                r["sig"] = ["doc_form"]
            elif code == "E":
                m = self.mail(o, "info")
                r["html"] = '<p>Download het formulier en vul het in. Mail het ingevulde en ondertekende formulier met de bijlagen naar <a href="mailto:%s">%s</a>.</p><p>%s</p>' % (m, m, link)
                r["sig"] = ["pdf_form", "pdf_email_submission", "mailto"]
            else:
                self.downloads.setdefault(o.code, []).append((dtitle, url, size))
                dl = ("http://loket.dongen.test/" if o.code == "GM0766" else o.root) + "formulieren-downloaden"
                r["html"] = '<p>Het aanvraagformulier vindt u op onze pagina <a href="%s">Formulieren downloaden</a>. Stuur het ingevulde formulier naar Postbus %d.</p>' % (dl, 10 + o.idx * 11)
                r["sig"] = ["pdf_form", "download_page"]
            r["url"] = url
        elif code in "FDH":
            kind = {"F": "anon", "D": "digid", "H": "eh"}[code]
            prefill = o.prefill and kind != "anon"
            url, cta, sig = self.online_route(o, title if code == "F" else INFO[pk][2][0], slug, kind, prefill)
            intro = {"F": "U kunt dit online aanvragen. U heeft geen DigiD nodig.", "D": "U regelt dit online met DigiD.",
                     "H": "Particulieren vragen aan met DigiD, bedrijven en verenigingen met eHerkenning."}[code]
            r.update(url=url, html="<p>%s</p>%s" % (intro, cta), sig=sig, prefill=prefill)
        elif code == "V":
            url, html_, sig, bk = self.via_route(o, pk, title)
            r.update(url=url, html=html_, sig=sig, level=BODIES[bk]["level"], via=BODIES[bk]["host"], prefill=BODIES[bk]["prefill"])
        return r

    # ------------------------------------------------------------------ traps
    def choose_traps(self, o, pk, code, level, routes):
        rng = random.Random(crc("%s|%s|%s" % (o.code, pk, code)))
        key = "N" if code == "N" else ("V" if code == "V" else level)
        pool = list(POOLS[key])
        own_online = code in "FDH"

        def ok(t):
            if t == "sibling_form":
                return pk in SIB
            if t == "melding_form":
                return pk != "melding-openbare-ruimte"
            if t == "omgevingsloket":
                return pk not in ("omgevingsvergunning", "kapvergunning", "uitwegvergunning") and (
                    INFO[pk][0] in ("wonen", "bouwen", "ondernemen") or pk == "reclamebelasting")
            if t == "bezwaar_digid":
                return pk not in ("woz-bezwaar", "belastingaanslag-bezwaar") and routes["woz-bezwaar"]["level"] == 100
            if t == "other_pdf":
                return any(routes[k]["code"] in "PWEQ" and k != pk for k in routes)
            if t == "upload_types":
                return own_online
            if t == "direct_regelen":
                return any(routes[k]["level"] == 100 and k != pk for k in routes)
            if t in ("appointment_form",):
                return code != "A"
            if t == "contact_form":
                return "contact_form" not in o.site_traps
            if t == "status_login":
                return True
            return True
        pool = [t for t in pool if ok(t)]
        k = rng.choice([1, 1, 2, 2, 2, 3])
        chosen = rng.sample(pool, min(k, len(pool)))
        forced = []
        if code == "A":
            forced.append("appointment_form")
        if code == "R":
            forced.append("order_paper_form")
        if code in "L":
            forced.append("mailto")
        if pk == "klacht" and code == "C":
            forced.append("contact_form")
        if pk == "bezwaar" and code == "L" and routes["woz-bezwaar"]["level"] == 100:
            forced.append("bezwaar_digid")
        sib = MSIB.get(pk)
        if sib and sib in routes and routes[sib]["level"] is not None and routes[sib]["url"] and code not in "NV" \
                and (level is None or routes[sib]["level"] > level):
            forced.append("sibling_route")
        if pk in ("paspoort", "identiteitskaart") and o.code in ("GM1507", "GM0766"):
            forced.append("auxiliary_pdf")
        if pk == "verhuismelding" and o.code in ("GM1507", "GM0244", "GM0376"):
            forced.append("auxiliary_pdf")
        out = []
        for t in forced + chosen:
            if t not in out:
                out.append(t)
        return out

    def trap_html(self, o, pk, t, routes):
        sec = INFO[pk][0]
        title0 = INFO[pk][2][0]
        if t == "regulation_pdf":
            name = {"burgerzaken": "Verordening basisregistratie personen", "parkeren": "Parkeerverordening", "belastingen": "Verordening gemeentelijke belastingen",
                    "zorg": "Verordening maatschappelijke ondersteuning", "werk-en-inkomen": "Participatieverordening en beleidsregels bijzondere bijstand",
                    "onderwijs": "Verordening leerlingenvervoer", "afval": "Afvalstoffenverordening", "wonen": "Algemene Plaatselijke Verordening (APV)",
                    "bouwen": "Bomenverordening en beleidsregels", "bestuur": "Algemene subsidieverordening en klachtenregeling",
                    "ondernemen": "Algemene Plaatselijke Verordening (APV)"}[sec] + " %s" % o.short
            u = self.doc(o, name, "pdf")
            return '<p>Regelgeving: <a href="%s">%s (pdf, %d kB)</a></p>' % (u, E(name), 300 + crc(u) % 500)
        if t == "tariff_pdf":
            name = "Legesverordening en tarieventabel 2024 %s" % o.short
            u = self.doc(o, name, "pdf", ["Tarieventabel behorende bij de Legesverordening", "Hoofdstuk 1 Burgerzaken", "Hoofdstuk 2 Vergunningen", "Hoofdstuk 3 Overige"])
            return '<p>Kosten: zie de <a href="%s">tarieventabel (pdf)</a>.</p>' % u
        if t == "brochure_pdf":
            name = "Folder %s" % title0.split(",")[0]
            u = self.doc(o, name, "pdf", ["Informatiefolder", "In deze folder leest u wat de gemeente voor u kan doen.", "Heeft u vragen? Bel %s." % o.phone])
            return '<p>Meer lezen? Download de <a href="%s">%s (pdf)</a>.</p>' % (u, E(name.lower()))
        if t == "checklist_pdf":
            u = self.doc(o, "Checklist wat neemt u mee naar het gemeentehuis", "pdf", ["Checklist", "- geldig identiteitsbewijs", "- pasfoto (indien nodig)", "- betaalpas"])
            return '<p><a href="%s">Checklist: wat neemt u mee? (PDF, 48 kB)</a></p>' % u
        if t == "auxiliary_pdf":
            if pk == "verhuismelding":
                u = self.doc(o, "Verklaring hoofdbewoner", "form-pdf", ["Verklaring hoofdbewoner (bijlage bij verhuizing)", "Ondergetekende, hoofdbewoner van het adres ...", "verklaart dat ... bij hem/haar komt wonen.", "Handtekening: ........"])
                return '<p>Gaat u inwonen bij iemand? Dan heeft u ook een <a href="%s">verklaring hoofdbewoner (pdf)</a> nodig.</p>' % u
            u = self.doc(o, "Toestemming reisdocument minderjarige", "form-pdf", ["Toestemmingsverklaring voor een reisdocument van een minderjarige", "Gegevens ouder/gezaghebber ...", "Handtekening: ........"])
            return '<p>Vraagt u een reisdocument aan voor een kind jonger dan 18? Neem dan het ingevulde <a href="%s">toestemmingsformulier (PDF, 126.2 kB)</a> mee naar de afspraak.</p>' % u
        if t == "contact_form":
            return '<p>Heeft u een vraag? <a href="%s">Stel uw vraag via het contactformulier</a>.</p>' % o.u("contact")
        if t == "melding_form":
            return '<p>Ziet u iets kapot in de buurt? <a href="%s">Doe een melding openbare ruimte</a>.</p>' % routes["melding-openbare-ruimte"]["url"]
        if t == "sibling_form":
            st, kind = SIB[pk]
            url, _, _ = self.online_route(o, st, slugify(st), kind, False)
            return '<p>Zie ook: <a href="%s">%s%s</a></p>' % (url, E(st), " (met DigiD)" if kind == "digid" else "")
        if t == "sibling_route":
            sib = MSIB[pk]
            r = routes[sib]
            lbl = INFO[sib][2][0]
            return '<p>Zie ook: <a href="%s">%s%s</a></p>' % (r["url"], E(lbl), " (DigiD)" if r["level"] == 100 else (" (pdf)" if r["level"] == 33 else ""))
        if t == "status_login":
            return '<p>Heeft u al een aanvraag gedaan? <a href="%s">Bekijk de status in Mijn %s</a> (inloggen met DigiD).</p>' % (o.mijn, E(o.short))
        if t == "bezwaar_digid":
            return '<p>Bent u het niet eens met uw WOZ-beschikking? <a href="%s">Maak online bezwaar met DigiD</a>.</p>' % routes["woz-bezwaar"]["url"]
        if t == "callback_form":
            return '<p>Liever gebeld worden? <a href="%s">Vraag een terugbelverzoek aan</a>.</p>' % o.u("terugbelverzoek")
        if t == "not_online_text":
            return None  # rendered inline in the route section
        if t == "direct_regelen":
            ks = [k for k in PLAN if routes.get(k) and routes[k]["level"] == 100 and k != pk][:3]
            lis = "".join('<li><a href="%s">%s</a></li>' % (routes[k]["url"], E(INFO[k][2][0])) for k in ks)
            return '<aside class="direct-regelen"><h2>Direct regelen</h2><ul>%s</ul></aside>' % lis
        if t == "omgevingsloket":
            return '<p>Bouwt u ook iets of verandert u iets aan uw pand? Doe dan de <a href="http://omgevingswet.overheid.test/checken">vergunningcheck in het Omgevingsloket</a> of <a href="http://omgevingswet.overheid.test/aanvragen">log in op het Omgevingsloket</a>.</p>'
        if t == "payment":
            return '<p>Heeft u een factuur van ons ontvangen? <a href="%s">Betaal uw leges direct online met iDEAL</a>.</p>' % o.u("leges-betalen")
        if t == "appointment_form":
            return '<p>Liever persoonlijk? <a href="%s">Maak een afspraak</a> bij de balie.</p>' % (o.appt + "afspraak-maken")
        if t == "appointment_digid":
            return '<p><a href="%s">Mijn afspraken: inloggen met DigiD</a> om een afspraak te wijzigen of af te zeggen.</p>' % (o.appt + "mijn-afspraken")
        if t == "mijnoverheid":
            return '<p>Besluiten ontvangt u in uw <a href="http://mijn.overheid.test/">Berichtenbox van MijnOverheid</a>.</p>'
        if t == "other_pdf":
            ks = [k for k in PLAN if routes.get(k) and routes[k]["code"] in "PWEQ" and k != pk]
            k = ks[crc(pk + o.code) % len(ks)]
            return '<p>Zie ook: <a href="%s">aanvraagformulier %s</a></p>' % (routes[k]["url"], E(INFO[k][2][0].lower()))
        if t == "upload_types":
            return '<p>In het formulier kunt u bijlagen toevoegen: bestanden van het formaat pdf, doc, docx en jpg (max. bestandsgrootte: 4 MB).</p>'
        if t == "order_paper_form":
            return None  # part of the route text
        if t == "mailto":
            return None
        raise ValueError(t)

    # ------------------------------------------------------------------ product pages
    def sections_html(self, o, parts):
        """parts: list of (key, html) with key in intro, route, cost, more."""
        heads = {
            "toptaken": {"intro": "Wat is het?", "route": "Hoe werkt het?", "cost": "Wat kost het?", "more": "Meer informatie"},
            "accordion": {"intro": "Omschrijving", "route": "Aanvragen", "cost": "Kosten", "more": "Zie ook"},
            "pdc": {"intro": "Inleiding", "route": "Aanpak", "cost": "Kosten", "more": "Toelichting"},
            "owc": {"intro": "Wat is het?", "route": "Wat moet ik doen?", "cost": "Wat kost het?", "more": "Extra informatie"},
            "plain": {"intro": "", "route": "Aanvragen", "cost": "Kosten", "more": "Meer informatie"},
        }[o.layout]
        out = []
        for key, h in parts:
            if not h:
                continue
            hd = heads.get(key, key)
            if o.layout == "accordion" and key != "intro":
                out.append('<details%s><summary>%s</summary>%s</details>' % (" open" if key == "route" else "", E(hd), h))
            elif o.layout == "pdc":
                out.append('<div class="pdc-block"><h3>%s</h3>%s</div>' % (E(hd), h))
            elif hd:
                out.append('<h2>%s</h2>%s' % (E(hd), h))
            else:
                out.append(h)
        return "".join(out)

    def product_parts(self, o, pk, code, r, traps, routes):
        intro = "<p>%s</p>" % E(INFO[pk][3])
        route = r["html"]
        if "not_online_text" in traps:
            route = '<p>%s</p>' % ("Online aanvragen is (nog) niet mogelijk." if r["level"] == 0 else "Dit kunt u (nog) niet via internet regelen.") + route
        more = []
        aside = ""
        for t in traps:
            h = self.trap_html(o, pk, t, routes)
            if h is None:
                continue
            if t == "direct_regelen":
                aside = h
            elif t == "upload_types":
                route += h
            else:
                more.append(h)
        if o.platform == "eloket" and code in "FDH":
            more.insert(0, '<p><strong>Toelichting digitaal formulier:</strong> het formulier werkt het best in een recente browser.</p>')
        cost = "<p>%s</p>" % E(INFO[pk][4])
        return [("intro", intro), ("route", route), ("cost", cost), ("more", "".join(more))], aside

    def page_title(self, o, pk):
        return INFO[pk][2][o.tstyle]

    # ------------------------------------------------------------------ per organisation
    def build_org(self, o):
        routes = {}
        for pk in PLAN:
            code = PLAN[pk][o.idx]
            if code in "NX":
                routes[pk] = dict(code=code, level=None, url="", sig=[], via="", prefill=False, html="")
            else:
                r = self.own_route(o, pk, code, self.page_title(o, pk))
                r["code"] = code
                routes[pk] = r
        shared = {}
        for a, b, t, s in SHARED.get(o.code, []):
            shared[a] = (a, b, t, s)
            shared[b] = (a, b, t, s)
        pnames = dict(self.products)
        az = []
        for pk in PLAN:
            if pk not in pnames:
                continue
            code = PLAN[pk][o.idx]
            r = routes[pk]
            if code == "X":
                self.label(o, pk, "not_found", None, "", "", "", [], "geen productpagina op de site (ook niet via zoeken, A-Z of sitemap)")
                continue
            if pk in shared:
                a, b, t, s = shared[pk]
                if pk == b:
                    continue
                self.build_shared(o, a, b, t, s, routes, az)
                continue
            if code == "N":
                title, txt = NOT_OFFERED[pk]
                title = title.format(g=o.short)
                slug = slugify(title)
            else:
                title = self.page_title(o, pk)
                slug = INFO[pk][1]
            url = o.product_url(pk, title, slug)
            traps = self.choose_traps(o, pk, code, r["level"], routes)
            if code == "N":
                more = [self.trap_html(o, pk, t, routes) for t in traps]
                parts = [("intro", "<p>%s</p>" % E(txt.format(g=o.short))), ("more", "".join(h for h in more if h))]
                aside = ""
            else:
                parts, aside = self.product_parts(o, pk, code, r, traps, routes)
            main = "<h1>%s</h1>%s%s" % (E(title), self.sections_html(o, parts), aside)
            self.web.put(url, self.layout(o, title, main))
            az.append((title, url))
            sig = ["info_page"] + list(r["sig"])
            if code == "N":
                sig = ["info_page", "not_offered_text"]
                traps = traps + ["not_offered_wording"]
            self.finish_label(o, pk, code, r, url, sig, traps)
        self.site_pages(o, az, routes)

    def build_shared(self, o, a, b, t, s, routes, az):
        url = o.product_url(a, t, s)
        blocks = []
        trapsets = {}
        for pk in (a, b):
            r = routes[pk]
            code = r["code"]
            traps = self.choose_traps(o, pk, code, r["level"], routes)
            trapsets[pk] = traps
            parts, aside = self.product_parts(o, pk, code, r, traps, routes)
            blocks.append("<h2>%s</h2>%s%s" % (E(INFO[pk][2][0]), self.sections_html(o, parts[1:]), aside))
        main = "<h1>%s</h1><p>Op deze pagina vindt u informatie over twee onderwerpen: %s en %s.</p>%s" % (E(t), E(INFO[a][2][0].lower()), E(INFO[b][2][0].lower()), "".join(blocks))
        self.web.put(url, self.layout(o, t, main))
        az.append((t, url))
        for pk in (a, b):
            r = routes[pk]
            self.finish_label(o, pk, r["code"], r, url, ["info_page"] + list(r["sig"]), trapsets[pk] + ["shared_page"])

    def finish_label(self, o, pk, code, r, url, sig, traps):
        sig = list(sig)
        if any(t in ("appointment_form", "appointment_digid") for t in traps) and "appointment_online" not in sig:
            sig.append("appointment_online")
        if "mailto" in traps and "mailto" not in sig:
            sig.append("mailto")
        for t in o.site_traps:
            sig.append("trap_" + t)
        for t in traps:
            sig.append("trap_" + t)
        ded = []
        for x in sig:
            if x not in ded:
                ded.append(x)
        desc = {"C": "alleen aan de balie", "A": "alleen op afspraak aan de balie (afspraak online is geen formulier)", "T": "telefonisch / gesprek, geen formulier",
                "L": "per brief of e-mail (mailto), geen formulier", "R": "papieren formulier alleen op aanvraag (bestelformulier is geen aanvraag)",
                "P": "printbaar pdf-formulier", "W": "printbaar Word/rtf-formulier", "E": "pdf-formulier dat per e-mail wordt teruggestuurd",
                "Q": "pdf-formulier via een downloadpagina", "F": "online formulier zonder inloggen", "D": "online formulier achter DigiD",
                "H": "online formulier achter DigiD/eHerkenning", "V": "route bij een andere organisatie", "N": "niet aangeboden (expliciete tekst)"}[code]
        if code == "V":
            desc += " (%s)" % r["via"]
        if r.get("prefill"):
            desc += "; voorinvullen expliciet vermeld"
        tr = [t for t in traps]
        note = desc + ("; traps: " + ", ".join(tr) if tr else "")
        if code == "N":
            self.label(o, pk, "not_offered", None, url, "", "", ded, note)
        else:
            self.label(o, pk, "ok", r["level"], url, r["url"] if r["level"] else "", r["via"], ded, note, r.get("prefill"))

    def label(self, o, pk, status, level, purl, rurl, via, sig, note, prefill=False):
        if level == 100:
            strict = 100 if prefill else 67
        else:
            strict = level
        self.labels.append({"org_code": o.code, "product_key": pk, "level": "" if level is None else str(level), "status": status,
                            "product_url": purl, "route_url": rurl, "level_strict": "" if strict is None else str(strict),
                            "via": via, "signals": ";".join(sig), "notes": note})

    # ------------------------------------------------------------------ site furniture
    def site_pages(self, o, az, routes):
        w = self.web
        self.ensure_imgs(o.host)
        az_sorted = sorted(az)
        lis = "".join('<li><a href="%s">%s</a></li>' % (u, E(t)) for t, u in az_sorted)
        w.put(o.u("producten-a-z"), self.layout(o, "Producten en diensten A-Z", "<h1>Producten en diensten A-Z</h1><ul class=\"az\">%s</ul>" % lis))
        top = [x for x in az_sorted if any(k in x[1] for k in ("verhuiz", "paspoort", "afval", "grofvuil", "melding", "uittreksel", "Verhuiz", "Paspoort", "pid="))][:6]
        tops = "".join('<li><a href="%s">%s</a></li>' % (u, E(t)) for t, u in top)
        extra = ""
        if o.code == "GM0766":
            extra = '<p>Alle producten vindt u in het <a href="http://loket.dongen.test/">digitale loket van Dongen</a>.</p>'
        w.put(o.root, self.layout(o, "Home", '<h1>Welkom bij %s</h1><h2>Veelgezocht</h2><ul>%s</ul><p><a href="%s">Alle producten en diensten</a></p>%s' % (E(o.name), tops, o.u("producten-a-z"), extra)))
        # news
        n1 = o.u("nieuws/gemeentehuis-gesloten-op-koningsdag")
        n2 = o.u("nieuws/nieuwe-afvalkalender")
        w.put(o.u("nieuws/"), self.layout(o, "Nieuws", '<h1>Nieuws</h1><ul><li><a href="%s">Gemeentehuis gesloten op Koningsdag</a></li><li><a href="%s">Nieuwe afvalkalender</a></li></ul>' % (n1, n2)))
        w.put(n1, self.layout(o, "Gemeentehuis gesloten op Koningsdag", "<h1>Gemeentehuis gesloten op Koningsdag</h1><p>Op 27 april is het gemeentehuis gesloten. Veel zaken kunt u ook online regelen.</p>"))
        w.put(n2, self.layout(o, "Nieuwe afvalkalender", "<h1>Nieuwe afvalkalender</h1><p>De afvalkalender voor volgend jaar staat online. Grofvuil laten ophalen kan nog steeds.</p>"))
        # contact and generic forms
        w.put(o.u("contact"), self.layout(o, "Contact", '<h1>Contact</h1><p>Bel %s of stel uw vraag via het contactformulier.</p><form method="post" action="%s"><h2>Contactformulier</h2><label>Naam<input name="naam"></label><label>E-mail<input type="email" name="email"></label><label>Uw vraag<textarea name="vraag"></textarea></label><button type="submit">Versturen</button></form>' % (E(o.phone), o.u("contact"))))
        w.put(o.u("chat"), self.layout(o, "Chat", '<h1>Chat met de gemeente</h1><form method="post" action="%s"><label>Uw bericht<input name="bericht"></label><button type="submit">Start chat</button></form>' % o.u("chat")))
        w.put(o.u("nieuwsbrief"), self.layout(o, "Nieuwsbrief", '<h1>Nieuwsbrief</h1><p>Bedankt voor uw aanmelding.</p>'))
        w.put(o.u("feedback"), self.layout(o, "Bedankt", '<h1>Bedankt voor uw reactie</h1>'))
        w.put(o.u("zoeken"), self.layout(o, "Zoeken", '<h1>Zoeken</h1><form action="%s" method="get"><input name="q"><button type="submit">Zoek</button></form>' % o.u("zoeken")))
        w.put(o.u("leges-betalen"), self.layout(o, "Leges betalen", '<h1>Factuur of leges betalen</h1><p>Betaal een factuur die u van de gemeente heeft ontvangen.</p><form method="post" action="%s"><label>Factuurnummer<input name="factuur"></label><label>Bedrag<input name="bedrag"></label><label>Bank (iDEAL)<select name="bank"><option>ABN AMRO</option><option>ING</option><option>Rabobank</option></select></label><button type="submit">Betalen met iDEAL</button></form>' % o.u("leges-betalen")))
        w.put(o.u("terugbelverzoek"), self.layout(o, "Terugbelverzoek", '<h1>Terugbelverzoek</h1><form method="post" action="%s"><label>Naam<input name="naam"></label><label>Telefoonnummer<input name="tel"></label><label>Onderwerp<input name="onderwerp"></label><button type="submit">Bel mij terug</button></form>' % o.u("terugbelverzoek")))
        w.put(o.u("formulier-bestellen"), self.layout(o, "Papieren formulier bestellen", '<h1>Papieren formulier bestellen</h1><p>Wij sturen u het gevraagde formulier per post toe. Dit is geen aanvraag.</p><form method="post" action="%s"><label>Welk formulier?<select name="formulier"><option>Melding voorgenomen huwelijk</option><option>Aanvraag gehandicaptenparkeerkaart</option><option>Overig</option></select></label><label>Naam<input name="naam"></label><label>Adres<input name="adres"></label><button type="submit">Bestellen</button></form>' % o.u("formulier-bestellen")))
        # portal gate
        mh = o.mijn.split("/")[2]
        self.ensure_imgs(mh)
        s = self.start(mh, "mijn", "digid")
        w.put(o.mijn, self.layout(o, "Mijn " + o.short, '<h1>Mijn %s</h1><p>Bekijk uw lopende zaken, aanvragen en berichten.</p><p><a class="digid-button" href="%s"><img src="%s" alt=""> Inloggen met DigiD</a></p>' % (E(o.short), s, o.u("img/digid.svg"))))
        # appointment system
        ah = o.appt.split("/")[2]
        sa = self.start(ah, "afspraken", "digid")
        w.put(o.appt, '<!DOCTYPE html>\n<html lang="nl"><head><meta charset="utf-8"><title>Afspraak maken - %s</title></head><body><h1>Afspraak maken</h1><p><a href="%safspraak-maken">Nieuwe afspraak maken</a> | <a href="%smijn-afspraken">Mijn afspraken</a></p><p><a href="%s">Terug naar de website</a></p></body></html>\n' % (E(o.name), o.appt, o.appt, o.root))
        w.put(o.appt + "afspraak-maken", '<!DOCTYPE html>\n<html lang="nl"><head><meta charset="utf-8"><title>Afspraak maken - %s</title></head><body><h1>Afspraak maken</h1><form method="post" action="%safspraak-maken"><label>Product<select name="product"><option>Paspoort</option><option>Identiteitskaart</option><option>Rijbewijs</option><option>Geboorteaangifte</option><option>Huwelijk</option></select></label><label>Datum<input type="date" name="datum"></label><label>Tijd<select name="tijd"><option>09:00</option><option>09:15</option></select></label><label>Naam<input name="naam"></label><label>E-mail<input type="email" name="email"></label><button type="submit">Afspraak bevestigen</button></form></body></html>\n' % (E(o.name), o.appt))
        w.put(o.appt + "mijn-afspraken", '<!DOCTYPE html>\n<html lang="nl"><head><meta charset="utf-8"><title>Mijn afspraken</title></head><body><h1>Mijn afspraken</h1><p>Log in met DigiD om uw afspraken te bekijken, te wijzigen of af te zeggen.</p><p><a href="%s">Inloggen met DigiD</a></p></body></html>\n' % sa)
        # download page
        if o.code in self.downloads:
            dl = ("http://loket.dongen.test/" if o.code == "GM0766" else o.root) + "formulieren-downloaden"
            reg = self.doc(o, "Algemene Plaatselijke Verordening (APV) %s" % o.short, "pdf")
            items = "".join('<li><a href="%s">%s (pdf, %d kB)</a></li>' % (u, E(t), sz) for t, u, sz in sorted(self.downloads[o.code]))
            w.put(dl, self.layout(o, "Formulieren downloaden", '<h1>Formulieren downloaden</h1><p>Een pdf-bestand kunt u openen in verschillende PDF-lezers.</p><ul>%s</ul><h2>Regelgeving</h2><p><a href="%s">APV (pdf)</a></p>' % (items, reg)))
        if o.code == "GM0376":
            seen = []
            lis = ""
            for t, u, login in self.eloket_items.get(o.code, []):
                if u in seen:
                    continue
                seen.append(u)
                lis += '<li><a href="%s">%s</a>%s</li>' % (u, E(t), ' <img src="%s" alt="DigiD" width="20">' % o.u("img/digid.svg") if login else "")
            w.put(o.u("digitaal-loket/"), self.layout(o, "Digitaal Loket", '<h1>Digitaal Loket</h1><p>Hier vindt u alle formulieren die u online kunt invullen. Bij formulieren met het DigiD-logo logt u eerst in.</p><ul>%s</ul>' % lis))
            w.put(o.u("assets/cta.js"), ('document.addEventListener("DOMContentLoaded", function () {\n'
                                         '  document.querySelectorAll(".js-cta").forEach(function (el) {\n'
                                         '    var a = document.createElement("a");\n    a.className = "button";\n'
                                         '    a.href = el.getAttribute("data-href");\n    a.textContent = el.getAttribute("data-label");\n    el.appendChild(a);\n  });\n});\n'))
        if o.code == "GM1884":
            seen = []
            lis = ""
            for t, u, login in self.getform_items.get(o.code, []):
                if u in seen:
                    continue
                seen.append(u)
                lis += '<li><a href="%s">%s</a>%s</li>' % (u, E(t), " (DigiD)" if login else "")
            w.put(o.u("formulieren"), self.layout(o, "Formulieren", '<h1>Formulieren</h1><ul>%s</ul>' % lis))
        if o.code == "GM0766":
            lis = "".join('<li><a href="%s">%s</a></li>' % (u, E(t)) for t, u in az_sorted)
            w.put("http://loket.dongen.test/", self.layout(o, "Digitaal loket Dongen", "<h1>Producten en diensten</h1><ul>%s</ul>" % lis))
        if o.code == "GM1723":
            h = "formulieren.alphen-chaam.test"
            w.put("http://%s/static/sdk/open-forms-sdk.css" % h, ".openforms-theme{font-family:sans-serif}\n")
            w.put("http://%s/static/sdk/open-forms-sdk.js" % h, OF_SDK)
            w.put("http://%s/api/v2/" % h, json.dumps({"api": "open-forms", "version": "2"}) + "\n", sitemap=False)


OF_SDK = r'''(function () {
  var root = document.getElementById("openforms-container");
  var def = JSON.parse(document.getElementById("of-form-def").textContent);
  var h = document.createElement("h1"); h.textContent = def.name; root.appendChild(h);
  if (def.loginRequired) {
    var p = document.createElement("p");
    p.textContent = def.prefill ? "Log in. Uw gegevens worden automatisch ingevuld." : "Log in om het formulier te starten.";
    root.appendChild(p);
    def.loginOptions.forEach(function (o) {
      var a = document.createElement("a"); a.className = "utrecht-button-link"; a.href = o.url; a.textContent = o.label;
      root.appendChild(a);
    });
    return;
  }
  var f = document.createElement("form"); f.method = "post"; f.action = def.submitUrl;
  def.fields.forEach(function (n) {
    var l = document.createElement("label"); l.textContent = n + " *"; var i = document.createElement(n === "toelichting" ? "textarea" : "input");
    i.name = n; l.appendChild(i); f.appendChild(l);
  });
  var b = document.createElement("button"); b.type = "submit"; b.textContent = "Versturen"; f.appendChild(b);
  root.appendChild(f);
})();
'''


def main():
    outdir = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "web")
    products = load_products()
    missing = [k for k, _ in products if k not in PLAN]
    if missing:
        raise SystemExit("no plan for " + ", ".join(missing))
    b = Builder(products)
    b.build_bodies()
    orgs = [Org(c, ORGS[c], i) for i, c in enumerate(ORG_ORDER)]
    for o in orgs:
        b.build_org(o)
    w = b.web
    # robots, sitemaps and search indexes for municipal hosts
    searches, not_found, host_redirects = [], [], []
    search_files = {}
    for o in orgs:
        hosts = [o.host] + (["loket.dongen.test"] if o.code == "GM0766" else [])
        for h in hosts:
            pages = sorted(w.pages_by_host.get(h, []))
            sm = '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n' + "".join("  <url><loc>%s</loc></url>\n" % E(u) for u in pages) + "</urlset>\n"
            w.put("http://%s/sitemap.xml" % h, sm, sitemap=False)
            w.put("http://%s/robots.txt" % h, "User-agent: *\nDisallow: /auth/\nSitemap: http://%s/sitemap.xml\n" % h, sitemap=False)
        if "search_box" in o.site_traps:
            idx = []
            for lab in b.labels:
                if lab["org_code"] == o.code and lab["product_url"]:
                    idx.append({"url": lab["product_url"], "title": INFO[lab["product_key"]][2][0], "text": INFO[lab["product_key"]][3]})
            seen, ded = [], []
            for it in idx:
                if it["url"] not in seen:
                    seen.append(it["url"])
                    ded.append(it)
            search_files["search/%s.json" % o.host] = json.dumps(ded, ensure_ascii=False, indent=1) + "\n"
            search_files["search/%s.html" % o.host] = b.layout(o, "Zoekresultaten", '<h1>Zoekresultaten voor "<!--QUERY-->"</h1><ul class="results"><!--RESULTS--></ul>')
            searches.append({"host": o.host, "path": "/zoeken", "param": "q", "index": "search/%s.json" % o.host, "template": "search/%s.html" % o.host})
        soft = o.code in ("GM1669", "GM0845")
        nf = "errors/%s.html" % o.host
        search_files[nf] = b.layout(o, "Pagina niet gevonden", "<h1>Pagina niet gevonden</h1><p>De pagina die u zoekt bestaat niet (meer). Probeer de zoekfunctie of ga naar de <a href=\"%s\">homepage</a>.</p>" % o.root)
        not_found.append({"host": o.host, "file": nf, "status": 200 if soft else 404})
        host_redirects.append({"host": "%s.test" % o.base, "status": 301, "to": o.host})
    if os.path.isdir(outdir):
        shutil.rmtree(outdir)
    os.makedirs(outdir)
    w.write(outdir)
    for rel, txt in sorted(search_files.items()):
        p = os.path.join(outdir, rel)
        os.makedirs(os.path.dirname(p), exist_ok=True)
        with open(p, "w", encoding="utf-8") as f:
            f.write(txt)
    with open(os.path.join(outdir, "organisations.csv"), "w", newline="", encoding="utf-8") as f:
        cw = csv.writer(f, lineterminator="\n")
        cw.writerow(["code", "name", "org_type", "website", "inhabitants"])
        for o in orgs:
            cw.writerow([o.code, o.name, "gemeente", o.root, o.inh])
    with open(os.path.join(outdir, "labels.csv"), "w", newline="", encoding="utf-8") as f:
        cols = ["org_code", "product_key", "level", "status", "product_url", "route_url", "level_strict", "via", "signals", "notes"]
        cw = csv.DictWriter(f, fieldnames=cols, lineterminator="\n")
        cw.writeheader()
        for row in b.labels:
            cw.writerow(row)
    beh = {"redirects": sorted(w.redirects, key=lambda r: r["url"]), "host_redirects": host_redirects,
           "not_found_pages": not_found, "searches": searches}
    with open(os.path.join(outdir, "testweb.json"), "w", encoding="utf-8") as f:
        json.dump({"behaviours": beh}, f, indent=1, ensure_ascii=False)
        f.write("\n")
    print("wrote %s: %d files, %d labels" % (outdir, len(w.files), len(b.labels)))


if __name__ == "__main__":
    main()
