#!/usr/bin/env python3
"""Generate the held-out web 'web-dev16' (8 Gelderland/Brabant gemeenten + Waterschap Aa en Maas).

Usage: python3 gen.py [OUTDIR]   (default: web/ beside this file)
Deterministic: no randomness except sha1-based choices; everything sorted.
"""
import csv
import hashlib
import html
import json
import os
import shutil
import sys
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
PRODUCTS_CSV = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', '..', 'config', 'products.csv')


def h(*parts):
    return int(hashlib.sha1("|".join(parts).encode()).hexdigest(), 16)


def esc(s):
    return html.escape(s, quote=True)


# ---------------------------------------------------------------- products
def read_products():
    rows = []
    with open(PRODUCTS_CSV, newline="", encoding="utf-8") as f:
        for r in csv.DictReader(f):
            rows.append({k: r[k] for k in ("product_key", "name_nl", "org_types", "audience", "offered_by")})
    return rows


# key: (titles, slug, section, intro, default route options)
# route codes: D digid form, DP digid + pre-fill text, E eHerkenning, A anonymous form,
# P printable pdf, I information only, AP appointment only, TAX/OLO/WERK via a shared body
PINFO = {
    "brp-uittreksel": (["Uittreksel BRP", "Uittreksel Basisregistratie Personen (BRP)"], "uittreksel-brp", "Burgerzaken",
                       "Met een uittreksel uit de Basisregistratie Personen (BRP) laat u zien waar u woont en sinds wanneer. Soms vraagt een werkgever, woningcorporatie of notaris hierom.", ["DP", "D", "D", "AP"]),
    "verhuismelding": (["Verhuizen", "Verhuizing doorgeven"], "verhuizen", "Burgerzaken",
                       "Gaat u verhuizen naar of binnen onze gemeente? Geef uw verhuizing uiterlijk 5 dagen na de verhuisdatum aan ons door. U kunt dit 4 weken van tevoren al doen.", ["D", "DP", "D", "A"]),
    "geboorteaangifte": (["Geboorte", "Aangifte geboorte"], "geboorte-aangeven", "Burgerzaken",
                         "Is uw kind geboren? Gefeliciteerd! U moet de geboorte binnen 3 dagen aangeven bij de gemeente waar uw kind geboren is.", ["AP", "D", "I"]),
    "overlijdensaangifte": (["Overlijden", "Aangifte overlijden"], "overlijden", "Burgerzaken",
                            "Als iemand overlijdt, moet het overlijden worden aangegeven bij de gemeente waar de persoon is overleden. Meestal regelt de uitvaartondernemer dit voor u.", ["I", "I", "P"]),
    "huwelijksaangifte": (["Trouwen en geregistreerd partnerschap", "Huwelijk of partnerschap melden"], "trouwen", "Burgerzaken",
                          "Wilt u gaan trouwen of een geregistreerd partnerschap aangaan? Meld dit uiterlijk 2 weken en hooguit 1 jaar voor de datum bij de gemeente.", ["D", "AP", "P"]),
    "paspoort": (["Paspoort", "Paspoort aanvragen"], "paspoort", "Burgerzaken",
                 "Een paspoort vraagt u persoonlijk aan bij de balie van Burgerzaken. Neem een goedgekeurde pasfoto mee.", ["AP"]),
    "identiteitskaart": (["ID-kaart", "Identiteitskaart"], "identiteitskaart", "Burgerzaken",
                         "Met een Nederlandse identiteitskaart kunt u zich legitimeren en reizen binnen Europa. U vraagt de ID-kaart persoonlijk aan.", ["AP"]),
    "parkeervergunning": (["Parkeervergunning", "Parkeervergunning bewoners"], "parkeervergunning", "Verkeer en parkeren",
                          "Woont of werkt u in het centrum? Met een parkeervergunning parkeert u in uw eigen vergunningsgebied.", ["D", "P", "D"]),
    "gehandicaptenparkeerkaart": (["Gehandicaptenparkeerkaart", "Invalidenparkeerkaart"], "gehandicaptenparkeerkaart", "Verkeer en parkeren",
                                  "Heeft u een beperking waardoor u niet ver kunt lopen? Met een gehandicaptenparkeerkaart mag u op speciale plekken parkeren.", ["D", "P", "A"]),
    "gehandicaptenparkeerplaats": (["Gehandicaptenparkeerplaats", "Invalidenparkeerplaats op kenteken"], "gehandicaptenparkeerplaats", "Verkeer en parkeren",
                                   "Heeft u een gehandicaptenparkeerkaart en geen eigen parkeerplek? Dan kunt u een parkeerplaats op kenteken bij uw woning aanvragen.", ["D", "A", "P", "I"]),
    "hondenbelasting": (["Hondenbelasting", "Hond aanmelden of afmelden"], "hondenbelasting", "Belastingen",
                        "Heeft u een hond? Dan betaalt u hondenbelasting. Meld uw hond binnen 14 dagen aan.", ["D", "A", "P"]),
    "belastingkwijtschelding": (["Kwijtschelding gemeentelijke belastingen", "Kwijtschelding"], "kwijtschelding", "Belastingen",
                                "Heeft u een laag inkomen en weinig vermogen? Dan kunt u kwijtschelding aanvragen voor de afvalstoffenheffing en rioolheffing.", ["TAX", "D"]),
    "woz-bezwaar": (["WOZ-waarde", "Bezwaar WOZ-beschikking"], "woz", "Belastingen",
                    "Bent u het niet eens met de WOZ-waarde van uw woning of pand? Dan kunt u binnen 6 weken na de dagtekening bezwaar maken.", ["TAX", "D"]),
    "bijstand": (["Bijstandsuitkering", "Bijstand"], "bijstandsuitkering", "Werk en inkomen",
                 "Heeft u niet genoeg inkomen om van te leven? Dan kunt u misschien een bijstandsuitkering krijgen. U vraagt de uitkering aan via werk.nl.", ["WERK"]),
    "bijzondere-bijstand": (["Bijzondere bijstand", "Bijzondere kosten vergoeden"], "bijzondere-bijstand", "Werk en inkomen",
                            "Heeft u onverwachte, noodzakelijke kosten die u niet zelf kunt betalen? Bijvoorbeeld voor een bril of een wasmachine? Misschien kunt u bijzondere bijstand krijgen.", ["D", "D", "P"]),
    "wmo-voorziening": (["Hulp bij het huishouden en Wmo", "Wmo-voorziening aanvragen"], "wmo", "Zorg en welzijn",
                        "Kunt u door ziekte, ouderdom of een beperking niet meer alles zelf? Via de Wmo kunt u ondersteuning krijgen, zoals huishoudelijke hulp of een scootmobiel.", ["A", "I", "D"]),
    "leerlingenvervoer": (["Leerlingenvervoer", "Vervoer naar school"], "leerlingenvervoer", "Onderwijs",
                          "Kan uw kind niet zelfstandig naar school? Dan kunt u een vergoeding voor leerlingenvervoer aanvragen.", ["D", "A"]),
    "grofvuil": (["Grofvuil", "Grof huishoudelijk afval laten ophalen"], "grofvuil", "Afval",
                 "Grof huishoudelijk afval zoals meubels en matrassen laat u op afspraak ophalen of brengt u zelf naar de milieustraat.", ["A", "D", "I"]),
    "afvalcontainer": (["Afvalcontainer", "Minicontainer aanvragen of wijzigen"], "container", "Afval",
                       "Heeft u een nieuwe, extra of kleinere container nodig, of is uw container kapot? Vraag dan een container aan of geef de wijziging door.", ["A", "D"]),
    "melding-openbare-ruimte": (["Melding openbare ruimte", "Melding doen"], "melding-openbare-ruimte", "Wonen en leefomgeving",
                                "Ziet u een kapotte lantaarnpaal, losliggende stoeptegel of zwerfafval? Doe een melding, dan lossen wij het op.", ["A"]),
    "omgevingsvergunning": (["Omgevingsvergunning", "Bouwen en verbouwen"], "omgevingsvergunning", "Bouwen en wonen",
                            "Wilt u bouwen, verbouwen, slopen of een monument aanpassen? Vaak heeft u een omgevingsvergunning nodig. Doe eerst de vergunningcheck.", ["OLO"]),
    "kapvergunning": (["Kapvergunning", "Boom kappen"], "boom-kappen", "Bouwen en wonen",
                      "Wilt u een boom kappen? Voor sommige bomen heeft u een omgevingsvergunning voor het kappen nodig.", ["OLO", "P"]),
    "bouwdossier-inzage": (["Bouwtekeningen en bouwdossier inzien", "Bouwdossier opvragen"], "bouwdossier", "Bouwen en wonen",
                           "Wilt u de bouwtekeningen van uw huis bekijken? Vraag het bouwdossier op bij het archief.", ["A", "P", "D"]),
    "bezwaar": (["Bezwaar maken", "Bezwaarschrift indienen"], "bezwaar-maken", "Bestuur en organisatie",
                "Bent u het niet eens met een besluit van de gemeente? Dan kunt u binnen 6 weken bezwaar maken.", ["D", "P", "A"]),
    "klacht": (["Klacht indienen", "Klachten"], "klacht", "Bestuur en organisatie",
               "Bent u niet tevreden over hoe een medewerker u heeft behandeld? Dien dan een klacht in.", ["A", "D"]),
    "woo-verzoek": (["Woo-verzoek", "Informatie opvragen (Wet open overheid)"], "woo-verzoek", "Bestuur en organisatie",
                    "Wilt u informatie van de gemeente inzien? Op grond van de Wet open overheid (Woo) kunt u een verzoek indienen.", ["A", "D", "P"]),
    "subsidie": (["Subsidie aanvragen", "Subsidies"], "subsidie", "Subsidies",
                 "Organiseert u een activiteit voor inwoners of bent u een vereniging? Misschien krijgt u subsidie.", ["E", "P", "D"]),
    "evenementenvergunning": (["Evenementenvergunning", "Evenement organiseren"], "evenementenvergunning", "Ondernemen",
                              "Organiseert u een evenement, zoals een braderie, buurtfeest of concert? Dan heeft u vaak een evenementenvergunning nodig. Vraag deze minimaal 8 weken vooraf aan.", ["E", "P", "A"]),
    "exploitatievergunning-horeca": (["Exploitatievergunning horeca", "Horecavergunning"], "exploitatievergunning", "Ondernemen",
                                     "Wilt u een café, restaurant of snackbar beginnen? Dan heeft u een exploitatievergunning nodig.", ["E", "P"]),
    "alcoholvergunning": (["Drank schenken", "Alcoholvergunning"], "alcoholvergunning", "Ondernemen",
                          "Wilt u in uw horecazaak of slijterij alcohol verkopen of schenken? Dan heeft u een alcoholvergunning nodig.", ["E", "P"]),
    "terrasvergunning": (["Terras", "Terrasvergunning"], "terras", "Ondernemen",
                         "Wilt u een terras bij uw horecazaak? Vraag een terrasvergunning aan.", ["E", "I", "P"]),
    "standplaatsvergunning": (["Standplaats", "Standplaatsvergunning"], "standplaats", "Ondernemen",
                              "Wilt u met een kraam of verkoopwagen op een vaste plek staan buiten de markt? Dan heeft u een standplaatsvergunning nodig.", ["P", "E"]),
    "marktvergunning": (["Weekmarkt", "Marktplaats aanvragen"], "weekmarkt", "Ondernemen",
                        "Wilt u een vaste plaats op de weekmarkt? Dan heeft u een marktvergunning nodig. De marktmeester wijst de plaatsen toe.", ["I", "P", "I"]),
    "reclamebelasting": (["Reclamebelasting", "Reclame-uitingen"], "reclamebelasting", "Ondernemen",
                         "Heeft u een reclamebord of lichtreclame aan uw gevel? Dan betaalt u mogelijk reclamebelasting.", ["I", "P"]),
    "geluidsontheffing": (["Ontheffing geluid", "Geluidsontheffing"], "geluidsontheffing", "Ondernemen",
                          "Maakt u tijdelijk meer geluid dan is toegestaan, bijvoorbeeld bij een feest of werkzaamheden? Vraag een ontheffing aan.", ["A", "E", "P"]),
    "winkeltijdenontheffing": (["Winkeltijden", "Ontheffing winkeltijden"], "winkeltijden", "Ondernemen",
                               "Wilt u uw winkel buiten de normale openingstijden openen? Daarvoor kunt u een ontheffing aanvragen.", ["P", "I"]),
    "kansspelautomaatvergunning": (["Speelautomaten", "Aanwezigheidsvergunning kansspelautomaten"], "speelautomaten", "Ondernemen",
                                   "Wilt u een kansspelautomaat in uw horecazaak plaatsen? Dan heeft u een aanwezigheidsvergunning nodig.", ["P", "E"]),
    "collectevergunning": (["Collecteren", "Collectevergunning"], "collecte", "Ondernemen",
                           "Wilt u met uw vereniging of stichting geld inzamelen langs de deuren? Dan heeft u een collectevergunning nodig.", ["A", "P", "I"]),
    "ligplaatsvergunning": (["Ligplaats", "Ligplaatsvergunning woonboot"], "ligplaats", "Wonen en leefomgeving",
                            "Wilt u een boot of woonschip afmeren in gemeentelijk water? Dan heeft u een ligplaatsvergunning nodig.", ["P", "I"]),
    "uitwegvergunning": (["Uitrit aanleggen", "Inrit of uitweg"], "uitrit", "Bouwen en wonen",
                         "Wilt u een inrit of uitrit aanleggen of veranderen? Dan heeft u een omgevingsvergunning voor een uitweg nodig.", ["OLO", "P"]),
    "belastingaanslag-bezwaar": (["Bezwaar tegen uw aanslag", "Bezwaar gemeentelijke belastingen"], "bezwaar-aanslag", "Belastingen",
                                 "Bent u het niet eens met uw aanslag gemeentelijke belastingen? Dan kunt u binnen 6 weken bezwaar maken.", ["TAX", "D"]),
    "betalingsregeling": (["Betalingsregeling", "Aanslag in termijnen betalen"], "betalingsregeling", "Belastingen",
                          "Kunt u uw aanslag niet in één keer betalen? Vraag een betalingsregeling aan of betaal via automatische incasso in termijnen.", ["TAX", "A"]),
    # water board
    "wegvergunning-provinciaal": (["Werken bij een dijk of weg van het waterschap", "Werkzaamheden in de beschermingszone"], "werken-bij-weg-of-dijk", "Vergunningen",
                                  "Wilt u kabels of leidingen leggen, of werken langs een weg of waterkering die wij beheren? Daar gelden regels.", ["P"]),
    "schadevergoeding-provincie": (["Schade melden", "Schadeclaim indienen"], "schade-melden", "Contact",
                                   "Heeft u schade door werkzaamheden van het waterschap, bijvoorbeeld aan uw auto of tuin? Meld de schade bij ons.", ["A"]),
    "watervergunning": (["Watervergunning", "Vergunning aanvragen"], "watervergunning", "Vergunningen",
                        "Wilt u iets doen in of bij een watergang, zoals een duiker leggen, water onttrekken of een steiger bouwen? Soms heeft u een vergunning nodig.", ["OLO"]),
    "watermelding": (["Melding doen", "Meldingen"], "melding-doen", "Contact",
                     "Ziet u wateroverlast, een verstopte duiker, dode vissen of stank? Meld het ons.", ["A"]),
    "zuiveringsheffing": (["Zuiveringsheffing", "Vervuilingseenheden"], "zuiveringsheffing", "Belastingen",
                          "Met de zuiveringsheffing betaalt u voor het zuiveren van afvalwater. Bedrijven geven het aantal vervuilingseenheden op.", ["TAXE"]),
    "watersysteemheffing": (["Watersysteemheffing", "Waterschapsbelasting"], "watersysteemheffing", "Belastingen",
                            "Met de watersysteemheffing betaalt u mee aan droge voeten en schoon water.", ["I"]),
    "bedrijfsafvalwater-melding": (["Lozen van bedrijfsafvalwater", "Lozingsmelding"], "lozen-bedrijfsafvalwater", "Vergunningen",
                                   "Loost uw bedrijf afvalwater op het riool of oppervlaktewater? Dan moet u dat vaak melden.", ["OLO"]),
}

