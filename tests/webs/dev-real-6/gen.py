#!/usr/bin/env python3
"""Generator of the held-out simulated web 'web-dev6' (12 Dutch government organisations).

usage: python3 gen.py [OUTDIR]      (default: web/ beside this script)

Deterministic: no randomness, no clocks; two runs give byte-identical output.
"""
import csv
import html
import json
import os
import shutil
import sys
import zlib

PRODUCTS_CSV = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "config", "products.csv")
HERE = os.path.dirname(os.path.abspath(__file__))

# ---------------------------------------------------------------- products
def load_products():
    out = {}
    with open(PRODUCTS_CSV, newline="", encoding="utf-8") as f:
        for r in csv.DictReader(f):
            out[r["product_key"]] = dict(key=r["product_key"], name=r["name_nl"],
                                         types=r["org_types"], audience=r["audience"],
                                         offered_by=r["offered_by"])
    return out

# own titles: (formal, colloquial / life event), short description
T = {
 "brp-uittreksel": ("Uittreksel BRP aanvragen", "Uittreksel uit de Basisregistratie Personen",
   "Met een uittreksel uit de Basisregistratie Personen (BRP) laat u zien waar u woont en sinds wanneer. U heeft het bijvoorbeeld nodig voor een woning, een baan in het buitenland of de notaris."),
 "verhuismelding": ("Verhuizing doorgeven", "Verhuizen",
   "Gaat u verhuizen binnen de gemeente of komt u hier wonen? Geef uw nieuwe adres uiterlijk 5 dagen na de verhuisdatum door. Dit kan al 4 weken van tevoren."),
 "geboorteaangifte": ("Geboorteaangifte doen", "Een kind krijgen",
   "Is uw kind geboren? Doe binnen 3 dagen aangifte van de geboorte. Na de aangifte krijgt uw kind een burgerservicenummer (BSN)."),
 "overlijdensaangifte": ("Aangifte van overlijden", "Iemand overleden",
   "Als iemand overlijdt, moet dit worden aangegeven bij de gemeente waar het overlijden plaatsvond. Meestal regelt de uitvaartondernemer dit voor u."),
 "huwelijksaangifte": ("Melding voorgenomen huwelijk of partnerschap", "Trouwen",
   "Wilt u trouwen of een geregistreerd partnerschap aangaan? Meld dit minimaal 2 weken en maximaal 1 jaar van tevoren bij de gemeente."),
 "paspoort": ("Paspoort aanvragen", "Paspoort",
   "Een paspoort vraagt u persoonlijk aan op het gemeentehuis. Neem een recente pasfoto mee. U kunt het paspoort na ongeveer 5 werkdagen ophalen."),
 "identiteitskaart": ("Identiteitskaart aanvragen", "ID-kaart",
   "Een Nederlandse identiteitskaart vraagt u persoonlijk aan. Kinderen moeten bij de aanvraag aanwezig zijn. De ID-kaart is 10 jaar geldig."),
 "parkeervergunning": ("Parkeervergunning bewoners", "Parkeren in uw straat",
   "Woont u in een gebied met betaald parkeren? Dan kunt u een parkeervergunning voor bewoners aanvragen. Er geldt een wachtlijst in sommige gebieden."),
 "gehandicaptenparkeerkaart": ("Gehandicaptenparkeerkaart (GPK) aanvragen", "Parkeren met een beperking",
   "Kunt u door een ziekte of handicap maar een kleine afstand lopen? Dan kunt u een gehandicaptenparkeerkaart aanvragen. Een arts beoordeelt uw aanvraag."),
 "gehandicaptenparkeerplaats": ("Gehandicaptenparkeerplaats aanvragen", "Een eigen parkeerplek bij uw huis (gehandicapten)",
   "Heeft u een gehandicaptenparkeerkaart en geen eigen parkeerplek? Dan kunt u een parkeerplaats op kenteken aanvragen."),
 "hondenbelasting": ("Hondenbelasting", "Hond aanmelden of afmelden",
   "Heeft u een hond? Dan betaalt u hondenbelasting. U meldt uw hond aan binnen 2 weken nadat u hem in huis heeft genomen."),
 "belastingkwijtschelding": ("Kwijtschelding gemeentelijke belastingen", "Ik kan mijn belastingen niet betalen",
   "Heeft u een laag inkomen en weinig vermogen? Dan hoeft u misschien geen afvalstoffenheffing en rioolheffing te betalen."),
 "woz-bezwaar": ("Bezwaar maken tegen de WOZ-beschikking", "Mijn WOZ-waarde klopt niet",
   "Bent u het niet eens met de WOZ-waarde van uw woning of bedrijfspand? Maak binnen 6 weken na de dagtekening van de aanslag bezwaar."),
 "bijstand": ("Bijstandsuitkering aanvragen", "Geen inkomen",
   "Heeft u geen of te weinig inkomen om van te leven? Dan heeft u misschien recht op een bijstandsuitkering (Participatiewet)."),
 "bijzondere-bijstand": ("Bijzondere bijstand", "Hulp bij onverwachte kosten",
   "Heeft u onverwachte, noodzakelijke kosten die u niet zelf kunt betalen? Bijvoorbeeld een bril, een wasmachine of bewindvoering? Vraag dan bijzondere bijstand aan."),
 "wmo-voorziening": ("Wmo-voorziening aanvragen", "Hulp en ondersteuning thuis",
   "Heeft u hulp nodig om zelfstandig thuis te blijven wonen? Denk aan huishoudelijke hulp, een scootmobiel of een traplift. Dit regelt u via de Wet maatschappelijke ondersteuning (Wmo)."),
 "leerlingenvervoer": ("Leerlingenvervoer aanvragen", "Vervoer naar school",
   "Kan uw kind niet zelfstandig naar school? Misschien krijgt u een vergoeding voor het vervoer. Vraag leerlingenvervoer voor 1 mei aan voor het nieuwe schooljaar."),
 "grofvuil": ("Grofvuil laten ophalen", "Grof afval",
   "Grote spullen zoals meubels, matrassen en tapijt laat u ophalen. Maak een afspraak voor het ophalen of breng het zelf naar de milieustraat."),
 "afvalcontainer": ("Afvalcontainer aanvragen of wijzigen", "Kliko kapot of extra container",
   "Is uw container kapot, gestolen of wilt u een grotere of extra container? Geef het aan ons door."),
 "melding-openbare-ruimte": ("Melding openbare ruimte", "Iets kapot op straat? Meld het",
   "Ziet u een losliggende stoeptegel, een kapotte lantaarnpaal of zwerfafval? Doe een melding. Wij lossen het zo snel mogelijk op."),
 "omgevingsvergunning": ("Omgevingsvergunning aanvragen", "Verbouwen",
   "Wilt u bouwen, verbouwen, slopen of het gebruik van een pand wijzigen? Misschien heeft u een omgevingsvergunning nodig. Doe eerst de vergunningcheck in het Omgevingsloket."),
 "kapvergunning": ("Kapvergunning", "Een boom kappen",
   "Wilt u een boom kappen? Voor bomen met een stamomtrek van meer dan 80 centimeter heeft u meestal een vergunning nodig."),
 "bouwdossier-inzage": ("Bouwdossier inzien", "Bouwtekening van uw huis opvragen",
   "Wilt u de bouwtekening of vergunning van uw huis bekijken? Vraag het bouwdossier op. U krijgt het digitaal of u bekijkt het op het gemeentehuis."),
 "bezwaar": ("Bezwaar maken tegen een besluit", "Niet eens met een besluit",
   "Bent u het niet eens met een besluit? Dan kunt u binnen 6 weken bezwaar maken. In het bezwaarschrift staat waarom u het niet eens bent met het besluit."),
 "klacht": ("Klacht indienen", "Niet tevreden over ons",
   "Bent u niet tevreden over hoe een medewerker u heeft behandeld? Dien dan een klacht in. Wij nemen binnen 2 werkdagen contact met u op."),
 "woo-verzoek": ("Woo-verzoek indienen", "Informatie opvragen (Woo)",
   "Met een verzoek op grond van de Wet open overheid (Woo) vraagt u documenten op over een bestuurlijke aangelegenheid."),
 "subsidie": ("Subsidie aanvragen", "Subsidies voor verenigingen en initiatieven",
   "Organiseert u iets voor de inwoners of zet u zich in voor de buurt? Misschien komt u in aanmerking voor subsidie."),
 "evenementenvergunning": ("Evenementenvergunning aanvragen", "Iets organiseren op straat",
   "Organiseert u een festival, braderie, straatfeest of sportwedstrijd? Voor grotere evenementen heeft u een evenementenvergunning nodig. Vraag deze minimaal 8 weken van tevoren aan."),
 "exploitatievergunning-horeca": ("Exploitatievergunning horeca", "Een horecazaak beginnen",
   "Wilt u een restaurant, café of snackbar beginnen? Dan heeft u een exploitatievergunning nodig. Wij doen een Bibob-toets."),
 "alcoholvergunning": ("Alcoholvergunning aanvragen", "Drank schenken",
   "Schenkt u alcohol in uw horecazaak of slijterij? Dan heeft u een alcoholvergunning nodig op grond van de Alcoholwet."),
 "terrasvergunning": ("Terrasvergunning", "Een terras bij uw zaak",
   "Wilt u een terras plaatsen op de openbare weg bij uw horecazaak? Vraag dan een terrasvergunning aan."),
 "standplaatsvergunning": ("Standplaatsvergunning", "Verkopen vanuit een kraam of foodtruck",
   "Wilt u op een vaste plek buiten de markt iets verkopen, bijvoorbeeld vanuit een viskraam of foodtruck? Dan heeft u een standplaatsvergunning nodig."),
 "marktvergunning": ("Marktvergunning aanvragen", "Een kraam op de weekmarkt",
   "Wilt u een vaste of losse plaats op de weekmarkt? Meld u aan bij de marktmeester of vraag een marktvergunning aan."),
 "reclamebelasting": ("Reclamebelasting", "Reclame aan uw gevel",
   "Heeft u reclame aan of op uw pand die vanaf de openbare weg zichtbaar is? Dan betaalt u in sommige gebieden reclamebelasting."),
 "geluidsontheffing": ("Ontheffing geluid aanvragen", "Muziek of lawaai bij een feest",
   "Maakt u meer geluid dan mag, bijvoorbeeld bij een feest met livemuziek of bij werkzaamheden 's nachts? Vraag een geluidsontheffing aan."),
 "winkeltijdenontheffing": ("Ontheffing winkeltijden", "Winkel open op zondag",
   "Wilt u uw winkel openen buiten de gewone winkeltijden? Daarvoor heeft u soms een ontheffing nodig."),
 "kansspelautomaatvergunning": ("Aanwezigheidsvergunning speelautomaten", "Een gokkast in uw café",
   "Wilt u een of twee speelautomaten in uw horecazaak plaatsen? Dan heeft u een aanwezigheidsvergunning nodig."),
 "collectevergunning": ("Collectevergunning aanvragen", "Collecteren",
   "Wilt u langs de deuren gaan om geld in te zamelen voor een goed doel? Vraag een collectevergunning aan."),
 "ligplaatsvergunning": ("Ligplaatsvergunning", "Een boot aanleggen",
   "Wilt u uw boot of woonboot in openbaar water laten liggen? Dan heeft u een ligplaatsvergunning nodig."),
 "uitwegvergunning": ("Uitritvergunning aanvragen", "Inrit of uitrit aanleggen",
   "Wilt u een inrit naar uw erf of garage aanleggen of wijzigen? Dan heeft u een uitwegvergunning (uitritvergunning) nodig."),
 "belastingaanslag-bezwaar": ("Bezwaar maken tegen de aanslag gemeentelijke belastingen", "Het klopt niet met mijn aanslag",
   "Bent u het niet eens met uw aanslag afvalstoffenheffing, rioolheffing of onroerendezaakbelasting? Maak binnen 6 weken bezwaar."),
 "betalingsregeling": ("Betalingsregeling aanvragen", "Belastingen in termijnen betalen",
   "Kunt u de aanslag niet in een keer betalen? Vraag een betalingsregeling aan of betaal via automatische incasso in 10 termijnen."),
 # provincie / waterschap specific
 "beschermde-dieren-ontheffing": ("Ontheffing Flora- en faunawet (soortenbescherming)", "Werken bij beschermde dieren en planten",
   "Gaat u werkzaamheden uitvoeren waarbij beschermde dieren of planten worden verstoord? Dan heeft u mogelijk een ontheffing soortenbescherming nodig."),
 "natuurvergunning": ("Natuurvergunning Natura 2000", "Activiteiten bij een Natura 2000-gebied",
   "Voor activiteiten die schadelijk kunnen zijn voor een Natura 2000-gebied, zoals stikstofuitstoot, heeft u een natuurvergunning nodig."),
 "ontgrondingsvergunning": ("Ontgrondingsvergunning", "Zand, grind of klei winnen",
   "Wilt u grond afgraven dieper dan de vrijstellingsgrens, bijvoorbeeld voor zand- of grindwinning? Dan heeft u een ontgrondingsvergunning nodig."),
 "tijdelijk-luchtvaartterrein": ("TUG-ontheffing: tijdelijk en uitzonderlijk gebruik van een terrein", "Opstijgen of landen buiten een vliegveld",
   "Wilt u met een helikopter, luchtballon of watervliegtuig opstijgen of landen buiten een luchthaven? Vraag een TUG-ontheffing aan."),
 "wegvergunning-provinciaal": ("Werkzaamheden langs een provinciale weg of vaarweg", "Werken aan of naast de weg",
   "Wilt u kabels of leidingen leggen, een uitrit aanleggen of iets plaatsen langs een weg of vaarweg die wij beheren? Dan heeft u een vergunning of melding nodig."),
 "vuurwerk-ontbranding": ("Ontbrandingstoestemming vuurwerk", "Vuurwerkshow geven",
   "Bent u een erkend vuurwerkbedrijf en wilt u een vuurwerkshow geven? Vraag dan toestemming tot ontbranding aan."),
 "schadevergoeding-provincie": ("Schade melden", "Schade door wild of werkzaamheden",
   "Heeft u schade door dieren of door werkzaamheden van ons? Meld de schade zo snel mogelijk."),
 "watervergunning": ("Watervergunning aanvragen", "Werken in of bij het water",
   "Wilt u iets doen in of bij een watergang, dijk of grondwater? Dan heeft u mogelijk een watervergunning nodig of moet u een melding doen."),
 "watermelding": ("Melding doen", "Wateroverlast, vervuiling of dode vissen melden",
   "Ziet u vervuiling in het water, dode vissen, een kapotte stuw of wateroverlast? Meld het ons. Ook 's nachts en in het weekend."),
 "zuiveringsheffing": ("Zuiveringsheffing", "Betalen voor het zuiveren van afvalwater",
   "Met de zuiveringsheffing betaalt u voor het zuiveren van uw afvalwater. Bedrijven betalen naar het aantal vervuilingseenheden."),
 "watersysteemheffing": ("Watersysteemheffing", "Betalen voor droge voeten en schoon water",
   "Met de watersysteemheffing betaalt u voor het beheer van dijken, sloten en het waterpeil. Eigenaren van gebouwen, grond en natuur en ingezetenen betalen deze heffing."),
 "bedrijfsafvalwater-melding": ("Lozing van bedrijfsafvalwater melden", "Afvalwater van uw bedrijf lozen",
   "Loost uw bedrijf afvalwater op het riool of oppervlaktewater? Soms moet u dat vooraf melden."),
 "handelsregister-inschrijving": ("Inschrijven in het Handelsregister", "Bedrijf inschrijven",
   "Start u een bedrijf? Dan schrijft u het in bij KVK. U ontvangt dan een KVK-nummer."),
 "rws-vergunning": ("Watervergunning Rijkswaterstaat", "Werken in of bij rijkswater",
   "Wilt u iets doen in of bij rijkswateren, zoals de grote rivieren, het IJsselmeer of de Noordzee? Dan heeft u een watervergunning van Rijkswaterstaat nodig."),
}

