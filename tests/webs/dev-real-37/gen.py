#!/usr/bin/env python3
"""web-dev37: a labelled simulated web of 8 Dutch municipalities.

Emphasis: the borders between the levels and who carries the route (joint tax
offices, regional social services, waste companies, omgevingsdiensten, archives,
parking portals, the Omgevingsloket, a shared regional e-loket), product pages with
several routes, PDFs that are not forms, online forms that are no application,
appointment systems with DigiD, and 'not offered' statements.

Usage: python3 gen.py OUTDIR      (standard library only, deterministic)
"""
import csv
import hashlib
import html
import io
import json
import os
import re
import sys
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
ESC = html.escape


def products_csv():
    p = os.path.join(HERE, '..', '..', '..', 'config', 'products.csv')
    if os.path.exists(p):
        return p
    return '/work/main/config/products.csv'


def load_products():
    with open(products_csv(), newline='', encoding='utf-8') as f:
        rows = list(csv.DictReader(f))
    return [r for r in rows if 'G' in r['org_types']]


def h(s):
    return int(hashlib.md5(s.encode()).hexdigest(), 16)


def slugify(s):
    s = s.lower()
    for a, b in (('ë', 'e'), ('é', 'e'), ('ï', 'i'), ('ö', 'o'), ('ü', 'u')):
        s = s.replace(a, b)
    s = re.sub(r'[^a-z0-9]+', '-', s).strip('-')
    return s


# ---------------------------------------------------------------- organisations
ORGS = [
    dict(code='GM1960', name='West Betuwe', host='westbetuwe', fam='owc', inh=52146,
         plat='openforms', tax='bsr', waste='avri', od='odr', arch='rar',
         sitewide=['header_login', 'feedback_form'], sitemap='index', soft404=200),
    dict(code='GM0168', name='Losser', host='losser', fam='iprox', inh=22871,
         plat='triple', tax='gbt', waste='twm', od='odt',
         sitewide=['header_login', 'footer_digid'], sitemap='single', soft404=None),
    dict(code='GM0213', name='Brummen', host='brummen', fam='sdu', inh=21142,
         plat='iform', waste='circulus',
         sitewide=['footer_digid', 'newsletter_form'], sitemap='single', soft404=404),
    dict(code='GM0148', name='Dalfsen', host='dalfsen', fam='slug', inh=28935,
         plat='gravity', tax='gblt', waste='rova',
         sitewide=['header_login', 'direct_regelen_other_form'], sitemap='none', soft404=None),
    dict(code='GM1740', name='Neder-Betuwe', host='nederbetuwe', fam='pdc', inh=25010,
         plat='esuite', tax='bsr', waste='avri', soc='werkzaak', arch='rar', od='odr',
         sitewide=['header_login'], sitemap='single', soft404=200),
    dict(code='GM1655', name='Halderberge', host='halderberge', fam='typo3', inh=30368,
         plat='formdesk', tax='bwb', waste='saver', soc='wpl', park='park_hb',
         sitewide=['footer_digid', 'feedback_form'], sitemap='single', soft404=None),
    dict(code='GM1509', name='Oude IJsselstreek', host='oude-ijsselstreek', fam='tabs', inh=39823,
         plat='wizard', soc='laborijn', arch='ecal',
         sitewide=['header_login', 'direct_regelen_other_form'], sitemap='index', soft404=404),
    dict(code='GM0417', name='Laren', host='laren', fam='plone', inh=11353,
         plat='bel', waste='gad', park='park_la', llv='rgv',
         sitewide=['header_login', 'footer_digid'], sitemap='single', soft404=None),
]
for o in ORGS:
    o['www'] = 'www.%s.test' % o['host']
    o['full'] = 'Gemeente ' + o['name']

# other bodies: host, name, role, route kind per product ('I' = info only on their site)
BODIES = {
    'bsr': dict(host='www.belastingsamenwerkingrivierenland.test', name='Belastingsamenwerking Rivierenland',
                short='BSR', routes={'hondenbelasting': 'D', 'belastingkwijtschelding': 'D', 'woz-bezwaar': 'Dp',
                                     'belastingaanslag-bezwaar': 'D', 'betalingsregeling': 'F', 'reclamebelasting': 'I'}),
    'gbt': dict(host='www.gbtwente.test', name='Gemeentelijk Belastingkantoor Twente', short='GBTwente',
                routes={'hondenbelasting': 'D', 'belastingkwijtschelding': 'D', 'woz-bezwaar': 'D',
                        'belastingaanslag-bezwaar': 'D', 'betalingsregeling': 'I', 'reclamebelasting': 'I'}),
    'gblt': dict(host='www.gblt.test', name='GBLT (Gemeentelijk Belastingkantoor Lococensus-Tricijn)', short='GBLT',
                 routes={'hondenbelasting': 'F', 'belastingkwijtschelding': 'Dp', 'woz-bezwaar': 'D',
                         'belastingaanslag-bezwaar': 'D', 'betalingsregeling': 'D', 'reclamebelasting': 'I'}),
    'bwb': dict(host='www.bwbrabant.test', name='Belastingsamenwerking West-Brabant', short='BWB',
                routes={'hondenbelasting': 'D', 'belastingkwijtschelding': 'P', 'woz-bezwaar': 'D',
                        'belastingaanslag-bezwaar': 'D', 'betalingsregeling': 'F', 'reclamebelasting': 'I'}),
    'avri': dict(host='www.avri.test', name='Avri', short='Avri',
                 routes={'grofvuil': 'F', 'afvalcontainer': 'D'}),
    'twm': dict(host='www.twentemilieu.test', name='Twente Milieu', short='Twente Milieu',
                routes={'grofvuil': 'F', 'afvalcontainer': 'F'}),
    'circulus': dict(host='www.circulus.test', name='Circulus', short='Circulus',
                     routes={'grofvuil': 'A', 'afvalcontainer': 'F'}),
    'rova': dict(host='www.rova.test', name='ROVA', short='ROVA',
                 routes={'grofvuil': 'Facct', 'afvalcontainer': 'F'}),
    'saver': dict(host='www.saver.test', name='Saver', short='Saver',
                  routes={'grofvuil': 'F', 'afvalcontainer': 'I'}),
    'gad': dict(host='www.gad.test', name='GAD (Gooise Afvaldienst)', short='GAD',
                routes={'grofvuil': 'F', 'afvalcontainer': 'I'}),
    'werkzaak': dict(host='www.werkzaakrivierenland.test', name='Werkzaak Rivierenland', short='Werkzaak',
                     routes={'bijstand': 'D', 'bijzondere-bijstand': 'D'}),
    'laborijn': dict(host='www.laborijn.test', name='Laborijn', short='Laborijn',
                     routes={'bijstand': 'D', 'bijzondere-bijstand': 'P'}),
    'wpl': dict(host='www.werkpleinhvwb.test', name='Werkplein Hart van West-Brabant', short='Werkplein',
                routes={'bijstand': 'D', 'bijzondere-bijstand': 'I'}),
    'uwv': dict(host='www.werk.test', name='werk.nl (UWV)', short='werk.nl',
                routes={'bijstand': 'D'}),
    'ols': dict(host='omgevingswet.overheid.test', name='Omgevingsloket', short='Omgevingsloket',
                routes={'omgevingsvergunning': 'Dols', 'kapvergunning': 'Dols', 'uitwegvergunning': 'Dols'}),
    'park_hb': dict(host='halderberge.parkeerservice.test', name='Parkeerservice', short='Parkeerservice',
                    routes={'parkeervergunning': 'D'}),
    'park_la': dict(host='laren.parkeerservice.test', name='Parkeerservice', short='Parkeerservice',
                    routes={'parkeervergunning': 'F'}),
    'ecal': dict(host='www.ecal.test', name='Erfgoedcentrum Achterhoek en Liemers', short='ECAL',
                 routes={'bouwdossier-inzage': 'F'}),
    'rar': dict(host='www.regionaalarchiefrivierenland.test', name='Regionaal Archief Rivierenland', short='RAR',
                routes={'bouwdossier-inzage': 'F'}),
    'odt': dict(host='www.odtwente.test', name='Omgevingsdienst Twente', short='ODT',
                routes={'geluidsontheffing': 'P'}),
    'odr': dict(host='www.odrivierenland.test', name='Omgevingsdienst Rivierenland', short='ODR',
                routes={'geluidsontheffing': 'I'}),
    'rgv': dict(host='www.regiogv.test', name='Regio Gooi en Vechtstreek', short='Regio G&V',
                routes={'leerlingenvervoer': 'D'}),
}

# ---------------------------------------------------------------- products
TITLES = {
    'brp-uittreksel': ['Uittreksel BRP', 'Uittreksel Basisregistratie Personen (BRP)', 'Uittreksel uit de BRP aanvragen'],
    'verhuismelding': ['Verhuizing doorgeven', 'Verhuizen binnen de gemeente', 'Verhuizing'],
    'geboorteaangifte': ['Geboorteaangifte', 'Aangifte geboorte', 'Geboorte aangeven'],
    'overlijdensaangifte': ['Aangifte overlijden', 'Overlijden aangeven', 'Overlijden'],
    'huwelijksaangifte': ['Melding voorgenomen huwelijk of partnerschap', 'Trouwen en geregistreerd partnerschap', 'Huwelijk / partnerschap melden'],
    'paspoort': ['Paspoort', 'Paspoort aanvragen', 'Paspoort aanvragen of verlengen'],
    'identiteitskaart': ['Identiteitskaart', 'Identiteitskaart (ID-kaart) aanvragen', 'ID-kaart'],
    'parkeervergunning': ['Parkeervergunning', 'Parkeervergunning voor bewoners', 'Bewonersvergunning parkeren'],
    'gehandicaptenparkeerkaart': ['Gehandicaptenparkeerkaart', 'Gehandicaptenparkeerkaart aanvragen', 'Parkeerkaart voor gehandicapten'],
    'gehandicaptenparkeerplaats': ['Gehandicaptenparkeerplaats', 'Gehandicaptenparkeerplaats op kenteken', 'Invalidenparkeerplaats aanvragen'],
    'hondenbelasting': ['Hondenbelasting', 'Hond aan- of afmelden', 'Hondenbelasting, aan- en afmelden'],
    'belastingkwijtschelding': ['Kwijtschelding gemeentelijke belastingen', 'Kwijtschelding belastingen', 'Kwijtschelding aanvragen'],
    'woz-bezwaar': ['Bezwaar maken WOZ-waarde', 'WOZ-waarde en bezwaar', 'Bezwaar tegen de WOZ-beschikking'],
    'bijstand': ['Bijstandsuitkering', 'Bijstandsuitkering (Participatiewet)', 'Uitkering aanvragen'],
    'bijzondere-bijstand': ['Bijzondere bijstand', 'Bijzondere bijstand aanvragen', 'Bijzondere kosten vergoeding'],
    'wmo-voorziening': ['Wmo-voorzieningen', 'Hulp en ondersteuning (Wmo)', 'Wmo: hulp bij het huishouden en hulpmiddelen'],
    'leerlingenvervoer': ['Leerlingenvervoer', 'Leerlingenvervoer aanvragen', 'Aanvraag leerlingenvervoer'],
    'grofvuil': ['Grofvuil', 'Grof huishoudelijk afval laten ophalen', 'Grofvuil ophalen'],
    'afvalcontainer': ['Afvalcontainer aanvragen of wijzigen', 'Minicontainer', 'Containers: aanvragen, omruilen of reparatie'],
    'melding-openbare-ruimte': ['Melding openbare ruimte', 'Melding doen', 'Meldingen openbare ruimte (MOR)'],
    'omgevingsvergunning': ['Omgevingsvergunning', 'Omgevingsvergunning aanvragen', 'Bouwen en verbouwen: omgevingsvergunning'],
    'kapvergunning': ['Kapvergunning', 'Boom kappen', 'Omgevingsvergunning voor het kappen van een boom'],
    'bouwdossier-inzage': ['Bouwdossier inzien', 'Bouwtekeningen opvragen', 'Bouwarchief raadplegen'],
    'bezwaar': ['Bezwaar maken', 'Bezwaarschrift indienen', 'Bezwaar maken tegen een besluit'],
    'klacht': ['Klacht indienen', 'Klachten', 'Een klacht over de gemeente'],
    'woo-verzoek': ['Woo-verzoek indienen', 'Wet open overheid (Woo)', 'Informatie opvragen met een Woo-verzoek'],
    'subsidie': ['Subsidie aanvragen', 'Subsidies', 'Subsidie voor verenigingen en instellingen'],
    'evenementenvergunning': ['Evenementenvergunning', 'Evenement organiseren', 'Evenementenvergunning aanvragen'],
    'exploitatievergunning-horeca': ['Exploitatievergunning horeca', 'Horecavergunning (exploitatievergunning)', 'Exploitatievergunning'],
    'alcoholvergunning': ['Alcoholvergunning', 'Alcoholwetvergunning', 'Vergunning Alcoholwet'],
    'terrasvergunning': ['Terrasvergunning', 'Terras plaatsen', 'Terrasvergunning aanvragen'],
    'standplaatsvergunning': ['Standplaatsvergunning', 'Standplaats innemen', 'Vergunning standplaats'],
    'marktvergunning': ['Marktvergunning', 'Weekmarkt: standplaats op de markt', 'Marktplaats weekmarkt'],
    'reclamebelasting': ['Reclamebelasting', 'Reclame-uiting en reclamebelasting', 'Reclame'],
    'geluidsontheffing': ['Geluidsontheffing', 'Ontheffing geluid', 'Geluidsontheffing aanvragen'],
    'winkeltijdenontheffing': ['Ontheffing winkeltijden', 'Winkeltijden', 'Winkelopenstelling zondag'],
    'kansspelautomaatvergunning': ['Aanwezigheidsvergunning kansspelautomaten', 'Speelautomaten', 'Vergunning kansspelautomaat'],
    'collectevergunning': ['Collectevergunning', 'Collecteren', 'Inzameling van geld of goederen'],
    'ligplaatsvergunning': ['Ligplaatsvergunning', 'Ligplaats voor een boot', 'Ligplaats woonboot'],
    'uitwegvergunning': ['Uitwegvergunning', 'Inrit of uitrit aanleggen', 'Uitweg aanleggen of veranderen'],
    'belastingaanslag-bezwaar': ['Bezwaar tegen aanslag gemeentelijke belastingen', 'Bezwaar belastingaanslag', 'Bezwaar maken tegen uw aanslag'],
    'betalingsregeling': ['Betalingsregeling', 'Betalingsregeling gemeentelijke belastingen', 'Uitstel van betaling'],
}