ROUTE_LEVEL = {"D": 100, "DP": 100, "E": 100, "A": 67, "P": 33, "I": 0, "AP": 0}
BUSINESS = {"evenementenvergunning", "exploitatievergunning-horeca", "alcoholvergunning", "terrasvergunning",
            "standplaatsvergunning", "marktvergunning", "reclamebelasting", "geluidsontheffing",
            "winkeltijdenontheffing", "kansspelautomaatvergunning", "bedrijfsafvalwater-melding", "zuiveringsheffing"}

# ---------------------------------------------------------------- organisations
# family: go (root slugs), iprox (/Inwoners/Sectie/Titel), catalog (/product?id=), owc (/onderwerp/slug),
# productid (/inwoners/product/slug_id.html + base href), nlds (/producten/slug), pdc (loket.<>/producten/slug),
# typo3 (/inwoners/sectie/slug/), wp (water board WordPress)
ORGS = [
    dict(code="GM0262", name="Gemeente Lochem", short="Lochem", otype="gemeente", host="www.lochem.test", family="go",
         cta="a", forms="eform", tax="bsa", box="Veelgevraagd", sitemap=True, inhabitants=34000),
    dict(code="GM1859", name="Gemeente Berkelland", short="Berkelland", otype="gemeente", host="www.gemeenteberkelland.test",
         family="iprox", cta="getform", forms="triple", tax="bsa", box=None, sitemap=False, inhabitants=44000),
    dict(code="GM1955", name="Gemeente Montferland", short="Montferland", otype="gemeente", host="www.montferland.test",
         family="catalog", cta="a", forms="openforms", tax="liemersbel", box=None, sitemap=True, inhabitants=36000),
    dict(code="GM0302", name="Gemeente Nunspeet", short="Nunspeet", otype="gemeente", host="www.nunspeet.test", family="owc",
         cta="img", forms="formdesk", tax=None, box=None, sitemap=True, inhabitants=28500),
    dict(code="GM0230", name="Gemeente Elburg", short="Elburg", otype="gemeente", host="www.elburg.test", family="productid",
         cta="iframe", forms="loket", tax=None, box=None, sitemap=False, inhabitants=23700),
    dict(code="GM0203", name="Gemeente Barneveld", short="Barneveld", otype="gemeente", host="www.barneveld.test", family="nlds",
         cta="button", forms="mijn", tax=None, box="Direct regelen", sitemap=True, inhabitants=62000),
    dict(code="GM0797", name="Gemeente Heusden", short="Heusden", otype="gemeente", host="www.heusden.test", family="pdc",
         cta="getform", forms="pdcloket", tax="hvb", box="Veelgevraagd", sitemap=False, inhabitants=45000),
    dict(code="GM0858", name="Gemeente Valkenswaard", short="Valkenswaard", otype="gemeente", host="www.valkenswaard.test",
         family="typo3", cta="button", forms="openforms", tax=None, box="Direct regelen", sitemap=True, inhabitants=31500),
    dict(code="WS0654", name="Waterschap Aa en Maas", short="Aa en Maas", otype="waterschap", host="www.aaenmaas.test", family="wp",
         cta="a", forms="gravity", tax="wbbo", box=None, sitemap=True, inhabitants=0),
]

TAXBODIES = {
    "bsa": ("Belastingsamenwerking Achterhoek", "www.belastingsamenwerking-achterhoek.test"),
    "liemersbel": ("Belastingen De Liemers", "www.belastingendeliemers.test"),
    "hvb": ("Belastingsamenwerking Hart van Brabant", "www.belastingsamenwerking-hvb.test"),
    "wbbo": ("Waterschapsbelastingen Brabant-Oost", "www.wbbo.test"),
}
OLO = "omgevingswet.overheid.test"
WERK = "www.werk.test"
LIEMERS = ("Sociaal Domein De Liemers", "www.sociaaldomeindeliemers.test")
A2 = ("Dienst A2-gemeenten", "www.a2gemeenten.test")
DIGID = "digid.test"
EHERK = "eherkenning.test"

# special per-row overrides: (org, product) -> dict(route=..., traps=[...], ...)
OVR = {
    # Lochem
    ("GM0262", "hondenbelasting"): dict(status="not_offered"),
    ("GM0262", "parkeervergunning"): dict(route="P", mijnloket="Wijzig het kenteken van uw bestaande parkeervergunning"),
    ("GM0262", "reclamebelasting"): dict(route="I"),
    ("GM0262", "wmo-voorziening"): dict(route="I", overview_trap=True),
    ("GM0262", "bouwdossier-inzage"): dict(route="A", header_login=True),
    ("GM0262", "ligplaatsvergunning"): dict(status="not_found"),
    ("GM0262", "geboorteaangifte"): dict(route="D"),
    ("GM0262", "english"): None,
    # Berkelland
    ("GM1859", "leerlingenvervoer"): dict(route="P", mijnloket="Geef wijzigingen in het vervoer van uw kind (nieuw adres, andere school) door"),
    ("GM1859", "gehandicaptenparkeerplaats"): dict(route="P", sidebar_digid=True),
    ("GM1859", "ligplaatsvergunning"): dict(status="not_found"),
    ("GM1859", "reclamebelasting"): dict(status="not_offered"),
    ("GM1859", "verhuismelding"): dict(route="DP", english=True),
    ("GM1859", "winkeltijdenontheffing"): dict(route="I"),
    # Montferland
    ("GM1955", "bijzondere-bijstand"): dict(route="LIEMERS"),
    ("GM1955", "wmo-voorziening"): dict(route="I"),
    ("GM1955", "ligplaatsvergunning"): dict(status="not_found", stale=True),
    ("GM1955", "winkeltijdenontheffing"): dict(status="not_offered"),
    ("GM1955", "woo-verzoek"): dict(route="P", sidebar_digid=True),
    ("GM1955", "paspoort"): dict(route="AP", appt_login=True),
    # Nunspeet
    ("GM0302", "paspoort"): dict(route="AP", appt_login=True, shared_with="identiteitskaart"),
    ("GM0302", "identiteitskaart"): dict(route="AP", appt_login=True, shared_page="paspoort"),
    ("GM0302", "ligplaatsvergunning"): dict(status="not_found"),
    ("GM0302", "reclamebelasting"): dict(status="not_offered", regional_portal=True),
    ("GM0302", "kapvergunning"): dict(route="P", sidebar_digid=True),
    ("GM0302", "collectevergunning"): dict(route="A", overview_trap=True),
    ("GM0302", "hondenbelasting"): dict(route="D", english=True),
    # Elburg
    ("GM0230", "winkeltijdenontheffing"): dict(status="not_offered"),
    ("GM0230", "ligplaatsvergunning"): dict(route="P"),
    ("GM0230", "melding-openbare-ruimte"): dict(route="A", header_login=True),
    ("GM0230", "klacht"): dict(route="A", header_login=True),
    ("GM0230", "geboorteaangifte"): dict(route="AP", appt_login=True),
    ("GM0230", "marktvergunning"): dict(route="P"),
    ("GM0230", "standplaatsvergunning"): dict(route="E"),
    # Barneveld
    ("GM0203", "parkeervergunning"): dict(route="D", biz_twin=True),
    ("GM0203", "ligplaatsvergunning"): dict(status="not_found"),
    ("GM0203", "hondenbelasting"): dict(status="not_offered", regional_portal=True),
    ("GM0203", "overlijdensaangifte"): dict(route="I"),
    ("GM0203", "grofvuil"): dict(route="A", header_login=True),
    ("GM0203", "afvalcontainer"): dict(route="A", mijnloket="Heeft u al een container? Een extra container bijbestellen"),
    # Heusden
    ("GM0797", "woz-bezwaar"): dict(route="TAX"),
    ("GM0797", "hondenbelasting"): dict(route="P", mijnloket="Is uw hond overleden of heeft u een hond erbij? Bekijk uw aanslag"),
    ("GM0797", "marktvergunning"): dict(status="not_found", stale=True),
    ("GM0797", "winkeltijdenontheffing"): dict(status="not_offered"),
    ("GM0797", "identiteitskaart"): dict(route="AP", appt_login=True),
    ("GM0797", "bouwdossier-inzage"): dict(route="P", sidebar_digid=True),
    # Valkenswaard
    ("GM0858", "bouwdossier-inzage"): dict(route="A2P"),
    ("GM0858", "kapvergunning"): dict(route="A2A"),
    ("GM0858", "ligplaatsvergunning"): dict(status="not_offered", regional_portal=True),
    ("GM0858", "reclamebelasting"): dict(status="not_found"),
    ("GM0858", "paspoort"): dict(route="AP", appt_login=True, english=True),
    ("GM0858", "grofvuil"): dict(route="A", header_login=True),
    # Aa en Maas
    ("WS0654", "omgevingsvergunning"): dict(status="not_offered", regional_portal=True),
    ("WS0654", "melding-openbare-ruimte"): dict(route="A", shared_page="watermelding", header_login=True),
    ("WS0654", "watermelding"): dict(route="A", shared_with="melding-openbare-ruimte", header_login=True),
    ("WS0654", "belastingkwijtschelding"): dict(route="TAX"),
    ("WS0654", "subsidie"): dict(route="E"),
    ("WS0654", "bezwaar"): dict(route="P", sidebar_digid=True),
    ("WS0654", "klacht"): dict(route="A"),
    ("WS0654", "woo-verzoek"): dict(route="A"),
    ("WS0654", "betalingsregeling"): dict(route="TAX"),
    ("WS0654", "belastingaanslag-bezwaar"): dict(route="TAX"),
}
OVR = {k: v for k, v in OVR.items() if v is not None}

