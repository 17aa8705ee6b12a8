#!/usr/bin/env python3
"""Labelled simulated web of ten Dutch municipalities (dev-real-41).

Emphasis: traps that raise a product's level wrongly.  Standard library only,
deterministic (no randomness).  Usage: python3 gen.py OUTDIR
"""
import csv
import hashlib
import html
import json
import os
import sys
import zipfile
import io

HERE = os.path.dirname(os.path.abspath(__file__))
PRODUCTS_CSV = [os.path.normpath(os.path.join(HERE, '../../../config/products.csv')),
                '/work/main/config/products.csv']

DIGID = 'http://digid-sim.test/inloggen/'
EHERK = 'http://eherkenning-sim.test/kies-uw-middel/'
OLO = 'omgevingswet.overheid.test'
WERK = 'www.werk.test'

# ---------------------------------------------------------------- organisations
# order: Amersfoort, Zaanstad, Helmond, Kampen, Terneuzen, Heerenveen, Woerden,
#        Oisterwijk, Texel, Nijkerk  (codes from organisations-2023.csv;
#        inhabitants rounded, from own knowledge)
SITES = [
    dict(code='GM0307', name='Amersfoort', d='amersfoort', inh=160300, cms='slug',
         platform='openforms', tel='14 033', prefill=False, soft404=200,
         search=('/zoeken', 'q'), wide=['header_login', 'footer_digid_logo', 'chat_widget',
                                         'feedback_form', 'cookie_consent_form']),
    dict(code='GM0479', name='Zaanstad', d='zaanstad', inh=158500, cms='iprox',
         platform='triple', tel='14 075', prefill=False, soft404=404,
         search=('/zoeken/', 'zoeken_term'), wide=['header_login', 'direct_regelen',
                                                  'newsletter_form', 'feedback_form']),
    dict(code='GM0794', name='Helmond', d='helmond', inh=94200, cms='productid',
         platform='gravity', tel='14 0492', prefill=True, soft404=404,
         search=('/zoeken', 'zoekterm'), wide=['header_login', 'footer_digid_logo',
                                               'direct_regelen', 'chat_widget']),
    dict(code='GM0166', name='Kampen', d='kampen', inh=55000, cms='pdcloket',
         platform='formdesk', tel='14 038', prefill=False, soft404=200,
         search=('/zoeken', 'trefwoord'), wide=['header_login', 'newsletter_form',
                                                'feedback_form']),
    dict(code='GM0715', name='Terneuzen', d='terneuzen', inh=54800, cms='iprox2',
         platform='iform', tel='14 0115', prefill=False, soft404=404,
         search=('/Zoeken', 'zoeken_term'), wide=['header_login', 'footer_digid_logo',
                                                  'direct_regelen', 'cookie_consent_form']),
    dict(code='GM0074', name='Heerenveen', d='heerenveen', inh=51500, cms='section',
         platform='openforms', tel='14 0513', prefill=True, soft404=404,
         search=('/zoeken/', 'q'), wide=['header_login', 'chat_widget', 'feedback_form',
                                         'newsletter_form']),
    dict(code='GM0632', name='Woerden', d='woerden', inh=53300, cms='owc',
         platform='gravity', tel='14 0348', prefill=False, soft404=200,
         search=('/', 's'), wide=['header_login', 'direct_regelen', 'feedback_form',
                                  'footer_digid_logo']),
    dict(code='GM0824', name='Oisterwijk', d='oisterwijk', inh=33300, cms='sim',
         platform='formdesk', tel='14 013', prefill=False, soft404=404,
         search=('/zoeken', 'zoeken'), wide=['header_login', 'direct_regelen',
                                             'newsletter_form']),
    dict(code='GM0448', name='Texel', d='texel', inh=13700, cms='drupal',
         platform='wizard', tel='0222 36 2000', prefill=False, soft404=404,
         search=('/zoeken', 'keys'), wide=['footer_digid_logo', 'feedback_form',
                                           'cookie_consent_form']),
    dict(code='GM0267', name='Nijkerk', d='nijkerk', inh=44600, cms='nijkerk',
         platform='triple', tel='14 033 (Nijkerk: 033 2472111)', prefill=False, soft404=404,
         search=('/zoeken', 'term'), wide=['header_login', 'chat_widget', 'direct_regelen',
                                           'feedback_form']),
]
FD = {'kampen': 'fd8', 'oisterwijk': 'fd3'}
TAXOFFICE = {'kampen': ('www.gbltbelastingen.test', 'GBLT'),
             'oisterwijk': ('www.brabantsebelastingen.test', 'Belastingsamenwerking Midden-Brabant')}
SOCIAL = {'woerden': ('www.fermwerk.test', 'Ferm Werk'),
          'oisterwijk': ('www.werkpleinhvb.test', 'Werkplein Hart van Brabant')}
WASTE = {'amersfoort': ('www.rova.test', 'ROVA'), 'kampen': ('www.rova.test', 'ROVA'),
         'terneuzen': ('www.zrd.test', 'ZRD')}
PARKING = {'amersfoort', 'woerden'}

# ---------------------------------------------------------------- products
# route codes per org (order of SITES):
#  D own DigiD form (100) E own eHerkenning form (100) B DigiD+eHerkenning (100)
#  F own anonymous web form (67) P printable form (33) 0 information only
#  V other body, login (100)  v other body, anonymous form (67)
#  X not offered (page says so)  - no page at all
P = {}


def prod(key, section, titles, intro, route, traps, extra=''):
    P[key] = dict(key=key, section=section, titles=titles, intro=intro,
                  route=route.replace(' ', ''), traps=traps, extra=extra)


prod('brp-uittreksel', 'Burgerzaken', ['Uittreksel BRP aanvragen', 'Uittreksel Basisregistratie Personen (BRP)', 'Uittreksel BRP'],
     'Met een uittreksel uit de Basisregistratie Personen (BRP) laat u zien waar u woont en wie u bent. U heeft het bijvoorbeeld nodig bij een nieuwe baan of voor een woning.',
     'D D D D D D D D P D', ['appointment_digid', 'status_tracker'])
prod('verhuismelding', 'Burgerzaken', ['Verhuizing doorgeven', 'Verhuizen binnen of naar de gemeente', 'Verhuizing'],
     'Gaat u verhuizen? Geef uw nieuwe adres dan door binnen 5 dagen na uw verhuizing. U kunt dit 4 weken van tevoren al doen.',
     'D D D D D D D D D D', ['appointment_digid', 'paper_form_order', 'contact_form'])
prod('geboorteaangifte', 'Burgerzaken', ['Geboorte aangeven', 'Geboorteaangifte', 'Aangifte geboorte'],
     'Is uw kind geboren? Dan doet u binnen 3 dagen aangifte van de geboorte in de gemeente waar uw kind is geboren.',
     '0 0 D 0 0 0 D 0 0 0', ['appointment_digid', 'sibling_form'])
prod('overlijdensaangifte', 'Burgerzaken', ['Overlijden aangeven', 'Aangifte van overlijden', 'Overlijden'],
     'Als iemand overlijdt, moet dit worden aangegeven bij de gemeente waar de persoon is overleden. Meestal doet de uitvaartverzorger dit voor u.',
     '0 0 0 0 0 0 0 0 0 0', ['funeral_director_eherkenning', 'appointment_digid', 'sibling_form'])
prod('huwelijksaangifte', 'Burgerzaken', ['Melding voorgenomen huwelijk of partnerschap', 'Trouwen of geregistreerd partnerschap', 'Melding huwelijk/partnerschap'],
     'Wilt u trouwen of een geregistreerd partnerschap aangaan? Doe dan eerst een melding van uw voorgenomen huwelijk of partnerschap (vroeger: ondertrouw).',
     'D D D D P D D F 0 D', ['appointment_digid', 'payment_ideal', 'sibling_form'])
prod('paspoort', 'Burgerzaken', ['Paspoort aanvragen', 'Paspoort', 'Reisdocument: paspoort'],
     'Een paspoort is een reisdocument en een identiteitsbewijs. U vraagt uw paspoort persoonlijk aan in het gemeentehuis. Maak hiervoor eerst een afspraak.',
     '0 0 0 0 0 0 0 0 0 0', ['appointment_digid', 'consent_form_pdf', 'consent_form_digid', 'status_tracker'])
prod('identiteitskaart', 'Burgerzaken', ['Identiteitskaart aanvragen', 'Identiteitskaart (ID-kaart)', 'ID-kaart aanvragen'],
     'Met een Nederlandse identiteitskaart kunt u zich legitimeren en reizen binnen Europa. U vraagt de identiteitskaart persoonlijk aan op afspraak.',
     '0 0 0 0 0 0 0 0 0 0', ['appointment_digid', 'consent_form_pdf', 'consent_form_digid', 'payment_ideal'])
prod('parkeervergunning', 'Parkeren', ['Parkeervergunning aanvragen', 'Parkeervergunning voor bewoners', 'Bewonersvergunning parkeren'],
     'Woont of werkt u in een gebied met betaald parkeren of een blauwe zone? Dan kunt u een parkeervergunning aanvragen.',
     'V D D F 0 D V X X P', ['change_cancel_digid', 'payment_ideal', 'tariff_pdf'])
prod('gehandicaptenparkeerkaart', 'Parkeren', ['Gehandicaptenparkeerkaart aanvragen', 'Gehandicaptenparkeerkaart (GPK)', 'Parkeerkaart voor gehandicapten'],
     'Heeft u een ziekte of beperking waardoor u moeilijk loopt? Met een gehandicaptenparkeerkaart mag u parkeren op een algemene gehandicaptenparkeerplaats.',
     'D F D P P D D P 0 F', ['status_tracker', 'regulation_pdf', 'payment_ideal'])
prod('gehandicaptenparkeerplaats', 'Parkeren', ['Gehandicaptenparkeerplaats aanvragen', 'Gehandicaptenparkeerplaats op kenteken', 'Gehandicaptenparkeerplaats'],
     'Heeft u een gehandicaptenparkeerkaart en kunt u niet in de buurt van uw huis parkeren? Dan kunt u een parkeerplaats op kenteken aanvragen.',
     'F P D P P F D P 0 P', ['sibling_form', 'regulation_pdf'])
prod('hondenbelasting', 'Belastingen', ['Hondenbelasting', 'Hond aan- of afmelden', 'Hondenbelasting: hond aanmelden of afmelden'],
     'Heeft u een hond? Dan betaalt u hondenbelasting. Krijgt u een hond of heeft u geen hond meer? Meld dit dan bij de gemeente.',
     'D D D V D X D V P X', ['objection_digid', 'tariff_pdf', 'payment_ideal'])
prod('belastingkwijtschelding', 'Belastingen', ['Kwijtschelding gemeentelijke belastingen', 'Kwijtschelding aanvragen', 'Kwijtschelding belastingen en heffingen'],
     'Heeft u een laag inkomen en weinig vermogen? Dan kunt u misschien kwijtschelding krijgen voor de afvalstoffenheffing en rioolheffing.',
     'D D D V D D D V P D', ['objection_digid', 'calculator', 'paper_form_order'])
