#!/usr/bin/env python3
"""Generate the web-dev36 labelled simulated web: 8 Dutch municipalities whose
"way on" to a product's route is rarely a plain link (onclick buttons, GET forms with
hidden fields, script-built links, forms in iframes, Open-Forms-like SDK roots,
DigiD logo links, "Hoe wilt u inloggen?" pages, cookie interstitials, tabs,
<base href> and ../ links), mixed with traps built the same way.

Usage: python3 gen.py OUTDIR      (standard library only, deterministic)
"""
import csv
import html
import json
import os
import sys
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))


def products_csv():
    p = os.path.normpath(os.path.join(HERE, "../../../config/products.csv"))
    if os.path.exists(p):
        return p
    return "/work/main/config/products.csv"


def load_products():
    out = []
    with open(products_csv(), newline="", encoding="utf-8") as f:
        for r in csv.DictReader(f):
            if "G" in r["org_types"]:
                out.append({"key": r["product_key"], "name": r["name_nl"],
                            "aud": r["audience"]})
    return out


E = html.escape

# ---------------------------------------------------------------- product texts
# key: (noun title, inverted catalogue title, section, intro, how-to sentence for level 0)
PT = {
    "brp-uittreksel": ("Uittreksel BRP", "Uittreksel Basisregistratie Personen (BRP), aanvragen", "Burgerzaken",
                       "Een uittreksel uit de Basisregistratie Personen (BRP) is een bewijs van uw inschrijving in onze gemeente. U heeft het bijvoorbeeld nodig voor een nieuwe baan of een huurwoning.",
                       "U vraagt het uittreksel aan bij de balie in het gemeentehuis."),
    "verhuismelding": ("Verhuizing", "Verhuizing, doorgeven", "Burgerzaken",
                       "Gaat u verhuizen naar of binnen onze gemeente? Geef uw nieuwe adres dan uiterlijk 5 dagen na de verhuizing aan ons door.",
                       "U geeft uw verhuizing door aan de balie."),
    "geboorteaangifte": ("Geboorte", "Geboorte, aangifte", "Burgerzaken",
                         "Is uw kind geboren? Dan doet u binnen 3 dagen aangifte van de geboorte in de gemeente waar uw kind is geboren.",
                         "U doet de aangifte op afspraak in het gemeentehuis. Neem uw identiteitsbewijs mee."),
    "overlijdensaangifte": ("Overlijden", "Overlijden, aangifte", "Burgerzaken",
                            "Na een overlijden moet binnen 6 werkdagen aangifte worden gedaan. Meestal regelt de uitvaartverzorger dit voor u.",
                            "De uitvaartverzorger doet de aangifte bij de balie Burgerzaken. Bel ons als u dit zelf wilt doen."),
    "huwelijksaangifte": ("Trouwen en geregistreerd partnerschap", "Huwelijk of partnerschap, melding voorgenomen", "Burgerzaken",
                          "Wilt u trouwen of een geregistreerd partnerschap aangaan? Dan meldt u dit minimaal 2 weken en maximaal 1 jaar van tevoren bij de gemeente.",
                          "U doet de melding samen op afspraak in het gemeentehuis."),
    "paspoort": ("Paspoort", "Paspoort, aanvragen", "Burgerzaken",
                 "Een paspoort is een reisdocument en identiteitsbewijs. Het is 10 jaar geldig voor volwassenen en 5 jaar voor kinderen.",
                 "U vraagt een paspoort persoonlijk aan op afspraak. Online aanvragen is niet mogelijk, want wij nemen uw vingerafdrukken af."),
    "identiteitskaart": ("Identiteitskaart", "Identiteitskaart, aanvragen", "Burgerzaken",
                         "Met een Nederlandse identiteitskaart kunt u zich identificeren en reizen binnen Europa.",
                         "U vraagt de identiteitskaart persoonlijk aan op afspraak in het gemeentehuis."),
    "parkeervergunning": ("Parkeervergunning", "Parkeervergunning bewoners, aanvragen", "Parkeren",
                          "Woont u in een gebied met betaald parkeren of een blauwe zone? Dan kunt u een parkeervergunning voor bewoners aanvragen.",
                          "U vraagt de vergunning aan bij de balie."),
    "gehandicaptenparkeerkaart": ("Gehandicaptenparkeerkaart", "Gehandicaptenparkeerkaart, aanvragen", "Parkeren",
                                  "Kunt u door een ziekte of handicap niet ver lopen? Met een gehandicaptenparkeerkaart parkeert u dichter bij uw bestemming.",
                                  "Neem contact op met het Zorgloket om een aanvraag te doen."),
    "gehandicaptenparkeerplaats": ("Gehandicaptenparkeerplaats", "Gehandicaptenparkeerplaats op kenteken, aanvragen", "Parkeren",
                                   "Heeft u een gehandicaptenparkeerkaart en geen eigen parkeerplek? Dan kunt u een parkeerplaats op uw kenteken aanvragen.",
                                   "Bel ons om een aanvraag te doen."),
    "hondenbelasting": ("Hondenbelasting", "Hond aan- of afmelden", "Belastingen",
                        "Heeft u een hond? Dan betaalt u hondenbelasting. U meldt uw hond aan als u een hond krijgt en af als u geen hond meer heeft.",
                        "Geef de wijziging schriftelijk door aan de afdeling Belastingen."),
    "belastingkwijtschelding": ("Kwijtschelding", "Kwijtschelding gemeentelijke belastingen, aanvragen", "Belastingen",
                                "Heeft u een laag inkomen en weinig vermogen? Dan kunt u kwijtschelding aanvragen voor de afvalstoffenheffing en rioolheffing.",
                                "Vraag het formulier aan bij de afdeling Belastingen."),
    "woz-bezwaar": ("WOZ-waarde", "WOZ-waarde, bezwaar maken", "Belastingen",
                    "Bent u het niet eens met de WOZ-waarde van uw woning? Dan kunt u binnen 6 weken na de dagtekening van de aanslag bezwaar maken.",
                    "Stuur een brief met uw bezwaar naar de heffingsambtenaar."),
    "bijstand": ("Bijstandsuitkering", "Bijstand (Participatiewet), aanvragen", "Werk en inkomen",
                 "Heeft u niet genoeg inkomen om van te leven? Dan kunt u misschien een bijstandsuitkering krijgen.",
                 "Maak een afspraak met het team Werk en Inkomen."),
    "bijzondere-bijstand": ("Bijzondere bijstand", "Bijzondere bijstand, aanvragen", "Werk en inkomen",
                            "Heeft u onverwachte, noodzakelijke kosten die u niet zelf kunt betalen? Dan kunt u bijzondere bijstand aanvragen.",
                            "Bel het team Werk en Inkomen voor een aanvraag."),
    "wmo-voorziening": ("Hulp en ondersteuning (Wmo)", "Wmo-voorziening, melding hulpvraag", "Zorg en welzijn",
                        "Heeft u hulp nodig in het huishouden, een hulpmiddel of een aanpassing in uw woning? Meld uw hulpvraag bij het Wmo-loket.",
                        "Bel het Wmo-loket. Een consulent maakt een afspraak voor een keukentafelgesprek."),
    "leerlingenvervoer": ("Leerlingenvervoer", "Leerlingenvervoer, aanvragen", "Onderwijs",
                          "Kan uw kind niet zelfstandig naar school? Dan komt u misschien in aanmerking voor een vergoeding of aangepast vervoer.",
                          "Neem contact op met de consulent leerlingenvervoer."),
    "grofvuil": ("Grofvuil", "Grof huishoudelijk afval, laten ophalen", "Afval",
                 "Grofvuil is afval dat niet in uw container past, zoals meubels, matrassen en tapijt. Wij halen het op afspraak bij u op.",
                 "Bel het Klantcontactcentrum om een afspraak te maken voor het ophalen."),
    "afvalcontainer": ("Minicontainers", "Afvalcontainer, aanvragen, ruilen of wijzigen", "Afval",
                       "Heeft u een (extra) container nodig, is uw container kapot of wilt u een andere maat?",
                       "Bel het Klantcontactcentrum."),
    "melding-openbare-ruimte": ("Melding openbare ruimte", "Openbare ruimte, melding doen", "Wonen en leefomgeving",
                                "Ziet u een losse stoeptegel, een kapotte lantaarnpaal of zwerfafval? Meld het ons.",
                                "Bel het Klantcontactcentrum."),
    "omgevingsvergunning": ("Omgevingsvergunning", "Omgevingsvergunning, aanvragen", "Bouwen en verbouwen",
                            "Gaat u bouwen, verbouwen of slopen? Dan heeft u misschien een omgevingsvergunning nodig.",
                            "Vraag advies aan het team Vergunningen."),
    "kapvergunning": ("Bomen kappen", "Boom kappen, vergunning", "Bouwen en verbouwen",
                      "Wilt u een boom kappen? Voor sommige bomen heeft u een omgevingsvergunning voor het kappen nodig.",
                      "Neem contact op met het team Vergunningen."),
    "bouwdossier-inzage": ("Bouwtekeningen inzien", "Bouwdossier, inzien of opvragen", "Bouwen en verbouwen",
                           "Wilt u de bouwtekeningen van uw huis bekijken? U kunt het bouwdossier inzien of een kopie opvragen.",
                           "Maak een afspraak met het archief om het bouwdossier in te zien."),
    "bezwaar": ("Bezwaar maken", "Bezwaar, indienen tegen een besluit", "Bestuur",
                "Bent u het niet eens met een besluit van de gemeente? Dan kunt u binnen 6 weken bezwaar maken.",
                "Stuur een ondertekende brief met uw bezwaar naar het college van burgemeester en wethouders."),
    "klacht": ("Klacht indienen", "Klacht over de gemeente", "Bestuur",
               "Bent u niet tevreden over hoe een medewerker of de gemeente u heeft behandeld? Dan kunt u een klacht indienen.",
               "Stuur een brief of bel de klachtencoördinator."),
    "woo-verzoek": ("Woo-verzoek", "Wet open overheid, informatieverzoek", "Bestuur",
                    "Wilt u informatie van de gemeente inzien die nog niet openbaar is? Dan doet u een verzoek op grond van de Wet open overheid (Woo).",
                    "U dient het verzoek schriftelijk in of mondeling bij de balie."),
    "subsidie": ("Subsidie", "Subsidie, aanvragen", "Verenigingen",
                 "Organiseert u een activiteit voor inwoners van onze gemeente? Misschien kunt u subsidie krijgen.",
                 "Neem contact op met de subsidiecoördinator."),
    "evenementenvergunning": ("Evenement organiseren", "Evenementenvergunning, aanvragen", "Evenementen",
                              "Organiseert u een evenement zoals een braderie, concert of sportwedstrijd? Dan heeft u meestal een evenementenvergunning nodig.",
                              "Neem minimaal 12 weken van tevoren contact op met de evenementencoördinator."),
    "exploitatievergunning-horeca": ("Horeca-exploitatievergunning", "Horeca, exploitatievergunning", "Ondernemen",
                                     "Wilt u een café, restaurant of ander horecabedrijf exploiteren? Dan heeft u een exploitatievergunning nodig.",
                                     "Neem contact op met het team Vergunningen."),
    "alcoholvergunning": ("Alcoholvergunning", "Alcoholwet, vergunning", "Ondernemen",
                          "Schenkt u alcoholhoudende drank in uw horecabedrijf? Dan heeft u een alcoholvergunning (vroeger drank- en horecavergunning) nodig.",
                          "Neem contact op met het team Vergunningen."),
    "terrasvergunning": ("Terras", "Terrasvergunning, aanvragen", "Ondernemen",
                         "Wilt u een terras plaatsen bij uw horecazaak? Daarvoor heeft u een terrasvergunning nodig.",
                         "Neem contact op met het team Vergunningen."),
    "standplaatsvergunning": ("Standplaats", "Standplaats, aanvraag", "Ondernemen",
                              "Wilt u vanuit een kraam of wagen iets verkopen op een vaste plek? Dan heeft u een standplaatsvergunning nodig.",
                              "Neem contact op met de marktmeester."),
    "marktvergunning": ("Weekmarkt", "Markt, standplaats op de weekmarkt", "Ondernemen",
                        "Wilt u op de weekmarkt staan? Dan heeft u een marktvergunning (vaste of dagplaats) nodig.",
                        "Meld u op de marktdag om 8.00 uur bij de marktmeester voor een dagplaats."),
    "reclamebelasting": ("Reclamebelasting", "Reclame, belasting", "Ondernemen",
                         "Reclame-uitingen aan de openbare weg kunnen onder de reclamebelasting vallen.",
                         "U ontvangt automatisch een aanslag. U hoeft niets aan te vragen."),
    "geluidsontheffing": ("Geluidsontheffing", "Geluidhinder, ontheffing", "Ondernemen",
                          "Maakt u tijdelijk meer geluid dan is toegestaan, bijvoorbeeld bij werkzaamheden of een feest? Dan heeft u misschien een ontheffing nodig.",
                          "Neem contact op met het team Vergunningen."),
    "winkeltijdenontheffing": ("Winkeltijden", "Winkeltijden, ontheffing", "Ondernemen",
                               "Wilt u uw winkel openen buiten de vastgestelde winkeltijden? Dan kunt u een ontheffing aanvragen.",
                               "U vraagt de ontheffing schriftelijk aan."),
    "kansspelautomaatvergunning": ("Speelautomaten", "Kansspelautomaten, aanwezigheidsvergunning", "Ondernemen",
                                   "Wilt u een of meer speelautomaten in uw horecabedrijf plaatsen? Dan heeft u een aanwezigheidsvergunning nodig.",
                                   "Neem contact op met het team Vergunningen."),
    "collectevergunning": ("Collecteren", "Collecte, vergunning", "Verenigingen",
                           "Wilt u geld of goederen inzamelen voor een goed doel? Dan heeft u een collectevergunning nodig.",
                           "Neem contact op met de gemeente."),
    "ligplaatsvergunning": ("Ligplaats", "Ligplaats (woon)boot, vergunning", "Wonen en leefomgeving",
                            "Wilt u een boot of woonboot in openbaar water afmeren? Dan heeft u een ligplaatsvergunning nodig.",
                            "Neem contact op met de havenmeester."),
    "uitwegvergunning": ("Inrit of uitrit", "Uitweg (inrit of uitrit), aanleggen", "Bouwen en verbouwen",
                         "Wilt u een inrit aanleggen of veranderen? Daarvoor heeft u toestemming van de gemeente nodig.",
                         "Neem contact op met het team Vergunningen."),
    "belastingaanslag-bezwaar": ("Bezwaar belastingaanslag", "Belastingaanslag, bezwaar maken", "Belastingen",
                                 "Bent u het niet eens met uw aanslag gemeentelijke belastingen? Dan kunt u binnen 6 weken bezwaar maken.",
                                 "Stuur een brief naar de heffingsambtenaar."),
    "betalingsregeling": ("Betalingsregeling", "Belastingen, betalingsregeling", "Belastingen",
                          "Kunt u uw aanslag niet in een keer betalen? Dan kunt u een betalingsregeling aanvragen.",
                          "U vraagt een betalingsregeling schriftelijk aan."),
}

