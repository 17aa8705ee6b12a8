#!/usr/bin/env python3
"""Labelled simulated web of ten Dutch government bodies (dev-real-42).

Provinces Overijssel and Zeeland, water authorities Rijnland, Rivierenland, Waterschap
Limburg and Zuiderzeeland, municipalities Enschede, Schiedam, Weert and Noordoostpolder.
Emphasis: traps that would raise a product's level wrongly.

Usage: python3 gen.py OUTDIR      (standard library only, deterministic)
"""
import csv
import html
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


def products_csv():
    p = os.path.normpath(os.path.join(HERE, "../../../config/products.csv"))
    if os.path.exists(p):
        return p
    return "/work/main/config/products.csv"


def load_products():
    rows = []
    with open(products_csv(), newline="", encoding="utf-8") as f:
        for r in csv.DictReader(f):
            rows.append({k: r[k] for k in ("product_key", "name_nl", "org_types", "audience", "offered_by")})
    return rows


E = html.escape

# --------------------------------------------------------------------------------------
# Organisations (codes and names from the 2023 register; inhabitants from own knowledge)
ORGS = [
    dict(code="PV23", name="Provincie Overijssel", type="provincie", letter="P", host="www.overijssel.test",
         short="Overijssel", inh=1180000, cms="nlds", forms="openforms", phone="038 499 88 99",
         chrome=["header_login", "newsletter_form"], consent=True, search="q"),
    dict(code="PV29", name="Provincie Zeeland", type="provincie", letter="P", host="www.zeeland.test",
         short="Zeeland", inh=392000, sitemap="none", cms="nlds2", forms="formdesk", phone="0118 631 011",
         chrome=["chat_widget", "footer_digid_logo"], consent=False, search="zoekterm"),
    dict(code="WS0616", name="Hoogheemraadschap van Rijnland", type="waterschap", letter="W", host="www.rijnland.test",
         sitemap="index", short="Rijnland", inh=1400000, cms="wpwater", forms="openforms", phone="071 306 30 63",
         chrome=["header_login", "newsletter_form"], consent=True, search="s", prefix="/loket/"),
    dict(code="WS0621", name="Rivierenland", type="waterschap", letter="W", host="www.waterschaprivierenland.test",
         sitemap="index", short="Waterschap Rivierenland", inh=1000000, cms="wpwater", forms="formdesk", phone="0345 639 639",
         chrome=["chat_widget", "footer_digid_logo"], consent=False, search="s", prefix="/regelen/"),
    dict(code="WS0665", name="Waterschap Limburg", type="waterschap", letter="W", host="www.waterschaplimburg.test",
         sitemap="index", short="Waterschap Limburg", inh=1120000, cms="wpwater", forms="gravity", phone="088 888 66 66",
         chrome=["header_login", "footer_digid_logo", "newsletter_form"], consent=True, search="s", prefix="/wat-kan-ik-regelen/"),
    dict(code="WS0650", name="Zuiderzeeland", type="waterschap", letter="W", host="www.zuiderzeeland.test",
         short="Waterschap Zuiderzeeland", inh=440000, cms="wpwater", forms="tripleforms", phone="0320 274 911",
         chrome=["chat_widget"], consent=False, search="s", prefix="/producten/"),
    dict(code="GM0153", name="Gemeente Enschede", type="gemeente", letter="G", host="www.enschede.test",
         short="Enschede", inh=161000, cms="slug", forms="openforms", phone="14 053",
         chrome=["header_login", "footer_digid_logo", "chat_widget"], consent=True, search="search_api_fulltext"),
    dict(code="GM0606", name="Gemeente Schiedam", type="gemeente", letter="G", host="www.schiedam.test",
         short="Schiedam", inh=80000, cms="productid", forms="tripleforms", phone="14 010",
         chrome=["header_login", "newsletter_form"], consent=False, search="zoeken"),
    dict(code="GM0988", name="Gemeente Weert", type="gemeente", letter="G", host="www.weert.test",
         short="Weert", inh=50800, cms="pdcloket", forms="iform", phone="0495 575 000",
         chrome=["header_login", "footer_digid_logo"], consent=True, search="q"),
    dict(code="GM0171", name="Gemeente Noordoostpolder", type="gemeente", letter="G", host="www.noordoostpolder.test",
         short="Noordoostpolder", inh=49500, cms="owc", forms="gravity", phone="14 0527",
         chrome=["header_login", "chat_widget", "newsletter_form"], consent=True, search="s"),
]

# other bodies' hosts
OL = "omgevingswet.overheid.test"
DIGID = "digid-sim.test"
EH = "eherkenning-sim.test"
BIJ12 = "www.bij12.test"
TAX = {
    "bsgw": dict(host="www.bsgw.test", name="BsGW", full="Belastingsamenwerking Gemeenten en Waterschappen (BsGW)", mijn="Mijn BsGW"),
    "gblt": dict(host="www.gblt.test", name="GBLT", full="Gemeenschappelijk Belastingkantoor Lococensus-Tricijn (GBLT)", mijn="Mijn GBLT"),
    "bsr": dict(host="www.belastingsamenwerkingrivierenland.test", name="BSR", full="Belastingsamenwerking Rivierenland (BSR)", mijn="Mijn BSR"),
    "rijnlandbel": dict(host="belastingen.rijnland.test", name="Rijnland Belastingen", full="Belastingen Hoogheemraadschap van Rijnland", mijn="Mijn Rijnland Belastingen"),
}
OTHERS = {
    "twentemilieu": dict(host="www.twentemilieu.test", name="Twente Milieu"),
    "irado": dict(host="www.irado.test", name="Irado"),
    "stroomopwaarts": dict(host="www.stroomopwaarts.test", name="Stroomopwaarts MVS"),
    "parkeren_schiedam": dict(host="schiedam.parkeerservice.test", name="Parkeerservice Schiedam"),
    "rud": dict(host="www.rud-zeeland.test", name="RUD Zeeland"),
}