SECTION = {  # section for URL schemes
 "brp-uittreksel": "Burgerzaken", "verhuismelding": "Burgerzaken", "geboorteaangifte": "Burgerzaken",
 "overlijdensaangifte": "Burgerzaken", "huwelijksaangifte": "Burgerzaken", "paspoort": "Burgerzaken",
 "identiteitskaart": "Burgerzaken", "parkeervergunning": "Parkeren", "gehandicaptenparkeerkaart": "Parkeren",
 "gehandicaptenparkeerplaats": "Parkeren", "hondenbelasting": "Belastingen", "belastingkwijtschelding": "Belastingen",
 "woz-bezwaar": "Belastingen", "belastingaanslag-bezwaar": "Belastingen", "betalingsregeling": "Belastingen",
 "reclamebelasting": "Belastingen", "bijstand": "Zorg en inkomen", "bijzondere-bijstand": "Zorg en inkomen",
 "wmo-voorziening": "Zorg en inkomen", "leerlingenvervoer": "Zorg en inkomen", "grofvuil": "Afval",
 "afvalcontainer": "Afval", "melding-openbare-ruimte": "Wonen", "omgevingsvergunning": "Bouwen",
 "kapvergunning": "Bouwen", "bouwdossier-inzage": "Bouwen", "uitwegvergunning": "Bouwen",
 "bezwaar": "Bestuur", "klacht": "Bestuur", "woo-verzoek": "Bestuur", "subsidie": "Subsidies",
 "ligplaatsvergunning": "Wonen", "collectevergunning": "Vergunningen",
}
BUSINESS = {"evenementenvergunning", "exploitatievergunning-horeca", "alcoholvergunning", "terrasvergunning",
            "standplaatsvergunning", "marktvergunning", "reclamebelasting", "geluidsontheffing",
            "winkeltijdenontheffing", "kansspelautomaatvergunning"}

def sec(pk):
    return SECTION.get(pk, "Vergunningen")

def slugify(s):
    out = []
    for ch in s.lower():
        if ch.isalnum():
            out.append(ch)
        elif out and out[-1] != "-":
            out.append("-")
    return "".join(out).strip("-").replace("é", "e").replace("ë", "e")

def h(s):
    return html.escape(s, quote=True)

def hnum(s, mod):
    return zlib.crc32(s.encode()) % mod

# ---------------------------------------------------------------- organisations and plans
# Codes per gemeente row (order TIL EDE TEX MDL OLD BOZ LEL):
#   100 / 67 / 33 / 0  level, NF not found, NO not offered;
#   suffix v = via a shared body, p = explicit pre-fill text, a = appointment link, j = JS-only form
G_ORDER = ["GM0855", "GM0228", "GM0448", "GM1842", "GM1895", "GM0748", "GM0995"]
G_TABLE = """
brp-uittreksel             100p  100   100    100    100    100p  100
verhuismelding             100   100p  100    100    100    100   100p
geboorteaangifte           100   0a    0      100    0      100   100
overlijdensaangifte        0     33    0      NF     33     0     0
huwelijksaangifte          100   100   67     33     100    100   100
paspoort                   0a    0a    0a     0      0a     0a    0a
identiteitskaart           0a    0a    0a     NF     0a     0a    0a
parkeervergunning          100v  100   NF     NO     NF     100v  100
gehandicaptenparkeerkaart  100   33    33     100v   100    33    100
gehandicaptenparkeerplaats 33    67    0      NF     33     100   33
hondenbelasting            100   100v  NO     NO     100v   100v  NO
belastingkwijtschelding    100   100v  100    100v   100v   100v  100
woz-bezwaar                100p  100v  100    100v   100v   100v  100
bijstand                   100v  100v  100v   100v   100v   100v  100v
bijzondere-bijstand        100   100   33     100v   100v   33    100
wmo-voorziening            67    0     0      67v    0v     67    100
leerlingenvervoer          100   100   33     100v   33     100   67
grofvuil                   67    67v   0      67     67     100   67
afvalcontainer             100    67v    NF     67     67     100    100  
melding-openbare-ruimte    67j   67    67     67     67     67    67
omgevingsvergunning        100v  100v  100v   100v   100v   100v  100v
kapvergunning              100v  67    33     100v   33     100v  100
bouwdossier-inzage         67     67v    0      NF     67     0      100  
bezwaar                    100    100    33     100    100    100    100  
klacht                     100    100    67     67     67     100    100  
woo-verzoek                100    100    33     67     100    100    100  
subsidie                   100   100   33     33     0      100   100
evenementenvergunning      100   100   33     33     67     100   100
exploitatievergunning-horeca 100    33     0      NF     33     100    33   
alcoholvergunning          100   33    33     33     33     100   100
terrasvergunning           100    67     33     NF     0      100    0    
standplaatsvergunning      100    0      33     NF     0      67     33   
marktvergunning            0      0      NF     NF     0      0      NO   
reclamebelasting           NO    0     NO     NF     NF     0     0
geluidsontheffing          100    67     0      33     67     100    0    
winkeltijdenontheffing     0      0      NF     NO     0      33     0    
kansspelautomaatvergunning 33     33     NF     NF     0      0      33   
collectevergunning         100    0      0      NF     33     67     0    
ligplaatsvergunning        NF     NF     33     100    0      NF     100  
uitwegvergunning           100    67     0      33     67     100    100  
belastingaanslag-bezwaar   100   100v  100    100v   100v   100v  100
betalingsregeling          67    100v  0      100v   67v    100v  67
"""

OTHER_PLANS = {
 "PV31": {"omgevingsvergunning": "100v", "bezwaar": "67", "klacht": "67", "woo-verzoek": "100",
          "subsidie": "100", "evenementenvergunning": "33", "geluidsontheffing": "33",
          "uitwegvergunning": "100", "beschermde-dieren-ontheffing": "100", "natuurvergunning": "100v",
          "ontgrondingsvergunning": "100v", "tijdelijk-luchtvaartterrein": "67j",
          "wegvergunning-provinciaal": "100", "vuurwerk-ontbranding": "33",
          "schadevergoeding-provincie": "67v", "watervergunning": "0"},
 "WS0665": {"belastingkwijtschelding": "100v", "melding-openbare-ruimte": "67s", "omgevingsvergunning": "100v",
            "bezwaar": "67", "klacht": "67", "woo-verzoek": "67", "subsidie": "100",
            "wegvergunning-provinciaal": "NO", "schadevergoeding-provincie": "33", "watervergunning": "100v",
            "watermelding": "67s", "zuiveringsheffing": "0", "watersysteemheffing": "0",
            "belastingaanslag-bezwaar": "100v", "betalingsregeling": "100v", "bedrijfsafvalwater-melding": "33"},
 "WS0661": {"belastingkwijtschelding": "100v", "melding-openbare-ruimte": "67", "omgevingsvergunning": "100v",
            "bezwaar": "33", "klacht": "67", "woo-verzoek": "67", "subsidie": "33",
            "wegvergunning-provinciaal": "100", "schadevergoeding-provincie": "67", "watervergunning": "100v",
            "watermelding": "67j", "zuiveringsheffing": "0", "watersysteemheffing": "NF",
            "belastingaanslag-bezwaar": "100v", "betalingsregeling": "67v", "bedrijfsafvalwater-melding": "100"},
 "zb000184": {"handelsregister-inschrijving": "100p"},
 "oorg10004": {"rws-vergunning": "100v"},
}

ORGS = [
 dict(code="GM0855", name="Gemeente Tilburg", type="gemeente", short="Tilburg", host="www.tilburg.test", inh=227000, fam="til"),
 dict(code="GM0228", name="Gemeente Ede", type="gemeente", short="Ede", host="www.ede.test", inh=121000, fam="ede"),
 dict(code="GM0448", name="Gemeente Texel", type="gemeente", short="Texel", host="www.texel.test", inh=13700, fam="tex"),
 dict(code="GM1842", name="Gemeente Midden-Delfland", type="gemeente", short="Midden-Delfland", host="www.middendelfland.test", inh=20100, fam="mdl"),
 dict(code="GM1895", name="Gemeente Oldambt", type="gemeente", short="Oldambt", host="www.gemeente-oldambt.test", inh=39000, fam="old"),
 dict(code="GM0748", name="Gemeente Bergen op Zoom", type="gemeente", short="Bergen op Zoom", host="www.bergenopzoom.test", inh=68900, fam="boz"),
 dict(code="GM0995", name="Gemeente Lelystad", type="gemeente", short="Lelystad", host="www.lelystad.test", inh=82000, fam="lel"),
 dict(code="PV31", name="Provincie Limburg", type="provincie", short="Limburg", host="www.limburg.test", inh="", fam="pv"),
 dict(code="WS0665", name="Waterschap Limburg", type="waterschap", short="Waterschap Limburg", host="www.waterschaplimburg.test", inh="", fam="wsl"),
 dict(code="WS0661", name="Waterschap Scheldestromen", type="waterschap", short="Scheldestromen", host="www.scheldestromen.test", inh="", fam="wss"),
 dict(code="zb000184", name="Kamer van Koophandel", type="rijk", short="KVK", host="www.kvk.test", inh="", fam="kvk"),
 dict(code="oorg10004", name="Rijkswaterstaat", type="rijk", short="Rijkswaterstaat", host="www.rijkswaterstaat.test", inh="", fam="rws"),
]
# website as typed (www/non-www redirects for Texel and Bergen op Zoom)
WEBSITE = {"GM0448": "http://texel.test/", "GM0748": "http://bergenopzoom.test/"}

# shared bodies (all invented hosts)
OLO = "omgevingswet.overheid.test"
SHARED = {
 # (org code, product group) -> (host, name)
 "tax": {"GM0228": ("www.belastingsamenwerking-vallei.test", "Belastingsamenwerking Vallei en Eem"),
         "GM1842": ("www.belastingloket-delfland.test", "Belastingloket Delfland-Westland"),
         "GM1895": ("www.belastingen-oostgroningen.test", "Belastingen Oost-Groningen"),
         "GM0748": ("www.belastingkantoor-westbrabant.test", "Belastingkantoor West-Brabant"),
         "WS0665": ("www.bslimburg.test", "Belastingsamenwerking Limburg (BSL)"),
         "WS0661": ("www.zeeuwsbelastinghuis.test", "Zeeuws Belastinghuis")},
 "social": {"GM1842": ("www.isd-maasdelfland.test", "ISD Maas en Delfland (samen met Maassluis)"),
            "GM1895": ("www.werkeninkomen-oostgroningen.test", "Werk en Inkomen Oost-Groningen")},
 "waste": {"GM0228": ("www.afvalservice-vallei.test", "Afvalservice Vallei")},
 "od": {"GM0228": ("www.odveluwevallei.test", "Omgevingsdienst Veluwe-Vallei")},
 "parking": {"GM0855": ("tilburg.parkeerloket.test", "Parkeerloket Tilburg"),
             "GM0748": ("bergenopzoom.mijnparkeren.test", "Mijn Parkeren Bergen op Zoom")},
 "gpk": {"GM1842": ("www.isd-maasdelfland.test", "ISD Maas en Delfland (samen met Maassluis)")},
}
TAXP = {"hondenbelasting", "belastingkwijtschelding", "woz-bezwaar", "belastingaanslag-bezwaar", "betalingsregeling"}
SOCIALP = {"bijstand", "bijzondere-bijstand", "wmo-voorziening", "leerlingenvervoer"}

def via_body(org, pk):
    c = org["code"]
    if pk in ("omgevingsvergunning", "natuurvergunning", "ontgrondingsvergunning", "watervergunning", "rws-vergunning", "kapvergunning"):
        return (OLO, "Omgevingsloket")
    if pk in TAXP:
        return SHARED["tax"][c]
    if pk == "bijstand" and c not in SHARED["social"]:
        return ("www.werk.test", "Werk.nl (UWV)")
    if pk in SOCIALP:
        return SHARED["social"][c]
    if pk in ("grofvuil", "afvalcontainer"):
        return SHARED["waste"][c]
    if pk == "bouwdossier-inzage":
        return SHARED["od"][c]
    if pk == "parkeervergunning":
        return SHARED["parking"][c]
    if pk == "gehandicaptenparkeerkaart":
        return SHARED["gpk"][c]
    if pk == "schadevergoeding-provincie":
        return ("www.bij12.test", "BIJ12 (Faunafonds)")
    raise KeyError((c, pk))

def parse_code(code):
    st = "ok"
    if code == "NF":
        return dict(status="not_found", level=None, flags="")
    if code == "NO":
        return dict(status="not_offered", level=None, flags="")
    num = "".join(ch for ch in code if ch.isdigit())
    return dict(status=st, level=int(num), flags="".join(ch for ch in code if ch.isalpha()))

# ---------------------------------------------------------------- traps (deterministic assignment)
TRAP_KINDS = ["contact", "tariffpdf", "otherform", "survey", "newsletter", "news", "status", "digidinfo", "mailto", "appointment"]
TRAP_TEXT = {
 "contact": "generic contact form linked from the page",
 "tariffpdf": "tariff/regulation PDF linked from the page",
 "otherform": "a form of a different product linked under 'Zie ook'",
 "survey": "satisfaction survey form linked under the page",
 "newsletter": "newsletter subscription form on the page",
 "news": "news item about the product linked from the page",
 "status": "'Bekijk de status van uw aanvraag' DigiD login (status tracker, not a request form)",
 "digidinfo": "'DigiD aanvragen' link to digid.test's information page",
 "mailto": "mailto link for questions",
 "appointment": "appointment booking next to the information",
 "sitelogin": "site-wide 'Mijn' login in the header",
 "footerdigid": "DigiD logo in the footer",
 "sibling": "a similar sibling page on the same site",
}

def traps_for(org, pk, row):
    if row["status"] != "ok":
        return []
    n = hnum(org["code"] + pk, 100)
    t = []
    if n < 52:  # about half of the rows get a page trap
        t.append(TRAP_KINDS[hnum(pk + org["code"] + "k", len(TRAP_KINDS))])
        if n < 15:
            k2 = TRAP_KINDS[hnum(pk + "2" + org["code"], len(TRAP_KINDS))]
            if k2 not in t:
                t.append(k2)
    # do not put an appointment "trap" where it is the real route; status/otherform need a lower level
    if "a" in row["flags"] and "appointment" in t:
        t.remove("appointment")
    if row["level"] == 100 and "otherform" in t:
        t.remove("otherform")
    return t

# ---------------------------------------------------------------- PDF writer
def pdf_bytes(title, lines, form=False):
    def esc(s):
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)").encode("latin-1", "replace").decode("latin-1")
    y = 800
    ops = ["BT /F1 16 Tf 50 %d Td (%s) Tj ET" % (y, esc(title))]
    y -= 30
    for ln in lines:
        ops.append("BT /F1 10 Tf 50 %d Td (%s) Tj ET" % (y, esc(ln)))
        y -= 16
        if form and ln.endswith(":"):
            ops.append("50 %d m 545 %d l S" % (y + 4, y + 4))
            y -= 10
        if y < 60:
            break
    stream = "\n".join(ops).encode("latin-1", "replace")
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
            b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
            ("<< /Title (%s) /Producer (web-dev6 gen.py) >>" % esc(title)).encode("latin-1", "replace")]
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

def form_pdf(org, title):
    return pdf_bytes(title, [org["name"], "Aanvraagformulier - in blokletters invullen", "",
                             "1. Gegevens aanvrager", "Naam en voorletters:", "Adres:", "Postcode en woonplaats:",
                             "Telefoonnummer:", "E-mailadres:", "", "2. Uw aanvraag", "Omschrijving van de aanvraag:",
                             "Datum/periode:", "", "3. Ondertekening", "Plaats en datum:", "Handtekening:", "",
                             "Stuur dit formulier met de bijlagen naar: %s, Postbus 100 of lever het in bij de balie." % org["name"]], form=True)