# ---------------------------------------------------------------- PDF writer
def make_pdf(title, lines):
    content = ["BT /F1 16 Tf 50 790 Td (%s) Tj ET" % pdfesc(title)]
    y = 760
    for ln in lines:
        content.append("BT /F1 11 Tf 50 %d Td (%s) Tj ET" % (y, pdfesc(ln)))
        y -= 22
        if y < 60:
            break
    stream = "\n".join(content).encode("latin-1", "replace")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        ("<< /Title (%s) /Producer (web-dev16) >>" % pdfesc(title)).encode("latin-1", "replace"),
    ]
    out = b"%PDF-1.4\n"
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    x = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for o in offs:
        out += b"%010d 00000 n \n" % o
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info 6 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, x)
    return out


def pdfesc(s):
    return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def form_pdf_lines(orgname, title):
    return [orgname, "Aanvraagformulier: " + title, "",
            "1. Gegevens aanvrager", "Naam: ______________________________________",
            "Adres: _____________________________________", "Postcode en woonplaats: ____________________",
            "Telefoonnummer: ____________________________", "E-mailadres: _______________________________",
            "", "2. Uw aanvraag", "Omschrijving: ______________________________",
            "____________________________________________", "Datum / periode: ___________________________",
            "", "3. Bijlagen", "[ ] kopie legitimatiebewijs   [ ] situatietekening", "",
            "4. Ondertekening", "Datum: ____________   Handtekening: _______________",
            "", "Stuur dit formulier naar: " + orgname + ", Postbus 1, of lever het in bij de balie."]


# ---------------------------------------------------------------- web container
class Web:
    def __init__(self):
        self.files = {}
        self.redirects = []
        self.host_redirects = []
        self.not_found = []
        self.content_types = []
        self.labels = []
        self.features = {}

    def put(self, url, data):
        assert url.startswith("http://"), url
        rest = url[len("http://"):]
        host, _, path = rest.partition("/")
        path = "/" + path
        if path.endswith("/"):
            path += "index.html"
        key = "sites/" + host + path
        if isinstance(data, str):
            data = data.encode("utf-8")
        if key in self.files and self.files[key] != data:
            raise SystemExit("conflicting file " + key)
        self.files[key] = data

    def feat(self, name, n=1):
        self.features[name] = self.features.get(name, 0) + n

    def redirect(self, url, location, status=302):
        self.redirects.append({"url": url, "status": status, "location": location})


W = Web()


def page(title, body, head_extra="", lang="nl", css="site", header="", footer="", nav="", base=None):
    b = '<base href="%s">\n' % base if base else ""
    return ("<!DOCTYPE html>\n<html lang=\"%s\">\n<head>\n<meta charset=\"utf-8\">\n%s<title>%s</title>\n"
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n%s</head>\n"
            "<body class=\"%s\">\n%s\n%s\n<main id=\"content\">\n%s\n</main>\n%s\n</body>\n</html>\n") % (
        lang, b, esc(title), head_extra, css, header, nav, body, footer)


def dom(org):
    return org["host"][4:] if org["host"].startswith("www.") else org["host"]


# ---------------------------------------------------------------- identity providers and national portals
def build_idps():
    W.put("http://%s/" % DIGID, page("DigiD | Inloggen", "<h1>Inloggen bij DigiD</h1><p>Kies hoe u wilt inloggen.</p>"
                                      "<ul><li><a href=\"/inloggen\">Met de DigiD app</a></li><li><a href=\"/inloggen\">Met een sms-controle</a></li></ul>"))
    W.put("http://%s/inloggen" % DIGID, page("DigiD | Inloggen", "<h1>Inloggen met DigiD</h1><form method=\"post\" action=\"/inloggen\">"
                                              "<label>DigiD gebruikersnaam <input name=\"u\"></label><label>Wachtwoord <input type=\"password\" name=\"p\"></label>"
                                              "<button>Inloggen</button></form><p><a href=\"/\">Annuleren</a></p>"))
    W.put("http://%s/" % EHERK, page("eHerkenning", "<h1>Inloggen met eHerkenning</h1><p>Kies uw eHerkenningsmiddel-leverancier.</p>"))
    W.put("http://%s/inloggen" % EHERK, page("eHerkenning - kies leverancier", "<h1>Inloggen met eHerkenning</h1><select name=\"lev\"><option>Leverancier A</option><option>Leverancier B</option></select><button>Verder</button>"))
    # Omgevingsloket
    W.put("http://%s/" % OLO, page("Omgevingsloket", "<h1>Omgevingsloket</h1><p>Check of u een vergunning nodig heeft, of vraag een vergunning aan.</p>"
                                    "<ul><li><a href=\"/checken/\">Vergunningcheck doen</a></li><li><a href=\"/aanvragen/\">Aanvragen en melden</a></li></ul>"))
    W.put("http://%s/checken/" % OLO, page("Vergunningcheck - Omgevingsloket", "<h1>Vergunningcheck</h1><p>Beantwoord een paar vragen, zonder in te loggen.</p>"
                                            "<form action=\"/checken/vragen\" method=\"get\"><label>Adres <input name=\"adres\"></label><button>Start de check</button></form>"))
    W.put("http://%s/checken/vragen" % OLO, page("Vergunningcheck - vragen", "<h1>Vragen</h1><p>Wat wilt u doen?</p>"))
    W.put("http://%s/aanvragen/" % OLO, page("Aanvragen en melden - Omgevingsloket",
        "<h1>Aanvragen en melden</h1><p>Log in om een aanvraag of melding in te dienen bij uw gemeente, provincie of waterschap.</p>"
        "<p><a class=\"btn\" href=\"/aanvragen/inloggen/digid\">Inloggen met DigiD</a> (particulieren)</p>"
        "<p><a class=\"btn\" href=\"/aanvragen/inloggen/eherkenning\">Inloggen met eHerkenning</a> (bedrijven)</p>"))
    W.redirect("http://%s/aanvragen/inloggen/digid" % OLO, "http://%s/inloggen?sp=omgevingsloket" % DIGID)
    W.redirect("http://%s/aanvragen/inloggen/eherkenning" % OLO, "http://%s/inloggen?sp=omgevingsloket" % EHERK)
    # werk.nl
    W.put("http://%s/" % WERK, page("Werk.nl", "<h1>Werk.nl</h1><p><a href=\"/werkzoekenden/uitkering-aanvragen/bijstand\">Bijstand aanvragen</a></p>"))
    W.put("http://%s/werkzoekenden/uitkering-aanvragen/bijstand" % WERK, page("Bijstandsuitkering aanvragen | Werk.nl",
        "<h1>Bijstandsuitkering aanvragen</h1><p>U vraagt een bijstandsuitkering aan via werk.nl. Daarna neemt uw gemeente contact met u op.</p>"
        "<p><a class=\"button\" href=\"/inloggen/bijstand\">Inloggen met DigiD en aanvragen</a></p>"))
    W.redirect("http://%s/inloggen/bijstand" % WERK, "http://%s/inloggen?sp=uwv" % DIGID)
    W.put("http://%s/robots.txt" % WERK, "User-agent: *\nAllow: /\n")
    W.put("http://%s/robots.txt" % OLO, "User-agent: *\nAllow: /\n")


def login_gate(url_start, idp, label=None):
    """register a login start URL that redirects to the IdP"""
    W.redirect(url_start, "http://%s/inloggen?return=%s" % (idp, url_start.split("/")[2]))


# ---------------------------------------------------------------- shared bodies
TAXPAGES = {  # product -> (slug, title, route)
    "belastingkwijtschelding": ("kwijtschelding-aanvragen", "Kwijtschelding aanvragen", "D"),
    "woz-bezwaar": ("bezwaar-woz-waarde", "Bezwaar maken tegen de WOZ-waarde", "DP"),
    "belastingaanslag-bezwaar": ("bezwaar-aanslag", "Bezwaar tegen uw aanslag", "D"),
    "betalingsregeling": ("betalingsregeling", "Betalingsregeling aanvragen", "A"),
    "zuiveringsheffing": ("aangifte-vervuilingseenheden", "Aangifte zuiveringsheffing bedrijven", "E"),
}


def build_taxbody(key, members):
    name, host = TAXBODIES[key]
    hdr = ("<header class=\"tb-header\"><a href=\"/\">%s</a> <nav><a href=\"/mijn-belastingzaken\">Mijn Belastingzaken "
           "<img src=\"/img/digid.png\" alt=\"DigiD\"></a></nav></header>") % esc(name)
    ftr = "<footer><p>%s werkt voor %s.</p></footer>" % (esc(name), esc(", ".join(members)))
    items = "".join("<li><a href=\"/%s\">%s</a></li>" % (s, esc(t)) for k, (s, t, r) in sorted(TAXPAGES.items()))
    W.put("http://%s/" % host, page(name, "<h1>%s</h1><p>Wij heffen en innen de gemeentelijke belastingen en waterschapsbelastingen voor %s.</p><ul>%s</ul>"
                                    % (esc(name), esc(", ".join(members)), items), header=hdr, footer=ftr))
    W.put("http://%s/mijn-belastingzaken" % host, page("Mijn Belastingzaken", "<h1>Mijn Belastingzaken</h1><p>Bekijk uw aanslagen en WOZ-beschikking.</p>"
                                                     "<p><a href=\"/mijn-belastingzaken/login\">Inloggen met DigiD</a></p>", header=hdr, footer=ftr))
    login_gate("http://%s/mijn-belastingzaken/login" % host, DIGID)
    W.put("http://%s/robots.txt" % host, "User-agent: *\nDisallow: /mijn-belastingzaken/login\n")
    for pk, (slug, title, route) in sorted(TAXPAGES.items()):
        if route in ("D", "DP"):
            login_gate("http://%s/%s/digid" % (host, slug), DIGID)
            body = ("<h1>%s</h1><p>U regelt dit online in Mijn Belastingzaken.</p>%s"
                    "<p><a class=\"button\" href=\"/%s/digid\">Inloggen met DigiD</a></p>") % (
                esc(title), "<p>Na het inloggen zijn uw gegevens en de gegevens van uw aanslag al ingevuld.</p>" if route == "DP" else "", slug)
        elif route == "E":
            login_gate("http://%s/%s/eherkenning" % (host, slug), EHERK)
            body = ("<h1>%s</h1><p>Bedrijven doen jaarlijks aangifte van het aantal vervuilingseenheden.</p>"
                    "<p><a class=\"button\" href=\"/%s/eherkenning\">Inloggen met eHerkenning</a></p>") % (esc(title), slug)
        else:
            body = ("<h1>%s</h1><p>Wilt u in termijnen betalen? Vul het formulier in. U hoeft hiervoor niet in te loggen.</p>"
                    "<form method=\"post\" action=\"/%s-verzonden\"><label>Aanslagnummer <input name=\"aanslag\"></label>"
                    "<label>Naam <input name=\"naam\"></label><label>E-mail <input name=\"email\" type=\"email\"></label>"
                    "<label>Aantal termijnen <select name=\"t\"><option>4</option><option>8</option></select></label>"
                    "<button type=\"submit\">Verzoek versturen</button></form>") % (esc(title), slug)
            W.put("http://%s/%s-verzonden" % (host, slug), page("Verzonden", "<h1>Bedankt</h1><p>Uw verzoek is ontvangen.</p>", header=hdr))
        W.put("http://%s/%s" % (host, slug), page(title + " | " + name, body, header=hdr, footer=ftr))
    return host