# --------------------------------------------------------------------------------------
# product titles, slugs and descriptions (own wording)
T = {
    "brp-uittreksel": ("Uittreksel BRP aanvragen", "uittreksel-brp", "Een uittreksel uit de Basisregistratie Personen (BRP) is een bewijs van uw inschrijving en adres."),
    "verhuismelding": ("Verhuizing doorgeven", "verhuizing-doorgeven", "Gaat u verhuizen naar of binnen de gemeente? Geef uw nieuwe adres binnen 5 dagen na de verhuizing door."),
    "geboorteaangifte": ("Geboorteaangifte", "geboorteaangifte", "Is uw kind geboren? Doe binnen 3 werkdagen aangifte van de geboorte."),
    "overlijdensaangifte": ("Aangifte van overlijden", "aangifte-overlijden", "Na een overlijden moet binnen 6 dagen aangifte worden gedaan. Meestal doet de uitvaartondernemer dit."),
    "huwelijksaangifte": ("Melding voorgenomen huwelijk of partnerschap", "trouwen-melding-voorgenomen-huwelijk", "Wilt u trouwen of een geregistreerd partnerschap aangaan? Meld dit uiterlijk 2 weken voor de datum."),
    "paspoort": ("Paspoort aanvragen", "paspoort", "Een paspoort vraagt u aan bij de gemeente waar u woont. U moet zelf langskomen."),
    "identiteitskaart": ("Identiteitskaart (ID-kaart) aanvragen", "identiteitskaart", "Een identiteitskaart is een geldig reisdocument binnen Europa. Aanvragen doet u persoonlijk."),
    "parkeervergunning": ("Parkeervergunning voor bewoners", "parkeervergunning", "Woont u in een gebied met betaald parkeren? Dan kunt u een parkeervergunning krijgen."),
    "gehandicaptenparkeerkaart": ("Gehandicaptenparkeerkaart", "gehandicaptenparkeerkaart", "Met een gehandicaptenparkeerkaart mag u parkeren op een algemene gehandicaptenparkeerplaats."),
    "gehandicaptenparkeerplaats": ("Gehandicaptenparkeerplaats op kenteken", "gehandicaptenparkeerplaats", "Een parkeerplaats bij uw woning die alleen voor uw auto is bedoeld."),
    "hondenbelasting": ("Hondenbelasting, hond aan- of afmelden", "hondenbelasting", "Heeft u een hond? Dan betaalt u hondenbelasting. Meld uw hond aan binnen 14 dagen."),
    "belastingkwijtschelding": ("Kwijtschelding belastingen", "kwijtschelding", "Heeft u een laag inkomen en weinig vermogen? Dan krijgt u misschien kwijtschelding van de aanslag."),
    "woz-bezwaar": ("Bezwaar maken tegen de WOZ-waarde", "woz-bezwaar", "Bent u het niet eens met de WOZ-waarde van uw woning? Maak dan binnen 6 weken bezwaar."),
    "bijstand": ("Bijstandsuitkering aanvragen", "bijstandsuitkering", "Heeft u niet genoeg inkomen om van te leven? Dan kunt u misschien een bijstandsuitkering krijgen."),
    "bijzondere-bijstand": ("Bijzondere bijstand", "bijzondere-bijstand", "Bijzondere bijstand is een vergoeding voor noodzakelijke, onverwachte kosten."),
    "wmo-voorziening": ("Hulp en ondersteuning (Wmo) aanvragen", "wmo-hulp-en-ondersteuning", "Heeft u hulp nodig in het huishouden of een hulpmiddel? Meld uw hulpvraag bij het Wmo-loket."),
    "leerlingenvervoer": ("Leerlingenvervoer", "leerlingenvervoer", "Kan uw kind niet zelf naar school? Dan komt het misschien in aanmerking voor leerlingenvervoer."),
    "grofvuil": ("Grofvuil laten ophalen", "grofvuil", "Grote spullen zoals meubels en matrassen laat u ophalen op afspraak."),
    "afvalcontainer": ("Afvalcontainer aanvragen, omruilen of wijzigen", "afvalcontainer", "Heeft u een (extra) container nodig, of is uw container kapot of kwijt?"),
    "melding-openbare-ruimte": ("Melding openbare ruimte", "melding-openbare-ruimte", "Ziet u iets kapot of vies in de openbare ruimte? Laat het ons weten."),
    "omgevingsvergunning": ("Omgevingsvergunning", "omgevingsvergunning", "Voor bouwen, verbouwen of een andere activiteit in de fysieke leefomgeving heeft u soms een vergunning nodig."),
    "kapvergunning": ("Boom kappen (kapvergunning)", "boom-kappen", "Voor het kappen van een boom heeft u soms een omgevingsvergunning voor het vellen van houtopstand nodig."),
    "bouwdossier-inzage": ("Bouwtekeningen en bouwdossier inzien", "bouwdossier-inzien", "Wilt u de bouwtekeningen van een pand bekijken? Vraag het bouwdossier op."),
    "bezwaar": ("Bezwaar maken", "bezwaar-maken", "Bent u het niet eens met een besluit? Dan kunt u binnen 6 weken bezwaar maken."),
    "klacht": ("Klacht indienen", "klacht-indienen", "Bent u niet tevreden over hoe u bent behandeld? Dien dan een klacht in."),
    "woo-verzoek": ("Woo-verzoek indienen", "woo-verzoek", "Met een Woo-verzoek vraagt u om openbaarmaking van overheidsinformatie."),
    "subsidie": ("Subsidie aanvragen", "subsidie-aanvragen", "Voor activiteiten die bijdragen aan onze doelen kunt u soms subsidie krijgen."),
    "evenementenvergunning": ("Evenementenvergunning", "evenementenvergunning", "Voor een evenement heeft u meestal een vergunning nodig. Vraag deze minimaal 8 weken vooraf aan."),
    "exploitatievergunning-horeca": ("Exploitatievergunning horeca", "exploitatievergunning-horeca", "Voor het exploiteren van een horecabedrijf heeft u een exploitatievergunning nodig."),
    "alcoholvergunning": ("Alcoholvergunning", "alcoholvergunning", "Schenkt u alcohol in uw bedrijf? Dan heeft u een alcoholvergunning nodig."),
    "terrasvergunning": ("Terrasvergunning", "terrasvergunning", "Wilt u een terras bij uw horecazaak? Vraag een terrasvergunning aan."),
    "standplaatsvergunning": ("Standplaatsvergunning", "standplaatsvergunning", "Wilt u met een kraam of wagen op een vaste plek staan? Vraag een standplaatsvergunning aan."),
    "marktvergunning": ("Marktstandplaats (weekmarkt)", "weekmarkt-standplaats", "Wilt u op de weekmarkt staan? U heeft een marktvergunning nodig."),
    "reclamebelasting": ("Reclamebelasting en reclame-uitingen", "reclamebelasting", "Voor reclame die zichtbaar is vanaf de openbare weg betaalt u in sommige gebieden reclamebelasting."),
    "geluidsontheffing": ("Ontheffing geluid", "ontheffing-geluid", "Maakt u tijdelijk meer geluid dan is toegestaan? Vraag dan een ontheffing aan."),
    "winkeltijdenontheffing": ("Ontheffing winkeltijden", "ontheffing-winkeltijden", "Wilt u uw winkel openen buiten de vastgestelde winkeltijden? Vraag een ontheffing aan."),
    "kansspelautomaatvergunning": ("Aanwezigheidsvergunning speelautomaten", "aanwezigheidsvergunning-speelautomaten", "Voor het plaatsen van kansspelautomaten in uw horecazaak heeft u een aanwezigheidsvergunning nodig."),
    "collectevergunning": ("Collecteren", "collecteren", "Wilt u geld of goederen inzamelen langs de deuren? Daarvoor heeft u een vergunning nodig."),
    "ligplaatsvergunning": ("Ligplaatsvergunning", "ligplaatsvergunning", "Wilt u een boot in gemeentelijk water afmeren? Dan heeft u een ligplaatsvergunning nodig."),
    "uitwegvergunning": ("Uitrit aanleggen of wijzigen", "uitrit-aanleggen", "Wilt u een nieuwe uitrit of inrit naar uw perceel? Vraag toestemming aan."),
    "belastingaanslag-bezwaar": ("Bezwaar tegen uw belastingaanslag", "bezwaar-belastingaanslag", "Bent u het niet eens met uw aanslag? Maak binnen 6 weken na de dagtekening bezwaar."),
    "betalingsregeling": ("Betalingsregeling belastingen", "betalingsregeling", "Kunt u de aanslag niet in één keer betalen? Vraag een betalingsregeling aan."),
    "beschermde-dieren-ontheffing": ("Ontheffing beschermde planten en dieren (flora- en fauna-activiteit)", "flora-en-fauna-ontheffing", "Verstoort u beschermde dieren of planten, bijvoorbeeld bij sloop of renovatie? Dan heeft u mogelijk toestemming nodig."),
    "natuurvergunning": ("Natuurvergunning Natura 2000-activiteit", "natura-2000-vergunning", "Voor activiteiten die gevolgen kunnen hebben voor een Natura 2000-gebied heeft u een vergunning nodig."),
    "ontgrondingsvergunning": ("Ontgronden", "ontgronden", "Wilt u grond afgraven, zand winnen of een plas aanleggen? Dan heeft u vaak een vergunning voor ontgronden nodig."),
    "tijdelijk-luchtvaartterrein": ("Ontheffing tijdelijk en uitzonderlijk gebruik (TUG) luchtvaartterrein", "tug-ontheffing", "Wilt u ergens tijdelijk landen of opstijgen met een helikopter of ballon? Vraag een TUG-ontheffing aan."),
    "wegvergunning-provinciaal": ("Werken langs een provinciale weg of vaarweg", "werken-langs-provinciale-weg", "Gaat u werken op of langs onze weg of vaarweg? Dan heeft u toestemming nodig."),
    "vuurwerk-ontbranding": ("Ontbrandingstoestemming en melding vuurwerk", "ontbrandingstoestemming-vuurwerk", "Bent u professioneel vuurwerkbezigsorger? Voor een vuurwerkshow heeft u toestemming nodig of doet u een melding."),
    "schadevergoeding-provincie": ("Schade melden en vergoeding aanvragen", "schade-vergoeding", "Heeft u schade door wild of door werkzaamheden van de overheid? Dan kunt u soms een vergoeding krijgen."),
    "watervergunning": ("Watervergunning aanvragen", "watervergunning", "Werken in of bij water, een dijk of kering, of grondwater onttrekken? Daar is vaak toestemming voor nodig."),
    "watermelding": ("Melding doen (grondwater, lozing, werk)", "melding-doen", "Voor sommige activiteiten heeft u geen vergunning nodig, maar moet u wel een melding doen."),
    "zuiveringsheffing": ("Zuiveringsheffing", "zuiveringsheffing", "Met de zuiveringsheffing betaalt u voor het zuiveren van afvalwater."),
    "watersysteemheffing": ("Watersysteemheffing", "watersysteemheffing", "Met de watersysteemheffing betaalt u voor droge voeten en schoon water."),
    "bedrijfsafvalwater-melding": ("Lozen van bedrijfsafvalwater", "lozen-bedrijfsafvalwater", "Loost uw bedrijf afvalwater op het riool of oppervlaktewater? Dan moet u dat vaak melden."),
}
# org-type specific titles
T_TYPE = {
    ("P", "omgevingsvergunning"): ("Omgevingsvergunning provincie", "omgevingsvergunning", "Voor een aantal activiteiten is de provincie bevoegd gezag, bijvoorbeeld voor grote bedrijven (Brzo), ontgrondingen en natuur."),
    ("W", "omgevingsvergunning"): ("Omgevingsvergunning wateractiviteit", "omgevingsvergunning-wateractiviteit", "Sinds de Omgevingswet vraagt u een vergunning voor een wateractiviteit aan via het Omgevingsloket."),
    ("P", "subsidie"): ("Subsidies", "subsidies", "De provincie heeft subsidies voor natuur, economie, cultuur, mobiliteit en energie."),
    ("W", "subsidie"): ("Subsidie aanvragen", "subsidie", "Met subsidie helpen wij inwoners en organisaties die water vasthouden of de waterkwaliteit verbeteren."),
    ("P", "bezwaar"): ("Bezwaar en beroep", "bezwaar-en-beroep", "Bent u het niet eens met een besluit van Gedeputeerde Staten? Dien dan een bezwaarschrift in."),
    ("W", "bezwaar"): ("Bezwaar tegen een besluit", "bezwaar", "Bent u het niet eens met een besluit van het waterschap? Dan kunt u bezwaar maken."),
    ("P", "evenementenvergunning"): ("Evenement op of langs een provinciale weg", "evenement-provinciale-weg", "Organiseert u een wedstrijd of evenement op een provinciale weg? Daarvoor is toestemming van de provincie nodig."),
    ("P", "geluidsontheffing"): ("Ontheffing stiltegebied", "ontheffing-stiltegebied", "In stiltegebieden gelden regels voor geluid. Voor een activiteit met veel geluid vraagt u een ontheffing aan."),
    ("P", "uitwegvergunning"): ("Uitweg of inrit op een provinciale weg", "uitweg-provinciale-weg", "Wilt u een uitweg of inrit aanleggen naar een provinciale weg? Daarvoor heeft u toestemming nodig."),
    ("P", "watervergunning"): ("Grondwater onttrekken en bodemenergie", "grondwater-bodemenergie", "Voor grote grondwateronttrekkingen en open bodemenergiesystemen is de provincie bevoegd."),
    ("W", "wegvergunning-provinciaal"): ("Werken op of langs een weg of vaarweg van het waterschap", "werken-weg-vaarweg", "Gaat u werken op of langs een weg of vaarweg die wij beheren? Vraag toestemming aan."),
    ("W", "schadevergoeding-provincie"): ("Schadevergoeding (nadeelcompensatie)", "nadeelcompensatie", "Lijdt u schade door werkzaamheden of besluiten van het waterschap? Vraag nadeelcompensatie aan."),
    ("W", "melding-openbare-ruimte"): ("Melding doen van een probleem", "probleem-melden", "Ziet u een kapotte stuw, een dood dier, olie op het water of wateroverlast? Meld het ons."),
    ("W", "belastingkwijtschelding"): ("Kwijtschelding waterschapsbelasting", "kwijtschelding", "Kunt u de waterschapsbelasting niet betalen? Vraag dan kwijtschelding aan."),
    ("W", "belastingaanslag-bezwaar"): ("Bezwaar maken tegen de aanslag waterschapsbelasting", "bezwaar-aanslag", "Bent u het niet eens met de aanslag waterschapsbelasting? Maak dan binnen 6 weken bezwaar."),
    ("W", "betalingsregeling"): ("Betalingsregeling waterschapsbelasting", "betalingsregeling", "Betaal de aanslag waterschapsbelasting in termijnen of vraag uitstel van betaling."),
}

LEVEL = {"docx": 33, "rtf": 33, "none": 0, "letter": 0, "email": 0, "phone": 0, "pdf": 33, "form": 67, "digid": 100, "eh": 100, "digid_eh": 100, "ol": 100, "bij12": 100}


def S(kind, traps="", via=None, prefill=False, note="", status="ok", own=False):
    return dict(kind=kind, traps=traps.split(), via=via, prefill=prefill, note=note, status=status, own=own)


NF = lambda note="": S("", status="not_found", note=note)
NO = lambda note="": S("", status="not_offered", note=note)