def reg_pdf(org, title):
    return pdf_bytes(title, [org["name"], "", "Artikel 1 Begripsbepalingen", "In deze verordening wordt verstaan onder:",
                             "a. college: het college van burgemeester en wethouders;", "Artikel 2 Tarieven",
                             "De tarieven zijn opgenomen in de bij deze verordening behorende tarieventabel.",
                             "Tarieventabel 2026", "1.1 Leges per aanvraag ........ EUR 45,60",
                             "1.2 Spoedtoeslag ........ EUR 38,00", "Artikel 3 Inwerkingtreding",
                             "Deze verordening treedt in werking op 1 januari 2026."])

# ---------------------------------------------------------------- the web writer
class Web:
    def __init__(self, out):
        self.out = out
        self.files = {}
        self.redirects = []
        self.host_redirects = []
        self.not_found = []
        self.searches = []
        self.labels = []
        self.features = {}

    def put(self, host, path, content):
        if path.endswith("/"):
            path += "index.html"
        key = (host, path.lstrip("/"))
        if isinstance(content, str):
            content = content.encode("utf-8")
        self.files[key] = content

    def feat(self, name, n=1):
        self.features[name] = self.features.get(name, 0) + n

    def redirect(self, url, loc, status=302):
        self.redirects.append({"url": url, "status": status, "location": loc})

    def write(self):
        if os.path.exists(self.out):
            shutil.rmtree(self.out)
        keys = set(self.files)
        for (host, path) in keys:
            parts = path.split("/")
            for i in range(1, len(parts)):
                if (host, "/".join(parts[:i])) in keys:
                    raise SystemExit("file/dir conflict: %s %s" % (host, path))
        for (host, path), data in sorted(self.files.items()):
            p = os.path.join(self.out, "sites", host, path)
            os.makedirs(os.path.dirname(p), exist_ok=True)
            with open(p, "wb") as f:
                f.write(data)
        for e in self.searches:
            p = os.path.join(self.out, e["index"])
            os.makedirs(os.path.dirname(p), exist_ok=True)
        manifest = {"name": "web-dev6", "behaviours": {
            "redirects": self.redirects, "host_redirects": self.host_redirects,
            "not_found_pages": self.not_found, "searches": [
                {k: v for k, v in s.items() if k != "_data"} for s in self.searches]},
            "features": dict(sorted(self.features.items()))}
        for s in self.searches:
            with open(os.path.join(self.out, s["index"]), "w", encoding="utf-8") as f:
                json.dump(s["_data"], f, ensure_ascii=False, indent=1)
            with open(os.path.join(self.out, s["template"]), "w", encoding="utf-8") as f:
                f.write(s["_tpl"])
        for s in manifest["behaviours"]["searches"]:
            s.pop("_tpl", None)
        with open(os.path.join(self.out, "testweb.json"), "w", encoding="utf-8") as f:
            json.dump(manifest, f, ensure_ascii=False, indent=1, sort_keys=True)
            f.write("\n")
        with open(os.path.join(self.out, "organisations.csv"), "w", newline="", encoding="utf-8") as f:
            w = csv.writer(f, lineterminator="\n")
            w.writerow(["code", "name", "org_type", "website", "inhabitants"])
            for o in ORGS:
                w.writerow([o["code"], o["name"], o["type"], WEBSITE.get(o["code"], "http://%s/" % o["host"]), o["inh"]])
        with open(os.path.join(self.out, "labels.csv"), "w", newline="", encoding="utf-8") as f:
            w = csv.writer(f, lineterminator="\n")
            w.writerow(["org_code", "product_key", "level", "status", "product_url", "route_url", "level_strict", "via", "notes"])
            for r in self.labels:
                w.writerow([r[k] for k in ["org_code", "product_key", "level", "status", "product_url", "route_url", "level_strict", "via", "notes"]])

W = None  # the Web

# ---------------------------------------------------------------- identity providers, national portals
def build_idp():
    W.put("digid.test", "/saml/idp/request_authentication", page_simple("DigiD | Inloggen", """
<h1>Inloggen bij DigiD</h1><p>U wilt inloggen bij een organisatie die DigiD gebruikt.</p>
<form method="post" action="/saml/idp/request_authentication"><label>DigiD gebruikersnaam <input name="u"></label>
<label>Wachtwoord <input type="password" name="p"></label><button>Inloggen</button></form>
<p><a href="http://www.digid.test/aanvragen">Nog geen DigiD? Vraag DigiD aan</a></p>"""))
    W.put("digid.test", "/robots.txt", "User-agent: *\nDisallow: /\n")
    W.put("www.digid.test", "/", page_simple("DigiD", "<h1>DigiD</h1><p>Met DigiD logt u in bij de overheid, het onderwijs en de zorg.</p><ul><li><a href='/aanvragen'>DigiD aanvragen</a></li><li><a href='/over-digid/app'>DigiD app</a></li></ul>"))
    W.put("www.digid.test", "/aanvragen", page_simple("DigiD aanvragen", "<h1>DigiD aanvragen</h1><p>Vraag uw DigiD aan met uw burgerservicenummer en adres. U ontvangt binnen 3 werkdagen een activeringsbrief.</p><form action='/aanvragen-start' method='get'><button>DigiD aanvragen</button></form>"))
    W.put("www.digid.test", "/aanvragen-start", page_simple("DigiD aanvragen - stap 1", "<h1>DigiD aanvragen</h1><form method='post'><label>BSN <input name='bsn'></label><label>Postcode <input name='pc'></label><button>Volgende</button></form>"))
    W.put("www.digid.test", "/over-digid/app", page_simple("DigiD app", "<h1>DigiD app</h1><p>Inloggen met de DigiD app is makkelijk en veilig.</p>"))
    W.put("eherkenning.test", "/broker/select", page_simple("eHerkenning - kies uw leverancier", """
<h1>Inloggen met eHerkenning</h1><p>Kies uw eHerkenningsleverancier.</p><ul><li><a href='/broker/select/a'>Leverancier A</a></li><li><a href='/broker/select/b'>Leverancier B</a></li></ul>"""))
    W.put("eherkenning.test", "/robots.txt", "User-agent: *\nDisallow: /\n")
    W.put("www.eherkenning.test", "/", page_simple("eHerkenning", "<h1>eHerkenning</h1><p>eHerkenning is het inlogmiddel voor ondernemers. <a href='/aanvragen'>eHerkenning aanvragen</a></p>"))
    W.put("www.eherkenning.test", "/aanvragen", page_simple("eHerkenning aanvragen", "<h1>eHerkenning aanvragen</h1><p>U vraagt eHerkenning aan bij een erkende leverancier.</p>"))
    # Omgevingsloket
    W.put(OLO, "/", page_simple("Omgevingsloket", "<h1>Omgevingsloket</h1><ul><li><a href='/vergunningcheck/'>Vergunningcheck doen</a></li><li><a href='/aanvragen/'>Aanvragen of melden</a></li></ul>"))
    W.put(OLO, "/vergunningcheck/", page_simple("Vergunningcheck | Omgevingsloket", "<h1>Vergunningcheck</h1><p>Check of u een vergunning nodig heeft. U hoeft hiervoor niet in te loggen. De check is geen aanvraag.</p><form action='/vergunningcheck/stap1' method='get'><input name='locatie' placeholder='Adres of perceel'><button>Start de check</button></form>"))
    W.put(OLO, "/vergunningcheck/stap1", page_simple("Vergunningcheck stap 1", "<h1>Vergunningcheck - locatie</h1><form method='post'><input name='adres'><button>Volgende</button></form>"))
    W.put(OLO, "/aanvragen/", page_simple("Aanvragen of melden | Omgevingsloket", """
<h1>Aanvraag of melding indienen</h1><p>Log in om een aanvraag voor een omgevingsvergunning of een melding in te dienen bij de gemeente, provincie, waterschap of Rijkswaterstaat. Na het inloggen zijn uw gegevens al ingevuld.</p>
<p><a class='btn' href='/auth/digid/start'>Inloggen met DigiD</a> <a class='btn' href='/auth/eherkenning/start'>Inloggen met eHerkenning</a> <a href='/auth/eidas/start'>Inloggen met eIDAS (EU login)</a></p>"""))
    W.redirect("http://%s/auth/digid/start" % OLO, "http://digid.test/saml/idp/request_authentication?SAMLRequest=olo")
    W.redirect("http://%s/auth/eherkenning/start" % OLO, "http://eherkenning.test/broker/select?svc=olo")
    W.redirect("http://%s/auth/eidas/start" % OLO, "http://eherkenning.test/broker/select?svc=olo-eidas")
    W.put(OLO, "/robots.txt", "User-agent: *\nAllow: /\n")
    # werk.nl
    W.put("www.werk.test", "/werkzoekenden/uitkering-aanvragen/bijstand", page_simple("Bijstandsuitkering aanvragen | Werk.nl", """
<h1>Bijstandsuitkering aanvragen</h1><p>U vraagt bijstand aan via werk.nl. Log in met DigiD. Uw gegevens zijn al ingevuld waar dat kan. Daarna neemt uw gemeente contact met u op.</p>
<p><a href='/auth/digid/bijstand'>Inloggen met DigiD en bijstand aanvragen</a></p>"""))
    W.redirect("http://www.werk.test/auth/digid/bijstand", "http://digid.test/saml/idp/request_authentication?SAMLRequest=werk")
    W.put("www.werk.test", "/", page_simple("Werk.nl", "<h1>Werk.nl</h1><p><a href='/werkzoekenden/uitkering-aanvragen/bijstand'>Bijstand aanvragen</a></p>"))
    # BIJ12
    W.put("www.bij12.test", "/onderwerpen/faunazaken/tegemoetkoming-faunaschade/", page_simple("Tegemoetkoming faunaschade | BIJ12", """
<h1>Tegemoetkoming in faunaschade aanvragen</h1><p>Heeft u schade aan gewassen door beschermde dieren? BIJ12 behandelt de aanvraag namens de provincies. U dient de aanvraag in via MijnFaunazaken. Daarvoor maakt u een account aan met uw e-mailadres.</p>
<p><a href='http://mijn.faunazaken.test/aanvraag/schade'>Naar MijnFaunazaken</a></p>"""))
    W.put("mijn.faunazaken.test", "/aanvraag/schade", page_simple("MijnFaunazaken - schade melden", """
<h1>Faunaschade melden</h1><p>Log in met uw MijnFaunazaken-account (e-mailadres en code) of maak een account aan.</p>
<form method='post' action='/aanvraag/schade'><label>E-mailadres <input name='email' type='email'></label><label>Omschrijving schade <textarea name='schade'></textarea></label><label>Perceel <input name='perceel'></label><button type='submit'>Melding versturen</button></form>"""))

def page_simple(title, body):
    return "<!DOCTYPE html>\n<html lang=\"nl\"><head><meta charset=\"utf-8\"><title>%s</title></head><body>%s</body></html>\n" % (h(title), body)

# ---------------------------------------------------------------- site skeletons
class Site:
    """One organisation's site: layout parameters plus the pages it holds."""
    def __init__(self, org):
        self.org = org
        self.host = org["host"]
        self.pages = []   # (path, title, text) for sitemap/search/A-Z
        self.nav = []
        self.header_extra = ""
        self.footer_extra = ""
        self.css = "site"
        self.base = None
        self.lang = "nl"

    def url(self, path, host=None):
        return "http://%s%s" % (host or self.host, path)

    def layout(self, title, body, path, index=True, extra_head=""):
        o = self.org
        nav = "".join("<li><a href='%s'>%s</a></li>" % (h(u), h(t)) for u, t in self.nav)
        base = "<base href=\"%s\">" % self.base if self.base else ""
        doc = ("<!DOCTYPE html>\n<html lang=\"%s\"><head><meta charset=\"utf-8\">%s<title>%s | %s</title>"
               "<meta name=\"viewport\" content=\"width=device-width\"><link rel=\"stylesheet\" href=\"%s\">%s</head>\n"
               "<body class=\"%s\"><a class=\"skip\" href=\"#main\">Direct naar inhoud</a>\n"
               "<header><div class=\"logo\"><a href=\"%s\">%s</a></div>%s<nav><ul>%s</ul></nav></header>\n"
               "<main id=\"main\">%s</main>\n<footer>%s<p>%s &middot; <a href=\"%s\">Contact</a> &middot; "
               "<a href=\"%s\">Privacy</a> &middot; <a href=\"%s\">Toegankelijkheid</a></p></footer></body></html>\n") % (
            self.lang, base, h(title), h(o["name"]), self.asset("/css/main.css"), extra_head, self.css,
            self.home_href(), h(o["name"]), self.header_extra, nav, body, self.footer_extra, h(o["name"]),
            self.link("/contact"), self.link("/privacy"), self.link("/toegankelijkheid"))
        if index:
            import re
            text = re.sub(r"<[^>]+>", " ", body)
            self.pages.append((path, title, " ".join(text.split())[:300]))
        return doc

    def asset(self, p):
        return p if not self.base else p.lstrip("/")

    def link(self, p):
        return p

    def home_href(self):
        return "/"

    def put(self, path, title, body, index=True, extra_head=""):
        W.put(self.host, path, self.layout(title, body, path, index, extra_head))

    def finish(self, sitemap=True, disallow=None):
        if self.base:
            W.put(self.host, "/nl/css/main.css", "body{font-family:serif}\n")
        W.put(self.host, "/css/main.css", "body{font-family:sans-serif;max-width:60em;margin:auto}.btn{background:#0b4;color:#fff;padding:.4em}\n")
        rb = "User-agent: *\n"
        for d in (disallow or []):
            rb += "Disallow: %s\n" % d
        if sitemap:
            rb += "Sitemap: http://%s/sitemap.xml\n" % self.host
            locs = "".join("<url><loc>%s</loc></url>\n" % h(self.url(p)) for p, _, _ in sorted(set(self.pages)))
            W.put(self.host, "/sitemap.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n%s</urlset>\n" % locs)
            W.feat("sitemap")
        W.put(self.host, "/robots.txt", rb)

# ---------------------------------------------------------------- routes and CTAs
class Route:
    def __init__(self, url, kind, via=None, note=""):
        self.url, self.kind, self.via, self.note = url, kind, via, note

def login_links(host, slug, digid=True, eh=False, anon_url=None, img=False):
    parts = []
    if digid:
        u = "http://%s/auth/%s/digid/start" % (host, slug)
        W.redirect(u, "http://digid.test/saml/idp/request_authentication?SAMLRequest=%s" % slug)
        if img:
            parts.append("<a href='%s'><img src='/img/digid.svg' alt='Inloggen met DigiD' width='48'></a>" % u)
            W.feat("digid_image_only")
        else:
            parts.append("<a class='btn' href='%s'>Inloggen met DigiD</a>" % u)
    if eh:
        u = "http://%s/auth/%s/eherkenning/start" % (host, slug)
        W.redirect(u, "http://eherkenning.test/broker/select?svc=%s" % slug)
        parts.append("<a class='btn' href='%s'>Inloggen met eHerkenning</a>" % u)
    if anon_url:
        parts.append("<a class='btn btn-secondary' href='%s'>Zonder inloggen</a>" % anon_url)
    return " ".join(parts)

def digid_svg():
    return "<svg xmlns='http://www.w3.org/2000/svg' width='48' height='48'><rect width='48' height='48' fill='#000'/><text x='4' y='30' fill='#fff' font-size='14'>DigiD</text></svg>\n"

def anon_form(title, fields=("Naam", "E-mailadres", "Telefoonnummer", "Omschrijving")):
    f = "".join("<div class='field'><label>%s <input name='%s' required></label></div>" % (h(x), slugify(x)) for x in fields)
    return "<form method='post' class='eform'>%s<p>* verplicht veld</p><button type='submit'>Verzenden</button></form>" % f