def taxbody_route(key, pk):
    name, host = TAXBODIES[key]
    slug, title, route = TAXPAGES[pk]
    return "http://%s/%s" % (host, slug), route, name, host


def build_liemers():
    name, host = LIEMERS
    hdr = "<header><a href=\"/\">%s</a> <a class=\"login\" href=\"/mijn-liemers\">Mijn Liemers (inloggen met DigiD)</a></header>" % name
    W.put("http://%s/" % host, page(name, "<h1>%s</h1><p>Wij voeren voor Duiven, Westervoort, Zevenaar en Montferland de Wmo, "
        "jeugdhulp en inkomensondersteuning uit.</p><ul><li><a href=\"/bijzondere-bijstand\">Bijzondere bijstand</a></li>"
        "<li><a href=\"/wmo-aanvragen\">Wmo-melding doen</a></li></ul>" % name, header=hdr))
    W.put("http://%s/mijn-liemers" % host, page("Mijn Liemers", "<h1>Mijn Liemers</h1><p>Doe een Wmo-melding of bekijk de status van uw Wmo-aanvraag.</p>"
                                                  "<p><a href=\"/mijn-liemers/digid\">Inloggen met DigiD</a></p>", header=hdr))
    login_gate("http://%s/mijn-liemers/digid" % host, DIGID)
    W.put("http://%s/wmo-aanvragen" % host, page("Wmo-melding", "<h1>Wmo-melding doen</h1><p>Log in op <a href=\"/mijn-liemers\">Mijn Liemers</a> met DigiD om een Wmo-melding te doen.</p>", header=hdr))
    W.put("http://%s/documenten/aanvraagformulier-bijzondere-bijstand.pdf" % host,
          make_pdf("Aanvraagformulier bijzondere bijstand", form_pdf_lines(name, "Bijzondere bijstand")))
    W.put("http://%s/bijzondere-bijstand" % host, page("Bijzondere bijstand | " + name,
        "<h1>Bijzondere bijstand</h1><p>Heeft u noodzakelijke kosten die u niet kunt betalen? Download het aanvraagformulier, vul het in en "
        "stuur het met de bewijsstukken naar ons op.</p><p><a href=\"/documenten/aanvraagformulier-bijzondere-bijstand.pdf\">"
        "Aanvraagformulier bijzondere bijstand (pdf, 84 kB)</a></p>", header=hdr))
    W.put("http://%s/robots.txt" % host, "User-agent: *\nAllow: /\n")
    return host


def build_a2():
    name, host = A2
    hdr = "<header><a href=\"/\">%s</a> <nav><a href=\"/inloggen\">Inloggen</a></nav></header>" % name
    W.put("http://%s/" % host, page(name, "<h1>%s</h1><p>Uitvoeringsorganisatie voor Cranendonck, Heeze-Leende en Valkenswaard: "
        "vergunningen, archief en belastingen.</p><ul><li><a href=\"/bouwdossier-opvragen\">Bouwdossier opvragen</a></li>"
        "<li><a href=\"/kapmelding\">Boom kappen melden</a></li><li><a href=\"/inloggen\">Mijn A2 - uw aanslag bekijken</a></li></ul>" % name, header=hdr))
    W.put("http://%s/inloggen" % host, page("Mijn A2", "<h1>Mijn A2</h1><p>Bekijk uw aanslag gemeentelijke belastingen en WOZ-beschikking.</p>"
                                             "<p><a href=\"/inloggen/digid\"><img src=\"/img/digid.png\" alt=\"Inloggen met DigiD\"></a></p>", header=hdr))
    login_gate("http://%s/inloggen/digid" % host, DIGID)
    W.put("http://%s/documenten/verzoek-inzage-bouwdossier.pdf" % host,
          make_pdf("Verzoek inzage bouwdossier", form_pdf_lines(name, "Inzage bouwdossier")))
    W.put("http://%s/bouwdossier-opvragen" % host, page("Bouwdossier opvragen | " + name,
        "<h1>Bouwdossier opvragen</h1><p>Wilt u bouwtekeningen van een pand in Valkenswaard inzien? Vul het verzoekformulier in en mail het naar "
        "<a href=\"mailto:archief@a2gemeenten.test\">archief@a2gemeenten.test</a>.</p><p><a href=\"/documenten/verzoek-inzage-bouwdossier.pdf\">"
        "Verzoekformulier inzage bouwdossier (pdf)</a></p>", header=hdr))
    W.put("http://%s/kapmelding" % host, page("Boom kappen | " + name,
        "<h1>Boom kappen</h1><p>Voor bomen in Valkenswaard vraagt u de kapvergunning bij ons aan met dit formulier. Inloggen is niet nodig.</p>"
        "<form method=\"post\" action=\"/kapmelding-verzonden\"><label>Naam <input name=\"naam\"></label><label>Adres van de boom <input name=\"adres\"></label>"
        "<label>Soort boom <input name=\"soort\"></label><label>Reden <textarea name=\"reden\"></textarea></label><button type=\"submit\">Aanvraag indienen</button></form>", header=hdr))
    W.put("http://%s/kapmelding-verzonden" % host, page("Verzonden", "<h1>Bedankt voor uw aanvraag</h1>", header=hdr))
    return host


def build_dommel():
    host = "www.dommel.test"
    W.put("http://%s/" % host, page("Waterschap De Dommel", "<h1>Waterschap De Dommel</h1><p>Schoon en voldoende water in de Dommel en de Tongelreep.</p>"
                                    "<p><a href=\"/mijn-dommel\">Mijn De Dommel</a></p>"))
    W.put("http://%s/mijn-dommel" % host, page("Mijn De Dommel", "<h1>Mijn De Dommel</h1><p>Geef een wijziging van uw tenaamstelling door of bekijk uw meldingen.</p>"
                                               "<p><a href=\"/mijn-dommel/digid\">Inloggen met DigiD</a></p>"))
    login_gate("http://%s/mijn-dommel/digid" % host, DIGID)
    return host


# ---------------------------------------------------------------- municipal / water board sites
HEADINGS = {
    "go": ["Wat is het?", "Wat moet ik doen?", "Wat kost het?", "Meer informatie"],
    "iprox": ["Omschrijving", "Aanvragen", "Kosten", "Bijzonderheden"],
    "catalog": ["Beschrijving", "Hoe aanvragen", "Kosten", "Contact"],
    "owc": ["Wat is het", "Aanvragen", "Kosten", "Vragen"],
    "productid": ["Wat is het?", "Hoe vraag ik het aan?", "Kosten", "Meer informatie"],
    "nlds": ["Wat is het?", "Hoe werkt het?", "Wat kost het?", "Contact"],
    "pdc": ["Omschrijving", "Aanvraag", "Kosten", "Contact"],
    "typo3": ["Algemeen", "Aanvragen", "Kosten", "Meer weten"],
    "wp": ["Wanneer nodig?", "Hoe regelt u het?", "Kosten", "Meer informatie"],
}


def slug_title(t):
    return t.replace(" ", "_").replace("(", "").replace(")", "")


def sectslug(s):
    return s.lower().replace(" en ", "-en-").replace(" ", "-")


class Site:
    def __init__(self, org):
        self.o = org
        self.host = org["host"]
        self.base = "http://" + self.host
        self.fam = org["family"]
        self.pages = []  # (url, title) for A-Z/sitemap
        self.rows = {}

    # ---- URL scheme per family
    def pid(self, pk):
        return 1000 + h(self.o["code"], pk) % 8999

    def product_url(self, pk, title, slug, section, biz=False):
        f = self.fam
        if f == "go":
            return "%s/%s" % (self.base, slug)
        if f == "iprox":
            return "%s/%s/%s/%s" % (self.base, "Ondernemers" if biz else "Inwoners", slug_title(section), slug_title(title))
        if f == "catalog":
            return "%s/product?id=%d" % (self.base, self.pid(pk))
        if f == "owc":
            return "%s/onderwerp/%s" % (self.base, slug)
        if f == "productid":
            return "%s/%s/product/%s_%d.html" % (self.base, "ondernemers" if biz else "inwoners", slug, self.pid(pk))
        if f == "nlds":
            return "%s/%s/%s" % (self.base, "ondernemers" if biz else "producten", slug)
        if f == "pdc":
            return "http://loket.%s/producten/%s" % (dom(self.o), slug)
        if f == "typo3":
            return "%s/%s/%s/%s/" % (self.base, "ondernemen" if biz else "inwoners", sectslug(section), slug)
        if f == "wp":
            return "%s/%s/%s/" % (self.base, "ondernemers" if biz else "inwoners", slug)
        raise ValueError(f)

    # ---- chrome
    def header(self):
        o = self.o
        login = ""
        if o["code"] in ("GM0262",):
            login = '<a class="mijn" href="http://mijn.%s/">Mijn Lochem</a>' % dom(o)
        if o["code"] == "GM0230":
            login = '<a class="login" href="http://mijn.%s/">Inloggen</a>' % dom(o)
        if o["code"] == "GM0203":
            login = '<a class="utrecht-link" href="http://mijn.%s/">Mijn Barneveld (inloggen)</a>' % dom(o)
        if o["code"] == "GM0858":
            login = '<a class="login" href="http://mijn.%s/">Inloggen</a>' % dom(o)
        if o["code"] == "WS0654":
            login = '<a class="header-login" href="http://mijn.%s/">Inloggen</a>' % dom(o)
        home = self.home_url()
        return ('<header class="site-header"><a class="logo" href="%s"><img src="%s/img/logo.svg" alt="Logo %s"></a> '
                '<form class="search" action="%s/zoeken" method="get"><input name="q" aria-label="Zoeken"><button>Zoeken</button></form> %s</header>') % (
            home, self.base, esc(o["name"]), self.base, login)

    def home_url(self):
        if self.o["code"] in ("GM0302", "GM1955", "GM0858"):
            return self.base + "/home"
        return self.base + "/"

    def nav(self):
        o = self.o
        if o["otype"] == "waterschap":
            items = [("Inwoners", "/inwoners/"), ("Ondernemers", "/ondernemers/"), ("Melding doen", "/inwoners/melding-doen/"), ("Contact", "/contact")]
        else:
            items = [("Home", self.home_url()[len(self.base):]), ("Producten A-Z", self.az_path()), ("Nieuws", "/nieuws/"), ("Contact", "/contact")]
            if o["forms"] in ("eform", "pdcloket", "formdesk"):
                items.append(("Alle formulieren", self.forms_overview_url()[len(self.base):] if self.forms_overview_url().startswith(self.base) else self.forms_overview_url()))
        out = []
        for t, p in items:
            href = p if p.startswith("http") else self.base + p
            out.append('<li><a href="%s">%s</a></li>' % (href, esc(t)))
        return '<nav class="main-nav"><ul>%s</ul></nav>' % "".join(out)

    def footer(self):
        o = self.o
        extra = ""
        if o["code"] in ("GM0302", "GM0797"):
            extra = '<p class="footer-logos"><img src="%s/img/digid-logo.png" alt="DigiD"> <img src="%s/img/eherkenning.png" alt="eHerkenning"></p>' % (self.base, self.base)
        return ('<footer class="site-footer"><p>%s - Postbus 1 - <a href="tel:14%s">14 0%s</a> - <a href="mailto:info@%s">info@%s</a></p>'
                '<p><a href="%s/contact">Contact</a> | <a href="%s/privacy">Privacy</a> | <a href="%s/toegankelijkheid">Toegankelijkheid</a></p>%s</footer>') % (
            esc(o["name"]), o["code"][-3:], o["code"][-3:], dom(o), dom(o), self.base, self.base, self.base, extra)

    def az_path(self):
        return {"go": "/a-z", "iprox": "/Inwoners/Producten_A-Z", "catalog": "/producten", "owc": "/onderwerpen",
                "productid": "/inwoners/producten.html", "nlds": "/producten/", "pdc": "/a-z", "typo3": "/inwoners/a-z/",
                "wp": "/inwoners/"}[self.fam]

    def forms_overview_url(self):
        f = self.o["forms"]
        d = dom(self.o)
        return {"eform": "http://eformulieren.%s/" % d, "pdcloket": "http://loket.%s/formulieren" % d,
                "formdesk": "http://%s.formdesk.test/gemeente%s/" % (d.split(".")[0], d.split(".")[0])}.get(f, self.base + "/formulieren")

    def render(self, url, title, body, lang="nl", head_extra=""):
        base = None
        if self.fam == "productid":
            base = self.base + "/inwoners/"
        css = {"go": "go-site", "iprox": "iprox", "catalog": "pdc-catalogus", "owc": "owc", "productid": "sim-pdc",
               "nlds": "utrecht-document", "pdc": "pdc-loket", "typo3": "t3-page", "wp": "wp-theme-waterschap"}[self.fam]
        W.put(url, page(title + " | " + self.o["name"], body, head_extra=head_extra, lang=lang, css=css,
                        header=self.header(), nav=self.nav(), footer=self.footer(), base=base))

    def link(self, target_url, from_url):
        """relative links where the family uses them"""
        if self.fam == "productid" and target_url.startswith(self.base + "/"):
            rel = target_url[len(self.base) + 1:]
            if rel.startswith("inwoners/"):
                return rel[len("inwoners/"):]
            return "../" + rel
        if self.fam == "iprox" and target_url.startswith(self.base + "/") and from_url.startswith(self.base + "/"):
            a = from_url[len(self.base) + 1:].split("/")[:-1]
            b = target_url[len(self.base) + 1:].split("/")
            i = 0
            while i < len(a) and i < len(b) - 1 and a[i] == b[i]:
                i += 1
            if i >= 1:
                return "../" * (len(a) - i) + "/".join(b[i:])
        return target_url


