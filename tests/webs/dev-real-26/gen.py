#!/usr/bin/env python3
"""Generate a labelled simulated web of ten Dutch municipalities (web-dev26).

Usage: python3 gen.py [OUTDIR]   (default: web/ beside this script)

Standard library only, deterministic (the only randomness is random.Random seeded
with fixed strings). Emphasis: shared regional services (tax offices, social
services, omgevingsdiensten, waste companies, parking portals) carrying logins and
forms for many products, and e-loket / forms overview pages between product page and
form. Product pages carry traps; every planted trap is listed as a trap_<what>
signal on that product's label row.
"""
import csv
import hashlib
import html
import io
import json
import os
import random
import re
import shutil
import sys
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))

# --------------------------------------------------------------------------- products

def load_products():
    rows = []
    with open(os.path.join(HERE, "..", "..", "..", "config", "products.csv"), newline="", encoding="utf-8") as f:
        for r in csv.DictReader(f):
            if "G" in r["org_types"]:
                rows.append((r["product_key"], r["name_nl"]))
    return rows

# section, title variants, description, business product?
PINFO = {
    "brp-uittreksel": ("burgerzaken", ["Uittreksel BRP", "Uittreksel Basisregistratie Personen (BRP) aanvragen", "Uittreksel uit de BRP", "Bewijs van inschrijving (uittreksel BRP)"],
        "Met een uittreksel uit de Basisregistratie Personen (BRP) laat u zien welke gegevens van u bij de gemeente bekend zijn, zoals uw adres en geboortedatum.", False),
    "verhuismelding": ("burgerzaken", ["Verhuizing doorgeven", "Verhuizen", "Verhuizing", "Verhuizen binnen of naar de gemeente"],
        "Gaat u verhuizen? Geef uw nieuwe adres uiterlijk 5 dagen na de verhuizing door aan de gemeente waar u gaat wonen.", False),
    "geboorteaangifte": ("burgerzaken", ["Geboorte aangeven", "Geboorteaangifte", "Aangifte geboorte", "Geboorte"],
        "Is uw kind geboren? Dan doet u binnen 3 dagen aangifte van de geboorte bij de gemeente waar uw kind is geboren.", False),
    "overlijdensaangifte": ("burgerzaken", ["Aangifte overlijden", "Overlijden aangeven", "Overlijden", "Aangifte van overlijden"],
        "Bij een overlijden moet aangifte worden gedaan bij de gemeente waar het overlijden plaatsvond. Meestal regelt de uitvaartverzorger dit.", False),
    "huwelijksaangifte": ("burgerzaken", ["Melding voorgenomen huwelijk of partnerschap", "Trouwen of partnerschap registreren", "Voornemen huwelijk of geregistreerd partnerschap melden", "Huwelijk en geregistreerd partnerschap"],
        "Wilt u trouwen of een geregistreerd partnerschap aangaan? Meld dit minimaal 2 weken en maximaal 1 jaar voor de datum bij de gemeente.", False),
    "paspoort": ("burgerzaken", ["Paspoort aanvragen", "Paspoort", "Paspoort aanvragen of verlengen"],
        "Een paspoort vraagt u persoonlijk aan bij de gemeente waar u staat ingeschreven. Er worden een foto en vingerafdrukken afgenomen.", False),
    "identiteitskaart": ("burgerzaken", ["Identiteitskaart aanvragen", "ID-kaart", "Identiteitskaart", "Identiteitskaart aanvragen, verlengen en ophalen"],
        "Een Nederlandse identiteitskaart vraagt u persoonlijk aan bij de gemeente. U kunt hem ophalen na ongeveer 5 werkdagen.", False),
    "parkeervergunning": ("parkeren", ["Parkeervergunning", "Parkeervergunning bewoners", "Bewonersvergunning", "Parkeren"],
        "Met een parkeervergunning parkeert u in het vergunninggebied bij uw woning.", False),
    "gehandicaptenparkeerkaart": ("parkeren", ["Gehandicaptenparkeerkaart", "Gehandicaptenparkeerkaart aanvragen", "Gehandicaptenparkeerkaart (GPK)"],
        "Met een gehandicaptenparkeerkaart mag u parkeren op een algemene gehandicaptenparkeerplaats en soms langer in een blauwe zone.", False),
    "gehandicaptenparkeerplaats": ("parkeren", ["Gehandicaptenparkeerplaats", "Gehandicaptenparkeerplaats op kenteken", "Gehandicaptenparkeerplaats aanvragen"],
        "Heeft u een gehandicaptenparkeerkaart en geen eigen parkeerplek? Dan kunt u een parkeerplaats op kenteken aanvragen bij uw woning.", False),
    "hondenbelasting": ("belastingen", ["Hondenbelasting", "Hond aan- of afmelden", "Aan- of afmelden hond"],
        "Heeft u een hond? Dan betaalt u hondenbelasting. U meldt uw hond aan als u er een krijgt en af als u er geen meer heeft.", False),
    "belastingkwijtschelding": ("belastingen", ["Kwijtschelding gemeentelijke belastingen", "Kwijtschelding", "Belastingkwijtschelding"],
        "Heeft u een laag inkomen en weinig vermogen? Dan kunt u kwijtschelding aanvragen voor de afvalstoffenheffing en de rioolheffing.", False),
    "woz-bezwaar": ("belastingen", ["Bezwaar maken tegen de WOZ-waarde", "WOZ-waarde, bezwaar maken", "Bezwaar tegen WOZ-waarde"],
        "Bent u het niet eens met de WOZ-waarde van uw woning? Dan kunt u binnen 6 weken na de datum van de beschikking bezwaar maken.", False),
    "bijstand": ("zorg", ["Bijstandsuitkering aanvragen", "Bijstandsuitkering", "Uitkering", "Bijstand"],
        "Heeft u niet genoeg geld om van te leven en kunt u geen andere uitkering krijgen? Dan kunt u misschien een bijstandsuitkering krijgen.", False),
    "bijzondere-bijstand": ("zorg", ["Bijzondere bijstand", "Bijzondere bijstand aanvragen", "Vergoeding bijzondere kosten (bijzondere bijstand)"],
        "Heeft u bijzondere kosten die u niet zelf kunt betalen, zoals een bewindvoerder of een dure bril? Dan kunt u bijzondere bijstand aanvragen.", False),
    "wmo-voorziening": ("zorg", ["Wmo-voorziening aanvragen", "Hulp bij het huishouden", "Hulp en ondersteuning (Wmo)", "Wet maatschappelijke ondersteuning (Wmo)"],
        "Heeft u hulp nodig om zelfstandig te blijven wonen, zoals hulp bij het huishouden of een woningaanpassing? Dan kunt u ondersteuning aanvragen via de Wmo.", False),
    "leerlingenvervoer": ("zorg", ["Leerlingenvervoer", "Leerlingenvervoer aanvragen", "Vergoeding leerlingenvervoer"],
        "Kan uw kind niet zelfstandig naar school? Dan komt u misschien in aanmerking voor een vergoeding voor leerlingenvervoer.", False),
    "grofvuil": ("afval", ["Grofvuil laten ophalen", "Grofvuil", "Grof huishoudelijk afval"],
        "Grote spullen die niet in de container passen, zoals meubels en matrassen, kunt u laten ophalen of zelf naar de milieustraat brengen.", False),
    "afvalcontainer": ("afval", ["Afvalcontainer aanvragen of wijzigen", "Minicontainers", "Container aanvragen, wisselen of inleveren"],
        "Heeft u een nieuwe, extra of kapotte minicontainer nodig? Of wilt u een container inleveren of omwisselen?", False),
    "melding-openbare-ruimte": ("afval", ["Melding openbare ruimte", "Melding openbare ruimte doen", "Meldpunt openbare ruimte", "Openbare ruimte: melding doen"],
        "Ziet u een kapotte lantaarnpaal, een losliggende stoeptegel of zwerfafval? Meld het aan de gemeente.", False),
    "omgevingsvergunning": ("bouwen", ["Omgevingsvergunning", "Omgevingsvergunning aanvragen", "Vergunning voor bouwen en verbouwen"],
        "Wilt u bouwen, verbouwen of slopen? Voor veel activiteiten heeft u een omgevingsvergunning nodig.", False),
    "kapvergunning": ("bouwen", ["Kapvergunning", "Bomen kappen", "Boom kappen", "Omgevingsvergunning voor het kappen van een boom"],
        "Wilt u een boom kappen? Voor bomen met een stamomtrek van meer dan 80 centimeter heeft u meestal een vergunning nodig.", False),
    "bouwdossier-inzage": ("bouwen", ["Bouwdossier inzien", "Bouwtekeningen opvragen", "Bouwdossier of bouwtekening opvragen"],
        "Wilt u de bouwtekening of het bouwdossier van een pand inzien? Vraag het dossier op bij het bouwarchief.", False),
    "bezwaar": ("bestuur", ["Bezwaar maken", "Bezwaar maken tegen een besluit", "Bezwaar"],
        "Bent u het niet eens met een besluit van de gemeente? Dan kunt u binnen 6 weken bezwaar maken.", False),
    "klacht": ("bestuur", ["Klacht indienen", "Klacht over de gemeente", "Klacht over de gemeentelijke organisatie"],
        "Bent u ontevreden over hoe een medewerker of bestuurder van de gemeente u heeft behandeld? Dan kunt u een klacht indienen.", False),
    "woo-verzoek": ("bestuur", ["Woo-verzoek indienen", "Informatieverzoek Wet open overheid", "Woo-verzoek", "Informatieverzoek (Woo, voorheen Wob)"],
        "Wilt u informatie van de gemeente die nog niet openbaar is? Dan kunt u een verzoek doen op grond van de Wet open overheid (Woo).", False),
    "subsidie": ("bestuur", ["Subsidie aanvragen", "Subsidies", "Incidentele subsidie aanvragen", "Subsidie voor activiteiten"],
        "Organiseert u een activiteit voor inwoners? Misschien kunt u een subsidie krijgen van de gemeente.", True),
    "evenementenvergunning": ("ondernemen", ["Evenementenvergunning", "Evenementenvergunning aanvragen", "Evenement organiseren"],
        "Organiseert u een evenement, zoals een braderie, een festival of een sportwedstrijd? Dan heeft u meestal een evenementenvergunning nodig.", True),
    "exploitatievergunning-horeca": ("ondernemen", ["Exploitatievergunning horeca", "Horeca, exploitatievergunning", "Exploitatievergunning horecabedrijf"],
        "Wilt u een horecabedrijf beginnen of overnemen? Dan heeft u een exploitatievergunning nodig.", True),
    "alcoholvergunning": ("ondernemen", ["Alcoholvergunning", "Alcohol schenken en verkopen", "Alcoholvergunning (voorheen Drank- en Horecavergunning)"],
        "Wilt u alcoholhoudende dranken schenken of verkopen? Dan heeft u een alcoholvergunning nodig op grond van de Alcoholwet.", True),
    "terrasvergunning": ("ondernemen", ["Terrasvergunning", "Horecaterras", "Terras plaatsen"],
        "Wilt u als horecaondernemer een terras plaatsen op de openbare weg? Vraag dan een terrasvergunning aan.", True),
    "standplaatsvergunning": ("ondernemen", ["Standplaatsvergunning", "Standplaats, aanvraag", "Standplaats aanvragen"],
        "Wilt u vanuit een kraam of wagen iets verkopen op een vaste plek buiten de markt? Dan heeft u een standplaatsvergunning nodig.", True),
    "marktvergunning": ("ondernemen", ["Marktvergunning", "Marktplaats aanvragen", "Weekmarkt: standplaats op de markt"],
        "Wilt u op de weekmarkt staan? Vraag dan een vaste of dagplaats aan.", True),
    "reclamebelasting": ("belastingen", ["Reclamebelasting", "Reclame plaatsen", "Reclame-uitingen"],
        "Reclame-uitingen die vanaf de openbare weg zichtbaar zijn, vallen in sommige gemeenten onder de reclamebelasting.", True),
    "geluidsontheffing": ("ondernemen", ["Geluidsontheffing", "Ontheffing geluid", "Geluidhinder, ontheffing"],
        "Veroorzaakt u tijdelijk meer geluid dan is toegestaan, bijvoorbeeld bij een feest of werkzaamheden? Dan heeft u een ontheffing nodig.", True),
    "winkeltijdenontheffing": ("ondernemen", ["Ontheffing winkeltijden", "Winkeltijden ontheffing", "Koopzondagen en winkeltijden, ontheffing"],
        "Wilt u uw winkel openen buiten de tijden die in de Winkeltijdenverordening staan? Dan heeft u een ontheffing nodig.", True),
    "kansspelautomaatvergunning": ("ondernemen", ["Aanwezigheidsvergunning kansspelautomaten", "Speelautomaten exploiteren", "Kansspelautomaten"],
        "Wilt u in uw horecabedrijf een kansspelautomaat plaatsen? Dan heeft u een aanwezigheidsvergunning nodig.", True),
    "collectevergunning": ("ondernemen", ["Collectevergunning", "Collecteren", "Geld of spullen inzamelen voor een goed doel"],
        "Wilt u geld of goederen inzamelen voor een goed doel? Dan heeft u mogelijk een collectevergunning nodig.", True),
    "ligplaatsvergunning": ("bouwen", ["Ligplaatsvergunning", "Ligplaats (woon)boot, toestemming", "Ligplaatsvergunning voor een vaartuig"],
        "Wilt u een woonboot of ander vaartuig laten liggen in openbaar water? Dan heeft u een ligplaatsvergunning nodig.", False),
    "uitwegvergunning": ("bouwen", ["Uitwegvergunning", "Inrit of uitrit aanleggen", "Uitrit of inrit aanleggen"],
        "Wilt u een nieuwe inrit of uitrit aanleggen of een bestaande veranderen? Daarvoor heeft u toestemming nodig.", False),
    "belastingaanslag-bezwaar": ("belastingen", ["Bezwaar tegen aanslag gemeentelijke belastingen", "Belastingen, bezwaar maken", "Bezwaar maken tegen de aanslag"],
        "Bent u het niet eens met uw aanslag gemeentelijke belastingen? Dan kunt u binnen 6 weken bezwaar maken.", False),
    "betalingsregeling": ("belastingen", ["Betalingsregeling", "Betalingsregeling gemeentelijke belastingen", "Belastingen, betalingsregeling"],
        "Kunt u uw aanslag niet in één keer betalen? Dan kunt u een betalingsregeling aanvragen.", False),
}

SHORTFORM = {  # short noun used in form titles
    "brp-uittreksel": "Uittreksel BRP", "verhuismelding": "Verhuizing doorgeven", "geboorteaangifte": "Geboorteaangifte",
    "overlijdensaangifte": "Aangifte overlijden", "huwelijksaangifte": "Melding voorgenomen huwelijk",
    "paspoort": "Paspoort", "identiteitskaart": "Identiteitskaart", "parkeervergunning": "Parkeervergunning",
    "gehandicaptenparkeerkaart": "Gehandicaptenparkeerkaart", "gehandicaptenparkeerplaats": "Gehandicaptenparkeerplaats",
    "hondenbelasting": "Hond aan- of afmelden", "belastingkwijtschelding": "Kwijtschelding", "woz-bezwaar": "Bezwaar WOZ-beschikking",
    "bijstand": "Bijstandsuitkering", "bijzondere-bijstand": "Bijzondere bijstand", "wmo-voorziening": "Melding Wmo-ondersteuning",
    "leerlingenvervoer": "Leerlingenvervoer", "grofvuil": "Grofvuil ophalen", "afvalcontainer": "Container aanvragen of wijzigen",
    "melding-openbare-ruimte": "Melding openbare ruimte", "omgevingsvergunning": "Omgevingsvergunning", "kapvergunning": "Kapvergunning",
    "bouwdossier-inzage": "Bouwdossier opvragen", "bezwaar": "Bezwaarschrift", "klacht": "Klachtformulier", "woo-verzoek": "Woo-verzoek",
    "subsidie": "Subsidieaanvraag", "evenementenvergunning": "Evenementenvergunning", "exploitatievergunning-horeca": "Exploitatievergunning horeca",
    "alcoholvergunning": "Alcoholvergunning", "terrasvergunning": "Terrasvergunning", "standplaatsvergunning": "Standplaatsvergunning",
    "marktvergunning": "Marktvergunning", "reclamebelasting": "Reclamebelasting", "geluidsontheffing": "Ontheffing geluid",
    "winkeltijdenontheffing": "Ontheffing winkeltijden", "kansspelautomaatvergunning": "Aanwezigheidsvergunning kansspelautomaten",
    "collectevergunning": "Collectevergunning", "ligplaatsvergunning": "Ligplaatsvergunning", "uitwegvergunning": "Uitwegvergunning",
    "belastingaanslag-bezwaar": "Bezwaar aanslag gemeentelijke belastingen", "betalingsregeling": "Betalingsregeling",
}