def js_form_page(title, host, slug, mode, prefill=False, org=None):
    """Open-Formulieren-like page: the form or login buttons exist only after the script runs.
    mode: 'login' (DigiD [+eHerkenning] [+anon]) or 'anon'."""
    if mode == "login":
        u = "http://%s/auth/%s/digid/start" % (host, slug)
        W.redirect(u, "http://digid.test/saml/idp/request_authentication?SAMLRequest=%s" % slug)
        e = "http://%s/auth/%s/eherkenning/start" % (host, slug)
        W.redirect(e, "http://eherkenning.test/broker/select?svc=%s" % slug)
        inner = ("'<h2>Kies hoe u wilt inloggen</h2><a class=\"btn\" href=\"%s\">Inloggen met DigiD</a> "
                 "<a class=\"btn\" href=\"%s\">Inloggen met eHerkenning</a>'") % (u, e)
    else:
        inner = ("'<form method=\"post\"><label>Naam <input name=\"naam\"></label><label>E-mail <input name=\"email\"></label>"
                 "<label>Toelichting <textarea name=\"toelichting\"></textarea></label><button type=\"submit\">Verzenden</button></form>'")
    pf = "<p>Na het inloggen met DigiD halen we uw gegevens op uit de BRP; u hoeft ze niet zelf in te vullen.</p>" if prefill else ""
    W.feat("js_only_form")
    return ("<!DOCTYPE html>\n<html lang='nl'><head><meta charset='utf-8'><title>%s - Formulieren</title></head><body>"
            "<div class='of-header'>%s</div><h1>%s</h1>%s<div id='openforms-root'><noscript>Schakel JavaScript in om dit formulier te gebruiken.</noscript></div>"
            "<script>(function(){var r=document.getElementById('openforms-root');var b=document.createElement('button');"
            "b.textContent='Formulier starten';b.id='start';b.onclick=function(){r.innerHTML=%s;};r.appendChild(b);"
            "if(location.hash!=='#nostart'){b.click();}})();</script></body></html>\n") % (h(title), h(org["name"]) if org else "", h(title), pf, inner)

def cta_html(style, href, text, site=None, extra_fields=None):
    """One call to action in the given style."""
    W.feat("cta_" + style)
    if style == "button":
        return "<button type='button' class='btn' onclick=\"location.href='%s'\">%s</button>" % (href, h(text))
    if style == "getform":
        base, _, q = href.partition("?")
        hidden = ""
        for kv in q.split("&") if q else []:
            k, _, v = kv.partition("=")
            hidden += "<input type='hidden' name='%s' value='%s'>" % (h(k), h(v))
        return "<form method='get' action='%s'>%s<button type='submit'>%s</button></form>" % (h(base), hidden, h(text))
    if style == "iframe":
        return "<iframe src='%s' title='%s' width='100%%' height='600'></iframe>" % (h(href), h(text))
    if style == "jsanchor":
        return "<div id='cta'></div><script>document.getElementById('cta').innerHTML='<a class=\"btn\" href=\"%s\">%s</a>';</script>" % (h(href), h(text))
    return "<a class='btn btn-primary' href='%s'>%s</a>" % (h(href), h(text))

# ---------------------------------------------------------------- generic product-page content
def headings(fam):
    return {
        "til": ["Wat moet u weten", "Aanvragen", "Kosten", "Hoe lang duurt het?"],
        "ede": ["Voorwaarden", "Aanvraag", "Kosten", "Termijn"],
        "tex": ["Omschrijving", "Aanpak", "Kosten", "Bijzonderheden"],
        "mdl": ["Wat is het?", "Hoe werkt het?", "Wat moet ik doen?", "Wat kost het?"],
        "old": ["Wat is het?", "Wat moet ik doen?", "Kosten"],
        "boz": ["Inleiding", "Omschrijving", "Aanpak", "Kosten"],
        "lel": ["Wat is het", "Wie kan het aanvragen", "Hoe vraag ik het aan", "Wat kost het"],
        "pv": ["Voor wie", "Waarvoor", "Vooroverleg", "Aanvragen"],
        "wsl": ["Wanneer heeft u dit nodig?", "Hoe regelt u het?", "Downloads"],
        "wss": ["Wat is het?", "Regelen", "Meer informatie"],
    }.get(fam, ["Wat is het", "Hoe werkt het"])

def route_sentence(kind, level, prefill, via_name=None):
    if kind == "via":
        return "Dit regelt %s voor ons. U dient uw aanvraag daar in." % via_name
    if level == 100:
        s = "U vraagt dit online aan. U logt in met DigiD (inwoners) of eHerkenning (bedrijven)."
        if prefill:
            s += " Na het inloggen zijn uw gegevens al ingevuld; we halen ze op uit de Basisregistratie Personen (BRP)."
        return s
    if level == 67:
        return "U kunt dit online doorgeven via het formulier. U hoeft hiervoor niet in te loggen."
    if level == 33:
        return "Download het aanvraagformulier, vul het in en stuur het met de bijlagen naar ons op. U kunt het ook afgeven bij de balie."
    return ""

PHONE = {"GM0855": "14 013", "GM0228": "14 0318", "GM0448": "14 0222", "GM1842": "14 015", "GM1895": "14 0597",
         "GM0748": "14 0164", "GM0995": "14 0320", "PV31": "043 389 99 99", "WS0665": "088 888 66 66",
         "WS0661": "088 246 10 00", "zb000184": "088 585 15 85", "oorg10004": "0800 8002"}
org_code_cur = [""]

def zero_sentence(pk, appt):
    if appt:
        return "U regelt dit persoonlijk aan de balie. Maak daarvoor eerst een afspraak."
    if pk == "overlijdensaangifte":
        return "Meestal doet de uitvaartondernemer de aangifte. Doet u het zelf? Kom dan langs op het gemeentehuis met de verklaring van overlijden."
    return "Neem hiervoor contact op via telefoonnummer %s of kom langs bij de balie. Wij helpen u verder." % PHONE.get(org_code_cur[0], "14 0")

# ---------------------------------------------------------------- the per-organisation builder
def build_org(org, products):
    fam = org["fam"]
    org_code_cur[0] = org["code"]
    site = Site(org)
    fn = FAMILIES[fam]
    return fn(org, site, products)

def plan_for(org, products):
    c = org["code"]
    if org["type"] == "gemeente":
        idx = G_ORDER.index(c)
        plan = {}
        for line in G_TABLE.strip().splitlines():
            parts = line.split()
            plan[parts[0]] = parts[1 + idx]
    else:
        plan = OTHER_PLANS[c]
    letter = {"gemeente": "G", "provincie": "P", "waterschap": "W", "rijk": "R"}[org["type"]]
    keys = [k for k, p in products.items() if letter in p["types"] and (letter != "R" or p["offered_by"] == c)]
    assert sorted(keys) == sorted(plan), (c, set(keys) ^ set(plan))
    rows = {}
    for k in keys:
        r = parse_code(plan[k])
        r["key"] = k
        rows[k] = r
    return keys, rows

# ---- generic product renderer used by all families with per-family hooks
class Ctx:
    pass

def make_routes(org, site, pk, row, form_host, form_path_fn, style_cycle, platform):
    """Creates the route target page(s) and returns (cta_html, route_url, via, note, strict)."""
    lvl, flags = row["level"], row["flags"]
    title = T[pk][0]
    slug = slugify(pk)
    prefill = "p" in flags
    ctas = []
    route_url = ""
    via = ""
    note = ""
    style = style_cycle[hnum(org["code"] + pk + "s", len(style_cycle))]
    if "v" in flags:
        vhost, vname = via_body(org, pk)
        via = vhost
        vurl = build_shared_route(org, pk, vhost, vname, lvl)
        route_url = vurl
        ctas.append("<p>%s</p>" % h(route_sentence("via", lvl, prefill, vname)))
        ctas.append(cta_html("anchor" if style in ("iframe",) else style, vurl, "Naar %s" % vname))
        note = "Product page sends the user to %s (%s); its route is level %d." % (vname, vhost, lvl)
        return "".join(ctas), route_url, via, note, (67 if lvl == 100 and vhost not in (OLO, "www.werk.test") else lvl)
    if lvl == 100:
        url = form_path_fn(slug, "login")
        build_form_page(org, pk, url, "login", platform, prefill)
        route_url = url
        ctas.append("<p>%s</p>" % h(route_sentence(None, 100, prefill)))
        ctas.append(cta_html(style, url, "Online aanvragen"))
        note = "Login choice page on %s (%s) offers DigiD/eHerkenning" % (urlhost(url), platform)
        strict = 100 if prefill else 67
        if prefill:
            note += "; explicit pre-fill statement"
        note += "."
    elif lvl == 67:
        mode = "jsanon" if "j" in flags else "anon"
        url = form_path_fn(slug, mode)
        build_form_page(org, pk, url, mode, platform, False)
        route_url = url
        ctas.append("<p>%s</p>" % h(route_sentence(None, 67, False)))
        ctas.append(cta_html(style, url, "Melding doen" if pk.startswith("melding") or pk == "watermelding" else "Formulier invullen"))
        note = "Anonymous web form on %s%s." % (urlhost(url), " built by JavaScript" if mode == "jsanon" else "")
        strict = 67
    elif lvl == 33:
        url = site.url("/documenten/formulieren/aanvraagformulier-%s.pdf" % slug)
        W.put(site.host, urlpath(url), form_pdf(org, "Aanvraagformulier " + title))
        route_url = url
        ctas.append("<p>%s</p>" % h(route_sentence(None, 33, False)))
        ctas.append("<p><a href='%s'>%s (pdf, %d kB)</a></p>" % (url, h(["Aanvraagformulier", "Download het formulier", "Formulier " + title.replace(" aanvragen", "").lower()][hnum(pk + org["code"], 3)]), 40 + hnum(pk, 150)))
        note = "Printable PDF form only."
        strict = 33
    else:
        appt = "a" in flags
        ctas.append("<p>%s</p>" % h(zero_sentence(pk, appt)))
        if appt:
            a = appointment_url(org, pk)
            ctas.append("<p><a href='%s'>Maak een afspraak</a></p>" % a)
            note = "Appointment booking only (not a form): information only."
            W.feat("appointment_only")
        else:
            note = "Information only (counter, phone)."
        strict = 0
    return "".join(ctas), route_url, via, note, strict

def urlhost(u):
    return u.split("/")[2]

def urlpath(u):
    return "/" + u.split("/", 3)[3]

def appointment_url(org, pk):
    host = APPT_HOST[org["code"]]
    return "http://%s/afspraak-maken?product=%s" % (host, slugify(pk))

APPT_HOST = {"GM0855": "afspraken.tilburg.test", "GM0228": "ede.afspraakplanner.test",
             "GM0448": "afspraak.texel.test", "GM1842": "afspraken.middendelfland.test",
             "GM1895": "oldambt.jccafspraak.test", "GM0748": "afspraken.bergenopzoom.test",
             "GM0995": "afspraak.lelystad.test", "PV31": "afspraken.limburg.test",
             "WS0665": "afspraak.waterschaplimburg.test", "WS0661": "afspraak.scheldestromen.test",
             "zb000184": "afspraak.kvk.test", "oorg10004": "afspraak.rijkswaterstaat.test"}

def build_appointment_hosts():
    for code, host in APPT_HOST.items():
        org = [o for o in ORGS if o["code"] == code][0]
        W.put(host, "/afspraak-maken", page_simple("Afspraak maken - %s" % org["name"], """
<h1>Afspraak maken</h1><p>Kies het product, de locatie en een datum en tijd. U ontvangt een bevestiging per e-mail.</p>
<form method='post' action='/afspraak-bevestigen'><label>Product <select name='product'><option>Paspoort</option><option>ID-kaart</option><option>Rijbewijs</option><option>Overig</option></select></label>
<label>Datum <input type='date' name='datum'></label><label>E-mailadres <input name='email'></label><button type='submit'>Afspraak bevestigen</button></form>"""))
        W.put(host, "/afspraak-bevestigen", page_simple("Afspraak bevestigd", "<h1>Uw afspraak</h1><p>Bevestig uw afspraak.</p>"))

def build_form_page(org, pk, url, mode, platform, prefill):
    host, path = urlhost(url), urlpath(url)
    title = T[pk][0]
    slug = slugify(pk)
    if platform == "openforms":
        if mode in ("login",):
            W.put(host, path, js_form_page(title, host, slug, "login", prefill, org))
        else:
            W.put(host, path, js_form_page(title, host, slug, "anon", False, org))
        return
    if mode == "login":
        anon = None
        if hnum(pk + org["code"], 4) == 0:  # also "zonder inloggen"
            anon = "http://%s/anoniem/%s" % (host, slug)
            W.put(host, urlpath(anon), page_simple(title + " - zonder inloggen", "<h1>%s</h1>%s" % (h(title), anon_form(title))))
        eh = pk in BUSINESS or org["type"] != "gemeente" or hnum(pk, 3) == 0
        img = platform in ("triple",)
        pf = "<p>Als u inlogt met DigiD, zijn uw persoonsgegevens al ingevuld.</p>" if prefill else ""
        body = ("<h1>%s</h1><div class='login-choice'><h2>Hoe wilt u verder?</h2>%s<p>%s</p></div>"
                "<p>Heeft u nog geen DigiD? Vraag DigiD aan op <a href='http://www.digid.test/aanvragen'>digid.test</a>.</p>") % (
            h(title), pf, login_links(host, slug, digid=org["type"] in ("gemeente", "waterschap", "provincie", "rijk") and not (pk in BUSINESS and hnum(pk, 2) == 0), eh=eh, anon_url=anon, img=img))
        W.feat("login_choice_page")
        if platform == "jsclick":
            # the choice only appears after clicking "Start"
            choice = login_links(host, slug, digid=True, eh=eh).replace("'", '"')
            body = ("<h1>%s</h1>%s<p>Lees eerst de voorwaarden. Klik daarna op Start formulier.</p><div id='gf-start'><button type='button' onclick='startForm(this)'>Start formulier</button></div>"
                    "<div id='gf-choice'></div><script>function startForm(b){b.hidden=true;document.getElementById('gf-choice').innerHTML='<h2>Inloggen</h2>%s';}</script>") % (h(title), pf, choice)
            W.feat("js_click_form")
        W.put(host, path, page_simple(title + " - " + org["name"], body))
    elif mode == "jsanon":
        W.put(host, path, js_form_page(title, host, slug, "anon", False, org))
    else:
        W.put(host, path, page_simple(title + " - " + org["name"], "<h1>%s</h1><p>Vul het formulier in. Velden met een * zijn verplicht.</p>%s" % (h(title), anon_form(title))))
        W.feat("anon_form")

SHARED_DONE = set()

def build_shared_route(org, pk, vhost, vname, lvl):
    """The page on the shared body's host that decides the level; returns its URL."""
    slug = slugify(pk)
    if vhost == OLO:
        return "http://%s/aanvragen/" % OLO
    if vhost == "www.werk.test":
        return "http://www.werk.test/werkzoekenden/uitkering-aanvragen/bijstand"
    if vhost == "www.bij12.test":
        return "http://www.bij12.test/onderwerpen/faunazaken/tegemoetkoming-faunaschade/"
    path = "/%s/%s" % ("regelen", slug)
    url = "http://%s%s" % (vhost, path)
    if (vhost, path) in SHARED_DONE:
        return url
    SHARED_DONE.add((vhost, path))
    title = T[pk][0].replace("gemeentelijke ", "")
    if lvl == 100:
        body = ("<h1>%s</h1><p>%s voert dit uit voor de deelnemende gemeenten en waterschappen.</p>"
                "<p>Log in om uw aanvraag te doen.</p><p>%s</p>") % (h(title), h(vname), login_links(vhost, slug, digid=True, eh=True))
    elif lvl == 67:
        body = "<h1>%s</h1><p>%s</p>%s" % (h(title), h(vname), anon_form(title, ("Naam", "Adres", "E-mailadres", "Toelichting")))
    elif lvl == 33:
        purl = "/downloads/%s.pdf" % slug
        W.put(vhost, purl, form_pdf({"name": vname}, "Aanvraagformulier " + title))
        body = "<h1>%s</h1><p><a href='%s'>Download het formulier (pdf)</a></p>" % (h(title), purl)
    else:
        body = "<h1>%s</h1><p>Bel ons of kom langs; u kunt dit niet online regelen.</p>" % h(title)
    W.put(vhost, path, page_simple("%s | %s" % (title, vname), body + "<p><a href='/'>Home</a> <a href='/contact'>Contact</a></p>"))
    if (vhost, "/") not in SHARED_DONE:
        SHARED_DONE.add((vhost, "/"))
        W.put(vhost, "/", page_simple(vname, "<h1>%s</h1><p>Welkom bij %s.</p><p><a href='/contact'>Contact</a></p>" % (h(vname), h(vname))))
        W.put(vhost, "/contact", page_simple("Contact " + vname, "<h1>Contact</h1><p>Telefoon 088 000 1234. <a href='mailto:info@%s'>E-mail</a></p>" % vhost))
        W.put(vhost, "/robots.txt", "User-agent: *\nAllow: /\n")
    return url