# municipal defaults
G_DEFAULT = {
    "brp-uittreksel": S("digid", "appointment_digid payment_page"),
    "verhuismelding": S("digid", "status_tracker", prefill=True, note="Na inloggen staan uw gegevens al ingevuld"),
    "geboorteaangifte": S("none", "appointment_digid direct_regelen"),
    "overlijdensaangifte": S("none", "direct_regelen contact_form"),
    "huwelijksaangifte": S("digid", "appointment_digid"),
    "paspoort": S("none", "appointment_digid status_tracker payment_page callback_form"),
    "identiteitskaart": S("none", "appointment_digid status_tracker"),
    "parkeervergunning": S("digid", "tariff_pdf"),
    "gehandicaptenparkeerkaart": S("pdf", "direct_regelen status_tracker"),
    "gehandicaptenparkeerplaats": S("pdf", "change_cancel_digid regulation_pdf"),
    "hondenbelasting": S("digid", "tariff_pdf"),
    "belastingkwijtschelding": S("digid", "payment_page"),
    "woz-bezwaar": S("digid", "regulation_pdf woz_waardeloket"),
    "bijstand": S("digid", "contact_form"),
    "bijzondere-bijstand": S("digid", "contact_form"),
    "wmo-voorziening": S("form", "complaint_form status_tracker appointment_digid"),
    "leerlingenvervoer": S("digid", "regulation_pdf"),
    "grofvuil": S("form", "payment_page"),
    "afvalcontainer": S("form", "tariff_pdf direct_regelen"),
    "melding-openbare-ruimte": S("form", "status_tracker calamity_melding"),
    "omgevingsvergunning": S("ol", "vergunningcheck tariff_pdf", via=OL, prefill=True),
    "kapvergunning": S("ol", "vergunningcheck news_form_mention", via=OL, prefill=True),
    "bouwdossier-inzage": S("form", "appointment_digid payment_page"),
    "bezwaar": S("digid", "complaint_form"),
    "klacht": S("form", "contact_form"),
    "woo-verzoek": S("form", "regulation_pdf mailto"),
    "subsidie": S("eh", "news_form_mention"),
    "evenementenvergunning": S("eh", "sibling_form"),
    "exploitatievergunning-horeca": S("pdf", "eh_login direct_regelen"),
    "alcoholvergunning": S("pdf", "change_cancel_digid tariff_pdf"),
    "terrasvergunning": S("pdf", "tariff_pdf omgevingsloket_login"),
    "standplaatsvergunning": S("pdf", "payment_page"),
    "marktvergunning": S("none", "regulation_pdf contact_form callback_form"),
    "reclamebelasting": S("none", "mijn_tax_login tariff_pdf"),
    "geluidsontheffing": S("pdf", "sibling_form"),
    "winkeltijdenontheffing": S("letter", "not_yet_online_text"),
    "kansspelautomaatvergunning": S("pdf", "payment_page eh_login"),
    "collectevergunning": S("none", "contact_form"),
    "ligplaatsvergunning": S("pdf", "tariff_pdf"),
    "uitwegvergunning": S("digid_eh", "vergunningcheck"),
    "belastingaanslag-bezwaar": S("digid", "status_tracker mijnoverheid_login"),
    "betalingsregeling": S("form", "payment_page"),
}
G_OVERRIDE = {
    "GM0153": {  # Enschede: own taxes, Twente Milieu waste
        "grofvuil": S("form", "payment_page chat_app", via="www.twentemilieu.test", note="Twente Milieu grofvuil-afspraak (anoniem formulier)"),
        "afvalcontainer": S("form", "tariff_pdf", via="www.twentemilieu.test"),
        "ligplaatsvergunning": NF("Enschede heeft geen ligplaatsen; geen pagina"),
        "wmo-voorziening": S("digid", "status_tracker complaint_form"),
        "collectevergunning": S("form", "contact_form news_form_mention"),
        "woo-verzoek": S("digid_eh", "mailto regulation_pdf"),
        "winkeltijdenontheffing": NO("Enschede: winkels mogen zelf hun openingstijden kiezen; geen ontheffing nodig"),
        "subsidie": S("pdf", "subsidy_portal_eh news_form_mention", note="Subsidieportaal eHerkenning is voor de (gesloten) regeling Duurzaamheid; deze subsidie alleen via pdf"),
    },
    "GM0606": {  # Schiedam: Stroomopwaarts, Irado, parkeerservice
        "bijstand": S("digid", "contact_form appointment_digid", via="www.stroomopwaarts.test"),
        "bijzondere-bijstand": S("pdf", "mijn_social_login direct_regelen", via="www.stroomopwaarts.test", note="Alleen formulier (pdf) bij Stroomopwaarts; Mijn Stroomopwaarts is voor de uitkering"),
        "grofvuil": S("form", "payment_page", via="www.irado.test"),
        "afvalcontainer": S("form", "tariff_pdf direct_regelen", via="www.irado.test"),
        "parkeervergunning": S("digid", "tariff_pdf", via="schiedam.parkeerservice.test"),
        "gehandicaptenparkeerkaart": S("pdf", "direct_regelen change_cancel_digid"),
        "reclamebelasting": NO("Schiedam heft geen reclamebelasting"),
        "ligplaatsvergunning": S("pdf", "tariff_pdf change_cancel_digid"),
        "huwelijksaangifte": S("none", "appointment_digid direct_regelen", note="Alleen op afspraak in het Stadskantoor"),
        "terrasvergunning": S("form", "omgevingsloket_login tariff_pdf"),
        "geluidsontheffing": S("docx", "sibling_form regulation_pdf"),
        "belastingkwijtschelding": S("pdf", "mijn_tax_login payment_page"),
    },
    "GM0988": {  # Weert: BsGW for taxes
        "hondenbelasting": S("digid", "tariff_pdf", via="www.bsgw.test"),
        "belastingkwijtschelding": S("digid", "payment_page", via="www.bsgw.test", prefill=True),
        "woz-bezwaar": S("digid", "regulation_pdf", via="www.bsgw.test"),
        "belastingaanslag-bezwaar": S("digid", "status_tracker", via="www.bsgw.test"),
        "betalingsregeling": S("digid", "payment_page", via="www.bsgw.test"),
        "reclamebelasting": S("none", "mijn_tax_login tariff_pdf", via=None, note="Aanslag via BsGW, geen aanvraag"),
        "ligplaatsvergunning": NO("Weert geeft geen ligplaatsvergunningen af"),
        "subsidie": S("pdf", "subsidy_portal_eh", note="Subsidieloket met eHerkenning alleen voor gesloten regeling"),
        "kapvergunning": S("pdf", "omgevingsloket_login vergunningcheck", note="Weert: kapmelding/-vergunning voor bomen op de waardevolle bomenlijst via eigen formulier (pdf); Omgevingsloket niet"),
        "marktvergunning": S("pdf", "regulation_pdf"),
        "alcoholvergunning": S("docx", "change_cancel_digid eh_login"),
        "wmo-voorziening": S("phone", "complaint_form appointment_digid status_tracker", note="Alleen telefonisch via Wmo-loket"),
    },
    "GM0171": {  # Noordoostpolder
        "parkeervergunning": NO("In Noordoostpolder geldt een blauwe zone; geen parkeervergunningen"),
        "hondenbelasting": NO("Noordoostpolder heft geen hondenbelasting"),
        "ligplaatsvergunning": S("pdf", "regulation_pdf"),
        "bouwdossier-inzage": S("email", "appointment_digid payment_page mailto"),
        "subsidie": S("none", "subsidy_portal_eh news_form_mention", note="Subsidieregelingen gesloten; aanvraag pas weer in het najaar"),
        "collectevergunning": NF(),
        "winkeltijdenontheffing": S("pdf", "not_yet_online_text"),
        "evenementenvergunning": S("digid_eh", "sibling_form tariff_pdf"),
        "geluidsontheffing": S("form", "sibling_form"),
        "uitwegvergunning": S("ol", "vergunningcheck", via=OL, prefill=True),
        "gehandicaptenparkeerkaart": S("none", "order_paper_form status_tracker", note="Aanvraagformulier alleen op papier: online bestelt u het papieren formulier"),
        "standplaatsvergunning": S("rtf", "payment_page eh_login"),
    },
}
P_SPEC = {
    "PV23": {
        "omgevingsvergunning": S("ol", "vergunningcheck regulation_pdf", via=OL, prefill=True),
        "bezwaar": S("digid_eh", "complaint_form"),
        "klacht": S("form", "contact_form"),
        "woo-verzoek": S("form", "mailto"),
        "subsidie": S("eh", "news_form_mention"),
        "evenementenvergunning": S("pdf", "omgevingsloket_login sibling_form"),
        "geluidsontheffing": S("form", "calamity_melding"),
        "uitwegvergunning": S("digid_eh", "vergunningcheck"),
        "beschermde-dieren-ontheffing": S("ol", "vergunningcheck regulation_pdf", via=OL, prefill=True),
        "natuurvergunning": S("ol", "news_form_mention", via=OL, prefill=True),
        "ontgrondingsvergunning": S("ol", "vergunningcheck tariff_pdf", via=OL, prefill=True),
        "tijdelijk-luchtvaartterrein": S("pdf", "omgevingsloket_login payment_page eh_login"),
        "wegvergunning-provinciaal": S("form", "calamity_melding omgevingsloket_login"),
        "vuurwerk-ontbranding": S("pdf", "change_cancel_digid news_form_mention"),
        "schadevergoeding-provincie": S("bij12", "contact_form", via=BIJ12, note="Faunaschade via BIJ12 (Mijn Faunaschade, DigiD/eHerkenning)"),
        "watervergunning": S("ol", "regulation_pdf", via=OL, prefill=True),
    },
    "PV29": {
        "omgevingsvergunning": S("ol", "vergunningcheck", via=OL, prefill=True),
        "bezwaar": S("letter", "complaint_form objection_digid"),
        "klacht": S("form", "contact_form"),
        "woo-verzoek": S("email", "mailto contact_form"),
        "subsidie": S("eh", "subsidy_portal_eh news_form_mention", note="Subsidieportaal met eHerkenning is de echte route"),
        "evenementenvergunning": NO("Voor evenementen gaat u naar uw gemeente"),
        "geluidsontheffing": S("docx", "eh_login change_cancel_digid"),
        "uitwegvergunning": S("pdf", "omgevingsloket_login vergunningcheck"),
        "beschermde-dieren-ontheffing": S("ol", "regulation_pdf", via=OL, prefill=True),
        "natuurvergunning": S("ol", "vergunningcheck news_form_mention", via=OL, prefill=True),
        "ontgrondingsvergunning": S("ol", "tariff_pdf", via=OL, prefill=True),
        "tijdelijk-luchtvaartterrein": S("email", "omgevingsloket_login mailto payment_page"),
        "wegvergunning-provinciaal": S("digid_eh", "calamity_melding"),
        "vuurwerk-ontbranding": S("pdf", "eh_login sibling_form", via="www.rud-zeeland.test", note="RUD Zeeland voert uit; pdf-formulier"),
        "schadevergoeding-provincie": S("letter", "calamity_melding contact_form callback_form"),
        "watervergunning": NF(),
    },
}
W_SPEC = {
    "WS0616": {  # Rijnland, own tax host
        "belastingkwijtschelding": S("digid", "payment_page", via="belastingen.rijnland.test", own=True, prefill=True, note="Eigen belastingsite van Rijnland"),
        "melding-openbare-ruimte": S("form", "status_tracker"),
        "omgevingsvergunning": S("ol", "vergunningcheck regulation_pdf", via=OL, prefill=True),
        "bezwaar": S("digid_eh", "complaint_form objection_digid"),
        "klacht": S("form", "contact_form"),
        "woo-verzoek": S("form", "mailto"),
        "subsidie": S("digid_eh", "news_form_mention"),
        "wegvergunning-provinciaal": S("pdf", "omgevingsloket_login calamity_melding", note="Nautische vergunning vaarwegen (pdf)"),
        "schadevergoeding-provincie": S("letter", "contact_form complaint_form"),
        "watervergunning": S("ol", "vergunningcheck regulation_pdf", via=OL, prefill=True),
        "watermelding": S("ol", "calamity_melding", via=OL, prefill=True),
        "zuiveringsheffing": S("eh", "tariff_pdf", via="belastingen.rijnland.test", own=True, note="Aangifte zuiveringsheffing met eHerkenning"),
        "watersysteemheffing": S("none", "mijn_tax_login tariff_pdf payment_page"),
        "belastingaanslag-bezwaar": S("digid", "status_tracker", via="belastingen.rijnland.test", own=True),
        "betalingsregeling": S("digid", "payment_page", via="belastingen.rijnland.test", own=True),
        "bedrijfsafvalwater-melding": S("ol", "vergunningcheck", via=OL, prefill=True),
    },
    "WS0621": {  # Rivierenland, BSR
        "belastingkwijtschelding": S("pdf", "mijn_tax_login payment_page", via="www.belastingsamenwerkingrivierenland.test"),
        "melding-openbare-ruimte": S("form", "calamity_app"),
        "omgevingsvergunning": NF("Geen aparte pagina; zie watervergunning"),
        "bezwaar": S("letter", "objection_digid complaint_form"),
        "klacht": S("form", "contact_form"),
        "woo-verzoek": S("docx", "mailto contact_form"),
        "subsidie": S("none", "subsidy_portal_eh news_form_mention", note="Regeling gesloten; subsidieportaal alleen voor lopende aanvragen"),
        "wegvergunning-provinciaal": S("digid_eh", "calamity_melding"),
        "schadevergoeding-provincie": S("form", "contact_form"),
        "watervergunning": S("ol", "vergunningcheck", via=OL, prefill=True),
        "watermelding": S("form", "omgevingsloket_login calamity_melding"),
        "zuiveringsheffing": S("pdf", "mijn_tax_login", via="www.belastingsamenwerkingrivierenland.test"),
        "watersysteemheffing": S("none", "mijn_tax_login tariff_pdf mijnoverheid_login"),
        "belastingaanslag-bezwaar": S("pdf", "mijn_tax_login status_tracker", via="www.belastingsamenwerkingrivierenland.test"),
        "betalingsregeling": S("phone", "payment_page mijn_tax_login", via="www.belastingsamenwerkingrivierenland.test"),
        "bedrijfsafvalwater-melding": S("pdf", "omgevingsloket_login vergunningcheck"),
    },
    "WS0665": {  # Limburg, BsGW
        "belastingkwijtschelding": S("digid", "payment_page", via="www.bsgw.test", prefill=True),
        "melding-openbare-ruimte": S("form", "status_tracker"),
        "omgevingsvergunning": S("ol", "vergunningcheck", via=OL, prefill=True),
        "bezwaar": S("form", "objection_digid"),
        "klacht": S("email", "contact_form mailto"),
        "woo-verzoek": S("form", "regulation_pdf"),
        "subsidie": S("form", "subsidy_portal_eh"),
        "wegvergunning-provinciaal": NF(),
        "schadevergoeding-provincie": S("pdf", "contact_form regulation_pdf"),
        "watervergunning": S("ol", "regulation_pdf", via=OL, prefill=True),
        "watermelding": S("pdf", "vergunningcheck calamity_melding status_tracker"),
        "zuiveringsheffing": S("eh", "tariff_pdf", via="www.bsgw.test"),
        "watersysteemheffing": S("none", "mijn_tax_login payment_page"),
        "belastingaanslag-bezwaar": S("digid", "status_tracker", via="www.bsgw.test"),
        "betalingsregeling": S("digid", "payment_page", via="www.bsgw.test"),
        "bedrijfsafvalwater-melding": S("ol", "tariff_pdf", via=OL, prefill=True),
    },
    "WS0650": {  # Zuiderzeeland, GBLT
        "belastingkwijtschelding": S("digid", "payment_page", via="www.gblt.test", prefill=True),
        "melding-openbare-ruimte": S("phone", "contact_form calamity_app", note="Alleen telefonisch 24/7"),
        "omgevingsvergunning": NF(),
        "bezwaar": S("letter", "objection_digid contact_form"),
        "klacht": S("form", "contact_form"),
        "woo-verzoek": S("email", "mailto contact_form"),
        "subsidie": NO("Zuiderzeeland verstrekt geen subsidies aan particulieren of bedrijven"),
        "wegvergunning-provinciaal": NO("Zuiderzeeland beheert geen wegen of vaarwegen; ga naar de provincie Flevoland of de gemeente"),
        "schadevergoeding-provincie": S("letter", "calamity_melding contact_form"),
        "watervergunning": S("ol", "vergunningcheck", via=OL, prefill=True),
        "watermelding": S("ol", "calamity_melding", via=OL, prefill=True),
        "zuiveringsheffing": S("none", "mijn_tax_login tariff_pdf", via="www.gblt.test"),
        "watersysteemheffing": S("none", "mijn_tax_login payment_page"),
        "belastingaanslag-bezwaar": S("digid", "status_tracker", via="www.gblt.test"),
        "betalingsregeling": S("digid", "payment_page", via="www.gblt.test"),
        "bedrijfsafvalwater-melding": S("form", "omgevingsloket_login regulation_pdf"),
    },
}
ORG_TAX = {"GM0988": "bsgw", "WS0665": "bsgw", "WS0650": "gblt", "WS0621": "bsr", "WS0616": "rijnlandbel"}