prod('woz-bezwaar', 'Belastingen', ['Bezwaar maken tegen de WOZ-waarde', 'WOZ-waarde, bezwaar', 'Niet eens met uw WOZ-waarde'],
     'Bent u het niet eens met de WOZ-waarde van uw woning of pand? Dan kunt u binnen 6 weken na de dagtekening van de aanslag bezwaar maken.',
     'D D D V D D D V F D', ['woz_waardeloket', 'taxatieverslag_login', 'payment_ideal'])
prod('bijstand', 'Werk en inkomen', ['Bijstandsuitkering aanvragen', 'Bijstand (Participatiewet)', 'Uitkering aanvragen'],
     'Heeft u niet genoeg geld om van te leven en kunt u geen andere uitkering krijgen? Dan kunt u een bijstandsuitkering aanvragen.',
     'V D V V V V V V V V', ['calculator', 'callback_form'])
prod('bijzondere-bijstand', 'Werk en inkomen', ['Bijzondere bijstand aanvragen', 'Bijzondere bijstand', 'Vergoeding bijzondere kosten'],
     'Heeft u onverwachte, noodzakelijke kosten die u niet zelf kunt betalen? Dan kunt u misschien bijzondere bijstand krijgen.',
     'D D D P D P V V P D', ['calculator', 'sibling_form'])
prod('wmo-voorziening', 'Zorg en ondersteuning', ['Wmo-voorziening aanvragen', 'Hulp vanuit de Wmo', 'Ondersteuning thuis (Wmo)'],
     'Heeft u hulp nodig om zelfstandig thuis te blijven wonen, zoals hulp bij het huishouden of een aanpassing in huis? Doe dan een melding bij het Wmo-loket.',
     'F F D 0 F F F F 0 D', ['callback_form', 'sibling_form', 'status_tracker'])
prod('leerlingenvervoer', 'Onderwijs', ['Leerlingenvervoer aanvragen', 'Leerlingenvervoer', 'Vergoeding vervoer naar school'],
     'Kan uw kind niet zelfstandig naar school? Dan kunt u misschien een vergoeding of aangepast vervoer krijgen.',
     'D D D F D D D - P D', ['regulation_pdf', 'status_tracker'])
prod('grofvuil', 'Afval', ['Grofvuil laten ophalen', 'Grof huishoudelijk afval', 'Grofvuil'],
     'Grof huishoudelijk afval, zoals meubels en matrassen, kunt u laten ophalen of zelf wegbrengen naar de milieustraat.',
     'V D F V v F D F 0 F', ['payment_ideal', 'sibling_form'])
prod('afvalcontainer', 'Afval', ['Afvalcontainer aanvragen of wijzigen', 'Minicontainer aanvragen, ruilen of inleveren', 'Container kapot of kwijt'],
     'Heeft u een extra container nodig, is uw container kapot of wilt u een andere maat? Dan kunt u dit aanvragen.',
     'V D F V v F P 0 0 F', ['sibling_form', 'tariff_pdf'])
prod('melding-openbare-ruimte', 'Wonen en leefomgeving', ['Melding openbare ruimte doen', 'Melding openbare ruimte', 'Meldingen over de buitenruimte'],
     'Ziet u een kapotte lantaarnpaal, losliggende stoeptegel of zwerfafval? Meld het ons, dan lossen we het zo snel mogelijk op.',
     'F F F F F F F F F F', ['status_tracker', 'app_link'])
prod('omgevingsvergunning', 'Bouwen en verbouwen', ['Omgevingsvergunning aanvragen', 'Omgevingsvergunning', 'Vergunning voor bouwen en verbouwen'],
     'Gaat u bouwen, verbouwen of slopen? Of wilt u een monument aanpassen? Dan heeft u misschien een omgevingsvergunning nodig.',
     'V V V V V V V V V V', ['vergunningcheck', 'leges_calculator', 'status_tracker'])
prod('kapvergunning', 'Bouwen en verbouwen', ['Kapvergunning aanvragen', 'Boom kappen', 'Bomen kappen (omgevingsvergunning)'],
     'Wilt u een boom kappen? Voor sommige bomen heeft u een vergunning nodig. Bekijk of uw boom op de lijst met beschermde bomen staat.',
     'V V F V V V V V P V', ['vergunningcheck', 'sibling_form', 'regulation_pdf'])
prod('bouwdossier-inzage', 'Bouwen en verbouwen', ['Bouwdossier inzien', 'Bouwtekeningen opvragen', 'Bouwtekening opvragen of inzien'],
     'Wilt u de bouwtekeningen van uw huis bekijken? U kunt een bouwdossier opvragen of inzien in het archief.',
     'F F D F F F D P 0 F', ['payment_ideal', 'olo_login'])
prod('bezwaar', 'Bestuur en organisatie', ['Bezwaar maken', 'Bezwaar maken tegen een besluit', 'Bezwaar en beroep'],
     'Bent u het niet eens met een besluit van de gemeente? Dan kunt u binnen 6 weken bezwaar maken.',
     'D D D F D P D F P D', ['sibling_form', 'regulation_pdf'])
prod('klacht', 'Bestuur en organisatie', ['Klacht indienen', 'Klacht over de gemeente', 'Klachten'],
     'Bent u niet tevreden over hoe een medewerker of bestuurder van de gemeente u heeft behandeld? Dan kunt u een klacht indienen.',
     'F F F F F F D F F P', ['sibling_form', 'callback_form', 'mailto'])
prod('woo-verzoek', 'Bestuur en organisatie', ['Woo-verzoek indienen', 'Informatie opvragen (Wet open overheid)', 'Verzoek Wet open overheid'],
     'Wilt u informatie van de gemeente inzien? Op grond van de Wet open overheid (Woo) kunt u een verzoek doen.',
     'F F D F P F F F 0 F', ['contact_form', 'regulation_pdf', 'mailto'])
prod('subsidie', 'Subsidies', ['Subsidie aanvragen', 'Subsidies', 'Eenmalige subsidie aanvragen'],
     'De gemeente geeft subsidie aan organisaties en verenigingen die activiteiten organiseren voor inwoners.',
     'E E B F E D E P P F', ['status_tracker', 'regulation_pdf'])
prod('evenementenvergunning', 'Ondernemen', ['Evenementenvergunning aanvragen', 'Evenement organiseren', 'Evenementenvergunning'],
     'Organiseert u een evenement, zoals een braderie, concert of sportwedstrijd? Dan heeft u meestal een evenementenvergunning nodig.',
     'E F E P E E F P P E', ['sibling_form', 'vergunningcheck', 'leges_calculator', 'bibob_questionnaire'])
prod('exploitatievergunning-horeca', 'Ondernemen', ['Exploitatievergunning horeca aanvragen', 'Horeca-exploitatievergunning', 'Exploitatievergunning'],
     'Wilt u een horecabedrijf beginnen, zoals een restaurant of café? Dan heeft u een exploitatievergunning nodig.',
     'E P E P P E P P P 0', ['bibob_questionnaire', 'change_cancel_eherkenning', 'payment_ideal'])
prod('alcoholvergunning', 'Ondernemen', ['Alcoholvergunning aanvragen', 'Alcoholwetvergunning', 'Drank- en horecavergunning'],
     'Schenkt u alcohol in uw horecabedrijf of slijterij? Dan heeft u een alcoholvergunning nodig op grond van de Alcoholwet.',
     'E P E P P E P P P 0', ['bibob_questionnaire', 'change_cancel_eherkenning', 'payment_ideal'])
prod('terrasvergunning', 'Ondernemen', ['Terrasvergunning aanvragen', 'Terras', 'Terrasvergunning'],
     'Wilt u een terras bij uw horecazaak? Dan heeft u een terrasvergunning nodig.',
     'E P E F P F E P 0 P', ['vergunningcheck', 'change_cancel_eherkenning', 'tariff_pdf'])
prod('standplaatsvergunning', 'Ondernemen', ['Standplaatsvergunning aanvragen', 'Standplaats', 'Standplaats innemen'],
     'Wilt u met een kraam of wagen op een vaste plek buiten de markt staan? Dan heeft u een standplaatsvergunning nodig.',
     'F P E P P F E P 0 F', ['change_cancel_digid', 'regulation_pdf', 'payment_ideal'])
prod('marktvergunning', 'Ondernemen', ['Marktvergunning aanvragen', 'Weekmarkt: standplaats op de markt', 'Marktvergunning'],
     'Wilt u op de weekmarkt staan? Dan heeft u een marktvergunning (vaste plaats) of een dagplaats nodig.',
     '0 0 P 0 P 0 F - 0 P', ['sibling_form', 'regulation_pdf'])
prod('reclamebelasting', 'Belastingen', ['Reclamebelasting', 'Reclame-uiting en reclamebelasting', 'Reclame plaatsen'],
     'Heeft u als ondernemer een reclame-uiting aan de gevel die vanaf de openbare weg zichtbaar is? Dan betaalt u mogelijk reclamebelasting.',
     'E 0 E 0 0 0 0 X X 0', ['objection_digid', 'vergunningcheck', 'tariff_pdf'])
prod('geluidsontheffing', 'Ondernemen', ['Geluidsontheffing aanvragen', 'Ontheffing geluidhinder', 'Geluid, ontheffing'],
     'Wilt u tijdelijk meer geluid maken dan is toegestaan, bijvoorbeeld bij een feest of bij werkzaamheden? Dan kunt u een ontheffing aanvragen.',
     'F P E P P F F P P F', ['sibling_form', 'regulation_pdf'])
prod('winkeltijdenontheffing', 'Ondernemen', ['Ontheffing winkeltijden aanvragen', 'Winkeltijden, ontheffing', 'Koopzondagen en winkeltijden'],
     'Wilt u uw winkel open hebben buiten de normale openingstijden? Dan kunt u in bepaalde gevallen een ontheffing aanvragen.',
     'F P 0 P 0 F - P - 0', ['regulation_pdf', 'not_yet_online'])
prod('kansspelautomaatvergunning', 'Ondernemen', ['Aanwezigheidsvergunning kansspelautomaten', 'Speelautomaten in horeca', 'Gokautomaten: vergunningen en meldingen'],
     'Wilt u een kansspelautomaat in uw horecabedrijf plaatsen? Dan heeft u een aanwezigheidsvergunning nodig.',
     'P P E P P P 0 P - P', ['bibob_questionnaire', 'payment_ideal'])
prod('collectevergunning', 'Vergunningen', ['Collectevergunning aanvragen', 'Collecteren', 'Geld inzamelen (collecte)'],
     'Wilt u voor een goed doel geld of goederen inzamelen? Voor een collecte heeft u toestemming van de gemeente nodig.',
     'F 0 F P 0 F F 0 0 P', ['regulation_pdf', 'not_yet_online', 'contact_form'])
prod('ligplaatsvergunning', 'Vergunningen', ['Ligplaatsvergunning aanvragen', 'Ligplaats voor uw boot', 'Ligplaatsvergunning woonboot'],
     'Wilt u met uw boot of woonboot een vaste ligplaats innemen in gemeentelijk water? Dan heeft u een ligplaatsvergunning nodig.',
     'F P 0 P P 0 F X F P', ['change_cancel_digid', 'payment_ideal', 'regulation_pdf'])