INTRO = {
    'brp-uittreksel': 'Met een uittreksel uit de Basisregistratie Personen (BRP) bewijst u bijvoorbeeld waar u woont of wat uw burgerlijke staat is.',
    'verhuismelding': 'Gaat u verhuizen? Geef uw nieuwe adres uiterlijk 5 dagen na de verhuizing door. U kunt dit 4 weken van tevoren al doen.',
    'geboorteaangifte': 'Is uw kind geboren? Doe binnen 3 dagen aangifte van de geboorte bij de gemeente waar uw kind is geboren.',
    'overlijdensaangifte': 'Bij een overlijden moet u binnen 6 werkdagen aangifte doen. Meestal regelt de uitvaartondernemer dit voor u.',
    'huwelijksaangifte': 'Wilt u trouwen of een geregistreerd partnerschap aangaan? Meld dit uiterlijk 2 weken en maximaal 1 jaar van tevoren.',
    'paspoort': 'Een paspoort is een reisdocument en een identiteitsbewijs. Een paspoort voor volwassenen is 10 jaar geldig.',
    'identiteitskaart': 'Met een identiteitskaart kunt u zich legitimeren en reizen binnen Europa en naar een aantal andere landen.',
    'parkeervergunning': 'Woont u in een gebied met betaald parkeren of een blauwe zone? Met een bewonersvergunning parkeert u in uw eigen wijk.',
    'gehandicaptenparkeerkaart': 'Met een gehandicaptenparkeerkaart mag u parkeren op een algemene gehandicaptenparkeerplaats.',
    'gehandicaptenparkeerplaats': 'Heeft u een gehandicaptenparkeerkaart en geen eigen parkeerplek? Dan kunt u een parkeerplaats op kenteken aanvragen.',
    'hondenbelasting': 'Heeft u een hond? Dan betaalt u hondenbelasting. Meld uw hond aan of af binnen 14 dagen.',
    'belastingkwijtschelding': 'Heeft u een laag inkomen en weinig vermogen? Dan kunt u kwijtschelding aanvragen voor de gemeentelijke belastingen.',
    'woz-bezwaar': 'Bent u het niet eens met de WOZ-waarde van uw woning? Dan kunt u binnen 6 weken na de dagtekening bezwaar maken.',
    'bijstand': 'Heeft u niet genoeg geld om van te leven en geen recht op een andere uitkering? Dan kunt u misschien bijstand krijgen.',
    'bijzondere-bijstand': 'Heeft u onverwachte of noodzakelijke kosten die u niet zelf kunt betalen? Bijzondere bijstand kan helpen.',
    'wmo-voorziening': 'Heeft u hulp nodig om zelfstandig thuis te wonen, bijvoorbeeld hulp bij het huishouden, een scootmobiel of een woningaanpassing?',
    'leerlingenvervoer': 'Kan uw kind niet zelfstandig naar school? Misschien heeft u recht op een vergoeding voor leerlingenvervoer.',
    'grofvuil': 'Grofvuil is afval dat te groot is voor de container, zoals meubels, matrassen en tapijt.',
    'afvalcontainer': 'Heeft u een nieuwe, extra of grotere container nodig, of is uw container kapot of gestolen?',
    'melding-openbare-ruimte': 'Ziet u een losse stoeptegel, een kapotte lantaarnpaal of zwerfafval? Meld het ons.',
    'omgevingsvergunning': 'Wilt u bouwen, verbouwen of slopen? Misschien heeft u een omgevingsvergunning nodig.',
    'kapvergunning': 'Wilt u een boom kappen? Voor sommige bomen heeft u een omgevingsvergunning (kapvergunning) nodig.',
    'bouwdossier-inzage': 'Wilt u de bouwtekeningen of vergunningen van een pand inzien? Deze zitten in het bouwdossier.',
    'bezwaar': 'Bent u het niet eens met een besluit van de gemeente? Dan kunt u binnen 6 weken bezwaar maken.',
    'klacht': 'Bent u niet tevreden over hoe een medewerker of de gemeente u heeft behandeld? Dan kunt u een klacht indienen.',
    'woo-verzoek': 'Met een verzoek op grond van de Wet open overheid (Woo) vraagt u documenten van de gemeente op.',
    'subsidie': 'De gemeente geeft subsidie aan verenigingen en organisaties voor activiteiten die bijdragen aan het beleid.',
    'evenementenvergunning': 'Organiseert u een evenement, zoals een braderie, festival of sportwedstrijd? Dan heeft u vaak een vergunning nodig.',
    'exploitatievergunning-horeca': 'Wilt u een horecabedrijf beginnen of overnemen? Dan heeft u een exploitatievergunning nodig.',
    'alcoholvergunning': 'Schenkt u in uw horecabedrijf alcohol? Dan heeft u een alcoholvergunning nodig.',
    'terrasvergunning': 'Wilt u een terras plaatsen bij uw horecazaak op de openbare weg?',
    'standplaatsvergunning': 'Wilt u met een kraam of verkoopwagen op een vaste plek staan buiten de weekmarkt?',
    'marktvergunning': 'Wilt u een plaats op de weekmarkt? Daarvoor heeft u een marktvergunning nodig.',
    'reclamebelasting': 'Reclame-uitingen aan de gevel of op de openbare weg zijn aan regels gebonden.',
    'geluidsontheffing': 'Wilt u tijdelijk meer geluid maken dan is toegestaan, bijvoorbeeld bij een feest of werkzaamheden?',
    'winkeltijdenontheffing': 'Wilt u uw winkel openen buiten de gewone winkeltijden?',
    'kansspelautomaatvergunning': 'Wilt u een speelautomaat plaatsen in uw horecabedrijf? Dan heeft u een aanwezigheidsvergunning nodig.',
    'collectevergunning': 'Wilt u geld of goederen inzamelen langs de deur of op straat? Daarvoor heeft u een vergunning nodig.',
    'ligplaatsvergunning': 'Wilt u een boot of woonboot afmeren in openbaar water?',
    'uitwegvergunning': 'Wilt u een inrit of uitrit aanleggen of veranderen? Daarvoor heeft u een vergunning nodig.',
    'belastingaanslag-bezwaar': 'Bent u het niet eens met uw aanslag gemeentelijke belastingen? Maak binnen 6 weken bezwaar.',
    'betalingsregeling': 'Kunt u uw aanslag gemeentelijke belastingen niet in één keer betalen? Vraag een betalingsregeling aan.',
}

# route tokens: D DigiD form, Dp DigiD form with pre-fill text, E eHerkenning form,
# DE DigiD+eHerkenning form, DF DigiD form and an anonymous form, F online form,
# Fsome online form for some cases only, P pdf form, W docx form, O odt form, R rtf form,
# M pdf + "mail het ingevulde formulier naar", A appointment, I info, L letter/e-mail,
# V<role>|<fallback> the role's body (or the fallback on the own platform), NA, NF.
# traps: t_<name>
VARIANTS = {
    'brp-uittreksel': ['D t_apptdigid t_tarpdf', 'DF t_payment', 'A I t_paperorder', 'Dp P t_status'],
    'verhuismelding': ['Dp W t_sibling', 'D t_apptdigid', 'DF t_checklist', 'D M t_status'],
    'geboorteaangifte': ['A I t_apptdigid', 'D t_brochure', 'A t_apptform', 'A t_notyet t_paperorder'],
    'overlijdensaangifte': ['I t_siblingdigid', 'E I t_brochure', 'A t_apptdigid t_mailto', 'P t_brochure'],
    'huwelijksaangifte': ['D t_tarpdf t_apptdigid', 'Fsome P t_brochure', 'A t_notyet', 'Dp t_payment'],
    'paspoort': ['A t_apptdigid t_tarpdf', 'A t_status t_auxpdf', 'A t_apptform t_sibling', 'I A t_payment'],
    'identiteitskaart': ['A t_apptform t_tarpdf', 'A t_apptdigid', 'A t_auxpdf t_status', 'A t_notyet'],
    'parkeervergunning': ['NA', 'Vpark|D t_payment', 'P t_tarpdf', 'D t_sibling'],
    'gehandicaptenparkeerkaart': ['D t_brochure', 'M', 'F t_callback', 'A I t_paperorder'],
    'gehandicaptenparkeerplaats': ['P t_regpdf', 'F', 'I t_notyet', 'D t_sibling'],
    'hondenbelasting': ['Vtax|F t_tarpdf', 'F t_tarpdf', 'NA', 'D t_regpdf'],
    'belastingkwijtschelding': ['Vtax|D t_brochure', 'D P', 'M', 'Vtax|P'],
    'woz-bezwaar': ['Vtax|D', 'D', 'DF', 'Vtax|D t_callback'],
    'bijstand': ['Vuwv|D t_callback', 'Vsoc|D', 'A I t_apptdigid', 'D t_checklist'],
    'bijzondere-bijstand': ['D P', 'M', 'Vsoc|F', 'Vsoc|I'],
    'wmo-voorziening': ['F t_brochure', 'I t_callback', 'D', 'P t_mailto'],
    'leerlingenvervoer': ['D t_regpdf', 'P', 'Vllv|D', 'I t_notyet'],
    'grofvuil': ['Vwaste|F', 'Vwaste|D', 'F t_tarpdf', 'I t_tarpdf'],
    'afvalcontainer': ['Vwaste|F', 'Vwaste|I', 'F', 'D'],
    'melding-openbare-ruimte': ['F t_status', 'F', 'F t_sibling', 'DF'],
    'omgevingsvergunning': ['Vols t_vcheck t_regpdf', 'Vols t_tarpdf', 'Vols t_vcheck', 'Vols P t_checklist'],
    'kapvergunning': ['Vols t_vcheck', 'F t_regpdf', 'P t_sibling', 'Vols t_brochure'],
    'bouwdossier-inzage': ['F t_payment', 'Varch|F', 'L t_mailto', 'D'],
    'bezwaar': ['D P', 'D t_brochure', 'L t_mailto', 'F'],
    'klacht': ['F t_contact', 'DF', 'D t_feedback', 'P L'],
    'woo-verzoek': ['F t_regpdf', 'L t_mailto', 'D', 'P'],
    'subsidie': ['DE t_regpdf', 'P t_regpdf', 'E t_brochure', 'F t_checklist'],
    'evenementenvergunning': ['E t_sibling t_checklist', 'P t_sibling', 'DE t_regpdf', 'O t_sibling'],
    'exploitatievergunning-horeca': ['P t_regpdf', 'E', 'W t_checklist', 'I t_notyet'],
    'alcoholvergunning': ['P t_checklist', 'E t_tarpdf', 'W', 'M'],
    'terrasvergunning': ['P t_regpdf', 'F', 'NA', 'E'],
    'standplaatsvergunning': ['P t_regpdf', 'F t_sibling', 'I t_paperorder', 'E'],
    'marktvergunning': ['I t_regpdf', 'P', 'F t_callback', 'NF'],
    'reclamebelasting': ['NA', 'Vtax|I', 'P t_regpdf', 'NA'],
    'geluidsontheffing': ['P t_sibling', 'F', 'Vod|P', 'E t_sibling'],
    'winkeltijdenontheffing': ['NA', 'P', 'NF', 'F'],
    'kansspelautomaatvergunning': ['P t_tarpdf', 'NF', 'E', 'R'],
    'collectevergunning': ['P', 'F', 'NA', 'NF'],
    'ligplaatsvergunning': ['NA', 'NF', 'P t_regpdf', 'NF'],
    'uitwegvergunning': ['F t_sibling', 'Vols', 'P', 'D'],
    'belastingaanslag-bezwaar': ['Vtax|D', 'D P', 'Vtax|D t_status', 'L'],
    'betalingsregeling': ['Vtax|F', 'Vtax|I t_status', 'D', 'I t_callback'],
}