# product-specific trap: (trap signal, label, kind) kind: form67 / form100 / pdf / appt / pay / page
PTRAP = {
    "brp-uittreksel": ("trap_sibling_form", "Geheimhouding persoonsgegevens aanvragen", "form100"),
    "verhuismelding": ("trap_sibling_form", "Melding onjuiste bewoning (adresonderzoek)", "form67"),
    "geboorteaangifte": ("trap_sibling_form", "Erkenning ongeboren kind: afspraak maken", "appt"),
    "overlijdensaangifte": ("trap_sibling_form", "Grafrechten verlengen", "form67"),
    "huwelijksaangifte": ("trap_sibling_form", "Trouwlocatie en trouwambtenaar (babs) reserveren", "form67"),
    "paspoort": ("trap_consent_pdf", "Toestemmingsformulier reisdocument minderjarige (pdf)", "pdf"),
    "identiteitskaart": ("trap_sibling_form", "Vermissing of diefstal reisdocument melden", "form67"),
    "parkeervergunning": ("trap_sibling_form", "Bezoekerstegoed opwaarderen", "pay"),
    "gehandicaptenparkeerkaart": ("trap_sibling_form", "Gehandicaptenparkeerplaats op kenteken aanvragen", "form67"),
    "gehandicaptenparkeerplaats": ("trap_sibling_form", "Gehandicaptenparkeerkaart aanvragen", "form100"),
    "hondenbelasting": ("trap_sibling_form", "Overlast hondenpoep melden", "form67"),
    "belastingkwijtschelding": ("trap_sibling_form", "Machtiging automatische incasso", "form100"),
    "woz-bezwaar": ("trap_status_tracker", "Taxatieverslag bekijken (DigiD)", "form100"),
    "bijstand": ("trap_sibling_form", "Bijzondere bijstand aanvragen", "form100"),
    "bijzondere-bijstand": ("trap_sibling_form", "Meedoenregeling aanvragen", "form67"),
    "wmo-voorziening": ("trap_sibling_form", "Mantelzorgwaardering aanvragen", "form67"),
    "leerlingenvervoer": ("trap_sibling_form", "Klacht over de vervoerder doorgeven", "form67"),
    "grofvuil": ("trap_sibling_form", "Milieupas aanvragen", "form67"),
    "afvalcontainer": ("trap_sibling_form", "Grofvuil ophalen: afspraak maken", "appt"),
    "melding-openbare-ruimte": ("trap_status_tracker", "Bekijk de status van uw melding", "form100"),
    "omgevingsvergunning": ("trap_vergunningcheck", "Doe eerst de vergunningcheck", "check"),
    "kapvergunning": ("trap_sibling_form", "Melding boom in slechte staat", "form67"),
    "bouwdossier-inzage": ("trap_search_form", "Zoeken in het digitale bouwarchief", "search"),
    "bezwaar": ("trap_sibling_form", "Klacht indienen", "form67"),
    "klacht": ("trap_objection_digid", "Bezwaar maken tegen een besluit (DigiD)", "form100"),
    "woo-verzoek": ("trap_search_form", "Zoeken in openbare documenten (Woo-index)", "search"),
    "subsidie": ("trap_sibling_form", "Subsidie verantwoorden (eHerkenning)", "form100"),
    "evenementenvergunning": ("trap_sibling_form", "Melding klein evenement", "form67"),
    "exploitatievergunning-horeca": ("trap_sibling_form", "Bibob-vragenlijst invullen", "form67"),
    "alcoholvergunning": ("trap_sibling_form", "Leidinggevende bijschrijven", "form67"),
    "terrasvergunning": ("trap_sibling_form", "Uitstalling of reclamebord melden", "form67"),
    "standplaatsvergunning": ("trap_sibling_form", "Marktplaats op de weekmarkt aanvragen", "form67"),
    "marktvergunning": ("trap_sibling_form", "Standplaats buiten de markt aanvragen", "form67"),
    "reclamebelasting": ("trap_payment_page", "Aanslag direct betalen met iDEAL", "pay"),
    "geluidsontheffing": ("trap_sibling_form", "Incidentele festiviteit melden", "form67"),
    "winkeltijdenontheffing": ("trap_regulation_pdf", "Winkeltijdenverordening (pdf)", "pdf"),
    "kansspelautomaatvergunning": ("trap_sibling_form", "Loterijvergunning aanvragen", "form67"),
    "collectevergunning": ("trap_tariff_pdf", "Collecterooster (pdf)", "pdf"),
    "ligplaatsvergunning": ("trap_payment_page", "Havengeld betalen", "pay"),
    "uitwegvergunning": ("trap_vergunningcheck", "Vergunningcheck: heb ik een vergunning nodig?", "check"),
    "belastingaanslag-bezwaar": ("trap_status_tracker", "Bekijk de status van uw bezwaar", "form100"),
    "betalingsregeling": ("trap_payment_page", "Aanslag betalen met iDEAL", "pay"),
}

DEFAULT = {
    "brp-uittreksel": "100", "verhuismelding": "100", "geboorteaangifte": "0", "overlijdensaangifte": "0",
    "huwelijksaangifte": "100", "paspoort": "0", "identiteitskaart": "0", "parkeervergunning": "V:park",
    "gehandicaptenparkeerkaart": "67", "gehandicaptenparkeerplaats": "33", "hondenbelasting": "V:tax",
    "belastingkwijtschelding": "V:tax", "woz-bezwaar": "V:tax", "bijstand": "V:werk", "bijzondere-bijstand": "100",
    "wmo-voorziening": "67", "leerlingenvervoer": "100", "grofvuil": "67", "afvalcontainer": "67",
    "melding-openbare-ruimte": "67", "omgevingsvergunning": "V:olo", "kapvergunning": "V:olo",
    "bouwdossier-inzage": "67", "bezwaar": "100", "klacht": "67", "woo-verzoek": "67", "subsidie": "100",
    "evenementenvergunning": "33", "exploitatievergunning-horeca": "33", "alcoholvergunning": "33",
    "terrasvergunning": "67", "standplaatsvergunning": "33", "marktvergunning": "0", "reclamebelasting": "NO",
    "geluidsontheffing": "67", "winkeltijdenontheffing": "33", "kansspelautomaatvergunning": "33",
    "collectevergunning": "33", "ligplaatsvergunning": "NO", "uitwegvergunning": "V:olo",
    "belastingaanslag-bezwaar": "V:tax", "betalingsregeling": "V:tax",
}

NOT_OFFERED_TEXT = {
    "reclamebelasting": "De gemeente {g} heft geen reclamebelasting. U betaalt dus geen belasting voor reclame aan uw gevel.",
    "ligplaatsvergunning": "In de gemeente {g} zijn geen openbare ligplaatsen voor (woon)boten. De gemeente geeft daarom geen ligplaatsvergunningen af.",
    "parkeervergunning": "In de gemeente {g} is parkeren gratis. Er zijn geen vergunninggebieden, u kunt daarom geen parkeervergunning aanvragen.",
    "marktvergunning": "In de gemeente {g} is geen weekmarkt. Wij geven daarom geen marktvergunningen uit.",
    "hondenbelasting": "De gemeente {g} heft geen hondenbelasting. U hoeft uw hond dus niet aan of af te melden.",
}