# --------------------------------------------------------------------------------------
class Web:
    def __init__(self):
        self.files = {}
        self.redirects = []
        self.login_starts = {}

    def put(self, url, content):
        assert url.startswith("http://"), url
        host, _, path = url[7:].partition("/")
        path = "/" + path
        if path.endswith("/"):
            path += "index.html"
        key = (host, path)
        if key in self.files and self.files[key] != content:
            raise ValueError("conflict " + url)
        self.files[key] = content

    def has(self, url):
        host, _, path = url[7:].partition("/")
        path = "/" + path
        if path.endswith("/"):
            path += "index.html"
        return (host, path) in self.files

    def login(self, host, slug, idp="digid"):
        url = "http://%s/auth/%s/%s/start" % (host, slug, idp)
        if url not in self.login_starts:
            target = DIGID if idp == "digid" else EH
            loc = "http://%s/inloggen?service=%s&amp;zaak=%s" % (target, host, slug)
            self.login_starts[url] = loc.replace("&amp;", "&")
            self.redirects.append({"url": url, "status": 302, "location": self.login_starts[url]})
        return url


def make_pdf(lines):
    text = "BT /F1 11 Tf 50 780 Td 14 TL " + " ".join(
        "(%s) Tj T*" % l.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") for l in lines) + " ET"
    text = text.encode("latin-1", "replace")
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
            b"<< /Length %d >>\nstream\n" % len(text) + text + b"\nendstream",
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    out = b"%PDF-1.4\n"
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    x = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for o in offs:
        out += b"%010d 00000 n \n" % o
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, x)
    return out


def make_rtf(title, org):
    return ("{\\rtf1\\ansi\\deff0 {\\fonttbl {\\f0 Arial;}}\\f0\\fs22 {\\b Aanvraagformulier %s}\\par %s\\par "
            "Naam: ____________________\\par Adres: ____________________\\par Handtekening: ____________\\par}\n" % (title, org)).encode("cp1252", "replace")