def slugify(s):
    s = s.lower().replace("(", "").replace(")", "").replace(",", "").replace("/", " ").replace(":", "")
    s = s.replace("é", "e").replace("ë", "e").replace("'", "").replace(".", "")
    s = re.sub(r"[^a-z0-9]+", "-", s).strip("-")
    return s

def esc(s):
    return html.escape(s, quote=True)

# --------------------------------------------------------------------------- the plan
# Codes: C counter/phone only (0) | A appointment online (0) | P own PDF form (33) | W own DOCX form (33)
#        F own online form, no login (67) | D own form behind DigiD (100) | Dp same, page states pre-fill (strict 100)
#        E eHerkenning (+DigiD) form (100) | T own tax portal (another host, same organisation) behind DigiD (100)
#        L:F / L:D  product page only links to the e-loket overview, which lists the form (67 / 100)
#        V:<body>  the route is another body's (level from that body) | N not offered | X no product page
SITES_ORDER = ["GB", "SB", "TZ", "HL", "BO", "WA", "TE", "ZO", "AS", "DB"]
PLAN_TEXT = """
brp-uittreksel              D        L:D      D        D       D       D        Dp       P        D       Dp
verhuismelding              D        L:D      D        D       D       D        D        L:D      D       D
geboorteaangifte            A        A        F        C       A       D        A        C        A       D
overlijdensaangifte         E        C        C        C       C       C        E        C        C       E
huwelijksaangifte           D        L:D      D        A       D       D        D        P        A       D
paspoort                    A        A        A        C       A       A        A        C        A       A
identiteitskaart            A        A        A        C       A       A        A        C        A       A
parkeervergunning           P        N        V:tzpark N       N       X        P        N        N       P
gehandicaptenparkeerkaart   D        L:F      D        P       P       F        D        P        W       D
gehandicaptenparkeerplaats  P        L:F      F        P       P       F        P        P        P       F
hondenbelasting             V:bsob   N        V:sabewa N       N       N        V:cocensus N      T       N
belastingkwijtschelding     V:bsob   V:ddv    V:sabewa P       V:bsob  F        V:isd    V:sp71   P       V:bghu
woz-bezwaar                 V:bsob   V:ddv    V:sabewa T       V:bsob  T        V:cocensus V:sp71 T       V:bghu
bijstand                    V:senzer V:ddv    V:wpzvl  V:a2    D       D        V:isd    V:wil    V:senzer D
bijzondere-bijstand         D        V:ddv    V:wpzvl  V:a2    P       P        V:isd    V:wil    P       D
wmo-voorziening             F        C        F        C       F       C        F        C        F       D
leerlingenvervoer           D        L:D      D        P       P       D        D        P        F       D
grofvuil                    V:blink  V:cure   V:zrd    V:cure  F       V:cure   V:meerlanden F    V:blink F
afvalcontainer              V:blink  V:cure   V:zrd    V:cure  F       V:cure   V:meerlanden P    V:blink D
melding-openbare-ruimte     F        F        F        F       C       F        F        F        F       F
omgevingsvergunning         V:olo    V:olo    V:olo    V:olo   V:olo   V:olo    V:olo    V:olo    V:olo   V:olo
kapvergunning               V:olo    V:olo    P        V:olo   V:olo   F        V:olo    P        V:olo   D
bouwdossier-inzage          F        L:F      F        F       C       L:F      F        C        F       F
bezwaar                     D        L:D      D        P       P       L:D      D        P        F       D
klacht                      F        L:F      D        F       F       F        F        L:F      F       F
woo-verzoek                 F        L:F      F        C       F       L:F      F        C        F       F
subsidie                    E        L:D      E        P       P       E        E        P        P       E
evenementenvergunning       D        L:D      E        P       P       E        E        P        P       E
exploitatievergunning-horeca P       P        E        P       P       P        P        P        P       E
alcoholvergunning           E        L:D      E        P       P       E        E        P        P       E
terrasvergunning            P        X        F        P       X       P        F        X        P       F
standplaatsvergunning       P        P        F        P       P       F        P        P        P       F
marktvergunning             P        C        F        C       P       X        C        X        C       P
reclamebelasting            N        N        C        N       N       N        N        N        N       C
geluidsontheffing           P        L:F      F        P       P       F        V:odwh   P        P       F
winkeltijdenontheffing      N        X        P        N       X       N        P        X        N       P
kansspelautomaatvergunning  P        X        E        P       X       P        P        X        P       E
collectevergunning          F        C        F        P       C       P        F        W        N       F
ligplaatsvergunning         X        N        P        X       X       N        P        L:F      N       N
uitwegvergunning            V:olo    L:F      F        P       V:olo   F        D        P        V:olo   D
belastingaanslag-bezwaar    V:bsob   V:ddv    V:sabewa T       V:bsob  T        V:cocensus V:sp71 T       V:bghu
betalingsregeling           V:bsob   V:ddv    V:sabewa F       V:bsob  F        V:cocensus V:sp71 P       V:bghu
"""

def parse_plan():
    plan = {s: {} for s in SITES_ORDER}
    for line in PLAN_TEXT.strip().splitlines():
        parts = line.split()
        key, codes = parts[0], parts[1:]
        assert len(codes) == 10, line
        for s, c in zip(SITES_ORDER, codes):
            plan[s][key] = c
    return plan

# Pages shared by two products (site, [products]) -> one product page serves both.
SHARED_PAGES = {
    "TZ": [["paspoort", "identiteitskaart"]],
    "ZO": [["paspoort", "identiteitskaart"]],
    "AS": [["paspoort", "identiteitskaart"], ["exploitatievergunning-horeca", "alcoholvergunning"]],
    "GB": [["exploitatievergunning-horeca", "alcoholvergunning"], ["standplaatsvergunning", "marktvergunning"]],
    "HL": [["exploitatievergunning-horeca", "alcoholvergunning"]],
    "TE": [["exploitatievergunning-horeca", "alcoholvergunning"]],
    "BO": [["gehandicaptenparkeerkaart", "gehandicaptenparkeerplaats"], ["standplaatsvergunning", "marktvergunning"]],
    "SB": [["hondenbelasting", "reclamebelasting"]],
    "DB": [["woz-bezwaar", "belastingaanslag-bezwaar"]],
}

# --------------------------------------------------------------------------- sites

SITES = {
    "GB": dict(code="GM1652", name="Gemeente Gemert-Bakel", short="Gemert-Bakel", host="www.gemert-bakel.test", inh=31500,
               family="owc", platform="gravity", formhost="mijn.gemert-bakel.test", tax="bsob", social="senzer",
               od="odzob", waste="blink", appt="gemert-bakel.afspraakmaken.test", header_login=True, footer_digid=True,
               eloket=False, cms="OpenWebConcept (WordPress), /onderwerp/<slug>/, Gravity Forms on mijn.<host> with DigiD, DigiD as an image link"),
    "SB": dict(code="GM0848", name="Gemeente Son en Breugel", short="Son en Breugel", host="www.sonenbreugel.test", inh=17500,
               family="toptaken", platform="openforms_js", formhost="formulieren.sonenbreugel.test", tax="ddv", social="ddv",
               od="odzob", waste="cure", appt="afspraken.sonenbreugel.test", header_login=False, footer_digid=True,
               eloket=True, cms="Toptaken template, root slugs /<slug>, e-loket overview page, Open-Forms-like forms built by script"),
    "TZ": dict(code="GM0715", name="Gemeente Terneuzen", short="Terneuzen", host="www.terneuzen.test", inh=54800,
               family="iprox", platform="triple", formhost="eloket.terneuzen.test", tax="sabewa", social="wpzvl",
               od="rudz", waste="zrd", appt="terneuzen.jccsoftware.test", header_login=True, footer_digid=False,
               eloket=False, park="tzpark", cms="iprox-like /Inwoners/<Sectie>/<Title_Underscores>, accordions, TriplEforms-like .aspx wizards, 'DigiD link ...' anchors"),
    "HL": dict(code="GM1658", name="Gemeente Heeze-Leende", short="Heeze-Leende", host="www.heeze-leende.test", inh=16300,
               family="productid", platform="formdesk", formhost="fd8.formdesk.test", tax="own", taxhost="wozportaal.heeze-leende.test",
               social="a2", od="odzob", waste="cure", appt=None, header_login=False, footer_digid=True,
               eloket=False, cms="/<sectie>_<id>/product/<slug>_<id>.html, Formdesk forms, calls to action as GET-form buttons"),
    "BO": dict(code="GM0755", name="Gemeente Boekel", short="Boekel", host="www.boekel.test", inh=11000,
               family="pdcloket", platform="iform", formhost="zaken.boekel.test", tax="bsob", social="own",
               od="odbn", waste="own", appt="afspraak.boekel.test", header_login=False, footer_digid=False,
               eloket=False, cms="www home plus product catalogue on loket.boekel.test/producten/<slug_underscores>, iForm query-string forms on zaken.boekel.test"),
    "WA": dict(code="GM0866", name="Gemeente Waalre", short="Waalre", host="www.waalre.test", inh=17600,
               family="regelen", platform="iframe", formhost="waalre.formulierenserver.test", tax="own", taxhost="wozportaal.waalre.test",
               social="own", od="odzob", waste="cure", appt="waalre.qmatic.test", header_login=True, footer_digid=True,
               eloket=True, cms="/aanvragen-en-regelen/<slug>, forms embedded as iframes from a form server, DigiD logo images, 'Digitaal loket' overview"),
    "TE": dict(code="GM1525", name="Gemeente Teylingen", short="Teylingen", host="www.teylingen.test", inh=38500,
               family="producten", platform="openforms_js", formhost="formulieren.teylingen.test", tax="cocensus", social="isd",
               od="odwh", waste="meerlanden", appt="afspraken.teylingen.test", header_login=True, footer_digid=False,
               eloket=False, cms="/producten/<slug>, 'Direct regelen' boxes, Open-Forms-like script-built forms and login buttons"),
    "ZO": dict(code="GM0638", name="Gemeente Zoeterwoude", short="Zoeterwoude", host="www.zoeterwoude.test", inh=9300,
               family="hexloket", platform="eform", formhost="eformulieren.zoeterwoude.test", tax="sp71", social="wil",
               od="odwh", waste="own", appt=None, header_login=False, footer_digid=True,
               eloket=True, cms="/Loket/product/<hex id> (titles not in URLs), many PDFs, 'Digitaal loket' forms overview, soft 404"),
    "AS": dict(code="GM0743", name="Gemeente Asten", short="Asten", host="www.asten.test", inh=17200,
               family="aspx", platform="wizard", formhost="www.asten.test", tax="own", taxhost="mijnbelastingen.asten.test",
               social="senzer", od="odzob", waste="blink", appt="asten.afspraakmaken.test", header_login=True, footer_digid=False,
               eloket=False, cms="query-string product pages /inwoner/product.aspx?id=<n>, own multi-step wizards /formulieren/<slug>/"),
    "DB": dict(code="GM0310", name="Gemeente De Bilt", short="De Bilt", host="www.debilt.test", inh=43500,
               family="nlds", platform="openforms_static", formhost="formulieren.debilt.test", tax="bghu", social="own",
               od="odru", waste="own", appt="afspraak.debilt.test", header_login=True, footer_digid=True,
               eloket=False, park="dbpark", cms="NL Design System /onderwerpen/<slug>, Open-Forms-like pages with DigiD and eHerkenning buttons"),
}

# --------------------------------------------------------------------------- shared bodies
# products: key -> mode (D / Dp / F / P). 'link' = where municipal pages send users: product page or forms overview.
BODIES = {
    "bsob": dict(host="www.bsob.test", name="Belastingsamenwerking Oost-Brabant (BSOB)", short="BSOB", kind="tax", link="overview",
                 products={"hondenbelasting": "D", "belastingkwijtschelding": "P", "woz-bezwaar": "D", "belastingaanslag-bezwaar": "D", "betalingsregeling": "F"}),
    "ddv": dict(host="www.dienstdommelvallei.test", name="Dienst Dommelvallei", short="Dienst Dommelvallei", kind="taxsocial", link="product",
                products={"belastingkwijtschelding": "D", "woz-bezwaar": "Dp", "belastingaanslag-bezwaar": "Dp", "betalingsregeling": "D",
                          "bijstand": "D", "bijzondere-bijstand": "D"}),
    "sabewa": dict(host="www.sabewazeeland.test", name="SaBeWa Zeeland", short="SaBeWa", kind="tax", link="product",
                   products={"hondenbelasting": "D", "belastingkwijtschelding": "D", "woz-bezwaar": "D", "belastingaanslag-bezwaar": "D", "betalingsregeling": "F"}),
    "bghu": dict(host="www.bghu.test", name="BghU Belastingsamenwerking", short="BghU", kind="tax", link="product",
                 products={"belastingkwijtschelding": "Dp", "woz-bezwaar": "D", "belastingaanslag-bezwaar": "D", "betalingsregeling": "D"}),
    "cocensus": dict(host="www.cocensus.test", name="Cocensus", short="Cocensus", kind="tax", link="product",
                     products={"hondenbelasting": "F", "woz-bezwaar": "D", "belastingaanslag-bezwaar": "D", "betalingsregeling": "D"}),
    "sp71": dict(host="www.servicepunt71.test", name="Servicepunt71 Belastingen", short="Servicepunt71", kind="tax", link="overview",
                 products={"belastingkwijtschelding": "P", "woz-bezwaar": "D", "belastingaanslag-bezwaar": "D", "betalingsregeling": "P"}),
    "senzer": dict(host="www.senzer.test", name="Senzer", short="Senzer", kind="social", link="product",
                   products={"bijstand": "D"}),
    "wpzvl": dict(host="www.werkpleinzvl.test", name="Werkplein Zeeuws-Vlaanderen", short="Werkplein", kind="social", link="product",
                  products={"bijstand": "D", "bijzondere-bijstand": "P"}),
    "a2": dict(host="www.sociaaldomeina2.test", name="Sociaal Domein A2-gemeenten", short="Sociaal Domein A2", kind="social", link="product",
               products={"bijstand": "F", "bijzondere-bijstand": "D"}),
    "isd": dict(host="www.isdbollenstreek.test", name="ISD Bollenstreek", short="ISD", kind="social", link="overview",
                products={"bijstand": "D", "bijzondere-bijstand": "D", "belastingkwijtschelding": "F"}),
    "wil": dict(host="www.werkeninkomenleidseregio.test", name="Werk en Inkomen Leidse regio", short="Werk en Inkomen", kind="social", link="product",
                products={"bijstand": "D", "bijzondere-bijstand": "Dp"}),
    "blink": dict(host="www.blinkinfo.test", name="Blink afvalbeheer", short="Blink", kind="waste", link="product",
                  products={"grofvuil": "D", "afvalcontainer": "F"}),
    "cure": dict(host="www.cure-afvalbeheer.test", name="Cure Afvalbeheer", short="Cure", kind="waste", link="product",
                 products={"grofvuil": "F", "afvalcontainer": "D"}),
    "zrd": dict(host="www.zrd.test", name="Zeeuwse Reinigingsdienst (ZRD)", short="ZRD", kind="waste", link="product",
                products={"grofvuil": "F", "afvalcontainer": "F"}),
    "meerlanden": dict(host="www.meerlanden.test", name="Meerlanden", short="Meerlanden", kind="waste", link="product",
                       products={"grofvuil": "F", "afvalcontainer": "F"}),
    "odzob": dict(host="www.odzob.test", name="Omgevingsdienst Zuidoost-Brabant", short="ODZOB", kind="od", link="product", products={}),
    "odbn": dict(host="www.odbn.test", name="Omgevingsdienst Brabant Noord", short="ODBN", kind="od", link="product", products={}),
    "rudz": dict(host="www.rud-zeeland.test", name="RUD Zeeland", short="RUD Zeeland", kind="od", link="product", products={}),
    "odwh": dict(host="www.odwh.test", name="Omgevingsdienst West-Holland", short="ODWH", kind="od", link="product",
                 products={"geluidsontheffing": "F"}),
    "odru": dict(host="www.odru.test", name="Omgevingsdienst regio Utrecht", short="ODRU", kind="od", link="product", products={}),
    "tzpark": dict(host="terneuzen.parkeerservice.test", name="Parkeerservice Terneuzen", short="Parkeerservice", kind="parking", link="product",
                   products={"parkeervergunning": "D"}),
    "dbpark": dict(host="debilt.parkeerservice.test", name="Parkeerservice De Bilt", short="Parkeerservice", kind="parking", link="product",
                   products={}),
    "olo": dict(host="omgevingswet.overheid.test", name="Omgevingsloket", short="Omgevingsloket", kind="olo", link="product",
                products={"omgevingsvergunning": "Dp", "kapvergunning": "Dp", "uitwegvergunning": "Dp"}),
}