SITES = [
    dict(code="GM0971", key="stein", name="Stein", host="www.gemeentestein.test", inh=24800, cms="iprox",
         platform="openforms", tax="bsgw", mechs=["datahref", "sdk_embed", "onclick", "accordion", "digidimg"],
         over={"parkeervergunning": "100", "geboorteaangifte": "100", "marktvergunning": "33",
               "winkeltijdenontheffing": "NF", "evenementenvergunning": "100", "woo-verzoek": "100",
               "standplaatsvergunning": "67"}),
    dict(code="GM1924", key="goeree", name="Goeree-Overflakkee", host="www.goeree-overflakkee.test", inh=51500,
         cms="slug", platform="choice", tax="svhw", mechs=["jsfile", "onclick", "tabs", "plain"],
         over={"ligplaatsvergunning": "33", "parkeervergunning": "NO", "reclamebelasting": "0", "kapvergunning": "67",
               "marktvergunning": "33", "geluidsontheffing": "33", "kansspelautomaatvergunning": "NF",
               "grofvuil": "100", "exploitatievergunning-horeca": "100"}),
    dict(code="GM0553", key="lisse", name="Lisse", host="www.lisse.test", inh=23100, cms="productid",
         platform="triple", tax=None, mechs=["base_rel", "onclick", "jsonconf", "base_up"],
         over={"hondenbelasting": "100", "belastingkwijtschelding": "33", "woz-bezwaar": "100",
               "belastingaanslag-bezwaar": "100", "betalingsregeling": "33", "grofvuil": "V:waste",
               "afvalcontainer": "V:waste", "evenementenvergunning": "67", "collectevergunning": "67",
               "wmo-voorziening": "0", "leerlingenvervoer": "33", "ligplaatsvergunning": "33",
               "reclamebelasting": "NF"}),
    dict(code="GM0613", key="albrandswaard", name="Albrandswaard", host="www.albrandswaard.test", inh=26300,
         cms="pdcloket", platform="getchoice", tax="svhw", mechs=["getform", "getform", "onclick", "tabs_get"],
         over={"parkeervergunning": "NO", "marktvergunning": "33", "kapvergunning": "67", "bezwaar": "33",
               "standplaatsvergunning": "67", "uitwegvergunning": "67", "huwelijksaangifte": "0",
               "alcoholvergunning": "100"}),
    dict(code="GM0852", key="waterland", name="Waterland", host="www.waterland.test", inh=17600, cms="owc",
         platform="gravity", tax="cocensus", mechs=["tabs_json", "jsonconf", "onclick", "digidimg"],
         over={"ligplaatsvergunning": "67", "parkeervergunning": "100", "grofvuil": "V:waste",
               "afvalcontainer": "V:waste", "winkeltijdenontheffing": "0", "marktvergunning": "33",
               "kansspelautomaatvergunning": "NF", "klacht": "100"}),
    dict(code="GM0994", key="valkenburg", name="Valkenburg aan de Geul", host="www.valkenburg.test", inh=16400,
         cms="spa", platform="formdesk", tax="bsgw", mechs=["spa", "iframe", "spa"],
         over={"reclamebelasting": "0", "terrasvergunning": "100", "evenementenvergunning": "100",
               "exploitatievergunning-horeca": "67", "standplaatsvergunning": "67", "marktvergunning": "33",
               "geluidsontheffing": "67", "woo-verzoek": "0", "leerlingenvervoer": "67", "bouwdossier-inzage": "33"}),
    dict(code="GM0944", key="mook", name="Mook en Middelaar", host="www.mookenmiddelaar.test", inh=7900,
         cms="drupal", platform="iform", tax="bsgw", mechs=["cookie", "digidimg", "onclick", "datahref"],
         over={"parkeervergunning": "NO", "ligplaatsvergunning": "33", "marktvergunning": "NO",
               "winkeltijdenontheffing": "NF", "collectevergunning": "0", "wmo-voorziening": "100",
               "klacht": "100", "subsidie": "33", "hondenbelasting": "NO"}),
    dict(code="GM0277", key="rozendaal", name="Rozendaal", host="www.rozendaal.test", inh=1700, cms="php",
         platform="eloket", tax=None, mechs=["window_open", "plain", "onclick"],
         over={"hondenbelasting": "33", "belastingkwijtschelding": "33", "woz-bezwaar": "67",
               "belastingaanslag-bezwaar": "33", "betalingsregeling": "0", "parkeervergunning": "NO",
               "marktvergunning": "NO", "standplaatsvergunning": "33", "kansspelautomaatvergunning": "NF",
               "winkeltijdenontheffing": "NF", "exploitatievergunning-horeca": "33", "terrasvergunning": "33",
               "geluidsontheffing": "33", "wmo-voorziening": "0", "leerlingenvervoer": "33", "grofvuil": "0",
               "afvalcontainer": "0", "bouwdossier-inzage": "0", "woo-verzoek": "0", "bezwaar": "33",
               "subsidie": "33", "gehandicaptenparkeerplaats": "0", "bijzondere-bijstand": "33"}),
]

TAX = {
    "bsgw": ("www.bsgw.test", "BsGW", "Belastingsamenwerking Gemeenten en Waterschappen"),
    "svhw": ("www.svhw.test", "SVHW", "Samenwerkingsverband Vastgoedinformatie Heffing en Waardebepaling"),
    "cocensus": ("www.cocensus.test", "Cocensus", "Cocensus, uitvoeringsorganisatie belastingen"),
}
WASTE = {"lisse": ("www.meerlanden.test", "Meerlanden"), "waterland": ("www.hvcgroep.test", "HVC")}
OLO = "omgevingswet.overheid.test"
WERK = "www.werk.test"
DIGID = "http://digid-sim.test/inloggen"
EH = "http://eherkenning-sim.test/inloggen"

FILES = {}
REDIRECTS = []


def h32(s):
    return zlib.crc32(s.encode())


def put(url, content):
    assert url.startswith("http://"), url
    rest = url[7:]
    host, _, path = rest.partition("/")
    if path == "" or path.endswith("/"):
        path += "index.html"
    if isinstance(content, str):
        content = content.encode("utf-8")
    FILES[(host, path)] = content


def redirect(url, location):
    REDIRECTS.append({"url": url, "status": 302, "location": location})


def pdf_bytes(title, lines):
    text = "BT /F1 16 Tf 50 780 Td (%s) Tj ET\n" % title.replace("(", "[").replace(")", "]")
    y = 750
    for ln in lines:
        text += "BT /F1 11 Tf 50 %d Td (%s) Tj ET\n" % (y, ln.replace("(", "[").replace(")", "]"))
        y -= 18
    stream = text.encode("latin-1", "replace")
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
            b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"endstream",
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    out = b"%PDF-1.4\n"
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for o in offs:
        out += b"%010d 00000 n \n" % o
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    return out


def simple_page(title, body, extra_head=""):
    return ("<!DOCTYPE html>\n<html lang=\"nl\"><head><meta charset=\"utf-8\"><title>%s</title>%s</head>"
            "<body>\n%s\n</body></html>\n" % (E(title), extra_head, body))


# ---------------------------------------------------------------- identity providers
def build_idps():
    put(DIGID, simple_page("Inloggen | DigiD", "<h1>Inloggen bij DigiD</h1><p>Kies hoe u wilt inloggen.</p>"
        "<form method=\"post\" action=\"http://digid-sim.test/inloggen\"><label>DigiD gebruikersnaam <input name=\"u\"></label>"
        "<label>Wachtwoord <input type=\"password\" name=\"p\"></label><button>Inloggen</button></form>"
        "<p><a href=\"http://digid-sim.test/inloggen-app\">Inloggen met de DigiD app</a></p>"))
    put("http://digid-sim.test/inloggen-app", simple_page("DigiD app | DigiD", "<h1>Inloggen met de DigiD app</h1><p>Scan de QR-code.</p>"))
    put(EH, simple_page("eHerkenning | Kies uw leverancier", "<h1>Inloggen met eHerkenning</h1><p>Kies uw eHerkenningsleverancier.</p>"
        "<form method=\"post\" action=\"http://eherkenning-sim.test/inloggen\"><select name=\"mk\"><option>Leverancier A</option></select><button>Verder</button></form>"))


def login(url, idp="digid"):
    """A login start that answers 302 to the identity provider."""
    redirect(url, (DIGID if idp == "digid" else EH) + "?dienst=" + url.split("/")[2].split(".")[0])
    return url


# ---------------------------------------------------------------- shared bodies
def shared_pages():
    # Omgevingsloket
    put("http://%s/" % OLO, simple_page("Omgevingsloket", "<h1>Omgevingsloket</h1><p>Vergunning aanvragen of melding doen voor de fysieke leefomgeving.</p>"
        "<p><a href=\"http://%s/aanvragen\">Aanvragen</a> | <a href=\"http://%s/vergunningcheck\">Vergunningcheck</a></p>" % (OLO, OLO)))
    login("http://%s/aanvragen/inloggen/digid" % OLO)
    login("http://%s/aanvragen/inloggen/eherkenning" % OLO, "eh")
    put("http://%s/aanvragen" % OLO, simple_page("Aanvragen | Omgevingsloket",
        "<h1>Aanvraag of melding indienen</h1><p>Log in om een aanvraag voor een omgevingsvergunning of een melding in te dienen. "
        "Na het inloggen zijn uw naam, adres en contactgegevens automatisch vooraf ingevuld.</p>"
        "<p><a class=\"button\" href=\"http://%s/aanvragen/inloggen/digid\">Inloggen met DigiD</a> "
        "<a class=\"button\" href=\"http://%s/aanvragen/inloggen/eherkenning\">Inloggen met eHerkenning</a></p>" % (OLO, OLO)))
    put("http://%s/vergunningcheck" % OLO, simple_page("Vergunningcheck | Omgevingsloket",
        "<h1>Vergunningcheck</h1><p>Check of u een vergunning nodig heeft. U hoeft niet in te loggen. Dit is geen aanvraag.</p>"
        "<form method=\"get\" action=\"http://%s/vergunningcheck-vragen\"><label>Locatie <input name=\"adres\"></label><button>Start de check</button></form>" % OLO))
    put("http://%s/vergunningcheck-vragen" % OLO, simple_page("Vragen | Vergunningcheck", "<h1>Vergunningcheck</h1><p>Beantwoord de vragen.</p>"))
    # werk.nl-like
    login("http://%s/inloggen/digid/bijstand" % WERK)
    put("http://%s/werkzoekenden/bijstand-aanvragen" % WERK, simple_page("Bijstand aanvragen | Werk",
        "<h1>Bijstandsuitkering aanvragen</h1><p>U vraagt de bijstandsuitkering aan via deze website. U logt in met DigiD. Daarna stuurt uw gemeente uw aanvraag verder af.</p>"
        "<p><a href=\"http://%s/inloggen/digid/bijstand\"><img src=\"http://%s/img/digid.svg\" alt=\"Inloggen met DigiD\"></a></p>" % (WERK, WERK)))
    put("http://%s/img/digid.svg" % WERK, SVG_DIGID)
    # tax offices
    for k, (host, short, long) in TAX.items():
        put("http://%s/" % host, simple_page(short, "<h1>%s</h1><p>%s heft en int belastingen voor gemeenten en waterschappen.</p>"
            "<p><a href=\"http://%s/mijn/inloggen\">Mijn %s</a></p>" % (E(long), E(short), host, E(short))))
        put("http://%s/mijn/inloggen" % host, simple_page("Inloggen | " + short, "<h1>Inloggen Mijn %s</h1>"
            "<p><a href=\"http://%s/mijn/digid\">Inloggen met DigiD</a> <a href=\"http://%s/mijn/eherkenning\">Inloggen met eHerkenning</a></p>" % (E(short), host, host)))
        login("http://%s/mijn/digid" % host)
        login("http://%s/mijn/eherkenning" % host, "eh")
        for topic in ("hondenbelasting", "kwijtschelding", "woz-bezwaar", "bezwaar", "betalingsregeling", "incasso", "status-bezwaar", "taxatieverslag"):
            login("http://%s/mijn/%s/digid" % (host, topic))
    # waste companies
    for k, (host, short) in WASTE.items():
        put("http://%s/" % host, simple_page(short, "<h1>%s</h1><p>Afvalinzameling.</p>" % short))
        for slug, t in (("grofvuil-afspraak", "Grofvuil ophalen: afspraak maken"), ("containers-aanvragen", "Container aanvragen, ruilen of inleveren")):
            put("http://%s/%s" % (host, slug), simple_page(t + " | " + short, "<h1>%s</h1><form method=\"post\" action=\"http://%s/%s\">"
                "<label>Postcode <input name=\"postcode\" required></label><label>Huisnummer <input name=\"nr\" required></label>"
                "<label>E-mail <input type=\"email\" name=\"email\"></label><button type=\"submit\">Verzenden</button></form>" % (E(t), host, "verzonden")))
            put("http://%s/verzonden" % host, simple_page("Verzonden", "<h1>Bedankt</h1><p>Uw aanvraag is ontvangen.</p>"))


SVG_DIGID = ('<svg xmlns="http://www.w3.org/2000/svg" width="60" height="60"><rect width="60" height="60" fill="#000"/>'
             '<text x="8" y="38" fill="#fff" font-size="16" font-family="Arial">DigiD</text></svg>\n')