# ---- form platforms
def form_name(pk, title):
    return "".join(w.capitalize() for w in title.replace("-", " ").replace("(", "").replace(")", "").split())


def build_form(site, pk, title, slug, route):
    """make the organisation's own form for a product; returns (link url, route url)"""
    o = site.o
    d = dom(o)
    f = o["forms"]
    idp = EHERK if route == "E" else DIGID
    idpname = "eHerkenning" if route == "E" else "DigiD"
    prefill = ("<p class=\"prefill\">Na het inloggen zijn uw gegevens al ingevuld: wij halen uw naam, adres en BSN op uit de BRP.</p>"
               if route == "DP" else "")
    fields = ("<label>Naam <input name=\"naam\" required></label><label>Adres <input name=\"adres\"></label>"
              "<label>E-mailadres <input type=\"email\" name=\"email\"></label><label>Toelichting <textarea name=\"toelichting\"></textarea></label>")
    if f == "eform":
        url = "http://eformulieren.%s/%s" % (d, form_name(pk, title))
        start = url + "/digid" if route != "E" else url + "/eherkenning"
    elif f == "triple":
        url = "http://formulieren.%s/TriplEforms/DirectRegelen/%s.aspx" % (d, form_name(pk, title))
        start = "http://formulieren.%s/TriplEforms/Login/%s.aspx" % (d, form_name(pk, title))
    elif f == "openforms":
        url = "http://formulieren.%s/%s/" % (d, slug)
        start = "http://formulieren.%s/auth/%s/%s/start" % (d, slug, "eherkenning" if route == "E" else "digid")
    elif f == "formdesk":
        url = "http://%s.formdesk.test/gemeente%s/%s" % (d.split(".")[0], d.split(".")[0], form_name(pk, title))
        start = url + "/login"
    elif f == "loket":
        url = "http://loket.%s/eformulieren/%s" % (d, slug)
        start = "http://loket.%s/eformulieren/%s/inloggen" % (d, slug)
    elif f == "mijn":
        url = "http://mijn.%s/formulier/%s/" % (d, slug)
        start = "http://mijn.%s/formulier/%s/login" % (d, slug)
    elif f == "pdcloket":
        url = "http://loket.%s/start?formulier=%s" % (d, slug)
        start = "http://loket.%s/start/%s/digid" % (d, slug)
    elif f == "gravity":
        url = "http://www.%s/formulier/%s/" % (d, slug)
        start = "http://www.%s/formulier/%s/inloggen" % (d, slug)
    else:
        raise ValueError(f)
    if route in ("D", "DP", "E"):
        login_gate(start, idp)
        if f == "openforms":
            body = ("<h1>%s</h1><div id=\"openforms-root\" data-form=\"%s\" data-base-url=\"http://formulieren.%s/api/v2/\"></div>"
                    "<noscript>Dit formulier werkt alleen met JavaScript.</noscript>"
                    "<script>(function(){var r=document.getElementById('openforms-root');var p=document.createElement('p');"
                    "p.textContent='Om dit formulier te starten moet u inloggen.';r.appendChild(p);%s"
                    "var a=document.createElement('a');a.className='openforms-button';a.href='%s';a.textContent='Inloggen met %s';r.appendChild(a);})();</script>") % (
                esc(title), slug, d, ("var q=document.createElement('p');q.textContent=%s;r.appendChild(q);" % json.dumps(
                    "Uw gegevens zijn al ingevuld: wij halen ze op uit de BRP.")) if route == "DP" else "", start, idpname)
            W.feat("openforms_js")
        elif o["cta"] == "img" or f == "loket":
            body = ("<h1>%s</h1><p>Log in om het formulier te starten.</p>%s<p><a href=\"%s\"><img src=\"/img/%s.png\" alt=\"Inloggen met %s\"></a></p>") % (
                esc(title), prefill, start, idpname.lower(), idpname)
            W.feat("idp_image_only")
        else:
            body = ("<h1>%s</h1><p>U heeft %s nodig om dit formulier in te vullen.</p>%s<p><a class=\"btn-%s\" href=\"%s\">Inloggen met %s</a></p>") % (
                esc(title), idpname, prefill, idpname.lower(), start, idpname)
    else:  # anonymous web form
        if f == "openforms":
            body = ("<h1>%s</h1><div id=\"openforms-root\" data-form=\"%s\"></div><noscript>Schakel JavaScript in.</noscript>"
                    "<script>(function(){var r=document.getElementById('openforms-root');var fm=document.createElement('form');"
                    "fm.method='post';fm.action='/%s/verzenden';fm.innerHTML=%s;r.appendChild(fm);})();</script>") % (
                esc(title), slug, slug, json.dumps(fields + "<button type=\"submit\">Versturen</button>"))
            W.put("http://formulieren.%s/%s/verzenden" % (d, slug), page("Verzonden", "<h1>Bedankt</h1>"))
            W.feat("openforms_js")
        else:
            body = ("<h1>%s</h1><p>U hoeft niet in te loggen. Velden met * zijn verplicht.</p><form method=\"post\" action=\"%s\">%s"
                    "<button type=\"submit\">Versturen</button></form>") % (esc(title), url.split("?")[0].rstrip("/") + "-verzonden", fields)
            W.put(url.split("?")[0].rstrip("/") + "-verzonden", page("Verzonden", "<h1>Uw formulier is verzonden</h1>"))
    W.put(url, page(title + " - formulier", body))
    site.forms.append((title, url, route))
    return url, url


def build_forms_overview(site):
    url = site.forms_overview_url()
    lis = []
    for title, furl, route in sorted(site.forms):
        tag = {"D": " (DigiD)", "DP": " (DigiD)", "E": " (eHerkenning)"}.get(route, "")
        lis.append('<li><a href="%s">%s</a>%s</li>' % (furl, esc(title), tag))
    body = ("<h1>Alle formulieren</h1><p>Voor de meeste formulieren logt u in met DigiD. "
            "<img src=\"/img/digid.png\" alt=\"DigiD\"></p><ul class=\"formulieren\">%s</ul>") % "".join(lis)
    W.put(url, page("Alle formulieren - " + site.o["name"], body))
    W.feat("forms_overview")


# not offered statements: (code, pk) -> (page title, slug, section, statement html, extra link html template)
NOTOFF = {
    ("GM0262", "hondenbelasting"): ("Belastingen en heffingen", "belastingen-en-heffingen", "Belastingen",
        "<p>De gemeente Lochem heft onroerendezaakbelasting, afvalstoffenheffing en rioolheffing. Lochem heft geen hondenbelasting; "
        "u hoeft uw hond dus niet aan te melden.</p>",
        "<p>Uw aanslag bekijken of de WOZ-waarde inzien? Log in met DigiD bij <a href=\"http://www.belastingsamenwerking-achterhoek.test/mijn-belastingzaken\">"
        "Mijn Belastingzaken van de Belastingsamenwerking Achterhoek</a>.</p>"),
    ("GM1859", "reclamebelasting"): ("Belastingen voor ondernemers", "Belastingen_voor_ondernemers", "Belastingen",
        "<p>Als ondernemer betaalt u in Berkelland onroerendezaakbelasting en eventueel precariobelasting. "
        "Berkelland heft geen reclamebelasting.</p>", ""),
    ("GM1955", "winkeltijdenontheffing"): ("Koopzondagen en openingstijden", "koopzondagen", "Ondernemen",
        "<p>Winkels in Montferland mogen op alle zondagen open van 12.00 tot 18.00 uur. Een ontheffing van de winkeltijden is daarom niet meer nodig "
        "en wordt niet meer verleend.</p>", ""),
    ("GM0302", "reclamebelasting"): ("Reclame aan uw pand", "reclame", "Ondernemen",
        "<p>In Nunspeet betaalt u geen reclamebelasting. De gemeente heft deze belasting niet.</p>",
        "<p>Wilt u een groot reclamebord of een lichtreclame plaatsen? Dan heeft u soms een omgevingsvergunning nodig. "
        "Die vraagt u aan met DigiD of eHerkenning in het <a href=\"http://omgevingswet.overheid.test/aanvragen/\">Omgevingsloket</a>.</p>"),
    ("GM0230", "winkeltijdenontheffing"): ("Openingstijden winkels", "openingstijden-winkels", "Ondernemen",
        "<p>Sinds de wijziging van de Winkeltijdenverordening mogen winkels in Elburg zelf hun openingstijden bepalen. "
        "U hoeft geen ontheffing meer aan te vragen.</p>", ""),
    ("GM0203", "hondenbelasting"): ("Hond", "hond", "Wonen en leefomgeving",
        "<p>Honden moeten in de bebouwde kom aangelijnd zijn en u ruimt de poep op. Barneveld kent geen hondenbelasting: "
        "deze is per 1 januari 2015 afgeschaft.</p>",
        "<p>Vragen over uw afvalstoffenheffing of aanslag? Log in bij <a href=\"http://mijn.barneveld.test/\">Mijn Barneveld</a> met DigiD.</p>"),
    ("GM0797", "winkeltijdenontheffing"): ("Winkelopeningstijden", "winkelopeningstijden", "Ondernemen",
        "<p>In de gemeente Heusden zijn winkels vrij in hun openingstijden op zon- en feestdagen. Een ontheffing aanvragen is niet nodig.</p>", ""),
    ("GM0858", "ligplaatsvergunning"): ("Water en varen", "water-en-varen", "Wonen en leefomgeving",
        "<p>In Valkenswaard zijn geen gemeentelijke ligplaatsen. De gemeente geeft geen ligplaatsvergunningen af.</p>",
        "<p>De Dommel en de Tongelreep worden beheerd door Waterschap De Dommel. Meldingen en wijzigingen regelt u in "
        "<a href=\"http://www.dommel.test/mijn-dommel\">Mijn De Dommel (inloggen met DigiD)</a>.</p>"),
    ("WS0654", "omgevingsvergunning"): ("Bouwen bij het water", "bouwen-bij-water", "Vergunningen",
        "<p>Een omgevingsvergunning voor bouwen vraagt u niet bij het waterschap aan. Waterschap Aa en Maas verleent geen omgevingsvergunningen "
        "voor bouwactiviteiten: daarvoor is uw gemeente het bevoegd gezag.</p>",
        "<p>Werkt u in of bij een watergang? Vraag dan een watervergunning aan via het <a href=\"http://omgevingswet.overheid.test/aanvragen/\">Omgevingsloket</a> "
        "(inloggen met DigiD of eHerkenning).</p>"),
}