# ---- trap rendering
def trap_html(org, site, pk, traps, row):
    out = []
    slug = slugify(pk)
    for t in traps:
        W.feat("trap_" + t)
        if t == "contact":
            out.append("<aside><h2>Vraag?</h2><p>Neem contact op via ons <a href='%s'>contactformulier</a>.</p></aside>" % site.link("/contactformulier"))
        elif t == "tariffpdf":
            p = "/documenten/regelgeving/tarieventabel-leges-2026-%s.pdf" % slug
            W.put(site.host, p, reg_pdf(org, "Tarieventabel behorende bij de Legesverordening 2026"))
            out.append("<p>Bekijk de <a href='%s'>tarieventabel 2026 (pdf, 210 kB)</a> en de regels in de verordening.</p>" % site.url(p))
        elif t == "otherform":
            other = OTHER_FORM.get(org["code"])
            if other:
                out.append("<p><strong>Zie ook:</strong> <a href='%s'>%s</a></p>" % (other[0], h(other[1])))
        elif t == "survey":
            out.append("<p>Wat vindt u van onze dienstverlening? <a href='%s'>Vul de korte enquête in</a> (2 minuten).</p>" % site.link("/enquete"))
        elif t == "newsletter":
            out.append("<section class='newsletter'><h2>Nieuwsbrief</h2><form method='post' action='%s'><label>E-mailadres <input name='email' type='email'></label><button type='submit'>Aanmelden</button></form></section>" % site.link("/nieuwsbrief/aanmelden"))
        elif t == "news":
            np_ = "/nieuws/2026/%s" % slug
            site.put(np_, "Nieuws: %s" % T[pk][1], "<article><h1>Vernieuwde werkwijze: %s</h1><p class='date'>12 oktober 2026</p><p>Vanaf 1 januari verandert er iets bij %s. Kijk op de productpagina voor meer informatie of neem contact met ons op.</p></article>" % (h(T[pk][1].lower()), h(T[pk][0].lower())))
            out.append("<p>Nieuws: <a href='%s'>Vernieuwde werkwijze: %s</a></p>" % (site.link(np_), h(T[pk][1].lower())))
        elif t == "status":
            su = "http://%s/status/inloggen" % STATUS_HOST[org["code"]]
            out.append("<p>Al een aanvraag gedaan? <a href='%s'>Bekijk de status van uw aanvraag</a> (inloggen met DigiD).</p>" % su)
        elif t == "digidinfo":
            out.append("<p>U heeft DigiD nodig voor veel zaken met de overheid. <a href='http://www.digid.test/aanvragen'>DigiD aanvragen</a></p>")
        elif t == "mailto":
            out.append("<p>Vragen? Mail naar <a href='mailto:info@%s'>info@%s</a>.</p>" % (site.host.replace("www.", ""), site.host.replace("www.", "")))
        elif t == "appointment":
            out.append("<p>Liever persoonlijk hulp? <a href='%s'>Maak een afspraak</a> met een medewerker.</p>" % appointment_url(org, pk))
    return "".join(out)

STATUS_HOST = {o["code"]: "mijn." + o["host"].replace("www.", "") for o in ORGS}
OTHER_FORM = {}

def build_common(org, site):
    """contact, contact form, survey, newsletter, status login, privacy... for every site"""
    site.put("/contact", "Contact", "<h1>Contact</h1><p>Bel %s of mail naar <a href='mailto:info@%s'>info@%s</a>. <a href='%s'>Contactformulier</a></p>" % (
        PHONE[org["code"]], site.host.replace("www.", ""), site.host.replace("www.", ""), site.link("/contactformulier")))
    site.put("/contactformulier", "Contactformulier", "<h1>Contactformulier</h1><p>Stel uw vraag. Wij reageren binnen 5 werkdagen.</p>%s" % anon_form("contact", ("Naam", "E-mailadres", "Uw vraag")))
    site.put("/enquete", "Klanttevredenheidsonderzoek", "<h1>Hoe tevreden bent u?</h1>%s" % anon_form("enquete", ("Rapportcijfer", "Toelichting")), index=False)
    site.put("/nieuwsbrief/aanmelden", "Aanmelden nieuwsbrief", "<h1>Bedankt voor uw aanmelding</h1>", index=False)
    site.put("/privacy", "Privacyverklaring", "<h1>Privacyverklaring</h1><p>Wij gaan zorgvuldig om met uw persoonsgegevens.</p>")
    site.put("/toegankelijkheid", "Toegankelijkheid", "<h1>Toegankelijkheid</h1><p>Wij werken aan een toegankelijke website.</p>")
    sh = STATUS_HOST[org["code"]]
    W.put(sh, "/status/inloggen", page_simple("Mijn %s - status van uw aanvraag" % org["short"], "<h1>Status van uw aanvraag</h1><p>Log in om de status van uw lopende zaken te bekijken.</p>%s" % login_links(sh, "status", digid=True, eh=True)))
    W.put(sh, "/", page_simple("Mijn %s" % org["short"], "<h1>Mijn %s</h1><p>Uw persoonlijke pagina: lopende zaken, berichten en belastingen.</p>%s" % (h(org["short"]), login_links(sh, "mijn", digid=True))))
    W.put(sh, "/robots.txt", "User-agent: *\nDisallow: /\n")
    W.put(sh, "/img/digid.svg", digid_svg())

# ---------------------------------------------------------------- a generic family implementation
def generic_family(org, site, products, cfg):
    """cfg: path_fn(pk, title) -> path; form_host; form_path_fn; platform; styles; extras."""
    keys, rows = plan_for(org, products)
    cfg["rows"] = rows
    fam = org["fam"]
    build_common(org, site)
    hd = headings(fam)
    product_urls = {}
    shared_routes = {}
    entries = []
    for pk in keys:
        row = rows[pk]
        formal, colloquial, desc = T[pk]
        title = cfg["title_fn"](pk, formal, colloquial)
        row["title"] = title
        label = dict(org_code=org["code"], product_key=pk, level="", status=row["status"], product_url="",
                     route_url="", level_strict="", via="", notes="")
        if row["status"] == "not_found":
            label["notes"] = cfg.get("nf_note", {}).get(pk, "No page for this product on the site.")
            W.labels.append(label)
            continue
        if row["status"] == "not_offered":
            where, sentence = NOT_OFFERED[(org["code"], pk)]
            label["product_url"] = site.url(cfg["no_url"](where)) if callable(cfg.get("no_url")) else site.url(where)
            label["notes"] = "Not offered: statement '%s' on a page titled differently (%s)." % (sentence, where)
            W.feat("not_offered_statement")
            W.labels.append(label)
            continue
        if "s" in row["flags"] and pk in cfg.get("shared_page", {}):
            shared_with = cfg["shared_page"][pk]
        else:
            shared_with = None
        path = cfg["path_fn"](pk, title)
        traps = traps_for(org, pk, row) if path not in product_urls.values() else []
        cta, route_url, via, note, strict = make_routes(org, site, pk, row, cfg["form_host"], cfg["form_path_fn"], cfg["styles"], cfg["platform"])
        if path in shared_routes:
            route_url, via, note, strict = shared_routes[path]
            note = note.rstrip(".") + " (same page and route as the other product on it)."
        # multi-step: product page -> "Direct regelen" block page -> route (Tilburg and Lelystad-style)
        if cfg.get("direct_block") and row["level"] in (100, 67) and not via and hnum(pk, 3) != 1:
            bp = cfg["direct_block"](pk)
            appt_html = ""
            if pk in ("brp-uittreksel", "verhuismelding", "huwelijksaangifte", "geboorteaangifte", "bijzondere-bijstand"):
                appt_html = "<li><a href='%s'>Maak een afspraak</a></li>" % appointment_url(org, pk)
                W.feat("appointment_next_to_online")
            site.put(bp, "Direct regelen: " + title, "<h1>Direct regelen</h1><div class='direct-regelen'><h2>%s</h2>%s<ul>%s</ul></div><p><a href='%s'>Terug naar %s</a></p>" % (
                h(title), cta, appt_html, site.link(path), h(title)), index=False)
            cta = "<div class='direct-regelen'><h2>Direct regelen</h2><p><a class='btn' href='%s'>Direct regelen</a></p></div>" % site.link(bp)
            note = note.rstrip(".") + "; reached via a 'Direct regelen' block page (%s)." % bp
            W.feat("direct_regelen_step")
        elif row["level"] in (100, 67) and not via and pk in ("brp-uittreksel", "verhuismelding", "huwelijksaangifte"):
            cta += "<p><a href='%s'>Maak een afspraak</a></p>" % appointment_url(org, pk)
            W.feat("appointment_next_to_online")
        if cfg.get("eloket") and route_url and not via and row["level"] in (100, 67) and hnum(pk, 2) == 0:
            cta = "<p>%s</p><p><a href='%s'>Naar het E-loket (alle formulieren)</a></p>" % (h(route_sentence(None, row["level"], "p" in row["flags"])), cfg["eloket"])
            cfg.setdefault("eloket_list", []).append((route_url, title))
            note = note.rstrip(".") + "; the page sends the user to the E-loket overview listing many forms."
            W.feat("forms_overview_between")
        trap_block = trap_html(org, site, pk, traps, row)
        sections = cfg["body_fn"](pk, title, desc, cta, hd, row)
        body = "<h1>%s</h1>%s%s%s" % (h(title), sections, trap_block, cfg["page_extra"](path) if cfg.get("page_extra") else "")
        if path not in product_urls.values():
            site.put(path, title, body)
            shared_routes[path] = (route_url, via, note, strict)
        product_urls[pk] = path
        entries.append((pk, title, path))
        label["status"] = "ok"
        label["level"] = str(row["level"])
        label["product_url"] = site.url(path) if not path.startswith("http") else path
        label["route_url"] = route_url
        label["level_strict"] = str(strict)
        label["via"] = via
        tnotes = [TRAP_TEXT[t] for t in traps if not (t == "otherform" and not OTHER_FORM.get(org["code"]))]
        tnotes += cfg.get("site_traps", [])
        label["notes"] = note + ((" Trap: " + "; ".join(tnotes) + ".") if tnotes else "")
        W.labels.append(label)
    return entries, product_urls

NOT_OFFERED = {
 ("GM0855", "reclamebelasting"): ("/belastingen", "Tilburg heft geen reclamebelasting"),
 ("GM0448", "hondenbelasting"): ("/nl/wat-doet-de-gemeente-niet", "Gemeente Texel heft geen hondenbelasting"),
 ("GM0448", "reclamebelasting"): ("/nl/belastingen-en-heffingen", "Op Texel betaalt u geen reclamebelasting"),
 ("GM1842", "parkeervergunning"): ("/onderwerp/parkeren", "In Midden-Delfland is parkeren overal gratis; een parkeervergunning bestaat niet"),
 ("GM1842", "hondenbelasting"): ("/veelgestelde-vragen", "Nee, Midden-Delfland heft geen hondenbelasting"),
 ("GM1842", "winkeltijdenontheffing"): ("/veelgestelde-vragen", "Een ontheffing winkeltijden is niet nodig en wordt niet verleend"),
 ("GM0995", "hondenbelasting"): ("/inwoners/belastingen/overzicht-belastingen", "Lelystad heft sinds 2019 geen hondenbelasting meer"),
 ("GM0995", "marktvergunning"): ("/ondernemers/markten", "Voor een plaats op de markt heeft u in Lelystad geen vergunning nodig; de gemeente verleent geen marktvergunningen. U meldt zich op de marktdag bij de marktmeester"),
 ("WS0665", "wegvergunning-provinciaal"): ("/veelgestelde-vragen/", "Waterschap Limburg beheert geen wegen en geeft daarom geen vergunningen voor werken langs wegen"),
}

# ---------------------------------------------------------------- helpers shared by families
LIFE = {"verhuismelding", "geboorteaangifte", "overlijdensaangifte", "huwelijksaangifte", "kapvergunning",
        "evenementenvergunning", "woz-bezwaar", "grofvuil", "alcoholvergunning", "afvalcontainer"}

def title_mix(which):
    def fn(pk, formal, coll):
        if which == "formal":
            return formal
        if which == "life":
            return coll if pk in LIFE else formal
        if which == "coll":
            return coll if hnum(pk, 3) else formal
        return formal
    return fn

def body_sections(style):
    def fn(pk, title, desc, cta, hd, row):
        v = hnum(pk + title, 3)
        paras = [desc,
                 ["U heeft hiervoor een geldig identiteitsbewijs nodig. Soms vragen wij om extra bewijsstukken.",
                  "Houd uw gegevens en eventuele bijlagen (foto, tekening, verklaring) bij de hand.",
                  "Wij kijken of u aan de voorwaarden voldoet. Soms nemen wij contact met u op voor een gesprek."][v],
                 ["De kosten vindt u in de tarieventabel. U betaalt bij de aanvraag.", "Hieraan zijn geen kosten verbonden.",
                  "De leges voor 2026 staan in de legesverordening. U krijgt na de aanvraag een rekening."][hnum(pk, 3)],
                 ["Wij beslissen meestal binnen 8 weken. Deze termijn kan een keer worden verlengd.",
                  "U krijgt binnen 4 weken bericht.", "Meestal heeft u binnen 2 weken antwoord."][hnum(title, 3)]]
        secs = list(zip(hd, paras + paras))[:len(hd)]
        if style == "details":
            s = "".join("<details><summary>%s</summary><p>%s</p></details>" % (h(a), h(b)) for a, b in secs)
            return "<p class='intro'>%s</p>%s<section class='aanvragen'><h2>Aanvragen</h2>%s</section>" % (h(desc), s, cta)
        if style == "direct-top":
            s = "".join("<h2>%s</h2><p>%s</p>" % (h(a), h(b)) for a, b in secs)
            return "<div class='direct-regelen-top'>%s</div>%s" % (cta, s)
        if style == "pdc":
            s = "".join("<details open><summary>%s</summary><div>%s</div></details>" % (h(a), h(b)) for a, b in secs)
            return "<div class='pdc'><h2>Product informatie</h2>%s</div><div class='direct-regelen'><h2>Direct regelen</h2>%s</div>" % (s, cta)
        # h2: CTA under the 'how' heading
        out = []
        for i, (a, b) in enumerate(secs):
            out.append("<h2>%s</h2><p>%s</p>" % (h(a), h(b)))
            if i == min(2, len(secs) - 1):
                out.append(cta)
        return "".join(out)
    return fn

def build_az(site, entries, path="/a-z", stale=(), title="Producten en diensten A-Z", rel=False):
    items = sorted(entries + list(stale), key=lambda e: e[1].lower())
    li = "".join("<li><a href='%s'>%s</a></li>" % (site.link(p) if not p.startswith("http") else p, h(t)) for _, t, p in items)
    site.put(path, title, "<h1>%s</h1><ul class='az'>%s</ul>" % (h(title), li))

def build_search(site, path, param):
    data = [{"url": site.url(p), "title": t, "text": x} for p, t, x in sorted(set(site.pages))]
    tpl = site.layout("Zoeken", "<h1>Zoekresultaten voor <!--QUERY--></h1><form action='%s' method='get'><input name='%s'><button>Zoeken</button></form><!--RESULTS-->" % (path, param), path, index=False)
    W.searches.append({"host": site.host, "path": path, "param": param, "index": "search/%s.json" % site.host,
                       "template": "search/%s.html" % site.host, "_data": data, "_tpl": tpl})
    W.feat("site_search")