# ---------------------------------------------------------------- one site
class Site:
    def __init__(self, d, products):
        self.__dict__.update(d)
        self.products = products
        self.d = self.host[4:]  # domain without www.
        self.base = "http://%s/" % self.host
        self.g = self.name
        self.trap_sitewide = []
        self.jsmap = {}  # for jsfile mechanism
        self.nav = []   # (title, url) for A-Z
        self.pid = 1000

    # ---------------- URL schemes
    def product_url(self, p, title):
        k = p["key"]
        if self.cms == "iprox":
            sec = PT[k][2].replace(" ", "_")
            return self.base + "Inwoners/%s/%s" % (sec, title.replace(" ", "_").replace(",", "").replace("(", "").replace(")", ""))
        if self.cms == "slug":
            return self.base + k
        if self.cms == "productid":
            self.pid += 7
            sec = "ondernemers" if p["aud"] == "ondernemer" else "inwoners"
            return self.base + "%s/product/%s_%d.html" % (sec, k, self.pid)
        if self.cms == "pdcloket":
            return "http://loket.%s/producten/%s" % (self.d, k)
        if self.cms == "owc":
            return self.base + "onderwerp/%s/" % k
        if self.cms == "spa":
            return self.base + "product/%s" % k
        if self.cms == "drupal":
            return self.base + ("ondernemen" if p["aud"] == "ondernemer" else "inwoners") + "/direct-regelen/" + k
        if self.cms == "php":
            self.pid += 3
            return self.base + "index.php?id=%d" % self.pid
        raise ValueError(self.cms)

    def title_for(self, p):
        k = p["key"]
        style = {"iprox": 1, "slug": 0, "productid": 1, "pdcloket": 0, "owc": 2, "spa": 0, "drupal": 2, "php": 1}[self.cms]
        if style == 0:
            return p["name"]
        if style == 1:
            return PT[k][1] if k in PT else p["name"]
        return PT[k][0] if k in PT else p["name"]

    # ---------------- form platforms
    def form(self, slug, title, auth=None):
        """Create the form route of this site's platform; auth None/'digid'/'eh'. Returns route URL."""
        pf = self.platform
        d = self.d
        if pf == "openforms":
            fh = "http://formulieren.%s/" % d
            url = fh + slug
            api = {"slug": slug, "name": title, "loginRequired": bool(auth),
                   "loginOptions": ([{"identifier": "digid" if auth == "digid" else "eherkenning",
                                      "label": "Inloggen met DigiD" if auth == "digid" else "Inloggen met eHerkenning",
                                      "url": login(fh + "auth/%s/%s/start" % (slug, "digid" if auth == "digid" else "eherkenning"), auth)}]
                                    if auth else []),
                   "steps": [{"title": "Uw gegevens"}, {"title": "Controleren"}],
                   "submitUrl": fh + "api/v2/submissions/" + slug}
            put(fh + "api/v2/forms/" + slug, json.dumps(api, ensure_ascii=False, indent=1))
            put(fh + "api/v2/submissions/" + slug, json.dumps({"status": "received"}))
            put(url, simple_page(title + " | Gemeente " + self.g,
                "<noscript>Schakel JavaScript in om dit formulier te gebruiken.</noscript>\n"
                "<div id=\"openforms-root\" data-sdk-module data-base-url=\"%sapi/v2/\" data-form-id=\"%s\"></div>\n"
                "<script src=\"%sstatic/sdk/open-forms-sdk.js\"></script>" % (fh, slug, fh)))
            return url
        if pf == "choice":
            fh = "http://eformulieren.%s/formulier/%s" % (d, slug)
            if auth:
                put(fh, simple_page("Hoe wilt u inloggen? | " + title,
                    "<h1>%s</h1><h2>Hoe wilt u inloggen?</h2>"
                    "<button type=\"button\" class=\"login-keuze\" onclick=\"location.href='%s'\"><img src=\"http://eformulieren.%s/img/digid.svg\" alt=\"\"> Als particulier met DigiD</button>\n"
                    "<button type=\"button\" class=\"login-keuze\" onclick=\"location.href='%s'\">Als ondernemer met eHerkenning</button>"
                    % (E(title), login(fh + "/inloggen/digid"), d, login(fh + "/inloggen/eherkenning", "eh"))))
                put("http://eformulieren.%s/img/digid.svg" % d, SVG_DIGID)
            else:
                put(fh, simple_page(title + " | E-formulieren", self.form_html(title, "http://eformulieren.%s/verzonden" % d)))
                put("http://eformulieren.%s/verzonden" % d, simple_page("Verzonden", "<h1>Bedankt</h1>"))
                pass
            return fh
        if pf == "triple":
            name = "".join(w.capitalize() for w in slug.split("-"))
            fh = "http://www.%s/eloket/eFormulieren/%s.aspx" % (d, name)
            if auth:
                lg = login("http://www.%s/eloket/%s/Start/%s.aspx" % (d, "DigiD" if auth == "digid" else "eHerkenning", name), auth)
                put(fh, simple_page(title + " - eFormulieren",
                    "<form method=\"post\" action=\"%s\" id=\"aspnetForm\"><input type=\"hidden\" name=\"__VIEWSTATE\" value=\"dDwtMTA4\">"
                    "<h1>%s</h1><p>Voor dit formulier moet u inloggen.</p>"
                    "<input type=\"button\" id=\"ctl00_btnLogin\" value=\"%s\" onclick=\"window.location='%s';return false;\"></form>"
                    % (fh, E(title), "Inloggen met DigiD" if auth == "digid" else "Inloggen met eHerkenning", lg)))
            else:
                put(fh, "<!DOCTYPE html><html><head><title>%s - eFormulieren</title></head><body>%s</body></html>" % (
                    E(title), self.form_html(title, fh + "?stap=2", bare=True)))
                put(fh + "?stap=2", simple_page("Stap 2", "<h1>Stap 2 van 3</h1><p>Controleer uw gegevens.</p>"))
            return fh
        if pf == "getchoice":
            fh = "http://formulieren.%s/start?formulier=%s" % (d, slug)
            if auth:
                put(fh, simple_page("Hoe wilt u inloggen? | Gemeente Albrandswaard",
                    "<h1>%s</h1><h2>Hoe wilt u inloggen?</h2><ul class=\"inlogkeuze\">"
                    "<li><form method=\"get\" action=\"http://formulieren.%s/login/digid/%s\"><button type=\"submit\">Ik ben inwoner: inloggen met DigiD</button></form></li>"
                    "<li><form method=\"get\" action=\"http://formulieren.%s/login/eherkenning/%s\"><button type=\"submit\">Ik ben ondernemer: inloggen met eHerkenning</button></form></li></ul>"
                    % (E(title), d, slug, d, slug)))
                login("http://formulieren.%s/login/digid/%s" % (d, slug))
                login("http://formulieren.%s/login/eherkenning/%s" % (d, slug), "eh")
            else:
                put(fh, simple_page(title + " | Formulieren Albrandswaard", self.form_html(title, "http://formulieren.%s/verzonden" % d)))
                put("http://formulieren.%s/verzonden" % d, simple_page("Verzonden", "<h1>Uw formulier is verzonden</h1>"))
            return fh
        if pf == "gravity":
            fh = "http://mijn.%s/formulier/%s/" % (d, slug)
            if auth:
                lg = login("http://mijn.%s/inloggen/%s/%s" % (d, "digid" if auth == "digid" else "eherkenning", slug), auth)
                put(fh, simple_page(title + " – Mijn Waterland",
                    "<div class=\"gform_wrapper\"><h1>%s</h1><p>U moet ingelogd zijn om dit formulier in te vullen.</p>"
                    "<a class=\"gform_login\" href=\"%s\"><img src=\"http://mijn.%s/wp-content/uploads/digid.svg\" alt=\"%s\"></a></div>"
                    % (E(title), lg, d, "Inloggen met DigiD" if auth == "digid" else "Inloggen met eHerkenning")))
                put("http://mijn.%s/wp-content/uploads/digid.svg" % d, SVG_DIGID)
            else:
                put(fh, simple_page(title + " – Mijn Waterland", "<div class=\"gform_wrapper\">" + self.form_html(title, fh + "?gf_page=2", bare=True) + "</div>"))
                put(fh + "?gf_page=2", simple_page("Bevestiging", "<h1>Bedankt voor uw bericht</h1>"))
            return fh
        if pf == "formdesk":
            fh = "http://valkenburg.formdesk.test/gemeentevalkenburg/%s" % slug
            if auth:
                lg = login(fh + "/" + ("digid" if auth == "digid" else "eherkenning"), auth)
                put(fh, simple_page(title + " - Formdesk",
                    "<div class=\"fd-form\"><h1>%s</h1><p>Log eerst in.</p><form method=\"get\" action=\"%s\">"
                    "<input type=\"image\" src=\"http://valkenburg.formdesk.test/img/%s.svg\" alt=\"%s\"></form></div>"
                    % (E(title), lg, "digid" if auth == "digid" else "eherkenning", "Inloggen met DigiD" if auth == "digid" else "Inloggen met eHerkenning")))
                put("http://valkenburg.formdesk.test/img/digid.svg", SVG_DIGID)
                put("http://valkenburg.formdesk.test/img/eherkenning.svg", SVG_DIGID.replace("DigiD", "eH"))
            else:
                put(fh, simple_page(title + " - Formdesk", "<div class=\"fd-form\">" + self.form_html(title, "http://valkenburg.formdesk.test/verzonden", bare=True) + "</div>"))
                put("http://valkenburg.formdesk.test/verzonden", simple_page("Verzonden", "<h1>Bedankt</h1>"))
            return fh
        if pf == "iform":
            fh = "http://zaken.%s/iform/%s" % (d, slug)
            if auth:
                lg = login(fh + "/" + ("digid" if auth == "digid" else "eherkenning"), auth)
                put(fh, simple_page(title + " | iForm",
                    "<h1>%s</h1><p>Om dit formulier in te vullen logt u in.</p><a href=\"%s\" class=\"idp\"><img src=\"http://zaken.%s/iform/img/%s.png\" alt=\"%s\"></a>"
                    % (E(title), lg, d, "digid" if auth == "digid" else "eherkenning", "DigiD" if auth == "digid" else "eHerkenning")))
                put("http://zaken.%s/iform/img/digid.png" % d, PNG)
                put("http://zaken.%s/iform/img/eherkenning.png" % d, PNG)
            else:
                put(fh, simple_page(title + " | iForm", self.form_html(title, "http://zaken.%s/iform-verzonden" % d)))
                put("http://zaken.%s/iform-verzonden" % d, simple_page("Verzonden", "<h1>Bedankt</h1>"))
            return fh
        if pf == "eloket":
            fh = "http://e-loket.%s/%s" % (d, slug)
            if auth:
                lg = login(fh + "/" + ("digid" if auth == "digid" else "eherkenning"), auth)
                put(fh, simple_page(title + " | e-loket Rozendaal",
                    "<h1>%s</h1><p><input type=\"button\" value=\"Inloggen met %s\" onclick=\"document.location='%s'\"></p>"
                    % (E(title), "DigiD" if auth == "digid" else "eHerkenning", lg)))
            else:
                put(fh, simple_page(title + " | e-loket Rozendaal", self.form_html(title, "http://e-loket.%s/verzonden" % d)))
                put("http://e-loket.%s/verzonden" % d, simple_page("Verzonden", "<h1>Bedankt</h1>"))
            return fh
        raise ValueError(pf)

    def form_html(self, title, action, bare=False):
        f = ("<h1>%s</h1><form method=\"post\" action=\"%s\">"
             "<fieldset><legend>Uw gegevens</legend><label>Naam <input name=\"naam\" required></label>"
             "<label>Adres <input name=\"adres\"></label><label>E-mailadres <input type=\"email\" name=\"email\" required></label>"
             "<label>Toelichting <textarea name=\"toelichting\"></textarea></label></fieldset>"
             "<button type=\"submit\">Verzenden</button></form>" % (E(title), action))
        return f

    def pdf(self, slug, title, lines=None):
        url = self.base + "documenten/%s.pdf" % slug
        if self.cms == "php":
            url = self.base + "fileadmin/formulieren/%s.pdf" % slug
        put(url, pdf_bytes(title, lines or ["Gemeente " + self.g, "Vul dit formulier in en stuur het naar de gemeente.", "Naam: ______", "Adres: ______", "Handtekening: ______"]))
        return url

    def appointment(self, slug, title):
        ah = "http://afspraken.%s/" % self.d
        url = ah + "afspraak-maken/" + slug
        lg = login(ah + "inloggen/digid")
        put(url, simple_page("Afspraak maken | " + title,
            "<h1>Afspraak maken: %s</h1><p>Kies een datum en tijd.</p><form method=\"get\" action=\"%sbevestigen\">"
            "<select name=\"tijd\"><option>09:00</option><option>09:15</option></select><button>Volgende</button></form>"
            "<p>Wilt u uw gegevens niet invullen? <a href=\"%s\">Log in met DigiD</a> om uw afspraken te beheren.</p>" % (E(title), ah, lg)))
        put(ah + "bevestigen", simple_page("Bevestigen", "<h1>Afspraak bevestigen</h1>"))
        return url

    # ---------------- call-to-action rendering
    def cta(self, url, label, mech, cls="btn"):
        lab = E(label)
        if mech == "plain":
            return "<a class=\"%s\" href=\"%s\">%s</a>" % (cls, url, lab)
        if mech in ("onclick",):
            return "<button type=\"button\" class=\"%s\" onclick=\"window.location.href='%s'\">%s</button>" % (cls, url, lab)
        if mech == "window_open":
            return "<input type=\"button\" class=\"knop\" value=\"%s\" onclick=\"window.open('%s','_blank')\">" % (lab, url)
        if mech == "datahref":
            return "<span class=\"%s js-link\" role=\"link\" tabindex=\"0\" data-href=\"%s\">%s</span>" % (cls, url, lab)
        if mech == "jsfile":
            cid = "c%d" % (len(self.jsmap) + 1)
            self.jsmap[cid] = url
            return "<div class=\"direct-regelen-knop\" data-regelen-id=\"%s\" data-label=\"%s\"></div>" % (cid, lab)
        if mech == "jsonconf":
            cid = "cta-%d" % (h32(url + label) % 100000)
            return ("<div class=\"cta-placeholder\" id=\"%s\"></div><script type=\"application/json\" class=\"cta-config\" data-for=\"%s\">%s</script>"
                    % (cid, cid, json.dumps({"label": label, "url": url}, ensure_ascii=False)))
        if mech == "spa":
            cid = "cta%d" % (len(self.spa_ctas) + 1)
            self.spa_ctas.append({"id": cid, "href": url, "label": label})
            return "<button class=\"Button_primary__x1\" data-cta-id=\"%s\">%s</button>" % (cid, lab)
        if mech == "digidimg":
            if "digid" in url or "formulier" in url or "iform" in url or "eformulieren" in url or "formulieren." in url or "mijn." in url:
                return "<a class=\"digid-link\" href=\"%s\"><img src=\"%simages/logo-digid.svg\" alt=\"%s\" width=\"48\" height=\"48\"></a>" % (url, self.base, lab if "DigiD" in label else lab + " met DigiD")
            return self.cta(url, label, "onclick", cls)
        if mech == "cookie":
            # the way on passes a cookie-consent interstitial
            slug = "r%d" % (h32(url) % 1000000)
            self.cookie_targets[slug] = (url, label)
            return "<a class=\"%s\" href=\"%scookie-toestemming?terug=%s\">%s</a>" % (cls, self.base, slug, lab)
        if mech == "getform":
            if "?" in url:
                action, q = url.split("?", 1)
                hidden = "".join("<input type=\"hidden\" name=\"%s\" value=\"%s\">" % tuple(kv.split("=", 1)) for kv in q.split("&"))
                return "<form method=\"get\" action=\"%s\" class=\"cta-form\">%s<button type=\"submit\" class=\"%s\">%s</button></form>" % (action, hidden, cls, lab)
            return "<form method=\"get\" action=\"%s\" class=\"cta-form\"><button type=\"submit\" class=\"%s\">%s</button></form>" % (url, cls, lab)
        if mech in ("base_rel", "base_up"):
            # site has <base href="http://www.lisse.test/inwoners/">
            bh = self.base + "inwoners/"
            if url.startswith(bh):
                return "<a class=\"%s\" href=\"%s\">%s</a>" % (cls, url[len(bh):], lab)
            if url.startswith(self.base):
                return "<a class=\"%s\" href=\"../%s\">%s</a>" % (cls, url[len(self.base):], lab)
            return "<a class=\"%s\" href=\"%s\">%s</a>" % (cls, url, lab)
        if mech == "iframe":
            return "<iframe class=\"formdesk\" src=\"%s\" title=\"%s\" width=\"100%%\" height=\"700\"></iframe>" % (url, lab)
        if mech == "sdk_embed":
            return self.cta(url, label, "datahref", cls)
        raise ValueError(mech)

    def wrap(self, mech, inner, label="Aanvragen"):
        if mech in ("tabs", "tabs_get", "tabs_json"):
            return ("<div class=\"tabs\"><div role=\"tablist\"><button role=\"tab\" aria-selected=\"true\" aria-controls=\"tab-info\">Informatie</button>"
                    "<button role=\"tab\" aria-selected=\"false\" aria-controls=\"tab-aanvragen\">%s</button></div>"
                    "<div role=\"tabpanel\" id=\"tab-info\"><p>Lees eerst de voorwaarden.</p></div>"
                    "<div role=\"tabpanel\" id=\"tab-aanvragen\" hidden>%s</div></div>" % (E(label), inner))
        if mech == "accordion":
            return "<div class=\"iprox-accordion\"><details><summary>%s</summary><div class=\"content\">%s</div></details></div>" % (E(label), inner)
        return inner

    def base_mech(self, mech):
        return {"tabs": "datahref", "tabs_get": "getform", "tabs_json": "jsonconf", "accordion": "plain"}.get(mech, mech)

    # ---------------- page chrome per CMS
    def page(self, url, title, main, crumbs=()):
        g = E(self.g)
        head = "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
        scripts = ""
        cms = self.cms
        if cms == "productid":
            head += "<base href=\"%sinwoners/\">" % self.base
        if cms in ("iprox", "drupal"):
            scripts += "<script src=\"%sassets/js/site.js\"></script>" % self.base
        if cms == "slug":
            scripts += "<script src=\"%sthemes/custom/go/js/regelen.js\"></script>" % self.base
        if cms in ("owc", "productid"):
            scripts += "<script src=\"%swp-content/themes/owc/assets/cta.js\"></script>" % self.base if cms == "owc" else \
                "<script src=\"%sinclude/js/cta.js\"></script>" % self.base
        # header
        if cms == "iprox":
            header = ("<header class=\"iprox-header\"><a href=\"%s\" class=\"logo\"><img src=\"%simages/logo.svg\" alt=\"Gemeente %s\"></a>"
                      "<nav class=\"service\"><span class=\"js-link mijn\" data-href=\"http://mijn.%s/\">Mijn Stein</span></nav>"
                      "<nav class=\"hoofd\"><a href=\"%sInwoners/\">Inwoners</a> <a href=\"%sOndernemers\">Ondernemers</a> <a href=\"%sInwoners/Producten_en_diensten_A-Z\">Alle onderwerpen A-Z</a></nav></header>"
                      % (self.base, self.base, g, self.d, self.base, self.base, self.base))
        elif cms == "slug":
            header = ("<div id=\"cookiebar\"><p>Wij gebruiken cookies.</p><form method=\"get\" action=\"%scookies-opslaan\"><input type=\"hidden\" name=\"keuze\" value=\"alle\"><button>Alle cookies accepteren</button></form></div>"
                      "<header><a href=\"%s\"><img src=\"%simages/logo.svg\" alt=\"Logo gemeente %s\"></a>"
                      "<button type=\"button\" class=\"mijn-go\" onclick=\"location.href='http://mijn.%s/inloggen/'\">Mijn Goeree-Overflakkee</button>"
                      "<nav><a href=\"%sproducten-a-z\">Producten en diensten</a> <a href=\"%scontact\">Contact</a></nav></header>"
                      % (self.base, self.base, self.base, g, self.d, self.base, self.base))
        elif cms == "productid":
            header = ("<header><a href=\"../\"><img src=\"../include/img/logo.png\" alt=\"Gemeente Lisse\"></a>"
                      "<form class=\"zoek\" method=\"get\" action=\"../zoeken\"><input name=\"q\" aria-label=\"Zoeken\"><button>Zoek</button></form>"
                      "<a class=\"mijn\" href=\"../mijn-lisse/inloggen\">Inloggen Mijn Lisse</a>"
                      "<nav><a href=\"producten-a-z.html\">Inwoners</a> <a href=\"../ondernemers/producten-a-z.html\">Ondernemers</a></nav></header>")
        elif cms == "pdcloket":
            header = ("<header class=\"loket\"><a href=\"%s\">Gemeente Albrandswaard</a> | <a href=\"http://loket.%s/producten/\">Digitaal loket</a>"
                      "<form method=\"get\" action=\"http://mijn.%s/inloggen/\" class=\"mijnloket\"><input type=\"hidden\" name=\"bron\" value=\"loket\"><button>Mijn Loket</button></form></header>"
                      % (self.base, self.d, self.d))
        elif cms == "owc":
            header = ("<header class=\"site-header\"><a href=\"%s\" class=\"brand\">Gemeente Waterland</a><div id=\"owc-login\"></div>"
                      "<script type=\"application/json\" id=\"owc-header-config\">%s</script>"
                      "<nav><a href=\"%sonderwerpen/\">Onderwerpen</a> <a href=\"%scontact/\">Contact</a></nav></header>"
                      % (self.base, json.dumps({"login": {"label": "Inloggen Mijn Waterland", "url": "http://mijn.%s/inloggen/" % self.d}}), self.base, self.base))
        elif cms == "spa":
            header = "<header class=\"Header_root__a1\"><a href=\"%s\">Gemeente Valkenburg aan de Geul</a><button data-cta-id=\"hdr-login\">Mijn Valkenburg</button><a href=\"%sproducten\">Producten en diensten</a></header>" % (self.base, self.base)
        elif cms == "drupal":
            header = ("<header role=\"banner\"><a href=\"%s\" rel=\"home\"><img src=\"%simages/logo.svg\" alt=\"Home Mook en Middelaar\"></a>"
                      "<a class=\"mijn-omgeving\" href=\"http://mijn.%s/inloggen/\"><img src=\"%simages/logo-digid.svg\" alt=\"Mijn Mook en Middelaar\"></a>"
                      "<nav><a href=\"%sinwoners/direct-regelen/\">Direct regelen</a> <a href=\"%sondernemen/direct-regelen/\">Ondernemen</a></nav></header>"
                      % (self.base, self.base, self.d, self.base, self.base, self.base))
        else:  # php
            header = ("<table class=\"kop\"><tr><td><a href=\"%s\"><img src=\"%sfileadmin/logo.gif\" alt=\"Gemeente Rozendaal\"></a></td>"
                      "<td><input type=\"button\" value=\"Mijn Rozendaal\" onclick=\"window.open('http://mijn.%s/inloggen/','_self')\"></td>"
                      "<td><a href=\"%sindex.php?id=2\">Producten A-Z</a></td></tr></table>" % (self.base, self.base, self.d, self.base))
        # footer
        if cms == "iprox":
            footer = ("<footer><form method=\"post\" action=\"%sfeedback\" class=\"feedback\"><p>Was deze informatie nuttig?</p>"
                      "<button name=\"nuttig\" value=\"ja\">Ja</button><button name=\"nuttig\" value=\"nee\">Nee</button></form>"
                      "<a href=\"http://mijn.%s/\"><img src=\"%simages/logo-digid.svg\" alt=\"DigiD\"></a> <a href=\"%scontact\">Contact</a></footer>"
                      % (self.base, self.d, self.base, self.base))
        elif cms == "slug":
            footer = ("<footer><form method=\"post\" action=\"%snieuwsbrief/aanmelden\"><label>Nieuwsbrief <input type=\"email\" name=\"email\"></label><button>Aanmelden</button></form>"
                      "<a href=\"%scontact\">Contact</a> <a href=\"%sprivacy\">Privacy</a></footer>" % (self.base, self.base, self.base))
        elif cms == "productid":
            footer = "<footer><a href=\"../contact\">Contact</a> <a href=\"../privacy\">Privacyverklaring</a></footer>"
        elif cms == "pdcloket":
            footer = ("<footer><form method=\"post\" action=\"http://loket.%s/terugbelverzoek\"><p>Bel mij terug</p><input name=\"telefoon\"><button>Terugbelverzoek versturen</button></form>"
                      "<a href=\"%scontact\">Contact</a></footer>" % (self.d, self.base))
        elif cms == "owc":
            footer = ("<footer><a href=\"http://mijn.%s/inloggen/\"><img src=\"%swp-content/themes/owc/assets/digid.svg\" alt=\"Inloggen met DigiD\"></a>"
                      " <a href=\"%scontact/\">Contact</a></footer>" % (self.d, self.base, self.base))
        elif cms == "spa":
            footer = ("<footer><form method=\"post\" action=\"%sapi/feedback\"><p>Heeft deze pagina u geholpen?</p><button name=\"score\" value=\"1\">Ja</button><button name=\"score\" value=\"0\">Nee</button></form>"
                      "<a href=\"%scontact\">Contact</a></footer>" % (self.base, self.base))
        elif cms == "drupal":
            footer = ("<div class=\"eu-cookie-compliance-banner\"><form method=\"get\" action=\"%scookie-opslaan\"><input type=\"hidden\" name=\"terug\" value=\"home\"><button>Ik ga akkoord</button></form></div>"
                      "<footer><a href=\"%scontact\">Contact</a></footer>" % (self.base, self.base))
        else:
            footer = ("<table class=\"voet\"><tr><td><form method=\"post\" action=\"%snieuwsbrief.php\">Digitale nieuwsbrief <input name=\"email\"><input type=\"submit\" value=\"Aanmelden\"></form></td>"
                      "<td><a href=\"%sindex.php?id=3\">Contact</a></td></tr></table>" % (self.base, self.base))
        crumbhtml = ""
        if crumbs:
            crumbhtml = "<nav class=\"breadcrumb\">" + " &gt; ".join(
                "<a href=\"%s\">%s</a>" % (self.rel(u), E(t)) for t, u in crumbs) + "</nav>"
        body = header + crumbhtml + "<main id=\"content\">" + main + "</main>" + footer
        if cms == "spa":
            data = {"props": {"pageProps": {"title": title, "ctas": self.spa_ctas + [{"id": "hdr-login", "href": "http://mijn.%s/inloggen/" % self.d, "label": "Mijn Valkenburg"}]}},
                    "page": "/product/[slug]", "buildId": "v7Qa2"}
            body = "<div id=\"__next\">" + body + "</div><script id=\"__NEXT_DATA__\" type=\"application/json\">" + json.dumps(data, ensure_ascii=False) + "</script>"
            scripts += "<script src=\"%s_next/static/chunks/pages/_app-3f2a.js\"></script>" % self.base
            self.spa_ctas = []
        ttl = "%s - Gemeente %s" % (title, self.g) if cms != "php" else "Gemeente Rozendaal - %s" % title
        put(url, "<!DOCTYPE html>\n<html lang=\"nl\"><head><meta charset=\"utf-8\"><title>%s</title>%s</head><body>\n%s\n%s\n</body></html>\n"
            % (E(ttl), head, body, scripts))

    def rel(self, u):
        if self.cms == "productid":
            bh = self.base + "inwoners/"
            if u.startswith(bh):
                return u[len(bh):]
            if u.startswith(self.base):
                return "../" + u[len(self.base):]
        return u

    def sitewide_traps(self):
        return {"iprox": ["trap_header_login_js", "trap_footer_digid_logo", "trap_feedback_form"],
                "slug": ["trap_cookie_form", "trap_header_login_onclick", "trap_newsletter_form"],
                "productid": ["trap_header_login", "trap_search_form"],
                "pdcloket": ["trap_header_login_getform", "trap_callback_form"],
                "owc": ["trap_header_login_json", "trap_footer_digid_logo"],
                "spa": ["trap_header_login_js", "trap_feedback_form"],
                "drupal": ["trap_header_digid_logo", "trap_cookie_form"],
                "php": ["trap_header_login_onclick", "trap_newsletter_form"]}[self.cms]