MIJN_LOKET_PATH = "/mijnloket"


def build_site(org, products):
    s = Site(org)
    s.forms = []
    code = org["code"]
    letter = "G" if org["otype"] == "gemeente" else "W"
    prods = sorted([p for p in products if letter in p["org_types"]], key=lambda p: p["product_key"])
    plans = []
    for p in prods:
        pk = p["product_key"]
        info = PINFO[pk]
        titles, slug, section, intro, opts = info
        ov = OVR.get((code, pk), {})
        title = titles[h(code, pk, "t") % len(titles)]
        plan = dict(pk=pk, title=title, slug=slug, section=section, intro=intro, ov=ov, traps=[], status=ov.get("status", "ok"),
                    biz=pk in BUSINESS)
        route = ov.get("route") or opts[h(code, pk) % len(opts)]
        if route == "TAX" and not org["tax"]:
            route = "D"
        if route == "TAXE":
            route = "TAX"
        if route in ("D", "DP") and pk in BUSINESS:
            route = "E"
        plan["route"] = route
        plans.append(plan)
    # first pass: routes
    for pl in plans:
        if pl["status"] != "ok" or pl["ov"].get("shared_page"):
            continue
        r = pl["route"]
        pl["via"] = ""
        pl["strict"] = None
        if r in ("D", "DP", "E", "A"):
            link, rurl = build_form(s, pl["pk"], pl["title"], pl["slug"], r)
            pl.update(link=link, route_url=rurl, level=ROUTE_LEVEL[r], strict=100 if r == "DP" else (67 if r != "A" else 67))
            pl["how"] = {"D": "U regelt dit online. Log in met DigiD en vul het formulier in.",
                         "DP": "U regelt dit online met DigiD. Uw gegevens zijn dan al ingevuld.",
                         "E": "Ondernemers vragen dit online aan met eHerkenning (niveau EH3).",
                         "A": "Vul het online formulier in. Inloggen is niet nodig."}[r]
        elif r == "P":
            path = {"go": "/sites/default/files/%s-aanvraagformulier.pdf", "iprox": "/Documenten/Formulieren/%s.pdf",
                    "catalog": "/documenten/formulier-%s.pdf", "owc": "/wp-content/uploads/%s-formulier.pdf",
                    "productid": "/inwoners/documenten/%s.pdf", "nlds": "/media/formulieren/%s.pdf",
                    "pdc": "/documenten/%s.pdf", "typo3": "/fileadmin/formulieren/%s.pdf", "wp": "/wp-content/uploads/2024/03/%s.pdf"}[s.fam] % pl["slug"]
            host = ("http://loket.%s" % dom(org)) if s.fam == "pdc" else s.base
            url = host + path
            W.put(url, make_pdf("Aanvraagformulier " + pl["title"], form_pdf_lines(org["name"], pl["title"])))
            pl.update(link=url, route_url=url, level=33, strict=33,
                      how="Download het aanvraagformulier, vul het in en stuur het ondertekend naar ons op of lever het in bij het gemeentehuis.")
        elif r in ("I", "AP"):
            pl.update(link=None, route_url="", level=0, strict=0,
                      how={"I": "U kunt dit niet online regelen. Bel ons op 14 0%s of kom langs aan de balie." % code[-3:],
                           "AP": "U regelt dit persoonlijk aan de balie. Maak eerst online een afspraak."}[r])
        elif r == "TAX":
            url, trt, name, host = taxbody_route(org["tax"], pl["pk"])
            lvl = ROUTE_LEVEL[trt]
            pl.update(link=url, route_url=url, level=lvl, strict=100 if trt == "DP" else (67 if trt in ("D", "E", "A") else lvl),
                      via=host, viatext=name, how="De %s regelt dit voor ons. U regelt het op de website van de %s." % (name, name))
            if lvl < 100:
                pl["traps"].append("Trap: the tax body's site has a 'Mijn Belastingzaken' DigiD login for other products")
        elif r == "OLO":
            url = "http://%s/aanvragen/" % OLO
            pl.update(link=url, route_url=url, level=100, strict=67, via=OLO, viatext="het Omgevingsloket",
                      how="U vraagt dit aan via het Omgevingsloket. Doe eerst de vergunningcheck. Daarna logt u in met DigiD of eHerkenning.")
        elif r == "WERK":
            url = "http://%s/werkzoekenden/uitkering-aanvragen/bijstand" % WERK
            pl.update(link=url, route_url=url, level=100, strict=67, via=WERK, viatext="werk.nl",
                      how="U vraagt de bijstandsuitkering aan via werk.nl. Hiervoor heeft u DigiD nodig.")
        elif r == "LIEMERS":
            url = "http://%s/bijzondere-bijstand" % LIEMERS[1]
            pl.update(link=url, route_url="http://%s/documenten/aanvraagformulier-bijzondere-bijstand.pdf" % LIEMERS[1], level=33, strict=33,
                      via=LIEMERS[1], viatext=LIEMERS[0], how="Het %s voert de bijzondere bijstand voor Montferland uit." % LIEMERS[0])
            pl["traps"].append("Trap: the shared body's site has a 'Mijn Liemers' DigiD login for Wmo, a different product")
        elif r in ("A2P", "A2A"):
            if r == "A2P":
                url = "http://%s/bouwdossier-opvragen" % A2[1]
                pl.update(link=url, route_url="http://%s/documenten/verzoek-inzage-bouwdossier.pdf" % A2[1], level=33, strict=33)
            else:
                url = "http://%s/kapmelding" % A2[1]
                pl.update(link=url, route_url=url, level=67, strict=67)
            pl.update(via=A2[1], viatext=A2[0], how="De %s regelt dit voor de gemeente Valkenswaard." % A2[0])
            pl["traps"].append("Trap: the shared body's header 'Inloggen' (Mijn A2, DigiD) is for tax assessments, a different product")
        else:
            raise ValueError(r)
    for pl in plans:
        if pl["status"] == "ok" and pl["ov"].get("shared_page"):
            other = [q for q in plans if q["pk"] == pl["ov"]["shared_page"]][0]
            for k in ("route", "link", "route_url", "level", "strict", "how", "via", "viatext"):
                if k in other:
                    pl[k] = other[k]
    s.plans = plans
    return s


def cta_html(s, pl, url, from_url):
    o = s.o
    r = pl["route"]
    t = pl["title"]
    if r == "P":
        kb = 60 + h(o["code"], pl["pk"], "kb") % 180
        return '<p><a class="download" href="%s">Aanvraagformulier %s (pdf, %d kB)</a></p>' % (s.link(url, from_url), esc(t.lower()), kb)
    if r in ("TAX", "OLO", "WERK", "LIEMERS", "A2P", "A2A"):
        return '<p><a class="external" href="%s">Ga naar de website van %s</a></p>' % (url, esc(pl["viatext"]))
    variants = {"D": ["Direct regelen met DigiD", "DigiD link %s" % t, "Online aanvragen (met DigiD)", "Regel het online"],
                "DP": ["Direct regelen met DigiD", "Online doorgeven met DigiD", "DigiD link %s" % t],
                "E": ["Aanvragen met eHerkenning", "Online aanvragen (met eHerkenning)", "Start aanvraag"],
                "A": ["Naar het formulier", "Vul het formulier in", "Online melden"]}[r]
    label = variants[h(o["code"], pl["pk"], "cta") % len(variants)]
    style = o["cta"]
    if style == "img" and r in ("D", "DP", "E"):
        idp = "eherkenning" if r == "E" else "digid"
        return '<p>Regel het online:</p><p><a href="%s"><img src="%s/img/%s-knop.png" alt="Inloggen met %s"></a></p>' % (
            url, s.base, idp, "eHerkenning" if r == "E" else "DigiD")
    if style == "button":
        W.feat("cta_button_onclick")
        return '<p><button type="button" class="utrecht-button" onclick="location.href=\'%s\'">%s</button></p>' % (url, esc(label))
    if style == "getform":
        W.feat("cta_get_form")
        if "?" in url:
            action, q = url.split("?", 1)
            k, v = q.split("=", 1)
            hidden = '<input type="hidden" name="%s" value="%s">' % (k, v)
        else:
            action, hidden = url, ""
        return '<form class="cta" action="%s" method="get">%s<button type="submit">%s</button></form>' % (action, hidden, esc(label))
    if style == "iframe":
        W.feat("cta_iframe")
        return '<iframe src="%s" title="Formulier %s" width="100%%" height="700"></iframe>' % (url, esc(t))
    return '<p><a class="button cta" href="%s">%s</a></p>' % (url, esc(label))


def box_html(s, pl, from_url):
    o = s.o
    cands = [p for p in s.plans if p["status"] == "ok" and p["route"] in ("D", "DP") and p["pk"] != pl["pk"]]
    cands = sorted(cands, key=lambda p: p["pk"])[:4]
    if not cands:
        return ""
    lis = "".join('<li><a href="%s">%s <span class="digid">(DigiD)</span></a></li>' % (p["link"], esc(p["title"])) for p in cands)
    return '<aside class="box-%s"><h2>%s</h2><ul>%s</ul></aside>' % (sectslug(o["box"]), esc(o["box"]), lis)


def sections_html(s, heads, parts):
    if s.fam == "pdc":
        return "".join("<details><summary>%s</summary>%s</details>" % (esc(hd), pt) for hd, pt in zip(heads, parts))
    if s.fam == "iprox":
        return "".join('<div class="iprox-accordion"><h2 class="acc-title">%s</h2><div class="acc-body">%s</div></div>' % (esc(hd), pt)
                       for hd, pt in zip(heads, parts))
    return "".join("<h2>%s</h2>%s" % (esc(hd), pt) for hd, pt in zip(heads, parts))


def appt_links(s, pl):
    d = dom(s.o)
    base = "http://afspraken.%s" % d
    out = '<p><a href="%s/afspraak-maken?product=%s">Maak een afspraak</a></p>' % (base, pl["slug"])
    if pl["ov"].get("appt_login"):
        out += ('<p>Heeft u al een afspraak? <a href="%s/mijn-afspraak">Afspraak wijzigen of annuleren (inloggen met DigiD)</a></p>' % base)
        pl["traps"].append("Trap: DigiD login only to manage an existing appointment")
    return out


def build_appointments(s):
    d = dom(s.o)
    base = "http://afspraken.%s" % d
    W.put(base + "/", page("Afspraak maken - " + s.o["name"], "<h1>Afspraak maken</h1><p>Kies een product en een tijd.</p>"
                           "<p><a href=\"/afspraak-maken\">Nieuwe afspraak</a> | <a href=\"/mijn-afspraak\">Mijn afspraak</a></p>"))
    W.put(base + "/afspraak-maken", page("Afspraak maken", "<h1>Afspraak maken</h1><form method=\"post\" action=\"/afspraak-tijd\">"
          "<label>Product <select name=\"product\"><option>Paspoort</option><option>ID-kaart</option><option>Rijbewijs</option><option>Geboorte</option></select></label>"
          "<label>Datum <input type=\"date\" name=\"datum\"></label><button>Kies een tijd</button></form>"))
    W.put(base + "/afspraak-tijd", page("Kies een tijd", "<h1>Kies een tijd</h1><p>09:00 - 09:10 - 09:20</p>"))
    W.put(base + "/mijn-afspraak", page("Mijn afspraak", "<h1>Afspraak wijzigen of annuleren</h1><p>Log in met DigiD om uw afspraak te bekijken.</p>"
          "<p><a href=\"/mijn-afspraak/digid\">Inloggen met DigiD</a></p>"))
    login_gate(base + "/mijn-afspraak/digid", DIGID)