def other_form_pref(org, rows, form_path_fn, prefs):
    for pk in prefs:
        r = rows.get(pk)
        if r and r["status"] == "ok" and r["level"] == 100 and "v" not in r["flags"]:
            return (form_path_fn(slugify(pk), "login"), "%s online aanvragen" % T[pk][0].replace(" aanvragen", ""))
    return None

def soft404(host, title="Pagina niet gevonden", status=200):
    f = "sites/%s/_niet-gevonden.html" % host
    W.put(host, "/_niet-gevonden.html", page_simple(title, "<h1>%s</h1><p>De pagina die u zoekt bestaat niet (meer). Probeer de zoekfunctie of ga naar de <a href='/'>homepage</a>.</p>" % h(title)))
    W.not_found.append({"host": host, "file": f, "status": status})
    W.feat("soft404" if status == 200 else "own_404_page")

def news_pages(site, items):
    lis = []
    for i, (slug, t, txt) in enumerate(items):
        p = "/nieuws/%s" % slug
        site.put(p, t, "<article><h1>%s</h1><p class='date'>%d november 2026</p><p>%s</p></article>" % (h(t), 3 + i * 7, h(txt)))
        lis.append("<li><a href='%s'>%s</a></li>" % (site.link(p), h(t)))
    site.put("/nieuws/", "Nieuws", "<h1>Nieuws</h1><ul>%s</ul>" % "".join(lis))

STD_NEWS = [("college-presenteert-begroting-2027", "College presenteert begroting 2027", "Het college heeft de begroting voor 2027 gepresenteerd. De lasten stijgen met de inflatie."),
            ("werkzaamheden-centrum", "Werkzaamheden in het centrum", "Vanaf maandag wordt de bestrating in het centrum vernieuwd."),
            ("nieuwe-afvalkalender", "De nieuwe afvalkalender staat online", "Bekijk in de afvalapp wanneer uw container wordt geleegd.")]

def sections_overview(site, entries, path_fn):
    groups = {}
    for pk, t, p in entries:
        groups.setdefault("Ondernemen" if pk in BUSINESS else sec(pk), []).append((t, p))
    out = []
    for g in sorted(groups):
        sp = path_fn(g)
        li = "".join("<li><a href='%s'>%s</a></li>" % (site.link(p) if not p.startswith("http") else p, h(t)) for t, p in sorted(groups[g]))
        site.put(sp, g, "<h1>%s</h1><ul>%s</ul>" % (h(g), li))
        out.append((g, sp))
    return out

# ---------------------------------------------------------------- families
def add_sibling(org, site, path, title, text, link_text, form_url, form_html, row_key, trap=True):
    site.put(path, title, "<h1>%s</h1><p>%s</p><p><a href='%s'>%s</a></p>" % (h(title), h(text), form_url, h(link_text)))
    W.put(urlhost(form_url), urlpath(form_url), form_html)
    W.feat("sibling_permit_page")
    for l in W.labels:
        if l["org_code"] == org["code"] and l["product_key"] == row_key and l["status"] == "ok":
            if trap:
                l["notes"] += " Trap: sibling page '%s' (%s) is a different product with its own form." % (title, path)
            else:
                l["notes"] += " A page of the same name for the other audience ('%s', %s) has its own form." % (title, path)

def fam_til(org, site, products):
    host = site.host
    fh = "formulieren.tilburg.test"
    site.header_extra = "<div class='mijn'><a href='http://mijn.tilburg.test/'>Mijn Tilburg</a></div><a href='/en/'>English</a>"
    site.nav = [("/inwoners/", "Inwoners"), ("/ondernemers/", "Ondernemers"), ("/belastingen", "Belastingen"), ("/nieuws/", "Nieuws"), ("/zoeken", "Zoeken")]
    def path_fn(pk, title):
        if pk == "parkeervergunning":
            return "/inwoners/parkeervergunning"
        return "/%s/%s" % ("ondernemers" if pk in BUSINESS else "inwoners", slugify(title))
    def fpath(slug, mode):
        return "http://%s/%s/" % (fh, slug)
    keys, rows = plan_for(org, products)
    OTHER_FORM[org["code"]] = other_form_pref(org, rows, fpath, ["huwelijksaangifte", "subsidie", "brp-uittreksel"])
    cfg = dict(path_fn=path_fn, form_host=fh, form_path_fn=fpath, platform="openforms",
               styles=["anchor", "anchor", "button", "getform"], title_fn=title_mix("life"),
               body_fn=body_sections("h2"), direct_block=lambda pk: "/direct-regelen/%s" % slugify(pk),
               site_traps=["site-wide 'Mijn Tilburg' login in the header"])
    entries, purls = generic_family(org, site, products, cfg)
    # businesses' page of the same name (parking), sibling klein evenement
    pu = "http://tilburg.parkeerloket.test/regelen/parkeervergunning"
    site.put("/ondernemers/parkeervergunning", "Parkeervergunning", "<h1>Parkeervergunning</h1><p>Heeft u een bedrijf in het centrum? Vraag een bedrijfsvergunning aan bij het Parkeerloket. U logt in met eHerkenning.</p><p><a href='%s'>Bedrijfsvergunning aanvragen</a></p>" % pu)
    W.feat("audience_page_same_name")
    site.put("/ondernemers/klein-evenement-melden", "Klein evenement melden", "<h1>Klein evenement melden</h1><p>Een klein evenement, zoals een buurtbarbecue tot 100 personen, hoeft u alleen te melden. Dat kan tot 2 weken van tevoren.</p><p><a href='http://%s/klein-evenement-melden/'>Melding doen</a></p>" % fh)
    W.put(fh, "/klein-evenement-melden/", js_form_page("Klein evenement melden", fh, "klein-evenement-melden", "anon", False, org))
    W.feat("sibling_permit_page")
    # mark sibling trap on the evenementenvergunning row
    for l in W.labels:
        if l["org_code"] == org["code"] and l["product_key"] == "evenementenvergunning":
            l["notes"] += " Trap: sibling page 'Klein evenement melden' (/ondernemers/klein-evenement-melden) is a different product with its own form."
        if l["org_code"] == org["code"] and l["product_key"] == "parkeervergunning":
            l["notes"] += " The businesses' page of the same name (/ondernemers/parkeervergunning) also sends to the Parkeerloket (eHerkenning)."
    # belastingen overview with not_offered statement
    site.put("/belastingen", "Belastingen", "<h1>Gemeentelijke belastingen</h1><p>De gemeente Tilburg heft onder meer onroerendezaakbelasting, afvalstoffenheffing, rioolheffing en hondenbelasting. Tilburg heft geen reclamebelasting.</p><ul>%s</ul>" % "".join(
        "<li><a href='%s'>%s</a></li>" % (purls[k], h(cfg["rows"][k]["title"])) for k in ["hondenbelasting", "belastingkwijtschelding", "woz-bezwaar", "belastingaanslag-bezwaar", "betalingsregeling"] if k in purls))
    # English pages beside Dutch
    site.put("/en/", "City of Tilburg", "<h1>Welcome to Tilburg</h1><ul><li><a href='/en/passport-and-id-card'>Passport and ID card</a></li><li><a href='/en/moving-to-tilburg'>Moving to Tilburg</a></li></ul>")
    site.put("/en/passport-and-id-card", "Passport and ID card", "<h1>Passport and ID card</h1><p>You apply for a Dutch passport or ID card in person at the City Office. Make an appointment first.</p><p><a href='%s'>Make an appointment</a></p><p><a href='%s'>Nederlands</a></p>" % (appointment_url(org, "paspoort"), purls.get("paspoort")), extra_head="<link rel='alternate' hreflang='nl' href='%s'>" % site.url(purls["paspoort"]))
    site.put("/en/moving-to-tilburg", "Moving to Tilburg", "<h1>Moving to Tilburg</h1><p>Report your move online with DigiD via the Dutch page.</p><p><a href='%s'>Verhuizen (Dutch)</a></p>" % purls["verhuismelding"])
    W.feat("english_page", 2)
    inw = [(t, p) for pk, t, p in entries if not p.startswith("/ondernemers")]
    ond = [(t, p) for pk, t, p in entries if p.startswith("/ondernemers")] + [("Parkeervergunning", "/ondernemers/parkeervergunning"), ("Klein evenement melden", "/ondernemers/klein-evenement-melden")]
    site.put("/inwoners/", "Inwoners", "<h1>Inwoners</h1><ul>%s</ul>" % "".join("<li><a href='%s'>%s</a></li>" % (p, h(t)) for t, p in sorted(inw)))
    site.put("/ondernemers/", "Ondernemers", "<h1>Ondernemers</h1><ul>%s</ul>" % "".join("<li><a href='%s'>%s</a></li>" % (p, h(t)) for t, p in sorted(ond)))
    news_pages(site, STD_NEWS)
    # cookie consent interstitial at /
    W.put(host, "/", page_simple("Cookies op tilburg.test", "<h1>Wij gebruiken cookies</h1><p>Wij gebruiken functionele en analytische cookies. Kies of u ook cookies voor statistieken accepteert.</p><p><a class='btn' href='/home?cookies=alle'>Alle cookies accepteren</a> <a href='/home?cookies=noodzakelijk'>Alleen noodzakelijke cookies</a></p>"))
    W.feat("cookie_interstitial")
    site.put("/home", "Home", "<h1>Gemeente Tilburg</h1><p>Wat wilt u regelen?</p><ul>%s</ul><p><a href='/inwoners/'>Alle onderwerpen voor inwoners</a> &middot; <a href='/ondernemers/'>Ondernemers</a> &middot; <a href='/a-z'>A-Z</a></p>" % "".join(
        "<li><a href='%s'>%s</a></li>" % (p, h(t)) for pk, t, p in entries[:8]))
    build_az(site, entries)
    build_search(site, "/zoeken", "q")
    site.put("/zoeken", "Zoeken", "<h1>Zoeken</h1><form action='/zoeken' method='get'><input name='q'><button>Zoeken</button></form>", index=False)
    site.finish(sitemap=True, disallow=["/zoeken"])
    W.put(fh, "/robots.txt", "User-agent: *\nAllow: /\n")

def fam_ede(org, site, products):
    fh = "eformulieren.ede.test"
    site.footer_extra = "<div class='logos'><a href='http://www.digid.test/'><img src='/img/digid.svg' alt='DigiD'></a> Inloggen met DigiD op Mijn Ede</div>"
    W.put(site.host, "/img/digid.svg", digid_svg())
    site.nav = [("/Inwoners/", "Inwoners"), ("/Ondernemers/", "Ondernemers"), ("/Nieuws/", "Nieuws")]
    def path_fn(pk, title):
        t = title.replace(" ", "_").replace("/", "_")
        return "/%s/%s/%s" % ("Ondernemers" if pk in BUSINESS else "Inwoners", "Ondernemen" if pk in BUSINESS else sec(pk).replace(" ", "_"), t)
    def fpath(slug, mode):
        return "http://%s/TriplEforms/DirectRegelen/%s.aspx" % (fh, "".join(p.capitalize() for p in slug.split("-")))
    keys, rows = plan_for(org, products)
    OTHER_FORM[org["code"]] = other_form_pref(org, rows, fpath, ["huwelijksaangifte", "woo-verzoek"])
    cfg = dict(path_fn=path_fn, form_host=fh, form_path_fn=fpath, platform="triple",
               styles=["anchor", "anchor", "anchor", "button"], title_fn=title_mix("formal"),
               body_fn=body_sections("details"), site_traps=["DigiD logo in the footer"],
               page_extra=lambda p: "<p class='terug'><a href='./'>Terug naar het overzicht</a> &middot; <a href='../../Producten_A-Z'>Producten A-Z</a></p>")
    entries, purls = generic_family(org, site, products, cfg)
    # section pages with relative links, and ../ links from each product to its section
    groups = {}
    for pk, t, p in entries:
        d, f = p.rsplit("/", 1)
        groups.setdefault(d, []).append((t, f))
    for d, items in sorted(groups.items()):
        li = "".join("<li><a href='%s'>%s</a></li>" % (f, h(t)) for t, f in sorted(items))
        up = "../" if d.count("/") == 2 else ""
        site.put(d + "/", d.rsplit("/", 1)[1].replace("_", " "), "<h1>%s</h1><ul>%s</ul><p><a href='%s../Nieuws/'>Nieuws</a></p>" % (h(d.rsplit('/', 1)[1].replace('_', ' ')), li, up))
    W.feat("relative_dotdot_links")
    for top in ("Inwoners", "Ondernemers"):
        subs = sorted(d for d in groups if d.startswith("/" + top))
        site.put("/%s/" % top, top, "<h1>%s</h1><ul>%s</ul>" % (top, "".join("<li><a href='%s/'>%s</a></li>" % (d.rsplit('/', 1)[1], d.rsplit('/', 1)[1].replace('_', ' ')) for d in subs)))
    # Inwoners has no trailing slash: relative links resolve against /; fix by linking absolute
    for top in ("Inwoners", "Ondernemers"):
        subs = sorted(d for d in groups if d.startswith("/" + top))
        site.put("/%s/" % top, top, "<h1>%s</h1><ul>%s</ul>" % (top, "".join("<li><a href='%s/'>%s</a></li>" % (d, d.rsplit('/', 1)[1].replace('_', ' ')) for d in subs)))
    add_sibling(org, site, "/Ondernemers/Ondernemen/Kleinschalig_evenement_melden", "Kleinschalig evenement melden",
                "Voor een kleinschalig evenement, zoals een buurtfeest of een kleine braderie, doet u een melding. Dit kan tot 3 weken voor het evenement.",
                "Melding kleinschalig evenement (pdf)", "http://www.ede.test/documenten/formulieren/melding-kleinschalig-evenement.pdf",
                form_pdf(org, "Melding kleinschalig evenement"), "evenementenvergunning")
    add_sibling(org, site, "/Inwoners/Bouwen/Kapmelding_of_kapvergunning", "Kapmelding of kapvergunning?",
                "Voor bomen op de lijst waardevolle bomen heeft u een kapvergunning nodig. Voor andere bomen buiten de bebouwde kom doet u een kapmelding.",
                "Kapmelding doen", "http://eformulieren.ede.test/TriplEforms/DirectRegelen/Kapmelding.aspx",
                page_simple("Kapmelding", "<h1>Kapmelding</h1>" + anon_form("kapmelding")), "kapvergunning")
    site.put("/Nieuws/", "Nieuws", "<h1>Nieuws</h1><ul><li><a href='/Nieuws/Afvalinzameling_2027'>Afvalinzameling 2027</a></li></ul>")
    site.put("/Nieuws/Afvalinzameling_2027", "Afvalinzameling 2027", "<h1>Afvalinzameling 2027</h1><p>Afvalservice Vallei haalt vanaf 2027 het grofvuil ook op zaterdag op.</p>")
    site.put("/", "Home", "<h1>Gemeente Ede</h1><p>Veel bezocht:</p><ul>%s</ul><p><a href='/Inwoners/'>Inwoners</a> &middot; <a href='/Ondernemers/'>Ondernemers</a> &middot; <a href='/Producten_A-Z'>Producten A-Z</a></p>" % "".join(
        "<li><a href='%s'>%s</a></li>" % (p, h(t)) for pk, t, p in entries[:6]))
    build_az(site, entries, path="/Producten_A-Z")
    site.finish(sitemap=True)
    W.put(fh, "/img/digid.svg", digid_svg())
    W.put(fh, "/robots.txt", "User-agent: *\nDisallow: /TriplEforms/\n")