PNG = bytes.fromhex("89504e470d0a1a0a0000000d4948445200000001000000010806000000"
                    "1f15c4890000000d49444154789c6360000002000001e221bc330000000049454e44ae426082")


def build_site(s, labels):
    s.spa_ctas = []
    s.cookie_targets = {}
    d = s.d
    g = s.g
    # portal ("Mijn <gemeente>") login
    mh = "http://mijn.%s/" % d
    lg = login(mh + "inloggen/digid")
    portal = simple_page("Mijn %s" % g, "<h1>Mijn %s</h1><p>Bekijk uw lopende zaken, berichten en aanslagen.</p>"
                         "<p><a href=\"%s\"><img src=\"%simg/digid.svg\" alt=\"Inloggen met DigiD\"></a></p>" % (E(g), lg, mh))
    put(mh, portal)
    put(mh + "inloggen/", portal)
    put(mh + "inloggen/index.html?bron=loket", portal)
    put(mh + "img/digid.svg", SVG_DIGID)
    put(s.base + "images/logo-digid.svg", SVG_DIGID)
    put(s.base + "images/logo.svg", SVG_DIGID.replace("DigiD", g[:5]))
    # contact form host used as a trap in iframes
    contact_iframe = "http://contact.%s/formulier/algemeen" % d
    put(contact_iframe, simple_page("Contactformulier", s.form_html("Stel uw vraag", "http://contact.%s/formulier/verzonden" % d)))
    put("http://contact.%s/formulier/verzonden" % d, simple_page("Verzonden", "<h1>Bedankt voor uw vraag</h1>"))
    site_traps = s.sitewide_traps()
    tax = TAX.get(s.tax) if s.tax else None
    entries = []
    mechs = s.mechs
    prods = s.products
    for i, p in enumerate(prods):
        k = p["key"]
        code = s.over.get(k, DEFAULT.get(k, "0"))
        if code == "V:tax" and not tax:
            code = "100"
        if code == "V:park" and s.key not in ("lisse", "valkenburg"):
            code = "100"
        if code == "V:waste" and s.key not in WASTE:
            code = "67"
        entries.append((p, code))
    rows = []
    for i, (p, code) in enumerate(entries):
        k = p["key"]
        if code == "NF":
            rows.append(dict(org_code=s.code, product_key=k, level="", status="not_found", product_url="", route_url="",
                             level_strict="", via="", signals="", notes="no page about this product on the site"))
            continue
        title = s.title_for(p)
        purl = s.product_url(p, title)
        mech = mechs[i % len(mechs)]
        bm = s.base_mech(mech)
        intro = PT.get(k, (p["name"], p["name"], "Overig", p["name"] + ".", "Neem contact op met de gemeente."))
        sig = []
        traps = list(site_traps)
        notes = []
        level = ""
        route = ""
        via = ""
        strict = ""
        status = "ok"
        cta_html = ""
        extra = ""
        business = p["aud"] == "ondernemer"
        auth = "eh" if business else "digid"
        if code == "NO":
            status = "not_offered"
            txt = NOT_OFFERED_TEXT.get(k, "De gemeente {g} biedt dit product niet aan.").format(g=g)
            cta_html = "<div class=\"melding\"><p><strong>%s</strong></p></div>" % E(txt)
            notes.append("page states the product is not offered")
        elif code == "0":
            level = "0"
            if k in ("paspoort", "identiteitskaart", "geboorteaangifte", "huwelijksaangifte", "brp-uittreksel", "bijstand", "bouwdossier-inzage"):
                ap = s.appointment(k, intro[0])
                cta_html = "<p>%s</p>%s" % (E(intro[4]), s.wrap(mech, s.cta(ap, "Maak een afspraak", bm)))
                sig.append("appointment_online")
                traps.append("trap_appointment_digid")
                notes.append("appointment only; the appointment system has its own DigiD login")
            else:
                cta_html = "<p>%s</p><p>Telefoon 14 0%s of mail naar <a href=\"mailto:info@%s\">info@%s</a>.</p>" % (E(intro[4]), s.code[-3:], d, d)
                if i % 2 == 0:
                    pf = s.form("papier-" + k, "Formulier %s op papier aanvragen" % intro[0].lower())
                    cta_html += "<p>Wilt u het aanvraagformulier op papier ontvangen?</p>" + s.cta(pf, "Papieren formulier opvragen", bm if bm not in ("iframe",) else "spa" if s.cms == "spa" else "onclick")
                    traps.append("trap_paper_form_order")
                    notes.append("the online form only orders a paper form by post")
                else:
                    cta_html += "<p><em>Online aanvragen is (nog) niet mogelijk.</em></p>"
                    traps.append("trap_no_online_text")
            sig.append("info_only")
        elif code == "33":
            level = "33"
            route = s.pdf("aanvraagformulier-" + k, "Aanvraagformulier " + intro[0].lower())
            kb = 60 + h32(k) % 300
            lab = "Aanvraagformulier %s (pdf, %d kB)" % (intro[0].lower(), kb)
            m = bm if bm not in ("iframe", "getform", "sdk_embed", "digidimg") else ("spa" if s.cms == "spa" else "onclick")
            cta_html = "<p>Vul het aanvraagformulier in en stuur het met de bijlagen naar de gemeente.</p>" + s.wrap(mech, s.cta(route, lab, m))
            sig.append("pdf")
            if i % 3 == 0:
                cta_html += "<p><em>Online aanvragen is nog niet mogelijk.</em></p>"
                traps.append("trap_no_online_text")
        elif code == "67":
            level = "67"
            strict = "67"
            route = s.form(k, p["name"])
            if s.platform == "openforms":
                sig.append("js_only")
                sig.append("openforms")
            lab = {"grofvuil": "Grofvuil aanmelden", "melding-openbare-ruimte": "Melding doen",
                   "klacht": "Klacht indienen"}.get(k, "Online aanvragen")
            if mech == "iframe":
                cta_html = "<p>Vul het formulier hieronder in.</p>" + s.cta(route, p["name"], "iframe")
                sig.append("iframe_form")
            else:
                cta_html = "<p>U kunt dit online regelen, zonder in te loggen.</p>" + s.wrap(mech, s.cta(route, lab, bm))
            sig.append("online_form")
        elif code == "100":
            level = "100"
            route = s.form(k, p["name"], auth)
            sig.append("digid" if auth == "digid" else "eherkenning")
            if s.platform == "openforms":
                sig += ["js_only", "openforms"]
            if s.platform in ("choice", "getchoice"):
                sig.append("login_choice_page")
            lab = "%s (met %s)" % ({"verhuismelding": "Verhuizing doorgeven", "brp-uittreksel": "Uittreksel aanvragen",
                                    "geboorteaangifte": "Geboorteaangifte doen"}.get(k, "Direct aanvragen"),
                                   "DigiD" if auth == "digid" else "eHerkenning")
            prefill = k in ("verhuismelding", "brp-uittreksel", "bijzondere-bijstand", "parkeervergunning")
            if mech == "sdk_embed" and s.platform == "openforms":
                fh = "http://formulieren.%s/" % d
                cta_html = ("<div class=\"openforms\"><div id=\"openforms-root\" data-sdk-module data-base-url=\"%sapi/v2/\" data-form-id=\"%s\"></div>"
                            "<script src=\"%sstatic/sdk/open-forms-sdk.js\"></script><noscript>Schakel JavaScript in om het formulier te zien.</noscript></div>" % (fh, k, fh))
                route = fh + "auth/%s/%s/start" % (k, "digid" if auth == "digid" else "eherkenning")
                sig.append("sdk_embedded")
                notes.append("Open Forms SDK embedded on the product page; login button exists only after JS; route is the login start from the forms API")
            elif mech == "iframe":
                cta_html = "<p>Log in het formulier hieronder in met %s.</p>" % ("DigiD" if auth == "digid" else "eHerkenning") + s.cta(route, p["name"], "iframe")
                sig.append("iframe_form")
            else:
                cta_html = "<p>U regelt dit online. U logt in met %s.</p>" % ("DigiD" if auth == "digid" else "eHerkenning") + s.wrap(mech, s.cta(route, lab, bm))
            if prefill:
                cta_html += "<p>Na het inloggen zijn uw naam en adres al voor u ingevuld.</p>"
                strict = "100"
                sig.append("prefill_text")
            else:
                strict = "67"
        elif code.startswith("V:"):
            kind = code[2:]
            level = "100"
            if kind == "tax":
                via, short, long = tax
                topic = {"hondenbelasting": "hondenbelasting", "belastingkwijtschelding": "kwijtschelding", "woz-bezwaar": "woz-bezwaar",
                         "belastingaanslag-bezwaar": "bezwaar", "betalingsregeling": "betalingsregeling"}[k]
                route = "http://%s/mijn/%s/digid" % (via, topic)
                lab = "Regel het bij %s (DigiD)" % short
                cta_html = "<p>De belastingen van de gemeente %s worden uitgevoerd door %s (%s). U regelt dit in Mijn %s.</p>" % (E(g), E(short), E(long), E(short))
                cta_html += s.wrap(mech, s.cta(route, lab, bm if bm not in ("iframe",) else "spa"))
                sig += ["digid", "delegated"]
                if k == "belastingkwijtschelding":
                    cta_html += "<p>In Mijn %s staan uw inkomensgegevens al voor u klaar.</p>" % E(short)
                    strict = "100"
                    sig.append("prefill_text")
                else:
                    strict = "67"
            elif kind == "olo":
                via = OLO
                route = "http://%s/aanvragen" % OLO
                cta_html = ("<p>U vraagt de vergunning aan via het landelijke Omgevingsloket.</p>"
                            + s.wrap(mech, s.cta(route, "Aanvragen via het Omgevingsloket", bm if bm not in ("iframe",) else "spa")))
                sig += ["digid", "eherkenning", "delegated", "prefill_text"]
                strict = "100"
            elif kind == "werk":
                via = WERK
                route = "http://%s/werkzoekenden/bijstand-aanvragen" % WERK
                cta_html = ("<p>U vraagt bijstand aan via werk.test. Daarvoor heeft u DigiD nodig.</p>"
                            + s.wrap(mech, s.cta(route, "Bijstand aanvragen via werk.test", bm if bm not in ("iframe",) else "spa")))
                sig += ["digid", "delegated"]
                strict = "67"
            elif kind == "park":
                via = "%s.parkeerservice.test" % s.key
                route = login("http://%s/vergunningen/bewoners/aanvragen" % via)
                put("http://%s/" % via, simple_page("Parkeerservice %s" % g, "<h1>Parkeerservice</h1><p><a href=\"%s\">Bewonersvergunning aanvragen (DigiD)</a></p>" % route))
                cta_html = ("<p>Parkeervergunningen worden uitgegeven door de Parkeerservice.</p>"
                            + s.wrap(mech, s.cta(route, "Parkeervergunning aanvragen bij Parkeerservice (DigiD)", bm if bm not in ("iframe",) else "spa")))
                sig += ["digid", "delegated"]
                strict = "67"
            elif kind == "waste":
                via, short = WASTE[s.key]
                level = "67"
                strict = "67"
                route = "http://%s/%s" % (via, "grofvuil-afspraak" if k == "grofvuil" else "containers-aanvragen")
                cta_html = ("<p>De afvalinzameling wordt uitgevoerd door %s.</p>" % E(short)
                            + s.wrap(mech, s.cta(route, "Regel het bij %s" % short, bm)))
                sig += ["online_form", "delegated"]
        # product specific trap
        pt = PTRAP.get(k)
        trap_html = ""
        if pt and status == "ok":
            tsig, tlab, tkind = pt
            tm = s.base_mech(mechs[(i + 1) % len(mechs)])
            if tm in ("iframe", "sdk_embed"):
                tm = "spa" if s.cms == "spa" else "onclick"
            if tm == "digidimg" and tkind != "form100":
                tm = "onclick"
            tslug = "t-" + k
            if tkind == "form67":
                tu = s.form(tslug, tlab)
            elif tkind == "form100":
                tu = s.form(tslug, tlab, "digid" if "eHerkenning" not in tlab else "eh")
            elif tkind == "pdf":
                tu = s.pdf(tslug, tlab, ["Gemeente " + g, tlab, "Artikel 1. Begripsbepalingen", "Artikel 2. ..."])
            elif tkind == "appt":
                tu = s.appointment(tslug, tlab)
            elif tkind == "pay":
                tu = "http://betalen.%s/ideal/%s" % (d, k)
                put(tu, simple_page("Betalen | Gemeente " + g, "<h1>%s</h1><form method=\"post\" action=\"http://betalen.%s/ideal/start\"><label>Kenmerk <input name=\"kenmerk\"></label><button>Betalen met iDEAL</button></form>" % (E(tlab), d)))
                put("http://betalen.%s/ideal/start" % d, simple_page("iDEAL", "<h1>Kies uw bank</h1>"))
            elif tkind == "check":
                tu = "http://%s/vergunningcheck" % OLO
            elif tkind == "search":
                tu = s.base + "zoeken-archief"
                put(tu, simple_page("Zoeken", "<h1>Zoeken</h1><form method=\"get\" action=\"%szoeken-archief\"><input name=\"q\"><button>Zoek</button></form>" % s.base))
            if tkind == "form100" and tsig == "trap_sibling_form":
                pass
            trap_html = "<aside class=\"ook-regelen\"><h2>Ook regelen</h2>%s</aside>" % s.cta(tu, tlab, tm, "btn-secondary")
            traps.append(tsig if tkind != "form100" or tsig != "trap_sibling_form" else "trap_sibling_form_digid")
        # a second, generic trap rotating over the pages
        gen_html = ""
        r = i % 5
        if r == 0:
            gen_html = "<iframe src=\"%s\" title=\"Stel uw vraag\" class=\"contact\"></iframe>" % contact_iframe
            traps.append("trap_contact_iframe")
        elif r == 1:
            u = s.pdf("legesverordening-2026", "Legesverordening 2026", ["Gemeente " + g, "Tarieventabel behorende bij de Legesverordening 2026"])
            gen_html = "<p>De kosten staan in de %s.</p>" % s.cta(u, "Legesverordening 2026 (pdf, 412 kB)", "plain" if s.cms != "productid" else "base_rel", "doc")
            traps.append("trap_tariff_pdf")
        elif r == 2:
            u = s.form("status", "Bekijk de status van uw aanvraag", "digid")
            gen_html = "<p>Al aangevraagd? %s</p>" % s.cta(u, "Bekijk de status", s.base_mech(mechs[(i + 2) % len(mechs)]) if mechs[(i + 2) % len(mechs)] not in ("iframe", "sdk_embed", "cookie") else "onclick", "link")
            traps.append("trap_status_tracker")
        elif r == 3 and k not in ("bezwaar", "klacht"):
            u = s.form("bezwaar-besluit", "Bezwaar maken tegen een besluit", "digid")
            gen_html = "<p>Niet eens met het besluit op uw aanvraag? %s</p>" % s.cta(u, "Maak bezwaar met DigiD", "onclick" if s.cms != "spa" else "spa", "link")
            traps.append("trap_objection_digid")
        elif r == 4:
            u = s.form("contact", "Contactformulier")
            gen_html = "<p>Vragen? %s</p>" % s.cta(u, "Neem contact met ons op via het contactformulier", "plain" if s.cms != "productid" else "base_rel", "link")
            traps.append("trap_contact_form")
        # compose page according to CMS heading template
        tpl = s.cms
        if tpl in ("slug", "drupal"):
            main = ("<h1>%s</h1><h2>Wat is het?</h2><p>%s</p><h2>Hoe werkt het?</h2><p>%s</p><h2>Wat kost het?</h2><p>Zie de tarieven.</p>%s"
                    "<h2>Wat moet ik doen?</h2>%s%s" % (E(title), E(intro[3]), E(intro[4] if level == "0" else "Lees hieronder hoe u dit regelt en wat u nodig heeft."), gen_html, cta_html, trap_html))
        elif tpl == "iprox":
            main = ("<h1>%s</h1><p class=\"intro\">%s</p><div class=\"iprox-accordion\"><details><summary>Voorwaarden</summary><p>U staat ingeschreven in de gemeente Stein.</p></details>"
                    "<details><summary>Kosten</summary>%s</details></div><h2>Aanvragen</h2>%s%s" % (E(title), E(intro[3]), gen_html, cta_html, trap_html))
        elif tpl == "pdcloket":
            main = ("<h1>%s</h1><section class=\"product-informatie\"><h2>Product informatie</h2><p>%s</p>"
                    "<details><summary>Hoe aanvragen</summary>%s</details><details><summary>Meer informatie</summary>%s</details></section>%s"
                    % (E(title), E(intro[3]), cta_html, gen_html, trap_html))
        elif tpl == "owc":
            main = ("<article class=\"owc-pdc\"><h1>%s</h1><p>%s</p><h2>Aanvragen</h2>%s<h2>Meer informatie</h2>%s%s</article>"
                    % (E(title), E(intro[3]), cta_html, gen_html, trap_html))
        elif tpl == "php":
            main = ("<h1>%s</h1><p>%s</p><h3>Aanvraag</h3>%s<h3>Zie ook</h3>%s%s" % (E(title), E(intro[3]), cta_html, gen_html, trap_html))
        else:
            main = ("<h1>%s</h1><div class=\"samenvatting\"><p>%s</p></div><h2>Direct regelen</h2>%s<h2>Goed om te weten</h2>%s%s"
                    % (E(title), E(intro[3]), cta_html, gen_html, trap_html))
        s.page(purl, title, main, crumbs=(("Home", s.base),))
        s.nav.append((title, purl))
        rows.append(dict(org_code=s.code, product_key=k, level=level, status=status, product_url=purl, route_url=route,
                         level_strict=strict if status == "ok" else "", via=via,
                         signals=";".join(dict.fromkeys(sig + traps)),
                         notes="; ".join(["cta mechanism: %s" % (mech if status == "ok" and level != "" else "-")] + notes)))
    # site furniture -----------------------------------------------------
    build_furniture(s)
    labels.extend(rows)