def render_site(s):
    o = s.o
    code = o["code"]
    heads = HEADINGS[s.fam]
    if any(pl["route"] == "AP" for pl in s.plans if pl["status"] == "ok"):
        build_appointments(s)
    # Mijn Loket (site login) on mijn.<dom>
    mijn = "http://mijn.%s" % dom(o)
    if o["forms"] != "mijn":
        W.put(mijn + "/", page("Mijn " + o["short"], "<h1>Mijn %s</h1><p>Bekijk uw lopende zaken, wijzig uw gegevens en bekijk berichten.</p>"
                               "<p><a href=\"/inloggen/digid\">Inloggen met DigiD</a></p>" % esc(o["short"])))
    else:
        W.put(mijn + "/", page("Mijn " + o["short"], "<h1>Mijn %s</h1><p>Uw zaken en berichten.</p><p><a href=\"/inloggen/digid\">Inloggen met DigiD</a></p>" % esc(o["short"])))
    login_gate(mijn + "/inloggen/digid", DIGID)
    W.put(mijn + MIJN_LOKET_PATH, page("Mijn Loket - " + o["name"], "<h1>Mijn Loket</h1><p>Wijzig een bestaande registratie of vergunning.</p>"
                                      "<p><a href=\"/inloggen/digid\">Inloggen met DigiD</a></p>"))
    site_traps = []
    if code in ("GM0262", "GM0230", "GM0203", "GM0858", "WS0654"):
        site_traps.append("Trap: site-wide login ('Inloggen'/'Mijn ...') in the header")
    if code in ("GM0302", "GM0797"):
        site_traps.append("Trap: DigiD logo in the footer")
    if o["box"]:
        site_traps.append("Trap: '%s' box with DigiD links to other products" % o["box"])
    if code == "GM0797":
        site_traps.append("Trap: 'Was deze informatie nuttig?' feedback form")
    shared_urls = {}
    english = []
    for pl in s.plans:
        pk = pl["pk"]
        if pl["status"] == "not_found":
            pl.update(product_url="", route_url="", level=None, strict=None, via="")
            continue
        if pl["status"] == "not_offered":
            t, slug, section, stmt, extra = NOTOFF[(code, pk)]
            url = s.product_url("no-" + pk, t, slug, section)
            body = "<h1>%s</h1>%s%s" % (esc(t), stmt, extra)
            if extra:
                pl["traps"].append("Trap: not-offered page links to another body's DigiD portal for something else")
            s.render(url, t, body)
            s.pages.append((url, t))
            pl.update(product_url=url, route_url="", level=None, strict=None, via="", notoff_title=t)
            continue
        if pl["ov"].get("shared_page"):
            continue
        url = s.product_url(pk, pl["title"], pl["slug"], pl["section"], biz=pl["biz"] and o["otype"] == "gemeente")
        pl["product_url"] = url
    # shared page targets
    for pl in s.plans:
        sp = pl["ov"].get("shared_page")
        if sp and pl["status"] == "ok":
            other = [q for q in s.plans if q["pk"] == sp][0]
            pl["product_url"] = other["product_url"]
    for pl in s.plans:
        if pl["status"] != "ok" or pl["ov"].get("shared_page"):
            continue
        pk = pl["pk"]
        url = pl["product_url"]
        title = pl["title"]
        tw = [pl]
        sw = pl["ov"].get("shared_with")
        if sw:
            tw.append([q for q in s.plans if q["pk"] == sw][0])
            title = {"paspoort": "Paspoort en identiteitskaart", "watermelding": "Melding doen"}.get(pk, title)
            for q in tw:
                q["shared_title"] = title
        parts = []
        parts.append("<p>%s</p>" % esc(pl["intro"]) + ("<p>%s</p>" % esc(tw[1]["intro"]) if sw else ""))
        how = "<p>%s</p>" % esc(pl["how"])
        if pl["route"] == "AP":
            how += appt_links(s, pl)
        elif pl.get("link"):
            how += cta_html(s, pl, pl["link"], url)
        if pl["ov"].get("mijnloket"):
            how += '<p>%s? Dat doet u in <a href="%s%s">Mijn Loket</a> (inloggen met DigiD).</p>' % (esc(pl["ov"]["mijnloket"]), mijn, MIJN_LOKET_PATH)
            pl["traps"].append("Trap: link to Mijn Loket (DigiD) is only for changing an existing registration")
        if pl["ov"].get("overview_trap"):
            how += '<p>Bekijk ook <a href="%s">alle e-formulieren</a>.</p>' % s.forms_overview_url()
            pl["traps"].append("Trap: link to the forms overview page, which lists other forms with DigiD")
        if pk == "evenementenvergunning" and code == "GM0203":
            sib = s.base + "/producten/klein-evenement-melden"
            how += '<p>Organiseert u een klein buurtfeest? Dan is een <a href="%s">melding klein evenement</a> misschien genoeg.</p>' % sib
            pl["traps"].append("Trap: sibling page 'Klein evenement melden' with its own anonymous form")
            furl, _ = build_form(s, "klein-evenement", "Melding klein evenement", "klein-evenement", "A")
            s.render(sib, "Klein evenement melden", "<h1>Klein evenement melden</h1><p>Voor een klein evenement (maximaal 100 bezoekers, geen muziek na 22.00 uur) "
                     "is geen vergunning nodig. U doet wel een melding, minimaal 3 weken van tevoren.</p>" + cta_html(s, dict(pl, route="A", pk="klein-evenement", title="Melding klein evenement"), furl, sib))
            s.pages.append((sib, "Klein evenement melden"))
        costs = "<p>De kosten vindt u in de <a href=\"%s\">legesverordening en tarieventabel (pdf)</a>.</p>" % s.link(s.base + "/documenten/tarieventabel-2025.pdf", url)
        if pl["route"] in ("I", "AP") or h(code, pk, "cost") % 3:
            costs = "<p>Kijk voor de actuele tarieven op de pagina Tarieven of neem contact met ons op.</p>"
        else:
            pl["traps"].append("Trap: tariff table PDF")
        parts.append(how)
        parts.append(costs)
        parts.append("<p>Meer weten? Bel 14 0%s of mail naar <a href=\"mailto:info@%s\">info@%s</a>.</p>" % (code[-3:], dom(o), dom(o)))
        if s.fam == "iprox":
            rel = [q for q in s.plans if q.get("product_url") and q["section"] != pl["section"] and q["status"] == "ok"]
            if rel:
                q = rel[h(code, pk, "rel") % len(rel)]
                parts[-1] += '<p>Zie ook: <a href="%s">%s</a></p>' % (s.link(q["product_url"], url), esc(q["title"]))
                W.feat("relative_dotdot_links")
        side = ""
        if pl["ov"].get("sidebar_digid"):
            side = '<aside class="sidebar"><p><img src="%s/img/digid-logo.png" alt="DigiD"></p><p>Veel zaken regelt u online met DigiD.</p></aside>' % s.base
            pl["traps"].append("Trap: DigiD logo in the sidebar while the product is requested with a PDF")
        box = box_html(s, pl, url) if o["box"] else ""
        crumbs = '<nav class="breadcrumb"><a href="%s">Home</a> &gt; %s &gt; %s</nav>' % (s.link(s.home_url(), url), esc(pl["section"]), esc(title))
        body = crumbs + "<h1>%s</h1>" % esc(title)
        if o["box"] == "Direct regelen":
            body += box
        body += sections_html(s, heads, parts)
        if o["box"] == "Veelgevraagd":
            body += box
        body += side
        head_extra = ""
        if pl["ov"].get("english"):
            en_url = s.base + "/en/" + pl["slug"]
            body += '<p lang="en"><a href="%s" hreflang="en">English</a></p>' % en_url
            head_extra = '<link rel="alternate" hreflang="en" href="%s">\n' % en_url
            english.append((pl, en_url, url))
        if code == "GM0797":
            body += ('<form class="feedback" method="post" action="%s/feedback"><p>Was deze informatie nuttig?</p>'
                     '<button name="nuttig" value="ja">Ja</button><button name="nuttig" value="nee">Nee</button>'
                     '<label>Toelichting <textarea name="toelichting"></textarea></label></form>') % s.base
        pl["traps"] = site_traps + pl["traps"]
        for q in tw[1:]:
            q["traps"] = list(pl["traps"])
        s.render(url, title, body, head_extra=head_extra)
        s.pages.append((url, title))
        if pl["ov"].get("biz_twin"):
            burl = s.base + "/ondernemers/parkeervergunning"
            furl, _ = build_form(s, pk + "-bedrijven", "Parkeervergunning bedrijven", "parkeervergunning-bedrijven", "E")
            bpl = dict(pl, route="E", title="Parkeervergunning bedrijven")
            bbody = ("<h1>%s</h1><p>Heeft u een bedrijf in het centrum van Barneveld? Dan kunt u een bedrijfsparkeervergunning aanvragen.</p>"
                     % esc(title)) + cta_html(s, bpl, furl, burl)
            s.render(burl, title, bbody)
            s.pages.append((burl, title + " (ondernemers)"))
            pl["notes_extra"] = "A page of the same name for businesses has an eHerkenning form (also 100)."
    for pl, en_url, nl_url in english:
        ename = {"verhuismelding": "Moving to or within Berkelland", "hondenbelasting": "Dog tax",
                 "paspoort": "Passport"}.get(pl["pk"], pl["title"])
        body = "<h1>%s</h1><p>This page is a translation of the Dutch page. </p><p>%s</p>" % (esc(ename), {
            "verhuismelding": "Are you moving? Report your move online with DigiD within 5 days of moving.",
            "hondenbelasting": "If you own a dog, you pay dog tax. Register your dog online with DigiD.",
            "paspoort": "You apply for a passport in person at the town hall. Make an appointment first."}.get(pl["pk"], ""))
        if pl.get("link") and pl["route"] != "AP":
            body += '<p><a href="%s">Apply online (DigiD)</a></p>' % pl["link"]
        elif pl["route"] == "AP":
            body += '<p><a href="http://afspraken.%s/afspraak-maken">Make an appointment</a></p>' % dom(o)
        body += '<p><a href="%s" hreflang="nl">Nederlands</a></p>' % nl_url
        s.render(en_url, ename, body, lang="en", head_extra='<link rel="alternate" hreflang="nl" href="%s">\n' % nl_url)
        s.pages.append((en_url, ename))
        W.feat("english_page")
    if any(pl["route"] == "P" for pl in s.plans) or True:
        W.put(s.base + "/documenten/tarieventabel-2025.pdf", make_pdf("Tarieventabel leges 2025", [o["name"], "Tarieventabel behorende bij de Legesverordening 2025",
              "Hoofdstuk 1 Burgerzaken ........ EUR 82,20", "Hoofdstuk 2 Vergunningen ....... EUR 145,00", "Hoofdstuk 3 Evenementen ........ EUR 98,50"]))
    if s.forms and o["forms"] in ("eform", "pdcloket", "formdesk", "mijn", "triple", "loket", "gravity", "openforms"):
        build_forms_overview(s)
    build_chrome_pages(s)
    return s


NEWS = [
    ("Nieuwe openingstijden gemeentehuis", "nieuwe-openingstijden", "Vanaf 1 maart is het gemeentehuis op dinsdagavond open. Voor paspoorten en rijbewijzen werkt u op afspraak."),
    ("Verhuizing doorgeven kan nu ook online", "verhuizing-online", "Inwoners kunnen hun verhuizing voortaan online doorgeven met DigiD. Dat scheelt een bezoek aan het gemeentehuis."),
    ("Aanslag gemeentelijke belastingen op de mat", "aanslag-belastingen", "Deze week ontvangen alle inwoners de aanslag gemeentelijke belastingen en de WOZ-beschikking."),
]