def make_docx(title, org):
    import io
    import zipfile
    buf = io.BytesIO()
    files = {
        "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                               '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
                               '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
        "_rels/.rels": '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                       '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
        "word/document.xml": '<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>' +
                             "".join("<w:p><w:r><w:t>%s</w:t></w:r></w:p>" % E(t) for t in ("Aanvraagformulier " + title, org, "Naam:", "Adres:", "Handtekening:")) +
                             "</w:body></w:document>",
    }
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for n in sorted(files):
            zi = zipfile.ZipInfo(n, date_time=(2024, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, files[n])
    return buf.getvalue()


def doc(title, body, lang="nl", head_extra=""):
    return ("<!DOCTYPE html>\n<html lang=\"%s\">\n<head>\n<meta charset=\"utf-8\">\n<title>%s</title>\n"
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n%s</head>\n<body>\n%s\n</body>\n</html>\n"
            % (lang, E(title), head_extra, body))


def simple_page(title, body):
    return doc(title, "<main>\n<h1>%s</h1>\n%s\n</main>" % (E(title), body))


# --------------------------------------------------------------------------------------
class Site:
    """One organisation's site(s)."""
    light = False

    def __init__(self, web, org):
        self.web = web
        self.o = org
        self.h = org["host"]
        self.base = "http://" + self.h
        self.pages = []  # (url, title, text) for search/sitemap
        self.product_pages = {}
        sub = self.h.split(".", 1)[1]
        self.sub = sub  # e.g. enschede.test
        fp = org["forms"]
        self.formhost = {"openforms": "formulieren." + sub, "tripleforms": "formulieren." + sub,
                         "iform": "zaken." + sub, "gravity": "mijn." + sub,
                         "formdesk": "fd4.formdesk.test"}[fp]
        self.mijnhost = "mijn." + sub
        self.fdorg = org["short"].lower().replace(" ", "")

    # ---- URL schemes
    def product_url(self, key, title, slug):
        cms = self.o["cms"]
        o = self.o
        if cms == "slug":
            return self.base + "/" + slug
        if cms == "productid":
            pid = 1000 + sorted(T).index(key) * 7
            sect = "ondernemen_4" if self.audience.get(key) == "ondernemer" else "inwoners_3"
            return self.base + "/%s/product/%s_%d.html" % (sect, slug, pid)
        if cms == "pdcloket":
            return "http://loket.%s/producten/%s" % (self.sub, slug)
        if cms == "owc":
            return self.base + "/onderwerp/%s/" % slug
        if cms == "nlds":
            return self.base + "/loket/%s/%s" % ("subsidies" if key == "subsidie" else "vergunningen-en-ontheffingen" if key not in ("bezwaar", "klacht", "woo-verzoek") else "contact-en-procedures", slug)
        if cms == "nlds2":
            return self.base + "/digitaal-loket/%s" % slug
        if cms == "wpwater":
            return self.base + o["prefix"] + slug + "/"
        raise ValueError(cms)

    # ---- form platforms
    def form_url(self, slug, title):
        """An anonymous online form; returns URL (creates the page)."""
        fp = self.o["forms"]
        if fp == "openforms":
            url = "http://%s/%s" % (self.formhost, slug)
            api = "http://%s/api/v2/forms/%s.json" % (self.formhost, slug)
            body = ('<div id="openforms-root" data-api-url="%s" data-form-id="%s">'
                    '<noscript>Schakel JavaScript in om dit formulier te gebruiken.</noscript></div>\n'
                    '<script>\n(function(){var r=document.getElementById("openforms-root");\n'
                    'var f=document.createElement("form");f.method="post";f.action="/verzenden/%s";\n'
                    'f.innerHTML="<label>Naam<input name=naam></label><label>E-mailadres<input name=email type=email></label><label>Toelichting<textarea name=tekst></textarea></label><button type=submit>Versturen</button>";\n'
                    'r.appendChild(f);})();\n</script>' % (api, slug, slug))
            self.web.put(api, json.dumps({"slug": slug, "name": title, "loginRequired": False, "steps": 2}, ensure_ascii=False))
            self.web.put("http://%s/verzenden/%s" % (self.formhost, slug), simple_page("Bedankt", "<p>Uw formulier is verzonden.</p>"))
            self.web.put(url, doc(title + " - Formulieren " + self.o["short"], "<main><h1>%s</h1>%s</main>" % (E(title), body)))
            return url
        if fp == "tripleforms":
            url = "http://%s/TriplEforms/DirectRegelen/%s.aspx" % (self.formhost, slug.replace("-", "_"))
            nxt = url.replace(".aspx", "_stap2.aspx")
            body = ('<form method="post" action="%s" id="aspnetForm"><input type="hidden" name="__VIEWSTATE" value="dDwtMTA4NzM3">'
                    '<fieldset><legend>Stap 1 van 3: Uw gegevens</legend><label>Naam <input name="ctl00$naam"></label>'
                    '<label>Telefoonnummer <input name="ctl00$tel"></label><label>Omschrijving <textarea name="ctl00$oms"></textarea></label></fieldset>'
                    '<input type="submit" value="Volgende"></form>' % nxt)
            self.web.put(nxt, simple_page(title + " - stap 2", "<p>Controleer uw gegevens en verstuur.</p><form method=\"post\" action=\"%s\"><input type=\"submit\" value=\"Versturen\"></form>" % nxt))
            self.web.put(url, doc(title + " | TriplEforms", "<main><h1>%s</h1>%s</main>" % (E(title), body)))
            return url
        if fp == "iform":
            url = "http://%s/pls/iform/%s" % (self.formhost, slug.replace("-", "_"))
            body = ('<form method="post" action="%s_verzend"><p>Velden met * zijn verplicht.</p><label>Naam* <input name="naam"></label>'
                    '<label>Adres <input name="adres"></label><label>Toelichting <textarea name="toelichting"></textarea></label>'
                    '<button type="submit">Verzenden</button></form>' % url)
            self.web.put(url + "_verzend", simple_page("Verzonden", "<p>Bedankt voor uw aanvraag.</p>"))
            self.web.put(url, doc(title + " - iForm", "<main><h1>%s</h1>%s</main>" % (E(title), body)))
            return url
        if fp == "gravity":
            url = "http://%s/formulier/%s/" % (self.formhost, slug)
            body = ('<div class="gform_wrapper"><form method="post" enctype="multipart/form-data" id="gform_%d" action="/formulier/%s/">'
                    '<div class="gform_body"><label>Naam <input name="input_1"></label><label>E-mail <input name="input_2"></label>'
                    '<label>Uw bericht <textarea name="input_3"></textarea></label></div>'
                    '<div class="gform_footer"><input type="submit" value="Verzenden" class="gform_button"></div></form></div>'
                    % (len(slug), slug))
            self.web.put(url, doc(title + " - " + self.o["short"], "<main><h1>%s</h1>%s</main>" % (E(title), body)))
            return url
        if fp == "formdesk":
            url = "http://fd4.formdesk.test/%s/%s" % (self.fdorg, slug)
            body = ('<form method="post" action="/%s/%s"><table class="fd-form"><tr><td>Naam</td><td><input name="naam"></td></tr>'
                    '<tr><td>E-mail</td><td><input name="email"></td></tr><tr><td>Toelichting</td><td><textarea name="toel"></textarea></td></tr></table>'
                    '<input type="submit" value="Verzenden"></form><p class="fd-powered">Powered by Formdesk</p>' % (self.fdorg, slug))
            self.web.put(url, doc(title + " - Formdesk", "<main><h1>%s</h1>%s</main>" % (E(title), body)))
            return url
        raise ValueError(fp)

    def auth_form(self, slug, title, idp="digid", host=None):
        """A form behind DigiD/eHerkenning: landing page + login start; returns (landing, start)."""
        host = host or self.formhost
        start = self.web.login(host, slug, idp)
        landing = "http://%s/aanvraag/%s/" % (host, slug)
        return landing, start

    def pdf(self, name, title, lines=None):
        url = self.base + "/documenten/%s.pdf" % name
        self.web.put(url, make_pdf([title, self.o["name"]] + (lines or [
            "Naam: ........................................", "Adres: .......................................",
            "Handtekening: ................................", "Stuur dit formulier naar: Postbus, t.a.v. Team Vergunningen"])))
        return url

    # ---- chrome
    def header(self):
        o = self.o
        nav = {"G": ["Inwoners", "Ondernemers", "Bestuur", "Over " + o["short"]],
               "P": ["Loket", "Onderwerpen", "Bestuur", "Nieuws"],
               "W": ["Wat doen we", "Regelen", "Belastingen", "Nieuws"]}[o["letter"]]
        b = self.base
        h = ['<header class="site-header"><a class="logo" href="%s/"><img src="%s/assets/logo.svg" alt="Logo %s"></a>' % (b, b, E(o["name"])),
             '<nav class="mega-menu"><ul>' + "".join('<li><a href="%s/a-z">%s</a></li>' % (b, E(n)) for n in nav) + "</ul></nav>",
             '<form class="site-search" role="search" action="%s/zoeken" method="get"><label for="zk">Zoeken</label>'
             '<input id="zk" name="%s" type="search"><button type="submit">Zoek</button></form>' % (b, o["search"])]
        if "header_login" in o["chrome"]:
            lbl = {"G": "Mijn " + o["short"], "P": "Mijn " + o["short"], "W": "Mijn " + o["short"].replace("Waterschap ", "")}[o["letter"]]
            h.append('<a class="btn-login" href="http://%s/">%s - Inloggen met DigiD</a>' % (self.mijnhost, E(lbl)))
        h.append("</header>")
        if o["consent"]:
            h.insert(0, '<div id="cookie-consent" class="consent-wall" role="dialog" aria-modal="true"><p>Wij gebruiken cookies om de website te verbeteren. '
                     'Lees meer in onze <a href="%s/cookieverklaring">cookieverklaring</a>.</p>' % self.base + ''
                     '<button onclick="document.getElementById(\'cookie-consent\').remove()">Alle cookies accepteren</button>'
                     '<button onclick="document.getElementById(\'cookie-consent\').remove()">Alleen noodzakelijke cookies</button></div>')
        return "\n".join(h)

    def footer(self):
        o = self.o
        b = self.base
        f = ['<footer class="site-footer"><div class="contact"><h2>Contact</h2><p>Telefoon %s (ma-vr 8.30-17.00)</p>'
             '<p><a href="%s/contact">Contact opnemen</a> | <a href="%s/a-z">Producten en diensten A-Z</a> | <a href="%s/privacy">Privacyverklaring</a> | '
             '<a href="%s/cookieverklaring">Cookies</a> | <a href="%s/toegankelijkheid">Toegankelijkheid</a></p></div>' % (E(o["phone"]), b, b, b, b, b)]
        if "newsletter_form" in o["chrome"]:
            f.append('<form class="newsletter" method="post" action="' + b + '/nieuwsbrief/aanmelden"><h2>Nieuwsbrief</h2>'
                     '<label>E-mailadres <input type="email" name="email"></label><button type="submit">Aanmelden</button></form>')
        if "footer_digid_logo" in o["chrome"]:
            f.append('<div class="footer-logos"><a href="http://%s/"><img src="%s/assets/img/digid-logo.svg" alt="DigiD"></a> '
                     '<span>Veel zaken regelt u online met DigiD of eHerkenning.</span></div>' % (DIGID, b))
        f.append("</footer>")
        if "chat_widget" in o["chrome"]:
            f.append('<div id="chat-widget" data-chat-url="http://chat.webcare-sim.test/%s/sessie"></div>\n'
                     '<script src="http://chat.webcare-sim.test/widget.js" data-org="%s" async></script>' % (self.fdorg, self.fdorg))
        return "\n".join(f)

    def page(self, url, title, main, crumbs=None, index=True, text=""):
        o = self.o
        bc = ""
        if crumbs:
            bc = '<nav class="breadcrumb" aria-label="Kruimelpad"><a href="%s/">Home</a> &gt; %s</nav>' % (self.base, " &gt; ".join(E(c) for c in crumbs))
        body = "%s\n%s\n<main id=\"content\">\n%s\n</main>\n%s" % (self.header(), bc, main, self.footer())
        self.web.put(url, doc("%s | %s" % (title, o["name"]), body))
        if index:
            self.pages.append((url, title, text or title))

    def commons(self):
        """Shared pages of the site (home, contact, A-Z, ...)."""
        o, w = self.o, self.web
        ph = lambda p, t, b: self.page(self.base + p, t, "<h1>%s</h1>\n%s" % (E(t), b), index=False)
        ph("/cookieverklaring", "Cookieverklaring", "<p>Wij plaatsen functionele en analytische cookies (Matomo, geanonimiseerd).</p>")
        ph("/privacy", "Privacyverklaring", "<p>Wij gaan zorgvuldig om met uw persoonsgegevens (AVG).</p>")
        ph("/toegankelijkheid", "Toegankelijkheid", "<p>Wij streven naar WCAG 2.1 niveau AA.</p>")
        cf = self.form_url("contactformulier", "Contactformulier")
        ph("/contact", "Contact", "<p>Bel %s of stel uw vraag via het <a href=\"%s\">contactformulier</a>. Wij reageren binnen 5 werkdagen.</p>" % (E(o["phone"]), cf))
        self.contact_form = cf
        self.complaint_form = self.form_url("klachtformulier", "Klachtformulier")
        ph("/nieuwsbrief/aanmelden", "Aanmelden nieuwsbrief", "<p>Bedankt. U ontvangt een bevestiging per e-mail.</p>")
        w.put(self.base + "/assets/logo.svg", '<svg xmlns="http://www.w3.org/2000/svg" width="120" height="40"><text x="0" y="20">%s</text></svg>' % E(o["short"]))
        w.put(self.base + "/assets/img/digid-logo.svg", '<svg xmlns="http://www.w3.org/2000/svg" width="40" height="40"><rect width="40" height="40" fill="#000"/><text x="4" y="26" fill="#fff">DigiD</text></svg>')
        # Mijn portal
        start = w.login(self.mijnhost, "mijn-omgeving", "digid")
        w.put("http://%s/" % self.mijnhost, doc("Mijn %s" % o["short"], '<main><h1>Mijn %s</h1><p>In uw persoonlijke omgeving ziet u uw lopende zaken, berichten en aanslagen.</p>'
                                               '<a class="btn" href="%s">Inloggen met DigiD</a> <a href="%s">Inloggen met eHerkenning</a></main>'
                                               % (E(o["short"]), start, w.login(self.mijnhost, "mijn-omgeving", "eherkenning"))))
        self.news = None
        if self.light:
            self.payment = self.base + "/betalen/"
            ph("/betalen/", "Online betalen", '<p>Betaal uw aanslag met iDEAL.</p><form method="post" action="/betalen/ideal"><label>Aanslagnummer <input name="aanslag"></label><button>Betalen met iDEAL</button></form>')
            ph("/betalen/ideal", "Betaling gestart", "<p>U wordt doorgestuurd naar uw bank.</p>")
            return self
        self.status_start = w.login(self.mijnhost, "lopende-zaken", "digid")
        self.appointment = None
        if o["letter"] != "G":
            return self.commons2()
        # appointment system (JCC-like) with its own DigiD login
        ah = "afspraak." + self.sub
        self.appointment = "http://%s/" % ah
        w.put(self.appointment, doc("Afspraak maken - %s" % o["short"],
                                    '<main><h1>Afspraak maken</h1><form method="get" action="/kalender"><label>Product <select name="product"><option>Paspoort</option><option>ID-kaart</option><option>Rijbewijs</option><option>Huwelijk</option></select></label>'
                                    '<button type="submit">Kies datum en tijd</button></form><p>Sneller? <a href="%s">Log in met DigiD</a>, dan vullen wij uw gegevens in.</p></main>'
                                    % w.login(ah, "afspraak", "digid")))
        w.put("http://%s/kalender" % ah, simple_page("Kies een datum", "<p>Beschikbare tijden: di 10:15, wo 14:30.</p><form method=\"post\" action=\"/bevestigen\"><input name=\"naam\"><button>Bevestigen</button></form>"))
        w.put("http://%s/bevestigen" % ah, simple_page("Afspraak bevestigd", "<p>U ontvangt een bevestiging per e-mail.</p>"))
        return self.commons2()

    def commons2(self):
        o, w = self.o, self.web
        ph = lambda p, t, b: self.page(self.base + p, t, "<h1>%s</h1>\n%s" % (E(t), b), index=False)
        # payment page
        self.payment = self.base + "/betalen/"
        ph("/betalen/", "Online betalen", '<p>Betaal een factuur of nota met iDEAL.</p><form method="post" action="/betalen/ideal"><label>Factuurnummer <input name="factuur"></label><label>Bedrag <input name="bedrag"></label><button>Betalen met iDEAL</button></form>')
        ph("/betalen/ideal", "Betaling gestart", "<p>U wordt doorgestuurd naar uw bank.</p>")
        # calamity report (a melding of a different kind)
        self.calamity = self.form_url("melding-calamiteit", {"G": "Melding overlast of onveilige situatie", "P": "Melding incident op provinciale weg of vaarweg", "W": "Calamiteit of waterverontreiniging melden"}[o["letter"]])
        # regulation and tariff pdfs
        self.reg_pdf = self.pdf({"G": "apv-2024", "P": "omgevingsverordening-2024", "W": "waterschapsverordening-2024"}[o["letter"]],
                                {"G": "Algemene Plaatselijke Verordening 2024", "P": "Omgevingsverordening %s 2024" % o["short"], "W": "Waterschapsverordening %s 2024" % o["short"]}[o["letter"]],
                                ["Artikel 1 Begripsbepalingen", "Artikel 2 Toepassingsbereik", "Artikel 3 Bevoegdheid"])
        self.tariff_pdf = self.pdf({"G": "legesverordening-2025-tarieventabel", "P": "legesverordening-provincie-2025", "W": "tarieven-waterschapsbelastingen-2025"}[o["letter"]],
                                   {"G": "Tarieventabel legesverordening 2025", "P": "Legesverordening 2025", "W": "Tarieven waterschapsbelastingen 2025"}[o["letter"]],
                                   ["Hoofdstuk 1 Tarieven", "1.1 ........ EUR 36,40", "1.2 ........ EUR 124,00"])
        # news item mentioning a form
        self.news = self.base + "/nieuws/2025/online-aanvragen-nu-nog-makkelijker"
        other = self.web.login(self.formhost, "nieuwsitem-aanvraag", "digid")
        self.page(self.news, "Online aanvragen nu nog makkelijker",
                  '<h1>Online aanvragen nu nog makkelijker</h1><p class="date">12 maart 2025</p><p>Vanaf deze maand kunt u steeds meer zaken online regelen. '
                  'Zo kunt u uw aanvraag voor een vergunning of subsidie <a href="%s">hier met DigiD indienen</a> en de status volgen in Mijn %s.</p>' % (other, E(o["short"])),
                  crumbs=["Nieuws"])
        # subsidy portal (eHerkenning)
        sh = "subsidieportaal." + self.sub
        self.subsidy_portal = "http://%s/" % sh
        w.put(self.subsidy_portal, doc("Subsidieportaal %s" % o["short"], '<main><h1>Subsidieportaal</h1><p>Log in met eHerkenning (niveau EH2+) om een aanvraag te doen of de voortgang te bekijken.</p><a href="%s">Inloggen met eHerkenning</a> <a href="%s">Inloggen met DigiD</a></main>'
                                       % (w.login(sh, "portaal", "eherkenning"), w.login(sh, "portaal", "digid"))))
        # eHerkenning business login
        self.eh_login = w.login(self.mijnhost, "ondernemersloket", "eherkenning")
        # home with toptaken, A-Z, search
        return self

    def finish(self):
        o, w = self.o, self.web
        items = sorted(self.pages, key=lambda p: p[1].lower())
        az = "<h1>Producten en diensten A-Z</h1>\n<ul class=\"az-list\">" + "".join('<li><a href="%s">%s</a></li>' % (u, E(t)) for u, t, _ in items if u in self.product_set) + "</ul>"
        self.page(self.base + "/a-z", "Producten en diensten A-Z", az, crumbs=["A-Z"], index=False)
        top = [p for p in items if p[0] in self.product_set][:8]
        home = ('<h1>Welkom bij %s</h1>\n<section class="toptaken"><h2>Direct naar</h2><ul>%s</ul></section>\n'
                '<p><a href="/a-z">Alle producten en diensten</a>%s</p>' %
                (E(o["name"]), "".join('<li class="tile"><a href="%s">%s</a></li>' % (u, E(t)) for u, t, _ in top),
                 ' | <a href="%s">Nieuws</a>' % self.news if self.news else ""))
        self.page(self.base + "/", o["name"], home, index=False)
        if o["cms"] == "pdcloket":
            w.put("http://loket.%s/" % self.sub, doc("Digitaal loket %s" % o["short"], '<main><h1>Producten en diensten</h1><ul>%s</ul></main>' %
                                                    "".join('<li><a href="%s">%s</a></li>' % (u, E(t)) for u, t, _ in items if u in self.product_set)))
        # search index + template
        self.search_index = [{"url": u, "title": t, "text": x} for u, t, x in items]
        self.search_tpl = doc("Zoeken | " + o["name"], self.header() + '\n<main><h1>Zoekresultaten voor "<!--QUERY-->"</h1>\n<!--RESULTS-->\n</main>\n' + self.footer())
        # robots + sitemap
        urls = [self.base + "/", self.base + "/a-z"] + [u for u, _, _ in items]
        smap = ('<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n' +
                "".join("<url><loc>%s</loc></url>\n" % E(u) for u in urls) + "</urlset>\n")
        mode = o.get("sitemap", "single")
        if mode == "none":
            w.put(self.base + "/robots.txt", "User-agent: *\nDisallow: /zoeken\n")
        elif mode == "index":
            w.put(self.base + "/robots.txt", "User-agent: *\nDisallow: /zoeken\nDisallow: /wp-admin/\nSitemap: %s/sitemap_index.xml\n" % self.base)
            w.put(self.base + "/sitemap_index.xml", '<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
                  '<sitemap><loc>%s/page-sitemap.xml</loc></sitemap>\n</sitemapindex>\n' % self.base)
            w.put(self.base + "/page-sitemap.xml", smap)
        else:
            w.put(self.base + "/robots.txt", "User-agent: *\nDisallow: /zoeken\nSitemap: %s/sitemap.xml\n" % self.base)
            w.put(self.base + "/sitemap.xml", smap)


# --------------------------------------------------------------------------------------
TRAP_TEXT = {}


class Mix:
    """The other body's site, falling back on the organisation's site for what it lacks."""

    def __init__(self, other, org_site):
        self._o, self._s = other, org_site

    def __getattr__(self, a):
        v = getattr(self._o, a, None)
        return v if v is not None else getattr(self._s, a)


def render_traps(site, key, title, traps, own_kind):
    """HTML blocks for the product-specific traps; returns list of html."""
    o, w = site.o, site.web
    out = []
    for t in traps:
        if t == "appointment_digid":
            out.append('<p>Maak eerst een <a href="%s">afspraak</a>. Met DigiD inloggen in de afsprakenmodule gaat sneller.</p>' % site.appointment)
        elif t == "status_tracker":
            out.append('<aside class="status"><h2>Bekijk de status</h2><p>Heeft u al iets aangevraagd? <a href="%s">Bekijk de status van uw aanvraag in Mijn %s (DigiD)</a>.</p></aside>' % (site.status_start, E(o["short"])))
        elif t == "payment_page":
            out.append('<p>Heeft u een factuur ontvangen? <a href="%s">Betaal online met iDEAL</a>.</p>' % site.payment)
        elif t == "direct_regelen":
            others = [k for k in ("verhuismelding", "brp-uittreksel", "parkeervergunning", "hondenbelasting") if k != key][:3]
            links = "".join('<li><a href="%s">%s (DigiD)</a></li>' % (w.login(site.formhost, "dr-" + T[k][1], "digid"), E(T[k][0])) for k in others)
            out.append('<aside class="direct-regelen"><h2>Direct regelen</h2><ul>%s</ul></aside>' % links)
        elif t == "contact_form":
            out.append('<p>Vragen? Stel ze via het <a href="%s">contactformulier</a> of bel %s.</p>' % (site.contact_form, E(o["phone"])))
        elif t == "complaint_form":
            out.append('<p>Niet tevreden? <a href="%s">Dien online een klacht in</a>.</p>' % site.complaint_form)
        elif t == "tariff_pdf":
            out.append('<p>De kosten staan in de <a href="%s">tarieventabel (pdf, 210 kB)</a>.</p>' % site.tariff_pdf)
        elif t == "regulation_pdf":
            out.append('<p>De regels staan in de <a href="%s">verordening (pdf, 480 kB)</a>.</p>' % site.reg_pdf)
        elif t == "change_cancel_digid":
            out.append('<h2>Wijzigen of intrekken</h2><p>Heeft u de vergunning al? Geef een wijziging door of trek de vergunning in: '
                       '<a href="%s">Wijziging doorgeven (DigiD)</a>.</p>' % w.login(site.formhost, "wijzigen-" + T[key][1], "digid"))
        elif t == "sibling_form":
            sib = {"evenementenvergunning": "Melding klein evenement", "geluidsontheffing": "Melding incidentele festiviteit",
                   "vuurwerk-ontbranding": "Melding carbidschieten"}.get(key, "Melding klein evenement")
            out.append('<p>Is uw activiteit klein? Dan is een melding genoeg: <a href="%s">%s (online formulier)</a>.</p>' % (site.form_url("melding-" + sib.split()[-1].lower() + "-" + T[key][1][:10], sib), E(sib)))
        elif t == "news_form_mention":
            out.append('<aside class="nieuws"><h2>Nieuws</h2><p><a href="%s">Online aanvragen nu nog makkelijker</a></p></aside>' % site.news)
        elif t == "vergunningcheck":
            out.append('<p>Twijfelt u of u een vergunning nodig heeft? <a href="http://%s/checken/">Doe de vergunningcheck in het Omgevingsloket</a>.</p>' % OL)
        elif t == "omgevingsloket_login":
            out.append('<p>Voor bouwactiviteiten gaat u naar het <a href="http://%s/aanvragen/">Omgevingsloket (inloggen met DigiD of eHerkenning)</a>. Deze %s vraagt u daar niet aan.</p>' % (OL, E(title.lower())))
        elif t == "subsidy_portal_eh":
            out.append('<aside><h2>Subsidieportaal</h2><p>Lopende aanvragen en de regeling Duurzaamheid (gesloten sinds 1 juli) vindt u in het <a href="%s">subsidieportaal (eHerkenning)</a>.</p></aside>' % site.subsidy_portal)
        elif t == "calamity_melding":
            out.append('<p>Ziet u een gevaarlijke situatie of verontreiniging? <a href="%s">Meld een calamiteit</a> of bel %s (24 uur per dag).</p>' % (site.calamity, E(o["phone"])))
        elif t == "calamity_app":
            out.append('<p>Bij spoed belt u 24/7 %s. Met de app <a href="%s">BuitenBeter</a> kunt u ook een melding doen.</p>' % (E(o["phone"]), site.calamity))
        elif t == "mijn_tax_login":
            tx = TAX.get(ORG_TAX.get(o["code"], ""), None) or next((t for t in TAX.values() if t["host"] == site.h), None)
            host = tx["host"] if tx else site.mijnhost
            lbl = tx["mijn"] if tx else "Mijn belastingen"
            out.append('<p>Uw aanslag bekijken? <a href="%s">Log in op %s met DigiD</a>.</p>' % (w.login(host, "mijn-belastingen", "digid"), E(lbl)))
        elif t == "mijn_social_login":
            out.append('<p>Uw uitkering en inkomstenopgave regelt u in <a href="%s">Mijn Stroomopwaarts (DigiD)</a>.</p>' % w.login("www.stroomopwaarts.test", "mijn", "digid"))
        elif t == "eh_login":
            out.append('<p>Ondernemers regelen veel zaken in het <a href="%s">Ondernemersloket (inloggen met eHerkenning)</a>.</p>' % site.eh_login)
        elif t == "not_yet_online_text":
            out.append('<p class="let-op"><strong>Let op:</strong> online aanvragen is (nog) niet mogelijk.</p>')
        elif t == "objection_digid":
            out.append('<p>Bezwaar tegen uw <strong>belastingaanslag</strong>? Dat regelt u <a href="%s">online met DigiD</a> bij de belastingdienst van het %s.</p>'
                       % (w.login(TAX[ORG_TAX[o["code"]]]["host"] if o["code"] in ORG_TAX else site.mijnhost, "bezwaar-aanslag", "digid"), "waterschap" if o["letter"] == "W" else "provincie"))
        elif t == "mailto":
            out.append('<p>U kunt ook mailen naar <a href="mailto:info@%s">info@%s</a>.</p>' % (site.sub, site.sub))
        elif t == "chat_app":
            out.append('<p>Download de <a href="%s/app">afvalapp</a> voor de ophaaldagen.</p>' % ("http://www.twentemilieu.test"))
        elif t == "callback_form":
            out.append('<p>Liever persoonlijk contact? <a href="%s">Vraag een terugbelverzoek aan</a>; wij bellen u binnen 2 werkdagen.</p>' % site.form_url("terugbelverzoek", "Terugbelverzoek"))
        elif t == "woz_waardeloket":
            out.append('<p>Bekijk en vergelijk WOZ-waarden in uw buurt in het <a href="http://www.wozwaardeloket.test/">WOZ-waardeloket</a> (zonder inloggen).</p>')
        elif t == "mijnoverheid_login":
            out.append('<p>Uw aanslagbiljet staat ook in de <a href="http://mijn.overheid.test/">Berichtenbox van MijnOverheid</a> (inloggen met DigiD).</p>')
        elif t == "order_paper_form":
            out.append('<p><a href="%s">Vraag een papieren formulier aan</a>; wij sturen het u per post.</p>' % site.form_url("papieren-formulier-" + T[key][1], "Papieren formulier aanvragen"))
        else:
            raise ValueError(t)
    return out


def cta_block(site, key, title, slug, spec, route_host=None):
    """The real route.  Returns (html, route_url, signals)."""
    o, w = site.o, site.web
    k = spec["kind"]
    sig = []
    if k == "none" and o["letter"] != "G" and key == "subsidie":
        return ('<h2>Aanvragen</h2><p>Op dit moment is er geen regeling open. Aanvragen is niet mogelijk; houd deze pagina in de gaten.</p>', "", ["closed"])
    if k == "none" and (site.light or o["letter"] != "G"):
        return ('<h2>Hoe werkt het?</h2><p>U hoeft niets aan te vragen: u krijgt de aanslag automatisch. Vragen? Bel %s.</p>' % E(o["phone"]), "", ["phone"])
    if k == "none":
        return ('<h2>Aanvragen</h2><p>U vraagt dit aan bij de balie. <a href="%s">Maak een afspraak</a> of bel %s.</p>' % (site.appointment, E(o["phone"])),
                "", ["appointment_online"])
    if k == "phone":
        return '<h2>Hoe regelt u het?</h2><p>Bel ons op %s. Wij helpen u verder.</p>' % E(o["phone"]), "", ["phone"]
    if k == "letter":
        return ('<h2>Hoe werkt het?</h2><p>Stuur een ondertekende brief met uw naam, adres, datum en de reden naar: %s, Postbus 100. '
                'Vermeld het kenmerk van het besluit.</p>' % E(o["name"]), "", ["letter"])
    if k == "email":
        return ('<h2>Hoe werkt het?</h2><p>Stuur uw verzoek per e-mail naar <a href="mailto:loket@%s">loket@%s</a>.</p>' % (site.sub, site.sub), "", ["email"])
    if k == "pdf":
        url = site.pdf(slug + "-aanvraagformulier", "Aanvraagformulier " + title)
        return ('<h2>Aanvragen</h2><p>Download het <a href="%s">aanvraagformulier %s (pdf, 117 kB)</a>, vul het in en stuur het per post of lever het in bij de balie.</p>' % (url, E(title.lower())),
                url, ["pdf"])
    if k in ("docx", "rtf"):
        url = site.base + "/documenten/%s-aanvraagformulier.%s" % (slug, k)
        w.put(url, make_docx(title, o["name"]) if k == "docx" else make_rtf(title, o["name"]))
        return ('<h2>Aanvragen</h2><p>Download het <a href="%s">aanvraagformulier (%s, 48 kB)</a>. Vul het in, onderteken het en mail of stuur het naar ons.</p>' % (url, k.upper()),
                url, [k])
    if k == "form":
        url = site.form_url(slug, title)
        sig = ["online_form"] + (["js_only"] if o["forms"] == "openforms" else [])
        return '<h2>Aanvragen</h2><p><a class="btn" href="%s">Vul het online formulier in</a>. U heeft geen DigiD nodig.</p>' % url, url, sig
    if k in ("digid", "eh", "digid_eh"):
        pre = '<p>Na het inloggen zijn uw naam en adres al ingevuld.</p>' if spec["prefill"] else ""
        if k == "digid" and o["forms"] == "openforms":
            st = w.login(site.formhost, slug, "digid")
            landing = "http://%s/%s-aanvragen" % (site.formhost, slug)
            w.put(landing, doc(title + " - Formulieren " + o["short"],
                               '<main><h1>%s</h1><div id="of-login" data-form="%s"></div><noscript>Dit formulier werkt alleen met JavaScript.</noscript>\n'
                               '<script>\nvar a=document.createElement("a");a.className="btn";a.href="/auth/%s/digid/start";a.textContent="Inloggen met DigiD";\n'
                               'document.getElementById("of-login").appendChild(a);\n</script></main>' % (E(title), slug, slug)))
            return ('<h2>Direct regelen</h2><p><a class="btn" href="%s">%s (u logt in met DigiD)</a></p>%s' % (landing, E(title), pre), landing,
                    ["digid", "online_form", "js_only"] + (["prefill_text"] if pre else []))
        if k == "digid":
            st = w.login(site.formhost, slug, "digid")
            return '<h2>Direct regelen</h2><p><a class="btn" href="%s">%s met DigiD</a></p>%s' % (st, E(title), pre), st, ["digid", "online_form"] + (["prefill_text"] if pre else [])
        if k == "eh":
            st = w.login(site.formhost, slug, "eherkenning")
            return '<h2>Aanvragen</h2><p><a class="btn" href="%s">Aanvragen (met eHerkenning)</a></p>%s' % (st, pre), st, ["eherkenning", "online_form"] + (["prefill_text"] if pre else [])
        st = w.login(site.formhost, slug, "digid")
        st2 = w.login(site.formhost, slug, "eherkenning")
        return ('<h2>Aanvragen</h2><p>Particulieren: <a class="btn" href="%s">aanvragen met DigiD</a>. Bedrijven: <a class="btn" href="%s">aanvragen met eHerkenning</a>.</p>%s' % (st, st2, pre),
                st, ["digid", "eherkenning", "online_form"] + (["prefill_text"] if pre else []))
    if k == "ol":
        url = "http://%s/aanvragen/" % OL
        return ('<h2>Aanvragen</h2><p>U vraagt de vergunning of melding aan via het <a href="%s">Omgevingsloket</a>. Daar logt u in met DigiD of eHerkenning.</p>' % url,
                url, ["digid", "eherkenning", "delegated", "prefill_text"])
    if k == "bij12":
        st = w.login("mijn.bij12.test", "faunaschade", "digid")
        return ('<h2>Schade door wild melden</h2><p>Schade door beschermde dieren meldt u bij BIJ12, dat dit voor de provincies uitvoert. <a href="%s">Naar Mijn Faunaschade</a> (DigiD of eHerkenning).</p>' % ("http://" + BIJ12 + "/faunaschade"),
                st, ["digid", "delegated"])
    raise ValueError(k)


def build_org_products(web, site, products, specs):
    o = site.o
    rows = []
    site.product_set = set()
    site.audience = {p["product_key"]: p["audience"] for p in products}
    for p in products:
        key = p["product_key"]
        spec = specs[key]
        title, slug, desc = T_TYPE.get((o["letter"], key), T[key])
        signals = []
        row = dict(org_code=o["code"], product_key=key, level="", status=spec["status"], product_url="", route_url="",
                   level_strict="", via="", signals="", notes=spec["note"])
        if spec["status"] == "not_found":
            rows.append(row)
            continue
        purl = site.product_url(key, title, slug)
        chrome_traps = ["trap_" + c for c in o["chrome"]]
        if spec["status"] == "not_offered":
            main = '<h1>%s</h1>\n<p>%s</p>\n<p class="let-op">%s.</p>' % (E(title), E(desc), E(spec["note"]))
            site.page(purl, title, main, crumbs=[title], text=desc + " " + spec["note"])
            site.product_set.add(purl)
            row.update(product_url=purl, signals=";".join(["not_offered_text"] + chrome_traps))
            rows.append(row)
            continue
        via = spec["via"]
        traps_html = render_traps(site, key, title, spec["traps"], spec["kind"])
        if via and via not in (OL, BIJ12):
            otraps = render_traps(Mix(site.other_sites[via], site), key, title, spec["traps"], spec["kind"])
            # the organisation's page sends the user to another body's page, which carries the route
            other = via
            oname = next((t["name"] for t in TAX.values() if t["host"] == other), None) or next(t["name"] for t in OTHERS.values() if t["host"] == other)
            osite = site.other_sites[other]
            opath = "http://%s/%s/%s" % (other, o["short"].lower().replace(" ", "-"), slug)
            cta, route, sig = cta_block(osite, key, title, slug, spec)
            oh = ('<h1>%s</h1>\n<p>%s</p>\n%s\n%s' % (E(title), E(desc), cta, "\n".join(otraps)))
            osite.page(opath, title + " - " + o["short"], oh, crumbs=[o["short"], title])
            main = ('<h1>%s</h1>\n<p>%s</p>\n<h2>Hoe regelt u het?</h2><p>Dit regelt u bij %s, dat dit voor %s uitvoert: <a href="%s">%s bij %s</a>.</p>'
                    % (E(title), E(desc), E(oname), E(o["short"]), opath, E(title), E(oname)))
            signals = sig + ([] if spec["own"] else ["delegated"])
        else:
            cta, route, sig = cta_block(site, key, title, slug, spec)
            signals = sig
            cms = o["cms"]
            if cms in ("pdcloket", "productid"):
                cta = re.sub(r"^<h2>[^<]*</h2>", "", cta)
            if cms in ("slug", "owc"):
                main = ('<h1>%s</h1>\n<h2>Wat is het?</h2><p>%s</p>\n<h2>Hoe werkt het?</h2><p>Wij behandelen uw aanvraag binnen 8 weken.</p>\n<h2>Wat moet ik doen?</h2>%s\n%s'
                        % (E(title), E(desc), cta, "\n".join(traps_html)))
                traps_html = []
            elif cms == "pdcloket":
                main = ('<h1>%s</h1>\n<h2>Product informatie</h2><details open><summary>Omschrijving</summary><p>%s</p></details>\n'
                        '<details><summary>Aanvragen</summary>%s</details>\n<details><summary>Meer informatie</summary>%s</details>'
                        % (E(title), E(desc), cta, "\n".join(traps_html)))
                traps_html = []
            elif cms == "productid":
                main = ('<h1>%s</h1>\n<div class="product-intro"><p>%s</p></div>\n<div class="accordion"><h2>Aanvragen</h2>%s<h2>Kosten</h2><p>Zie de leges.</p><h2>Voorwaarden</h2><p>U moet 18 jaar of ouder zijn.</p></div>\n%s'
                        % (E(title), E(desc), cta, "\n".join(traps_html)))
                traps_html = []
            else:
                main = ('<h1>%s</h1>\n<p class="lead">%s</p>\n<h2>Wanneer nodig?</h2><p>Lees de voorwaarden en de regels in de verordening.</p>\n%s\n<h2>Meer informatie</h2>%s'
                        % (E(title), E(desc), cta, "\n".join(traps_html)))
                traps_html = []
        if via and via not in (OL, BIJ12):
            main += "\n" + "\n".join(traps_html)
        site.page(purl, title, main, crumbs=[title], text=desc)
        site.product_set.add(purl)
        lvl = LEVEL[spec["kind"]]
        strict = lvl
        if lvl == 100 and not spec["prefill"]:
            strict = 67
        trap_sig = ["trap_" + t for t in spec["traps"]] + chrome_traps
        row.update(level=str(lvl), level_strict=str(strict), product_url=purl, route_url=route,
                   via="" if spec["own"] else (via or ""), signals=";".join(dict.fromkeys(signals + trap_sig)))
        rows.append(row)
    return rows


class OtherSite(Site):
    light = True

    def __init__(self, web, host, name, forms="gravity", short=None):
        org = dict(code="X", name=name, type="other", letter="G", host=host, short=short or name, phone="088 000 00 00",
                   cms="slug", forms=forms, chrome=["header_login"], consent=False, search="q")
        Site.__init__(self, web, org)
        self.sub = host.split(".", 1)[1] if host.startswith("www.") else host
        self.sub = host[4:] if host.startswith("www.") else host
        self.formhost = "mijn." + self.sub
        self.mijnhost = self.formhost
        self.base = "http://" + host


def shared_hosts(web):
    web.put("http://%s/" % DIGID, simple_page("DigiD", "<p>DigiD - uw digitale identiteit. <a href=\"/inloggen\">Inloggen</a></p>"))
    web.put("http://%s/inloggen" % DIGID, simple_page("Inloggen bij DigiD", '<form method="post" action="/inloggen"><label>Gebruikersnaam <input name="u"></label><label>Wachtwoord <input type="password" name="p"></label><button>Inloggen</button></form><p>Of log in met de DigiD app.</p>'))
    web.put("http://%s/" % EH, simple_page("eHerkenning", "<p>Kies uw eHerkenningsleverancier. <a href=\"/inloggen\">Inloggen</a></p>"))
    web.put("http://%s/inloggen" % EH, simple_page("Inloggen met eHerkenning", '<form method="post" action="/inloggen"><select name="idp"><option>Leverancier A</option><option>Leverancier B</option></select><button>Verder</button></form><p>Of kies <a href="/inloggen">eIDAS</a> of Yivi.</p>'))
    ol_start = web.login(OL, "aanvragen", "digid")
    ol_eh = web.login(OL, "aanvragen", "eherkenning")
    web.put("http://%s/" % OL, simple_page("Omgevingsloket", '<p><a href="/checken/">Vergunningcheck doen</a> | <a href="/aanvragen/">Aanvraag of melding indienen</a></p>'))
    web.put("http://%s/aanvragen/" % OL, simple_page("Aanvraag of melding indienen", '<p>Log in om een aanvraag of melding in te dienen. Na het inloggen vullen wij uw naam, adres en (bedrijfs)gegevens automatisch in.</p>'
                                                     '<p><a href="%s">Inloggen met DigiD</a> <a href="%s">Inloggen met eHerkenning</a></p>' % (ol_start, ol_eh)))
    web.put("http://%s/checken/" % OL, simple_page("Vergunningcheck", '<p>Check of u een vergunning nodig heeft. U hoeft niet in te loggen.</p><form method="get" action="/checken/stap-2"><label>Adres <input name="adres"></label><button>Start de check</button></form>'))
    web.put("http://%s/checken/stap-2" % OL, simple_page("Vergunningcheck - werkzaamheden", '<p>Kies uw werkzaamheden.</p><form method="get" action="/checken/"><button>Opnieuw</button></form>'))
    web.put("http://%s/" % BIJ12, simple_page("BIJ12", '<p><a href="/faunaschade">Faunaschade melden</a></p>'))
    web.put("http://%s/faunaschade" % BIJ12, simple_page("Faunaschade melden en tegemoetkoming aanvragen",
                                                       '<p>Meld uw schade door beschermde diersoorten in Mijn Faunaschade. <a href="%s">Inloggen met DigiD</a> of <a href="%s">eHerkenning</a>.</p>'
                                                       % (web.login("mijn.bij12.test", "faunaschade", "digid"), web.login("mijn.bij12.test", "faunaschade", "eherkenning"))))
    web.put("http://mijn.bij12.test/", simple_page("Mijn Faunaschade", '<p><a href="%s">Inloggen</a></p>' % web.login("mijn.bij12.test", "faunaschade", "digid")))
    web.put("http://www.wozwaardeloket.test/", simple_page("WOZ-waardeloket", '<form method="get" action="/zoek"><label>Postcode en huisnummer <input name="adres"></label><button>Zoek</button></form>'))
    web.put("http://www.wozwaardeloket.test/zoek", simple_page("WOZ-waarden", "<p>WOZ-waarde peildatum 1 januari 2024: zie kaart.</p>"))
    web.put("http://mijn.overheid.test/", simple_page("MijnOverheid", '<p><a href="%s">Inloggen met DigiD</a></p>' % web.login("mijn.overheid.test", "berichtenbox", "digid")))
    web.put("http://chat.webcare-sim.test/widget.js", "(function(){var d=document.getElementById('chat-widget');if(d){d.textContent='Chat met ons';}})();\n")
    for org in ORGS:
        web.put("http://chat.webcare-sim.test/%s/sessie" % org["short"].lower().replace(" ", ""), '{"status":"offline"}')
    web.put("http://www.twentemilieu.test/app", simple_page("Twente Milieu app", "<p>Download de app in de App Store of Google Play.</p>"))


def main():
    out = sys.argv[1]
    products = load_products()
    web = Web()
    shared_hosts(web)
    others = {}
    for t in TAX.values():
        others[t["host"]] = OtherSite(web, t["host"], t["full"], "gravity", short=t["name"])
    for t in OTHERS.values():
        others[t["host"]] = OtherSite(web, t["host"], t["name"], "gravity")
    for s in others.values():
        s.commons()
        s.product_set = set()
    rows = []
    sites = []
    for org in ORGS:
        site = Site(web, org)
        site.other_sites = others
        site.commons()
        prods = [p for p in products if org["letter"] in p["org_types"]]
        if org["letter"] == "G":
            specs = dict(G_DEFAULT)
            specs.update(G_OVERRIDE.get(org["code"], {}))
        elif org["letter"] == "P":
            specs = P_SPEC[org["code"]]
        else:
            specs = W_SPEC[org["code"]]
        missing = [p["product_key"] for p in prods if p["product_key"] not in specs]
        assert not missing, (org["code"], missing)
        rows += build_org_products(web, site, prods, specs)
        site.finish()
        sites.append(site)
    for s in others.values():
        s.product_set = set(u for u, _, _ in s.pages)
        s.finish()
    # landing pages for auth forms are not used; login starts are redirects only.
    # ---- write
    if os.path.exists(out):
        import shutil
        shutil.rmtree(out)
    os.makedirs(out)
    allp = set(web.files)
    for (host, path) in allp:
        parts = path.split("/")
        for i in range(2, len(parts)):
            assert (host, "/".join(parts[:i])) not in allp, (host, path)
    for (host, path), content in sorted(web.files.items()):
        fp = os.path.join(out, "sites", host, path.lstrip("/"))
        os.makedirs(os.path.dirname(fp), exist_ok=True)
        with open(fp, "wb") as f:
            f.write(content if isinstance(content, bytes) else content.encode("utf-8"))
    # every redirect host needs a folder
    for h in [r["url"][7:].split("/")[0] for r in web.redirects] + [o["host"][4:] for o in ORGS]:
        os.makedirs(os.path.join(out, "sites", h), exist_ok=True)
    with open(os.path.join(out, "organisations.csv"), "w", newline="", encoding="utf-8") as f:
        wr = csv.writer(f, lineterminator="\n")
        wr.writerow(["code", "name", "org_type", "website", "inhabitants"])
        for o in ORGS:
            wr.writerow([o["code"], o["name"], o["type"], "http://%s/" % o["host"], o["inh"]])
    cols = ["org_code", "product_key", "level", "status", "product_url", "route_url", "level_strict", "via", "signals", "notes"]
    with open(os.path.join(out, "labels.csv"), "w", newline="", encoding="utf-8") as f:
        wr = csv.DictWriter(f, cols, lineterminator="\n")
        wr.writeheader()
        for r in rows:
            wr.writerow(r)
    # search
    os.makedirs(os.path.join(out, "search"), exist_ok=True)
    searches = []
    for s in sites + [others[h] for h in sorted(others)]:
        if not s.search_index:
            continue
        with open(os.path.join(out, "search", s.h + ".json"), "w", encoding="utf-8") as f:
            json.dump(s.search_index, f, ensure_ascii=False, indent=1, sort_keys=True)
        with open(os.path.join(out, "search", s.h + ".html"), "w", encoding="utf-8") as f:
            f.write(s.search_tpl)
        searches.append({"host": s.h, "path": "/zoeken", "param": s.o["search"], "index": "search/%s.json" % s.h, "template": "search/%s.html" % s.h})
    # error pages
    os.makedirs(os.path.join(out, "errors"), exist_ok=True)
    with open(os.path.join(out, "errors", "schiedam-soft404.html"), "w", encoding="utf-8") as f:
        f.write(doc("Pagina niet gevonden | Gemeente Schiedam", "<main><h1>Pagina niet gevonden</h1><p>Helaas, deze pagina bestaat niet (meer). Probeer de <a href=\"/zoeken\">zoekfunctie</a>.</p></main>"))
    with open(os.path.join(out, "errors", "generic-404.html"), "w", encoding="utf-8") as f:
        f.write(doc("404 - Pagina niet gevonden", "<main><h1>Oeps, deze pagina bestaat niet</h1><p><a href=\"/\">Naar de homepage</a></p></main>"))
    host_redirects = [{"host": o["host"][4:], "status": 301, "to": o["host"]} for o in ORGS]
    manifest = {
        "seed": 42,
        "name": "dev-real-42",
        "counts": {"organisations": len(ORGS), "labels": len(rows)},
        "behaviours": {
            "redirects": sorted(web.redirects, key=lambda r: r["url"]),
            "searches": searches,
            "host_redirects": host_redirects,
            "not_found_pages": [{"host": "www.schiedam.test", "file": "errors/schiedam-soft404.html", "status": 200},
                                {"host": "www.enschede.test", "file": "errors/generic-404.html", "status": 404}],
        },
    }
    with open(os.path.join(out, "testweb.json"), "w", encoding="utf-8") as f:
        json.dump(manifest, f, ensure_ascii=False, indent=1, sort_keys=True)


if __name__ == "__main__":
    main()