def fam_tex(org, site, products):
    fh = "texel.formdesk.test"
    site.base = "http://www.texel.test/nl/"
    site.link = lambda p: p.lstrip("/")[3:] if p.startswith("/nl/") else p.lstrip("/")
    site.home_href = lambda: "home"
    site.nav = [("producten", "Producten A-Z"), ("nieuws", "Nieuws"), ("belastingen-en-heffingen", "Belastingen"), ("wat-doet-de-gemeente-niet", "Wat doet de gemeente niet?")]
    ids = {}
    def path_fn(pk, title):
        ids[pk] = 1000 + hnum(pk, 8000)
        return "/nl/product?id=%d" % ids[pk]
    def fpath(slug, mode):
        return "http://%s/gemeentetexel/%s" % (fh, "".join(p.capitalize() for p in slug.split("-")))
    keys, rows = plan_for(org, products)
    OTHER_FORM[org["code"]] = None
    cfg = dict(path_fn=path_fn, form_host=fh, form_path_fn=fpath, platform="formdesk",
               styles=["anchor", "getform", "anchor"], title_fn=title_mix("coll"), body_fn=body_sections("pdc"))
    # common pages live under /nl/
    orig_put = site.put
    site.put = lambda path, title, body, index=True, extra_head="": orig_put(path if path.startswith("/nl/") or path.startswith("/en") or path.startswith("/de") else "/nl" + path, title, body, index, extra_head)
    entries, purls = generic_family(org, site, products, cfg)
    W.feat("query_string_catalogue", len(entries))
    W.feat("base_href_site")
    stale = [("identiteitskaart-x", "Parkeren in Den Burg (parkeervergunning)", "/nl/product?id=99017"),
             ("afvalcontainer-x", "Afvalcontainer aanvragen", "/nl/product?id=99023")]
    li = "".join("<li><a href='%s'>%s</a></li>" % (p[4:], h(t)) for _, t, p in sorted(entries + stale, key=lambda e: e[1].lower()))
    site.put("/nl/producten", "Producten en diensten", "<h1>Producten en diensten A-Z</h1><ul>%s</ul>" % li)
    W.feat("stale_az_link_to_soft404", 2)
    site.put("/nl/wat-doet-de-gemeente-niet", "Wat doet de gemeente niet?", "<h1>Wat doet de gemeente niet?</h1><p>Niet alles regelt u bij de gemeente. Voor de veerboot gaat u naar TESO, voor de vuurtoren naar het museum.</p><p>Gemeente Texel heft geen hondenbelasting. U hoeft uw hond dus niet aan te melden.</p>")
    site.put("/nl/belastingen-en-heffingen", "Belastingen en heffingen", "<h1>Belastingen en heffingen</h1><p>Texel heft onroerendezaakbelasting, afvalstoffenheffing, rioolheffing en toeristenbelasting. Op Texel betaalt u geen reclamebelasting.</p><ul>%s</ul>" % "".join(
        "<li><a href='%s'>%s</a></li>" % (purls[k][4:], h(cfg["rows"][k]["title"])) for k in ["belastingkwijtschelding", "woz-bezwaar", "belastingaanslag-bezwaar", "betalingsregeling"] if k in purls))
    site.put("/nl/toeristenbelasting", "Toeristenbelasting", "<h1>Toeristenbelasting</h1><p>Verhuurt u accommodatie aan toeristen? Dan draagt u toeristenbelasting af. Aangifte doet u via Mijn Texel met eHerkenning.</p>")
    news_pages(site, [("drukte-veerboot-zomer", "Drukte bij de veerboot deze zomer", "Kom op tijd naar de boot in Den Helder."),
                      ("nieuwe-milieustraat", "Nieuwe milieustraat open", "De milieustraat in Den Burg is vernieuwd.")])
    site.put("/nl/home", "Home", "<h1>Gemeente Texel</h1><p>Welkom op de website van de gemeente Texel.</p><ul><li><a href='producten'>Producten en diensten</a></li><li><a href='toeristenbelasting'>Toeristenbelasting</a></li><li><a href='nieuws'>Nieuws</a></li></ul>")
    site.put("/nl/", "Home", "<h1>Gemeente Texel</h1><ul><li><a href='producten'>Producten en diensten A-Z</a></li><li><a href='wat-doet-de-gemeente-niet'>Wat doet de gemeente niet?</a></li></ul>")
    W.put(site.host, "/", page_simple("Gemeente Texel - kies uw taal", "<h1>Kies uw taal</h1><ul><li><a href='/nl/'>Nederlands</a></li><li><a href='/de/'>Deutsch</a></li><li><a href='/en/'>English</a></li></ul>"))
    W.put(site.host, "/de/", page_simple("Gemeinde Texel", "<h1>Willkommen auf Texel</h1><p>Informationen für Touristen finden Sie beim VVV.</p><p><a href='/nl/'>Nederlands</a></p>"))
    W.put(site.host, "/en/", page_simple("Municipality of Texel", "<h1>Welcome to Texel</h1><p>Living on Texel? Most services are on our Dutch pages.</p><p><a href='/nl/producten'>Products and services (Dutch)</a></p>"))
    W.feat("language_splash")
    W.feat("english_page")
    site.finish(sitemap=False)
    soft404(site.host)
    W.host_redirects.append({"host": "texel.test", "status": 301, "to": "www.texel.test"})
    W.feat("host_redirect")
    W.put(fh, "/robots.txt", "User-agent: *\nAllow: /\n")
    for l in W.labels:
        if l["org_code"] == org["code"] and l["status"] == "not_found" and l["product_key"] in ("parkeervergunning", "afvalcontainer"):
            l["notes"] = "No product page: the A-Z still links to a removed catalogue item that answers with a soft 404 (status 200 'Pagina niet gevonden')."

def fam_mdl(org, site, products):
    fh = "loket.middendelfland.test"
    site.nav = [("/onderwerpen", "Onderwerpen"), ("/veelgestelde-vragen", "Veelgestelde vragen"), ("/nieuws/", "Nieuws")]
    def path_fn(pk, title):
        return "/onderwerp/%s" % slugify(title)
    def fpath(slug, mode):
        return "http://%s/eformulier/%s" % (fh, slug)
    keys, rows = plan_for(org, products)
    OTHER_FORM[org["code"]] = other_form_pref(org, rows, fpath, ["brp-uittreksel", "verhuismelding"])
    cfg = dict(path_fn=path_fn, form_host=fh, form_path_fn=fpath, platform="go",
               styles=["anchor", "anchor", "iframe"], title_fn=title_mix("coll"), body_fn=body_sections("h2"))
    entries, purls = generic_family(org, site, products, cfg)
    site.put("/onderwerp/parkeren", "Parkeren", "<h1>Parkeren</h1><p>In Midden-Delfland is parkeren overal gratis; een parkeervergunning bestaat niet. In de kernen geldt op sommige plekken een blauwe zone.</p>")
    site.put("/veelgestelde-vragen", "Veelgestelde vragen", "<h1>Veelgestelde vragen</h1><details><summary>Moet ik mijn hond aanmelden?</summary><p>Nee, Midden-Delfland heft geen hondenbelasting.</p></details><details><summary>Mag mijn winkel op zondag open?</summary><p>Ja. Winkels mogen in Midden-Delfland op zondag open. Een ontheffing winkeltijden is niet nodig en wordt niet verleend.</p></details><details><summary>Waar vraag ik bijstand aan?</summary><p>Bij de ISD Maas en Delfland, die werkt voor Midden-Delfland en Maassluis.</p></details>")
    stale = [("x", "Aangifte overlijden", "/onderwerp/aangifte-overlijden"), ("y", "Terrasvergunning", "/onderwerp/terrasvergunning")]
    build_az(site, entries, path="/onderwerpen", stale=stale, title="Alle onderwerpen")
    for l in W.labels:
        if l["org_code"] == org["code"] and l["product_key"] in ("overlijdensaangifte", "terrasvergunning"):
            l["notes"] = "No page: the topics list links to a removed page that answers with a soft 404 (status 200)."
    W.feat("stale_az_link_to_soft404", 2)
    news_pages(site, STD_NEWS[:2])
    site.put("/", "Home", "<h1>Gemeente Midden-Delfland</h1><p>Schipluiden, Maasland en Den Hoorn.</p><ul><li><a href='/onderwerpen'>Alle onderwerpen</a></li><li><a href='/veelgestelde-vragen'>Veelgestelde vragen</a></li><li><a href='/onderwerp/parkeren'>Parkeren</a></li></ul>")
    site.finish(sitemap=True)
    soft404(site.host)
    W.put(fh, "/robots.txt", "User-agent: *\nAllow: /\n")

def fam_old(org, site, products):
    fh = "oldambt.mijnformulieren.test"
    site.nav = [("/inwoner/", "Inwoner"), ("/ondernemer/", "Ondernemer"), ("/nieuws/", "Nieuws")]
    def path_fn(pk, title):
        return "/%s/product/%s_%d.html" % ("ondernemer" if pk in BUSINESS else "inwoner", slugify(title), 100 + hnum(pk, 900))
    def fpath(slug, mode):
        return "http://%s/form/%s" % (fh, slug)
    keys, rows = plan_for(org, products)
    OTHER_FORM[org["code"]] = other_form_pref(org, rows, fpath, ["bezwaar", "brp-uittreksel"])
    cfg = dict(path_fn=path_fn, form_host=fh, form_path_fn=fpath, platform="plain",
               styles=["iframe", "iframe", "anchor"], title_fn=title_mix("formal"), body_fn=body_sections("h2"))
    entries, purls = generic_family(org, site, products, cfg)
    for seg in ("inwoner", "ondernemer"):
        li = "".join("<li><a href='%s'>%s</a></li>" % (p, h(t)) for pk, t, p in sorted(entries, key=lambda e: e[1]) if p.startswith("/" + seg))
        site.put("/%s/" % seg, seg.capitalize(), "<h1>Producten en diensten</h1><ul>%s</ul>" % li)
    site.put("/wat-doet-de-gemeente-niet", "Wat doet de gemeente niet?", "<h1>Niet bij de gemeente</h1><p>Bijstand, Wmo en schuldhulp regelt Werk en Inkomen Oost-Groningen voor ons. Belastingen int Belastingen Oost-Groningen.</p>")
    news_pages(site, STD_NEWS)
    W.put(site.host, "/", page_simple("Cookie-instellingen - Gemeente Oldambt", "<h1>Cookie-instellingen</h1><p>Deze website gebruikt cookies. Geef hieronder uw keuze door.</p><form method='get' action='/home'><input type='hidden' name='consent' value='ja'><button type='submit'>Akkoord</button></form><form method='get' action='/home'><input type='hidden' name='consent' value='nee'><button type='submit'>Weigeren</button></form>"))
    W.feat("cookie_interstitial")
    site.home_href = lambda: "/home"
    site.put("/home", "Home", "<h1>Gemeente Oldambt</h1><ul><li><a href='/inwoner/'>Inwoner</a></li><li><a href='/ondernemer/'>Ondernemer</a></li><li><a href='/wat-doet-de-gemeente-niet'>Wat doet de gemeente niet</a></li></ul>")
    site.finish(sitemap=False, disallow=["/zoeken"])
    soft404(site.host, "Pagina niet gevonden (404)", 404)
    W.put(fh, "/robots.txt", "User-agent: *\nAllow: /\n")

def fam_boz(org, site, products):
    loket = "loket.bergenopzoom.test"
    site.host = loket
    site.nav = [("http://www.bergenopzoom.test/", "Home"), ("/producten/", "Producten"), ("/formulieren/", "E-loket")]
    def path_fn(pk, title):
        if pk in ("paspoort", "identiteitskaart"):
            return "/producten/paspoort-en-identiteitskaart"
        return "/producten/%s" % slugify(title)
    def fpath(slug, mode):
        return "http://%s/formulieren/%s" % (loket, slug)
    keys, rows = plan_for(org, products)
    OTHER_FORM[org["code"]] = other_form_pref(org, rows, fpath, ["huwelijksaangifte", "grofvuil"])
    cfg = dict(path_fn=path_fn, form_host=loket, form_path_fn=fpath, platform="plain",
               styles=["anchor", "button", "anchor"], title_fn=lambda pk, f, c: "Paspoort en identiteitskaart" if pk in ("paspoort", "identiteitskaart") else f,
               body_fn=body_sections("pdc"), eloket="http://%s/formulieren/" % loket,
               shared_page={"paspoort": 1, "identiteitskaart": 1})
    entries, purls = generic_family(org, site, products, cfg)
    for l in W.labels:
        if l["org_code"] == org["code"] and l["product_key"] in ("paspoort", "identiteitskaart"):
            l["notes"] += " One page 'Paspoort en identiteitskaart' covers both products."
    W.feat("shared_product_page")
    # E-loket overview listing many forms (also of other products)
    allforms = sorted(set(cfg.get("eloket_list", [])) | {(u, t) for u, t in [(fpath(slugify(k), "x"), T[k][0]) for k in keys if rows[k]["status"] == "ok" and rows[k]["level"] in (67, 100) and "v" not in rows[k]["flags"]]}, key=lambda e: e[1])
    site.put("/formulieren/", "E-loket: alle formulieren", "<h1>E-loket</h1><p>Hier vindt u alle formulieren. Voor de meeste formulieren logt u in met DigiD of eHerkenning.</p><ul>%s</ul>" % "".join("<li><a href='%s'>%s</a></li>" % (u, h(t)) for u, t in allforms))
    li = "".join("<li><a href='%s'>%s</a></li>" % (p, h(t)) for pk, t, p in sorted(set(entries), key=lambda e: e[1]))
    site.put("/producten/", "Producten en diensten", "<h1>Producten en diensten</h1><ul>%s</ul>" % li)
    build_common_www = Site(dict(org, host="www.bergenopzoom.test"))
    build_common_www.nav = [("http://%s/producten/" % loket, "Producten en diensten"), ("/nieuws/", "Nieuws"), ("/contact", "Contact")]
    build_common_www.put("/", "Home", "<h1>Gemeente Bergen op Zoom</h1><p>Wat wilt u regelen?</p><ul><li><a href='http://%s/producten/'>Producten en diensten</a></li><li><a href='http://%s/formulieren/'>E-loket</a></li><li><a href='http://afspraken.bergenopzoom.test/afspraak-maken'>Afspraak maken</a></li><li><a href='/en/'>English</a></li></ul>" % (loket, loket))
    build_common_www.put("/contact", "Contact", "<h1>Contact</h1><p>Bel 14 0164.</p>")
    build_common_www.put("/nieuws", "Nieuws", "<h1>Nieuws</h1><p>Vastenavend: wegen afgesloten in het centrum.</p>")
    build_common_www.put("/en/", "Bergen op Zoom in English", "<h1>Bergen op Zoom</h1><ul><li><a href='/en/moving-to-bergen-op-zoom'>Moving to Bergen op Zoom</a></li></ul>")
    build_common_www.put("/en/moving-to-bergen-op-zoom", "Moving to Bergen op Zoom", "<h1>Moving to Bergen op Zoom</h1><p>Register your new address within 5 days. You can do this online with DigiD.</p><p><a href='http://%s%s'>Dutch page: Verhuizing doorgeven</a></p>" % (loket, purls["verhuismelding"]), extra_head="<link rel='alternate' hreflang='nl' href='http://%s%s'>" % (loket, purls["verhuismelding"]))
    W.feat("english_page")
    build_common_www.finish(sitemap=False)
    site.put("/", "Loket", "<h1>Digitaal loket</h1><p><a href='/producten/'>Producten</a> <a href='/formulieren/'>E-loket</a></p>")
    site.finish(sitemap=True)
    W.host_redirects.append({"host": "bergenopzoom.test", "status": 301, "to": "www.bergenopzoom.test"})
    W.feat("host_redirect")