def build_chrome_pages(s):
    o = s.o
    code = o["code"]
    d = dom(o)
    # A-Z
    az_url = s.base + s.az_path()
    items = sorted(s.pages, key=lambda x: (x[1].lower(), x[0]))
    stale = [pl for pl in s.plans if pl["status"] == "not_found" and pl["ov"].get("stale")]
    for pl in stale:
        t = PINFO[pl["pk"]][0][0]
        u = s.product_url(pl["pk"], t, PINFO[pl["pk"]][1], PINFO[pl["pk"]][2])
        items.append((u, t))
        pl["stale_url"] = u
        W.feat("stale_az_link_soft404")
    items = sorted(items, key=lambda x: (x[1].lower(), x[0]))
    lis = "".join('<li><a href="%s">%s</a></li>' % (s.link(u, az_url), esc(t)) for u, t in items)
    if not (o["otype"] == "waterschap"):
        s.render(az_url, "Producten en diensten A-Z", "<h1>Producten en diensten van A tot Z</h1><ul class=\"az\">%s</ul>" % lis)
    else:
        ins = [x for x in items if "/inwoners/" in x[0]]
        ond = [x for x in items if "/ondernemers/" in x[0]]
        s.render(s.base + "/inwoners/", "Inwoners", "<h1>Inwoners</h1><ul>%s</ul>" % "".join('<li><a href="%s">%s</a></li>' % (u, esc(t)) for u, t in ins))
        s.render(s.base + "/ondernemers/", "Ondernemers", "<h1>Ondernemers</h1><ul>%s</ul>" % "".join('<li><a href="%s">%s</a></li>' % (u, esc(t)) for u, t in ond))
    # home
    home = s.home_url()
    tiles = []
    for sec in sorted(set(pl["section"] for pl in s.plans if pl.get("product_url"))):
        first = sorted([pl for pl in s.plans if pl["section"] == sec and pl.get("product_url")], key=lambda p: p["pk"])[:3]
        tiles.append("<section><h2>%s</h2><ul>%s</ul></section>" % (esc(sec), "".join(
            '<li><a href="%s">%s</a></li>' % (s.link(p["product_url"], home), esc(p.get("shared_title", p["title"]))) for p in first)))
    news_links = "".join('<li><a href="%s">%s</a></li>' % (s.link(s.base + "/nieuws/" + sl, home), esc(t)) for t, sl, _ in NEWS)
    hbody = ("<h1>Welkom bij %s</h1><p><a href=\"%s\">Bekijk alle producten en diensten</a></p>%s<h2>Nieuws</h2><ul>%s</ul>") % (
        esc(o["name"]), s.link(az_url, home), "".join(tiles), news_links)
    if o["otype"] == "waterschap":
        hbody += '<p><a href="%s/inwoners/">Inwoners</a> | <a href="%s/ondernemers/">Ondernemers</a></p>' % (s.base, s.base)
    s.render(home, "Home", hbody)
    if home != s.base + "/":
        if code == "GM0302":
            W.put(s.base + "/", page("Cookies - " + o["name"], "<div class=\"cookie-consent\"><h1>Deze website gebruikt cookies</h1>"
                  "<p>Wij gebruiken functionele en analytische cookies. Kies hieronder.</p><p><a href=\"/home?cookies=alle\">Alle cookies accepteren</a> "
                  "<a href=\"/home?cookies=noodzakelijk\">Alleen noodzakelijke cookies</a></p></div>"))
            W.feat("cookie_interstitial")
        elif code == "GM0858":
            W.put(s.base + "/", page("Cookie-instellingen - " + o["name"], "<div class=\"consent-wall\"><h1>Cookie-instellingen</h1>"
                  "<form action=\"/home\" method=\"get\"><input type=\"hidden\" name=\"consent\" value=\"1\"><button type=\"submit\">Akkoord</button></form>"
                  "<form action=\"/home\" method=\"get\"><input type=\"hidden\" name=\"consent\" value=\"0\"><button type=\"submit\">Weigeren</button></form></div>"))
            W.feat("cookie_interstitial")
        elif code == "GM1955":
            W.put(s.base + "/", page("Montferland - Kies uw taal", "<h1>Gemeente Montferland</h1><p>Kies uw taal / Wählen Sie Ihre Sprache / Choose your language</p>"
                  "<ul><li><a href=\"/home\">Nederlands</a></li><li><a href=\"/home\" hreflang=\"de\">Deutsch</a></li><li><a href=\"/en\" hreflang=\"en\">English</a></li></ul>"))
            s.render(s.base + "/en", "Welcome", "<h1>Welcome to Montferland</h1><p>Most information on this website is in Dutch. "
                     "For questions call 14 0316.</p><p><a href=\"/home\">Nederlands</a></p>", lang="en")
            W.feat("language_splash")
    # news
    nl = []
    for t, sl, txt in NEWS:
        nu = s.base + "/nieuws/" + sl
        s.render(nu, t, "<h1>%s</h1><p class=\"date\">%d maart 2026</p><p>%s</p>" % (esc(t), 2 + h(code, sl) % 25, esc(txt)))
        nl.append('<li><a href="%s">%s</a></li>' % (s.link(nu, s.base + "/nieuws/"), esc(t)))
    s.render(s.base + "/nieuws/", "Nieuws", "<h1>Nieuws</h1><ul>%s</ul>" % "".join(nl))
    # contact with a generic contact form
    s.render(s.base + "/contact", "Contact", "<h1>Contact</h1><p>Bel 14 0%s of stuur ons een bericht.</p>"
             "<form method=\"post\" action=\"%s/contact-verzonden\"><label>Naam <input name=\"naam\"></label><label>E-mail <input name=\"email\"></label>"
             "<label>Vraag <textarea name=\"vraag\"></textarea></label><button>Verstuur</button></form>" % (code[-3:], s.base))
    W.put(s.base + "/contact-verzonden", page("Verzonden", "<h1>Bedankt voor uw bericht</h1>"))
    for p, t in (("privacy", "Privacyverklaring"), ("toegankelijkheid", "Toegankelijkheid")):
        s.render(s.base + "/" + p, t, "<h1>%s</h1><p>%s hecht waarde aan uw privacy en aan een toegankelijke website.</p>" % (t, esc(o["name"])))
    s.render(s.base + "/zoeken", "Zoeken", "<h1>Zoeken</h1><p>Geen resultaten gevonden. Probeer een andere zoekterm of bekijk <a href=\"%s\">alle producten</a>.</p>" % az_url)
    if code == "GM0797":
        W.put(s.base + "/feedback", page("Bedankt", "<h1>Bedankt voor uw reactie</h1>"))
    # pdc loket home
    if s.fam == "pdc":
        W.put("http://loket.%s/" % d, page("Digitaal loket " + o["name"], "<h1>Digitaal loket</h1><p><a href=\"%s\">Producten A-Z</a> | "
              "<a href=\"/formulieren\">Alle formulieren</a></p>" % az_url))
        W.put("http://loket.%s/robots.txt" % d, "User-agent: *\nDisallow: /start\n")
    # soft 404 / own 404
    nf = "<h1>Pagina niet gevonden</h1><p>De pagina die u zoekt bestaat niet (meer). Gebruik de zoekfunctie of ga naar de <a href=\"%s\">homepage</a>.</p>" % home
    nfpath = "notfound/%s.html" % o["host"]
    W.files[nfpath] = page("Pagina niet gevonden - " + o["name"], nf, header=s.header(), footer=s.footer()).encode()
    soft = code in ("GM1955", "GM0797", "GM0302")
    W.not_found.append({"host": o["host"], "file": nfpath, "status": 200 if soft else 404})
    if s.fam == "pdc":
        W.not_found.append({"host": "loket." + d, "file": nfpath, "status": 200})
    if soft:
        W.feat("soft_404_host")
    if s.fam == "catalog":
        W.put(s.base + "/product", page("Product - " + o["name"], "<h1>Product niet gevonden</h1><p>Het opgevraagde product bestaat niet of is verlopen.</p>",
                                        header=s.header(), footer=s.footer()))
        W.feat("catalog_query_urls", len([1 for pl in s.plans if pl.get("product_url", "").count("?id=")]))
    # robots and sitemap
    rob = "User-agent: *\nDisallow: /zoeken\n"
    if o["sitemap"]:
        rob += "Sitemap: %s/sitemap.xml\n" % s.base
        urls = sorted(set([home, az_url] + [u for u, _ in s.pages] + [pl["stale_url"] for pl in stale]))
        sm = '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n%s</urlset>\n' % "".join(
            "  <url><loc>%s</loc></url>\n" % esc(u) for u in urls)
        W.put(s.base + "/sitemap.xml", sm)
        W.feat("sitemap")
    W.put(s.base + "/robots.txt", rob)


# ---------------------------------------------------------------- labels
def label_rows(s):
    o = s.o
    rows = []
    for pl in s.plans:
        pk = pl["pk"]
        st = pl["status"]
        if st == "not_found":
            note = "No page for this product on the site."
            if pl.get("stale_url"):
                note += " The A-Z list links to a removed page that answers a soft 404 (status 200 'niet gevonden')."
            rows.append([o["code"], pk, "", st, "", "", "", "", note])
            continue
        traps = list(dict.fromkeys(pl["traps"]))
        if st == "not_offered":
            note = "Page '%s' states the organisation does not offer it." % pl["notoff_title"]
            rows.append([o["code"], pk, "", st, pl["product_url"], "", "", "", " ".join([note] + traps)])
            continue
        r = pl["route"]
        desc = {"D": "own DigiD form", "DP": "own DigiD form with pre-fill statement", "E": "own eHerkenning form",
                "A": "anonymous web form without login", "P": "printable PDF form", "I": "information only, request by phone/counter",
                "AP": "only by appointment at the counter", "TAX": "route on the joint tax office's site",
                "OLO": "sent to the Omgevingsloket with DigiD/eHerkenning login", "WERK": "sent to werk.nl with DigiD",
                "LIEMERS": "shared social service's page offers only a PDF form", "A2P": "shared service's page offers only a PDF form",
                "A2A": "shared service's page has an anonymous web form"}[r]
        if r == "TAX":
            trt = TAXPAGES[pk][2]
            desc += " (%s)" % {"D": "DigiD login", "DP": "DigiD login with pre-fill statement", "A": "anonymous form", "E": "eHerkenning login"}[trt]
        note = "Level %d: %s." % (pl["level"], desc)
        if pl["ov"].get("shared_page") or pl["ov"].get("shared_with"):
            note += " One page is shared by two products."
        if pl.get("notes_extra"):
            note += " " + pl["notes_extra"]
        if o["cta"] == "iframe" and r in ("D", "DP", "E", "A"):
            note += " Form shown in an iframe."
        rows.append([o["code"], pk, str(pl["level"]), "ok", pl["product_url"], pl["route_url"], str(pl["strict"]),
                     pl.get("via", ""), " ".join([note] + traps)])
    return rows


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "web")
    products = read_products()
    build_idps()
    members = {"bsa": ["Lochem", "Berkelland"], "liemersbel": ["Montferland", "Zevenaar"], "hvb": ["Heusden", "Tilburg"],
               "wbbo": ["Waterschap Aa en Maas"]}
    for k in sorted(TAXBODIES):
        build_taxbody(k, members[k])
    build_liemers()
    build_a2()
    build_dommel()
    all_rows = []
    orgrows = []
    for org in ORGS:
        s = build_site(org, products)
        render_site(s)
        all_rows.extend(label_rows(s))
        website = "http://%s/" % org["host"]
        if org["code"] in ("GM0203", "GM0230"):
            bare = org["host"][4:]
            W.host_redirects.append({"host": bare, "status": 301, "to": org["host"]})
            website = "http://%s/" % bare
            W.feat("host_redirect_bare_to_www")
        elif org["code"] in ("GM0262", "GM0797", "GM0858"):
            W.host_redirects.append({"host": org["host"][4:], "status": 301, "to": org["host"]})
        orgrows.append([org["code"], org["name"], org["otype"], website, str(org["inhabitants"]) if org["inhabitants"] else ""])
    keys = set(W.files)
    for k in sorted(keys):
        parts = k.split("/")
        for i in range(1, len(parts)):
            if "/".join(parts[:i]) in keys:
                raise SystemExit("file/dir conflict: " + k)
    if os.path.isdir(out):
        shutil.rmtree(out)
    os.makedirs(out)
    for key in sorted(W.files):
        p = os.path.join(out, key)
        os.makedirs(os.path.dirname(p), exist_ok=True)
        with open(p, "wb") as f:
            f.write(W.files[key])
    with open(os.path.join(out, "organisations.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["code", "name", "org_type", "website", "inhabitants"])
        for r in orgrows:
            w.writerow(r)
    with open(os.path.join(out, "labels.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["org_code", "product_key", "level", "status", "product_url", "route_url", "level_strict", "via", "notes"])
        for r in sorted(all_rows, key=lambda r: (r[0], r[1])):
            w.writerow(r)
    manifest = {"name": "web-dev16", "features": dict(sorted(W.features.items())),
                "behaviours": {"redirects": sorted(W.redirects, key=lambda r: r["url"]),
                               "host_redirects": sorted(W.host_redirects, key=lambda r: r["host"]),
                               "not_found_pages": sorted(W.not_found, key=lambda r: r["host"])}}
    with open(os.path.join(out, "testweb.json"), "w", encoding="utf-8") as f:
        json.dump(manifest, f, indent=1, sort_keys=True)
        f.write("\n")
    print("wrote %d files, %d label rows to %s" % (len(W.files), len(all_rows), out))


if __name__ == "__main__":
    main()