prod('uitwegvergunning', 'Bouwen en verbouwen', ['Uitweg of inrit aanvragen', 'Inrit of uitrit aanleggen', 'Uitrit aanleggen of veranderen'],
     'Wilt u een inrit of uitrit aanleggen of veranderen? Daarvoor heeft u meestal een vergunning nodig.',
     'V F V V P V V V P F', ['vergunningcheck', 'leges_calculator'])
prod('belastingaanslag-bezwaar', 'Belastingen', ['Bezwaar tegen uw belastingaanslag', 'Bezwaar maken tegen de aanslag gemeentelijke belastingen', 'Bezwaar belastingen'],
     'Bent u het niet eens met uw aanslag gemeentelijke belastingen? Dan kunt u binnen 6 weken na de dagtekening bezwaar maken.',
     'D D D V D D D V F D', ['woz_waardeloket', 'payment_ideal', 'sibling_form'])
prod('betalingsregeling', 'Belastingen', ['Betalingsregeling aanvragen', 'Belastingen, betalingsregeling', 'Betalingsregeling gemeentelijke belastingen'],
     'Kunt u uw aanslag gemeentelijke belastingen niet in één keer betalen? Dan kunt u een betalingsregeling aanvragen.',
     'D F 0 V P D D V 0 F', ['objection_digid', 'paper_form_order', 'payment_ideal'])

TAXKEYS = {'hondenbelasting', 'belastingkwijtschelding', 'woz-bezwaar', 'belastingaanslag-bezwaar',
           'betalingsregeling', 'reclamebelasting'}
BUSINESS = {'evenementenvergunning', 'exploitatievergunning-horeca', 'alcoholvergunning', 'terrasvergunning',
            'standplaatsvergunning', 'marktvergunning', 'reclamebelasting', 'geluidsontheffing',
            'winkeltijdenontheffing', 'kansspelautomaatvergunning', 'subsidie'}
NOT_OFFERED_TEXT = {
    'hondenbelasting': 'De gemeente {n} heft geen hondenbelasting. U hoeft uw hond dus niet aan of af te melden.',
    'parkeervergunning': 'In {n} is geen betaald parkeren en geen vergunningparkeren. De gemeente geeft daarom geen parkeervergunningen uit.',
    'reclamebelasting': 'De gemeente {n} heft geen reclamebelasting. Voor sommige reclame-uitingen heeft u wel een vergunning nodig.',
    'ligplaatsvergunning': 'De gemeente {n} heeft geen ligplaatsen in beheer en geeft geen ligplaatsvergunningen uit.',
}


def slugify(s):
    out = []
    for ch in s.lower():
        if ch.isalnum():
            out.append(ch)
        elif out and out[-1] != '-':
            out.append('-')
    return ''.join(out).strip('-').replace('é', 'e').replace('ë', 'e')


def camel(s):
    return ''.join(w.capitalize() for w in slugify(s).split('-'))


def esc(s):
    return html.escape(s, quote=True)


# ---------------------------------------------------------------- PDF / DOCX
def make_pdf(title, lines):
    text = ['BT /F1 14 Tf 50 790 Td (%s) Tj ET' % title.replace('(', '[').replace(')', ']')]
    y = 760
    for ln in lines:
        ln = ln.encode('latin-1', 'replace').decode('latin-1')
        text.append('BT /F1 10 Tf 50 %d Td (%s) Tj ET' % (y, ln.replace('(', '[').replace(')', ']')))
        y -= 16
    stream = '\n'.join(text).encode('latin-1', 'replace')
    objs = [b'<< /Type /Catalog /Pages 2 0 R >>',
            b'<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
            b'<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R '
            b'/Resources << /Font << /F1 5 0 R >> >> >>',
            b'<< /Length %d >>\nstream\n' % len(stream) + stream + b'\nendstream',
            b'<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
            ('<< /Title (%s) /Producer (gen.py) >>' % title.replace('(', '[').replace(')', ']')).encode('latin-1', 'replace')]
    out = bytearray(b'%PDF-1.4\n%\xe2\xe3\xcf\xd3\n')
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += b'%d 0 obj\n' % i + o + b'\nendobj\n'
    xref = len(out)
    out += b'xref\n0 %d\n0000000000 65535 f \n' % (len(objs) + 1)
    for o in offs:
        out += b'%010d 00000 n \n' % o
    out += b'trailer\n<< /Size %d /Root 1 0 R /Info 6 0 R >>\nstartxref\n%d\n%%%%EOF\n' % (len(objs) + 1, xref)
    return bytes(out)