DIGID = "digid.test"
EHERK = "login.eherkenning.test"
MIJNOVERHEID = "mijn.overheid.test"
DIGID_IDP = "http://digid.test/saml/idp/request_authentication"
EH_IDP = "http://login.eherkenning.test/broker/selecteer-leverancier"

LEVEL = {"C": 0, "A": 0, "P": 33, "W": 33, "F": 67, "D": 100, "Dp": 100, "E": 100, "T": 100, "L:F": 67, "L:D": 100}

# --------------------------------------------------------------------------- documents

def make_pdf(title, lines):
    def pdfstr(s):
        s = s.encode("latin-1", "replace").decode("latin-1")
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    content = ["BT", "/F1 16 Tf", "50 790 Td", "(%s) Tj" % pdfstr(title), "/F1 10 Tf"]
    for ln in lines:
        content += ["0 -18 Td", "(%s) Tj" % pdfstr(ln)]
    content.append("ET")
    stream = "\n".join(content).encode("latin-1", "replace")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Title (" + pdfstr(title).encode("latin-1", "replace") + b") /Producer (web-dev26 gen.py) >>",
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, o in enumerate(objs, 1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % i + o + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1))
    for off in offsets:
        out.write(b"%010d 00000 n \n" % off)
    out.write(b"trailer\n<< /Size %d /Root 1 0 R /Info 6 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref))
    return out.getvalue()

def make_docx(title, lines):
    def para(t):
        return '<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % html.escape(t)
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
           + para(title) + "".join(para(l) for l in lines) + '</w:body></w:document>')
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
          '</Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
            '</Relationships>')
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in (("[Content_Types].xml", ct), ("_rels/.rels", rels), ("word/document.xml", doc)):
            zi = zipfile.ZipInfo(name, date_time=(2024, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
    return buf.getvalue()

FORM_LINES = ["Aanvraagformulier", "1. Gegevens aanvrager: naam, adres, postcode, woonplaats, telefoon",
              "2. Gegevens van de aanvraag", "3. Ondertekening: datum en handtekening",
              "Stuur het ingevulde en ondertekende formulier naar de gemeente of lever het in bij de balie."]
INFO_LINES = ["Dit document bevat regels en tarieven. Het is geen aanvraagformulier."]

DIGID_SVG = ('<svg xmlns="http://www.w3.org/2000/svg" width="46" height="46" viewBox="0 0 46 46">'
             '<rect width="46" height="46" rx="4" fill="#000"/><text x="6" y="28" fill="#fff" font-size="12">DigiD</text></svg>')
EH_SVG = ('<svg xmlns="http://www.w3.org/2000/svg" width="46" height="46" viewBox="0 0 46 46">'
          '<rect width="46" height="46" rx="4" fill="#ea5b0c"/><text x="3" y="28" fill="#fff" font-size="8">eHerkenning</text></svg>')

# --------------------------------------------------------------------------- the web

class Web:
    def __init__(self):
        self.files = {}
        self.redirects = []

    def put(self, host, path, content):
        if isinstance(content, str):
            content = content.encode("utf-8")
        key = (host, path)
        if key in self.files and self.files[key] != content:
            raise ValueError("conflicting content for %s%s" % key)
        self.files[key] = content
        return "http://%s%s" % (host, path)

    def redirect(self, url, location, status=302):
        ent = {"url": url, "status": status, "location": location}
        if ent not in self.redirects:
            self.redirects.append(ent)
        return url

    def write(self, out):
        paths = {}
        for (host, path) in self.files:
            p = path.split("?", 1)[0]
            paths.setdefault(host, set()).add(p)
        for host, ps in sorted(paths.items()):
            for p in sorted(ps):
                if not p.endswith("/") and any(q.startswith(p + "/") for q in ps):
                    raise ValueError("file/folder conflict: %s%s" % (host, p))
        for (host, path), data in sorted(self.files.items()):
            p = path.lstrip("/")
            if p == "" or p.endswith("/"):
                p = p + "index.html"
            elif "?" in p:
                base, q = p.split("?", 1)
                if base == "" or base.endswith("/"):
                    p = base + "index.html?" + q
            full = os.path.join(out, "sites", host, p)
            os.makedirs(os.path.dirname(full), exist_ok=True)
            with open(full, "wb") as f:
                f.write(data)

WEB = Web()

def basic_page(title, body, lang="nl", extra_head="", bodycls=""):
    return ("<!DOCTYPE html>\n<html lang=\"%s\">\n<head>\n<meta charset=\"utf-8\">\n<title>%s</title>\n"
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n%s</head>\n<body class=\"%s\">\n%s\n</body>\n</html>\n"
            % (lang, esc(title), extra_head, bodycls, body))

# ---- identity providers and national portals

def build_national():
    WEB.put(DIGID, "/", basic_page("DigiD | Inloggen bij de overheid",
        "<h1>DigiD</h1><p>Met DigiD logt u in bij de overheid, zorgverzekeraars en pensioenfondsen.</p>"
        "<p><a href=\"/aanvragen\">DigiD aanvragen</a></p>"))
    WEB.put(DIGID, "/aanvragen", basic_page("DigiD aanvragen", "<h1>DigiD aanvragen</h1><p>Vraag uw DigiD aan. U ontvangt een brief met een activeringscode.</p><p><a href=\"/\">Terug</a></p>"))
    WEB.put(DIGID, "/saml/idp/request_authentication", basic_page("Inloggen | DigiD",
        "<h1>Inloggen bij DigiD</h1><p>Kies hoe u wilt inloggen.</p>"
        "<form method=\"post\" action=\"/saml/idp/request_authentication\"><label>DigiD gebruikersnaam <input name=\"username\"></label>"
        "<label>Wachtwoord <input type=\"password\" name=\"password\"></label><button type=\"submit\">Inloggen</button></form>"
        "<p><a href=\"/\">Annuleren</a></p>"))
    WEB.put(EHERK, "/broker/selecteer-leverancier", basic_page("eHerkenning | Selecteer de leverancier van uw inlogmiddel",
        "<h1>Inloggen met eHerkenning</h1><p>Selecteer de leverancier van uw inlogmiddel (betrouwbaarheidsniveau EH3).</p>"
        "<ul><li>Leverancier A</li><li>Leverancier B</li><li>Leverancier C</li></ul>"))
    WEB.put(MIJNOVERHEID, "/", basic_page("MijnOverheid",
        "<h1>MijnOverheid</h1><p>Berichtenbox, lopende zaken en persoonlijke gegevens op één plek.</p>"
        "<p><a class=\"button\" href=\"/auth/digid/start\"><img src=\"/img/digid.svg\" alt=\"DigiD\"> Inloggen met DigiD</a></p>"))
    WEB.put(MIJNOVERHEID, "/img/digid.svg", DIGID_SVG)
    WEB.redirect("http://%s/auth/digid/start" % MIJNOVERHEID, DIGID_IDP)
    # Omgevingsloket
    olo = BODIES["olo"]["host"]
    nav = "<nav><a href=\"/\">Home</a> | <a href=\"/checken/\">Vergunningcheck</a> | <a href=\"/aanvragen\">Aanvragen</a> | <a href=\"/mijn-omgevingsloket\">Mijn Omgevingsloket</a></nav>"
    WEB.put(olo, "/", basic_page("Omgevingsloket | Omgevingswet",
        nav + "<h1>Omgevingsloket</h1><p>Check of u een vergunning nodig heeft, vraag een vergunning aan of doe een melding bij gemeente, provincie of waterschap.</p>"
        "<ul><li><a href=\"/checken/\">Vergunningcheck doen</a></li><li><a href=\"/aanvragen\">Vergunning aanvragen of melding doen</a></li></ul>"))
    WEB.put(olo, "/checken/", basic_page("Vergunningcheck | Omgevingsloket",
        nav + "<h1>Vergunningcheck</h1><p>Check of u een vergunning nodig heeft. U hoeft hiervoor niet in te loggen. Met de check vraagt u nog geen vergunning aan.</p>"
        "<form method=\"get\" action=\"/checken/locatie\"><label>Postcode <input name=\"postcode\"></label><label>Huisnummer <input name=\"huisnummer\"></label>"
        "<button type=\"submit\">Start de check</button></form>"))
    WEB.put(olo, "/checken/locatie", basic_page("Vergunningcheck - locatie | Omgevingsloket",
        nav + "<h1>Vergunningcheck: kies uw werkzaamheden</h1><form method=\"get\" action=\"/checken/resultaat\"><select name=\"activiteit\"><option>Dakkapel plaatsen</option><option>Boom kappen</option><option>Uitweg aanleggen</option></select><button>Volgende</button></form>"))
    WEB.put(olo, "/checken/resultaat", basic_page("Uitkomst vergunningcheck | Omgevingsloket",
        nav + "<h1>Uitkomst</h1><p>U heeft waarschijnlijk een vergunning nodig. <a href=\"/aanvragen\">Ga naar aanvragen</a>.</p>"))
    WEB.put(olo, "/aanvragen", basic_page("Aanvragen | Omgevingsloket",
        nav + "<h1>Aanvraag of melding indienen</h1>"
        "<p>Voor het indienen van een aanvraag of melding logt u in. Inwoners loggen in met DigiD, bedrijven met eHerkenning.</p>"
        "<p><strong>Na het inloggen haalt het Omgevingsloket uw gegevens op uit de basisregistraties (BRP en Handelsregister). "
        "Uw naam, adres en contactgegevens zijn dan al ingevuld.</strong></p>"
        "<p><a class=\"btn\" href=\"/auth/aanvragen/digid/start\"><img src=\"/img/digid.svg\" alt=\"DigiD\"> Inloggen met DigiD</a></p>"
        "<p><a class=\"btn\" href=\"/auth/aanvragen/eherkenning/start\"><img src=\"/img/eherkenning.svg\" alt=\"eHerkenning\"> Inloggen met eHerkenning</a></p>"))
    WEB.put(olo, "/mijn-omgevingsloket", basic_page("Mijn Omgevingsloket",
        nav + "<h1>Mijn Omgevingsloket</h1><p>Bekijk de status van uw ingediende aanvragen en meldingen.</p>"
        "<p><a href=\"/auth/mijn/digid/start\">Inloggen met DigiD</a></p>"))
    WEB.put(olo, "/img/digid.svg", DIGID_SVG)
    WEB.put(olo, "/img/eherkenning.svg", EH_SVG)
    for which in ("aanvragen", "mijn"):
        WEB.redirect("http://%s/auth/%s/digid/start" % (olo, which), DIGID_IDP)
    WEB.redirect("http://%s/auth/aanvragen/eherkenning/start" % olo, EH_IDP)

# ---- shared bodies

def body_url(bkey, path):
    return "http://%s%s" % (BODIES[bkey]["host"], path)

BODY_ROUTES = {}   # (bkey, pkey) -> dict(level, route_url, page_url, strict, signals)
BODY_MIJN = {}     # bkey -> url of the "Mijn <body>" login gate
BODY_TRAP_PAGE = {}  # bkey -> (url, label) of a page with a login/form that serves other things

def body_page(b, title, inner):
    hdr = ("<header class=\"top\"><a href=\"/\" class=\"logo\">%s</a>"
           "<a class=\"mijn\" href=\"/mijn\"><img src=\"/img/digid.svg\" alt=\"DigiD\"> Mijn %s</a></header>" % (esc(b["name"]), esc(b["short"])))
    links = ["<a href=\"/\">Home</a>"]
    if b["kind"] in ("tax", "taxsocial", "social", "waste"):
        links.append("<a href=\"/formulieren\">Formulieren</a>")
    links.append("<a href=\"/contact\">Contact</a>")
    nav = "<nav>" + " | ".join(links) + "</nav>"
    foot = "<footer><p>%s</p><p><a href=\"/contact\">Contact</a> | <a href=\"/privacy\">Privacy</a></p></footer>" % esc(b["name"])
    return basic_page("%s | %s" % (title, b["name"]), hdr + nav + "<main><h1>%s</h1>%s</main>" % (esc(title), inner) + foot)

BODY_PTITLES = {
    "hondenbelasting": "Hond aan- of afmelden", "belastingkwijtschelding": "Kwijtschelding aanvragen",
    "woz-bezwaar": "Bezwaar maken tegen de WOZ-waarde", "belastingaanslag-bezwaar": "Bezwaar maken tegen uw aanslag",
    "betalingsregeling": "Betalingsregeling aanvragen", "bijstand": "Bijstandsuitkering aanvragen",
    "bijzondere-bijstand": "Bijzondere bijstand aanvragen", "grofvuil": "Grofvuil aanmelden", "afvalcontainer": "Container aanvragen of omruilen",
    "geluidsontheffing": "Ontheffing geluid aanvragen", "parkeervergunning": "Parkeervergunning aanvragen",
}

FILLER_FORMS = ["Machtiging automatische incasso", "Verhuizing doorgeven aan de belastingdienst", "Wijziging eigenaar onroerende zaak",
                "Verzoek taxatieverslag", "Verzoek uitstel van betaling", "Teruggaaf rioolheffing", "Verzoek om vermindering afvalstoffenheffing",
                "Wijziging rekeningnummer", "Aangifte toeristenbelasting", "Aangifte precariobelasting", "Verzoek om informatie",
                "Overlijden doorgeven", "Adreswijziging ondernemers", "Aanvraag digitale aanslag", "Inkomensverklaring", "Bewijsstukken nasturen",
                "Wijziging gezinssituatie", "Vakantie doorgeven", "Inkomsten doorgeven", "Terugvordering: verzoek betalingsregeling"]

def build_body(bkey):
    b = BODIES[bkey]
    h = b["host"]
    WEB.put(h, "/img/digid.svg", DIGID_SVG)
    WEB.put(h, "/img/eherkenning.svg", EH_SVG)
    # Mijn <body> gate (generic portal login: serves looking up assessments, status, changes)
    mijn = WEB.put(h, "/mijn", body_page(b, "Mijn %s" % b["short"],
        "<p>In Mijn %s bekijkt u uw gegevens, berichten en lopende zaken.</p>"
        "<p><a class=\"btn\" href=\"/auth/mijn/digid/start\"><img src=\"/img/digid.svg\" alt=\"DigiD\"> Inloggen met DigiD</a></p>" % esc(b["short"])))
    WEB.redirect(body_url(bkey, "/auth/mijn/digid/start"), DIGID_IDP)
    BODY_MIJN[bkey] = mijn
    WEB.put(h, "/contact", body_page(b, "Contact",
        "<p>Heeft u een vraag? Stel hem via het formulier of bel ons.</p>"
        "<form method=\"post\" action=\"/contact-verzonden\"><label>Naam <input name=\"naam\"></label><label>E-mail <input name=\"email\"></label>"
        "<label>Uw vraag <textarea name=\"vraag\"></textarea></label><button type=\"submit\">Versturen</button></form>"))
    WEB.put(h, "/contact-verzonden", body_page(b, "Bedankt", "<p>Uw vraag is verzonden.</p>"))
    WEB.put(h, "/privacy", body_page(b, "Privacyverklaring", "<p>Wij gaan zorgvuldig om met uw persoonsgegevens.</p>"))
    overview_items = []
    plist = []
    for pkey in sorted(b["products"]):
        mode = b["products"][pkey]
        t = BODY_PTITLES.get(pkey, SHORTFORM[pkey])
        slug = slugify(t)
        sig = []
        strict = None
        if mode == "P":
            fn = "/documenten/formulier-%s.pdf" % slugify(SHORTFORM[pkey])
            WEB.put(h, fn, make_pdf("%s - %s" % (SHORTFORM[pkey], b["short"]), FORM_LINES))
            route = body_url(bkey, fn)
            cta = "<p>Download het <a href=\"%s\">aanvraagformulier %s (pdf, 96 kB)</a>, vul het in en stuur het met de gevraagde bewijsstukken naar ons postadres.</p>" % (fn, esc(SHORTFORM[pkey].lower()))
            level = 33
            sig = ["pdf_form"]
            overview_items.append((SHORTFORM[pkey], fn, "pdf"))
        elif mode == "F":
            fpath = "/formulier/%s" % slug
            WEB.put(h, fpath, body_page(b, t + " - formulier",
                "<p>Velden met een * zijn verplicht.</p><form method=\"post\" action=\"/formulier/verzonden\">"
                "<label>Naam* <input name=\"naam\" required></label><label>Postcode* <input name=\"postcode\"></label>"
                "<label>Huisnummer* <input name=\"huisnummer\"></label><label>E-mailadres <input name=\"email\"></label>"
                "<label>Toelichting <textarea name=\"toelichting\"></textarea></label><button type=\"submit\">Verzenden</button></form>"))
            WEB.put(h, "/formulier/verzonden", body_page(b, "Verzonden", "<p>Wij hebben uw formulier ontvangen.</p>"))
            route = body_url(bkey, fpath)
            cta = "<p><a class=\"btn\" href=\"%s\">%s (online formulier)</a></p>" % (fpath, esc(t))
            if bkey == "meerlanden":
                cta += "<p>U kunt ook inloggen met uw postcode en pasnummer in de Meerlanden-app om uw afspraken te bekijken.</p>"
            level = 67
            sig = ["html_form"]
            overview_items.append((t, fpath, "online"))
        else:
            gate = "/digitaal/%s" % slug
            pf = mode == "Dp"
            txt = "<p>U logt in met DigiD. Daarna vult u het formulier in.</p>"
            if pf:
                txt += "<p>Na het inloggen vullen wij uw persoonsgegevens en de gegevens van uw aanslag automatisch in.</p>"
            WEB.put(h, gate, body_page(b, t + " - inloggen", txt +
                "<p><a class=\"btn\" href=\"/auth/%s/digid/start\"><img src=\"/img/digid.svg\" alt=\"DigiD\"> Inloggen met DigiD</a></p>" % slug))
            WEB.redirect(body_url(bkey, "/auth/%s/digid/start" % slug), DIGID_IDP)
            route = body_url(bkey, gate)
            cta = "<p><a class=\"btn\" href=\"%s\"><img src=\"/img/digid.svg\" alt=\"DigiD\"> %s (met DigiD)</a></p>" % (gate, esc(t))
            level = 100
            strict = 100 if pf else 67
            sig = ["digid"] + (["prefill_text"] if pf else [])
            overview_items.append((t, gate, "digid"))
        ppath = "/%s" % slug
        page_url = WEB.put(h, ppath, body_page(b, t, "<p>%s</p><h2>Hoe werkt het?</h2>%s<p>Meer weten? <a href=\"/contact\">Neem contact op</a>.</p>"
                                               % (esc(PINFO[pkey][2]), cta)))
        BODY_ROUTES[(bkey, pkey)] = dict(level=level, route=route, page=page_url, strict=strict if strict is not None else level, signals=sig)
        plist.append((t, ppath))
    # a page that carries a login / form for something else (used as trap target)
    kind = b["kind"]
    if kind in ("tax", "taxsocial"):
        tp = WEB.put(h, "/bezwaar-en-beroep", body_page(b, "Bezwaar en beroep",
            "<p>Bezwaar tegen uw aanslag of WOZ-beschikking dient u in via Mijn %s.</p>"
            "<p><a href=\"/mijn\"><img src=\"/img/digid.svg\" alt=\"DigiD\"> Inloggen op Mijn %s</a></p>" % (esc(b["short"]), esc(b["short"]))))
        BODY_TRAP_PAGE[bkey] = (tp, "Bezwaar en beroep bij %s" % b["short"])
    elif kind == "social":
        tp = WEB.put(h, "/wijzigingen-doorgeven", body_page(b, "Wijzigingen doorgeven",
            "<p>Heeft u een uitkering? Geef wijzigingen in inkomen of woonsituatie door met het wijzigingsformulier.</p>"
            "<p><a class=\"btn\" href=\"/auth/wijzigingen/digid/start\"><img src=\"/img/digid.svg\" alt=\"DigiD\"> Wijziging doorgeven met DigiD</a></p>"))
        WEB.redirect(body_url(bkey, "/auth/wijzigingen/digid/start"), DIGID_IDP)
        BODY_TRAP_PAGE[bkey] = (tp, "Wijzigingen doorgeven aan %s" % b["short"])
    elif kind == "waste":
        tp = WEB.put(h, "/afvalkalender", body_page(b, "Afvalkalender",
            "<p>Bekijk wanneer uw afval wordt opgehaald.</p><form method=\"get\" action=\"/afvalkalender-resultaat\"><label>Postcode <input name=\"postcode\"></label>"
            "<label>Huisnummer <input name=\"huisnummer\"></label><button type=\"submit\">Toon kalender</button></form>"
            "<p>Of log in op <a href=\"/mijn\">Mijn %s</a> voor uw persoonlijke kalender en uw stortpas.</p>" % esc(b["short"])))
        WEB.put(h, "/afvalkalender-resultaat", body_page(b, "Uw afvalkalender", "<p>GFT: dinsdag, restafval: om de week op donderdag.</p>"))
        BODY_TRAP_PAGE[bkey] = (tp, "Afvalkalender en Mijn %s" % b["short"])
    elif kind == "od":
        tp = WEB.put(h, "/klacht-melden", body_page(b, "Klacht over milieu melden",
            "<p>Heeft u last van geluid, stank of stof van een bedrijf? Meld het ons 24 uur per dag.</p>"
            "<form method=\"post\" action=\"/klacht-melden-verzonden\"><label>Soort overlast <select name=\"soort\"><option>Geluid</option><option>Stank</option><option>Stof</option></select></label>"
            "<label>Locatie <input name=\"locatie\"></label><label>Omschrijving <textarea name=\"omschrijving\"></textarea></label>"
            "<label>Uw e-mailadres <input name=\"email\"></label><button type=\"submit\">Melding versturen</button></form>"
            "<p>Bedrijven loggen in op het <a href=\"/ondernemersportaal\">ondernemersportaal</a> met eHerkenning.</p>"))
        WEB.put(h, "/klacht-melden-verzonden", body_page(b, "Melding ontvangen", "<p>Dank voor uw melding.</p>"))
        WEB.put(h, "/ondernemersportaal", body_page(b, "Ondernemersportaal",
            "<p>Lever rapportages en meldingen aan.</p><p><a href=\"/auth/portaal/eherkenning/start\"><img src=\"/img/eherkenning.svg\" alt=\"eHerkenning\"> Inloggen met eHerkenning</a></p>"))
        WEB.redirect(body_url(bkey, "/auth/portaal/eherkenning/start"), EH_IDP)
        BODY_TRAP_PAGE[bkey] = (tp, "Milieuklacht melden bij %s" % b["short"])
    elif kind == "parking":
        tp = WEB.put(h, "/bezoekers", body_page(b, "Bezoekersparkeren",
            "<p>Vergunninghouders melden hier hun bezoek aan. Log in met uw meldcode en pincode.</p>"
            "<form method=\"post\" action=\"/bezoekers-ingelogd\"><label>Meldcode <input name=\"meldcode\"></label><label>Pincode <input type=\"password\" name=\"pin\"></label>"
            "<button type=\"submit\">Inloggen</button></form><p>Of <a href=\"/mijn\">log in met DigiD</a> in uw parkeeraccount.</p>"))
        WEB.put(h, "/bezoekers-ingelogd", body_page(b, "Bezoek aanmelden", "<p>U bent ingelogd.</p>"))
        BODY_TRAP_PAGE[bkey] = (tp, "Bezoekersparkeren (inloggen)")
    # forms overview: dozens of forms
    if kind in ("tax", "taxsocial", "social", "waste"):
        for i, ff in enumerate(FILLER_FORMS):
            if i % 3 == 0:
                fn = "/documenten/%s.pdf" % slugify(ff)
                WEB.put(h, fn, make_pdf("%s - %s" % (ff, b["short"]), FORM_LINES))
                overview_items.append((ff, fn, "pdf"))
            elif i % 3 == 1:
                fp = "/formulier/%s" % slugify(ff)
                WEB.put(h, fp, body_page(b, ff, "<form method=\"post\" action=\"/formulier/verzonden\"><label>Naam <input name=\"naam\"></label>"
                                         "<label>Toelichting <textarea name=\"t\"></textarea></label><button type=\"submit\">Verzenden</button></form>"))
                WEB.put(h, "/formulier/verzonden", body_page(b, "Verzonden", "<p>Wij hebben uw formulier ontvangen.</p>"))
                overview_items.append((ff, fp, "online"))
            else:
                overview_items.append((ff, "/mijn", "digid"))
        overview_items.sort(key=lambda x: x[0].lower())
        lis = []
        for t, u, k in overview_items:
            suffix = {"pdf": " (pdf)", "online": " (online formulier)", "digid": " (inloggen met DigiD)"}[k]
            lis.append("<li><a href=\"%s\">%s</a>%s</li>" % (u, esc(t), suffix))
        WEB.put(h, "/formulieren", body_page(b, "Formulieren",
            "<p>Hieronder vindt u al onze formulieren op alfabetische volgorde. Voor formulieren met DigiD logt u eerst in.</p><ul class=\"forms\">%s</ul>" % "".join(lis)))
    plinks = "".join("<li><a href=\"%s\">%s</a></li>" % (p, esc(t)) for t, p in plist)
    tp_url, tp_label = BODY_TRAP_PAGE[bkey]
    tp_path = tp_url.split(h, 1)[1]
    serves = {"tax": "gemeentelijke belastingen en de WOZ", "taxsocial": "belastingen, werk en inkomen", "social": "werk, inkomen en participatie",
              "waste": "afvalinzameling", "od": "vergunningverlening, toezicht en handhaving milieu", "parking": "parkeervergunningen en bezoekersparkeren"}[kind]
    WEB.put(h, "/", body_page(b, b["name"],
        "<p>%s voert voor meerdere gemeenten de taken uit op het gebied van %s.</p><h2>Direct naar</h2><ul>%s<li><a href=\"%s\">%s</a></li></ul>"
        % (esc(b["name"]), serves, plinks, tp_path, esc(tp_label))))


def body_link_for(bkey, pkey):
    """Where a municipal page sends users for a product the body serves."""
    b = BODIES[bkey]
    r = BODY_ROUTES[(bkey, pkey)]
    if b["link"] == "overview":
        return body_url(bkey, "/formulieren")
    return r["page"]

# --------------------------------------------------------------------------- municipal sites

class Site:
    def __init__(self, key):
        self.key = key
        self.c = SITES[key]
        for k, v in self.c.items():
            setattr(self, k, v)
        self.idx = SITES_ORDER.index(key)
        self.forms = []       # (title, url, kind) of own forms, for e-loket / direct regelen
        self.pdfs = []        # (title, url)
        self.ppages = {}      # pkey -> url
        self.eloket_url = None

    # ---------------- URLs
    def abs(self, path, host=None):
        return "http://%s%s" % (host or self.host, path)

    def product_path(self, pkey, title):
        sec, _, _, biz = PINFO[pkey]
        slug = slugify(title)
        n = 100 + sorted(PINFO).index(pkey) * 7 + self.idx
        f = self.family
        if f == "owc":
            return self.host, "/onderwerp/%s/" % slug
        if f == "toptaken":
            return self.host, "/%s" % slug
        if f == "iprox":
            secname = {"burgerzaken": "Burgerzaken", "parkeren": "Verkeer_en_parkeren", "belastingen": "Belastingen",
                       "zorg": "Zorg_en_welzijn", "afval": "Afval_en_openbare_ruimte", "bouwen": "Wonen_en_bouwen",
                       "bestuur": "Gemeente_en_bestuur", "ondernemen": "Vergunningen"}[sec]
            top = "Ondernemers" if biz else "Inwoners"
            return self.host, "/%s/%s/%s" % (top, secname, title.replace(" ", "_").replace(",", "").replace("(", "").replace(")", "").replace("/", "_"))
        if f == "productid":
            top = "ondernemers_42" if biz else "inwoners_41"
            return self.host, "/%s/product/%s_%d.html" % (top, slug.replace("-", "-"), n)
        if f == "pdcloket":
            return "loket.boekel.test", "/producten/%s" % slug.replace("-", "_")
        if f == "regelen":
            return self.host, "/%s/%s" % ("ondernemen" if biz else "aanvragen-en-regelen", slug)
        if f == "producten":
            return self.host, "/producten/%s" % slug
        if f == "hexloket":
            return self.host, "/Loket/product/%s" % hashlib.sha1(("zo:" + pkey).encode()).hexdigest()[:24]
        if f == "aspx":
            return self.host, "/%s/product.aspx?id=%d" % ("ondernemer" if biz else "inwoner", n)
        if f == "nlds":
            return self.host, "/onderwerpen/%s" % slug
        raise ValueError(f)

    def page_host(self):
        return "loket.boekel.test" if self.family == "pdcloket" else self.host

    # ---------------- site template
    def mijn_gate(self):
        return getattr(self, "_mijn", None)

    def layout(self, title, main, aside="", crumbs=None, host=None):
        host = host or self.host
        sh = esc(self.short)
        home = "http://%s/" % self.host
        if self.family == "pdcloket" and host == "loket.boekel.test":
            home_link = home
        else:
            home_link = "/"
        hdr = ["<header class=\"site-header %s\">" % self.family,
               "<a class=\"logo\" href=\"%s\"><img src=\"http://%s/img/logo.svg\" alt=\"Logo %s\"></a>" % (home_link, self.host, esc(self.name)),
               "<form class=\"search\" method=\"get\" action=\"http://%s/zoeken\"><label>Zoeken <input name=\"q\"></label><button type=\"submit\">Zoek</button></form>" % self.host]
        if self.header_login:
            hdr.append("<a class=\"mijn-login\" href=\"%s\"><img src=\"http://%s/img/digid.svg\" alt=\"DigiD\"> Mijn %s</a>" % (self.mijn_url, self.host, sh))
        hdr.append("</header>")
        nav = ("<nav class=\"main-nav\"><ul><li><a href=\"%s\">Home</a></li><li><a href=\"%s\">Producten en diensten</a></li>"
               "<li><a href=\"http://%s/nieuws/\">Nieuws</a></li><li><a href=\"http://%s/contact\">Contact</a></li>%s</ul></nav>"
               % (home_link, self.overview_url, self.host, self.host,
                  ("<li><a href=\"%s\">%s</a></li>" % (self.eloket_url, "e-loket" if self.key == "SB" else "Digitaal loket")) if self.eloket else ""))
        bc = ""
        if crumbs:
            bc = "<nav class=\"breadcrumb\" aria-label=\"Kruimelpad\">" + " &gt; ".join("<a href=\"%s\">%s</a>" % (u, esc(t)) for t, u in crumbs) + " &gt; <span>%s</span></nav>" % esc(title)
        foot = ["<footer class=\"site-footer\"><p>%s | Postbus 1 | 14 0%03d</p>" % (esc(self.name), 400 + self.idx),
                "<p><a href=\"http://%s/contact\">Contact</a> | <a href=\"http://%s/privacyverklaring\">Privacy</a> | <a href=\"http://%s/toegankelijkheid\">Toegankelijkheid</a> | <a href=\"http://%s/sitemap.xml\">Sitemap</a></p>" % ((self.host,) * 4)]
        if self.footer_digid:
            foot.append("<p class=\"logos\"><a href=\"http://%s/\"><img src=\"http://%s/img/digid.svg\" alt=\"DigiD logo\"></a> Veel zaken regelt u met DigiD.</p>" % (DIGID, self.host))
        foot.append("</footer>")
        body = "\n".join(hdr) + "\n" + nav + "\n" + bc + "\n<div class=\"content\"><main id=\"main\">\n<h1>%s</h1>\n%s\n</main>\n%s</div>\n" % (esc(title), main, ("<aside class=\"sidebar\">%s</aside>" % aside) if aside else "") + "\n".join(foot)
        return basic_page("%s | %s" % (title, self.name), body, bodycls="site-%s" % self.key.lower())

    # ---------------- forms on the site's platform
    def _form_fields(self, title):
        return ("<fieldset><legend>Uw gegevens</legend><label>Voorletters en achternaam* <input name=\"naam\" required></label>"
                "<label>Straat en huisnummer* <input name=\"adres\"></label><label>Postcode* <input name=\"postcode\"></label>"
                "<label>Woonplaats* <input name=\"woonplaats\"></label><label>Telefoonnummer <input name=\"telefoon\"></label>"
                "<label>E-mailadres* <input type=\"email\" name=\"email\"></label></fieldset>"
                "<fieldset><legend>%s</legend><label>Omschrijving van uw verzoek* <textarea name=\"omschrijving\"></textarea></label>"
                "<label>Bijlage (pdf, jpg, doc, docx; max. 5 MB) <input type=\"file\" name=\"bijlage\"></label></fieldset>" % esc(title))

    def make_form(self, fslug, title, mode):
        """Write an own online form. mode: anon | digid | digid_pf | eherk. Returns (route_url, signals, strict_level)."""
        p = self.platform
        fh = self.formhost
        pf = mode == "digid_pf"
        prefill_txt = ("<p class=\"prefill\">Na het inloggen met DigiD vullen wij uw naam, adres en burgerservicenummer automatisch in vanuit de "
                       "Basisregistratie Personen. U hoeft deze gegevens niet zelf in te typen.</p>") if pf else ""
        sig = []
        login_kinds = []
        if mode in ("digid", "digid_pf"):
            login_kinds = ["digid"]
        elif mode == "eherk":
            login_kinds = ["digid", "eherkenning"]
        def start(kind, ident):
            u = "http://%s%s" % (fh, {"gravity": "/digid/inloggen/%s/" % ident if kind == "digid" else "/eherkenning/inloggen/%s/" % ident}.get(p, "/auth/%s/%s/start" % (ident, kind)))
            if p == "triple":
                u = "http://%s/TriplEforms/auth/%s/%s/start" % (fh, ident, kind)
            if p == "iform":
                u = "http://%s/pls/iform/auth/%s/%s/start" % (fh, ident, kind)
            if p == "formdesk":
                u = "http://%s/heeze-leende/auth/%s/%s/start" % (fh, ident, kind)
            WEB.redirect(u, DIGID_IDP if kind == "digid" else EH_IDP)
            return u
        def logos(kind):
            return "<img src=\"http://%s/img/%s.svg\" alt=\"%s\">" % (self.host, "digid" if kind == "digid" else "eherkenning", "DigiD" if kind == "digid" else "eHerkenning")
        def gate_html(ident):
            out = ["<p>U vult dit formulier in nadat u bent ingelogd.</p>", prefill_txt]
            for k in login_kinds:
                lbl = "Inloggen met DigiD" if k == "digid" else "Inloggen met eHerkenning (voor organisaties en bedrijven)"
                out.append("<p><a class=\"login-%s\" href=\"%s\">%s %s</a></p>" % (k, start(k, ident), logos(k), lbl))
            out.append("<p>U wordt na 15 minuten inactiviteit automatisch uitgelogd bij DigiD.</p>")
            return "".join(out)
        def anon_html(action):
            return ("<p>Velden met een * zijn verplicht.</p><form method=\"post\" action=\"%s\" class=\"eform\">%s"
                    "<button type=\"submit\">Versturen</button></form>" % (action, self._form_fields(title)))
        thanks_done = set()
        def thanks(host, path):
            WEB.put(host, path, basic_page("Bedankt", "<h1>Bedankt</h1><p>Uw formulier is verzonden. U ontvangt een bevestiging per e-mail.</p>"))
        if p == "gravity":
            path = "/%s/" % fslug
            if login_kinds:
                inner = gate_html(fslug)
                sig.append("digid_image")
            else:
                inner = ("<p class=\"gform_required_legend\">\"<span class=\"gfield_required\">*</span>\" geeft vereiste velden aan</p>"
                         "<form method=\"post\" action=\"/%s/bevestiging/\" id=\"gform_1\" class=\"gform\">%s<input type=\"submit\" value=\"Verzenden\"></form>" % (fslug, self._form_fields(title)))
                thanks(fh, "/%s/bevestiging/" % fslug)
            url = WEB.put(fh, path, basic_page("%s - Mijn %s" % (title, self.short), "<header><a href=\"http://%s/\">%s</a></header><main><h1>%s</h1>%s</main>" % (self.host, esc(self.name), esc(title), inner)))
        elif p in ("openforms_js",):
            path = "/%s/" % fslug
            if login_kinds:
                btns = []
                for k in login_kinds:
                    btns.append("['%s','%s','%s']" % (start(k, fslug), "Inloggen met DigiD" if k == "digid" else "Inloggen met eHerkenning", k))
                js = ("var root=document.getElementById('openforms-container');var opts=[%s];"
                      "opts.forEach(function(o){var a=document.createElement('a');a.href=o[0];a.className='utrecht-button-link openforms-login-'+o[2];a.textContent=o[1];root.appendChild(a);});" % ",".join(btns))
                pre = "<p>Na het inloggen worden uw persoonsgegevens automatisch ingevuld.</p>" if pf else ""
                if pf:
                    js += "var p=document.createElement('p');p.textContent='Uw persoonsgegevens worden na het inloggen automatisch ingevuld.';root.appendChild(p);"
                    pre = prefill_txt
            else:
                js = ("var root=document.getElementById('openforms-container');var f=document.createElement('form');f.method='post';f.action='/%s/bevestiging';"
                      "['naam','adres','postcode','woonplaats','email','omschrijving'].forEach(function(n){var l=document.createElement('label');l.textContent=n;var i=document.createElement('input');i.name=n;l.appendChild(i);f.appendChild(l);});"
                      "var b=document.createElement('button');b.type='submit';b.textContent='Verzenden';f.appendChild(b);root.appendChild(f);" % fslug)
                pre = ""
                thanks(fh, "/%s/bevestiging" % fslug)
            inner = ("<h1>%s</h1>%s<div class=\"open-forms-sdk-root\" id=\"openforms-container\" data-sdk-module=\"/static/sdk/open-forms-sdk.mjs\" "
                     "data-form-id=\"%s\" data-base-url=\"http://%s/api/v2/\"></div><noscript>Schakel JavaScript in om dit formulier te gebruiken.</noscript>"
                     "<script>%s</script>" % (esc(title), pre, fslug, fh, js))
            url = WEB.put(fh, path, basic_page("%s | Formulieren %s" % (title, self.short), inner, bodycls="openforms-theme utrecht-document"))
            sig.append("js_form")
        elif p == "openforms_static":
            path = "/%s/" % fslug
            if login_kinds:
                inner = gate_html(fslug)
            else:
                inner = anon_html("/%s/bevestiging" % fslug)
                thanks(fh, "/%s/bevestiging" % fslug)
            url = WEB.put(fh, path, basic_page("%s | Formulieren %s" % (title, self.short), "<h1>%s</h1>%s" % (esc(title), inner), bodycls="openforms-theme utrecht-document"))
        elif p == "triple":
            name = "".join(w.capitalize() for w in re.split(r"[^A-Za-z0-9]+", title) if w)
            path = "/TriplEforms/DirectRegelen/formulier/nl-NL/evTerneuzen/%s.aspx" % name
            if login_kinds:
                inner = "<div class=\"step\">Stap 1 van 5: Inloggen</div>" + gate_html(name)
            else:
                inner = "<div class=\"step\">Stap 1 van 5: Uw gegevens</div>" + anon_html("/TriplEforms/DirectRegelen/formulier/nl-NL/evTerneuzen/%sVerzonden.aspx" % name)
                thanks(fh, "/TriplEforms/DirectRegelen/formulier/nl-NL/evTerneuzen/%sVerzonden.aspx" % name)
            url = WEB.put(fh, path, basic_page("%s - Digitaal loket Terneuzen" % title, "<h1>%s</h1>%s" % (esc(title), inner)))
        elif p == "formdesk":
            name = slugify(title)
            path = "/heeze-leende/%s" % name
            if login_kinds:
                inner = gate_html(name)
            else:
                inner = anon_html("/heeze-leende/%s-verzonden" % name)
                thanks(fh, "/heeze-leende/%s-verzonden" % name)
            url = WEB.put(fh, path, basic_page("%s - Formdesk" % title, "<div class=\"fd-form\"><h1>%s</h1>%s</div>" % (esc(title), inner)))
        elif p == "iform":
            n = 200 + len(self.forms)
            path = "/pls/iform/form?id=%d" % n
            if login_kinds:
                inner = gate_html(str(n))
            else:
                inner = anon_html("/pls/iform/verzonden")
                thanks(fh, "/pls/iform/verzonden")
            url = WEB.put(fh, path, basic_page("%s - e-formulier gemeente Boekel" % title, "<h1>%s</h1>%s" % (esc(title), inner)))
        elif p == "iframe":
            path = "/formulier/%s" % fslug
            if login_kinds:
                inner = gate_html(fslug)
            else:
                inner = anon_html("/formulier/%s-verzonden" % fslug)
                thanks(fh, "/formulier/%s-verzonden" % fslug)
            url = WEB.put(fh, path, basic_page(title, "<h2>%s</h2>%s" % (esc(title), inner)))
        elif p == "eform":
            path = "/formulier/%s" % fslug
            if login_kinds:
                inner = gate_html(fslug)
            else:
                inner = anon_html("/formulier/%s-verzonden" % fslug)
                thanks(fh, "/formulier/%s-verzonden" % fslug)
            url = WEB.put(fh, path, basic_page("%s - e-formulieren Zoeterwoude" % title, "<h1>%s</h1>%s" % (esc(title), inner)))
        elif p == "wizard":
            path = "/formulieren/%s/" % fslug
            if login_kinds:
                inner = gate_html(fslug)
            else:
                inner = ("<ol class=\"steps\"><li class=\"active\">Stap 1: Uw gegevens</li><li>Stap 2: Uw verzoek</li><li>Stap 3: Controleren</li><li>Stap 4: Verzenden</li></ol>"
                         "<p>Voortgang: 0%%</p><form method=\"post\" action=\"/formulieren/%s/stap-2\">%s<button type=\"submit\">Volgende stap</button></form>" % (fslug, self._form_fields(title)))
                WEB.put(fh, "/formulieren/%s/stap-2" % fslug, self.layout(title + " - stap 2",
                        "<p>Voortgang: 50%%</p><form method=\"post\" action=\"/formulieren/%s/verzonden\"><label>Toelichting <textarea name=\"toelichting\"></textarea></label><button type=\"submit\">Verzenden</button></form>" % fslug))
                WEB.put(fh, "/formulieren/%s/verzonden" % fslug, self.layout("Verzonden", "<p>Bedankt, uw formulier is verzonden.</p>"))
            url = WEB.put(fh, path, self.layout(title, inner))
        else:
            raise ValueError(p)
        if login_kinds:
            sig += ["digid"] + (["eherkenning"] if "eherkenning" in login_kinds else [])
            if pf:
                sig.append("prefill_text")
        else:
            sig.append("html_form")
        kind = "digid" if login_kinds else "online"
        self.forms.append((title, url, kind))
        strict = 100 if pf else (67 if login_kinds else 67)
        return url, sig, strict

    def make_tax_portal_form(self, pkey, title):
        th = self.taxhost
        slug = slugify(title)
        path = ("/mc/%s" % slug) if th.startswith("wozportaal") else "/%s" % slug
        startu = "http://%s/auth/%s/digid/start" % (th, slug)
        WEB.redirect(startu, DIGID_IDP)
        WEB.put(th, "/img/digid.svg", DIGID_SVG)
        url = WEB.put(th, path, basic_page("%s | Belastingportaal %s" % (title, self.short),
            "<h1>%s</h1><p>Log in met DigiD. Daarna ziet u uw aanslag en vult u het formulier in.</p>"
            "<p><a href=\"%s\"><img src=\"/img/digid.svg\" alt=\"DigiD\"> Inloggen met DigiD</a></p>" % (esc(title), startu)))
        self.forms.append((title, url, "digid"))
        return url, ["digid"], 67

    def tax_mijn(self):
        th = self.taxhost
        startu = "http://%s/auth/mijn/digid/start" % th
        WEB.redirect(startu, DIGID_IDP)
        WEB.put(th, "/img/digid.svg", DIGID_SVG)
        return WEB.put(th, "/", basic_page("Belastingportaal %s" % self.short,
            "<h1>Mijn belastingen %s</h1><p>Bekijk uw aanslagen, WOZ-beschikking en betalingen.</p>"
            "<p><a href=\"%s\"><img src=\"/img/digid.svg\" alt=\"DigiD\"> Inloggen met DigiD</a></p>" % (esc(self.short), startu)))

    def make_pdf_doc(self, pkey, docx=False):
        name = slugify(SHORTFORM[pkey])
        if docx:
            path = "/documenten/aanvraagformulier-%s.docx" % name
            WEB.put(self.host, path, make_docx("Aanvraagformulier %s - %s" % (SHORTFORM[pkey], self.name), FORM_LINES))
        else:
            path = "/documenten/aanvraagformulier-%s.pdf" % name
            WEB.put(self.host, path, make_pdf("Aanvraagformulier %s - %s" % (SHORTFORM[pkey], self.name), FORM_LINES))
        url = self.abs(path)
        self.pdfs.append(("Aanvraagformulier " + SHORTFORM[pkey], url))
        return url


# ---- trap texts

def build():
    products = load_products()
    plan = parse_plan()
    build_national()
    for bkey in sorted(BODIES):
        if bkey != "olo":
            build_body(bkey)
    for (bkey, pkey), mode in sorted(((("olo", k), v) for k, v in BODIES["olo"]["products"].items())):
        BODY_ROUTES[(bkey, pkey)] = dict(level=100, route=body_url("olo", "/aanvragen"), page=body_url("olo", "/"), strict=100,
                                         signals=["digid", "eherkenning", "prefill_text"])
    labels = []
    orgs = []
    testweb = {"redirects": [], "host_redirects": [], "not_found_pages": []}
    for skey in SITES_ORDER:
        site = Site(skey)
        rows = build_site(site, plan[skey], products)
        labels.extend(rows)
        orgs.append((site.code, site.name, "gemeente", "http://%s/" % site.host, site.inh))
    return labels, orgs


SIBLINGS = {
    "gehandicaptenparkeerplaats": ["gehandicaptenparkeerkaart"], "gehandicaptenparkeerkaart": ["gehandicaptenparkeerplaats"],
    "bijzondere-bijstand": ["bijstand"], "bijstand": ["bijzondere-bijstand"], "identiteitskaart": ["paspoort"], "paspoort": ["identiteitskaart"],
    "exploitatievergunning-horeca": ["alcoholvergunning", "terrasvergunning"], "alcoholvergunning": ["exploitatievergunning-horeca"],
    "terrasvergunning": ["exploitatievergunning-horeca"], "standplaatsvergunning": ["marktvergunning"], "marktvergunning": ["standplaatsvergunning"],
    "kapvergunning": ["omgevingsvergunning"], "uitwegvergunning": ["omgevingsvergunning"], "omgevingsvergunning": ["kapvergunning", "uitwegvergunning"],
    "woz-bezwaar": ["belastingaanslag-bezwaar"], "belastingaanslag-bezwaar": ["woz-bezwaar"], "bezwaar": ["klacht", "woz-bezwaar"],
    "klacht": ["melding-openbare-ruimte", "bezwaar"], "melding-openbare-ruimte": ["klacht"], "geboorteaangifte": ["verhuismelding"],
    "overlijdensaangifte": ["geboorteaangifte"], "huwelijksaangifte": ["brp-uittreksel"], "brp-uittreksel": ["verhuismelding"],
    "verhuismelding": ["brp-uittreksel"], "afvalcontainer": ["grofvuil"], "grofvuil": ["afvalcontainer"],
    "geluidsontheffing": ["evenementenvergunning"], "evenementenvergunning": ["geluidsontheffing"], "collectevergunning": ["subsidie"],
    "leerlingenvervoer": ["wmo-voorziening"], "wmo-voorziening": ["leerlingenvervoer"], "belastingkwijtschelding": ["betalingsregeling"],
    "betalingsregeling": ["belastingkwijtschelding"], "hondenbelasting": ["belastingkwijtschelding"], "reclamebelasting": ["belastingaanslag-bezwaar"],
    "winkeltijdenontheffing": ["standplaatsvergunning"], "kansspelautomaatvergunning": ["alcoholvergunning"], "ligplaatsvergunning": ["uitwegvergunning"],
    "parkeervergunning": ["gehandicaptenparkeerkaart"], "subsidie": ["evenementenvergunning"], "woo-verzoek": ["klacht"], "bouwdossier-inzage": ["omgevingsvergunning"],
}

TAX_PRODUCTS = {"hondenbelasting", "belastingkwijtschelding", "woz-bezwaar", "belastingaanslag-bezwaar", "betalingsregeling", "reclamebelasting"}
PERMIT_LIKE = {"evenementenvergunning", "terrasvergunning", "standplaatsvergunning", "marktvergunning", "geluidsontheffing", "kapvergunning",
               "uitwegvergunning", "ligplaatsvergunning", "exploitatievergunning-horeca", "alcoholvergunning", "bouwdossier-inzage", "winkeltijdenontheffing"}
SOCIAL_PRODUCTS = {"bijstand", "bijzondere-bijstand", "wmo-voorziening", "leerlingenvervoer", "belastingkwijtschelding"}
BURGER = {"brp-uittreksel", "verhuismelding", "geboorteaangifte", "overlijdensaangifte", "huwelijksaangifte", "paspoort", "identiteitskaart"}

NOT_OFFERED_TEXT = {
    "hondenbelasting": ["Sinds 1 januari 2019 betaalt u in {s} geen belasting meer voor uw hond. U hoeft uw hond dus ook niet meer aan of af te melden.",
                        "De gemeente {s} heft geen hondenbelasting. Wel geldt in de hele gemeente een opruimplicht voor hondenpoep.",
                        "Hondenbelasting is in {s} afgeschaft. Er is niets dat u hoeft te regelen als u een hond neemt."],
    "parkeervergunning": ["Parkeren is in heel {s} gratis. Er zijn geen vergunninggebieden, dus u hoeft geen parkeervergunning aan te vragen.",
                          "In {s} is geen betaald parkeren en er zijn geen parkeervergunningen. In het centrum geldt een blauwe zone: gebruik een parkeerschijf."],
    "reclamebelasting": ["De gemeente {s} kent geen reclamebelasting.", "Voor reclame-uitingen betaalt u in {s} geen belasting. Wel heeft u voor grote reclameborden soms een omgevingsvergunning nodig.",
                         "Reclamebelasting wordt in {s} niet geheven."],
    "winkeltijdenontheffing": ["Winkels mogen in {s} op alle zon- en feestdagen open. Een ontheffing is daarom niet nodig en wordt ook niet verleend.",
                               "De gemeenteraad heeft de winkeltijden vrijgegeven. U hoeft in {s} geen ontheffing meer aan te vragen om op zondag open te gaan."],
    "collectevergunning": ["In {s} heeft u geen vergunning nodig om te collecteren. De gemeente geeft geen collectevergunningen af; volg het landelijke collecterooster van het CBF."],
    "ligplaatsvergunning": ["Binnen de gemeente {s} zijn geen openbare ligplaatsen voor woonboten of andere vaartuigen. Ligplaatsvergunningen worden niet afgegeven.",
                            "Het afmeren van boten in gemeentelijk water is in {s} niet toegestaan; de gemeente verleent hiervoor geen vergunningen."],
}
NOT_OFFERED_TITLE = {"hondenbelasting": "Hond", "parkeervergunning": "Parkeren in {s}", "reclamebelasting": "Reclame",
                     "winkeltijdenontheffing": "Openingstijden winkels", "collectevergunning": "Collecteren",
                     "ligplaatsvergunning": "Varen en aanmeren"}


def build_site(site, plan, products):
    rng0 = random.Random("web-dev26:" + site.key)
    s = site
    # site-level pages and gates
    WEB.put(s.host, "/img/digid.svg", DIGID_SVG)
    WEB.put(s.host, "/img/eherkenning.svg", EH_SVG)
    WEB.put(s.host, "/img/logo.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"120\" height=\"40\"><text x=\"2\" y=\"25\">%s</text></svg>" % esc(s.short))
    # "Mijn <gemeente>" portal gate (status of requests, messages): serves no product on its own
    mh = s.formhost
    mpath = {"gravity": "/mijn-omgeving/", "triple": "/MijnTerneuzen/Inloggen.aspx", "formdesk": None, "iform": "/pls/iform/mijnzaken",
             "iframe": "/mijn-zaken", "openforms_js": "/mijn-aanvragen/", "openforms_static": "/mijn-zaken/", "eform": "/mijn-zaken", "wizard": "/mijn-asten/"}[s.platform]
    if mpath is None:
        mh, mpath = s.host, "/mijn-heeze-leende"
    mstart = "http://%s/auth/mijn/digid/start" % mh
    WEB.redirect(mstart, DIGID_IDP)
    WEB.put(mh, "/img/digid.svg", DIGID_SVG)
    s.mijn_url = WEB.put(mh, mpath, basic_page("Mijn %s" % s.short,
        "<h1>Mijn %s</h1><p>Bekijk de status van uw aanvragen en meldingen, uw berichten en uw afspraken.</p>"
        "<p><a href=\"%s\"><img src=\"/img/digid.svg\" alt=\"DigiD\"> Inloggen met DigiD</a></p>" % (esc(s.short), mstart)))
    if mh != s.host:
        WEB.put(mh, "/", basic_page("Formulieren %s" % s.short, "<h1>Formulieren %s</h1><p>Ga naar de <a href=\"http://%s/\">website van de gemeente</a> om een formulier te kiezen.</p>" % (esc(s.short), s.host)))
    oh = s.page_host()
    s.overview_url = "http://%s%s" % (oh, {"owc": "/onderwerpen/", "toptaken": "/producten-a-z", "iprox": "/Inwoners/Alle_producten",
                                           "productid": "/inwoners_41/overzicht/producten-a-z_40.html", "pdcloket": "/producten/",
                                           "regelen": "/aanvragen-en-regelen/", "producten": "/producten/", "hexloket": "/Loket/producten",
                                           "aspx": "/inwoner/producten.aspx", "nlds": "/onderwerpen/"}[s.family])
    if s.eloket:
        s.eloket_url = s.abs({"SB": "/e-loket", "WA": "/digitaal-loket", "ZO": "/digitaal-loket"}[s.key])
    # appointment host
    appt_url = appt_mijn = None
    if s.appt:
        ah = s.appt
        apath = "/qmaticwebbooking/" if "qmatic" in ah else ("/JCC/G-Plan/afspraak" if "jcc" in ah else "/")
        astart = "http://%s/auth/afspraken/digid/start" % ah
        WEB.redirect(astart, DIGID_IDP)
        WEB.put(ah, "/mijn-afspraken", basic_page("Mijn afspraken", "<h1>Mijn afspraken</h1><p>Bekijk, verplaats of annuleer uw afspraken.</p>"
                "<p><a href=\"%s\">Inloggen met DigiD</a></p>" % astart))
        appt_mijn = "http://%s/mijn-afspraken" % ah
        appt_url = WEB.put(ah, apath, basic_page("Afspraak maken - %s" % s.name,
            "<h1>Afspraak maken</h1><p>Kies het product waarvoor u een afspraak wilt maken bij de publieksbalie.</p>"
            "<form method=\"get\" action=\"http://%s/kies-tijd\"><select name=\"product\"><option>Paspoort aanvragen</option><option>Identiteitskaart aanvragen</option>"
            "<option>Rijbewijs</option><option>Geboorteaangifte</option><option>Huwelijk of partnerschap</option><option>Overig</option></select>"
            "<button type=\"submit\">Kies datum en tijd</button></form><p><a href=\"/mijn-afspraken\">Mijn afspraken bekijken (DigiD)</a></p>" % ah))
        WEB.put(ah, "/kies-tijd", basic_page("Kies datum en tijd", "<h1>Kies een datum en tijd</h1><form method=\"post\" action=\"http://%s/bevestigd\">"
                "<label>Datum <input type=\"date\" name=\"datum\"></label><label>Naam <input name=\"naam\"></label><label>E-mail <input name=\"email\"></label>"
                "<button type=\"submit\">Afspraak bevestigen</button></form>" % ah))
        WEB.put(ah, "/bevestigd", basic_page("Afspraak bevestigd", "<h1>Uw afspraak is gemaakt</h1>"))
    tax_mijn = None
    if s.tax == "own":
        tax_mijn = s.tax_mijn()
    else:
        tax_mijn = BODY_MIJN[s.tax]

    # ---------------------------------------------------------------- pass 1: titles, urls, routes
    shared = {}
    for grp in SHARED_PAGES.get(s.key, []):
        for p in grp:
            shared[p] = grp
    info = {}
    for i, (pkey, name_nl) in enumerate(products):
        code = plan[pkey]
        titles = PINFO[pkey][1]
        title = titles[(s.idx + i) % len(titles)]
        if code == "N":
            title = NOT_OFFERED_TITLE.get(pkey, title).format(s=s.short)
        info[pkey] = dict(code=code, title=title, level=None, route=None, strict=None, via="", signals=[], cta="", status="ok")
    # shared-page titles
    shared_title = {}
    for grp in SHARED_PAGES.get(s.key, []):
        key = tuple(grp)
        t = {("paspoort", "identiteitskaart"): "Paspoort en identiteitskaart", ("exploitatievergunning-horeca", "alcoholvergunning"): "Horecavergunningen",
             ("standplaatsvergunning", "marktvergunning"): "Standplaats en markt", ("gehandicaptenparkeerkaart", "gehandicaptenparkeerplaats"): "Gehandicaptenparkeren",
             ("hondenbelasting", "reclamebelasting"): "Gemeentelijke belastingen", ("woz-bezwaar", "belastingaanslag-bezwaar"): "Bezwaar maken tegen WOZ-waarde of aanslag"}[key]
        shared_title[key] = t
    for pkey, d in info.items():
        if pkey in shared:
            d["title"] = shared_title[tuple(shared[pkey])]
        if d["code"] == "X":
            d["status"] = "not_found"
            continue
        host, path = s.product_path(shared[pkey][0] if pkey in shared else pkey, d["title"])
        d["url"] = "http://%s%s" % (host, path)
        d["host"], d["path"] = host, path
        s.ppages[pkey] = d["url"]
    # routes
    for pkey, name_nl in products:
        d = info[pkey]
        code = d["code"]
        fs = slugify(SHORTFORM[pkey])
        ft = SHORTFORM[pkey] + (" aanvragen" if not SHORTFORM[pkey].endswith(("doorgeven", "ophalen", "wijzigen", "afmelden", "aanvraag")) and pkey not in ("klacht", "bezwaar", "woo-verzoek", "melding-openbare-ruimte") else "")
        if code in ("X",):
            continue
        if code == "N":
            d["status"] = "not_offered"
            continue
        if code == "C":
            d["level"] = 0
            if pkey in ("woo-verzoek", "marktvergunning", "reclamebelasting", "collectevergunning"):
                d["signals"].append("mailto")
        elif code == "A":
            d["level"] = 0
            if appt_url:
                d["signals"].append("appointment_online")
        elif code in ("P", "W"):
            d["level"] = 33
            d["route"] = s.make_pdf_doc(pkey, docx=(code == "W"))
            d["signals"].append("docx_form" if code == "W" else "pdf_form")
        elif code in ("F", "D", "Dp", "E", "L:F", "L:D"):
            mode = {"F": "anon", "L:F": "anon", "D": "digid", "L:D": "digid", "Dp": "digid_pf", "E": "eherk"}[code]
            url, sig, strict = s.make_form(fs, ft, mode)
            d["level"] = LEVEL[code]
            d["route"] = url
            d["signals"] += sig
            d["strict"] = strict if d["level"] == 100 else d["level"]
            if code.startswith("L:"):
                d["signals"].append("eloket_overview")
        elif code == "T":
            url, sig, strict = s.make_tax_portal_form(pkey, SHORTFORM[pkey])
            d["level"], d["route"], d["strict"] = 100, url, 67
            d["signals"] += sig + ["own_tax_portal"]
        elif code.startswith("V:"):
            bkey = code[2:]
            r = BODY_ROUTES[(bkey, pkey)]
            d["level"], d["route"], d["strict"] = r["level"], r["route"], r["strict"]
            d["via"] = BODIES[bkey]["host"]
            d["signals"] += list(r["signals"]) + ["via_external_portal"]
            if BODIES[bkey]["link"] == "overview":
                d["signals"].append("forms_overview")
        else:
            raise ValueError(code)
        if d["strict"] is None and d["level"] is not None:
            d["strict"] = d["level"]
    # extra non-product forms (e-loket filler, direct-regelen targets)
    extra = []
    for t in ["Melding klein evenement", "Aanvraag parkeerontheffing", "Vrijwilligerspas aanvragen", "Ontheffing zwaar verkeer",
              "Aanvraag containerplaats op de weg", "Verklaring omtrent het gedrag: aanvraag via gemeente", "Melding tijdelijke verkeersmaatregel",
              "Aanvraag speelvoorziening", "Machtiging automatische incasso", "Meldingsformulier verhuizing bedrijf", "Aanvraag huisnummer",
              "Aanmelden inburgering", "Aanvraag mantelzorgwaardering", "Verzoek adresonderzoek"]:
        mode = "anon" if len(extra) % 2 == 0 else "digid"
        url, sig, _ = s.make_form(slugify(t), t, mode)
        extra.append((t, url, mode))
    small_event_url = extra[0][1]

    # e-loket overview page
    if s.eloket:
        items = []
        for t, u, k in s.forms:
            items.append((t, u, {"digid": " (met DigiD)", "online": ""}[k]))
        for t, u in s.pdfs:
            items.append((t + " (pdf)", u, ""))
        items.sort(key=lambda x: x[0].lower())
        lis = "".join("<li><a href=\"%s\">%s</a>%s</li>" % (u, esc(t), suf) for t, u, suf in items)
        title = "e-loket" if s.key == "SB" else "Digitaal loket"
        WEB.put(s.host, s.eloket_url.split(s.host, 1)[1], s.layout(title,
            "<p>In het %s vindt u alle formulieren van de gemeente op alfabetische volgorde. Voor formulieren met DigiD logt u eerst in.</p>"
            "<ul class=\"eloket\">%s</ul>" % (title, lis), crumbs=[("Home", "/")]))

    # ---------------------------------------------------------------- pass 2: product pages with traps
    high_forms = [(t, u) for (t, u, k) in s.forms if k == "digid"]
    labels = []
    written_shared = {}
    for i, (pkey, name_nl) in enumerate(products):
        d = info[pkey]
        if d["status"] == "not_found":
            continue
        rng = random.Random("web-dev26:%s:%s" % (s.key, pkey))
        traps = []        # (signal, html)
        cta = render_cta(s, pkey, d, appt_url)
        # ---- product-natural traps
        lvl = d["level"] if d["level"] is not None else -1
        cand = []
        if s.header_login:
            traps.append(("trap_header_login", ""))
        if s.footer_digid:
            traps.append(("trap_footer_digid", ""))
        if pkey in ("paspoort", "identiteitskaart"):
            pdfu = s.abs("/documenten/toestemming-reisdocument-minderjarige.pdf")
            WEB.put(s.host, "/documenten/toestemming-reisdocument-minderjarige.pdf", make_pdf("Toestemmingsverklaring reisdocument minderjarige", FORM_LINES[1:]))
            traps.append(("trap_auxiliary_pdf", "<p>Vraagt u een reisdocument aan voor een kind onder de 18? Neem dan de ingevulde <a href=\"%s\">Verklaring toestemming reisdocument minderjarige (pdf, 117 kB)</a> mee naar de afspraak.</p>" % pdfu))
        if d["status"] == "not_offered" and pkey in TAX_PRODUCTS or (pkey in TAX_PRODUCTS and not d["code"].startswith("V:")):
            traps.append(("trap_tax_portal", "<p>Uw aanslag gemeentelijke belastingen bekijken? <a href=\"%s\">Log in op Mijn belastingen</a>.</p>" % tax_mijn))
        if pkey in ("klacht", "melding-openbare-ruimte", "geluidsontheffing") and not d["code"].startswith("V:"):
            od = s.od
            tp, tl = BODY_TRAP_PAGE[od]
            traps.append(("trap_omgevingsdienst_form", "<p>Overlast van een bedrijf, zoals geluid of stank? Dat meldt u niet bij de gemeente maar bij <a href=\"%s\">%s</a>.</p>" % (tp, esc(BODIES[od]["name"]))))
        if pkey == "bezwaar":
            tb = s.tax if s.tax != "own" else None
            if tb:
                tp, tl = BODY_TRAP_PAGE[tb]
                traps.append(("trap_tax_bezwaar", "<p>Bezwaar tegen uw WOZ-waarde of belastingaanslag? Dat regelt u bij <a href=\"%s\">%s</a>.</p>" % (tp, esc(BODIES[tb]["name"]))))
            else:
                traps.append(("trap_tax_bezwaar", "<p>Bezwaar tegen uw WOZ-waarde of aanslag dient u in via <a href=\"%s\">Mijn belastingen</a>.</p>" % tax_mijn))
        if pkey == "bijzondere-bijstand" and not d["code"].startswith("V:") and s.social not in ("own",):
            tp, tl = BODY_TRAP_PAGE[s.social]
            traps.append(("trap_shared_body_login", "<p>Heeft u een bijstandsuitkering van %s? Geef wijzigingen door via <a href=\"%s\">%s</a>.</p>" % (esc(BODIES[s.social]["short"]), tp, esc(tl))))
        if pkey in ("bijzondere-bijstand", "belastingkwijtschelding", "wmo-voorziening") and s.social == "own" and s.tax != "own" and not d["code"].startswith("V:"):
            traps.append(("trap_tax_portal", "<p>Kwijtschelding van uw belastingaanslag? Kijk bij <a href=\"%s\">Mijn %s</a>.</p>" % (BODY_MIJN[s.tax], esc(BODIES[s.tax]["short"]))))
        if pkey == "parkeervergunning" and s.key == "DB":
            tp, tl = BODY_TRAP_PAGE["dbpark"]
            traps.append(("trap_parking_portal", "<p>Heeft u al een vergunning? Meld uw bezoek aan via het <a href=\"%s\">parkeerportaal</a> (inloggen met meldcode of DigiD).</p>" % tp))
        if pkey in ("gehandicaptenparkeerkaart", "gehandicaptenparkeerplaats") and s.key == "TZ":
            traps.append(("trap_parking_portal", "<p>Parkeervergunning of bezoekersregeling? Ga naar <a href=\"%s\">Parkeerservice Terneuzen</a>.</p>" % BODY_ROUTES[("tzpark", "parkeervergunning")]["page"]))
        if pkey in ("afvalcontainer", "grofvuil", "melding-openbare-ruimte") and s.waste != "own" and not d["code"].startswith("V:"):
            tp, tl = BODY_TRAP_PAGE[s.waste]
            traps.append(("trap_waste_portal", "<p>Wanneer wordt uw afval opgehaald? Bekijk de <a href=\"%s\">afvalkalender van %s</a>.</p>" % (tp, esc(BODIES[s.waste]["short"]))))
        if pkey in ("brp-uittreksel", "verhuismelding", "geboorteaangifte") and lvl < 100:
            traps.append(("trap_mijnoverheid", "<p>Uw gegevens in de BRP bekijken? Log in op <a href=\"http://%s/\">MijnOverheid</a> met DigiD.</p>" % MIJNOVERHEID))
        if d["code"] == "A" and appt_mijn:
            traps.append(("trap_appointment_digid", "<p>Afspraak verzetten of annuleren? <a href=\"%s\">Log in met DigiD bij Mijn afspraken</a>.</p>" % appt_mijn))
        if pkey == "evenementenvergunning" and lvl < 67:
            traps.append(("trap_sibling_form", "<p>Organiseert u een klein evenement? Dan is een melding genoeg: <a href=\"%s\">Melding klein evenement (online formulier)</a>.</p>" % small_event_url))
        # ---- generic traps drawn per row
        if len(high_forms) >= 3:
            cand.append("direct_regelen")
        cand += ["status_login", "feedback_form", "question_form", "newsletter", "regulation_pdf", "chat", "bezwaar_form", "other_pdf", "sibling_page",
                 "digid_info", "mailto"]
        if pkey in PERMIT_LIKE:
            cand.append("omgevingsloket")
        if s.eloket and d["code"] not in ("L:F", "L:D"):
            cand.append("eloket_generic")
        if pkey not in TAX_PRODUCTS and s.tax != "own":
            cand.append("tax_portal_generic")
        if s.social != "own" and pkey not in ("bijstand", "bijzondere-bijstand"):
            cand.append("social_login")
        k = 1 if lvl == 100 else (3 if lvl <= 33 else 2)
        picks = []
        pool = list(cand)
        while pool and len(picks) < k:
            c = pool.pop(rng.randrange(len(pool)))
            h = generic_trap(s, c, pkey, d, info, high_forms, tax_mijn, rng)
            if h:
                picks.append(h)
        traps += picks
        # assemble
        page_html_parts = [t[1] for t in traps if t[1]]
        d["traps"] = [t[0] for t in traps]
        d["cta"] = cta
        d["trap_html"] = page_html_parts
    # write product pages (shared pages combine)
    done = set()
    for i, (pkey, name_nl) in enumerate(products):
        d = info[pkey]
        if d["status"] == "not_found" or pkey in done:
            continue
        grp = shared.get(pkey, [pkey])
        for p in grp:
            done.add(p)
        if len(grp) > 1:
            union = []
            for p in grp:
                for t in info[p]["traps"] + ["trap_shared_page"]:
                    if t not in union:
                        union.append(t)
            for p in grp:
                info[p]["traps"] = list(union)
        write_product_page(s, grp, info)
    # site pages
    write_site_pages(s, info, products, extra)
    # labels
    rows = []
    for pkey, name_nl in products:
        d = info[pkey]
        sig = list(d["signals"])
        tr = []
        for t in d.get("traps", []):
            if t not in tr:
                tr.append(t)
        if d["status"] == "not_found" and d.get("news_trap"):
            tr.append("trap_news_article")
        notes = make_note(s, pkey, d)
        if d["status"] == "ok":
            lvl = d["level"]
            rows.append([s.code, pkey, str(lvl), "ok", d["url"], d["route"] or "", str(d["strict"] if lvl == 100 else lvl),
                         d["via"], ";".join(sig + tr), notes])
        elif d["status"] == "not_offered":
            rows.append([s.code, pkey, "", "not_offered", d["url"], "", "", "", ";".join(sig + tr), notes])
        else:
            rows.append([s.code, pkey, "", "not_found", "", "", "", "", ";".join(sig + tr), notes])
    return rows


def make_note(s, pkey, d):
    c = d["code"]
    if d["status"] == "not_found":
        return "No product page on the site" + (" (only a news item mentions it)." if d.get("news_trap") else ".")
    if d["status"] == "not_offered":
        return "Page states the product is not offered (%s)." % ("shared page" if "trap_shared_page" in d.get("traps", []) else "own wording")
    base = {"C": "Counter/phone/letter only.", "A": "Appointment booking only; no application form.", "P": "Own PDF application form.",
            "W": "Own Word (docx) application form.", "F": "Own online form without login.", "D": "Own form behind DigiD.",
            "Dp": "Own form behind DigiD; the form page states pre-fill.", "E": "Own form behind eHerkenning/DigiD.",
            "T": "Own tax portal (other host, same organisation) behind DigiD.", "L:F": "Product page links to the e-loket overview; the matching form there is an online form without login.",
            "L:D": "Product page links to the e-loket overview; the matching form there is behind DigiD."}.get(c)
    if c.startswith("V:"):
        b = BODIES[c[2:]]
        r = BODY_ROUTES[(c[2:], pkey)]
        how = "forms overview" if b["link"] == "overview" else "product page"
        base = "Delegated to %s (linked to its %s); route there is level %d." % (b["name"], how, r["level"])
    if "trap_shared_page" in d.get("traps", []):
        base += " Page shared with another product; only this product's own route counts."
    return base


def render_cta(s, pkey, d, appt_url):
    """HTML of this product's own call to action (the real route), in the site's style."""
    c = d["code"]
    t = SHORTFORM[pkey]
    if d["status"] == "not_offered":
        return ""
    if c == "C":
        opts = ["<p>U regelt dit aan de balie in het gemeentehuis. Bel eerst voor een afspraak: 14 0%03d.</p>" % (400 + s.idx),
                "<p>Stuur een brief met uw verzoek naar het college van burgemeester en wethouders, Postbus 1, %s.</p>" % esc(s.short),
                "<p>Neem contact op met het Sociaal team via telefoonnummer 14 0%03d. Een consulent maakt een afspraak voor een keukentafelgesprek.</p>" % (400 + s.idx)]
        if pkey == "overlijdensaangifte":
            return "<p>Meestal doet de uitvaartverzorger de aangifte. Wilt u zelf aangifte doen? Maak dan een afspraak via 14 0%03d.</p>" % (400 + s.idx)
        if pkey in ("wmo-voorziening", "leerlingenvervoer"):
            return opts[2]
        if pkey in ("woo-verzoek", "marktvergunning", "reclamebelasting", "collectevergunning"):
            return opts[1] + "<p>U kunt uw verzoek ook mailen naar <a href=\"mailto:info@%s\">info@%s</a>.</p>" % (s.host.replace("www.", ""), s.host.replace("www.", ""))
        return opts[0]
    if c == "A":
        if appt_url:
            return "<p>U moet hiervoor persoonlijk langskomen. <a class=\"btn\" href=\"%s\">Maak online een afspraak</a>.</p>" % appt_url
        return "<p>Maak een afspraak via 14 0%03d.</p>" % (400 + s.idx)
    if c in ("P", "W"):
        size = 80 + (sorted(PINFO).index(pkey) * 13) % 140
        ext = "docx" if c == "W" else "pdf"
        word = ["(pdf, %d kB)" % size, "(PDF, %d.%d kB)" % (size, s.idx), "pdf", "(PDF %d kB)" % size][s.idx % 4] if c == "P" else "(Word, %d kB)" % size
        return ("<p>Vul het aanvraagformulier in, onderteken het en stuur het naar de gemeente of lever het in bij de balie.</p>"
                "<p><a class=\"download\" href=\"%s\">Aanvraagformulier %s %s</a></p>" % (d["route"], esc(t.lower()), word))
    if c in ("L:F", "L:D"):
        return ("<p>U regelt dit via het <a href=\"%s\">%s</a>. Kies daar het formulier '%s'.</p>"
                % (s.eloket_url, "e-loket" if s.key == "SB" else "digitaal loket", esc(dict((u, tt) for tt, u, k in s.forms)[d["route"]])))
    if c == "T":
        return "<p>Dit regelt u in het belastingportaal: <a href=\"%s\">%s (inloggen met DigiD)</a>.</p>" % (d["route"], esc(t))
    if c.startswith("V:"):
        bkey = c[2:]
        b = BODIES[bkey]
        link = body_link_for(bkey, pkey)
        if bkey == "olo":
            return ("<p>U vraagt de vergunning aan via het landelijke Omgevingsloket. Doe eerst de vergunningcheck.</p>"
                    "<p><a class=\"btn\" href=\"%s\">Vergunning aanvragen in het Omgevingsloket</a> (Deze link gaat naar een externe website)</p>" % body_url("olo", "/aanvragen"))
        if b["link"] == "overview":
            return ("<p>%s voert dit voor de gemeente uit. Kies op de <a href=\"%s\">formulierenpagina van %s</a> het formulier '%s'.</p>"
                    % (esc(b["name"]), link, esc(b["short"]), esc(BODY_PTITLES.get(pkey, t) if BODY_ROUTES[(bkey, pkey)]["level"] != 33 else SHORTFORM[pkey])))
        return "<p>%s regelt dit voor de gemeente %s.</p><p><a class=\"btn ext\" href=\"%s\">%s bij %s</a> (externe link)</p>" % (
            esc(b["name"]), esc(s.short), link, esc(BODY_PTITLES.get(pkey, t)), esc(b["short"]))
    # own online form: styles per platform
    route = d["route"]
    login = "digid" in d["signals"]
    eh = "eherkenning" in d["signals"]
    label = t
    if s.platform == "gravity":
        if login:
            return "<p><a href=\"%s\"><img src=\"/img/digid.svg\" alt=\"DigiD\"></a> <a href=\"%s\">%s</a></p>" % (route, route, esc(label))
        return "<p><a class=\"button\" href=\"%s\">Online aanvragen</a></p>" % route
    if s.platform == "triple":
        if login:
            return "<p class=\"digid-link\"><img src=\"/img/digid.svg\" alt=\"DigiD\"> <a href=\"%s\">link %s</a></p>%s" % (
                route, esc(label), "<p>Ondernemers: <a href=\"%s\">%s (met eHerkenning)</a></p>" % (route, esc(label)) if eh else "")
        return "<p><a href=\"%s\">&gt;&gt; %s online aanvragen</a></p>" % (route, esc(label))
    if s.platform == "formdesk":
        return ("<form class=\"cta\" method=\"get\" action=\"%s\"><button type=\"submit\">%s%s</button></form>" % (route, esc(label), " (DigiD)" if login else ""))
    if s.platform == "iframe":
        return ("<p>Vul het formulier hieronder in%s.</p><iframe src=\"%s\" title=\"%s\" width=\"100%%\" height=\"900\"></iframe>"
                % (" (u logt eerst in met DigiD)" if login else "", route, esc(label)))
    if s.platform == "openforms_js":
        if s.key == "TE":
            return "<div class=\"direct-regelen\"><h2>Direct regelen</h2><a class=\"btn\" href=\"%s\">%s%s</a></div>" % (route, esc(label), " met DigiD" if login else "")
        return "<p><a class=\"btn btn-primary\" href=\"%s\">Online regelen</a></p>" % route
    if s.platform == "openforms_static":
        return "<p><a class=\"utrecht-button-link utrecht-button-link--primary-action\" href=\"%s\">%s%s</a></p>" % (
            route, esc(label), " (inloggen met DigiD%s)" % (" of eHerkenning" if eh else "") if login else "")
    if s.platform == "iform":
        return "<p><a href=\"%s\">Digitaal aanvragen%s</a></p>" % (route, " (met DigiD)" if login else "")
    if s.platform == "eform":
        return "<p><a href=\"%s\">Formulier %s%s</a></p>" % (route, esc(label.lower()), " - inloggen met DigiD" if login else "")
    if s.platform == "wizard":
        if login:
            return "<p><a href=\"%s\"><img src=\"/img/digid.svg\" alt=\"Inloggen met DigiD\"> Regel het online</a></p>" % route
        return "<p><a href=\"%s\">Regel het online</a></p>" % route
    raise ValueError(s.platform)


def generic_trap(s, c, pkey, d, info, high_forms, tax_mijn, rng):
    if c == "direct_regelen":
        others = [(t, u) for t, u in high_forms if u != d.get("route")]
        if len(others) < 3:
            return None
        sel = rng.sample(others, 3)
        lis = "".join("<li><a href=\"%s\"><img src=\"http://%s/img/digid.svg\" alt=\"DigiD\"> %s</a></li>" % (u, s.host, esc(t)) for t, u in sel)
        return ("trap_direct_regelen", "<div class=\"box direct\"><h2>Direct regelen</h2><ul>%s</ul></div>" % lis)
    if c == "status_login":
        return ("trap_status_login", "<p>Heeft u al een aanvraag gedaan? <a href=\"%s\">Bekijk de status in Mijn %s</a> (inloggen met DigiD).</p>" % (s.mijn_url, esc(s.short)))
    if c == "feedback_form":
        WEB.put(s.host, "/feedback", s.layout("Bedankt voor uw reactie", "<p>Uw reactie helpt ons de website te verbeteren.</p>"))
        return ("trap_feedback_form", "<form class=\"feedback\" method=\"post\" action=\"http://%s/feedback\"><fieldset><legend>Was deze informatie nuttig?</legend>"
                "<label><input type=\"radio\" name=\"nuttig\" value=\"ja\"> Ja</label><label><input type=\"radio\" name=\"nuttig\" value=\"nee\"> Nee</label>"
                "<label>Wat kunnen we verbeteren? <textarea name=\"opmerking\"></textarea></label><button type=\"submit\">Verstuur</button></fieldset></form>" % s.host)
    if c == "question_form":
        return ("trap_question_form", "<p>Staat uw antwoord er niet bij? <a href=\"http://%s/contact\">Stel uw vraag via het contactformulier</a>.</p>" % s.host)
    if c == "newsletter":
        WEB.put(s.host, "/nieuwsbrief/aangemeld", s.layout("Aangemeld", "<p>U bent aangemeld voor de nieuwsbrief.</p>"))
        return ("trap_newsletter", "<div class=\"box nieuwsbrief\"><h2>Nieuwsbrief</h2><form method=\"post\" action=\"http://%s/nieuwsbrief/aangemeld\">"
                "<label>E-mailadres <input type=\"email\" name=\"email\"></label><button type=\"submit\">Aanmelden</button></form></div>" % s.host)
    if c == "regulation_pdf":
        sec = PINFO[pkey][0]
        name = {"belastingen": "Verordening belastingen en tarieven 2026", "ondernemen": "Algemene Plaatselijke Verordening (APV)",
                "bouwen": "Beleidsregels omgevingsplan", "zorg": "Verordening sociaal domein 2026", "burgerzaken": "Tarieven leges 2026",
                "parkeren": "Beleidsregels parkeren", "afval": "Afvalstoffenverordening", "bestuur": "Verordening behandeling bezwaarschriften"}[sec]
        path = "/documenten/%s.pdf" % slugify(name)
        WEB.put(s.host, path, make_pdf(name + " - " + s.name, INFO_LINES))
        return ("trap_regulation_pdf", "<p>Regels: <a href=\"%s\">%s (pdf, 312 kB)</a></p>" % (s.abs(path), esc(name)))
    if c == "chat":
        return ("trap_chat", "<div id=\"chat\"></div><script>(function(){var b=document.createElement('button');b.textContent='Chat met ons';"
                "b.className='chat-button';document.getElementById('chat').appendChild(b);})();</script>")
    if c == "bezwaar_form":
        b = info.get("bezwaar")
        if pkey == "bezwaar" or not b or b.get("route") is None:
            return None
        return ("trap_bezwaar_form", "<h2>Bezwaar maken</h2><p>Bent u het niet eens met het besluit? Dien binnen 6 weken een <a href=\"%s\">bezwaarschrift</a> in.</p>" % b["route"])
    if c == "other_pdf":
        others = [(t, u) for t, u in s.pdfs if u != d.get("route")]
        if not others:
            return None
        t, u = others[rng.randrange(len(others))]
        return ("trap_other_pdf", "<p>Zie ook: <a href=\"%s\">%s (pdf)</a></p>" % (u, esc(t)))
    if c == "sibling_page":
        for sib in SIBLINGS.get(pkey, []):
            sd = info.get(sib)
            if sd and sd["status"] == "ok" and sd["level"] is not None and (d["level"] is None or sd["level"] > d["level"]) and sd.get("url") != d.get("url"):
                return ("trap_sibling_page", "<div class=\"related\"><h2>Gerelateerde onderwerpen</h2><ul><li><a href=\"%s\">%s</a> (online te regelen)</li></ul></div>" % (sd["url"], esc(sd["title"])))
        return None
    if c == "digid_info":
        return ("trap_digid_info", "<p>Voor veel online diensten van de gemeente heeft u DigiD nodig. <a href=\"http://%s/aanvragen\">Vraag DigiD aan</a>.</p>" % DIGID)
    if c == "mailto":
        dom = s.host.replace("www.", "")
        return ("trap_mailto", "<p>Vragen? Mail naar <a href=\"mailto:gemeente@%s\">gemeente@%s</a>.</p>" % (dom, dom))
    if c == "omgevingsloket":
        if d["code"] == "V:olo":
            return None
        return ("trap_omgevingsloket", "<p>Gaat u ook bouwen of verbouwen? <a href=\"%s\">Doe de vergunningcheck</a> of <a href=\"%s\">log in op Mijn Omgevingsloket</a>.</p>"
                % (body_url("olo", "/checken/"), body_url("olo", "/mijn-omgevingsloket")))
    if c == "eloket_generic":
        return ("trap_eloket_generic", "<p>Alle formulieren van de gemeente vindt u in het <a href=\"%s\">%s</a>.</p>" % (s.eloket_url, "e-loket" if s.key == "SB" else "digitaal loket"))
    if c == "tax_portal_generic":
        return ("trap_tax_portal", "<p>Vragen over uw aanslag? <a href=\"%s\">Mijn %s</a> (inloggen met DigiD)</p>" % (tax_mijn, esc(BODIES[s.tax]["short"])))
    if c == "social_login":
        tp = BODY_MIJN[s.social] if BODIES[s.social]["kind"] == "taxsocial" else BODY_TRAP_PAGE[s.social][0]
        return ("trap_shared_body_login", "<p>Werk en inkomen regelt u bij <a href=\"%s\">%s</a>.</p>" % (tp, esc(BODIES[s.social]["name"])))
    return None


def section_blocks(s, pkey, d, cta, traps_html):
    desc = PINFO[pkey][2]
    if d["status"] == "not_offered":
        txts = NOT_OFFERED_TEXT[pkey]
        desc_no = txts[s.idx % len(txts)].format(s=s.short)
        return [("Wat is het?", "<p>%s</p>" % esc(desc_no))], traps_html
    cost = "<p>De kosten vindt u in de legestabel.</p>" if pkey not in ("klacht", "melding-openbare-ruimte", "bezwaar", "woo-verzoek", "wmo-voorziening") else "<p>Aan deze dienst zijn geen kosten verbonden.</p>"
    f = s.family
    if f in ("toptaken", "owc", "productid"):
        return [("Wat is het?", "<p>%s</p>" % esc(desc)), ("Hoe werkt het?", cta), ("Wat moet ik doen?", "<p>Houd uw identiteitsbewijs en gegevens bij de hand.</p>"),
                ("Wat kost het?", cost), ("Hoe lang duurt het?", "<p>U krijgt binnen 8 weken een besluit.</p>")], traps_html
    if f == "pdcloket":
        return [("Inleiding", "<p>%s</p>" % esc(desc)), ("Voorwaarden", "<p>U woont of werkt in de gemeente.</p>"),
                ("Aanpak", cta), ("Kosten", cost), ("Termijn", "<p>Binnen 8 weken.</p>")], traps_html
    if f == "iprox":
        return [("Omschrijving", "<p>%s</p>" % esc(desc)), ("Aanvragen", cta), ("Kosten", cost), ("Meer informatie", "<p>Neem contact op met de gemeente.</p>")], traps_html
    return [("", "<p>%s</p>" % esc(desc)), ("Hoe regelt u het?", cta), ("Kosten", cost), ("Voorwaarden", "<p>U staat ingeschreven in de gemeente.</p>")], traps_html


def write_product_page(s, grp, info):
    d0 = info[grp[0]]
    title = d0["title"]
    main = []
    aside = []
    for pkey in grp:
        d = info[pkey]
        blocks, traps_html = section_blocks(s, pkey, d, d["cta"], d["trap_html"])
        if len(grp) > 1:
            main.append("<section class=\"product-part\"><h2>%s</h2>" % esc(PINFO[pkey][1][0] if d["status"] == "ok" else NOT_OFFERED_TITLE.get(pkey, PINFO[pkey][1][0]).format(s=s.short)))
        for h, b in blocks:
            if s.family == "pdcloket":
                main.append("<details open><summary>%s</summary>%s</details>" % (esc(h), b))
            elif s.family == "iprox":
                main.append("<div class=\"accordion\"><button class=\"acc-head\" aria-expanded=\"true\">%s</button><div class=\"acc-body\">%s</div></div>" % (esc(h), b))
            else:
                main.append(("<h%d>%s</h%d>" % (3 if len(grp) > 1 else 2, esc(h), 3 if len(grp) > 1 else 2) if h else "") + b)
        if len(grp) > 1:
            main.append("</section>")
        for th in traps_html:
            if "class=\"box" in th or "class=\"related" in th:
                aside.append(th)
            else:
                main.append(th)
    crumbs = [("Home", "http://%s/" % s.host), ("Producten en diensten", s.overview_url)]
    if s.family == "pdcloket":
        main.insert(0, "<div class=\"product-informatie\"><h2>Product informatie</h2>")
        main.append("</div>")
    WEB.put(d0["host"], d0["path"], s.layout(title, "\n".join(main), "\n".join(aside), crumbs=crumbs, host=d0["host"]))


def write_site_pages(s, info, products, extra):
    host = s.host
    oh = s.page_host()
    # overview A-Z
    items = {}
    for pkey, _ in products:
        d = info[pkey]
        if d["status"] != "not_found":
            items[d["url"]] = d["title"]
    lis = "".join("<li><a href=\"%s\">%s</a></li>" % (u, esc(t)) for u, t in sorted(items.items(), key=lambda x: x[1].lower()))
    ov_path = s.overview_url.split(oh, 1)[1]
    WEB.put(oh, ov_path, s.layout("Producten en diensten", "<p>Alle producten en diensten van de gemeente van A tot Z.</p><ul class=\"az\">%s</ul>" % lis, host=oh))
    if oh != host:
        WEB.put(oh, "/", s.layout("Loket %s" % s.short, "<p>Welkom bij het digitale loket. <a href=\"%s\">Bekijk alle producten</a>.</p>" % s.overview_url, host=oh))
        WEB.put(oh, "/robots.txt", "User-agent: *\nAllow: /\nSitemap: http://%s/sitemap.xml\n" % oh)
    # news (one item mentions a not-found product)
    nf = [pkey for pkey, _ in products if info[pkey]["status"] == "not_found"]
    news = [("Nieuwe openingstijden gemeentehuis", "Vanaf 1 maart is het gemeentehuis op donderdagavond open tot 20.00 uur. U kunt dan alleen op afspraak terecht."),
            ("Afvalkalender 2026 online", "De nieuwe afvalkalender staat online. Bekijk de ophaaldagen bij u in de straat."),
            ("Werkzaamheden in het centrum", "Vanaf maandag wordt de riolering vervangen. Het centrum is beperkt bereikbaar.")]
    if nf:
        pk = nf[0]
        info[pk]["news_trap"] = True
        news.append(("Raad bespreekt %s" % PINFO[pk][1][0].lower(), "De gemeenteraad bespreekt binnenkort nieuwe regels over %s. Op dit moment verandert er nog niets voor inwoners en ondernemers." % SHORTFORM[pk].lower()))
    nlinks = []
    for j, (t, txt) in enumerate(news):
        p = "/nieuws/%s" % slugify(t)
        WEB.put(host, p, s.layout(t, "<p class=\"date\">%d maart 2026</p><p>%s</p>" % (j + 2, esc(txt)), crumbs=[("Home", "/"), ("Nieuws", "/nieuws/")]))
        nlinks.append("<li><a href=\"%s\">%s</a></li>" % (p, esc(t)))
    WEB.put(host, "/nieuws/", s.layout("Nieuws", "<ul>%s</ul>" % "".join(nlinks)))
    # contact with generic contact form
    WEB.put(host, "/contact", s.layout("Contact", "<p>Bel 14 0%03d of stel uw vraag via het formulier.</p>"
            "<form method=\"post\" action=\"/contact-verzonden\"><label>Naam <input name=\"naam\"></label><label>E-mail <input type=\"email\" name=\"email\"></label>"
            "<label>Onderwerp <input name=\"onderwerp\"></label><label>Uw vraag <textarea name=\"vraag\"></textarea></label><button type=\"submit\">Verzenden</button></form>" % (400 + s.idx)))
    WEB.put(host, "/contact-verzonden", s.layout("Bedankt", "<p>Wij hebben uw vraag ontvangen.</p>"))
    for p, t in (("/privacyverklaring", "Privacyverklaring"), ("/toegankelijkheid", "Toegankelijkheid")):
        WEB.put(host, p, s.layout(t, "<p>%s van %s.</p>" % (t, esc(s.name))))
    WEB.put(host, "/zoeken", s.layout("Zoeken", "<p>Gebruik het zoekveld om te zoeken op de website. Of bekijk <a href=\"%s\">alle producten en diensten</a>.</p>" % s.overview_url))
    # home
    top = []
    for pkey in ("verhuismelding", "paspoort", "afvalcontainer", "melding-openbare-ruimte", "omgevingsvergunning", "bijstand"):
        d = info[pkey]
        if d["status"] != "not_found":
            top.append("<li><a href=\"%s\">%s</a></li>" % (d["url"], esc(d["title"])))
    bodies = []
    for attr in ("tax", "social", "od", "waste"):
        bk = getattr(s, attr)
        if bk in BODIES:
            bodies.append("<li><a href=\"http://%s/\">%s</a></li>" % (BODIES[bk]["host"], esc(BODIES[bk]["name"])))
    home = ("<p>Welkom op de website van %s.</p><h2>Veelgezocht</h2><ul>%s</ul><p><a href=\"%s\">Alle producten en diensten</a></p>"
            "<h2>Samenwerkingspartners</h2><ul>%s</ul><h2>Nieuws</h2><ul>%s</ul>" % (esc(s.name), "".join(top), s.overview_url, "".join(bodies), "".join(nlinks)))
    if s.eloket:
        home += "<p><a href=\"%s\">Naar het %s</a></p>" % (s.eloket_url, "e-loket" if s.key == "SB" else "digitaal loket")
    if s.family == "pdcloket":
        home += "<p>Producten aanvragen? Ga naar het <a href=\"http://loket.boekel.test/\">digitale loket</a>.</p>"
    WEB.put(host, "/", s.layout("Home", home))
    # robots + sitemap
    WEB.put(host, "/robots.txt", "User-agent: *\nDisallow: /zoeken\nSitemap: http://%s/sitemap.xml\n" % host)
    urls = ["http://%s/" % host, s.overview_url] + sorted(items.keys())
    sm = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n" + "".join(
        "<url><loc>%s</loc></url>\n" % esc(u) for u in urls) + "</urlset>\n"
    WEB.put(host, "/sitemap.xml", sm)
    if s.key == "ZO":
        WEB.put(host, "/niet-gevonden.html", s.layout("Pagina niet gevonden", "<p>Helaas, de pagina die u zoekt bestaat niet (meer). Probeer de <a href=\"/zoeken\">zoekfunctie</a>.</p>"))


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "web")
    if os.path.exists(out):
        shutil.rmtree(out)
    os.makedirs(out)
    labels, orgs = build()
    WEB.write(out)
    with open(os.path.join(out, "organisations.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["code", "name", "org_type", "website", "inhabitants"])
        for o in orgs:
            w.writerow(o)
    with open(os.path.join(out, "labels.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["org_code", "product_key", "level", "status", "product_url", "route_url", "level_strict", "via", "signals", "notes"])
        for r in labels:
            w.writerow(r)
    beh = {
        "redirects": WEB.redirects,
        "host_redirects": [{"host": "sonenbreugel.test", "status": 301, "to": "www.sonenbreugel.test"},
                           {"host": "teylingen.test", "status": 301, "to": "www.teylingen.test"}],
        "not_found_pages": [{"host": "www.zoeterwoude.test", "file": "sites/www.zoeterwoude.test/niet-gevonden.html", "status": 200}],
    }
    with open(os.path.join(out, "testweb.json"), "w", encoding="utf-8") as f:
        json.dump({"generator": "web-dev26/gen.py", "behaviours": beh}, f, indent=1, sort_keys=True)
        f.write("\n")
    print("wrote %d files, %d label rows into %s" % (len(WEB.files), len(labels), out))


if __name__ == "__main__":
    main()