def fam_lel(org, site, products):
    fh = "mijn.lelystad.test"
    site.nav = [("/inwoners/", "Inwoners"), ("/ondernemers/", "Ondernemers"), ("/inwoners/belastingen/overzicht-belastingen", "Belastingen"), ("/zoeken", "Zoeken")]
    def path_fn(pk, title):
        return "/%s/%s/%s" % ("ondernemers" if pk in BUSINESS else "inwoners", slugify("ondernemen" if pk in BUSINESS else sec(pk)), slugify(title))
    def fpath(slug, mode):
        return "http://%s/formulier/%s/" % (fh, slug)
    keys, rows = plan_for(org, products)
    OTHER_FORM[org["code"]] = other_form_pref(org, rows, fpath, ["brp-uittreksel", "subsidie"])
    cfg = dict(path_fn=path_fn, form_host=fh, form_path_fn=fpath, platform="jsclick",
               styles=["button", "getform", "jsanchor", "anchor"], title_fn=title_mix("coll"),
               body_fn=body_sections("direct-top"), direct_block=lambda pk: "/direct-regelen/%s" % slugify(pk))
    entries, purls = generic_family(org, site, products, cfg)
    W.put(fh, "/img/digid.svg", digid_svg())
    site.put("/inwoners/belastingen/overzicht-belastingen", "Overzicht belastingen", "<h1>Welke belastingen betaalt u in Lelystad?</h1><ul><li>Onroerendezaakbelasting (OZB)</li><li>Afvalstoffenheffing</li><li>Rioolheffing</li></ul><p>Lelystad heft sinds 2019 geen hondenbelasting meer.</p>")
    site.put("/ondernemers/markten", "Markten", "<h1>Markten in Lelystad</h1><p>Op woensdag en zaterdag is er markt in het centrum. Voor een plaats op de markt heeft u in Lelystad geen vergunning nodig; de gemeente verleent geen marktvergunningen. U meldt zich op de marktdag bij de marktmeester.</p>")
    sections_overview(site, entries, lambda g: "/%s/%s/" % ("ondernemers" if g == "Ondernemen" else "inwoners", slugify(g)))
    site.put("/inwoners/", "Inwoners", "<h1>Inwoners</h1><ul>%s</ul>" % "".join("<li><a href='%s'>%s</a></li>" % (p, h(t)) for pk, t, p in entries if p.startswith("/inwoners")))
    site.put("/ondernemers/", "Ondernemers", "<h1>Ondernemers</h1><ul>%s</ul><p><a href='/ondernemers/markten'>Markten</a></p>" % "".join("<li><a href='%s'>%s</a></li>" % (p, h(t)) for pk, t, p in entries if p.startswith("/ondernemers")))
    add_sibling(org, site, "/ondernemers/ondernemen/klein-evenement-melden", "Klein evenement melden",
                "Organiseert u een klein evenement (maximaal 150 bezoekers, geen muziek na 23.00 uur)? Dan is een melding genoeg. U hoeft niet in te loggen.",
                "Melding klein evenement doen", "http://mijn.lelystad.test/formulier/klein-evenement/",
                page_simple("Melding klein evenement", "<h1>Melding klein evenement</h1>" + anon_form("klein evenement")), "evenementenvergunning")
    add_sibling(org, site, "/ondernemers/ondernemen/parkeervergunning-bedrijven", "Parkeervergunning bedrijven",
                "Heeft u een bedrijf in het centrum? Vraag een parkeervergunning voor bedrijven aan. U logt in met eHerkenning.",
                "Parkeervergunning bedrijven aanvragen", "http://mijn.lelystad.test/formulier/parkeervergunning-bedrijven/",
                page_simple("Parkeervergunning bedrijven", "<h1>Parkeervergunning bedrijven</h1>" + login_links("mijn.lelystad.test", "parkeervergunning-bedrijven", digid=False, eh=True)), "parkeervergunning", trap=False)
    W.feat("audience_page_same_name")
    news_pages(site, STD_NEWS)
    site.put("/", "Home", "<h1>Gemeente Lelystad</h1><p>Regel het online.</p><ul>%s</ul><p><a href='/inwoners/'>Inwoners</a> <a href='/ondernemers/'>Ondernemers</a></p>" % "".join("<li><a href='%s'>%s</a></li>" % (p, h(t)) for pk, t, p in entries[:10]))
    build_search(site, "/zoeken", "zoekterm")
    site.put("/zoeken", "Zoeken", "<h1>Zoeken</h1><form action='/zoeken'><input name='zoekterm'><button>Zoek</button></form>", index=False)
    site.finish(sitemap=True)

def fam_pv(org, site, products):
    fh = "eloket.limburg.test"
    site.nav = [("/loket/", "Loket"), ("/loket/formulieren/", "Alle formulieren"), ("/actueel/nieuws/", "Nieuws")]
    def path_fn(pk, title):
        return "/loket/vergunningen/@%d/%s/" % (2000 + hnum(pk, 7000), slugify(title))
    def fpath(slug, mode):
        return "http://%s/aanvraag/%s" % (fh, slug)
    keys, rows = plan_for(org, products)
    OTHER_FORM[org["code"]] = other_form_pref(org, rows, fpath, ["subsidie"])
    cfg = dict(path_fn=path_fn, form_host=fh, form_path_fn=fpath, platform="plain",
               styles=["anchor", "getform"], title_fn=title_mix("formal"), body_fn=body_sections("h2"),
               eloket="http://www.limburg.test/loket/formulieren/")
    entries, purls = generic_family(org, site, products, cfg)
    W.put(fh, "/aanvraag/tijdelijk-luchtvaartterrein", js_form_page("TUG-ontheffing aanvragen", fh, "tijdelijk-luchtvaartterrein", "anon", False, org))
    allforms = sorted(set(cfg.get("eloket_list", [])) | {(fpath(slugify(k), "x"), T[k][0]) for k in keys if rows[k]["status"] == "ok" and rows[k]["level"] in (67, 100) and "v" not in rows[k]["flags"]}, key=lambda e: e[1])
    site.put("/loket/formulieren/", "Alle formulieren", "<h1>Alle formulieren</h1><p>Voor bedrijven: inloggen met eHerkenning. Voor inwoners: DigiD.</p><ul>%s</ul>" % "".join("<li><a href='%s'>%s</a></li>" % (u, h(t)) for u, t in allforms))
    W.feat("forms_overview_page")
    site.put("/loket/", "Loket", "<h1>Loket: vergunningen, subsidies en meldingen</h1><ul>%s</ul>" % "".join("<li><a href='%s'>%s</a></li>" % (p, h(t)) for pk, t, p in entries))
    site.put("/actueel/nieuws/", "Nieuws", "<h1>Nieuws</h1><p>Provincie opent nieuwe subsidieregeling voor biodiversiteit.</p>")
    site.put("/", "Home", "<h1>Provincie Limburg</h1><ul><li><a href='/loket/'>Loket</a></li><li><a href='/loket/formulieren/'>Alle formulieren</a></li></ul>")
    site.finish(sitemap=True)
    W.put(fh, "/robots.txt", "User-agent: *\nDisallow: /auth/\n")

def fam_wsl(org, site, products):
    host = site.host
    site.nav = [("/vergunningen-en-meldingen/", "Vergunningen en meldingen"), ("/belastingen/", "Belastingen"), ("/veelgestelde-vragen/", "Veelgestelde vragen")]
    def path_fn(pk, title):
        if pk in ("watermelding", "melding-openbare-ruimte"):
            return "/melding-doen/"
        if pk in ("zuiveringsheffing", "watersysteemheffing", "belastingkwijtschelding", "belastingaanslag-bezwaar", "betalingsregeling"):
            return "/belastingen/%s/" % slugify(title)
        return "/vergunningen-en-meldingen/%s/" % slugify(title)
    def fpath(slug, mode):
        return "http://%s/formulier/%s/" % (host, slug)
    keys, rows = plan_for(org, products)
    OTHER_FORM[org["code"]] = other_form_pref(org, rows, fpath, ["subsidie"])
    cfg = dict(path_fn=path_fn, form_host=host, form_path_fn=fpath, platform="plain",
               styles=["anchor", "anchor", "button"], title_fn=lambda pk, f, c: "Melding doen" if pk in ("watermelding", "melding-openbare-ruimte") else f,
               body_fn=body_sections("h2"), shared_page={"watermelding": 1, "melding-openbare-ruimte": 1})
    entries, purls = generic_family(org, site, products, cfg)
    for l in W.labels:
        if l["org_code"] == org["code"] and l["product_key"] in ("watermelding", "melding-openbare-ruimte"):
            l["notes"] += " One page 'Melding doen' covers both products."
    W.feat("shared_product_page")
    site.put("/veelgestelde-vragen/", "Veelgestelde vragen", "<h1>Veelgestelde vragen</h1><h2>Ik wil werken langs een weg. Heb ik een vergunning van het waterschap nodig?</h2><p>Nee. Waterschap Limburg beheert geen wegen en geeft daarom geen vergunningen voor werken langs wegen. Neem contact op met de gemeente of de provincie.</p><h2>Wanneer krijg ik mijn aanslag?</h2><p>De aanslag komt van BSL in februari.</p>")
    li = "".join("<li><a href='%s'>%s</a></li>" % (p, h(t)) for pk, t, p in entries if p.startswith("/vergunningen"))
    site.put("/vergunningen-en-meldingen/", "Vergunningen en meldingen", "<h1>Vergunningen en meldingen</h1><ul>%s</ul><p><a href='/melding-doen/'>Melding doen</a></p>" % li)
    li = "".join("<li><a href='%s'>%s</a></li>" % (p, h(t)) for pk, t, p in entries if p.startswith("/belastingen"))
    site.put("/belastingen/", "Belastingen", "<h1>Waterschapsbelastingen</h1><p>De belastingen van Waterschap Limburg worden geheven door Belastingsamenwerking Limburg (BSL).</p><ul>%s</ul>" % li)
    site.put("/", "Home", "<h1>Waterschap Limburg</h1><p>Wij zorgen voor veilige dijken, voldoende en schoon water.</p><ul><li><a href='/vergunningen-en-meldingen/'>Vergunningen en meldingen</a></li><li><a href='/melding-doen/'>Melding doen</a></li><li><a href='/belastingen/'>Belastingen</a></li></ul>")
    site.finish(sitemap=True)

def fam_wss(org, site, products):
    fh = "formulieren.scheldestromen.test"
    site.nav = [("/loket/", "Loket"), ("/nieuws/", "Nieuws")]
    def path_fn(pk, title):
        return "/loket/%s" % slugify(title)
    def fpath(slug, mode):
        return "http://%s/%s/" % (fh, slug)
    keys, rows = plan_for(org, products)
    OTHER_FORM[org["code"]] = other_form_pref(org, rows, fpath, ["wegvergunning-provinciaal", "bedrijfsafvalwater-melding"])
    cfg = dict(path_fn=path_fn, form_host=fh, form_path_fn=fpath, platform="plain",
               styles=["anchor", "iframe", "button"], title_fn=lambda pk, f, c: {"melding-openbare-ruimte": "Melding over wegen, fietspaden en bermen", "watermelding": "Melding water"}.get(pk, f),
               body_fn=body_sections("h2"))
    entries, purls = generic_family(org, site, products, cfg)
    W.put(fh, "/watermelding/", js_form_page("Melding water", fh, "watermelding", "anon", False, org))
    for l in W.labels:
        if l["org_code"] == org["code"] and l["product_key"] == "watermelding":
            l["notes"] += " Trap: sibling page 'Melding over wegen, fietspaden en bermen' is the road-report product."
    li = "".join("<li><a href='%s'>%s</a></li>" % (p, h(t)) for pk, t, p in entries)
    site.put("/loket/", "Loket", "<h1>Loket</h1><ul>%s</ul>" % li)
    news_pages(site, [("dijkversterking-zuid-beveland", "Dijkversterking Zuid-Beveland van start", "De werkzaamheden duren tot 2028.")])
    site.put("/", "Home", "<h1>Waterschap Scheldestromen</h1><p>Veilig, schoon en voldoende water en veilige wegen in Zeeland.</p><p><a href='/loket/'>Loket</a></p>")
    site.finish(sitemap=False)
    W.put(fh, "/robots.txt", "User-agent: *\nAllow: /\n")

def fam_kvk(org, site, products):
    fh = "www.kvk.test"
    site.nav = [("/starten/", "Starten"), ("/inschrijven-en-wijzigen/", "Inschrijven en wijzigen"), ("/zoeken/", "KVK Zoeken")]
    def path_fn(pk, title):
        return "/inschrijven-en-wijzigen/inschrijven-bij-kvk/"
    def fpath(slug, mode):
        return "http://%s/inschrijven-en-wijzigen/inschrijven-bij-kvk/online-inschrijven/" % fh
    OTHER_FORM[org["code"]] = None
    cfg = dict(path_fn=path_fn, form_host=fh, form_path_fn=fpath, platform="plain", styles=["anchor"],
               title_fn=lambda pk, f, c: "Inschrijven bij KVK", body_fn=body_sections("h2"))
    entries, purls = generic_family(org, site, products, cfg)
    site.put("/starten/", "Een bedrijf starten", "<h1>Een bedrijf starten</h1><p>Stap voor stap naar uw eigen bedrijf. <a href='/inschrijven-en-wijzigen/inschrijven-bij-kvk/'>Inschrijven bij KVK</a></p>")
    site.put("/inschrijven-en-wijzigen/", "Inschrijven en wijzigen", "<h1>Inschrijven en wijzigen</h1><ul><li><a href='/inschrijven-en-wijzigen/inschrijven-bij-kvk/'>Inschrijven bij KVK</a></li><li><a href='/inschrijven-en-wijzigen/wijziging-doorgeven/'>Wijziging doorgeven</a></li></ul>")
    site.put("/inschrijven-en-wijzigen/wijziging-doorgeven/", "Wijziging doorgeven", "<h1>Wijziging doorgeven</h1><p>Geef wijzigingen door via het online formulier, inloggen met eHerkenning.</p>")
    site.put("/zoeken/", "KVK Zoeken", "<h1>Zoeken in het Handelsregister</h1><form action='/zoeken/' method='get'><input name='q'><button>Zoeken</button></form>")
    site.put("/", "Home", "<h1>KVK</h1><ul><li><a href='/starten/'>Bedrijf starten</a></li><li><a href='/inschrijven-en-wijzigen/'>Inschrijven en wijzigen</a></li></ul>")
    site.finish(sitemap=True)

def fam_rws(org, site, products):
    site.nav = [("/zakelijk/", "Zakelijk"), ("/wegen/", "Wegen"), ("/water/", "Water")]
    def path_fn(pk, title):
        return "/zakelijk/zakendoen-met-rijkswaterstaat/vergunningen/watervergunning"
    def fpath(slug, mode):
        return ""
    OTHER_FORM[org["code"]] = None
    cfg = dict(path_fn=path_fn, form_host=OLO, form_path_fn=fpath, platform="plain", styles=["anchor"],
               title_fn=lambda pk, f, c: "Watervergunning", body_fn=body_sections("h2"))
    entries, purls = generic_family(org, site, products, cfg)
    site.put("/zakelijk/zakendoen-met-rijkswaterstaat/vergunningen/", "Vergunningen", "<h1>Vergunningen</h1><ul><li><a href='/zakelijk/zakendoen-met-rijkswaterstaat/vergunningen/watervergunning'>Watervergunning</a></li><li><a href='/zakelijk/zakendoen-met-rijkswaterstaat/vergunningen/ontheffing-exceptioneel-transport'>Ontheffing exceptioneel transport</a></li></ul>")
    site.put("/zakelijk/zakendoen-met-rijkswaterstaat/vergunningen/ontheffing-exceptioneel-transport", "Ontheffing exceptioneel transport", "<h1>Ontheffing exceptioneel transport</h1><p>Deze ontheffing vraagt u aan bij de RDW.</p>")
    site.put("/zakelijk/", "Zakelijk", "<h1>Zakelijk</h1><p><a href='/zakelijk/zakendoen-met-rijkswaterstaat/vergunningen/'>Vergunningen</a></p>")
    site.put("/", "Home", "<h1>Rijkswaterstaat</h1><p><a href='/zakelijk/'>Zakelijk</a></p>")
    site.finish(sitemap=False)

FAMILIES = dict(til=fam_til, ede=fam_ede, tex=fam_tex, mdl=fam_mdl, old=fam_old, boz=fam_boz, lel=fam_lel,
                pv=fam_pv, wsl=fam_wsl, wss=fam_wss, kvk=fam_kvk, rws=fam_rws)

def main():
    global W
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "web")
    W = Web(out)
    products = load_products()
    build_idp()
    build_appointment_hosts()
    for org in ORGS:
        build_org(org, products)
    W.write()
    print("wrote", out, len(W.files), "files", len(W.labels), "labels")

if __name__ == "__main__":
    main()