TAXKEYS = ['hondenbelasting', 'belastingkwijtschelding', 'woz-bezwaar', 'belastingaanslag-bezwaar', 'betalingsregeling']

# explicit choices that carry the emphasis of this web
OVERRIDES = {
    ('GM1960', 'kapvergunning'): 'Fsome Vols t_vcheck t_regpdf',       # own kapmelding for some trees + loket
    ('GM1960', 'parkeervergunning'): 'NA',
    ('GM1960', 'leerlingenvervoer'): 'D t_regpdf',
    ('GM1960', 'geboorteaangifte'): 'D t_brochure',
    ('GM0168', 'geluidsontheffing'): 'Vod|P t_sibling',
    ('GM0168', 'wmo-voorziening'): 'I t_callback t_brochure',
    ('GM0168', 'hondenbelasting'): 'Vtax|D',
    ('GM0168', 'ligplaatsvergunning'): 'NF',
    ('GM0213', 'hondenbelasting'): 'NA',
    ('GM0213', 'bouwdossier-inzage'): 'L t_mailto t_payment',
    ('GM0213', 'bijstand'): 'Vuwv|D t_callback',
    ('GM0213', 'woz-bezwaar'): 'D t_status',
    ('GM0148', 'parkeervergunning'): 'NA',
    ('GM0148', 'winkeltijdenontheffing'): 'NA',
    ('GM0148', 'grofvuil'): 'Vwaste|F',
    ('GM1740', 'bijstand'): 'Vsoc|D',
    ('GM1740', 'bijzondere-bijstand'): 'Vsoc|D',
    ('GM1740', 'geluidsontheffing'): 'Vod|P',
    ('GM1740', 'bouwdossier-inzage'): 'Varch|F',
    ('GM1655', 'parkeervergunning'): 'Vpark|D t_payment',
    ('GM1655', 'bijzondere-bijstand'): 'Vsoc|I',
    ('GM1655', 'winkeltijdenontheffing'): 'NA',
    ('GM1655', 'gehandicaptenparkeerkaart'): 'M',
    ('GM1509', 'bijstand'): 'Vsoc|D',
    ('GM1509', 'bijzondere-bijstand'): 'Vsoc|P',
    ('GM1509', 'bouwdossier-inzage'): 'Varch|F',
    ('GM1509', 'grofvuil'): 'I t_tarpdf',
    ('GM1509', 'hondenbelasting'): 'D t_regpdf',
    ('GM1509', 'reclamebelasting'): 'NA',
    ('GM0417', 'parkeervergunning'): 'Vpark|D',
    ('GM0417', 'leerlingenvervoer'): 'Vllv|D',
    ('GM0417', 'hondenbelasting'): 'NA',
    ('GM0417', 'ligplaatsvergunning'): 'NA',
    ('GM0417', 'marktvergunning'): 'NF',
    ('GM0417', 'grofvuil'): 'Vwaste|F',
    ('GM0417', 'afvalcontainer'): 'Vwaste|I',
    ('GM0168', 'subsidie'): 'P t_formoffline t_regpdf',
    ('GM1740', 'standplaatsvergunning'): 'P t_formoffline',
    ('GM0417', 'woo-verzoek'): 'L t_formoffline t_mailto',
}

LEVEL = {'D': (100, 67), 'Dp': (100, 100), 'E': (100, 67), 'DE': (100, 67), 'DF': (100, 67),
         'F': (67, 67), 'Fsome': (67, 67), 'Facct': (67, 67), 'Dols': (100, 100),
         'P': (33, 33), 'W': (33, 33), 'O': (33, 33), 'R': (33, 33), 'M': (33, 33),
         'A': (0, 0), 'I': (0, 0), 'L': (0, 0)}

SIBLINGS = {  # non-measured forms that sit next to the product
    'verhuismelding': 'Verklaring inwoning hoofdbewoner',
    'overlijdensaangifte': 'Verzoek afschrift overlijdensakte',
    'paspoort': 'Melding vermissing reisdocument',
    'parkeervergunning': 'Tijdelijke verkeersmaatregel aanvragen',
    'gehandicaptenparkeerplaats': 'Verkeersbord of belijning melden',
    'melding-openbare-ruimte': 'Aanmelden afvalinzamelingskalender',
    'kapvergunning': 'Snoeiafval laten ophalen',
    'evenementenvergunning': 'Melding klein evenement',
    'standplaatsvergunning': 'Aanvraag plaats op de kerstmarkt',
    'geluidsontheffing': 'Melding incidentele festiviteit',
    'uitwegvergunning': 'Melding werkzaamheden in de openbare ruimte (KLIC)',
}
SIBLING_DIGID = {'overlijdensaangifte': 'Aanvraag uitvaartvergoeding nabestaanden (met DigiD)'}

SLIP = ['Veelgevraagd', 'Direct regelen', 'Contact']


def spec_for(org, key):
    s = OVERRIDES.get((org['code'], key))
    if s is None:
        vs = VARIANTS[key]
        s = vs[h(org['code'] + key) % len(vs)]
        if key in TAXKEYS and org.get('tax') and 'Vtax' not in s and s != 'NA':
            s = 'Vtax|D ' + ' '.join(t for t in s.split() if t.startswith('t_'))
    toks = s.split()
    routes = [t for t in toks if not t.startswith('t_')]
    traps = [t[2:] for t in toks if t.startswith('t_')]
    return routes, traps


# ---------------------------------------------------------------- documents
def pdf_bytes(title, lines):
    """A small valid PDF with text lines (Helvetica)."""
    def esc(s):
        s = s.encode('latin-1', 'replace').decode('latin-1')
        return s.replace('\\', '\\\\').replace('(', '\\(').replace(')', '\\)')
    content = ['BT /F1 16 Tf 56 780 Td (%s) Tj ET' % esc(title)]
    y = 750
    for ln in lines:
        content.append('BT /F1 10 Tf 56 %d Td (%s) Tj ET' % (y, esc(ln)))
        y -= 16
    stream = '\n'.join(content).encode('latin-1', 'replace')
    objs = [b'<< /Type /Catalog /Pages 2 0 R >>',
            b'<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
            b'<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
            b'<< /Length %d >>\nstream\n' % len(stream) + stream + b'\nendstream',
            b'<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
            ('<< /Title (%s) /Producer (web-dev37) >>' % esc(title)).encode('latin-1', 'replace')]
    out = io.BytesIO()
    out.write(b'%PDF-1.4\n%\xe2\xe3\xcf\xd3\n')
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(out.tell())
        out.write(b'%d 0 obj\n' % i + o + b'\nendobj\n')
    xref = out.tell()
    out.write(b'xref\n0 %d\n0000000000 65535 f \n' % (len(objs) + 1))
    for off in offs:
        out.write(b'%010d 00000 n \n' % off)
    out.write(b'trailer\n<< /Size %d /Root 1 0 R /Info 6 0 R >>\nstartxref\n%d\n%%%%EOF\n' % (len(objs) + 1, xref))
    return out.getvalue()