def build_furniture(s):
    d = s.d
    g = E(s.g)
    nav_sorted = sorted(s.nav, key=lambda x: x[0].lower())
    toptaken = nav_sorted[:6]
    if s.cms == "spa":
        # A-Z list built from JSON only; sitemap gives the plain URLs
        items = json.dumps([{"title": t, "href": u} for t, u in nav_sorted], ensure_ascii=False)
        lst = "<ul id=\"az\" data-source=\"inline\"></ul><script type=\"application/json\" id=\"az-data\">%s</script>" % items
    else:
        lst = "<ul class=\"a-z\">" + "".join("<li><a href=\"%s\">%s</a></li>" % (s.rel(u), E(t)) for t, u in nav_sorted) + "</ul>"
    tiles = "<div class=\"toptaken\">" + "".join("<a class=\"tile\" href=\"%s\">%s</a>" % (s.rel(u), E(t)) for t, u in toptaken) + "</div>"
    home_main = "<h1>Welkom bij de gemeente %s</h1>%s<h2>Alle onderwerpen</h2>%s" % (g, tiles, lst)
    s.page(s.base, "Home", home_main)
    az = {"iprox": "Inwoners/Producten_en_diensten_A-Z", "slug": "producten-a-z", "productid": "inwoners/producten-a-z.html",
          "pdcloket": None, "owc": "onderwerpen/", "spa": "producten", "drupal": "inwoners/direct-regelen/", "php": "index.php?id=2"}[s.cms]
    if az:
        s.page(s.base + az, "Producten en diensten A-Z", "<h1>Producten en diensten</h1>" + lst)
    if s.cms == "iprox":
        s.page(s.base + "Inwoners/", "Inwoners", "<h1>Inwoners</h1>" + lst)
        s.page(s.base + "Ondernemers", "Ondernemers", "<h1>Ondernemers</h1><p><a href=\"%sInwoners/Producten_en_diensten_A-Z\">Alle producten</a></p>" % s.base)
        put(s.base + "feedback", simple_page("Bedankt", "<h1>Bedankt voor uw reactie</h1>"))
    if s.cms == "productid":
        s.page(s.base + "ondernemers/producten-a-z.html", "Ondernemers", "<h1>Ondernemers</h1>" + lst)
        put(s.base + "include/img/logo.png", PNG)
        s.page(s.base + "zoeken", "Zoeken", "<h1>Zoeken</h1>")
        put(s.base + "mijn-lisse/inloggen", simple_page("Mijn Lisse", "<h1>Mijn Lisse</h1><p><a href=\"http://mijn.%s/inloggen/\">Verder naar inloggen</a></p>" % d))
        put(s.base + "privacy", simple_page("Privacy", "<h1>Privacyverklaring</h1>"))
    if s.cms == "pdcloket":
        s.page("http://loket.%s/producten/" % d, "Digitaal loket", "<h1>Producten en diensten</h1>" + lst)
        put("http://loket.%s/terugbelverzoek" % d, simple_page("Terugbelverzoek", "<h1>Wij bellen u terug</h1>"))
    if s.cms == "slug":
        put(s.base + "cookies-opslaan?keuze=alle", simple_page("Cookies", "<h1>Uw cookievoorkeur is opgeslagen</h1><p><a href=\"%s\">Naar de homepage</a></p>" % s.base))
        put(s.base + "nieuwsbrief/aanmelden", simple_page("Nieuwsbrief", "<h1>U bent aangemeld</h1>"))
        put(s.base + "privacy", simple_page("Privacy", "<h1>Privacy</h1>"))
        js = "(function(){var map=%s;document.querySelectorAll('[data-regelen-id]').forEach(function(el){var a=document.createElement('a');a.className='btn';a.href=map[el.getAttribute('data-regelen-id')];a.textContent=el.getAttribute('data-label');el.appendChild(a);});document.querySelectorAll('[data-href]').forEach(function(el){el.onclick=function(){location.href=el.getAttribute('data-href');};});})();\n" % json.dumps(s.jsmap, indent=1)
        put(s.base + "themes/custom/go/js/regelen.js", js)
    if s.cms in ("iprox", "drupal"):
        put(s.base + "assets/js/site.js", "document.querySelectorAll('.js-link[data-href]').forEach(function(el){el.addEventListener('click',function(){window.location.href=el.getAttribute('data-href');});});\n")
    if s.cms == "owc":
        put(s.base + "wp-content/themes/owc/assets/cta.js", "document.querySelectorAll('script.cta-config').forEach(function(s){var c=JSON.parse(s.textContent);var a=document.createElement('a');a.href=c.url;a.textContent=c.label;a.className='btn';document.getElementById(s.getAttribute('data-for')).appendChild(a);});\n"
            "(function(){var c=JSON.parse(document.getElementById('owc-header-config').textContent);var a=document.createElement('a');a.href=c.login.url;a.textContent=c.login.label;document.getElementById('owc-login').appendChild(a);})();\n")
        put(s.base + "wp-content/themes/owc/assets/digid.svg", SVG_DIGID)
    if s.cms == "productid":
        put(s.base + "include/js/cta.js", "document.querySelectorAll('script.cta-config').forEach(function(s){var c=JSON.parse(s.textContent);var a=document.createElement('a');a.href=c.url;a.textContent=c.label;document.getElementById(s.getAttribute('data-for')).appendChild(a);});\n")
    if s.cms == "spa":
        put(s.base + "_next/static/chunks/pages/_app-3f2a.js", "(function(){var d=JSON.parse(document.getElementById('__NEXT_DATA__').textContent).props.pageProps;(d.ctas||[]).forEach(function(c){var b=document.querySelector('[data-cta-id=\"'+c.id+'\"]');if(b){b.addEventListener('click',function(){window.location.assign(c.href);});}});var az=document.getElementById('az-data');if(az){JSON.parse(az.textContent).forEach(function(i){var li=document.createElement('li');var a=document.createElement('a');a.href=i.href;a.textContent=i.title;li.appendChild(a);document.getElementById('az').appendChild(li);});}})();\n")
        put(s.base + "api/feedback", simple_page("Bedankt", "<h1>Bedankt</h1>"))
    if s.cms == "drupal":
        put(s.base + "cookie-opslaan?terug=home", simple_page("Cookies", "<h1>Voorkeur opgeslagen</h1><p><a href=\"%s\">Verder</a></p>" % s.base))
        s.page(s.base + "ondernemen/direct-regelen/", "Ondernemen", "<h1>Direct regelen voor ondernemers</h1>" + lst)
    if s.cms == "php":
        s.page(s.base + "index.php?id=3", "Contact", "<h1>Contact</h1><p>Gemeentehuis Rozendaal, Kerklaan 2, 6891 AG Rozendaal.</p>")
        put(s.base + "fileadmin/logo.gif", PNG)
        put(s.base + "nieuwsbrief.php", simple_page("Nieuwsbrief", "<h1>Aangemeld</h1>"))
    # cookie interstitials (Mook)
    for slug, (url, label) in sorted(s.cookie_targets.items()):
        s.page(s.base + "cookie-toestemming?terug=" + slug, "Cookie-instellingen",
               "<h1>Voordat u verder gaat</h1><p>Het formulier '%s' gebruikt functionele en analytische cookies. Geef toestemming om verder te gaan.</p>"
               "<form method=\"get\" action=\"%scookie-opslaan\"><input type=\"hidden\" name=\"terug\" value=\"%s\"><button type=\"submit\">Akkoord en verder</button></form>"
               % (E(label), s.base, slug))
        put(s.base + "cookie-opslaan?terug=" + slug, simple_page("Doorsturen",
            "<p>Uw keuze is opgeslagen. U wordt doorgestuurd naar het formulier.</p><p><a href=\"%s\">Ga verder naar %s</a></p>"
            "<script>window.location.replace('%s');</script>" % (url, E(label), url),
            "<meta http-equiv=\"refresh\" content=\"1;url=%s\">" % url))
    contact = {"owc": "contact/", "productid": "contact"}.get(s.cms, "contact")
    if s.cms != "php":
        s.page(s.base + contact, "Contact", "<h1>Contact</h1><p>Bel 14 0%s.</p><iframe src=\"http://contact.%s/formulier/algemeen\" title=\"Contactformulier\"></iframe>" % (s.code[-3:], d))
    if s.cms == "owc":
        s.page(s.base + "onderwerpen/", "Onderwerpen", "<h1>Onderwerpen</h1>" + lst)
    # Open Forms SDK script
    if s.platform == "openforms":
        put("http://formulieren.%s/static/sdk/open-forms-sdk.js" % d,
            "(function(){var r=document.getElementById('openforms-root');if(!r)return;var base=r.getAttribute('data-base-url');var id=r.getAttribute('data-form-id');"
            "fetch(base+'forms/'+id).then(function(x){return x.json();}).then(function(f){var h=document.createElement('h1');h.textContent=f.name;r.appendChild(h);"
            "if(f.loginRequired){f.loginOptions.forEach(function(o){var a=document.createElement('a');a.className='openforms-button';a.href=o.url;a.textContent=o.label;r.appendChild(a);});}"
            "else{var fm=document.createElement('form');fm.method='post';fm.action=f.submitUrl;fm.innerHTML='<label>Naam <input name=naam></label><button type=submit>Verzenden</button>';r.appendChild(fm);}});})();\n")
    # sitemap and robots
    urls = [s.base] + [u for _, u in nav_sorted if u.startswith(s.base)]
    sm = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n" + "".join(
        "<url><loc>%s</loc></url>\n" % E(u) for u in urls) + "</urlset>\n"
    put(s.base + "sitemap.xml", sm)
    put(s.base + "robots.txt", "User-agent: *\nDisallow: /zoeken\nSitemap: %ssitemap.xml\n" % s.base)
    if s.cms == "pdcloket":
        lurls = [u for _, u in nav_sorted]
        put("http://loket.%s/sitemap.xml" % d, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n" + "".join(
            "<url><loc>%s</loc></url>\n" % E(u) for u in lurls) + "</urlset>\n")
    # 404 pages
    put(s.base + "_404.html", simple_page("Pagina niet gevonden", "<h1>Pagina niet gevonden</h1><p>De pagina die u zoekt bestaat niet (meer).</p><p><a href=\"%s\">Naar de homepage</a></p>" % s.base))