def make_docx(title, lines):
    buf = io.BytesIO()
    body = ''.join('<w:p><w:r><w:t>%s</w:t></w:r></w:p>' % esc(x) for x in [title] + lines)
    parts = {
        '[Content_Types].xml': '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
        '_rels/.rels': '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
        'word/document.xml': '<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>%s</w:body></w:document>' % body,
    }
    with zipfile.ZipFile(buf, 'w', zipfile.ZIP_DEFLATED) as z:
        for name, data in parts.items():
            zi = zipfile.ZipInfo(name, date_time=(2024, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
    return buf.getvalue()


# ---------------------------------------------------------------- output store
FILES = {}
REDIRECTS = []
REDIRECT_SEEN = set()


def put(url, content):
    assert url.startswith('http://'), url
    rest = url[len('http://'):]
    host, _, path = rest.partition('/')
    path = '/' + path
    if path.endswith('/'):
        path += 'index.html'
    key = 'sites/%s%s' % (host, path)
    if isinstance(content, str):
        content = content.encode('utf-8')
    if key in FILES and FILES[key] != content:
        return  # first writer wins (shared pages)
    FILES[key] = content


def login(url, idp=DIGID):
    if url not in REDIRECT_SEEN:
        REDIRECT_SEEN.add(url)
        REDIRECTS.append({'url': url, 'status': 302, 'location': idp})
    return url


def simple_page(title, body, host_label='', lang='nl'):
    return ('<!DOCTYPE html>\n<html lang="%s"><head><meta charset="utf-8"><title>%s</title>'
            '<meta name="viewport" content="width=device-width, initial-scale=1"></head>'
            '<body><header><p class="brand">%s</p></header><main>%s</main></body></html>\n'
            % (lang, esc(title), esc(host_label), body))


# ---------------------------------------------------------------- shared bodies
def shared_bodies():
    put(DIGID, simple_page('Inloggen | DigiD', '<h1>Inloggen bij een overheidsorganisatie</h1>'
        '<form method="post" action="http://digid-sim.test/inloggen/"><label>DigiD gebruikersnaam <input name="u"></label>'
        '<label>Wachtwoord <input type="password" name="p"></label><button>Inloggen</button></form>'
        '<p>Of log in met de <a href="http://digid-sim.test/app/">DigiD app</a>.</p>', 'DigiD'))
    put('http://digid-sim.test/app/', simple_page('DigiD app', '<h1>Inloggen met de DigiD app</h1><p>Scan de QR-code.</p>', 'DigiD'))
    put('http://digid-sim.test/', simple_page('DigiD', '<h1>DigiD</h1><p>Uw digitale identiteit. <a href="http://digid-sim.test/inloggen/">Inloggen</a></p>', 'DigiD'))
    put(EHERK, simple_page('Kies uw eHerkenningsmiddel', '<h1>Inloggen met eHerkenning</h1>'
        '<form method="get" action="http://eherkenning-sim.test/kies-uw-middel/"><select name="leverancier"><option>KPN</option><option>Connectis</option><option>Z login</option></select>'
        '<button>Verder</button></form><p>Of: <a href="http://eherkenning-sim.test/eidas/">Inloggen met een Europees erkend middel (eIDAS)</a></p>', 'eHerkenning'))
    put('http://eherkenning-sim.test/eidas/', simple_page('eIDAS', '<h1>Europees erkend inlogmiddel</h1><p>Kies uw land.</p>', 'eIDAS'))
    # Omgevingsloket
    olo = 'http://%s/' % OLO
    put(olo, simple_page('Omgevingsloket', '<h1>Omgevingsloket</h1><ul>'
        '<li><a href="http://%s/checken/">Vergunningcheck doen</a> (zonder inloggen)</li>'
        '<li><a href="http://%s/aanvragen/">Aanvraag of melding indienen</a></li></ul>' % (OLO, OLO), 'Omgevingsloket'))
    put('http://%s/checken/' % OLO, simple_page('Vergunningcheck | Omgevingsloket',
        '<h1>Vergunningcheck</h1><p>Check of u een vergunning nodig heeft of een melding moet doen. U hoeft niet in te loggen. '
        'Let op: de check geeft geen vergunning; uw aanvraag dient u daarna in via Aanvragen.</p>'
        '<form method="get" action="http://%s/checken/vragen/"><label>Adres of locatie <input name="locatie"></label>'
        '<label>Wat wilt u doen? <input name="werkzaamheid"></label><button>Start de check</button></form>' % OLO, 'Omgevingsloket'))
    put('http://%s/checken/vragen/' % OLO, simple_page('Vragen | Vergunningcheck', '<h1>Beantwoord de vragen</h1>'
        '<form method="post" action="http://%s/checken/vragen/"><fieldset><legend>Is het bouwwerk hoger dan 5 meter?</legend>'
        '<input type="radio" name="v1" value="ja">Ja <input type="radio" name="v1" value="nee">Nee</fieldset><button>Volgende</button></form>' % OLO, 'Omgevingsloket'))
    put('http://%s/aanvragen/' % OLO, simple_page('Aanvragen | Omgevingsloket', '<h1>Aanvraag of melding indienen</h1>'
        '<p>Log in om een aanvraag of melding in te dienen. Na inloggen vullen wij uw naam, adres en BSN alvast voor u in uit de basisregistraties.</p>'
        '<p><a class="btn" href="%s">Inloggen met DigiD</a> <a class="btn" href="%s">Inloggen met eHerkenning</a></p>'
        % (login('http://%s/aanvragen/inloggen/digid' % OLO), login('http://%s/aanvragen/inloggen/eherkenning' % OLO, EHERK)), 'Omgevingsloket'))
    # werk.nl
    put('http://%s/werk_nl/werknemer/uitkering/bijstand/' % WERK, simple_page('Bijstandsuitkering aanvragen | werk.nl',
        '<h1>Bijstandsuitkering aanvragen</h1><p>U vraagt een bijstandsuitkering aan via werk.nl. De gemeente beoordeelt uw aanvraag. '
        'U logt in met DigiD.</p><p><a href="%s">Inloggen met DigiD en aanvraag starten</a></p>'
        % login('http://%s/werk_nl/werknemer/uitkering/bijstand/inloggen' % WERK), 'werk.nl'))
    # WOZ waardeloket
    put('http://www.wozwaardeloket.test/', simple_page('WOZ-waardeloket', '<h1>WOZ-waarde opvragen</h1>'
        '<p>Bekijk de WOZ-waarde van elke woning in Nederland. U hoeft niet in te loggen.</p>'
        '<form method="get" action="http://www.wozwaardeloket.test/"><label>Postcode <input name="postcode"></label>'
        '<label>Huisnummer <input name="huisnummer"></label><button>Zoeken</button></form>', 'WOZ-waardeloket'))
    # chat widget vendor
    put('http://widget.webchat-sim.test/widget.js', '/* webchat widget */\n(function(){var b=document.createElement("button");b.textContent="Chat met ons";'
        'b.onclick=function(){window.open("http://widget.webchat-sim.test/chat/")};document.body.appendChild(b);})();\n')
    put('http://widget.webchat-sim.test/chat/', simple_page('Chat', '<h1>Chat met de gemeente</h1><form method="post" action="http://widget.webchat-sim.test/chat/">'
        '<label>Uw naam <input name="naam"></label><label>Uw vraag <textarea name="vraag"></textarea></label><button>Start chat</button></form>', 'Webchat'))
    # app store page
    put('http://www.mijngemeenteapp.test/', simple_page('MijnGemeente app', '<h1>MijnGemeente app</h1><p>Download de app in de App Store of Google Play.</p>', 'MijnGemeente'))
    # tax offices
    for d, (host, tname) in sorted(TAXOFFICE.items()):
        base = 'http://%s/' % host
        put(base, simple_page(tname, '<h1>%s</h1><p>Wij heffen en innen de belastingen voor de gemeente %s.</p>'
            '<p><a href="%s">Mijn Loket: inloggen met DigiD</a></p>' % (esc(tname), d.capitalize(),
                                                                        login(base + 'mijn-loket/inloggen/digid')), tname))
    for host, wname in sorted(set(WASTE.values())):
        put('http://%s/' % host, simple_page(wname, '<h1>%s</h1><p>Afvalinzameling.</p>' % esc(wname), wname))
    for d, (host, sname) in sorted(SOCIAL.items()):
        put('http://%s/' % host, simple_page(sname, '<h1>%s</h1><p>Werk en inkomen voor inwoners van onze gemeenten.</p>' % esc(sname), sname))


# ---------------------------------------------------------------- per-site helpers
class Site:
    def __init__(self, cfg, idx):
        self.__dict__.update(cfg)
        self.idx = idx
        self.www = 'http://www.%s.test' % self.d
        self.host = 'www.%s.test' % self.d
        self.pages = {}  # product key -> url
        self.search_index = []
        self.pdfs = {}

    # URL scheme per CMS family
    def product_url(self, key, title):
        p = P[key]
        s = slugify(title)
        sec = p['section']
        n = 40000 + (int(hashlib.sha1((self.d + key).encode()).hexdigest(), 16) % 9000)
        c = self.cms
        if c == 'slug':
            return '%s/%s' % (self.www, s)
        if c == 'iprox':
            return '%s/Inwoners/%s/%s' % (self.www, sec.replace(' ', '_'), title.replace(' ', '_').replace('/', '_').replace(',', '').replace('(', '').replace(')', '').replace(':', ''))
        if c == 'iprox2':
            return '%s/Inwoners_Terneuzen/%s/%s' % (self.www, sec.replace(' ', '_'), title.replace(' ', '_').replace('/', '_').replace(',', '').replace('(', '').replace(')', '').replace(':', ''))
        if c == 'productid':
            return '%s/inwoners/product/%s_%d.html' % (self.www, s, n)
        if c == 'pdcloket':
            return 'http://loket.%s.test/producten/%s' % (self.d, s)
        if c == 'section':
            return '%s/%s/%s/' % (self.www, slugify(sec), s)
        if c == 'owc':
            return '%s/onderwerp/%s/' % (self.www, s)
        if c == 'sim':
            return '%s/home/onderwerpen-a-z_42816/product/%s_%d.html' % (self.www, s, n)
        if c == 'drupal':
            return '%s/%s' % (self.www, s)
        if c == 'nijkerk':
            return '%s/inwoners/producten-en-diensten/%s' % (self.www, s)
        raise ValueError(c)

    def az_url(self):
        return {'slug': '/onderwerpen-a-z', 'iprox': '/Inwoners/Alle_onderwerpen/', 'iprox2': '/Inwoners_Terneuzen/Alle_onderwerpen/',
                'productid': '/inwoners/a-z.html', 'pdcloket': '/a-z', 'section': '/a-z/', 'owc': '/onderwerpen/',
                'sim': '/home/onderwerpen-a-z_42816/', 'drupal': '/a-z', 'nijkerk': '/inwoners/producten-en-diensten/'}[self.cms]

    def az_full(self):
        if self.cms == 'pdcloket':
            return 'http://loket.%s.test/producten/' % self.d
        return self.www + self.az_url()

    # form platforms: return (url, signals, strict_prefill_possible)
    def form(self, key, title, kind):
        """kind: anon / digid / eh. Creates the form page(s); returns route url."""
        s = slugify(title)
        d = self.d
        pf = self.platform
        idp = EHERK if kind == 'eh' else DIGID
        lbl = 'eHerkenning' if kind == 'eh' else 'DigiD'
        if pf == 'openforms':
            base = 'http://formulieren.%s.test' % d
            url = '%s/%s%s/' % (base, s, '-eh' if kind == 'eh' else '')
            api = '%s/api/v2/forms/%s%s' % (base, s, '-eh' if kind == 'eh' else '')
            if kind == 'anon':
                conf = {'slug': s, 'name': title, 'loginRequired': False, 'steps': [{'url': url + 'stap/gegevens'}],
                        'submitUrl': url + 'stap/gegevens'}
                put(url + 'stap/gegevens', simple_page(title, '<h1>%s</h1><form method="post" action="%sstap/gegevens">'
                    '<label>Naam <input name="naam"></label><label>E-mailadres <input name="email" type="email"></label>'
                    '<label>Toelichting <textarea name="toelichting"></textarea></label><button>Verzenden</button></form>' % (esc(title), url), 'Gemeente ' + self.name))
            else:
                st = login('%s/auth/%s/%s/start' % (base, s, 'eherkenning' if kind == 'eh' else 'digid'), idp)
                conf = {'slug': s, 'name': title, 'loginRequired': True, 'loginOptions': [{'identifier': lbl.lower(), 'label': lbl, 'url': st}]}
            put(api, json.dumps(conf, indent=1, sort_keys=True))
            script = ('(function(){var r=document.getElementById("openforms-root");'
                      'fetch(r.dataset.formUrl).then(function(x){return x.json()}).then(function(f){'
                      'var h=document.createElement("h1");h.textContent=f.name;r.appendChild(h);'
                      'if(f.loginRequired){f.loginOptions.forEach(function(o){var a=document.createElement("a");a.href=o.url;a.className="openforms-button";a.textContent="Inloggen met "+o.label;r.appendChild(a)})}'
                      'else{var a=document.createElement("a");a.href=f.steps[0].url;a.className="openforms-button";a.textContent="Formulier starten";r.appendChild(a)}});})();')
            put(url, '<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>%s | Gemeente %s</title>'
                '<link rel="stylesheet" href="%s/static/sdk/open-forms-sdk.css"></head><body><noscript>Schakel JavaScript in om dit formulier te gebruiken.</noscript>'
                '<div id="openforms-root" data-base-url="%s/api/v2/" data-form-url="%s"></div>'
                '<script src="%s/static/sdk/open-forms-sdk.js"></script><script>%s</script></body></html>\n'
                % (esc(title), esc(self.name), base, base, api, base, script))
            put(base + '/static/sdk/open-forms-sdk.css', 'body{font-family:sans-serif}\n')
            put(base + '/static/sdk/open-forms-sdk.js', '/* open forms sdk (sim) */\n')
            put(base + '/api/v2/', json.dumps({'forms': base + '/api/v2/forms/'}))
            put(base + '/api/v2/forms/', json.dumps({'count': 0}))
            return url
        if pf == 'triple':
            base = self.www if d == 'zaanstad' else 'http://eformulieren.%s.test' % d
            name = camel(title)
            if kind == 'anon':
                url = '%s/e-formulieren/%s.aspx' % (base, name)
                put(url, simple_page(title, '<h1>%s</h1><div class="tfw-wizard"><ol class="steps"><li class="active">Uw gegevens</li><li>Aanvraag</li><li>Controle</li></ol>'
                    '<form method="post" action="%s" id="aspnetForm"><input type="hidden" name="__VIEWSTATE" value="dDwxNTk">'
                    '<label>Naam <input name="ctl00$naam"></label><label>Adres <input name="ctl00$adres"></label><label>Telefoon <input name="ctl00$tel"></label>'
                    '<input type="submit" name="ctl00$volgende" value="Volgende"></form></div>' % (esc(title), url), 'Gemeente ' + self.name))
                return url
            return login('%s/e-formulieren/%s_%s.aspx' % (base, name, 'eHerkenning' if kind == 'eh' else 'DigiD'), idp)
        if pf == 'gravity':
            base = 'http://mijn.%s.test' % d
            if kind == 'anon':
                url = '%s/formulier/%s/' % (base, s)
                put(url, simple_page(title, '<h1>%s</h1><form method="post" enctype="multipart/form-data" id="gform_%d" action="%s">'
                    '<div class="gform_body"><label>Voornaam <input name="input_1.3"></label><label>Achternaam <input name="input_1.6"></label>'
                    '<label>E-mail <input name="input_2" type="email"></label><label>Uw aanvraag <textarea name="input_3"></textarea></label></div>'
                    '<input type="submit" id="gform_submit_button" value="Versturen"></form>' % (esc(title), len(s), url), 'Mijn ' + self.name))
                return url
            return login('%s/%s/%s/' % (base, 'eherkenning' if kind == 'eh' else 'digid', s), idp)
        if pf == 'formdesk':
            base = 'http://%s.formdesk.test/gemeente%s' % (FD[d], d)
            name = camel(title)
            if kind == 'anon':
                url = '%s/%s' % (base, name)
                put(url, simple_page(title, '<h1>%s</h1><form method="post" action="%s" class="fd-form">'
                    '<label>Naam aanvrager <input name="naam"></label><label>Straat en huisnummer <input name="adres"></label>'
                    '<label>E-mail <input name="email"></label><button>Verzenden</button></form><p class="fd-footer">Powered by Formdesk</p>' % (esc(title), url), 'Formdesk'))
                return url
            return login('%s/%s-%s' % (base, name, 'eHerkenning' if kind == 'eh' else 'DigiD'), idp)
        if pf == 'iform':
            base = 'http://zaken.%s.test/pls/iform' % d
            name = s.replace('-', '_')
            if kind == 'anon':
                url = '%s/%s' % (base, name)
                put(url, simple_page(title, '<h1>%s</h1><form method="post" action="%s" name="iform">'
                    '<label>Naam <input name="P_NAAM"></label><label>Adres <input name="P_ADRES"></label><label>Omschrijving <textarea name="P_OMS"></textarea></label>'
                    '<input type="submit" value="Verzenden"></form>' % (esc(title), url), 'Gemeente Terneuzen'))
                return url
            return login('%s/%s_%s' % (base, name, 'eherkenning' if kind == 'eh' else 'digid'), idp)
        if pf == 'wizard':
            base = '%s/formulieren/%s' % (self.www, s)
            if kind == 'anon':
                url = base + '/stap-1'
                put(url, simple_page(title, '<h1>%s &ndash; stap 1 van 2</h1><form method="post" action="%s/stap-2">'
                    '<label>Naam <input name="naam"></label><label>Telefoonnummer <input name="tel"></label><button>Volgende stap</button></form>' % (esc(title), base), 'Gemeente Texel'))
                put(base + '/stap-2', simple_page(title, '<h1>%s &ndash; stap 2 van 2</h1><form method="post" action="%s/verzonden">'
                    '<label>Toelichting <textarea name="t"></textarea></label><button>Versturen</button></form>' % (esc(title), base), 'Gemeente Texel'))
                put(base + '/verzonden', simple_page(title, '<h1>Bedankt</h1><p>Wij hebben uw formulier ontvangen.</p>', 'Gemeente Texel'))
                return url
            return login(base + ('/eherkenning' if kind == 'eh' else '/inloggen'), idp)
        raise ValueError(pf)

    def pdf(self, fname, title, lines):
        url = '%s/sites/default/files/%s' % (self.www, fname) if self.cms in ('drupal', 'owc') else \
            '%s/documenten/%s' % (self.www, fname) if self.cms != 'pdcloket' else \
            'http://loket.%s.test/documenten/%s' % (self.d, fname)
        if fname.endswith('.docx'):
            put(url, make_docx(title, lines))
        else:
            put(url, make_pdf(title, lines))
        return url

    def kb(self, name):
        return 40 + int(hashlib.sha1((self.d + name).encode()).hexdigest(), 16) % 200


# ---------------------------------------------------------------- traps
def trap_html(site, key, trap, title):
    """Return (html, signal). Creates the target files."""
    d, n = site.d, site.name
    if trap == 'appointment_digid':
        base = 'http://afspraken.%s.test' % d
        put(base + '/', simple_page('Afspraak maken | Gemeente ' + n,
            '<h1>Afspraak maken</h1><p>Kies het product waarvoor u een afspraak wilt maken.</p>'
            '<form method="get" action="%s/afspraak/tijdstip"><select name="product"><option>Paspoort</option><option>Identiteitskaart</option>'
            '<option>Rijbewijs</option><option>Uittreksel</option><option>Geboorteaangifte</option><option>Overlijden</option><option>Trouwen</option></select>'
            '<button>Kies datum en tijd</button></form><p><a href="%s">Mijn afspraken bekijken of annuleren (inloggen met DigiD)</a></p>'
            % (base, login(base + '/afspraak/digid')), 'Afsprakenbeheer'))
        put(base + '/afspraak/tijdstip', simple_page('Kies een tijdstip', '<h1>Kies een datum en tijd</h1><form method="post" action="%s/afspraak/bevestigen">'
            '<input type="date" name="datum"><input name="naam"><input name="email"><button>Afspraak bevestigen</button></form>' % base, 'Afsprakenbeheer'))
        put(base + '/afspraak/bevestigen', simple_page('Bevestiging', '<h1>Uw afspraak is gemaakt</h1>', 'Afsprakenbeheer'))
        return ('<div class="appointment"><h2>Afspraak maken</h2><p>Kom langs op afspraak in het stadhuis.</p>'
                '<p><a class="button" href="%s/">Maak een afspraak</a> &middot; <a href="%s">Inloggen met DigiD om uw afspraak te wijzigen</a></p></div>'
                % (base, base + '/afspraak/digid')), 'trap_appointment_digid'
    if trap == 'status_tracker':
        u = login('http://mijn.%s.test/lopende-zaken/inloggen' % d)
        return ('<p class="status">Al aangevraagd? <a href="%s">Bekijk de status van uw aanvraag in Mijn lopende zaken (inloggen met DigiD)</a></p>' % u), 'trap_status_tracker'
    if trap == 'payment_ideal':
        base = 'http://betalen.%s.test' % d
        u = '%s/ideal/%s' % (base, key)
        put(u, simple_page('Betalen | Gemeente ' + n, '<h1>Online betalen: %s</h1><p>Betaal hier de leges of het openstaande bedrag met iDEAL.</p>'
            '<form method="post" action="%s/ideal/start"><label>Kenmerk <input name="kenmerk"></label><label>Bedrag <input name="bedrag"></label>'
            '<label>Uw bank <select name="issuer"><option>ABN AMRO</option><option>ING</option><option>Rabobank</option></select></label><button>Betalen met iDEAL</button></form>'
            % (esc(title), base), 'Betaalpagina'))
        put(base + '/ideal/start', simple_page('iDEAL', '<h1>U wordt doorgestuurd naar uw bank</h1>', 'iDEAL'))
        return ('<p>Heeft u een factuur of aanslag ontvangen? <a href="%s">Betaal direct online met iDEAL</a>.</p>' % u), 'trap_payment_ideal'
    if trap == 'consent_form_pdf':
        u = site.pdf('toestemmingsformulier-reisdocument-minderjarige.pdf', 'Verklaring toestemming reisdocument minderjarige',
                     ['Ouder/gezaghouder geeft toestemming voor de aanvraag van een reisdocument.', 'Naam kind:', 'Handtekening:'])
        return ('<p>Vraagt u een reisdocument aan voor een kind jonger dan 18? Dan moeten beide ouders toestemming geven: '
                '<a href="%s">Verklaring toestemming reisdocument minderjarige (pdf, %d kB)</a>.</p>' % (u, site.kb('toest'))), 'trap_consent_form_pdf'
    if trap == 'consent_form_digid':
        u = site.form('toestemming', 'Toestemming reisdocument minderjarige', 'digid')
        return ('<p>U kunt uw toestemming ook online geven: <a href="%s">Toestemming geven met DigiD</a>. De aanvraag zelf doet uw kind aan de balie.</p>' % u), 'trap_consent_form_digid'
    if trap == 'change_cancel_digid' or trap == 'change_cancel_eherkenning':
        kind = 'eh' if trap.endswith('eherkenning') else 'digid'
        u = site.form(key + '-wijzigen', 'Vergunning wijzigen of intrekken: ' + title.split(' aanvragen')[0].lower(), kind)
        return ('<h3>Heeft u al een vergunning?</h3><p>Wilt u uw verleende vergunning wijzigen (bijvoorbeeld een ander kenteken of een nieuwe leidinggevende) of intrekken? '
                '<a href="%s">Wijzigen of intrekken (inloggen met %s)</a></p>' % (u, 'eHerkenning' if kind == 'eh' else 'DigiD')), 'trap_' + trap
    if trap == 'bibob_questionnaire':
        u = site.pdf('vragenformulier-wet-bibob.pdf', 'Vragenformulier Wet Bibob',
                     ['Vragenlijst Wet bevordering integriteitsbeoordelingen door het openbaar bestuur.', 'Deze vragenlijst hoort bij een aanvraag.'])
        return ('<p>Bij uw aanvraag kunnen wij een Bibob-onderzoek doen. <a href="%s">Bibob-vragenformulier (pdf, %d kB)</a></p>' % (u, site.kb('bibob'))), 'trap_bibob_questionnaire'
    if trap == 'vergunningcheck':
        return ('<p>Twijfelt u of u een omgevingsvergunning nodig heeft? <a href="http://%s/checken/">Doe de vergunningcheck in het Omgevingsloket</a>.</p>' % OLO), 'trap_vergunningcheck'
    if trap == 'olo_login':
        return ('<p>Wilt u zelf gaan bouwen? <a href="http://%s/aanvragen/">Vraag een omgevingsvergunning aan in het Omgevingsloket (DigiD)</a>.</p>' % OLO), 'trap_olo_login'
    if trap == 'leges_calculator':
        u = '%s/leges-berekenen/' % site.www
        put(u, simple_page('Leges berekenen | Gemeente ' + n, '<h1>Leges berekenen</h1><p>Bereken hoeveel leges u ongeveer betaalt. Dit is geen aanvraag.</p>'
            '<form method="get" action="%s"><label>Bouwkosten (euro) <input name="bouwkosten"></label><button>Bereken</button></form>' % u, 'Gemeente ' + n))
        return ('<p><a href="%s">Bereken de kosten (leges) met de rekenhulp</a></p>' % u), 'trap_leges_calculator'
    if trap == 'calculator':
        u = '%s/rekenhulp/%s/' % (site.www, key)
        put(u, simple_page('Rekenhulp | Gemeente ' + n, '<h1>Rekenhulp: heb ik recht?</h1><p>Vul uw inkomen in en zie direct of u misschien recht heeft. Dit is geen aanvraag.</p>'
            '<form method="get" action="%s"><label>Netto inkomen per maand <input name="inkomen"></label><label>Spaargeld <input name="vermogen"></label><button>Bereken</button></form>' % u, 'Gemeente ' + n))
        return ('<p>Weet u niet of u in aanmerking komt? <a href="%s">Doe de rekenhulp</a>.</p>' % u), 'trap_calculator'
    if trap == 'woz_waardeloket':
        return ('<p>De WOZ-waarde van uw woning en andere woningen vindt u op het <a href="http://www.wozwaardeloket.test/">WOZ-waardeloket</a>.</p>'), 'trap_woz_waardeloket'
    if trap == 'taxatieverslag_login':
        u = login('http://mijn.%s.test/belastingen/taxatieverslag' % d)
        return ('<p><a href="%s">Bekijk het taxatieverslag van uw woning (inloggen met DigiD)</a></p>' % u), 'trap_taxatieverslag_login'
    if trap == 'funeral_director_eherkenning':
        u = site.form('aangifte-overlijden-uitvaartverzorger', 'Aangifte overlijden door uitvaartverzorger', 'eh')
        return ('<p>Bent u uitvaartverzorger? <a href="%s">Doe de aangifte van overlijden online (alleen voor uitvaartverzorgers, met eHerkenning)</a>.</p>' % u), 'trap_funeral_director_eherkenning'
    if trap == 'paper_form_order':
        u = site.form(key + '-formulier-toesturen', 'Papieren formulier aanvragen', 'anon')
        return ('<p>Heeft u geen computer? <a href="%s">Vraag een papieren formulier aan</a>; wij sturen het binnen 5 werkdagen per post naar u toe.</p>' % u), 'trap_paper_form_order'
    if trap == 'objection_digid':
        u, anon = site.bezwaar_route
        if anon:
            return ('<p>Bent u het niet eens met uw aanslag? <a href="%s">Maak online bezwaar</a>.</p>' % u), 'trap_objection_form'
        return ('<p>Bent u het niet eens met uw aanslag? <a href="%s">Maak online bezwaar met DigiD</a>.</p>' % u), 'trap_objection_digid'
    if trap == 'tariff_pdf':
        u = site.pdf('tarieventabel-legesverordening-2024.pdf', 'Tarieventabel legesverordening 2024', ['Hoofdstuk 1 Burgerzaken', 'Hoofdstuk 2 Vergunningen', 'Tarieven 2024'])
        return ('<p>De tarieven staan in de <a href="%s">Tarieventabel 2024 (pdf, %d kB)</a>.</p>' % (u, site.kb('tarief'))), 'trap_tariff_pdf'
    if trap == 'regulation_pdf':
        u = site.pdf('%s-beleidsregels.pdf' % key, 'Beleidsregels ' + title.lower(), ['Artikel 1 Begripsbepalingen', 'Artikel 2 Toepassingsbereik', 'Artikel 3 Inwerkingtreding'])
        return ('<p>Lees de <a href="%s">beleidsregels en verordening (pdf, %d kB)</a>.</p>' % (u, site.kb(key))), 'trap_regulation_pdf'
    if trap == 'not_yet_online':
        return ('<p class="notice">Online aanvragen is (nog) niet mogelijk.</p>'), 'trap_not_yet_online'
    if trap == 'contact_form':
        u = site.form('contact', 'Contactformulier', 'anon')
        return ('<p>Heeft u een vraag? <a href="%s">Stel uw vraag via het contactformulier</a>.</p>' % u), 'trap_contact_form'
    if trap == 'callback_form':
        u = site.form('bel-mij-terug', 'Bel mij terug', 'anon')
        return ('<p>Wilt u eerst advies? <a href="%s">Vraag een terugbelverzoek aan</a>, een consulent belt u binnen 2 werkdagen.</p>' % u), 'trap_callback_form'
    if trap == 'mailto':
        return ('<p>U kunt ook een e-mail sturen naar <a href="mailto:%s@%s.test">%s@%s.test</a>.</p>' % (key.split('-')[0], d, key.split('-')[0], d)), 'trap_mailto'
    if trap == 'app_link':
        return ('<p>Melden kan ook met de <a href="http://www.mijngemeenteapp.test/">MijnGemeente app</a>.</p>'), 'trap_app_link'
    if trap == 'sibling_form':
        sib = SIBLINGS[key]
        if sib[1] in P:
            sk = sib[1]
            scode = P[sk]['route'][site.idx]
            stitle = P[sk]['titles'][site.idx % 3]
            rb = route_block(site, sk, stitle, scode, P[sk])
            if scode in 'DEBVFv':
                lbl = {'D': ' (met DigiD)', 'B': ' (met DigiD)', 'V': ' (met DigiD)', 'E': ' (met eHerkenning)'}.get(scode, '')
                return ('<p>%s <a href="%s">%s%s</a></p>' % (esc(sib[2]), rb[3], esc(sib[0]), lbl)), 'trap_sibling_form'
            return ('<p>%s Lees meer over <a href="%s">%s</a>.</p>' % (esc(sib[2]), site.product_url(sk, stitle), esc(stitle.lower()))), 'trap_sibling_link'
        u = site.form(slugify(sib[0]), sib[0], sib[1])
        return ('<p>%s <a href="%s">%s</a></p>' % (esc(sib[2]), u, esc(sib[0] + (' (met DigiD)' if sib[1] == 'digid' else ' (met eHerkenning)' if sib[1] == 'eh' else '')))), 'trap_sibling_form'
    raise ValueError(trap)


SIBLINGS = {
    'geboorteaangifte': ('Erkenning ongeboren kind', 'digid', 'Bent u niet getrouwd? Erken uw kind dan voor de geboorte:'),
    'overlijdensaangifte': ('Grafrechten verlengen', 'digid', 'Heeft u een graf op een gemeentelijke begraafplaats?'),
    'huwelijksaangifte': ('Trouwambtenaar voor een dag aanvragen', 'anon', 'Wilt u dat een familielid of vriend u trouwt?'),
    'gehandicaptenparkeerplaats': ('Gehandicaptenparkeerkaart aanvragen', 'gehandicaptenparkeerkaart', 'Heeft u nog geen gehandicaptenparkeerkaart? Vraag die eerst aan:'),
    'bijzondere-bijstand': ('Meedoenregeling aanvragen', 'digid', 'Voor sport, cultuur en school is er de meedoenregeling:'),
    'wmo-voorziening': ('Mantelzorgwaardering aanvragen', 'digid', 'Bent u mantelzorger?'),
    'grofvuil': ('Extra container aanvragen', 'afvalcontainer', 'Liever een extra container?'),
    'afvalcontainer': ('Afspraak grofvuil ophalen', 'grofvuil', 'Grofvuil kwijt?'),
    'kapvergunning': ('Melding omgewaaide boom', 'anon', 'Is er een boom omgewaaid of dreigt er gevaar?'),
    'bezwaar': ('Klachtformulier', 'klacht', 'Gaat het niet om een besluit maar om hoe u bent behandeld?'),
    'klacht': ('Bezwaarschrift indienen', 'bezwaar', 'Bent u het niet eens met een besluit?'),
    'evenementenvergunning': ('Melding klein evenement', 'anon', 'Is uw evenement klein (minder dan 100 bezoekers)? Dan is een melding genoeg:'),
    'marktvergunning': ('Standplaatsvergunning aanvragen', 'standplaatsvergunning', 'Wilt u buiten de markt staan?'),
    'geluidsontheffing': ('Melding incidentele festiviteit', 'anon', 'Organiseert u als horecaondernemer een feest in uw zaak?'),
    'belastingaanslag-bezwaar': ('Kwijtschelding aanvragen', 'belastingkwijtschelding', 'Kunt u de aanslag niet betalen?'),
}


# ---------------------------------------------------------------- site chrome
def chrome(site, title, body, crumbs, sidebar=''):
    d, n = site.d, site.name
    wide = site.wide
    parts = ['<!DOCTYPE html>\n<html lang="nl"><head><meta charset="utf-8"><title>%s | Gemeente %s</title>' % (esc(title), esc(n)),
             '<meta name="viewport" content="width=device-width, initial-scale=1">',
             '<link rel="stylesheet" href="%s/static/css/site.css">' % site.www,
             '<link rel="icon" href="%s/favicon.ico"></head><body class="cms-%s">' % (site.www, site.cms)]
    if 'cookie_consent_form' in wide:
        parts.append('<div id="cookie-consent" role="dialog"><p>Wij gebruiken cookies om de website te verbeteren.</p>'
                     '<form method="post" action="%s/cookies/opslaan"><button name="keuze" value="alle">Alle cookies accepteren</button>'
                     '<button name="keuze" value="noodzakelijk">Alleen noodzakelijke cookies</button></form></div>' % site.www)
    parts.append('<a class="skiplink" href="#content">Naar de inhoud</a><header class="site-header">'
                 '<a href="%s/"><img src="%s/static/img/logo.svg" alt="Logo gemeente %s"></a>' % (site.www, site.www, esc(n)))
    sp, sq = site.search
    parts.append('<form class="search" role="search" method="get" action="%s%s"><label for="q">Zoeken</label><input id="q" name="%s"><button>Zoek</button></form>' % (site.www, sp, sq))
    if 'header_login' in wide:
        parts.append('<a class="mijn" href="%s">Mijn %s</a>' % (login('http://mijn.%s.test/inloggen' % d), esc(n)))
    parts.append('<nav class="mega"><ul><li><a href="%s">Alle onderwerpen A-Z</a></li><li><a href="%s/contact">Contact</a></li>'
                 '<li><a href="%s/nieuws/">Nieuws</a></li></ul></nav></header>' % (site.az_full(), site.www, site.www))
    parts.append('<nav class="breadcrumb" aria-label="Kruimelpad"><ol><li><a href="%s/">Home</a></li>' % site.www)
    for ct, cu in crumbs:
        parts.append('<li><a href="%s">%s</a></li>' % (cu, esc(ct)))
    parts.append('<li aria-current="page">%s</li></ol></nav>' % esc(title))
    parts.append('<main id="content">%s</main>' % body)
    if sidebar:
        parts.append('<aside class="sidebar">%s</aside>' % sidebar)
    if 'feedback_form' in wide:
        parts.append('<section class="feedback"><form method="post" action="%s/feedback/verzenden"><p>Was deze informatie nuttig?</p>'
                     '<button name="nuttig" value="ja">Ja</button><button name="nuttig" value="nee">Nee</button>'
                     '<label>Wat kunnen we verbeteren? <textarea name="opmerking"></textarea></label></form></section>' % site.www)
    parts.append('<footer><p>Gemeente %s &middot; Telefoon %s &middot; <a href="mailto:info@%s.test">info@%s.test</a></p>' % (esc(n), esc(site.tel), d, d))
    if 'newsletter_form' in wide:
        parts.append('<form class="nieuwsbrief" method="post" action="%s/nieuwsbrief/aanmelden"><label>Aanmelden voor de nieuwsbrief <input type="email" name="email"></label><button>Aanmelden</button></form>' % site.www)
    if 'footer_digid_logo' in wide:
        parts.append('<p class="digid-info"><a href="http://digid-sim.test/"><img src="%s/static/img/digid-logo.svg" alt="DigiD"></a> Veel zaken regelt u online met DigiD.</p>' % site.www)
    parts.append('<ul class="footer-links"><li><a href="%s/privacyverklaring">Privacy</a></li><li><a href="%s/toegankelijkheid">Toegankelijkheid</a></li>'
                 '<li><a href="%s/proclaimer">Proclaimer</a></li></ul></footer>' % (site.www, site.www, site.www))
    if 'chat_widget' in wide:
        parts.append('<script src="http://widget.webchat-sim.test/widget.js" data-chat-url="http://widget.webchat-sim.test/chat/" async></script>')
    parts.append('</body></html>\n')
    return ''.join(parts)


def site_statics(site):
    w = site.www
    put(w + '/static/css/site.css', 'body{font-family:Arial,sans-serif;margin:0}\n.mijn{float:right}\n')
    put(w + '/favicon.ico', b'\x00\x00\x01\x00')
    put(w + '/static/img/logo.svg', '<svg xmlns="http://www.w3.org/2000/svg" width="120" height="40"><text x="0" y="30">%s</text></svg>' % site.name)
    put(w + '/static/img/digid-logo.svg', '<svg xmlns="http://www.w3.org/2000/svg" width="40" height="40"><rect width="40" height="40"/></svg>')
    for p, t in (('/privacyverklaring', 'Privacyverklaring'), ('/toegankelijkheid', 'Toegankelijkheid'), ('/proclaimer', 'Proclaimer')):
        put(w + p, chrome(site, t, '<h1>%s</h1><p>Informatie over %s.</p>' % (t, t.lower()), []))
    put(w + '/contact', chrome(site, 'Contact', '<h1>Contact</h1><p>Bel %s of stuur een bericht via het <a href="%s">contactformulier</a>. '
        'Het gemeentehuis is open op afspraak.</p>' % (esc(site.tel), site.form('contact', 'Contactformulier', 'anon')), []))
    put(w + '/nieuws/', chrome(site, 'Nieuws', '<h1>Nieuws</h1><ul><li><a href="%s/nieuws/nieuwe-website">Vernieuwde website: meer zaken online regelen</a></li></ul>' % w, []))
    put(w + '/nieuws/nieuwe-website', chrome(site, 'Vernieuwde website', '<h1>Vernieuwde website: meer zaken online regelen</h1>'
        '<p>Op onze vernieuwde website regelt u veel zaken met DigiD, zoals uw verhuizing en een uittreksel. Een paspoort vraagt u nog steeds aan in het gemeentehuis.</p>', [('Nieuws', w + '/nieuws/')]))
    for p in ('/feedback/verzenden', '/nieuwsbrief/aanmelden', '/cookies/opslaan'):
        put(w + p, chrome(site, 'Bedankt', '<h1>Bedankt</h1><p>Uw keuze of bericht is opgeslagen.</p>', []))
    put('http://mijn.%s.test/' % site.d, simple_page('Mijn ' + site.name, '<h1>Mijn %s</h1><p><a href="%s">Inloggen met DigiD</a></p>'
        % (esc(site.name), login('http://mijn.%s.test/inloggen' % site.d)), 'Mijn ' + site.name))


# ---------------------------------------------------------------- product pages
def route_block(site, key, title, code, p):
    """Return (html, level, level_strict, route_url, via, signals, notes)."""
    d = site.d
    biz = key in BUSINESS
    strict_note = ''
    pre = ''
    if site.prefill:
        pre = '<p class="prefill">Als u inlogt, vullen wij uw naam, adres en BSN alvast voor u in.</p>'
    if code in 'DEB':
        kind = 'eh' if code == 'E' else 'digid'
        u = site.form(key, title, kind)
        sig = ['eherkenning'] if code == 'E' else ['digid']
        html_ = ''
        if code == 'B':
            u2 = site.form(key + '-eh', title + ' (organisaties)', 'eh')
            sig.append('eherkenning')
            html_ = ('<div class="cta"><h2>Direct aanvragen</h2><p><a class="button" href="%s">%s aanvragen met DigiD</a> (inwoners)</p>'
                     '<p><a class="button" href="%s">Aanvragen met eHerkenning</a> (organisaties)</p>%s</div>' % (u, esc(title.split(' aanvragen')[0]), u2, pre))
        else:
            lbl = 'eHerkenning' if code == 'E' else 'DigiD'
            wording = {'openforms': 'Online regelen', 'triple': 'Direct aanvragen', 'gravity': 'Start formulier', 'formdesk': 'Naar het formulier',
                       'iform': 'Digitaal aanvragen', 'wizard': 'Online aanvragen'}[site.platform]
            html_ = ('<div class="cta"><p>U kunt dit online regelen. U heeft %s nodig.</p><p><a class="button" href="%s">%s (met %s)</a></p>%s</div>'
                     % (lbl, u, wording, lbl, pre))
            if d == 'nijkerk':  # Nijkerk: the call to action is a button that navigates by script
                html_ = ('<div class="cta"><p>Regel het direct online met %s.</p><button type="button" class="btn-digid" onclick="window.location.href=\'%s\'">%s met %s</button>%s</div>'
                         % (lbl, u, wording, lbl, pre))
        if site.platform == 'openforms':
            sig.append('js_only')
        if d == 'nijkerk' and code != 'B':
            sig.append('onclick')
        strict = 100 if site.prefill else 67
        if site.prefill:
            sig.append('prefill_text')
        return html_, 100, strict, u, '', sig, 'eigen formulier achter %s' % ('eHerkenning' if code == 'E' else 'DigiD')
    if code == 'F':
        u = site.form(key, title, 'anon')
        sig = ['online_form']
        if site.platform == 'openforms':
            sig.append('js_only')
        return ('<div class="cta"><p>Vul het formulier online in. U hoeft niet in te loggen.</p><p><a class="button" href="%s">Formulier invullen</a></p></div>' % u,
                67, 67, u, '', sig, 'anoniem webformulier')
    if code == 'P':
        ext = 'docx' if d in ('zaanstad',) and key in BUSINESS else 'pdf'
        fname = 'aanvraagformulier-%s.%s' % (key, ext)
        u = site.pdf(fname, 'Aanvraagformulier ' + title.lower(), ['Gegevens aanvrager', 'Naam:', 'Adres:', 'Handtekening:', 'Stuur dit formulier naar de gemeente.'])
        return ('<div class="cta"><p>Download het aanvraagformulier, vul het in en stuur het per post of e-mail naar de gemeente.</p>'
                '<p><a href="%s">Aanvraagformulier %s (%s, %d kB)</a></p></div>' % (u, esc(title.lower()), ext.upper() if ext == 'pdf' else 'Word', site.kb(key)),
                33, 33, u, '', [ext], 'printbaar formulier')
    if code == '0':
        how = {'paspoort': 'U vraagt dit persoonlijk aan in het gemeentehuis. Maak eerst een afspraak.',
               'identiteitskaart': 'U vraagt dit persoonlijk aan in het gemeentehuis. Maak eerst een afspraak.',
               'geboorteaangifte': 'U doet de aangifte op afspraak in het gemeentehuis. Neem uw identiteitsbewijs mee.',
               'overlijdensaangifte': 'Meestal doet de uitvaartverzorger de aangifte. Doet u het zelf? Kom dan op afspraak naar het gemeentehuis.',
               'marktvergunning': 'Neem contact op met de marktmeester via %s.' % site.tel,
               }.get(key, 'Neem contact op met de gemeente via telefoonnummer %s of kom langs op afspraak. U kunt dit niet online aanvragen.' % site.tel)
        return '<div class="how"><p>%s</p></div>' % esc(how), 0, 0, '', '', ['counter'], 'alleen informatie'
    if code in 'Vv':
        # another body
        if key in TAXKEYS:
            host, bname = TAXOFFICE[d]
            page = 'http://%s/%s/%s' % (host, d, key)
            u = login('http://%s/mijn-loket/%s/%s/digid' % (host, d, key))
            put(page, simple_page('%s | %s' % (title, bname), '<h1>%s</h1><p>%s regelt de belastingen voor de gemeente %s.</p>'
                '<p><a href="%s">Regel het in Mijn Loket (inloggen met DigiD)</a></p><p><a href="%s">Met eHerkenning</a></p>'
                % (esc(title), esc(bname), esc(site.name), u, login('http://%s/mijn-loket/%s/%s/eherkenning' % (host, d, key), EHERK)), bname))
            return ('<div class="cta"><p>De belastingen van de gemeente worden uitgevoerd door %s.</p><p><a class="button" href="%s">Ga naar %s</a></p></div>' % (esc(bname), page, esc(bname)),
                    100, 67, u, host, ['digid', 'via'], 'via belastingsamenwerking')
        if key in ('omgevingsvergunning', 'kapvergunning', 'uitwegvergunning'):
            u = 'http://%s/aanvragen/inloggen/digid' % OLO
            return ('<div class="cta"><p>U vraagt de vergunning aan via het Omgevingsloket. U logt in met DigiD of eHerkenning.</p>'
                    '<p><a class="button" href="http://%s/aanvragen/">Naar het Omgevingsloket</a></p></div>' % OLO,
                    100, 100, u, OLO, ['digid', 'via', 'prefill_text'], 'via Omgevingsloket (voorinvulverklaring)')
        if key == 'parkeervergunning':
            host = '%s.parkeerservice.test' % d
            page = 'http://%s/vergunningen/bewoners/' % host
            u = login('http://%s/inloggen/digid' % host)
            put(page, simple_page('Bewonersvergunning | Parkeerservice %s' % site.name, '<h1>Bewonersvergunning aanvragen</h1><p>Log in met DigiD en vraag uw vergunning aan. '
                'U betaalt met iDEAL.</p><p><a href="%s">Inloggen met DigiD</a></p>' % u, 'Parkeerservice'))
            return ('<div class="cta"><p>U vraagt de parkeervergunning aan bij de Parkeerservice.</p><p><a class="button" href="%s">Naar de Parkeerservice</a></p></div>' % page,
                    100, 67, u, host, ['digid', 'via'], 'via parkeerportaal')
        if key in ('bijstand', 'bijzondere-bijstand'):
            if d in SOCIAL:
                host, sname = SOCIAL[d]
                page = 'http://%s/%s/' % (host, key)
                u = login('http://%s/%s/aanvragen/digid' % (host, key))
                put(page, simple_page('%s | %s' % (title, sname), '<h1>%s</h1><p>%s voert dit uit voor de gemeente %s.</p><p><a href="%s">Aanvragen met DigiD</a></p>'
                    % (esc(title), esc(sname), esc(site.name), u), sname))
                return ('<div class="cta"><p>%s voert dit uit voor de gemeente.</p><p><a class="button" href="%s">Naar %s</a></p></div>' % (esc(sname), page, esc(sname)),
                        100, 67, u, host, ['digid', 'via'], 'via regionale sociale dienst')
            page = 'http://%s/werk_nl/werknemer/uitkering/bijstand/' % WERK
            u = 'http://%s/werk_nl/werknemer/uitkering/bijstand/inloggen' % WERK
            return ('<div class="cta"><p>U vraagt de uitkering aan via werk.nl. U logt in met DigiD.</p><p><a class="button" href="%s">Aanvragen via werk.nl</a></p></div>' % page,
                    100, 67, u, WERK, ['digid', 'via'], 'via werk.nl')
        if key in ('grofvuil', 'afvalcontainer'):
            host, wname = WASTE[d]
            page = 'http://%s/%s/%s/' % (host, d, key)
            if code == 'V':
                u = login('http://%s/mijn/%s/%s/digid' % (host, d, key))
                put(page, simple_page('%s | %s' % (title, wname), '<h1>%s</h1><p>Regel het in Mijn %s. U logt in met DigiD.</p><p><a href="%s">Inloggen met DigiD</a></p>'
                    % (esc(title), esc(wname), u), wname))
                return ('<div class="cta"><p>%s haalt het afval op.</p><p><a class="button" href="%s">Regel het bij %s</a></p></div>' % (esc(wname), page, esc(wname)),
                        100, 67, u, host, ['digid', 'via'], 'via afvalbedrijf')
            u = 'http://%s/%s/%s/formulier' % (host, d, key)
            put(u, simple_page('Formulier | ' + wname, '<h1>%s</h1><form method="post" action="%s"><label>Postcode <input name="pc"></label><label>Huisnummer <input name="nr"></label>'
                '<label>Wat wilt u? <textarea name="oms"></textarea></label><button>Verzenden</button></form>' % (esc(title), u), wname))
            put(page, simple_page('%s | %s' % (title, wname), '<h1>%s</h1><p><a href="%s">Vul het formulier in</a></p>' % (esc(title), u), wname))
            return ('<div class="cta"><p>%s regelt dit voor de gemeente.</p><p><a class="button" href="%s">Naar %s</a></p></div>' % (esc(wname), page, esc(wname)),
                    67, 67, u, host, ['online_form', 'via'], 'via afvalbedrijf, anoniem formulier')
    raise ValueError((key, code, d))


def render_body(site, key, title, intro, rblock, traps_html, extra_h):
    c = site.cms
    tr = ''.join(traps_html)
    if c in ('slug', 'drupal'):
        return ('<h1>%s</h1><h2>Wat is het?</h2><p>%s</p><h2>Hoe werkt het?</h2>%s<h2>Wat moet ik doen?</h2>%s'
                '<h2>Wat kost het?</h2><p>Zie de tarieven op deze pagina.</p>%s' % (esc(title), esc(intro), extra_h, rblock, tr))
    if c in ('iprox', 'iprox2'):
        return ('<h1>%s</h1><p class="intro">%s</p><div class="accordion"><details open><summary>Wat moet ik doen?</summary>%s</details>'
                '<details><summary>Wat heb ik nodig?</summary><p>Een geldig identiteitsbewijs.</p>%s</details><details><summary>Meer informatie</summary>%s</details></div>'
                % (esc(title), esc(intro), rblock, extra_h, tr))
    if c in ('productid', 'sim', 'nijkerk'):
        return ('<h1>%s</h1><h2>Omschrijving</h2><p>%s</p><h2>Aanvragen</h2>%s<h2>Voorwaarden</h2>%s<h2>Meer informatie</h2>%s'
                % (esc(title), esc(intro), rblock, extra_h, tr))
    if c == 'pdcloket':
        return ('<h1>%s</h1><section class="product-informatie"><h2>Product informatie</h2><p>%s</p>'
                '<details open><summary>Aanvragen</summary>%s</details><details><summary>Bijzonderheden</summary>%s%s</details></section>'
                % (esc(title), esc(intro), rblock, extra_h, tr))
    if c in ('owc', 'section'):
        return ('<h1>%s</h1><p class="lead">%s</p><h2>Hoe regel ik het?</h2>%s<h2>Wat heb ik nodig?</h2>%s<h2>Goed om te weten</h2>%s'
                % (esc(title), esc(intro), rblock, extra_h, tr))
    raise ValueError(c)


DIRECT_REGELEN = ['verhuismelding', 'brp-uittreksel', 'melding-openbare-ruimte']


def build_site(site, products_g):
    w = site.www
    site_statics(site)
    rows = []
    # the site's own objection route for taxes (used by objection_digid traps)
    bk = 'belastingaanslag-bezwaar'
    bz = P[bk]['route'][site.idx]
    rb = route_block(site, bk, P[bk]['titles'][site.idx % 3], bz, P[bk])
    site.bezwaar_route = (rb[3], bz in 'Fv')
    # Direct regelen box (other products' DigiD forms)
    dr_links = []
    for k in DIRECT_REGELEN:
        code = P[k]['route'][site.idx]
        if 'direct_regelen' in site.wide and code in 'DF':
            rb = route_block(site, k, P[k]['titles'][site.idx % 3], code, P[k])
            dr_links.append((k, P[k]['titles'][0] + (' (DigiD)' if code == 'D' else ''), rb[3]))
    for key in products_g:
        p = P[key]
        code = p['route'][site.idx]
        title = p['titles'][site.idx % 3]
        row = dict(org_code=site.code, product_key=key, level='', status='', product_url='', route_url='',
                   level_strict='', via='', signals='', notes='')
        if code == '-':
            row.update(status='not_found', notes='geen pagina over dit product op de site')
            rows.append(row)
            continue
        url = site.product_url(key, title)
        site.pages[key] = (url, title)
        crumbs = [(p['section'], site.az_full())]
        sig = []
        traps_html = []
        if code == 'X':
            body = '<h1>%s</h1><p>%s</p>' % (esc(title), esc(NOT_OFFERED_TEXT[key].format(n=site.name)))
            if key == 'reclamebelasting':
                h, s = trap_html(site, key, 'vergunningcheck', title)
                body += h
                sig.append(s)
            for wt in site.wide:
                if wt != 'direct_regelen':
                    sig.append('trap_' + wt)
            put(url, chrome(site, title, body, crumbs))
            row.update(status='not_offered', product_url=url, signals=';'.join(sig), notes='pagina zegt dat de gemeente dit niet aanbiedt')
            rows.append(row)
            site.search_index.append({'url': url, 'title': title, 'text': NOT_OFFERED_TEXT[key].format(n=site.name)})
            continue
        rblock, level, strict, rurl, via, rsig, note = route_block(site, key, title, code, p)
        for t in p['traps']:
            if t == 'objection_digid' and key == 'belastingaanslag-bezwaar':
                continue
            h, s = trap_html(site, key, t, title)
            traps_html.append(h)
            sig.append(s)
        if key == 'betalingsregeling' and code == '0':
            note = 'alleen schriftelijk; online formulier bestelt alleen een papieren formulier'
        sidebar = ''
        if 'direct_regelen' in site.wide:
            items = [(t, u) for k, t, u in dr_links if k != key]
            sidebar = '<div class="direct-regelen"><h2>Direct regelen</h2><ul>%s</ul></div>' % ''.join(
                '<li><a href="%s">%s</a></li>' % (u, esc(t)) for t, u in items)
            sig.append('trap_direct_regelen')
        for wt in site.wide:
            if wt != 'direct_regelen':
                sig.append('trap_' + wt)
        extra_h = '<p>Houd uw BSN bij de hand.</p>'
        if code == '0' and key not in ('paspoort', 'identiteitskaart', 'overlijdensaangifte', 'geboorteaangifte') and 'not_yet_online' not in p['traps']:
            extra_h += '<p>Online aanvragen is niet mogelijk.</p>'
        body = render_body(site, key, title, p['intro'], rblock, traps_html, extra_h)
        put(url, chrome(site, title, body, crumbs, sidebar))
        site.search_index.append({'url': url, 'title': title, 'text': p['intro']})
        row.update(status='ok', level=str(level), level_strict=str(strict), product_url=url, route_url=rurl, via=via,
                   signals=';'.join(sorted(set(rsig)) + sorted(set(sig))), notes=note)
        rows.append(row)
    # A-Z, home, search, robots, sitemap
    items = sorted(site.pages.values(), key=lambda x: x[1].lower())
    if site.d == 'zaanstad':  # A-Z still links the old loket URLs; they redirect (301) to the current pages
        old = []
        for k, (u, t) in sorted(site.pages.items()):
            ou = '%s/loket/product/%s' % (site.www, k)
            REDIRECTS.append({'url': ou, 'status': 301, 'location': u})
            old.append((ou, t))
        items = sorted(old, key=lambda x: x[1].lower())
    az = '<h1>Onderwerpen A-Z</h1><ul class="a-z">%s</ul>' % ''.join('<li><a href="%s">%s</a></li>' % (u, esc(t)) for u, t in items)
    put(site.az_full(), chrome(site, 'Onderwerpen A-Z', az, []))
    if site.cms == 'pdcloket':
        put(site.www + site.az_url(), chrome(site, 'Onderwerpen A-Z', '<h1>Onderwerpen</h1><p>Alle producten vindt u in het <a href="%s">digitale loket</a>.</p>' % site.az_full(), []))
        put('http://loket.%s.test/' % site.d, chrome(site, 'Digitaal loket', '<h1>Digitaal loket</h1><p><a href="%s">Alle producten</a></p>' % site.az_full(), []))
        put('http://loket.%s.test/static/css/site.css' % site.d, 'body{}\n')
    top = ['paspoort', 'verhuismelding', 'grofvuil', 'melding-openbare-ruimte', 'parkeervergunning', 'omgevingsvergunning']
    tiles = ''.join('<li class="toptaak"><a href="%s">%s</a></li>' % (site.pages[k][0], esc(site.pages[k][1])) for k in top if k in site.pages)
    home = ('<h1>Welkom bij de gemeente %s</h1><section class="toptaken"><h2>Veelgevraagd</h2><ul>%s</ul></section>'
            '<p><a href="%s">Bekijk alle onderwerpen van A tot Z</a></p><p><a href="%s/nieuws/">Nieuws</a></p>' % (esc(site.name), tiles, site.az_full(), w))
    put(w + '/', chrome(site, 'Home', home, []))
    sm = ['<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">']
    for u, t in sorted(site.pages.values(), key=lambda x: x[1].lower()):
        if u.startswith(w):
            sm.append('<url><loc>%s</loc></url>' % esc(u))
    sm.append('</urlset>\n')
    if site.idx % 3 != 2:
        put(w + '/sitemap.xml', '\n'.join(sm))
        put(w + '/robots.txt', 'User-agent: *\nDisallow: %s\nSitemap: %s/sitemap.xml\n' % (site.search[0] if site.search[0] != '/' else '/?s=', w))
    else:
        put(w + '/robots.txt', 'User-agent: *\nDisallow:\n')
    return rows


# ---------------------------------------------------------------- main
def load_products():
    for pth in PRODUCTS_CSV:
        if os.path.exists(pth):
            with open(pth, newline='', encoding='utf-8') as f:
                return [r['product_key'] for r in csv.DictReader(f) if 'G' in r['org_types']]
    raise SystemExit('products.csv not found')


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, 'web')
    keys = load_products()
    missing = [k for k in keys if k not in P]
    if missing:
        raise SystemExit('no product definition for %s' % missing)
    shared_bodies()
    all_rows = []
    behaviours = {'redirects': REDIRECTS, 'host_redirects': [], 'not_found_pages': [], 'searches': []}
    sites = [Site(c, i) for i, c in enumerate(SITES)]
    for s in sites:
        all_rows.extend(build_site(s, keys))
    search_files = {}
    for s in sites:
        behaviours['host_redirects'].append({'host': '%s.test' % s.d, 'status': 301, 'to': s.host})
        nf = 'errors/%s-404.html' % s.d
        search_files[nf] = chrome(s, 'Pagina niet gevonden', '<h1>Pagina niet gevonden</h1><p>Helaas, de pagina die u zoekt bestaat niet (meer). '
                                  'Probeer het <a href="%s">overzicht A-Z</a>.</p>' % s.az_full(), []).encode('utf-8')
        behaviours['not_found_pages'].append({'host': s.host, 'file': nf, 'status': s.soft404})
        idx = 'search/%s.json' % s.host
        tpl = 'search/%s.html' % s.host
        search_files[idx] = json.dumps(s.search_index, indent=1, ensure_ascii=False).encode('utf-8')
        search_files[tpl] = chrome(s, 'Zoekresultaten', '<h1>Zoekresultaten voor &quot;<!--QUERY-->&quot;</h1><div class="results"><!--RESULTS--></div>', []).encode('utf-8')
        behaviours['searches'].append({'host': s.host, 'path': s.search[0], 'param': s.search[1], 'index': idx, 'template': tpl})
    # write
    for k in sorted(FILES):
        pth = os.path.join(out, k)
        os.makedirs(os.path.dirname(pth), exist_ok=True)
        with open(pth, 'wb') as f:
            f.write(FILES[k])
    for k in sorted(search_files):
        pth = os.path.join(out, k)
        os.makedirs(os.path.dirname(pth), exist_ok=True)
        with open(pth, 'wb') as f:
            f.write(search_files[k])
    for s in sites:
        os.makedirs(os.path.join(out, 'sites', '%s.test' % s.d), exist_ok=True)
    with open(os.path.join(out, 'organisations.csv'), 'w', newline='', encoding='utf-8') as f:
        wr = csv.writer(f, lineterminator='\n')
        wr.writerow(['code', 'name', 'org_type', 'website', 'inhabitants'])
        for s in sites:
            wr.writerow([s.code, 'Gemeente ' + s.name, 'gemeente', s.www + '/', s.inh])
    cols = ['org_code', 'product_key', 'level', 'status', 'product_url', 'route_url', 'level_strict', 'via', 'signals', 'notes']
    with open(os.path.join(out, 'labels.csv'), 'w', newline='', encoding='utf-8') as f:
        wr = csv.DictWriter(f, cols, lineterminator='\n')
        wr.writeheader()
        for r in all_rows:
            wr.writerow(r)
    manifest = {'seed': 41, 'generator': 'dev-real-41/gen.py', 'organisations': len(sites),
                'behaviours': behaviours}
    with open(os.path.join(out, 'testweb.json'), 'w', encoding='utf-8') as f:
        json.dump(manifest, f, indent=1, sort_keys=True)
        f.write('\n')
    print('wrote %d files, %d labels' % (len(FILES), len(all_rows)))


if __name__ == '__main__':
    main()