def zip_bytes(files):
    out = io.BytesIO()
    with zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=(2026, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
    return out.getvalue()


def docx_bytes(title, lines):
    paras = ''.join('<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % ESC(l) for l in [title] + lines)
    return zip_bytes([
        ('[Content_Types].xml', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'),
        ('_rels/.rels', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>'),
        ('word/document.xml', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>%s</w:body></w:document>' % paras),
    ])


def odt_bytes(title, lines):
    paras = ''.join('<text:p>%s</text:p>' % ESC(l) for l in [title] + lines)
    out = io.BytesIO()
    with zipfile.ZipFile(out, 'w') as z:
        zi = zipfile.ZipInfo('mimetype', date_time=(2026, 1, 1, 0, 0, 0))
        zi.compress_type = zipfile.ZIP_STORED
        z.writestr(zi, 'application/vnd.oasis.opendocument.text')
        for name, data in [
            ('META-INF/manifest.xml', '<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"><manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/><manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>'),
            ('content.xml', '<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2"><office:body><office:text>%s</office:text></office:body></office:document-content>' % paras)]:
            zi = zipfile.ZipInfo(name, date_time=(2026, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
    return out.getvalue()


def rtf_bytes(title, lines):
    body = '\\par\n'.join([title] + lines)
    return ('{\\rtf1\\ansi\\deff0{\\fonttbl{\\f0 Arial;}}\\f0\\fs20 %s\\par\n}' % body).encode('latin-1', 'replace')


def form_lines(name, org):
    return ['%s - %s' % (org, name), '',
            '1. Gegevens aanvrager', 'Naam: ........................................  Voorletters: ..........',
            'Adres: .......................................  Postcode en woonplaats: ..................',
            'Telefoonnummer: ..........................  E-mailadres: ..................................',
            'Burgerservicenummer (BSN): ....................', '',
            '2. Gegevens van de aanvraag', '..........................................................................................',
            '..........................................................................................', '',
            '3. Ondertekening', 'Ik verklaar dit formulier naar waarheid te hebben ingevuld.',
            'Datum: ....................   Handtekening: ..................................', '',
            'Stuur het formulier met de bijlagen naar: %s, Postbus 1, of lever het in bij de balie.' % org]


NONFORM = {
    'regpdf': ('Verordening', ['Artikel 1 Begripsbepalingen', 'In deze verordening wordt verstaan onder: ...',
                               'Artikel 2 Vergunningplicht', 'Het is verboden zonder vergunning van het college ...',
                               'Artikel 3 Weigeringsgronden', 'Artikel 4 Inwerkingtreding',
                               'Aldus vastgesteld in de openbare raadsvergadering.']),
    'tarpdf': ('Tarieventabel leges 2026', ['Titel 1 Algemene dienstverlening', 'Hoofdstuk 1 Burgerlijke stand ..... EUR 48,60',
                                            'Hoofdstuk 2 Reisdocumenten ..... EUR 83,75', 'Hoofdstuk 3 Basisregistratie personen ..... EUR 15,50',
                                            'Hoofdstuk 5 Vergunningen ..... EUR 72,00', 'Titel 2 Fysieke leefomgeving ..... zie tabel']),
    'brochure': ('Folder', ['Wat kunt u verwachten?', 'In deze folder leest u hoe het werkt en waar u terecht kunt.',
                            'Heeft u vragen? Bel 14 0xx of kijk op onze website.', 'Deze folder is met zorg samengesteld.']),
    'checklist': ('Checklist', ['Neem het volgende mee of stuur het mee:', '[ ] geldig identiteitsbewijs',
                                '[ ] tekeningen of foto\'s', '[ ] bewijs van inkomen van de laatste 3 maanden',
                                'Deze checklist is geen aanvraagformulier.']),
    'auxpdf': ('Verklaring toestemming reisdocument minderjarige', ['Ondergetekende geeft toestemming voor het verstrekken van een reisdocument',
                                                                    'aan zijn/haar minderjarige kind.', 'Naam ouder: .................... Handtekening: ..............',
                                                                    'Let op: de aanvraag zelf doet u persoonlijk aan de balie.']),
}

# ---------------------------------------------------------------- output
FILES = {}
REDIRECTS = []
HOST_REDIRECTS = []
NOTFOUND = []
SEARCHES = []
SEARCH_FILES = {}
CTYPES = []


def put(host, path, data):
    if isinstance(data, str):
        data = data.encode('utf-8')
    path = path.lstrip('/')
    if path == '' or path.endswith('/'):
        path += 'index.html'
    FILES[(host, path)] = data


def redirect(url, location, status=302):
    REDIRECTS.append({'url': url, 'status': status, 'location': location})


def idp_start(host, path, idp='digid', sp=''):
    """A login start on host/path that answers 302 to the identity provider."""
    url = 'http://%s%s' % (host, path)
    if idp == 'digid':
        loc = 'http://digid-sim.test/inloggen?sp=%s&ret=%s' % (sp or host, path.strip('/').replace('/', '_'))
    else:
        loc = 'http://eherkenning-sim.test/kies-middel?sp=%s&ret=%s' % (sp or host, path.strip('/').replace('/', '_'))
    if not any(r['url'] == url for r in REDIRECTS):
        redirect(url, loc)
    return url


# ---------------------------------------------------------------- page chrome
COOKIE = {
    'owc': '<div class="cookie-notice" role="dialog"><p>Wij gebruiken alleen functionele en analytische cookies.</p><button type="button">Akkoord</button></div>',
    'iprox': '<div id="cookiebar"><p>Deze website gebruikt cookies. <a href="/cookies">Meer over cookies</a></p><button>Sluiten</button></div>',
    'sdu': '<div class="cookiemelding"><p>Wij plaatsen cookies om de website te verbeteren. <a href="/cookies">Cookieverklaring</a></p></div>',
    'slug': '<div id="sliding-popup"><div class="eu-cookie-compliance-message"><p>Wij gebruiken cookies.</p></div><button class="agree-button">Ok, ik ga akkoord</button></div>',
    'pdc': '<div class="cookie-consent"><p>Cookies op deze website. <a href="http://www.nederbetuwe.test/cookies">Lees meer</a></p></div>',
    'typo3': '<div class="tx-cookieconsent"><p>Deze website maakt gebruik van cookies.</p><button>Accepteren</button></div>',
    'tabs': '<div class="cookie-bar"><p>Wij gebruiken cookies voor statistiek. <a href="/cookies">Instellingen</a></p></div>',
    'plone': '<div id="cookie-consent-viewlet"><p>Deze site gebruikt cookies.</p><button>Ik snap het</button></div>',
}


class Site:
    def __init__(self, org, products):
        self.o = org
        self.products = products
        self.host = org['www']
        self.name = org['name']
        self.fam = org['fam']
        self.pages = []  # (url, title) for sitemap/search
        self.mijn = None

    # URL schemes ----------------------------------------------------------
    def product_path(self, key, title):
        s = slugify(title)
        pid = 100 + (h(self.o['code'] + key) % 900)
        sect = {'burger': 'inwoners', 'ondernemer': 'ondernemers', 'beide': 'inwoners'}[self.aud(key)]
        f = self.fam
        if f == 'owc':
            return self.host, '/onderwerp/%s/' % s
        if f == 'iprox':
            sec = {'inwoners': 'Inwoners', 'ondernemers': 'Ondernemers'}[sect]
            cat = CATS.get(key, 'Overig')
            return self.host, '/%s/%s/%s' % (sec, cat.replace(' ', '_'), re.sub(r'[^A-Za-z0-9_()-]', '', title.replace(' ', '_').replace('/', '-')))
        if f == 'sdu':
            return self.host, '/%s/onderwerpen-a-z_41465/product/%s_%d.html' % (sect, s.replace('-', '-'), pid)
        if f == 'slug':
            return self.host, '/%s' % s
        if f == 'pdc':
            return 'loket.nederbetuwe.test', '/producten/%s' % s
        if f == 'typo3':
            return self.host, '/index.php?id=%d' % (1000 + pid)
        if f == 'tabs':
            return self.host, '/aanvragen-en-regelen/%s/' % s
        if f == 'plone':
            return self.host, '/onderwerpen/%s/%s' % (slugify(CATS.get(key, 'overig')), s)

    def aud(self, key):
        return self.products[key]['audience']

    # chrome -------------------------------------------------------------------
    def chrome(self, title, body, crumbs=None, host=None):
        o = self.o
        host = host or self.host
        sw = o['sitewide']
        base = 'http://%s' % self.host
        login = ''
        if 'header_login' in sw:
            login = '<a class="mijn-login" href="%s">Mijn %s <span>(inloggen met DigiD)</span></a>' % (self.mijn_url(), ESC(self.name))
        footer_digid = ''
        if 'footer_digid' in sw:
            footer_digid = '<a class="digid-logo" href="%s"><img src="%s/img/digid.svg" alt="DigiD"> Inloggen met DigiD</a>' % (self.mijn_url(), base)
        nav = ''.join('<li><a href="%s%s">%s</a></li>' % (base, p, t) for p, t in self.nav())
        crumb = ''
        if crumbs:
            crumb = '<nav class="breadcrumb"><a href="%s/">Home</a> &gt; %s</nav>' % (base, ' &gt; '.join(ESC(c) for c in crumbs))
        fam = self.fam
        gen = {'owc': 'WordPress 6.4; OpenWebConcept', 'iprox': 'iPROX', 'sdu': 'SIM Online', 'slug': 'Drupal 10 (https://www.drupal.org)',
               'pdc': 'PDC Loket 4', 'typo3': 'TYPO3 CMS', 'tabs': 'GemeenteOplossingen CMS', 'plone': 'Plone - https://plone.org'}[fam]
        return ('<!DOCTYPE html>\n<html lang="nl"><head><meta charset="utf-8"><title>%s | %s</title>'
                '<meta name="generator" content="%s"><meta name="viewport" content="width=device-width">'
                '<link rel="stylesheet" href="%s/css/site.css"></head><body class="%s">%s'
                '<header><a class="logo" href="%s/"><img src="%s/img/logo.svg" alt="Logo %s"></a>'
                '<form class="zoeken" action="%s/zoeken" method="get"><label>Zoeken <input name="q"></label><button>Zoek</button></form>%s'
                '<nav class="mega-menu"><ul>%s</ul></nav></header>%s<main>%s</main>'
                '<footer><h2>Contact</h2><p>%s, Postbus 1, telefoon 14 0%s</p><ul><li><a href="%s/contact">Contact</a></li>'
                '<li><a href="%s/privacyverklaring">Privacy</a></li><li><a href="%s/cookies">Cookies</a></li>'
                '<li><a href="%s/producten-a-z">Producten A-Z</a></li></ul>%s</footer></body></html>\n') % (
            ESC(title), ESC(o['full']), gen, base, fam, COOKIE[fam], base, base, ESC(o['full']), base, login, nav,
            crumb, body, ESC(o['full']), o['code'][-3:], base, base, base, base, footer_digid)

    def nav(self):
        f = self.fam
        if f in ('iprox',):
            return [('/Inwoners/', 'Inwoners'), ('/Ondernemers/', 'Ondernemers'), ('/producten-a-z', 'Producten A-Z'), ('/contact', 'Contact')]
        if f == 'tabs':
            return [('/aanvragen-en-regelen/', 'Aanvragen en regelen'), ('/producten-a-z', 'A-Z'), ('/contact', 'Contact')]
        return [('/producten-a-z', 'Producten en diensten'), ('/contact', 'Contact'), ('/nieuws/', 'Nieuws')]

    def mijn_url(self):
        o = self.o
        return idp_start('mijn.%s.test' % o['host'], '/inloggen/digid', sp=o['host'])


CATS = {'brp-uittreksel': 'Burgerzaken', 'verhuismelding': 'Burgerzaken', 'geboorteaangifte': 'Burgerzaken',
        'overlijdensaangifte': 'Burgerzaken', 'huwelijksaangifte': 'Burgerzaken', 'paspoort': 'Burgerzaken',
        'identiteitskaart': 'Burgerzaken', 'parkeervergunning': 'Verkeer en parkeren', 'gehandicaptenparkeerkaart': 'Verkeer en parkeren',
        'gehandicaptenparkeerplaats': 'Verkeer en parkeren', 'hondenbelasting': 'Belastingen', 'belastingkwijtschelding': 'Belastingen',
        'woz-bezwaar': 'Belastingen', 'bijstand': 'Werk en inkomen', 'bijzondere-bijstand': 'Werk en inkomen',
        'wmo-voorziening': 'Zorg en welzijn', 'leerlingenvervoer': 'Onderwijs', 'grofvuil': 'Afval', 'afvalcontainer': 'Afval',
        'melding-openbare-ruimte': 'Wonen en leefomgeving', 'omgevingsvergunning': 'Bouwen en wonen', 'kapvergunning': 'Bouwen en wonen',
        'bouwdossier-inzage': 'Bouwen en wonen', 'bezwaar': 'Bestuur', 'klacht': 'Bestuur', 'woo-verzoek': 'Bestuur',
        'subsidie': 'Subsidies', 'evenementenvergunning': 'Evenementen', 'exploitatievergunning-horeca': 'Horeca',
        'alcoholvergunning': 'Horeca', 'terrasvergunning': 'Horeca', 'standplaatsvergunning': 'Markt en standplaatsen',
        'marktvergunning': 'Markt en standplaatsen', 'reclamebelasting': 'Belastingen', 'geluidsontheffing': 'Evenementen',
        'winkeltijdenontheffing': 'Bedrijven', 'kansspelautomaatvergunning': 'Horeca', 'collectevergunning': 'Vergunningen',
        'ligplaatsvergunning': 'Vergunningen', 'uitwegvergunning': 'Bouwen en wonen', 'belastingaanslag-bezwaar': 'Belastingen',
        'betalingsregeling': 'Belastingen'}


# ---------------------------------------------------------------- form platforms
def form_html(title, action, fields, extra='', cls='form'):
    rows = ''.join('<label>%s <input name="%s" type="text"></label>' % (ESC(f), slugify(f)) for f in fields)
    return '<form class="%s" method="post" action="%s">%s%s<button type="submit">Verzenden</button></form>' % (cls, action, rows, extra)


STD_FIELDS = ['Naam', 'Adres', 'Postcode', 'Woonplaats', 'E-mailadres', 'Telefoonnummer', 'Toelichting']


class Platform:
    """The municipality's own form platform; returns (link_url, route_url, signals)."""

    def __init__(self, site):
        self.s = site
        self.o = site.o
        self.kind = site.o['plat']
        self.made = set()

    def _page(self, host, path, title, inner):
        put(host, path, '<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>%s - %s</title></head>'
            '<body><header><img src="http://%s/img/logo.svg" alt="%s"></header><main><h1>%s</h1>%s</main>'
            '<footer><a href="http://%s/privacyverklaring">Privacyverklaring</a></footer></body></html>\n' % (
                ESC(title), ESC(self.o['full']), self.s.host, ESC(self.o['full']), ESC(title), inner, self.s.host))

    def route(self, slug, title, kind):
        """kind: D Dp E DE DF F Fsome Facct (sibling forms use F or D)."""
        o = self.o
        k = self.kind
        hostn = o['host']
        sig = []
        login = kind in ('D', 'Dp', 'E', 'DE', 'DF')
        idp = 'eherkenning' if kind == 'E' else 'digid'
        prefill = ('<p class="prefill">Na het inloggen met DigiD zijn uw naam, adres en BSN al voor u ingevuld uit de '
                   'Basisregistratie Personen.</p>') if kind == 'Dp' else ''
        if k == 'openforms':
            host = 'formulieren.%s.test' % hostn
            path = '/%s' % slug
            api = '/api/v2/forms/%s' % slug
            put(host, api, json.dumps({'slug': slug, 'name': title, 'loginRequired': login,
                                       'loginOptions': ([{'identifier': idp, 'url': 'http://%s/auth/%s/%s/start' % (host, slug, idp)}] if login else [])}))
            starts = []
            if login:
                starts.append(idp_start(host, '/auth/%s/%s/start' % (slug, idp), idp, hostn))
                if kind == 'DE':
                    starts.append(idp_start(host, '/auth/%s/eherkenning/start' % slug, 'eherkenning', hostn))
            script = ('<script>\n(function(){var root=document.getElementById("openforms-root");'
                      'var cfg=%s;\nif(cfg.login.length){cfg.login.forEach(function(u){var a=document.createElement("a");'
                      'a.href=u;a.className="openforms-login";a.textContent=u.indexOf("eherkenning")>0?"Inloggen met eHerkenning":"Inloggen met DigiD";root.appendChild(a);});'
                      '%s}else{var f=document.createElement("form");f.method="post";f.action="%s";'
                      '["Naam","E-mailadres","Toelichting"].forEach(function(n){var i=document.createElement("input");i.name=n;f.appendChild(i);});'
                      'var b=document.createElement("button");b.textContent="Volgende";f.appendChild(b);root.appendChild(f);}})();\n</script>') % (
                json.dumps({'login': starts}), ('var g=document.createElement("a");g.href="%s";g.textContent="Doorgaan zonder inloggen";root.appendChild(g);' % ('http://%s/%s-anoniem' % (host, slug))) if kind == 'DF' else '',
                'http://%s%s' % (host, path))
            if kind == 'DF':
                self._page(host, '/%s-anoniem' % slug, title + ' (zonder DigiD)', form_html(title, 'http://%s/%s-anoniem' % (host, slug), STD_FIELDS))
            inner = ('%s<div id="openforms-root" data-base-url="http://%s%s" data-form-id="%s"><noscript>Schakel JavaScript in om dit formulier te gebruiken.</noscript></div>%s'
                     % (prefill, host, api, slug, script))
            self._page(host, path, title, inner)
            sig.append('js_only')
            url = 'http://%s%s' % (host, path)
            return url, url, sig
        if k == 'triple':
            host = 'formulieren.%s.test' % hostn
            name = ''.join(w.capitalize() for w in slug.split('-'))[:40]
            path = '/TriplEforms/DirectRegelen/%s.aspx' % name
            url = 'http://%s%s' % (host, path)
            if login:
                st = idp_start(host, '/TriplEforms/Login/%s/%s' % (idp, name), idp, hostn)
                extra = ''
                if kind == 'DE':
                    extra = '<a class="button" href="%s">Inloggen met eHerkenning</a>' % idp_start(host, '/TriplEforms/Login/eherkenning/%s' % name, 'eherkenning', hostn)
                if kind == 'DF':
                    extra = '<p>Geen DigiD? <a href="http://%s/TriplEforms/DirectRegelen/%sZonderDigiD.aspx">Vul het formulier in zonder DigiD</a></p>' % (host, name)
                    self._page(host, '/TriplEforms/DirectRegelen/%sZonderDigiD.aspx' % name, title,
                               form_html(title, 'http://%s/TriplEforms/DirectRegelen/%sZonderDigiD.aspx' % (host, name), STD_FIELDS,
                                         '<input type="hidden" name="__VIEWSTATE" value="dDwtMTA4">'))
                self._page(host, path, title, '%s<p>Voor dit formulier logt u in met %s.</p><a class="button" href="%s">Inloggen met %s</a>%s' % (
                    prefill, 'eHerkenning' if idp == 'eherkenning' else 'DigiD', st, 'eHerkenning' if idp == 'eherkenning' else 'DigiD', extra))
            else:
                self._page(host, path, title, form_html(title, url, STD_FIELDS, '<input type="hidden" name="__VIEWSTATE" value="dDwtMTA4">'))
            return url, url, sig
        if k == 'iform':
            host = 'zaken.%s.test' % hostn
            path = '/pls/iform/form_%s' % slug.replace('-', '_')
            url = 'http://%s%s' % (host, path)
            if login:
                st = idp_start(host, '/pls/iform/%s_%s' % (idp, slug.replace('-', '_')), idp, hostn)
                extra = ''
                if kind == 'DF':
                    self._page(host, path + '_anoniem', title, form_html(title, 'http://%s%s_anoniem' % (host, path), STD_FIELDS))
                    extra = '<p><a href="http://%s%s_anoniem">Ik heb geen DigiD</a></p>' % (host, path)
                if kind == 'DE':
                    extra = '<p><a href="%s">Inloggen met eHerkenning (bedrijven)</a></p>' % idp_start(host, '/pls/iform/eherkenning_%s' % slug.replace('-', '_'), 'eherkenning', hostn)
                self._page(host, path, title, '%s<p>Log in om verder te gaan.</p><a href="%s"><img src="http://%s/img/digid.svg" alt=""> Inloggen</a>%s' % (prefill, st, self.s.host, extra))
                return url, url, sig
            self._page(host, path, title, form_html(title, url, STD_FIELDS))
            return url, url, sig
        if k == 'gravity':
            host = 'mijn.%s.test' % hostn
            path = '/formulier/%s/' % slug
            url = 'http://%s%s' % (host, path)
            if login:
                st = idp_start(host, '/%s/login/%s/' % (idp, slug), idp, hostn)
                extra = ''
                if kind == 'DF':
                    extra = '<p>Of <a href="http://%s/formulier/%s-anoniem/">meld anoniem zonder in te loggen</a>.</p>' % (host, slug)
                    self._page(host, '/formulier/%s-anoniem/' % slug, title, '<div class="gform_wrapper">%s</div>' % form_html(title, 'http://%s/formulier/%s-anoniem/' % (host, slug), STD_FIELDS, cls='gform'))
                if kind == 'DE':
                    extra = '<a class="gform_button" href="%s">Inloggen met eHerkenning</a>' % idp_start(host, '/eherkenning/login/%s/' % slug, 'eherkenning', hostn)
                self._page(host, path, title, '%s<div class="gform_wrapper"><p>U moet inloggen om dit formulier te gebruiken.</p><a class="gform_button" href="%s">Inloggen met %s</a>%s</div>' % (
                    prefill, st, 'eHerkenning' if idp == 'eherkenning' else 'DigiD', extra))
                return url, url, sig
            self._page(host, path, title, '<div class="gform_wrapper">%s</div>' % form_html(title, url, STD_FIELDS, cls='gform'))
            return url, url, sig
        if k == 'esuite':
            host = 'loket.nederbetuwe.test'
            name = ''.join(w.capitalize() for w in slug.split('-'))[:40]
            path = '/eformulieren/%s.aspx' % name
            url = 'http://%s%s' % (host, path)
            if login:
                st = idp_start(host, '/eformulieren/%s/%s' % (idp, name), idp, hostn)
                extra = ''
                if kind == 'DF':
                    self._page(host, '/eformulieren/%sAnoniem.aspx' % name, title, form_html(title, 'http://%s/eformulieren/%sAnoniem.aspx' % (host, name), STD_FIELDS))
                    extra = '<a href="http://%s/eformulieren/%sAnoniem.aspx">Zonder inloggen</a>' % (host, name)
                if kind == 'DE':
                    extra = '<a href="%s">Inloggen met eHerkenning</a>' % idp_start(host, '/eformulieren/eherkenning/%s' % name, 'eherkenning', hostn)
                self._page(host, path, title, '%s<div class="esuite-login"><a href="%s">Inloggen met %s</a>%s</div>' % (prefill, st, 'eHerkenning' if idp == 'eherkenning' else 'DigiD', extra))
                return url, url, sig
            self._page(host, path, title, form_html(title, url, STD_FIELDS))
            return url, url, sig
        if k == 'formdesk':
            host = 'fd8.formdesk.test'
            name = ''.join(w.capitalize() for w in slug.split('-'))[:40]
            path = '/gemeentehalderberge/%s' % name
            url = 'http://%s%s' % (host, path)
            if login:
                st = idp_start(host, '/gemeentehalderberge/%s/%s' % (name, idp), idp, hostn)
                extra = ''
                if kind == 'DF':
                    self._page(host, path + '-anoniem', title, form_html(title, 'http://%s%s-anoniem' % (host, path), STD_FIELDS))
                    extra = '<a href="http://%s%s-anoniem">Doorgaan zonder DigiD</a>' % (host, path)
                if kind == 'DE':
                    extra = '<a href="%s">eHerkenning</a>' % idp_start(host, '/gemeentehalderberge/%s/eherkenning' % name, 'eherkenning', hostn)
                self._page(host, path, title, '%s<p>Identificeer u eerst.</p><a href="%s">Inloggen met %s</a>%s' % (prefill, st, 'eHerkenning' if idp == 'eherkenning' else 'DigiD', extra))
                return url, url, sig
            self._page(host, path, title, form_html(title, url, STD_FIELDS, cls='formdesk'))
            return url, url, sig
        if k == 'wizard':
            host = self.s.host
            path = '/e-loket/%s/stap-1' % slug
            url = 'http://%s%s' % (host, path)
            if login:
                st = idp_start(host, '/e-loket/%s/inloggen-%s' % (slug, idp), idp, hostn)
                extra = ''
                if kind == 'DF':
                    self._page(host, '/e-loket/%s/anoniem/stap-1' % slug, title, form_html(title, 'http://%s/e-loket/%s/anoniem/stap-2' % (host, slug), STD_FIELDS))
                    self._page(host, '/e-loket/%s/anoniem/stap-2' % slug, title + ' - stap 2', form_html(title, 'http://%s/e-loket/%s/anoniem/stap-2' % (host, slug), ['Bijlage', 'Akkoord']))
                    extra = '<a href="http://%s/e-loket/%s/anoniem/stap-1">Ik heb geen DigiD</a>' % (host, slug)
                if kind == 'DE':
                    extra = '<a href="%s">Inloggen met eHerkenning</a>' % idp_start(host, '/e-loket/%s/inloggen-eherkenning' % slug, 'eherkenning', hostn)
                self._page(host, path, title, '%s<ol class="steps"><li class="active">Inloggen</li><li>Gegevens</li><li>Controle</li></ol><a class="btn" href="%s">Inloggen met %s</a>%s' % (
                    prefill, st, 'eHerkenning' if idp == 'eherkenning' else 'DigiD', extra))
                return url, url, sig
            self._page(host, path, title, '<ol class="steps"><li class="active">Gegevens</li><li>Controle</li></ol>' + form_html(title, 'http://%s/e-loket/%s/stap-2' % (host, slug), STD_FIELDS))
            self._page(host, '/e-loket/%s/stap-2' % slug, title + ' - controle', form_html(title, 'http://%s/e-loket/%s/stap-2' % (host, slug), ['Akkoord']))
            return url, url, sig
        if k == 'bel':
            host = 'eloket.bel-combinatie.test'
            path = '/laren/%s/' % slug
            url = 'http://%s%s' % (host, path)
            if login:
                st = idp_start(host, '/laren/%s/%s' % (slug, idp), idp, 'laren')
                extra = ''
                if kind == 'DF':
                    self._page(host, path + 'zonder-digid', title, form_html(title, 'http://%s%szonder-digid' % (host, path), STD_FIELDS))
                    extra = '<a href="http://%s%szonder-digid">Zonder DigiD invullen</a>' % (host, path)
                if kind == 'DE':
                    extra = '<a href="%s">Inloggen met eHerkenning</a>' % idp_start(host, '/laren/%s/eherkenning' % slug, 'eherkenning', 'laren')
                self._page(host, path, title, '%s<p>E-loket BEL-gemeenten (Blaricum, Eemnes, Laren) - formulier voor inwoners van Laren.</p><a href="%s">Inloggen met %s</a>%s' % (
                    prefill, st, 'eHerkenning' if idp == 'eherkenning' else 'DigiD', extra))
                return url, url, sig + ['shared_eloket']
            self._page(host, path, title, '<p>E-loket BEL-gemeenten - formulier voor inwoners van Laren.</p>' + form_html(title, url, STD_FIELDS))
            return url, url, sig + ['shared_eloket']
        raise ValueError(k)


# ---------------------------------------------------------------- bodies
class Body:
    def __init__(self, key):
        self.k = key
        self.b = BODIES[key]
        self.host = self.b['host']
        self.pages = {}

    def chrome(self, title, inner):
        b = self.b
        login = '' if self.k in ('ols',) else '<a class="login" href="%s">Mijn %s</a>' % (
            idp_start(self.host, '/mijn/inloggen', 'digid', self.k), ESC(b['short']))
        return ('<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>%s | %s</title></head><body>'
                '<header><a href="http://%s/">%s</a> %s</header><main><h1>%s</h1>%s</main>'
                '<footer>%s &middot; <a href="http://%s/contact">Contact</a></footer></body></html>\n') % (
            ESC(title), ESC(b['name']), self.host, ESC(b['name']), login, ESC(title), inner, ESC(b['name']), self.host)

    def product(self, key, pname, org):
        """Writes the body's page for the product; returns (page_url, level, strict, route_url, signals)."""
        kind = self.b['routes'][key]
        slug = slugify(pname)
        ppath = '/%s' % slug
        purl = 'http://%s%s' % (self.host, ppath)
        lvl, strict = LEVEL[kind if kind in LEVEL else 'I']
        sig = ['delegated']
        route = ''
        if kind in ('D', 'Dp'):
            st = idp_start(self.host, '/mijn/digid/%s' % slug, 'digid', self.k)
            pf = '<p>Na inloggen staan uw gegevens en uw aanslag al ingevuld in het formulier.</p>' if kind == 'Dp' else ''
            inner = '<p>%s</p>%s<p><a class="btn" href="%s">%s aanvragen (inloggen met DigiD)</a></p>' % (ESC(INTRO[key]), pf, st, ESC(pname))
            route = st
            sig += ['digid'] + (['prefill_text'] if kind == 'Dp' else [])
        elif kind == 'Dols':
            route = 'http://omgevingswet.overheid.test/aanvragen'
            inner = '<p>%s</p><p><a href="%s">Aanvraag of melding indienen</a></p>' % (ESC(INTRO[key]), route)
            sig += ['digid', 'eherkenning', 'prefill_text']
        elif kind == 'F':
            fpath = '/formulier/%s' % slug
            put(self.host, fpath, self.chrome(pname + ' - formulier', form_html(pname, 'http://%s%s' % (self.host, fpath), STD_FIELDS)))
            route = 'http://%s%s' % (self.host, fpath)
            inner = '<p>%s</p><p><a class="btn" href="%s">Vul het online formulier in</a></p>' % (ESC(INTRO[key]), route)
            sig += ['online_form']
        elif kind == 'Facct':
            fpath = '/mijn-account/inloggen'
            put(self.host, fpath, self.chrome('Inloggen Mijn ' + self.b['short'], form_html('Inloggen', 'http://%s%s' % (self.host, fpath), ['E-mailadres', 'Wachtwoord']) +
                                              '<p>Nog geen account? <a href="http://%s/mijn-account/registreren">Registreer</a>. Na inloggen plant u uw grofvuilafspraak in het aanvraagformulier.</p>' % self.host))
            put(self.host, '/mijn-account/registreren', self.chrome('Account aanmaken', form_html('Registreren', 'http://%s/mijn-account/registreren' % self.host, ['E-mailadres', 'Wachtwoord', 'Postcode', 'Huisnummer'])))
            route = 'http://%s%s' % (self.host, fpath)
            inner = '<p>%s</p><p>Log in met uw Mijn %s-account (geen DigiD) en meld uw grofvuil aan.</p><p><a href="%s">Inloggen</a></p>' % (ESC(INTRO[key]), ESC(self.b['short']), route)
            sig += ['account_login']
        elif kind == 'P':
            dpath = '/documenten/aanvraagformulier-%s.pdf' % slug
            put(self.host, dpath, pdf_bytes('Aanvraagformulier ' + pname, form_lines(pname, self.b['name'])))
            route = 'http://%s%s' % (self.host, dpath)
            inner = '<p>%s</p><p>Download het <a href="%s">aanvraagformulier (pdf, 84 kB)</a> en stuur het ingevuld op.</p>' % (ESC(INTRO[key]), route)
            sig += ['pdf']
        elif kind == 'A':
            inner = '<p>%s</p><p>Maak telefonisch een afspraak via 088 - 0000 000. U kunt het grofvuil ook gratis wegbrengen naar het afvalbrengpunt.</p>' % ESC(INTRO[key])
            sig += ['phone']
        else:  # I
            inner = '<p>%s</p><p>Neem contact op met onze klantenservice, telefoon 088 - 0000 000 of kom langs op ons kantoor.</p>' % ESC(INTRO[key])
            sig += ['phone']
        put(self.host, ppath, self.chrome(pname, inner))
        return purl, lvl, strict, route, sig

    def home(self, links):
        put(self.host, '/', self.chrome(self.b['name'], '<ul>%s</ul>' % ''.join('<li><a href="%s">%s</a></li>' % (u, ESC(t)) for u, t in links)))
        put(self.host, '/contact', self.chrome('Contact', '<p>Telefoon 088 - 0000 000</p>' + form_html('Contact', 'http://%s/contact' % self.host, ['Naam', 'Vraag'])))


# ---------------------------------------------------------------- build
def make_common():
    for idp, t in (('digid-sim.test', 'DigiD'), ('eherkenning-sim.test', 'eHerkenning')):
        p = '/inloggen' if idp.startswith('digid') else '/kies-middel'
        put(idp, p, '<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>Inloggen bij %s</title></head><body><h1>Inloggen met %s</h1>'
            '<form method="post" action="http://%s%s"><label>Gebruikersnaam <input name="u"></label><label>Wachtwoord <input type="password" name="p"></label><button>Inloggen</button></form></body></html>\n' % (t, t, idp, p))
        put(idp, '/', '<!DOCTYPE html><html><head><meta charset="utf-8"><title>%s</title></head><body><h1>%s</h1><p><a href="http://%s%s">Inloggen</a></p></body></html>\n' % (t, t, idp, p))
    # Omgevingsloket
    ols = 'omgevingswet.overheid.test'
    d = idp_start(ols, '/aanvragen/inloggen/digid', 'digid', 'ols')
    e = idp_start(ols, '/aanvragen/inloggen/eherkenning', 'eherkenning', 'ols')
    put(ols, '/aanvragen', '<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>Aanvragen | Omgevingsloket</title></head><body><h1>Aanvraag of melding indienen</h1>'
        '<p>Log in om een aanvraag of melding in te dienen. Na het inloggen vullen wij uw naam en adres voor u in.</p>'
        '<p><a href="%s">Inloggen met DigiD</a> <a href="%s">Inloggen met eHerkenning</a></p><p><a href="http://%s/checken">Eerst checken of u een vergunning nodig heeft</a></p></body></html>\n' % (d, e, ols))
    put(ols, '/checken', '<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>Vergunningcheck | Omgevingsloket</title></head><body><h1>Vergunningcheck</h1>'
        '<p>Check of u een vergunning nodig heeft. Dit is geen aanvraag.</p>%s</body></html>\n' % form_html('check', 'http://%s/checken' % ols, ['Adres', 'Werkzaamheden']))
    put(ols, '/contact', '<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>Contact Omgevingsloket</title></head><body><h1>Contact</h1><p>Helpdesk: 088 - 0000 000</p></body></html>\n')
    put(ols, '/', '<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>Omgevingsloket</title></head><body><h1>Omgevingsloket</h1>'
        '<ul><li><a href="http://%s/checken">Vergunningcheck</a></li><li><a href="http://%s/aanvragen">Aanvragen</a></li></ul></body></html>\n' % (ols, ols))


def build(outdir):
    products = {p['product_key']: p for p in load_products()}
    keys = [p['product_key'] for p in load_products()]
    make_common()
    bodies = {}
    body_links = {}
    labels = []
    for o in ORGS:
        site = Site(o, products)
        plat = Platform(site)
        rows = build_site(site, plat, keys, products, bodies, body_links)
        labels.extend(rows)
    for k, b in sorted(bodies.items()):
        if k == 'ols':
            continue
        b.home(sorted(set(body_links.get(k, []))))
    # write
    for (host, path), data in sorted(FILES.items()):
        fp = os.path.join(outdir, 'sites', host, path)
        os.makedirs(os.path.dirname(fp), exist_ok=True)
        with open(fp, 'wb') as f:
            f.write(data)
    for rel, text in sorted(SEARCH_FILES.items()):
        fp = os.path.join(outdir, rel)
        os.makedirs(os.path.dirname(fp), exist_ok=True)
        with open(fp, 'w', encoding='utf-8') as f:
            f.write(text)
    with open(os.path.join(outdir, 'organisations.csv'), 'w', newline='', encoding='utf-8') as f:
        w = csv.writer(f, lineterminator='\n')
        w.writerow(['code', 'name', 'org_type', 'website', 'inhabitants'])
        for o in ORGS:
            w.writerow([o['code'], o['full'], 'gemeente', 'http://%s/' % o['www'], o['inh']])
    with open(os.path.join(outdir, 'labels.csv'), 'w', newline='', encoding='utf-8') as f:
        w = csv.writer(f, lineterminator='\n')
        cols = ['org_code', 'product_key', 'level', 'status', 'product_url', 'route_url', 'level_strict', 'via', 'signals', 'notes']
        w.writerow(cols)
        for r in labels:
            w.writerow([r[c] for c in cols])
    manifest = {'name': 'web-dev37', 'seed': 37, 'organisations': len(ORGS),
                'behaviours': {'redirects': sorted(REDIRECTS, key=lambda r: r['url']),
                               'host_redirects': HOST_REDIRECTS, 'not_found_pages': NOTFOUND,
                               'searches': SEARCHES}}
    with open(os.path.join(outdir, 'testweb.json'), 'w', encoding='utf-8') as f:
        json.dump(manifest, f, indent=1, sort_keys=True)
        f.write('\n')


TRAP_NAMES = {'trap_' + a: 'trap_' + b for a, b in (
    ('paperorder', 'paper_form_order'), ('regpdf', 'regulation_pdf'), ('tarpdf', 'tariff_pdf'), ('brochure', 'brochure_pdf'),
    ('checklist', 'checklist_pdf'), ('apptdigid', 'appointment_digid'), ('apptform', 'appointment_request_form'),
    ('sibling', 'sibling_form'), ('siblingdigid', 'sibling_form_digid'), ('status', 'status_tracker'),
    ('payment', 'payment_page'), ('callback', 'callback_form'), ('notyet', 'not_yet_online'),
    ('auxpdf', 'auxiliary_pdf_form'), ('vcheck', 'vergunningcheck'), ('contact', 'contact_form'), ('formoffline', 'form_offline'))}


def build_site(site, plat, keys, products, bodies, body_links):
    o = site.o
    base = 'http://%s' % site.host
    hostn = o['host']
    rows = []
    entries = []  # (key, title, url) for A-Z
    sitewide = o['sitewide']
    # shared target pages --------------------------------------------------
    appt_host = 'afspraak.%s.test' % hostn
    appt_digid = idp_start(appt_host, '/digid/inloggen', 'digid', hostn)
    put(appt_host, '/', '<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>Afspraak maken - %s</title></head><body><h1>Afspraak maken</h1>'
        '<p>Kies een product en een tijdstip.</p><p><a href="%s">Inloggen met DigiD om uw afspraken te bekijken of te maken</a></p>%s</body></html>\n' % (
            ESC(o['full']), appt_digid, form_html('afspraak', 'http://%s/bevestigen' % appt_host, ['Product', 'Datum', 'Tijd', 'Naam', 'E-mailadres'], cls='jcc-afspraak')))
    put(appt_host, '/bevestigen', '<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>Afspraak bevestigen</title></head><body><h1>Bevestig uw afspraak</h1></body></html>\n')
    put(site.host, '/contact', site.chrome('Contact', '<h1>Contact</h1><p>Bel 14 0%s of stuur ons een bericht.</p>%s' % (
        o['code'][-3:], form_html('Contactformulier', base + '/contact', ['Naam', 'E-mailadres', 'Uw vraag'])), ['Contact']))
    put(site.host, '/terugbelverzoek', site.chrome('Terugbelverzoek', '<h1>Bel mij terug</h1><p>Laat uw telefoonnummer achter. Een medewerker belt u binnen 2 werkdagen terug.</p>%s' % (
        form_html('Terugbelverzoek', base + '/terugbelverzoek', ['Naam', 'Telefoonnummer', 'Onderwerp'])), ['Terugbelverzoek']))
    put(site.host, '/formulier-per-post', site.chrome('Formulier per post ontvangen', '<h1>Formulier per post ontvangen</h1><p>Wij sturen u het aanvraagformulier op papier toe.</p>%s' % (
        form_html('Formulier aanvragen', base + '/formulier-per-post', ['Naam', 'Adres', 'Welk formulier?'])), ['Formulier per post']))
    put(site.host, '/afspraakverzoek', site.chrome('Afspraak aanvragen', '<h1>Afspraak aanvragen</h1><p>Vul het formulier in; wij nemen contact met u op om een afspraak te plannen.</p>%s' % (
        form_html('Afspraak aanvragen', base + '/afspraakverzoek', ['Naam', 'Telefoonnummer', 'Voorkeursdag'])), ['Afspraak aanvragen']))
    put(site.host, '/betalen', site.chrome('Online betalen', '<h1>Online betalen</h1><p>Betaal leges of een factuur met iDEAL.</p>%s' % (
        form_html('iDEAL', base + '/betalen', ['Kenmerk', 'Bedrag'])), ['Betalen']))
    put(site.host, '/nieuwsbrief', site.chrome('Nieuwsbrief', '<h1>Aanmelden nieuwsbrief</h1>%s' % form_html('Nieuwsbrief', base + '/nieuwsbrief', ['E-mailadres']), ['Nieuwsbrief']))
    put(site.host, '/feedback', site.chrome('Bedankt', '<h1>Bedankt voor uw reactie</h1>', ['Feedback']))
    put(site.host, '/privacyverklaring', site.chrome('Privacyverklaring', '<h1>Privacyverklaring</h1><p>Wij gaan zorgvuldig om met uw gegevens.</p>'))
    put(site.host, '/cookies', site.chrome('Cookies', '<h1>Cookies</h1><p>Wij plaatsen functionele cookies.</p>'))
    put(site.host, '/zoeken', site.chrome('Zoeken', '<h1>Zoeken</h1><p>Vul een zoekterm in.</p>'))
    put(site.host, '/css/site.css', 'body{font-family:sans-serif}\n')
    put(site.host, '/img/logo.svg', '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"></svg>\n')
    put(site.host, '/img/digid.svg', '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"></svg>\n')
    mijn_host = 'mijn.%s.test' % hostn
    put(mijn_host, '/', '<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>Mijn %s</title></head><body><h1>Mijn %s</h1>'
        '<p>Bekijk de status van uw aanvragen, uw belastingaanslag en uw gegevens.</p><a href="%s">Inloggen met DigiD</a></body></html>\n' % (ESC(o['name']), ESC(o['name']), site.mijn_url()))
    status_url = idp_start(mijn_host, '/zaken/status', 'digid', hostn)
    objection_url = None

    # sibling / trap forms --------------------------------------------------
    def sib(key, digid=False):
        t = SIBLING_DIGID[key] if digid else SIBLINGS.get(key, 'Melding openbare ruimte - overig')
        return plat.route('sib-' + slugify(t), t, 'D' if digid else 'F')[0], t

    # first pass: specs and own routes
    spec = {}
    for key in keys:
        spec[key] = spec_for(o, key)
    news_keys = [k for k in keys if spec[k][0] not in (['NA'], ['NF'])]
    news_keys = sorted(news_keys, key=lambda k: h(o['code'] + k + 'news'))[:2]
    # Direct-regelen box candidates: product online routes computed later; do two passes
    made = {}
    for key in keys:
        routes, traps = spec[key]
        if routes == ['NA'] or routes == ['NF']:
            continue
        title = TITLES[key][h(o['code'] + key + 't') % 3]
        made[key] = dict(title=title, links=[], level=0, strict=0, route='', via='', sig=[], notes=[], traps=list(traps))
        m = made[key]
        slug = slugify(title)
        for r in routes:
            if r.startswith('V'):
                role, _, fb = r[1:].partition('|')
                bkey = {'ols': 'ols', 'uwv': 'uwv'}.get(role) or o.get(role)
                if bkey is None:
                    if not fb:
                        raise ValueError((o['code'], key, r))
                    r = fb
                else:
                    b = bodies.setdefault(bkey, Body(bkey))
                    purl, lvl, strict, rurl, sig = b.product(key, title if bkey not in ('ols',) else TITLES[key][0], o)
                    body_links.setdefault(bkey, []).append((purl, title))
                    bname = b.b['name']
                    if bkey == 'ols':
                        purl = 'http://omgevingswet.overheid.test/aanvragen'
                        body_links['ols'].pop()
                    txt = {'tax': 'De gemeentelijke belastingen worden voor ons geheven en ingevorderd door %s.' % bname,
                           'waste': 'De afvalinzameling in onze gemeente wordt uitgevoerd door %s.' % bname,
                           'soc': 'Werk en inkomen is ondergebracht bij %s.' % bname,
                           'uwv': 'U vraagt een bijstandsuitkering aan via werk.nl. Daarna neemt de gemeente contact met u op.',
                           'ols': 'U vraagt de vergunning aan via het Omgevingsloket.',
                           'park': 'Parkeervergunningen worden uitgegeven via de Parkeerservice.',
                           'arch': 'De bouwdossiers zijn overgebracht naar %s.' % bname,
                           'od': 'Deze ontheffing wordt namens de gemeente behandeld door %s.' % bname,
                           'llv': 'Het leerlingenvervoer wordt uitgevoerd door %s.' % bname}[role]
                    label = {'ols': 'Naar het Omgevingsloket'}.get(role, 'Ga naar de website van %s' % bname)
                    if o['code'] == 'GM0168' and role == 'tax':
                        purl = 'http://%s/' % b.host  # only the body's home page is linked
                        m['sig'].append('via_home_link')
                    m['links'].append(('via', '<p>%s <a class="extern" href="%s">%s</a></p>' % (ESC(txt), purl, ESC(label))))
                    if lvl > m['level'] or (lvl == m['level'] and not m['route']):
                        if lvl > 0:
                            m['level'], m['strict'], m['route'], m['via'] = lvl, strict, rurl, b.host
                    m['sig'] += sig
                    if bkey != 'ols':
                        m['traps'].append('body_login')
                    else:
                        m['traps'].append('vcheck')
                    m['notes'].append('via %s (%s)' % (bname, 'route on their site' if lvl else 'their page has no online route'))
                    continue
            if r in ('D', 'Dp', 'E', 'DE', 'DF', 'F', 'Fsome'):
                kind = 'F' if r == 'Fsome' else r
                link, rurl, sig = plat.route(slug, title, kind)
                lab = {'D': 'Inloggen met DigiD en %s aanvragen' % title.lower(), 'Dp': 'Direct regelen met DigiD',
                       'E': '%s aanvragen (met eHerkenning)' % title, 'DE': 'Online aanvragen met DigiD of eHerkenning',
                       'DF': 'Online regelen', 'F': 'Online formulier %s' % title.lower(), 'Fsome': 'Online formulier'}[r]
                pre = ''
                if r == 'Fsome':
                    pre = ('Alleen in de volgende situatie kunt u het online formulier gebruiken: %s. In alle andere gevallen maakt u een afspraak. ' %
                           {'kapvergunning': 'u wilt een boom kappen die niet op de lijst met monumentale bomen staat (kapmelding)',
                            'huwelijksaangifte': 'u en uw partner wonen allebei in Nederland en hebben de Nederlandse nationaliteit'}.get(key, 'u woont in het buitenland'))
                    m['sig'].append('partial_online')
                m['links'].append(('route', '<p>%s<a class="button cta" href="%s">%s</a></p>' % (ESC(pre), link, ESC(lab))))
                lvl, strict = LEVEL[r]
                m['sig'] += {'D': ['digid'], 'Dp': ['digid', 'prefill_text'], 'E': ['eherkenning'], 'DE': ['digid', 'eherkenning'],
                             'DF': ['digid', 'online_form'], 'F': ['online_form'], 'Fsome': ['online_form']}[r] + sig
                if lvl > m['level']:
                    m['level'], m['strict'], m['route'], m['via'] = lvl, strict, rurl, ''
            elif r in ('P', 'W', 'O', 'R', 'M'):
                ext = {'P': 'pdf', 'M': 'pdf', 'W': 'docx', 'O': 'odt', 'R': 'rtf'}[r]
                dpath = '/documenten/aanvraagformulier-%s.%s' % (slug, ext)
                lines = form_lines(title, o['full'])
                data = {'pdf': pdf_bytes, 'docx': docx_bytes, 'odt': odt_bytes, 'rtf': rtf_bytes}[ext]('Aanvraagformulier ' + title, lines)
                put(site.host, dpath, data)
                url = base + dpath
                size = len(data) // 1024 + 1
                txt = '<p>Download het <a href="%s">aanvraagformulier %s (%s, %d kB)</a>.' % (url, ESC(title.lower()), ext, size)
                if r == 'M':
                    txt += ' Mail het ingevulde formulier naar <a href="mailto:info@%s.test">info@%s.test</a> of stuur het per post.' % (hostn, hostn)
                    m['sig'].append('mailto')
                txt += '</p>'
                m['links'].append(('route', txt))
                m['sig'].append(ext)
                if 33 > m['level']:
                    m['level'], m['strict'], m['route'], m['via'] = 33, 33, url, ''
            elif r == 'A':
                m['links'].append(('info', '<p>U maakt hiervoor een afspraak. <a class="button" href="http://%s/">Afspraak maken</a></p>' % appt_host))
                m['sig'].append('appointment_online')
                m['traps'].append('appointment_system_login')
            elif r == 'I':
                m['links'].append(('info', '<p>U kunt dit regelen aan de balie in het gemeentehuis of telefonisch via 14 0%s.</p>' % o['code'][-3:]))
                m['sig'].append('counter')
            elif r == 'L':
                m['links'].append(('info', '<p>Stuur een brief naar %s, Postbus 1, of een e-mail naar <a href="mailto:info@%s.test">info@%s.test</a>. Vermeld uw naam, adres en handtekening.</p>' % (ESC(o['full']), hostn, hostn)))
                m['sig'].append('letter')
        # traps -----------------------------------------------------------
        traps = list(traps)
        if not [t for t in traps if t != 'feedback'] and not any(x[0] == 'via' for x in m['links']):
            pool = (['tarpdf', 'brochure', 'status', 'callback', 'checklist', 'payment'] if m['level'] >= 67 else
                    ['regpdf', 'tarpdf', 'callback', 'mailto', 'status'] if m['level'] == 33 else
                    ['tarpdf', 'brochure', 'callback', 'paperorder', 'apptform', 'regpdf'])
            traps = [pool[h(o['code'] + key + 'fb') % len(pool)]]
            m['traps'] = list(traps)
        for t in traps:
            if t in NONFORM:
                nm, lines = NONFORM[t]
                dname = {'regpdf': 'Verordening %s' % CATS.get(key, ''), 'tarpdf': 'Legesverordening en tarieventabel 2026',
                         'brochure': 'Folder %s' % title, 'checklist': 'Checklist %s' % title, 'auxpdf': nm}[t]
                dpath = '/documenten/%s-%s.pdf' % (slugify(dname), slug if t in ('brochure', 'checklist', 'regpdf') else 'algemeen')
                put(site.host, dpath, pdf_bytes(dname, lines))
                m['links'].append(('trap', '<p><a href="%s">%s (pdf)</a></p>' % (base + dpath, ESC(dname))))
                m['traps'] = m['traps']
            elif t == 'callback':
                m['links'].append(('trap', '<p>Liever eerst persoonlijk advies? <a href="%s/terugbelverzoek">Vraag een terugbelverzoek aan</a>.</p>' % base))
            elif t == 'apptdigid':
                m['links'].append(('trap', '<p><a class="button" href="%s">Afspraak maken (inloggen met DigiD)</a></p>' % appt_digid))
            elif t == 'apptform':
                m['links'].append(('trap', '<p>Kunt u niet online een tijd kiezen? <a href="%s/afspraakverzoek">Vraag een afspraak aan via het formulier</a>.</p>' % base))
            elif t == 'paperorder':
                m['links'].append(('trap', '<p>Liever op papier? <a href="%s/formulier-per-post">Vraag het formulier aan, dan sturen wij het u toe</a>.</p>' % base))
            elif t == 'notyet':
                m['links'].append(('trap', '<p class="let-op">Online aanvragen is (nog) niet mogelijk.</p>'))
            elif t == 'sibling':
                u, tt = sib(key)
                m['links'].append(('trap', '<p>Zie ook: <a href="%s">%s (online formulier)</a></p>' % (u, ESC(tt))))
            elif t == 'siblingdigid':
                u, tt = sib(key, True)
                m['links'].append(('trap', '<p>Zie ook: <a href="%s">%s</a></p>' % (u, ESC(tt))))
            elif t == 'status':
                m['links'].append(('trap', '<p><a href="%s">Bekijk de status van uw aanvraag in Mijn %s</a> (DigiD)</p>' % (status_url, ESC(o['name']))))
            elif t == 'payment':
                m['links'].append(('trap', '<p><a href="%s/betalen">Betaal de leges online met iDEAL</a></p>' % base))
            elif t == 'mailto':
                m['links'].append(('trap', '<p>Vragen? Mail naar <a href="mailto:vragen@%s.test">vragen@%s.test</a>.</p>' % (hostn, hostn)))
            elif t == 'contact':
                m['links'].append(('trap', '<p>Heeft u een vraag in plaats van een klacht? Gebruik het <a href="%s/contact">contactformulier</a>.</p>' % base))
            elif t == 'feedback':
                pass  # rendered inline below
            elif t == 'formoffline':
                put(site.host, '/formulier-niet-beschikbaar', site.chrome('Formulier niet beschikbaar', '<h1>Dit formulier is tijdelijk niet beschikbaar</h1>'
                                                                        '<p>Door een storing kunt u dit formulier op dit moment niet online invullen. Gebruik de andere mogelijkheden op de productpagina.</p>'))
                m['links'].append(('trap', '<p><a class="button cta" href="%s/formulier-niet-beschikbaar">Online aanvragen</a> (tijdelijk buiten gebruik)</p>' % base))
            elif t == 'vcheck':
                m['links'].append(('trap', '<p>Twijfelt u? <a href="http://omgevingswet.overheid.test/checken">Doe de vergunningcheck</a>.</p>'))
            else:
                raise ValueError(t)
    # objection form with DigiD on some pages, other products' forms
    bez = made.get('bezwaar')
    for key, m in made.items():
        # site-wide
        for t in sitewide:
            if t != 'direct_regelen_other_form':
                m['traps'].append(t)
    # Direct regelen box (other products with online routes on the own platform)
    online = [(k, made[k]['title'], made[k]['route']) for k in keys if k in made and made[k]['level'] >= 67 and not made[k]['via']]
    # pages ---------------------------------------------------------------
    for key in keys:
        routes, traps = spec[key]
        title = TITLES[key][h(o['code'] + key + 't') % 3]
        host, path = site.product_path(key, title)
        purl = 'http://%s%s' % (host, path)
        if routes == ['NF']:
            rows.append(row(o, key, '', 'not_found', '', '', '', '', '', 'no page about the product on the site'))
            continue
        if routes == ['NA']:
            body = '<h1>%s</h1>%s' % (ESC(title), NA_TEXT.get(key, '<p>De gemeente %s biedt dit niet aan.</p>') % ESC(o['name']))
            sigs = ['not_offered_text']
            tr = ['trap_' + t for t in sitewide if t != 'direct_regelen_other_form']
            if key in ('parkeervergunning',):
                u, tt = sib('parkeervergunning')
                body += '<p>Wel nodig bij werkzaamheden: <a href="%s">%s</a></p>' % (u, ESC(tt))
                tr.append('trap_sibling_form')
            write_product(site, host, path, title, key, body, [])
            entries.append((key, title, purl))
            rows.append(row(o, key, '', 'not_offered', purl, '', '', '', ';'.join(sigs + tr), 'site states the municipality does not offer it'))
            continue
        m = made[key]
        extra_traps = []
        box = ''
        if 'direct_regelen_other_form' in sitewide:
            others = sorted([x for x in online if x[0] != key], key=lambda x: h(key + x[0]))[:3]
            if others:
                box = '<aside class="direct-regelen"><h2>Direct regelen</h2><ul>%s</ul></aside>' % ''.join(
                    '<li><a href="%s">%s</a></li>' % (u, ESC(t)) for _, t, u in others)
                extra_traps.append('direct_regelen_other_form')
        if key != 'bezwaar' and key in ('parkeervergunning', 'gehandicaptenparkeerkaart', 'subsidie', 'evenementenvergunning', 'leerlingenvervoer') and bez and bez['level'] == 100 and not bez['via']:
            box += '<p>Niet eens met het besluit? <a href="%s">Maak bezwaar met DigiD</a>.</p>' % bez['route']
            extra_traps.append('objection_digid')
        feedback = ''
        if 'feedback_form' in sitewide or 'feedback' in m['traps']:
            feedback = '<div class="feedback"><h2>Was deze informatie nuttig?</h2>%s</div>' % form_html('feedback', base + '/feedback', ['Opmerking'])
        if 'newsletter_form' in sitewide:
            feedback += '<div class="nieuwsbrief"><a href="%s/nieuwsbrief">Meld u aan voor de nieuwsbrief</a></div>' % base
        body = render_family(site, key, title, m, box, feedback, host, path)
        write_product(site, host, path, title, key, body, m)
        entries.append((key, title, purl))
        tr = sorted(set('trap_' + t for t in m['traps'] + extra_traps if t != 'feedback')) + (['trap_feedback_form'] if 'feedback' in m['traps'] and 'feedback_form' not in sitewide else [])
        tr = sorted(set(TRAP_NAMES.get(t, t) for t in tr))
        sigs = sorted(set(m['sig']))
        lvl = m['level']
        notes = '; '.join(m['notes']) or ''
        if site.fam == 'tabs' and m['route']:
            notes = (notes + '; ' if notes else '') + 'call to action on the Aanvragen tab subpage'
        rows.append(row(o, key, lvl, 'ok', purl, m['route'] if lvl else '', m['strict'] if lvl else 0, m['via'] if lvl else '',
                        ';'.join(sigs + tr), notes))
    news = ''
    for i, k in enumerate(news_keys):
        t = made[k]['title']
        u = [e[2] for e in entries if e[0] == k][0]
        npath = '/nieuws/%d-%s' % (2026 - i, slugify(t))
        put(site.host, npath, site.chrome('Nieuws: ' + t, '<article class="nieuws"><h1>Nieuwe regels voor %s per 1 januari</h1><p class="datum">12 november 2026</p>'
                                          '<p>Vanaf 1 januari verandert er iets rond %s. %s Lees alles op de pagina <a href="%s">%s</a>.</p></article>' % (
                                              ESC(t.lower()), ESC(t.lower()), ESC(INTRO[k]), u, ESC(t)), ['Nieuws']))
        news += '<li><a href="%s%s">Nieuwe regels voor %s</a></li>' % (base, npath, ESC(t.lower()))
        for rw in rows:
            if rw['product_key'] == k:
                rw['signals'] = ';'.join(sorted(set(rw['signals'].split(';') + ['trap_news_mention'])))
    put(site.host, '/nieuws/', site.chrome('Nieuws', '<h1>Nieuws</h1><ul>%s</ul>' % news, ['Nieuws']))
    # home, A-Z, sitemap, robots -------------------------------------------
    az = sorted(entries, key=lambda e: e[1].lower())
    put(site.host, '/producten-a-z', site.chrome('Producten A-Z', '<h1>Producten en diensten A-Z</h1><ul class="a-z">%s</ul>' % ''.join(
        '<li><a href="%s">%s</a></li>' % (u, ESC(t)) for _, t, u in az), ['Producten A-Z']))
    tiles = [e for e in entries if e[0] in ('paspoort', 'verhuismelding', 'afvalcontainer', 'melding-openbare-ruimte', 'omgevingsvergunning', 'grofvuil', 'bijstand')]
    put(site.host, '/', site.chrome(o['full'], '<h1>Welkom bij %s</h1><section class="toptaken"><h2>Veelgevraagd</h2><ul>%s</ul></section>'
                                    '<p><a href="%s/producten-a-z">Alle producten en diensten</a></p>' % (
                                        ESC(o['full']), ''.join('<li class="tile"><a href="%s">%s</a></li>' % (u, ESC(t)) for _, t, u in tiles), base)))
    if site.fam == 'iprox':
        for sec in ('Inwoners', 'Ondernemers'):
            lst = [e for e in az if ('/%s/' % sec) in e[2]]
            put(site.host, '/' + sec + '/', site.chrome(sec, '<h1>%s</h1><ul>%s</ul>' % (sec, ''.join('<li><a href="%s">%s</a></li>' % (u, ESC(t)) for _, t, u in lst)), [sec]))
    if site.fam == 'tabs':
        put(site.host, '/aanvragen-en-regelen/', site.chrome('Aanvragen en regelen', '<h1>Aanvragen en regelen</h1><ul>%s</ul>' % ''.join(
            '<li><a href="%s">%s</a></li>' % (u, ESC(t)) for _, t, u in az), ['Aanvragen en regelen']))
    if site.fam == 'pdc':
        put('loket.nederbetuwe.test', '/', '<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>Digitaal loket Neder-Betuwe</title></head><body><h1>Producten en diensten</h1><ul>%s</ul>'
            '<p><a href="http://www.nederbetuwe.test/">Terug naar nederbetuwe.nl</a></p></body></html>\n' % ''.join('<li><a href="%s">%s</a></li>' % (u, ESC(t)) for _, t, u in az))
    if site.o['plat'] == 'bel':
        put('eloket.bel-combinatie.test', '/', '<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>E-loket BEL Combinatie</title></head><body><h1>E-loket Blaricum, Eemnes en Laren</h1>'
            '<p>Kies uw gemeente.</p><ul><li><a href="http://eloket.bel-combinatie.test/blaricum/">Blaricum</a></li><li><a href="http://eloket.bel-combinatie.test/eemnes/">Eemnes</a></li>'
            '<li><a href="http://eloket.bel-combinatie.test/laren/">Laren</a></li></ul></body></html>\n')
        for g in ('blaricum', 'eemnes'):
            put('eloket.bel-combinatie.test', '/%s/' % g, '<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>E-loket %s</title></head><body><h1>Formulieren gemeente %s</h1>'
                '<ul><li><a href="http://eloket.bel-combinatie.test/%s/melding-openbare-ruimte">Melding openbare ruimte</a></li></ul></body></html>\n' % (g.capitalize(), g.capitalize(), g))
            put('eloket.bel-combinatie.test', '/%s/melding-openbare-ruimte' % g, '<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>Melding - %s</title></head><body><h1>Melding openbare ruimte gemeente %s</h1>%s</body></html>\n' % (
                g.capitalize(), g.capitalize(), form_html('melding', 'http://eloket.bel-combinatie.test/%s/melding-openbare-ruimte' % g, STD_FIELDS)))
        links = ''.join('<li><a href="%s">%s</a></li>' % (made[k]['route'], ESC(made[k]['title'])) for k in keys if k in made and made[k]['route'].startswith('http://eloket.bel'))
        put('eloket.bel-combinatie.test', '/laren/', '<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>E-loket Laren</title></head><body><h1>Formulieren gemeente Laren</h1><ul>%s</ul>'
            '<p>Woont u in Blaricum of Eemnes? <a href="http://eloket.bel-combinatie.test/">Kies uw gemeente</a>.</p></body></html>\n' % links)
    # robots / sitemap
    urls = sorted(set([base + '/', base + '/producten-a-z'] + [u for _, _, u in entries if u.startswith(base)]))
    sm = o['sitemap']
    robots = 'User-agent: *\nDisallow: /zoeken\n'
    if sm == 'single':
        put(site.host, '/sitemap.xml', sitemap_xml(urls))
        robots += 'Sitemap: %s/sitemap.xml\n' % base
    elif sm == 'index':
        put(site.host, '/sitemap-pages.xml', sitemap_xml(urls))
        put(site.host, '/sitemap_index.xml', '<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><sitemap><loc>%s/sitemap-pages.xml</loc></sitemap></sitemapindex>\n' % base)
        robots += 'Sitemap: %s/sitemap_index.xml\n' % base
    put(site.host, '/robots.txt', robots)
    if o['code'] in ('GM0213', 'GM1655'):
        idx = [{'url': u, 'title': t, 'text': INTRO[k]} for k, t, u in az]
        SEARCH_FILES['search/%s.json' % site.host] = json.dumps(idx, indent=1, ensure_ascii=False)
        SEARCH_FILES['search/%s.html' % site.host] = site.chrome('Zoekresultaten', '<h1>Zoekresultaten voor <!--QUERY--></h1><div class="results"><!--RESULTS--></div>')
        SEARCHES.append({'host': site.host, 'path': '/zoeken', 'param': 'q', 'index': 'search/%s.json' % site.host,
                         'template': 'search/%s.html' % site.host})
    HOST_REDIRECTS.append({'host': '%s.test' % hostn, 'status': 301, 'to': site.host})
    if o['soft404']:
        f = 'sites/%s/_niet-gevonden.html' % site.host
        put(site.host, '/_niet-gevonden.html', site.chrome('Pagina niet gevonden', '<h1>Pagina niet gevonden</h1><p>De pagina die u zoekt bestaat niet (meer). <a href="%s/zoeken">Zoek op de website</a>.</p>' % base))
        NOTFOUND.append({'host': site.host, 'file': f, 'status': o['soft404']})
    return rows


NA_TEXT = {
    'parkeervergunning': '<p>In de gemeente %s is geen betaald parkeren en zijn geen vergunninghoudersplaatsen. U heeft dus geen parkeervergunning nodig.</p>',
    'hondenbelasting': '<p>De gemeente %s heft geen hondenbelasting meer. U hoeft uw hond dus niet aan of af te melden.</p>',
    'reclamebelasting': '<p>De gemeente %s heft geen reclamebelasting. Voor een reclamebord aan de gevel heeft u soms wel een omgevingsvergunning nodig.</p>',
    'winkeltijdenontheffing': '<p>In de gemeente %s mogen winkels op alle dagen open zijn. U heeft geen ontheffing winkeltijden nodig.</p>',
    'ligplaatsvergunning': '<p>De gemeente %s heeft geen openbare ligplaatsen. Wij geven geen ligplaatsvergunningen uit; neem contact op met de jachthaven.</p>',
    'terrasvergunning': '<p>In %s heeft u geen terrasvergunning nodig. Een terras bij uw horecazaak is vergunningvrij als u zich aan de algemene regels houdt.</p>',
    'collectevergunning': '<p>De gemeente %s geeft geen collectevergunningen meer af. Collectes van landelijke fondsen volgen het CBF-collecterooster.</p>',
}


def sitemap_xml(urls):
    return '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">%s</urlset>\n' % ''.join(
        '<url><loc>%s</loc></url>' % ESC(u) for u in urls)


def row(o, key, level, status, purl, rurl, strict, via, signals, notes):
    return dict(org_code=o['code'], product_key=key, level=level, status=status, product_url=purl, route_url=rurl,
                level_strict=strict if status == 'ok' else '', via=via, signals=signals, notes=notes)


def render_family(site, key, title, m, box, feedback, host, path):
    f = site.fam
    links = m['links'] if m else []
    route = ''.join(x for k, x in links if k in ('route', 'via', 'info'))
    traps = ''.join(x for k, x in links if k == 'trap')
    intro = '<p>%s</p>' % ESC(INTRO[key])
    kosten = '<p>De kosten vindt u in de legesverordening.</p>'
    if f == 'owc':
        return ('<article class="owc-pdc"><h1>%s</h1><div class="summary">%s</div>%s<h2>Wat moet ik doen?</h2>%s<h2>Wat kost het?</h2>%s'
                '<h2>Meer informatie</h2>%s<details class="faq"><summary>Veelgestelde vragen</summary><p>Hoe lang duurt het? Meestal 8 weken.</p></details></article>%s') % (
            ESC(title), intro, box, route, kosten, traps, feedback)
    if f == 'iprox':
        return ('<div class="iprox-content"><h1>%s</h1>%s<div class="accordion"><h2 class="acc-header">Omschrijving</h2><div>%s</div>'
                '<h2 class="acc-header">Aanvragen</h2><div>%s</div><h2 class="acc-header">Kosten</h2><div>%s</div>'
                '<h2 class="acc-header">Bijzonderheden</h2><div>%s</div></div>%s</div>') % (ESC(title), box, intro, route, kosten, traps, feedback)
    if f == 'sdu':
        return ('<div id="product"><h1>%s</h1><h2>Omschrijving</h2>%s<h2>Aanpak</h2>%s<h2>Kosten</h2>%s<h2>Bijzonderheden</h2>%s%s%s</div>') % (
            ESC(title), intro, route, kosten, traps, box, feedback)
    if f == 'slug':
        return ('<h1>%s</h1>%s<h2>Wat is het?</h2>%s<h2>Hoe werkt het?</h2><p>Lees hieronder wat u moet doen.</p><h2>Wat moet ik doen?</h2>%s'
                '<h2>Wat kost het?</h2>%s<h2>Meer weten</h2>%s%s') % (ESC(title), box, intro, route, kosten, traps, feedback)
    if f == 'pdc':
        return ('<h1>%s</h1>%s<details open><summary>Product informatie</summary>%s</details><details><summary>Aanvragen</summary>%s</details>'
                '<details><summary>Kosten</summary>%s</details><details><summary>Bijzonderheden</summary>%s</details>%s') % (ESC(title), box, intro, route, kosten, traps, feedback)
    if f == 'typo3':
        return ('<div class="csc-default"><h1>%s</h1>%s<h3>Aanvragen</h3>%s<h3>Kosten</h3>%s</div><aside class="downloads"><h3>Downloads en links</h3>%s</aside>%s%s') % (
            ESC(title), intro, route, kosten, traps, box, feedback)
    if f == 'tabs':
        # CTA sits on the 'Aanvragen' tab subpage; main page has intro + traps
        sub = path + 'aanvragen'
        put(host, sub, site.chrome(title + ' - Aanvragen', '<h1>%s</h1><nav class="tabs"><a href="http://%s%s">Omschrijving</a> <a class="active" href="http://%s%s">Aanvragen</a></nav><h2>Aanvragen</h2>%s' % (
            ESC(title), host, path, host, sub, route), [title, 'Aanvragen']))
        return ('<h1>%s</h1><nav class="tabs"><a class="active" href="http://%s%s">Omschrijving</a> <a href="http://%s%s">Aanvragen</a> <a href="http://%s%s#kosten">Kosten</a></nav>'
                '%s<h2 id="kosten">Kosten</h2>%s%s%s%s') % (ESC(title), host, path, host, sub, host, path, intro, kosten, traps, box, feedback)
    if f == 'plone':
        return ('<article><h1 class="documentFirstHeading">%s</h1><div class="documentDescription">%s</div><h2>Aanvragen</h2>%s<h2>Kosten</h2>%s</article>'
                '<aside class="portlet"><h3>Gerelateerd</h3>%s%s</aside>%s') % (ESC(title), intro, route, kosten, traps, box, feedback)
    raise ValueError(f)


def write_product(site, host, path, title, key, body, m):
    if host == site.host:
        put(host, path, site.chrome(title, body, [CATS.get(key, ''), title]))
    else:  # pdc loket host: own chrome with link back
        put(host, path, site.chrome(title, body, [title]).replace('<main>', '<main><p class="loket">Digitaal loket %s</p>' % ESC(site.o['full'])))


def main():
    if len(sys.argv) != 2:
        sys.exit('usage: gen.py OUTDIR')
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    build(out)


if __name__ == '__main__':
    main()