def main():
    if len(sys.argv) != 2:
        print("usage: gen.py OUTDIR", file=sys.stderr)
        sys.exit(2)
    out = sys.argv[1]
    products = load_products()
    labels = []
    build_idps()
    shared_pages()
    sites = [Site(d, products) for d in SITES]
    for s in sites:
        build_site(s, labels)
    # write files
    paths = set(FILES)
    for (host, path) in FILES:
        parts = path.split("/")
        for j in range(1, len(parts)):
            if (host, "/".join(parts[:j])) in paths:
                raise SystemExit("file/dir conflict: %s %s" % (host, path))
    import shutil
    if os.path.isdir(os.path.join(out, "sites")):
        shutil.rmtree(os.path.join(out, "sites"))
    for (host, path), content in sorted(FILES.items()):
        fp = os.path.join(out, "sites", host, *path.split("/"))
        os.makedirs(os.path.dirname(fp), exist_ok=True)
        with open(fp, "wb") as f:
            f.write(content)
    with open(os.path.join(out, "organisations.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["code", "name", "org_type", "website", "inhabitants"])
        for s in sites:
            w.writerow([s.code, "Gemeente " + s.name, "gemeente", s.base, s.inh])
    cols = ["org_code", "product_key", "level", "status", "product_url", "route_url", "level_strict", "via", "signals", "notes"]
    with open(os.path.join(out, "labels.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=cols, lineterminator="\n")
        w.writeheader()
        for r in labels:
            w.writerow(r)
    # behaviours
    seen = set()
    reds = []
    for r in REDIRECTS:
        if r["url"] not in seen:
            seen.add(r["url"])
            reds.append(r)
    host_red = [{"host": s.d, "status": 301, "to": s.host} for s in sites]
    nf = []
    for s in sites:
        nf.append({"host": s.host, "file": "sites/%s/_404.html" % s.host, "status": 200 if s.key in ("rozendaal", "goeree") else 404})
    manifest = {"seed": 36, "generator": "web-dev36/gen.py",
                "counts": {"organisations": len(sites), "labels": len(labels), "files": len(FILES)},
                "sites": {s.host: {"cms": s.cms, "platform": s.platform, "mechanisms": s.mechs} for s in sites},
                "behaviours": {"redirects": sorted(reds, key=lambda r: r["url"]), "host_redirects": host_red,
                               "not_found_pages": nf}}
    with open(os.path.join(out, "testweb.json"), "w", encoding="utf-8") as f:
        json.dump(manifest, f, indent=1, ensure_ascii=False)
        f.write("\n")
    print("wrote %d files, %d labels" % (len(FILES), len(labels)))


if __name__ == "__main__":
    main()
