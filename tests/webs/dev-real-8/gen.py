#!/usr/bin/env python3
"""Generate the web-dev8 held-out simulated web (deterministic, no randomness).

    python3 gen.py [OUT]      (default: ./web)

Everything is written from the plan tables below; labels.csv is written from the same
plan that writes the pages, so pages and labels cannot drift apart.
"""
import csv, html, json, os, posixpath, shutil, sys, zlib

OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), 'web')

# ----------------------------------------------------------------------------- PDF writer
def _esc(s):
    return s.replace('\\', '\\\\').replace('(', '\\(').replace(')', '\\)')

def make_pdf(title, lines, fields=()):
    content = ["BT /F1 16 Tf 50 790 Td (%s) Tj ET" % _esc(title)]
    y = 760
    for ln in lines:
        content.append("BT /F1 10 Tf 50 %d Td (%s) Tj ET" % (y, _esc(ln)))
        y -= 15
    y -= 10
    rects = []
    for f in fields:
        content.append("BT /F1 10 Tf 50 %d Td (%s) Tj ET" % (y + 4, _esc(f)))
        content.append("0.5 w 220 %d 320 18 re S" % y)
        rects.append((f, y))
        y -= 28
    if fields:
        content.append("BT /F1 10 Tf 50 %d Td (Datum en handtekening:) Tj ET" % (y - 10))
        content.append("0.5 w 220 %d 320 40 re S" % (y - 30))
    stream = "\n".join(content).encode('latin-1', 'replace')
    annots = " ".join("%d 0 R" % (6 + i) for i in range(len(rects)))
    objs = [b"<< /Type /Catalog /Pages 2 0 R" + ((" /AcroForm << /Fields [%s] /DA (/Helv 0 Tf 0 g) >>" % annots).encode() if rects else b"") + b" >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            ("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R%s >>" % ((" /Annots [%s]" % annots) if rects else "")).encode(),
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
            b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream"]
    for i, (f, fy) in enumerate(rects):
        objs.append(("<< /Type /Annot /Subtype /Widget /FT /Tx /T (veld%d) /TU (%s) /Rect [220 %d 540 %d] /P 3 0 R /F 4 /DA (/Helv 10 Tf 0 g) >>" % (i + 1, _esc(f), fy, fy + 18)).encode('latin-1', 'replace'))
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offs = []
    for i, o in enumerate(objs):
        offs.append(len(out))
        out += b"%d 0 obj\n" % (i + 1) + o + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for o in offs:
        out += b"%010d 00000 n \n" % o
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info << /Title (%s) >> >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objs) + 1, _esc(title).encode('latin-1', 'replace'), xref)
    return bytes(out)

def kb(data):
    return max(1, len(data) // 1024 + 40)

# ----------------------------------------------------------------------------- products
def load_products():
    here = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', '..', 'config', 'products.csv')
    rows = list(csv.DictReader(open(here, encoding='utf-8')))
    return [(r['product_key'], r['name_nl'], r['org_types'], r['audience'], r['offered_by']) for r in rows]

# key -> (title, slug, section, intro)   ({o} = place / organisation name)
GP = {
 'brp-uittreksel': ('Uittreksel BRP', 'uittreksel-brp', 'Burgerzaken', 'Een uittreksel uit de Basisregistratie Personen (BRP) is een officieel bewijs van uw inschrijving in {o}. U heeft het bijvoorbeeld nodig voor een werkgever, een woningcorporatie of een instantie in het buitenland.'),
 'verhuismelding': ('Verhuizen', 'verhuizen', 'Burgerzaken', 'Gaat u verhuizen naar of binnen {o}? Geef uw verhuizing dan door aan de gemeente. Dat kan vanaf 4 weken voor tot uiterlijk 5 dagen na uw verhuisdatum.'),
 'geboorteaangifte': ('Geboorte aangeven', 'geboorte-aangeven', 'Burgerzaken', 'Is uw kind geboren? Gefeliciteerd! U moet de geboorte binnen 3 dagen aangeven bij de gemeente waar uw kind is geboren.'),
 'overlijdensaangifte': ('Overlijden', 'overlijden', 'Burgerzaken', 'Als iemand overlijdt, moet het overlijden worden aangegeven bij de gemeente waar de persoon is overleden. Meestal doet de uitvaartondernemer de aangifte van overlijden voor u.'),
 'huwelijksaangifte': ('Trouwen of geregistreerd partnerschap', 'trouwen', 'Burgerzaken', 'Wilt u trouwen of een geregistreerd partnerschap aangaan? Dan meldt u eerst uw voorgenomen huwelijk of partnerschap bij de gemeente. Dit heette vroeger ondertrouw.'),
 'paspoort': ('Paspoort', 'paspoort', 'Burgerzaken', 'Een paspoort vraagt u aan bij de gemeente waar u staat ingeschreven. Het paspoort van iemand van 18 jaar of ouder is 10 jaar geldig.'),
 'identiteitskaart': ('Identiteitskaart', 'identiteitskaart', 'Burgerzaken', 'Met een Nederlandse identiteitskaart (ID-kaart) kunt u zich identificeren en reizen binnen Europa. U vraagt de ID-kaart persoonlijk aan bij de gemeente.'),
 'parkeervergunning': ('Parkeervergunning', 'parkeervergunning', 'Parkeren', 'Woont of werkt u in een gebied met betaald parkeren? Met een parkeervergunning voor bewoners of bedrijven parkeert u in uw eigen vergunninggebied.'),
 'gehandicaptenparkeerkaart': ('Gehandicaptenparkeerkaart', 'gehandicaptenparkeerkaart', 'Parkeren', 'Kunt u door een ziekte of handicap niet ver lopen? Met een gehandicaptenparkeerkaart (GPK) mag u parkeren op een algemene gehandicaptenparkeerplaats.'),
 'gehandicaptenparkeerplaats': ('Gehandicaptenparkeerplaats bij uw woning', 'gehandicaptenparkeerplaats', 'Parkeren', 'Heeft u een gehandicaptenparkeerkaart en een eigen auto? Dan kunt u een gehandicaptenparkeerplaats op kenteken bij uw woning aanvragen.'),
 'hondenbelasting': ('Hondenbelasting', 'hondenbelasting', 'Belastingen', 'Heeft u een hond? Dan betaalt u hondenbelasting. U moet uw hond aanmelden binnen 2 weken nadat u hem heeft gekregen, en afmelden als u geen hond meer heeft.'),
 'belastingkwijtschelding': ('Kwijtschelding belastingen', 'kwijtschelding', 'Belastingen', 'Heeft u een laag inkomen en weinig vermogen? Dan kunt u kwijtschelding aanvragen voor de afvalstoffenheffing en de rioolheffing.'),
 'woz-bezwaar': ('Bezwaar maken tegen de WOZ-waarde', 'woz-bezwaar', 'Belastingen', 'Bent u het niet eens met de WOZ-waarde van uw woning of bedrijfspand op uw aanslagbiljet? Dan kunt u binnen 6 weken na de dagtekening bezwaar maken.'),
 'bijstand': ('Bijstandsuitkering', 'bijstandsuitkering', 'Werk en inkomen', 'Heeft u niet genoeg inkomen om van te leven en geen recht op een andere uitkering? Dan kunt u misschien een bijstandsuitkering krijgen.'),
 'bijzondere-bijstand': ('Bijzondere bijstand', 'bijzondere-bijstand', 'Werk en inkomen', 'Heeft u onverwachte, noodzakelijke kosten die u zelf niet kunt betalen? Bijvoorbeeld voor een bril, bewindvoering of een wasmachine? Dan kunt u bijzondere bijstand aanvragen.'),
 'wmo-voorziening': ('Hulp en ondersteuning thuis (Wmo)', 'wmo', 'Zorg en welzijn', 'Heeft u hulp nodig om zelfstandig thuis te blijven wonen, bijvoorbeeld hulp bij het huishouden, een scootmobiel of een traplift? Dan kunt u een Wmo-voorziening aanvragen.'),
 'leerlingenvervoer': ('Leerlingenvervoer', 'leerlingenvervoer', 'Onderwijs', 'Kan uw kind niet zelfstandig naar school? Dan heeft u misschien recht op leerlingenvervoer of een vergoeding voor de reiskosten.'),
 'grofvuil': ('Grofvuil', 'grofvuil', 'Afval', 'Grofvuil is afval dat te groot is voor uw container, zoals meubels, matrassen en vloerbedekking. U kunt het laten ophalen of zelf wegbrengen naar de milieustraat.'),
 'afvalcontainer': ('Minicontainer aanvragen of omruilen', 'minicontainer', 'Afval', 'Heeft u een nieuwe, extra of andere minicontainer nodig, of is uw container kapot of gestolen? Vraag dan een (nieuwe) afvalcontainer aan.'),
 'melding-openbare-ruimte': ('Melding openbare ruimte', 'melding-openbare-ruimte', 'Wonen en leefomgeving', 'Ziet u een losliggende stoeptegel, een kapotte lantaarnpaal of zwerfafval? Doe een melding openbare ruimte, dan lossen wij het op.'),
 'omgevingsvergunning': ('Omgevingsvergunning', 'omgevingsvergunning', 'Wonen en bouwen', 'Wilt u bouwen, verbouwen, slopen of het gebruik van een gebouw veranderen? Dan heeft u misschien een omgevingsvergunning nodig.'),
 'kapvergunning': ('Kapvergunning', 'kapvergunning', 'Wonen en bouwen', 'Wilt u een boom kappen? Voor veel bomen heeft u een omgevingsvergunning voor het kappen van een boom nodig, de kapvergunning.'),
 'bouwdossier-inzage': ('Bouwtekeningen inzien', 'bouwtekeningen', 'Wonen en bouwen', 'Wilt u de bouwtekeningen of vergunningen van een woning of gebouw bekijken? U kunt het bouwdossier opvragen bij het gemeentearchief.'),
 'bezwaar': ('Bezwaar maken', 'bezwaar-maken', 'Bestuur', 'Bent u het niet eens met een besluit van de gemeente? Dan kunt u binnen 6 weken bezwaar maken.'),
 'klacht': ('Klacht indienen', 'klacht', 'Bestuur', 'Bent u niet tevreden over hoe een medewerker van de gemeente u heeft behandeld? Dan kunt u een klacht indienen.'),
 'woo-verzoek': ('Woo-verzoek', 'woo-verzoek', 'Bestuur', 'Wilt u informatie van de gemeente die nog niet openbaar is? Dan kunt u een verzoek doen op grond van de Wet open overheid (Woo).'),
 'subsidie': ('Subsidie aanvragen', 'subsidies', 'Bestuur', 'De gemeente geeft subsidie aan verenigingen en organisaties die activiteiten organiseren voor inwoners.'),
 'evenementenvergunning': ('Evenementenvergunning', 'evenementenvergunning', 'Ondernemen', 'Organiseert u een evenement, zoals een braderie, buurtfeest of concert? Dan heeft u meestal een evenementenvergunning nodig.'),
 'exploitatievergunning-horeca': ('Exploitatievergunning horeca', 'exploitatievergunning', 'Ondernemen', 'Wilt u een horecabedrijf openen of overnemen? Dan heeft u een exploitatievergunning nodig.'),
 'alcoholvergunning': ('Alcoholvergunning', 'alcoholvergunning', 'Ondernemen', 'Wilt u alcohol schenken in uw horecazaak of verkopen in uw slijterij? Dan heeft u een alcoholvergunning nodig (vroeger: drank- en horecavergunning).'),
 'terrasvergunning': ('Terrasvergunning', 'terrasvergunning', 'Ondernemen', 'Wilt u bij uw horecazaak een terras op de stoep of het plein? Dan heeft u een terrasvergunning nodig.'),
 'standplaatsvergunning': ('Standplaatsvergunning', 'standplaatsvergunning', 'Ondernemen', 'Wilt u buiten de weekmarkt met een kraam of verkoopwagen op een vaste plek staan? Dan heeft u een standplaatsvergunning nodig.'),
 'marktvergunning': ('Marktvergunning', 'marktvergunning', 'Ondernemen', 'Wilt u een vaste of tijdelijke plaats op de weekmarkt? Dan vraagt u een marktvergunning aan bij de marktmeester.'),
 'reclamebelasting': ('Reclamebelasting', 'reclamebelasting', 'Belastingen', 'Heeft u als ondernemer een reclame-uiting op of aan uw pand die zichtbaar is vanaf de openbare weg? Dan betaalt u reclamebelasting.'),
 'geluidsontheffing': ('Ontheffing geluid', 'ontheffing-geluid', 'Ondernemen', 'Maakt u tijdelijk meer geluid dan is toegestaan, bijvoorbeeld bij een feest in een tent of bij werkzaamheden in de nacht? Dan heeft u een geluidsontheffing nodig.'),
 'winkeltijdenontheffing': ('Ontheffing winkeltijden', 'winkeltijden', 'Ondernemen', 'Wilt u uw winkel openen buiten de vastgestelde winkeltijden? Dan heeft u een ontheffing winkeltijden nodig.'),
 'kansspelautomaatvergunning': ('Speelautomaten', 'speelautomaten', 'Ondernemen', 'Wilt u een speelautomaat in uw horecazaak plaatsen? Dan heeft u een aanwezigheidsvergunning voor kansspelautomaten nodig.'),
 'collectevergunning': ('Collecte houden', 'collecte', 'Ondernemen', 'Wilt u geld of goederen inzamelen voor een goed doel? Dan heeft u een collectevergunning nodig.'),
 'ligplaatsvergunning': ('Ligplaatsvergunning', 'ligplaatsvergunning', 'Wonen en leefomgeving', 'Wilt u met uw boot of woonboot een ligplaats innemen in het openbaar water? Dan heeft u een ligplaatsvergunning nodig.'),
 'uitwegvergunning': ('Uitrit aanleggen', 'uitrit-aanleggen', 'Wonen en bouwen', 'Wilt u een uitrit (inrit) aanleggen of verbreden van uw oprit naar de openbare weg? Dan heeft u een uitwegvergunning nodig.'),
 'belastingaanslag-bezwaar': ('Bezwaar tegen uw belastingaanslag', 'bezwaar-aanslag', 'Belastingen', 'Bent u het niet eens met uw aanslag gemeentelijke belastingen? Dan kunt u binnen 6 weken na de datum op het aanslagbiljet bezwaar maken.'),
 'betalingsregeling': ('Betalingsregeling', 'betalingsregeling', 'Belastingen', 'Kunt u uw aanslag gemeentelijke belastingen niet in een keer betalen? Dan kunt u een betalingsregeling aanvragen of de aanslag in termijnen betalen via automatische incasso.'),
}

# province products
PP = {
 'omgevingsvergunning': ('Omgevingsvergunning provincie', 'omgevingsvergunning', 'Vergunningen', 'Voor sommige activiteiten is de provincie bevoegd gezag voor de omgevingsvergunning, zoals voor complexe bedrijven (Brzo) en activiteiten in Natura 2000-gebieden.'),
 'bezwaar': ('Bezwaar maken', 'bezwaar', 'Contact', 'Bent u het niet eens met een besluit van Gedeputeerde Staten? Dan kunt u binnen 6 weken bezwaar maken.'),
 'klacht': ('Klacht over de provincie', 'klacht', 'Contact', 'Bent u niet tevreden over de manier waarop de provincie u heeft behandeld? Laat het ons weten.'),
 'woo-verzoek': ('Woo-verzoek indienen', 'woo-verzoek', 'Contact', 'Iedereen kan de provincie vragen om informatie openbaar te maken op grond van de Wet open overheid.'),
 'subsidie': ('Subsidieloket', 'subsidies', 'Subsidies', 'De provincie Zeeland verstrekt subsidies voor onder meer cultuur, natuur, mobiliteit en de economie van Zeeland.'),
 'evenementenvergunning': ('Evenement op of langs een provinciale weg', 'evenement-provinciale-weg', 'Vergunningen', 'Organiseert u een wielerwedstrijd, optocht of ander evenement op of langs een provinciale weg? Dan heeft u toestemming (een ontheffing) van de provincie nodig.'),
 'geluidsontheffing': ('Ontheffing stiltegebied', 'ontheffing-stiltegebied', 'Vergunningen', 'In stiltegebieden geldt een verbod op lawaaimakende activiteiten. Voor bijvoorbeeld een evenement of werkzaamheden kunt u een ontheffing van de geluidsregels in het stiltegebied aanvragen.'),
 'ontgrondingsvergunning': ('Ontgronden', 'ontgronden', 'Vergunningen', 'Wilt u zand, klei of grind winnen, of een waterplas graven? Voor het ontgronden heeft u een ontgrondingsvergunning van de provincie nodig.'),
 'tijdelijk-luchtvaartterrein': ('TUG-ontheffing (tijdelijk en uitzonderlijk gebruik)', 'tug-ontheffing', 'Vergunningen', 'Wilt u buiten een vliegveld landen of opstijgen met een helikopter, luchtballon of watervliegtuig? Dan heeft u een TUG-ontheffing voor een tijdelijk luchtvaartterrein nodig.'),
 'vuurwerk-ontbranding': ('Melding en toestemming ontbranden vuurwerk', 'vuurwerk', 'Vergunningen', 'Een erkend vuurwerkbedrijf dat professioneel vuurwerk wil afsteken, heeft een ontbrandingstoestemming van de provincie nodig of doet een melding.'),
 'schadevergoeding-provincie': ('Faunaschade', 'faunaschade', 'Natuur', 'Heeft u schade aan uw gewassen of vee door beschermde dieren, zoals ganzen of smienten? Dan kunt u een tegemoetkoming in de schade aanvragen.'),
 'watervergunning': ('Grondwater onttrekken', 'grondwater-onttrekken', 'Vergunningen', 'Voor het onttrekken van grondwater voor de drinkwatervoorziening, voor open bodemenergiesystemen of voor industriele toepassingen boven 150.000 m3 per jaar is de provincie bevoegd gezag.'),
}

GEM = ['Enschede', 'Delft', 'Emmen', 'Hilversum', 'Roosendaal', 'Kampen', 'Noordoostpolder', 'Bernheze']
# Per product, one token per gemeente (order of GEM).  D DigiD form, E eHerkenning form,
# DE both, A anonymous online form, P printable form, I info only, AP appointment only,
# NF no page, NO 'not offered' statement, V:<body>[:<route>] another body's route.
CYCLE = {
 'brp-uittreksel':            'D D D D D D A D',
 'verhuismelding':            'D D D D D D D D',
 'geboorteaangifte':          'D I D AP D D I NF',
 'overlijdensaangifte':       'I I P I A I NF NF',
 'huwelijksaangifte':         'D D D D P D I I',
 'paspoort':                  'AP AP AP AP AP AP I AP',
 'identiteitskaart':          'AP AP AP AP AP AP I AP',
 'parkeervergunning':         'D V:park D D D P NO NF',
 'gehandicaptenparkeerkaart': 'D P D A D P P I',
 'gehandicaptenparkeerplaats':'D P P I D P P NF',
 'hondenbelasting':           'NO NO D D V:bwb D NO NF',
 'belastingkwijtschelding':   'D D D D V:bwb P D P',
 'woz-bezwaar':               'D D D D V:bwb D D D',
 'bijstand':                  'V:werk V:werk V:werk D V:werk D P I',
 'bijzondere-bijstand':       'D D P D A P P P',
 'wmo-voorziening':           'A I A V:regio I A P I',
 'leerlingenvervoer':         'D D D A D P P NF',
 'grofvuil':                  'V:twm V:avalex A V:gad V:saver I A I',
 'afvalcontainer':            'V:twm A A A V:saver I A NF',
 'melding-openbare-ruimte':   'A A V:fixi A A V:fixi A A',
 'omgevingsvergunning':       'V:olo V:olo V:olo V:olo V:olo V:olo V:olo V:olo',
 'kapvergunning':             'V:olo D V:olo V:olo A P V:olo V:olo',
 'bouwdossier-inzage':        'A D A D P A I NF',
 'bezwaar':                   'D I D A P D I I',
 'klacht':                    'A D A A DE A A A',
 'woo-verzoek':               'A DE D A P A I A',
 'subsidie':                  'E E I DE P E P NF',
 'evenementenvergunning':     'E E A E E P P P',
 'exploitatievergunning-horeca': 'E E P E E P I NF',
 'alcoholvergunning':         'E E P E E P P NF',
 'terrasvergunning':          'E E A E DE P I NF',
 'standplaatsvergunning':     'E P A E E P I NF',
 'marktvergunning':           'E P I E I P I NF',
 'reclamebelasting':          'I E NO I V:bwb I NF NF',
 'geluidsontheffing':         'E A P E P P I NF',
 'winkeltijdenontheffing':    'A NO P I P NO I NF',
 'kansspelautomaatvergunning':'E E P E E P P NF',
 'collectevergunning':        'E I NO E P NO I NF',
 'ligplaatsvergunning':       'NO A NF NF NF P I NF',
 'uitwegvergunning':          'D V:olo A D P P D NF',
 'belastingaanslag-bezwaar':  'D D D D V:bwb D D P',
 'betalingsregeling':         'A D A D V:bwb P I NF',
}

# ----------------------------------------------------------------------------- shared bodies
SHARED = {
 'olo':    dict(host='omgevingswet.overheid.test', name='Omgevingsloket', kind='D', prefill=True),
 'bwb':    dict(host='www.bwb.test', name='BWB (Belastingsamenwerking West-Brabant)', kind='D', prefill=True),
 'nbk':    dict(host='www.noordelijkbelastingkantoor.test', name='Noordelijk Belastingkantoor', kind='D', prefill=False),
 'werk':   dict(host='www.werk.test', name='werk.nl (UWV)', kind='D', prefill=False),
 'park':   dict(host='www.parkerendelft.test', name='Parkeren Delft', kind='D', prefill=False),
 'regio':  dict(host='www.regiogv.test', name='Regio Gooi en Vechtstreek', kind='A', prefill=False),
 'twm':    dict(host='www.twentemilieu.test', name='Twente Milieu', kind='A', prefill=False),
 'avalex': dict(host='www.avalex.test', name='Avalex', kind='A', prefill=False),
 'gad':    dict(host='www.gad.test', name='GAD', kind='A', prefill=False),
 'saver':  dict(host='www.saver.test', name='Saver', kind='A', prefill=False),
 'fixi':   dict(host='www.fixi.test', name='Fixi', kind='A', prefill=False),
 'bij12':  dict(host='www.bij12.test', name='BIJ12', kind='A', prefill=False),
}
LEVEL = {'D': 100, 'E': 100, 'DE': 100, 'A': 67, 'P': 33, 'I': 0, 'AP': 0}

# ----------------------------------------------------------------------------- organisations
ORGS = [
 dict(code='GM0153', name='Gemeente Enschede', short='Enschede', type='gemeente', host='www.enschede.test', website='http://www.enschede.test/', inh=160000,
      family='owc', formhost='formulieren.enschede.test', formmode='openforms', cta='a', consent=True, header_login='Mijn Enschede',
      sitemap=True, search=True, appt='afspraak.enschede.test', english={'parkeervergunning'}),
 dict(code='GM0503', name='Gemeente Delft', short='Delft', type='gemeente', host='www.delft.test', website='http://delft.test/', inh=105000,
      family='iprox', formhost='eloket.delft.test', formmode='triple', cta='a', overview=True, footer_digid=True, bare_redirect='delft.test',
      sitemap=False, feedback='widget', english={'verhuismelding'}, appt='afspraken.delft.test'),
 dict(code='GM0114', name='Gemeente Emmen', short='Emmen', type='gemeente', host='www.emmen.test', website='http://www.emmen.test/', inh=108000,
      family='pdc', formhost='loket.emmen.test', formmode='start', cta='img', audience_pair=['parkeervergunning'], header_login='Mijn Emmen', soft404=True, sitemap=True, appt='emmen.afspraakplanner.test'),
 dict(code='GM0402', name='Gemeente Hilversum', short='Hilversum', type='gemeente', host='www.hilversum.test', website='http://www.hilversum.test/', inh=92000,
      family='nlds', formhost='formulieren.hilversum.test', formmode='page', cta='button', footer_digid=True, feedback='form', sitemap=True,
      audience_pair=['parkeervergunning'], appt='afspraken.hilversum.test'),
 dict(code='GM1674', name='Gemeente Roosendaal', short='Roosendaal', type='gemeente', host='www.roosendaal.test', website='http://www.roosendaal.test/', inh=78000,
      family='go', formhost='eformulieren.roosendaal.test', formmode='getform', cta='getform', audience_pair=['afvalcontainer'], header_login='Mijn omgeving', sitemap=False,
      appt='www.roosendaal.test'),
 dict(code='GM0166', name='Gemeente Kampen', short='Kampen', type='gemeente', host='kampen.test', website='http://www.kampen.test/', inh=55000,
      family='typo3', formhost='www.formdesk.test', formmode='formdesk', cta='img', overview=True, soft404=True, survey=True, sitemap=False,
      www_to_bare=True, appt='kampen.test'),
 dict(code='GM0171', name='Gemeente Noordoostpolder', short='Noordoostpolder', type='gemeente', host='www.noordoostpolder.test', website='http://www.noordoostpolder.test/', inh=48000,
      family='productid', formhost='www.noordoostpolder.test', formmode='iframe', cta='a', footer_digid=True, sitemap=True, appt='www.noordoostpolder.test'),
 dict(code='GM1721', name='Gemeente Bernheze', short='Bernheze', type='gemeente', host='www.bernheze.test', website='http://bernheze.test/', inh=32000,
      family='sitecore', formhost='bernheze.mijnformulieren.test', formmode='iframe', cta='iframe', bare_redirect='bernheze.test', soft404=True, sitemap=False,
      appt='www.bernheze.test'),
 dict(code='PV29', name='Provincie Zeeland', short='Zeeland', type='provincie', host='www.zeeland.test', website='http://www.zeeland.test/', family='prov',
      formhost='eloket.zeeland.test', formmode='openforms', cta='button', consent=True, sitemap=True, search=True),
 dict(code='WS0652', name='Waterschap Brabantse Delta', short='Brabantse Delta', type='waterschap', host='www.brabantsedelta.test', website='http://www.brabantsedelta.test/',
      family='wp', formhost='www.brabantsedelta.test', formmode='gravity', cta='a', consent=True, sitemap=True),
 dict(code='WS0653', name='Wetterskip Fryslân', short='Wetterskip Fryslân', type='waterschap', host='www.wetterskipfryslan.test', website='http://wetterskipfryslan.test/',
      family='drupalw', formhost='www.wetterskipfryslan.test', formmode='getform', cta='getform', bare_redirect='wetterskipfryslan.test', splash=True, sitemap=False),
 dict(code='oorg10148', name='Dienst Uitvoering Onderwijs', short='DUO', type='rijk', host='www.duo.test', website='http://www.duo.test/', family='rijk',
      formhost='mijn.duo.test', formmode='page', cta='a', sitemap=True),
]

# ----------------------------------------------------------------------------- plan overrides
# Extra per-row details: (code, key) -> dict
X = {}
def x(code, key, **kw):
    X.setdefault((code, key), {}).update(kw)

# Activity titles, first paragraph names the product
x('GM0153', 'kapvergunning', title='Kap een boom', intro='Wilt u een boom in uw tuin kappen? Voor een boom met een stamomtrek van meer dan 80 cm heeft u een omgevingsvergunning voor het kappen nodig (kapvergunning).')
x('GM0402', 'kapvergunning', title='Boom kappen', intro='Voor het kappen van een houtopstand heeft u in Hilversum een kapvergunning (omgevingsvergunning voor het vellen van houtopstand) nodig.')
x('GM0153', 'evenementenvergunning', title='Feest geven of evenement organiseren', intro='Gaat u een straatfeest, festival of markt organiseren? Voor een evenement heeft u meestal een evenementenvergunning nodig. Voor een klein buurtfeest is een melding genoeg.')
x('GM1674', 'evenementenvergunning', title='Feest geven', intro='Een feest in de buitenlucht, een braderie of een optocht: voor een evenement in Roosendaal heeft u een evenementenvergunning nodig.')
x('GM0166', 'uitwegvergunning', title='Uitrit aanleggen of verbreden', intro='Voor het aanleggen of veranderen van een uitweg (inrit) naar de openbare weg heeft u een uitwegvergunning nodig.')
x('GM0171', 'uitwegvergunning', title='Een inrit maken', intro='Wilt u een inrit maken naar uw perceel? Dan heeft u een uitwegvergunning van de gemeente Noordoostpolder nodig.')
x('GM0114', 'alcoholvergunning', title='Drank schenken', intro='Wilt u in uw zaak alcoholhoudende drank schenken? Dan heeft u een alcoholvergunning nodig op grond van de Alcoholwet.')
x('GM0402', 'alcoholvergunning', title='Alcohol schenken of verkopen')
x('GM0503', 'hondenbelasting', title='Huisdieren', status='NO',
  intro='Heeft u een huisdier in Delft? Hier leest u wat u moet weten over chippen, dierenwelzijn en uitlaatplekken.',
  no_text='De gemeente Delft heft geen hondenbelasting meer. Sinds 1 januari 2019 hoeft u uw hond niet meer aan te melden.')
x('GM0153', 'hondenbelasting', title='Belastingen voor inwoners', page_slug='belastingen-inwoners',
  intro='Als inwoner van Enschede betaalt u afvalstoffenheffing, rioolheffing en onroerendezaakbelasting (OZB) als u eigenaar bent.',
  no_text='Enschede heft geen hondenbelasting. U hoeft uw hond dus niet bij ons aan te melden.')
x('GM0171', 'hondenbelasting', title='Honden en hondenpoep', page_slug='honden',
  intro='In Noordoostpolder zijn er losloopgebieden en hondenpoepbakken. Honden moeten in de bebouwde kom aan de lijn.',
  no_text='De gemeente Noordoostpolder kent geen hondenbelasting.')
x('GM0171', 'parkeervergunning', title='Parkeren in Emmeloord', page_slug='parkeren',
  intro='In het centrum van Emmeloord geldt een blauwe zone. Met een parkeerschijf parkeert u daar gratis tot 2 uur.',
  no_text='Omdat er in Noordoostpolder geen betaald parkeren is, geeft de gemeente geen parkeervergunningen uit.')
x('GM0114', 'reclamebelasting', title='Ondernemersfonds en belastingen', page_slug=None,
  intro='Ondernemers in Emmen betalen onroerendezaakbelasting (OZB) voor niet-woningen. Een deel daarvan gaat naar het ondernemersfonds.',
  no_text='In Emmen betaalt u geen reclamebelasting of precariobelasting.')
x('GM0503', 'winkeltijdenontheffing', title='Koopzondagen', intro='In Delft mogen winkels op zondag open.',
  no_text='Winkels in Delft mogen elke dag open van 06.00 tot 22.00 uur. Een ontheffing van de winkeltijden is daarom niet nodig en wordt niet verleend.')
x('GM0166', 'winkeltijdenontheffing', title='Winkels open op zondag', intro='De gemeenteraad heeft de Winkeltijdenverordening Kampen vastgesteld.',
  no_text='Winkels mogen in de hele gemeente Kampen op zon- en feestdagen open. U hoeft daarvoor geen ontheffing aan te vragen.')
x('GM0114', 'collectevergunning', title='Geld inzamelen voor een goed doel', intro='Wilt u langs de deuren voor een goed doel?',
  no_text='Voor een collecte in Emmen heeft u geen vergunning van de gemeente nodig. De landelijke collecterooster van het CBF geldt.')
x('GM0166', 'collectevergunning', title='Inzamelingsacties', intro='Organiseert u een inzamelingsactie of collecte?',
  no_text='Een collectevergunning is in Kampen afgeschaft; u hoeft niets aan te vragen.')
x('GM0153', 'ligplaatsvergunning', title='Varen en aanleggen in Enschede', page_slug='varen',
  intro='Enschede ligt aan het Twentekanaal (zijtak Enschede). De haven wordt gebruikt door de beroepsvaart.',
  no_text='De gemeente Enschede heeft geen ligplaatsen voor woonboten of pleziervaartuigen en verleent daarom geen ligplaatsvergunningen.')
x('WS0653', 'subsidie', page_slug='regelingen-en-vergoedingen', intro='Wetterskip Fryslân werkt samen met agrariërs en terreinbeheerders aan schoon water via het Deltaplan Agrarisch Waterbeheer.')
x('oorg10148', 'studiefinanciering', prefill=True)
# two products on one page
x('GM0503', 'paspoort', shared='paspoort-id', title='Paspoort en ID-kaart')
x('GM0503', 'identiteitskaart', shared='paspoort-id', title='Paspoort en ID-kaart')
x('GM1721', 'paspoort', shared='paspoort-id', title='Paspoort en identiteitskaart')
x('GM1721', 'identiteitskaart', shared='paspoort-id', title='Paspoort en identiteitskaart')
x('GM0166', 'belastingaanslag-bezwaar', shared='bezwaar-belasting', title='Bezwaar WOZ-waarde of aanslag')
x('GM0166', 'woz-bezwaar', shared='bezwaar-belasting', title='Bezwaar WOZ-waarde of aanslag')
# status trackers beside real routes
x('GM0153', 'wmo-voorziening', traps=['status'])
x('GM0503', 'wmo-voorziening', traps=['status'])
x('GM0114', 'bijzondere-bijstand', traps=['status'])
x('GM0166', 'wmo-voorziening', traps=['status'])
x('GM0171', 'bijzondere-bijstand', traps=['status'])
x('GM0171', 'wmo-voorziening', traps=['status'])
x('GM1674', 'bouwdossier-inzage', traps=['status'])
# generic contact forms and mailto
x('GM0171', 'bezwaar', traps=['contact'])
x('GM1721', 'bezwaar', traps=['contact'])
x('GM1721', 'huwelijksaangifte', traps=['contact'])
x('GM0166', 'reclamebelasting', traps=['mailto', 'tariffpdf'])
x('GM0153', 'reclamebelasting', traps=['tariffpdf'])
x('GM0402', 'reclamebelasting', traps=['tariffpdf'])
x('GM0171', 'marktvergunning', traps=['regpdf'])
x('GM1674', 'marktvergunning', traps=['regpdf'])
x('GM0503', 'bezwaar', traps=['mailto'])
# prefill statements
for c, k in [('GM0153', 'verhuismelding'), ('GM0114', 'verhuismelding'), ('GM0503', 'brp-uittreksel'), ('GM0402', 'verhuismelding'),
             ('GM1674', 'brp-uittreksel'), ('GM0166', 'verhuismelding'), ('GM0153', 'bijzondere-bijstand')]:
    x(c, k, prefill=True)
# JS-written CTA and iframe / GET-form deviations on sites whose default differs
x('GM0402', 'melding-openbare-ruimte', cta='js')
x('GM0402', 'klacht', cta='js')
x('GM0114', 'klacht', cta='iframe')
x('GM0171', 'melding-openbare-ruimte', cta='iframe')
x('GM0171', 'klacht', cta='iframe')
x('GM0171', 'woo-verzoek', cta='iframe')
x('GM0153', 'klacht', cta='button')
x('GM0153', 'woo-verzoek', cta='getform')
# similar permits on one site (sibling pages)
SIBLINGS = {
 'GM0153': [('evenementenvergunning', 'Melding klein evenement', 'melding-klein-evenement', 'Organiseert u een klein buurtfeest of een barbecue op straat met minder dan 100 bezoekers? Dan is een melding klein evenement genoeg.', 'A')],
 'GM1674': [('standplaatsvergunning', 'Seizoensstandplaats', 'seizoensstandplaats', 'Wilt u in de zomer ijs of in de winter oliebollen verkopen vanaf een vaste plek? Dan vraagt u een seizoensstandplaats aan.', 'A')],
 'GM0503': [('brp-uittreksel', 'Internationaal uittreksel', 'internationaal-uittreksel', 'Heeft u een meertalig uittreksel nodig voor een instantie in het buitenland? Vraag dan een internationaal uittreksel uit de BRP aan.', 'P')],
 'GM0402': [('parkeervergunning', 'Bezoekersparkeren', 'bezoekersparkeren', 'Krijgt u bezoek? Met bezoekersparkeren kan uw bezoek met korting parkeren in uw vergunninggebied.', 'D')],
}
SUBHEAD = {'belastingkwijtschelding': 'Kwijtschelding', 'betalingsregeling': 'Betalingsregeling', 'uitwegvergunning': 'Uitweg of inrit op een provinciale weg',
           'wegvergunning-provinciaal': 'Werken in, op of langs de provinciale weg of vaarweg', 'melding-openbare-ruimte': 'Schade, vervuiling of overlast melden',
           'watermelding': 'Wateractiviteit melden (onttrekken, lozen)', 'natuurvergunning': 'Natuurvergunning', 'beschermde-dieren-ontheffing': 'Ontheffing soortenbescherming',
           'omgevingsvergunning': 'Omgevingsvergunning wateractiviteit', 'watervergunning': 'Watervergunning'}
DISTRACT = {
 'WS0652': [('peilbesluiten', 'Peilbesluiten', 'In een peilbesluit legt het waterschap vast welk waterpeil we per seizoen nastreven. Ontwerp-peilbesluiten liggen zes weken ter inzage; u kunt dan een zienswijze indienen.'),
            ('keur-en-legger', 'Keur en legger', 'De keur bevat de regels voor werken in en langs watergangen, dijken en kaden. De legger laat zien waar die regels gelden. Voor een vergunning zie de pagina Watervergunning.'),
            ('ontheffing-beregeningsverbod', 'Ontheffing beregeningsverbod', 'Bij droogte kan een onttrekkingsverbod gelden. Een ontheffing verlenen wij alleen voor kapitaalintensieve teelten; neem contact op met het team Vergunningverlening.')],
 'WS0653': [('legger', 'Legger wateren en waterkeringen', 'In de legger staat welke wateren en waterkeringen het Wetterskip beheert, met hun afmetingen en beschermingszones.')],
 'PV29': [('omgevingsverordening', 'Omgevingsverordening Zeeland', 'In de Omgevingsverordening staan de provinciale regels voor wegen, natuur, water en ontgronden.'),
          ('vergunningverlening-rud', 'Vergunningverlening door de RUD Zeeland', 'De Regionale Uitvoeringsdienst (RUD) Zeeland verleent namens de provincie milieuvergunningen en houdt toezicht.')],
 'GM0153': [('afvalwijzer', 'Afvalwijzer', 'Bekijk wanneer uw afval wordt opgehaald. Vul uw postcode en huisnummer in op de afvalkalender van Twente Milieu.')],
 'GM0402': [('bouwen-en-verbouwen', 'Bouwen en verbouwen', 'Wilt u bouwen of verbouwen? Doe eerst de vergunningcheck. Of u een vergunning nodig heeft, hangt af van wat u gaat doen.')],
}
# news articles mentioning products (traps)
NEWS = {
 'GM0153': [('Nieuwe regels voor terrassen in de binnenstad', 'terrasvergunning', 'Het college heeft nieuwe regels voor terrassen vastgesteld. Ondernemers die een terrasvergunning hebben, hoeven niets te doen.')],
 'GM0114': [('Drukte verwacht bij de balie: vraag uw paspoort op tijd aan', 'paspoort', 'Door de verlenging van de geldigheid in 2014 verlopen nu veel paspoorten en ID-kaarten. Maak op tijd een afspraak.')],
 'GM1674': [('Kwijtschelding voortaan via BWB', 'belastingkwijtschelding', 'Vanaf dit jaar regelt BWB ook de kwijtschelding van de gemeentelijke belastingen voor Roosendaal.')],
 'GM1721': [('Meer ruimte voor standplaatsen in Heesch en Nistelrode', 'standplaatsvergunning', 'De gemeenteraad heeft het standplaatsenbeleid aangepast. Er komen extra standplaatsen bij in Heesch en Nistelrode. Ondernemers kunnen een standplaatsvergunning aanvragen bij de gemeente.'),
            ('Zondag open? Dat kan nu in heel Bernheze', 'winkeltijdenontheffing', 'Winkels in Bernheze mogen voortaan op zondag open. Wie op feestdagen open wil, moet een ontheffing winkeltijden aanvragen.')],
 'GM0171': [('Ligplaatsen in de haven van Emmeloord vol', 'ligplaatsvergunning', 'De gemeentelijke passantenhaven van Emmeloord is dit seizoen volgeboekt.')],
 'GM0166': [('Aanvraag evenementenvergunning vaker te laat', 'evenementenvergunning', 'Organisatoren dienen de aanvraag voor een evenementenvergunning vaak te laat in. Vraag minstens 8 weken vooraf aan.')],
 'WS0652': [('Droogte: verbod op onttrekken uit sloten', 'watervergunning', 'Vanwege de droogte mag er tot nader order geen water meer worden onttrokken uit sloten en beken. Ook met een watervergunning of melding geldt het onttrekkingsverbod.')],
 'PV29': [('Nieuwe subsidieregeling voor Zeeuwse dorpen', 'subsidie', 'Gedeputeerde Staten stellen 2 miljoen euro beschikbaar voor leefbaarheid in kleine kernen.')],
}

# ----------------------------------------------------------------------------- province / water plans
def prov_plan():
    return {
     'omgevingsvergunning': dict(tok='V:olo'),
     'bezwaar': dict(tok='P'),
     'klacht': dict(tok='A'),
     'woo-verzoek': dict(tok='A', cta='js'),
     'subsidie': dict(tok='E', traps=['status_after']),
     'evenementenvergunning': dict(tok='P'),
     'geluidsontheffing': dict(tok='E'),
     'uitwegvergunning': dict(tok='E', shared='wegen', title='Werken langs een provinciale weg of uitweg aanleggen'),
     'wegvergunning-provinciaal': dict(tok='E', shared='wegen', title='Werken langs een provinciale weg of uitweg aanleggen'),
     'beschermde-dieren-ontheffing': dict(tok='V:olo', shared='natuur', title='Natuurvergunning en ontheffing soortenbescherming'),
     'natuurvergunning': dict(tok='V:olo', shared='natuur', title='Natuurvergunning en ontheffing soortenbescherming'),
     'ontgrondingsvergunning': dict(tok='P'),
     'tijdelijk-luchtvaartterrein': dict(tok='E'),
     'vuurwerk-ontbranding': dict(tok='A'),
     'schadevergoeding-provincie': dict(tok='V:bij12'),
     'watervergunning': dict(tok='P'),
    }

WP = {  # water board product texts: key -> (title, slug, section, intro)
 'belastingkwijtschelding': ('Kwijtschelding waterschapsbelasting', 'kwijtschelding', 'Belastingen', 'Kunt u de waterschapsbelasting niet betalen? Dan kunt u kwijtschelding aanvragen.'),
 'melding-openbare-ruimte': ('Melding doen', 'melding-doen', 'Contact', 'Ziet u dode vissen, een kapotte stuw, een verstopte duiker of een lekkende dijk? Meld het ons, dag en nacht.'),
 'omgevingsvergunning': ('Watervergunning (omgevingsvergunning wateractiviteit)', 'watervergunning', 'Vergunningen', 'Sinds de Omgevingswet heet de watervergunning officieel omgevingsvergunning voor een wateractiviteit. U heeft die nodig als u werkzaamheden uitvoert in of bij water, een dijk of een kade (binnen de beschermingszone uit de legger).'),
 'bezwaar': ('Bezwaar maken', 'bezwaar', 'Contact', 'Bent u het niet eens met een besluit van het waterschap? Dan kunt u binnen 6 weken bezwaar maken.'),
 'klacht': ('Klacht indienen', 'klacht', 'Contact', 'Bent u ontevreden over het waterschap of een medewerker? Dien dan een klacht in.'),
 'woo-verzoek': ('Woo-verzoek', 'woo-verzoek', 'Over ons', 'Wilt u documenten van het waterschap inzien? Dien een verzoek in op grond van de Wet open overheid.'),
 'subsidie': ('Subsidie klimaatadaptatie', 'subsidie-klimaatadaptatie', 'Subsidies', 'Legt u een groen dak aan, koppelt u uw regenpijp af of plaatst u een regenton? Dan kunt u subsidie aanvragen.'),
 'wegvergunning-provinciaal': ('Wegen en bruggen', 'wegen', 'Over ons', 'Wie beheert de weg of brug bij u in de buurt?'),
 'schadevergoeding-provincie': ('Schade melden', 'schade-melden', 'Contact', 'Heeft u schade door werkzaamheden van het waterschap, bijvoorbeeld aan uw erf of oogst? Dan kunt u een schadevergoeding aanvragen.'),
 'watervergunning': ('Watervergunning (omgevingsvergunning wateractiviteit)', 'watervergunning', 'Vergunningen', ''),
 'watermelding': ('Melding wateractiviteit: lozen en onttrekken', 'melding-lozen-onttrekken', 'Vergunningen', 'Voor een aantal wateractiviteiten heeft u geen vergunning nodig, maar doet u een melding, zoals het onttrekken van grondwater bij een bronnering of het lozen van bemalingswater.'),
 'zuiveringsheffing': ('Zuiveringsheffing', 'zuiveringsheffing', 'Belastingen', 'Met de zuiveringsheffing betaalt u voor het zuiveren van afvalwater. Huishoudens betalen voor 1 of 3 vervuilingseenheden; bedrijven doen aangifte van het aantal vervuilingseenheden.'),
 'watersysteemheffing': ('Watersysteemheffing', 'watersysteemheffing', 'Belastingen', 'Met de watersysteemheffing betalen ingezetenen, eigenaren van gebouwen, grond en natuur mee aan schoon en voldoende water en veilige dijken.'),
 'belastingaanslag-bezwaar': ('Bezwaar tegen de aanslag waterschapsbelasting', 'bezwaar-aanslag', 'Belastingen', 'Bent u het niet eens met uw aanslag? Maak dan binnen 6 weken bezwaar.'),
 'betalingsregeling': ('Betalingsregeling', 'betalingsregeling', 'Belastingen', 'Wilt u uw aanslag in delen betalen? Vraag een betalingsregeling aan.'),
 'bedrijfsafvalwater-melding': ('Lozen van bedrijfsafvalwater', 'lozen-bedrijfsafvalwater', 'Vergunningen', 'Loost uw bedrijf afvalwater op het riool of het oppervlaktewater? Dan moet u dat soms melden of heeft u een vergunning nodig.'),
}

def bd_plan():  # Brabantse Delta
    return {
     'belastingkwijtschelding': dict(tok='V:bwb', shared='kwijt-betaal', title='Kwijtschelding en betalingsregeling'),
     'betalingsregeling': dict(tok='I', shared='kwijt-betaal', title='Kwijtschelding en betalingsregeling'),
     'melding-openbare-ruimte': dict(tok='A', cta='iframe'),
     'omgevingsvergunning': dict(tok='V:olo', shared='watervergunning'),
     'watervergunning': dict(tok='V:olo', shared='watervergunning'),
     'bezwaar': dict(tok='D'),
     'klacht': dict(tok='A'),
     'woo-verzoek': dict(tok='I', traps=['mailto']),
     'subsidie': dict(tok='DE'),
     'wegvergunning-provinciaal': dict(tok='NO', no_text='Waterschap Brabantse Delta beheert geen wegen. Voor werkzaamheden aan of langs een weg neemt u contact op met de gemeente of de provincie Noord-Brabant.'),
     'schadevergoeding-provincie': dict(tok='P'),
     'watermelding': dict(tok='V:olo', title='Melden: lozen, onttrekken en peilbesluit'),
     'zuiveringsheffing': dict(tok='V:bwb:E'),
     'watersysteemheffing': dict(tok='I', traps=['tariffpdf']),
     'belastingaanslag-bezwaar': dict(tok='V:bwb'),
     'bedrijfsafvalwater-melding': dict(tok='P'),
    }

def wf_plan():  # Wetterskip Fryslân
    return {
     'belastingkwijtschelding': dict(tok='V:nbk'),
     'melding-openbare-ruimte': dict(tok='A', shared='melding', title='Melding doen'),
     'watermelding': dict(tok='A', shared='melding', title='Melding doen'),
     'watervergunning': dict(tok='V:olo', shared='keur', title='Keur en legger: vergunning aanvragen'),
     'omgevingsvergunning': dict(tok='V:olo', shared='keur', title='Keur en legger: vergunning aanvragen'),
     'bezwaar': dict(tok='I'),
     'klacht': dict(tok='A'),
     'woo-verzoek': dict(tok='A'),
     'subsidie': dict(tok='NO', title='Regelingen en vergoedingen', no_text='Wetterskip Fryslân verstrekt geen subsidies aan inwoners of bedrijven.'),
     'wegvergunning-provinciaal': dict(tok='NF'),
     'schadevergoeding-provincie': dict(tok='NF'),
     'zuiveringsheffing': dict(tok='V:nbk:E'),
     'watersysteemheffing': dict(tok='I'),
     'belastingaanslag-bezwaar': dict(tok='V:nbk'),
     'betalingsregeling': dict(tok='V:nbk:A'),
     'bedrijfsafvalwater-melding': dict(tok='P', title='Lozen op oppervlaktewater'),
    }

# ----------------------------------------------------------------------------- writing helpers
FILES = {}       # (host, path) -> bytes
REDIRECTS = []   # testweb.json redirects
HOST_REDIRECTS = []
NOT_FOUND = []
SEARCHES = []
LABELS = []
FEATURES = {}

def feat(name, n=1):
    FEATURES[name] = FEATURES.get(name, 0) + n

def put(url, data):
    assert url.startswith('http://')
    host, _, path = url[7:].partition('/')
    path = '/' + path
    if isinstance(data, str):
        data = data.encode('utf-8')
    key = (host, path)
    if key in FILES and FILES[key] != data:
        raise SystemExit('conflicting content for ' + url)
    FILES[key] = data

def e(s):
    return html.escape(s, quote=True)

def page_html(title, body, head_extra='', lang='nl', base=None, cls=''):
    b = '<base href="%s">' % base if base else ''
    return ('<!DOCTYPE html>\n<html lang="%s"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">'
            '<title>%s</title>%s%s</head>\n<body class="%s">\n%s\n</body></html>\n') % (lang, e(title), b, head_extra, cls, body)

IDP = {'D': ('digid.test', 'DigiD'), 'E': ('eherkenning.test', 'eHerkenning')}

def login_start(host, idp, slug):
    """A login start URL that answers 302 to the identity provider."""
    who = 'digid' if idp == 'D' else 'eherkenning'
    url = 'http://%s/auth/%s/%s/start' % (host, who, slug)
    ih = IDP[idp][0]
    REDIRECTS.append(dict(url=url, status=302, location='http://%s/inloggen?service=%s&return=%s' % (ih, host, slug)))
    return url

# ----------------------------------------------------------------------------- identity providers and shared bodies
def build_idps():
    put('http://digid.test/', page_html('DigiD', '<h1>DigiD</h1><p>Met DigiD logt u in bij de overheid.</p><p><a href="/inloggen">Inloggen</a></p>'))
    put('http://digid.test/inloggen', page_html('Inloggen | DigiD',
        '<header><img src="/logo-digid.svg" alt="DigiD"></header><h1>Inloggen bij DigiD</h1><p>Kies hoe u wilt inloggen.</p>'
        '<form method="post" action="/inloggen/wachtwoord"><label>DigiD gebruikersnaam <input name="username"></label>'
        '<label>Wachtwoord <input type="password" name="password"></label><button type="submit">Inloggen</button></form>'
        '<p><a href="/app">Inloggen met de DigiD app</a></p>'))
    put('http://digid.test/logo-digid.svg', '<svg xmlns="http://www.w3.org/2000/svg" width="60" height="60"><rect width="60" height="60" fill="#000"/><text x="8" y="38" fill="#fff" font-size="18">DigiD</text></svg>')
    put('http://digid.test/app', page_html('Inloggen met de DigiD app', '<h1>Inloggen met de DigiD app</h1><p>Scan de QR-code met de DigiD app.</p>'))
    put('http://eherkenning.test/eidas', page_html('Login with eIDAS', '<h1>Login with a European eID</h1><p>Select your country.</p>'))
    put('http://eherkenning.test/', page_html('eHerkenning', '<h1>eHerkenning</h1><p>Inloggen voor bedrijven bij de overheid.</p>'))
    put('http://eherkenning.test/inloggen', page_html('Kies uw eHerkenningsleverancier',
        '<h1>Inloggen met eHerkenning</h1><p>Kies uw leverancier van eHerkenning (betrouwbaarheidsniveau EH3).</p>'
        '<form method="post" action="/inloggen/kies"><select name="idp"><option>KPN</option><option>Connectis</option><option>Signicat</option><option>ZealiD</option></select>'
        '<button type="submit">Verder</button></form><p><a href="/eidas">Login with a European eID (eIDAS)</a></p>'))
    for ah, town in [('afspraak.enschede.test', 'Enschede'), ('afspraken.delft.test', 'Delft'), ('emmen.afspraakplanner.test', 'Emmen'), ('afspraken.hilversum.test', 'Hilversum')]:
        put('http://%s/' % ah, page_html('Afspraak maken - %s' % town,
            '<h1>Afspraak maken</h1><p>Kies het product waarvoor u een afspraak wilt maken bij de gemeente %s.</p>'
            '<form method="get" action="/kies-datum"><select name="product"><option>Paspoort aanvragen</option><option>ID-kaart aanvragen</option><option>Rijbewijs</option><option>Geboorteaangifte</option></select>'
            '<button type="submit">Kies datum en tijd</button></form>' % town))
        put('http://%s/kies-datum' % ah, page_html('Kies datum', '<h1>Kies een datum</h1><p>Er zijn geen tijden beschikbaar in deze week.</p><p><a href="/">Terug</a></p>'))

def shared_route(sid, key, prod_title, org, kind=None):
    """Page on a shared body's host for org x product; returns (route_url, level, prefill)."""
    s = SHARED[sid]
    kind = kind or s['kind']
    host = s['host']
    town = org['short'].lower().replace(' ', '').replace('â', 'a')
    slug = key
    if sid == 'olo':
        url = 'http://%s/loket/aanvragen' % host if key not in ('watermelding',) else 'http://%s/loket/melden' % host
        if not (host, '/loket/aanvragen') in FILES:
            start = login_start(host, 'D', 'aanvragen')
            starte = login_start(host, 'E', 'aanvragen')
            put('http://%s/loket/aanvragen' % host, page_html('Aanvragen | Omgevingsloket',
                '<h1>Vergunning aanvragen of melding doen</h1><p>Via het Omgevingsloket vraagt u een vergunning aan of doet u een melding bij de gemeente, provincie of het waterschap.</p>'
                '<p>Na het inloggen vullen wij uw naam, adres en contactgegevens voor u in.</p>'
                '<p><a class="btn" href="%s">Inloggen met DigiD</a> <a class="btn" href="%s">Inloggen met eHerkenning</a></p>'
                '<p><a href="/checken">Eerst checken of u een vergunning nodig heeft</a></p>' % (start, starte)))
            put('http://%s/loket/melden' % host, page_html('Melden | Omgevingsloket',
                '<h1>Melding doen</h1><p>Een melding wateractiviteit, bouwactiviteit of milieubelastende activiteit doet u via het Omgevingsloket.</p>'
                '<p>Na het inloggen vullen wij uw naam, adres en contactgegevens voor u in.</p>'
                '<p><a class="btn" href="%s">Inloggen met DigiD</a> <a class="btn" href="%s">Inloggen met eHerkenning</a></p>' % (start, starte)))
            put('http://%s/checken' % host, page_html('Vergunningcheck | Omgevingsloket', '<h1>Vergunningcheck</h1><p>Check of u een vergunning nodig heeft. Dit is geen aanvraag.</p><form><input name="locatie"><button>Start de check</button></form>'))
            put('http://%s/' % host, page_html('Omgevingsloket', '<h1>Omgevingsloket</h1><ul><li><a href="/loket/aanvragen">Aanvragen</a></li><li><a href="/loket/melden">Melden</a></li><li><a href="/checken">Vergunningcheck</a></li></ul>'))
        return url, 100, True
    base = 'http://%s/%s/%s' % (host, town, slug)
    if kind in ('D', 'E'):
        idp = kind
        start = login_start(host, idp, '%s-%s' % (town, slug))
        pre = '<p>Wij halen uw gegevens op uit de Basisregistratie Personen (BRP); uw naam en adres zijn al ingevuld.</p>' if (s['prefill'] and kind == 'D') else ''
        body = ('<h1>%s</h1><p>%s regelt dit voor de gemeente of het waterschap waar u woont of gevestigd bent.</p>%s'
                '<p><a class="button" href="%s">Inloggen met %s</a></p>' % (e(prod_title), e(s['name']), pre, start, IDP[idp][1]))
        put(base, page_html('%s | %s' % (prod_title, s['name']), body))
        put('http://%s/' % host, page_html(s['name'], '<h1>%s</h1>' % e(s['name'])))
        return base, 100, bool(s['prefill'] and kind == 'D')
    if kind == 'A':
        body = ('<h1>%s</h1><p>U hoeft niet in te loggen. Velden met een * zijn verplicht.</p><form method="post" action="/%s/%s/verzenden">'
                '<label>Uw naam* <input name="naam" required></label><label>Adres* <input name="adres" required></label><label>E-mailadres <input type="email" name="email"></label>'
                '<label>Toelichting <textarea name="toelichting"></textarea></label><button type="submit">Versturen</button></form>' % (e(prod_title), town, slug))
        if sid == 'bij12':
            body = ('<h1>Tegemoetkoming faunaschade aanvragen</h1><p>Meld uw schade via MijnFaunazaken. U maakt daarvoor een eigen account aan met uw e-mailadres; DigiD of eHerkenning is niet nodig.</p>'
                    '<form method="post" action="/faunazaken/melden"><label>E-mailadres <input type="email" name="email"></label><label>Gewas <input name="gewas"></label><label>Diersoort <input name="soort"></label><button type="submit">Schade melden</button></form>')
        put(base, page_html('%s | %s' % (prod_title, s['name']), body))
        put('http://%s/' % host, page_html(s['name'], '<h1>%s</h1>' % e(s['name'])))
        return base, 67, False
    raise ValueError(kind)

# ----------------------------------------------------------------------------- org site builders
class Site:
    def __init__(self, org):
        self.o = org
        self.host = org['host']
        self.pages = []      # (url, title) for A-Z / sitemap / search
        self.news = []
        self.id_counter = 100 + zlib.crc32(org['code'].encode()) % 700
        self.forms = []      # (title, url) for overview page

    # URL schemes per family
    def url_for(self, slug, section='', title=''):
        f = self.o['family']; h = self.host
        if f == 'owc':
            return 'http://%s/onderwerp/%s/' % (h, slug)
        if f == 'iprox':
            t = (title or slug).replace(' ', '_').replace('(', '').replace(')', '').replace('/', '_').replace(':', '')
            return 'http://%s/Inwoners/%s/%s' % (h, section.replace(' ', '_'), t)
        if f == 'pdc':
            self.id_counter += 7
            return 'http://%s/product?id=%d' % (h, self.id_counter)
        if f == 'nlds':
            return 'http://%s/%s' % (h, slug)
        if f == 'go':
            return 'http://%s/inwoners/%s/%s' % (h, section.lower().replace(' ', '-'), slug)
        if f == 'typo3':
            return 'http://%s/inwoners-en-ondernemers/%s/%s' % (h, section.lower().replace(' ', '-'), slug)
        if f == 'productid':
            self.id_counter += 3
            return 'http://%s/inwoner/product/%s_%d.html' % (h, slug, self.id_counter)
        if f == 'sitecore':
            return 'http://%s/inwoners/producten-en-diensten/%s' % (h, slug)
        if f == 'prov':
            return 'http://%s/loket/%s' % (h, slug)
        if f == 'wp':
            if section == 'Belastingen':
                self.id_counter += 11
                return 'http://%s/?page_id=%d' % (h, self.id_counter)
            return 'http://%s/%s/%s/' % (h, {'Contact': 'loket'}.get(section, section).lower().replace(' ', '-'), slug)
        if f == 'drupalw':
            return 'http://%s/nl/%s' % (h, slug)
        if f == 'rijk':
            return 'http://%s/particulier/%s/index.jsp' % (h, slug)
        raise ValueError(f)

    def href(self, from_url, to_url):
        """How this site writes a link from from_url to to_url."""
        if not to_url.startswith('http://%s/' % self.host):
            return to_url
        path = to_url[len('http://%s' % self.host):]
        f = self.o['family']
        if f == 'iprox':
            fp = from_url[len('http://%s' % self.host):]
            fdir = posixpath.dirname(fp.split('?')[0]) or '/'
            tp, q = (path.split('?', 1) + [''])[:2]
            rel = posixpath.relpath(tp, fdir)
            if tp.endswith('/') and not rel.endswith('/'):
                rel += '/'
            return rel + ('?' + q if q else '')
        if f == 'go':
            return path.lstrip('/') or './'
        return path

    def wrap(self, url, title, main, lang='nl'):
        o = self.o; f = o['family']
        L = lambda u: e(self.href(url, u))
        home = self.home_url()
        nav_items = self.nav()
        header = '<header class="site-header"><a class="logo" href="%s"><img src="%s" alt="Logo %s"></a>' % (L(home), L('http://%s/logo.svg' % self.host), e(o['name']))
        if o.get('header_login'):
            header += '<a class="mijn-login" href="%s">%s (inloggen met DigiD)</a>' % (L('http://%s/mijn' % self.host), e(o['header_login']))
        header += '<form class="zoek" method="get" action="%s"><label for="q">Zoeken</label><input id="q" name="%s"><button type="submit">Zoek</button></form>' % (
            L('http://%s/zoeken' % self.host), 'zoekterm' if f in ('prov',) else 'q')
        header += '<nav><ul>' + ''.join('<li><a href="%s">%s</a></li>' % (L(u), e(t)) for t, u in nav_items) + '</ul></nav></header>'
        footer = '<footer><ul><li><a href="%s">Contact</a></li><li><a href="%s">Privacyverklaring</a></li><li><a href="%s">Toegankelijkheid</a></li>' % (
            L('http://%s/contact' % self.host), L('http://%s/privacy' % self.host), L('http://%s/privacy' % self.host))
        if o.get('footer_digid'):
            footer += '<li class="digid-logo"><img src="%s" alt="Logo DigiD"> Veel zaken regelt u online met DigiD</li>' % L('http://%s/digid.svg' % self.host)
        footer += '</ul><p>%s, Postbus 1, telefoon 14 0%s</p></footer>' % (e(o['name']), o['code'][-3:])
        extra_survey = ''
        cls = {'owc': 'owc-theme', 'iprox': 'iprox', 'pdc': 'sim-pdc', 'nlds': 'utrecht-document', 'go': 'gemeenteoplossingen', 'typo3': 'typo3',
               'productid': 'product-cms', 'sitecore': 'sc-site', 'prov': 'utrecht-document zeeland', 'wp': 'wp-theme-waterschap', 'drupalw': 'drupal',
               'rijk': 'rijkshuisstijl'}[f]
        base = 'http://%s/' % self.host if f == 'go' else None
        return page_html(title + ' | ' + o['name'], header + '\n<main id="content">' + main + extra_survey + '</main>\n' + footer, lang=lang, base=base, cls=cls)

    def home_url(self):
        if self.o.get('consent'):
            return 'http://%s/home' % self.host
        if self.o.get('splash'):
            return 'http://%s/nl/' % self.host
        return 'http://%s/' % self.host

    def nav(self):
        h = self.host; t = self.o['type']
        if t == 'gemeente':
            items = [('Home', self.home_url()), ('Inwoners', 'http://%s/inwoners/' % h), ('Ondernemers', 'http://%s/ondernemers/' % h),
                     ('Nieuws', 'http://%s/nieuws/' % h), ('Contact', 'http://%s/contact' % h)]
            if self.o.get('overview'):
                items.insert(3, ('E-loket' if self.o['family'] == 'iprox' else 'Alle formulieren', 'http://%s/formulieren' % h))
            if self.o['family'] == 'pdc':
                items.insert(3, ('Producten A-Z', 'http://%s/producten' % h))
            return items
        if t == 'provincie':
            return [('Home', self.home_url()), ('Loket', 'http://%s/loket/' % h), ('Subsidies', 'http://%s/loket/subsidies' % h), ('Nieuws', 'http://%s/nieuws/' % h), ('Contact', 'http://%s/contact' % h)]
        if t == 'waterschap':
            return [('Home', self.home_url()), ('Vergunningen en meldingen', 'http://%s/vergunningen/' % h), ('Belastingen', 'http://%s/belastingen/' % h), ('Nieuws', 'http://%s/nieuws/' % h), ('Contact', 'http://%s/contact' % h)]
        return [('Home', self.home_url()), ('Studiefinanciering', 'http://%s/particulier/studiefinanciering/index.jsp' % h), ('Contact', 'http://%s/contact' % h)]

    def put_page(self, url, title, main, index=True, lang='nl'):
        put(url, self.wrap(url, title, main, lang=lang))
        if index:
            self.pages.append((url, title))


def cta_html(site, from_url, style, url, text, idp=None, form_slug=None):
    """Call to action in the given presentation; returns html."""
    L = e(site.href(from_url, url))
    if style == 'a':
        return '<p><a class="button button--primary" href="%s">%s</a></p>' % (L, e(text))
    if style == 'button':
        feat('cta_button_onclick')
        return '<p><button type="button" class="utrecht-button" onclick="location.href=\'%s\'">%s</button></p>' % (L, e(text))
    if style == 'img':
        feat('cta_digid_image_only')
        logo = 'http://%s/img/%s.png' % (site.host, 'digid' if idp != 'E' else 'eherkenning')
        return '<p><a class="cta" href="%s"><img src="%s" alt="%s"> Direct regelen</a></p>' % (L, e(site.href(from_url, logo)), 'DigiD' if idp != 'E' else 'eHerkenning')
    if style == 'js':
        feat('cta_script_written')
        return ('<div id="cta-%d"></div><script>(function(){var a=document.createElement("a");a.href=%s;a.textContent=%s;a.className="button";'
                'document.getElementById("cta-%d").appendChild(a);})();</script><noscript>Zet JavaScript aan om het formulier te openen.</noscript>') % (
            zlib.crc32(url.encode()) % 10000, json.dumps(site.href(from_url, url)), json.dumps(text), zlib.crc32(url.encode()) % 10000)
    if style == 'getform':
        feat('cta_get_form')
        act, _, q = url.partition('?')
        hidden = ''.join('<input type="hidden" name="%s" value="%s">' % (e(k), e(v)) for k, _, v in (p.partition('=') for p in q.split('&') if p))
        return '<form method="get" action="%s" class="cta-form">%s<button type="submit">%s</button></form>' % (e(site.href(from_url, act)), hidden, e(text))
    if style == 'iframe':
        feat('cta_iframe')
        return '<p>%s:</p><iframe src="%s" title="%s" width="100%%" height="700"></iframe>' % (e(text), L, e(text))
    raise ValueError(style)


def build_form_route(site, key, ptitle, tok, fslug, style, prefill):
    """Own-organisation route for tok in D/E/DE/A/P. Returns (route_url, cta_target, note_bits, docs)."""
    o = site.o; fh = o['formhost']; mode = o['formmode']
    notes = []
    if tok == 'P':
        url = 'http://%s/documenten/%s-aanvraagformulier.pdf' % (site.host, fslug)
        pdf = make_pdf('Formulier: %s' % ptitle, ['%s' % o['name'], 'Vul dit formulier volledig in en stuur het met de bijlagen naar:',
                       '%s, Postbus 1 (antwoordnummer)' % o['name'], 'U kunt het formulier ook inleveren bij de publieksbalie.'],
                       ['Naam aanvrager', 'Adres', 'Postcode en woonplaats', 'Telefoonnummer', 'E-mailadres', 'Omschrijving van de aanvraag'])
        put(url, pdf)
        feat('pdf_form')
        return url, url, ['printable PDF form'], kb(pdf)
    idp = 'E' if tok == 'E' else 'D'
    title = ptitle
    if mode == 'openforms':
        # form exists only after JS runs; login button built by script
        url = 'http://%s/%s/' % (fh, fslug)
        if tok == 'A':
            js = ('var f=document.createElement("form");f.method="post";f.action="/api/v2/submissions";'
                  'f.innerHTML=\'<label>Naam <input name="naam"></label><label>E-mail <input name="email" type="email"></label><label>Uw bericht <textarea name="bericht"></textarea></label><button type="submit">Verzenden</button>\';'
                  'document.getElementById("openforms-root").appendChild(f);')
        else:
            starts = [login_start(fh, i, fslug) for i in (['D', 'E'] if tok == 'DE' else [idp])]
            js = ''.join('var b=document.createElement("a");b.href=%s;b.className="openforms-login";b.textContent=%s;document.getElementById("openforms-root").appendChild(b);' % (
                json.dumps(s), json.dumps('Inloggen met ' + ('DigiD' if '/digid/' in s else 'eHerkenning'))) for s in starts)
        put(url, page_html(title, '<div id="openforms-root" data-form="%s" data-base-url="http://%s/api/v2/"></div><script>%s</script><noscript>Dit formulier werkt alleen met JavaScript.</noscript>' % (fslug, fh, js)))
        put('http://%s/' % fh, page_html('Formulieren', '<h1>Formulieren %s</h1>' % e(o['name'])))
        feat('js_only_form')
        notes.append('Open Formulieren page built by JavaScript')
        return url, url, notes, 0
    if mode == 'triple':
        url = 'http://%s/Form/%s.aspx' % (fh, fslug.replace('-', '_'))
        if tok == 'A':
            body = '<h1>%s</h1><form method="post" action="%s?step=2"><p>Stap 1 van 3: uw gegevens</p><label>Naam <input name="ctl00$naam"></label><label>E-mail <input name="ctl00$email"></label><input type="submit" value="Volgende"></form>' % (e(title), url.split('/')[-1])
        else:
            starts = [login_start(fh, i, fslug) for i in (['D', 'E'] if tok == 'DE' else [idp])]
            body = '<h1>%s</h1><p>Voor dit formulier moet u inloggen.</p>' % e(title) + ''.join('<p><a href="%s">Inloggen met %s</a></p>' % (s, 'DigiD' if '/digid/' in s else 'eHerkenning') for s in starts)
        put(url, page_html(title + ' - TriplEforms', body))
        put('http://%s/' % fh, page_html('E-loket', '<h1>E-loket %s</h1>' % e(o['name'])))
        notes.append('TriplEforms .aspx form')
        return url, url, notes, 0
    if mode in ('start',):
        if tok == 'A':
            url = 'http://%s/formulier/%s' % (fh, fslug)
            put(url, page_html(title, '<h1>%s</h1><form method="post"><label>Naam <input name="naam"></label><label>Telefoon <input name="tel"></label><label>Omschrijving <textarea name="omschrijving"></textarea></label><button>Verzenden</button></form>' % e(title)))
            return url, url, ['anonymous e-form'], 0
        url = login_start(fh, idp, fslug)
        notes.append('login start redirecting to the IdP')
        return url, url, notes, 0
    if mode in ('page', 'formdesk', 'iframe', 'gravity'):
        if mode == 'formdesk':
            url = 'http://%s/gemeentekampen/%s' % (fh, fslug)
        elif mode == 'iframe':
            url = 'http://%s/formulier/%s' % (fh, fslug) if fh != site.host else 'http://%s/e-formulier/%s' % (fh, fslug)
        elif mode == 'gravity':
            url = 'http://%s/formulier-%s/' % (fh, fslug)
        else:
            url = 'http://%s/%s' % (fh, fslug)
        if tok == 'A':
            body = ('<h1>%s</h1><form method="post" class="gform" action="#"><label>Naam <input name="input_1"></label><label>E-mailadres <input name="input_2"></label>'
                    '<label>Locatie of toelichting <textarea name="input_3"></textarea></label><button type="submit">Versturen</button></form>') % e(title)
        else:
            starts = [login_start(fh, i, fslug) for i in (['D', 'E'] if tok == 'DE' else [idp])]
            body = '<h1>%s</h1><p>U logt in om dit formulier in te vullen.</p>' % e(title) + ''.join(
                '<p><a class="login" href="%s">Inloggen met %s</a></p>' % (s, 'DigiD' if '/digid/' in s else 'eHerkenning') for s in starts)
        if fh != site.host or mode == 'iframe':
            put(url, page_html(title, body))
        else:
            site.put_page(url, title, body, index=False)
        if mode == 'formdesk':
            notes.append('Formdesk form')
        return url, url, notes, 0
    if mode == 'getform':
        fslug2 = fslug
        if o['family'] == 'drupalw':
            url = 'http://%s/formulier?naam=%s' % (site.host, fslug2)
        else:
            url = 'http://%s/start?formulier=%s' % (fh, fslug2)
        if tok == 'A':
            body = '<h1>%s</h1><form method="post" action="/verzenden"><label>Naam <input name="naam"></label><label>E-mail <input name="email"></label><label>Omschrijving <textarea name="omschrijving"></textarea></label><button type="submit">Verzenden</button></form>' % e(title)
        else:
            starts = [login_start(fh, i, fslug) for i in (['D', 'E'] if tok == 'DE' else [idp])]
            body = '<h1>%s</h1><p>Dit formulier vult u in na inloggen.</p>' % e(title) + ''.join('<p><a href="%s">Inloggen met %s</a></p>' % (s, 'DigiD' if '/digid/' in s else 'eHerkenning') for s in starts)
        put(url, page_html(title, body))
        if fh != site.host:
            put('http://%s/' % fh, page_html('eFormulieren', '<h1>eFormulieren %s</h1>' % e(o['name'])))
        return url, url, notes, 0
    raise ValueError(mode)


HEADINGS = {
 'owc': ['Wat is het?', 'Hoe werkt het?', 'Wat heeft u nodig?', 'Kosten'],
 'iprox': ['Voorwaarden', 'Aanvragen', 'Kosten', 'Termijn'],
 'pdc': ['Omschrijving', 'Aanpak', 'Benodigdheden', 'Kosten'],
 'nlds': ['Direct regelen', 'Wat moet u weten?', 'Kosten', ''],
 'go': ['Wat is het?', 'Hoe werkt het?', 'Wat moet ik doen?', 'Wat kost het?'],
 'typo3': ['Beschrijving', 'Hoe aanvragen', 'Wat heeft u nodig?', 'Kosten'],
 'productid': ['Wat is het', 'Hoe vraag ik het aan', 'Wat moet ik meenemen', 'Wat kost het'],
 'sitecore': ['', 'Aanvragen', 'Kosten', ''],
 'prov': ['Wat is het?', 'Aanvragen', 'Termijnen', 'Contact'],
 'wp': ['', 'Hoe regelt u het?', 'Meer weten?', ''],
 'drupalw': ['', 'Hoe werkt het?', 'Vragen?', ''],
 'rijk': ['', 'Aanvragen', 'Meer informatie', ''],
}
COSTS = ['Aan deze aanvraag zijn geen kosten verbonden.', 'De leges vindt u in de legesverordening van dit jaar.', 'U betaalt leges. Het bedrag hoort u bij de aanvraag.']

def route_sentence(tok, audience, via_name=None, idp_word=None):
    if tok == 'D':
        return 'U regelt dit online. U logt in met uw DigiD.'
    if tok == 'E':
        return 'U vraagt dit online aan met eHerkenning (betrouwbaarheidsniveau EH3). Heeft u nog geen eHerkenning? Vraag die dan op tijd aan.'
    if tok == 'DE':
        return 'U vraagt dit online aan. Particulieren loggen in met DigiD, organisaties en bedrijven met eHerkenning.'
    if tok == 'A':
        return 'Vul het online formulier in. U hoeft hiervoor niet in te loggen.'
    if tok == 'P':
        return 'Download het aanvraagformulier, vul het in en stuur het op of lever het in bij de publieksbalie. Vergeet de bijlagen niet.'
    if tok == 'AP':
        return 'U kunt dit niet online aanvragen. U moet persoonlijk naar het gemeentehuis komen. Maak daarvoor eerst een afspraak.'
    if tok == 'I':
        return 'Dit kunt u niet online regelen. Neem contact op met ons via telefoonnummer 14 0xx of stuur een brief.'
    return ''

CTA_TEXT = {'D': ['Direct aanvragen met DigiD', 'Regel het online', 'Online regelen (DigiD)', 'Aanvragen'],
            'E': ['Aanvragen met eHerkenning', 'Online aanvragen (eHerkenning)', 'Start aanvraag'],
            'DE': ['Aanvraag starten', 'Online aanvragen'],
            'A': ['Naar het formulier', 'Vul het formulier in', 'Online melden', 'Doe een melding'],
            'P': ['Aanvraagformulier (pdf, %d kB)', 'Download het formulier (pdf, %d kB)']}

def org_rows(org, products):
    """Plan per applicable product: list of dicts (key, ptitle, tok, ...)."""
    t = org['type']; letter = {'gemeente': 'G', 'provincie': 'P', 'waterschap': 'W', 'rijk': 'R'}[t]
    rows = []
    for key, name_nl, types, aud, by in products:
        if letter not in types:
            continue
        if letter == 'R' and by != org['code']:
            continue
        d = dict(key=key, name_nl=name_nl, audience=aud)
        if t == 'gemeente':
            i = GEM.index(org['short'])
            d['tok'] = CYCLE[key].split()[i]
            title, slug, section, intro = GP[key]
        elif t == 'provincie':
            d.update(prov_plan()[key])
            title, slug, section, intro = PP.get(key) or (name_nl, key, 'Vergunningen', '')
            if key in ('uitwegvergunning', 'wegvergunning-provinciaal'):
                slug, section, intro = 'werken-langs-provinciale-weg', 'Vergunningen', 'Wilt u werken uitvoeren in, op, onder of boven een provinciale weg of vaarweg, kabels leggen in de berm, of een uitweg (inrit) aanleggen op een provinciale weg? Dan heeft u een vergunning of ontheffing van de provincie nodig op grond van de Omgevingsverordening Zeeland.'
            if key in ('natuurvergunning', 'beschermde-dieren-ontheffing'):
                slug, section, intro = 'natuurvergunning-en-soortenbescherming', 'Vergunningen', 'Voor activiteiten die schade kunnen doen aan een Natura 2000-gebied heeft u een natuurvergunning nodig (omgevingsvergunning voor een Natura 2000-activiteit). Wilt u handelingen verrichten met beschermde planten of dieren, zoals het verwijderen van een nest of verblijfplaats van vleermuizen? Dan heeft u een ontheffing (flora- en fauna-activiteit) nodig.'
        elif t == 'waterschap':
            d.update((bd_plan() if org['code'] == 'WS0652' else wf_plan())[key])
            title, slug, section, intro = WP[key]
            if d.get('shared') == 'watervergunning':
                title, slug, section = WP['omgevingsvergunning'][:3]; intro = WP['omgevingsvergunning'][3] + ' Zonder vergunning is het verboden te graven, te dempen, een steiger of beschoeiing te plaatsen of water te onttrekken binnen de keurzone.'
            if d.get('shared') == 'kwijt-betaal':
                slug, section = 'kwijtschelding-en-betalingsregeling', 'Belastingen'
                intro = 'Kunt u de waterschapsbelastingen niet (in een keer) betalen? BWB int de belastingen voor Waterschap Brabantse Delta. U kunt kwijtschelding aanvragen of een betalingsregeling treffen.'
            if d.get('shared') == 'melding':
                slug = 'melding-doen'; intro = 'Ziet u een gebroken stuw, dode vissen, een verzakte kade of vervuiling in het water? Of wilt u een wateractiviteit melden, zoals het onttrekken van water voor beregening of lozen van bemalingswater? Doe hier uw melding.'
            if org['code'] == 'WS0653' and key in ('watervergunning', 'omgevingsvergunning'):
                slug = 'keur-en-legger'; intro = 'In de keur staan de regels voor werkzaamheden in en bij water, dijken en kaden. In de legger staat welke wateren en dijken onder de keur vallen. Voor werken binnen de beschermingszone heeft u een watervergunning (omgevingsvergunning voor een wateractiviteit) nodig.'
            if org['code'] == 'WS0653' and key == 'bedrijfsafvalwater-melding':
                slug = 'lozen-op-oppervlaktewater'
            if org['code'] == 'WS0652' and key == 'watermelding':
                slug = 'melden-lozen-onttrekken'; intro = 'Voor kleine onttrekkingen en lozingen hoeft u geen watervergunning aan te vragen, maar doet u een melding wateractiviteit. Het peilbesluit bepaalt welk waterpeil wij aanhouden; bij een bronnering of tijdelijke onttrekking meldt u dit vooraf.'
        else:
            d['tok'] = 'D'
            title, slug, section, intro = 'Studiefinanciering', 'studiefinanciering', 'Studiefinanciering', 'Gaat u studeren aan een mbo, hbo of universiteit? Dan kunt u studiefinanciering aanvragen bij DUO. Studiefinanciering bestaat uit een basisbeurs, een aanvullende beurs, een lening en het studentenreisproduct.'
        d.setdefault('title', title)
        d.update(dict(slug=slug, section=section, intro=intro))
        d.update(X.get((org['code'], key), {}))
        if d.get('shared') is None and d.get('page_slug'):
            d['slug'] = d['page_slug']
        if 'status' in d:
            d['tok'] = d['status']
        rows.append(d)
    return rows


def build_org(org, products):
    site = Site(org)
    rows = org_rows(org, products)
    o = org; h = site.host; f = o['family']
    heads = HEADINGS[f]
    shared_pages = {}   # shared id -> (url, [rows])
    labels = []
    sitewide = []
    if o.get('header_login'):
        sitewide.append('site-wide "%s" login in the header' % o['header_login']); feat('trap_header_mijn_login')
    if o.get('footer_digid'):
        sitewide.append('DigiD logo in the footer'); feat('trap_footer_digid_logo')
    if o.get('feedback') == 'form':
        sitewide.append('"Was deze informatie nuttig?" feedback form under every page')
    if o.get('feedback') == 'widget':
        sitewide.append('feedback widget (star rating form) under every page')
    if o.get('survey'):
        sitewide.append('link to a satisfaction survey (klanttevredenheidsonderzoek) on every product page')
    ctr = 0
    # group shared rows
    groups = []
    seen = {}
    for d in rows:
        sh = d.get('shared')
        if sh:
            if sh in seen:
                seen[sh].append(d); continue
            seen[sh] = [d]; groups.append(seen[sh])
        else:
            groups.append([d])
    for grp in groups:
        d0 = grp[0]
        if all(d['tok'] == 'NF' for d in grp):
            for d in grp:
                labels.append(dict(key=d['key'], status='not_found', level='', product_url='', route_url='', strict='', via='',
                                   notes='No page for this product on the site.'))
            continue
        ctr += 1
        url = site.url_for(d0['slug'], d0['section'], d0['title'])
        title = d0['title']
        parts = []
        row_info = []
        for d in grp:
            tok = d['tok']
            ptitle = GP[d['key']][0] if d['key'] in GP and o['type'] == 'gemeente' else d['title']
            if len(grp) > 1 and o['type'] != 'gemeente':
                ptitle = SUBHEAD.get(d['key'], d['name_nl'])
            info = dict(key=d['key'], traps=[], notes=[], via='', route='', level='', strict='', status='ok')
            if tok == 'NO':
                info['status'] = 'not_offered'
                parts.append('<div class="melding"><p>%s</p></div>' % e(d.get('no_text', 'Dit product bieden wij niet aan.')))
                info['notes'].append('positive "not offered" statement under the title "%s"' % title)
                feat('not_offered_statement')
                row_info.append(info); continue
            style = d.get('cta', o['cta'])
            fslug = d['key'] if len(grp) == 1 else d['key']
            ctexts = CTA_TEXT.get(tok if not tok.startswith('V:') else 'D', ['Aanvragen'])
            ctext = ctexts[ctr % len(ctexts)]
            sent = ''
            cta = ''
            if tok.startswith('V:'):
                bits = tok.split(':'); sid = bits[1]; kind = bits[2] if len(bits) > 2 else None
                s = SHARED[sid]
                rurl, lev, pre = shared_route(sid, d['key'], ptitle, o, kind)
                info.update(route=rurl, level=lev, strict=lev if (lev < 100 or pre) else 67, via=s['host'])
                sent = {'olo': 'U vraagt dit aan via het Omgevingsloket, de landelijke voorziening voor de Omgevingswet. Daar logt u in met DigiD of eHerkenning.',
                        'werk': 'Een bijstandsuitkering vraagt u online aan via werk.nl. U logt in met uw DigiD. Daarna neemt de gemeente contact met u op.',
                        'bwb': 'BWB voert de belastingen uit voor %s. U regelt dit online bij BWB met DigiD of eHerkenning.' % o['name'],
                        'nbk': 'Het Noordelijk Belastingkantoor heft en int de belastingen voor %s. U regelt dit op de website van het Noordelijk Belastingkantoor.' % o['name'],
                        'park': 'Parkeervergunningen worden uitgegeven door Parkeren Delft. U vraagt uw vergunning online aan met DigiD.',
                        'regio': 'Het Regionaal Loket Zorg en Welzijn van de Regio Gooi en Vechtstreek behandelt uw Wmo-aanvraag. U kunt zich daar aanmelden met het online meldformulier.',
                        'bij12': 'BIJ12 behandelt de aanvragen voor tegemoetkoming in faunaschade namens de provincies. U meldt uw schade via MijnFaunazaken.',
                        'fixi': 'Meldingen over de openbare ruimte doet u via Fixi. Inloggen is niet nodig.',
                        }.get(sid, '%s haalt het afval op en regelt dit voor %s. U maakt de afspraak of melding online bij %s, zonder in te loggen.' % (s['name'], o['name'], s['name']))
                ct = {'olo': 'Naar het Omgevingsloket', 'bwb': 'Regel het bij BWB', 'nbk': 'Naar het Noordelijk Belastingkantoor', 'werk': 'Vraag bijstand aan via werk.nl',
                      'park': 'Naar Parkeren Delft', 'regio': 'Meld u aan bij het Regionaal Loket', 'bij12': 'Schade melden bij BIJ12'}.get(sid, 'Naar %s' % s['name'])
                vstyle = style if style in ('a', 'button', 'js') else 'a'
                cta = cta_html(site, url, vstyle, rurl, ct)
                info['notes'].append('sends the user to %s (%s route%s)' % (s['name'], {100: 'login', 67: 'anonymous online form'}[lev], ', pre-fill stated' if pre else ''))
                feat('via_' + sid)
                if kind == 'E':
                    sent = 'Bedrijven doen aangifte voor de zuiveringsheffing online bij %s met eHerkenning.' % s['name']
                if o['code'] == 'WS0652' and d['key'] == 'belastingkwijtschelding':
                    sent = 'Kwijtschelding vraagt u online aan bij BWB met DigiD.'
            elif tok in ('I', 'AP'):
                info.update(level=0, strict=0)
                sent = route_sentence(tok, d['audience'])
                if tok == 'AP':
                    ah = o.get('appt')
                    if ah and ah != h:
                        cta = '<p><a href="http://%s/">Maak een afspraak</a></p>' % ah
                        info['notes'].append('information with an online appointment booking (not a form)')
                        feat('appointment_booking')
                    else:
                        cta = '<p>Bel 14 0%s om een afspraak te maken.</p>' % o['code'][-3:]
                        info['notes'].append('information only; appointment by phone')
                else:
                    info['notes'].append('information only (phone, letter or counter)')
                if d['key'] in ('betalingsregeling',) and o['code'] == 'WS0652':
                    sent = 'Wilt u een betalingsregeling? Neem dan telefonisch contact op met BWB. Een betalingsregeling kunt u niet online aanvragen.'
            else:
                sent = route_sentence(tok, d['audience'])
                ftitle = d['name_nl'] if o['type'] == 'gemeente' else d['name_nl'].replace('gemeentelijke ', '')
                rurl, target, nb, size = build_form_route(site, d['key'], ftitle, tok, fslug, style, d.get('prefill'))
                lev = LEVEL[tok]
                info.update(route=rurl, level=lev, strict=67 if (lev == 100 and not d.get('prefill')) else lev)
                if tok == 'P':
                    ctext = ctext % size if '%d' in ctext else ctext
                    style_p = 'a' if style in ('iframe', 'getform') else style
                    if style_p == 'img':
                        style_p = 'a'
                    cta = cta_html(site, url, style_p, rurl, ctext)
                    info['notes'].append('printable PDF form linked from the page')
                else:
                    # overview page between product page and form
                    if o.get('overview') and tok != 'A':
                        site.forms.append((ftitle, target))
                        ov = 'http://%s/formulieren' % h
                        cta = cta_html(site, url, 'a', ov, 'Ga naar het %s' % ('E-loket' if f == 'iprox' else 'formulierenoverzicht'))
                        info['notes'].append('CTA to the %s overview page listing many forms, then the form' % ('E-loket' if f == 'iprox' else '"Alle formulieren"'))
                        feat('forms_overview_hop')
                    else:
                        if o.get('overview'):
                            site.forms.append((ftitle, target))
                        cst = style if not (style == 'img' and tok == 'A') else 'a'
                        if o['formmode'] == 'iframe' and style != 'iframe' and f == 'sitecore':
                            cst = 'a'
                        cta = cta_html(site, url, cst, target, ctext, idp='E' if tok == 'E' else 'D')
                        desc = {'a': 'link CTA', 'button': '<button onclick> CTA', 'img': 'CTA whose DigiD marker is only an image alt text', 'js': 'anchor written by script',
                                'getform': 'GET form CTA with hidden field', 'iframe': 'form embedded in an iframe'}[cst]
                        info['notes'].append(desc)
                    info['notes'].extend(nb)
                    info['notes'].insert(0, {'D': 'DigiD form', 'E': 'eHerkenning form', 'DE': 'DigiD/eHerkenning form', 'A': 'anonymous online form'}[tok])
                if d.get('prefill') and lev == 100:
                    sent += ' Na het inloggen zijn uw gegevens al ingevuld; we halen ze op uit de BRP.'
                    info['notes'].append('explicit pre-fill text')
            traps = d.get('traps', [])
            extra = ''
            for tr in traps:
                if tr == 'status':
                    st = login_start(h if o['formhost'] == h or f in ('pdc',) else o['formhost'], 'D', 'mijn-zaken')
                    extra += '<aside class="status"><h3>Al een aanvraag gedaan?</h3><p><a href="%s">%s</a></p></aside>' % (
                        e(site.href(url, st)), 'Bekijk de status van uw aanvraag (DigiD)' if ctr % 2 else 'Mijn lopende zaken')
                    info['traps'].append('status-tracker login (DigiD) beside the route, not a request route'); feat('trap_status_tracker')
                elif tr == 'status_after':
                    extra += '<p>Uw subsidieaanvragen volgen? <a href="http://%s/mijn-subsidies">Mijn subsidies</a></p>' % o['formhost']
                    put('http://%s/mijn-subsidies' % o['formhost'], page_html('Mijn subsidies', '<h1>Mijn subsidies</h1><p>Log in met eHerkenning of DigiD om uw lopende aanvragen te bekijken.</p>'))
                    info['traps'].append('"Mijn subsidies" status login'); feat('trap_status_tracker')
                elif tr == 'contact':
                    cu = 'http://%s/contact' % h
                    extra += '<p>Heeft u een vraag over %s? <a href="%s">Stel uw vraag via het contactformulier</a>.</p>' % (e(ptitle.lower()), e(site.href(url, cu)))
                    info['traps'].append('generic contact form linked'); feat('trap_contact_form')
                elif tr == 'mailto':
                    extra += '<p>Stuur uw verzoek per e-mail naar <a href="mailto:info@%s">info@%s</a>.</p>' % (h.replace('www.', ''), h.replace('www.', ''))
                    info['traps'].append('mailto link'); feat('trap_mailto')
                elif tr in ('tariffpdf', 'regpdf'):
                    nm = 'tarieven-%s.pdf' % d['key'] if tr == 'tariffpdf' else 'verordening-%s.pdf' % d['key']
                    pu = 'http://%s/documenten/%s' % (h, nm)
                    pdf = make_pdf(('Tarieventabel ' if tr == 'tariffpdf' else 'Verordening ') + ptitle, ['Artikel 1 Begripsomschrijvingen', 'Artikel 2 Tarieven', 'Tarief per eenheid: zie tabel', 'Vastgesteld door het algemeen bestuur.'])
                    put(pu, pdf)
                    extra += '<p><a href="%s">%s (pdf, %d kB)</a></p>' % (e(site.href(url, pu)), 'Tarieven' if tr == 'tariffpdf' else 'Verordening', kb(pdf))
                    info['traps'].append('regulation/tariff PDF'); feat('trap_regulation_pdf')
            sent = sent.replace('14 0xx', '14 0' + o['code'][-3:])
            block = '<p>%s</p>' % e(sent) + cta
            if len(grp) > 1 and block in ''.join(parts):
                row_info.append(info); continue
            same = len(grp) > 1 and all(dd['tok'] == d['tok'] for dd in grp)
            parts.append('<div class="product" data-product="%s">%s%s%s</div>' % (d['key'], '<h2>%s</h2>' % e(ptitle) if (len(grp) > 1 and not (same and (d['tok'] in ('I', 'AP', 'NO') or d['tok'].startswith('V:')))) else '',
                                                               block, extra))
            row_info.append(info)
        # page body
        intro = d0.get('intro') or ''
        intro = intro.replace('{o}', o['short'])
        main = '<nav class="breadcrumb"><a href="%s">Home</a> &gt; %s</nav><h1>%s</h1>' % (e(site.href(url, site.home_url())), e(d0['section']), e(title))
        body_route = ''.join(parts)
        h0, h1, h2, h3 = heads
        cost = COSTS[ctr % 3]
        if f == 'nlds':
            main += '<section class="direct-regelen"><h2>%s</h2>%s</section><p class="intro">%s</p><h2>%s</h2><p>Lees de voorwaarden goed door voordat u begint.</p><h2>%s</h2><p>%s</p>' % (h0, body_route, e(intro), h1, h2, cost)
        elif f == 'iprox':
            main += '<p class="intro">%s</p><div class="accordion"><details><summary>%s</summary><p>U staat ingeschreven in Delft.</p></details><details open><summary>%s</summary>%s</details><details><summary>%s</summary><p>%s</p></details><details><summary>%s</summary><p>U krijgt binnen 8 weken een besluit.</p></details></div>' % (e(intro), h0, h1, body_route, h2, cost, h3)
        elif f in ('sitecore', 'wp', 'drupalw', 'rijk'):
            main += '<p>%s</p><h2>%s</h2>%s<h2>%s</h2><p>Bel ons op telefoonnummer 14 0%s.</p>' % (e(intro), h1, body_route, h2, o['code'][-3:])
        else:
            fill = {'Termijnen': 'Wij beslissen binnen 8 weken op uw aanvraag. Deze termijn kunnen wij eenmaal verlengen.',
                    'Contact': 'Heeft u vragen? Neem contact op met het Klantcontactcentrum via (0118) 63 10 11.'}
            main += '<h2>%s</h2><p>%s</p><h2>%s</h2>%s<h2>%s</h2><p>%s</p><h2>%s</h2><p>%s</p>' % (
                h0, e(intro), h1, body_route, h2, fill.get(h2, 'Zorg dat u een geldig legitimatiebewijs bij de hand heeft.'), h3, fill.get(h3, cost))
        if o.get('feedback') == 'form':
            main += ('<form class="feedback" method="post" action="%s"><fieldset><legend>Was deze informatie nuttig?</legend><label><input type="radio" name="nuttig" value="ja"> Ja</label>'
                     '<label><input type="radio" name="nuttig" value="nee"> Nee</label><label>Wat kunnen we verbeteren? <textarea name="opmerking"></textarea></label><button type="submit">Verstuur</button></fieldset></form>') % e(site.href(url, 'http://%s/feedback' % h))
        if o.get('feedback') == 'widget':
            main += '<div class="feedback-widget"><form method="post" action="%s"><p>Hoe tevreden bent u over deze pagina?</p>%s<button>Verstuur beoordeling</button></form></div>' % (
                e(site.href(url, 'http://%s/feedback' % h)), ''.join('<label><input type="radio" name="score" value="%d">%d</label>' % (i, i) for i in range(1, 6)))
        if o.get('survey'):
            main += '<p class="kto">Doe mee aan ons <a href="http://enquete.kampen.test/kto2026">klanttevredenheidsonderzoek</a> (5 minuten).</p>'
        if o.get('english') and any(d['key'] in o['english'] for d in grp):
            en_url = 'http://%s/en/%s' % (h, d0['slug'])
            main = main.replace('</h1>', '</h1><p lang="en"><a href="%s" hreflang="en">English</a></p>', 1) % e(site.href(url, en_url))
        site.put_page(url, title, main)
        if len(grp) > 1:
            feat('page_shared_by_two_products')
        for info in row_info:
            nt = []
            if len(grp) > 1:
                nt.append('page shared by %d products' % len(grp))
            nt += info['notes']
            traps = list(info['traps']) + ([] if info['status'] != 'ok' else sitewide)
            note = '; '.join(nt)
            note = (note[0].upper() + note[1:] if not note.startswith('eH') else note) + '.' if note else ''
            if traps:
                note += ' Trap: ' + '; '.join(traps) + '.'
            if info['status'] == 'not_offered':
                labels.append(dict(key=info['key'], status='not_offered', level='', product_url=url, route_url='', strict='', via='', notes=note))
            else:
                labels.append(dict(key=info['key'], status='ok', level=info['level'], product_url=url, route_url=info['route'] if info['level'] else '',
                                   strict=info['strict'], via=info['via'], notes=note))
    # English page beside the Dutch one
    for k in o.get('english', ()):
        lab = [l for l in labels if l['key'] == k][0]
        slug = [d for d in rows if d['key'] == k][0]['slug']
        en_url = 'http://%s/en/%s' % (h, slug)
        en_title = {'parkeervergunning': 'Parking permit', 'verhuismelding': 'Moving house: registering your new address'}[k]
        route = lab['route_url']
        ent = ('<h1>%s</h1><p>If you live in an area with paid parking, you can apply for a parking permit for residents.</p>' if k == 'parkeervergunning' else
               '<h1>%s</h1><p>Are you moving to or within Delft? Report your change of address within 5 days after moving.</p>') % e(en_title)
        ent += '<p>You apply online. You need a DigiD to log in.</p><p><a href="%s">Apply online</a></p><p><a href="%s" hreflang="nl">Nederlands</a></p>' % (e(site.href(en_url, route)), e(site.href(en_url, lab['product_url'])))
        site.put_page(en_url, en_title, ent, lang='en')
        lab['notes'] += ' An English page (%s) sits beside the Dutch one.' % en_url
        feat('english_page')
    # jargon / distractor information pages without a product
    for (dslug, dtitle, dtext) in DISTRACT.get(o['code'], []):
        du = site.url_for(dslug, 'Over ons' if o['type'] != 'gemeente' else 'Wonen en leefomgeving', dtitle)
        site.put_page(du, dtitle, '<h1>%s</h1><p>%s</p>' % (e(dtitle), e(dtext)))
        feat('distractor_info_page')
    # sibling pages / audience pair
    for (k, st, sslug, sintro, tok) in SIBLINGS.get(o['code'], []):
        url = site.url_for(sslug, GP[k][2], st)
        rurl, target, nb, size = build_form_route(site, sslug, st, tok, sslug, 'a', False)
        cta = cta_html(site, url, 'a' if o['cta'] not in ('button',) else 'button', target, 'Aanvragen' if tok != 'P' else 'Download het formulier (pdf, %d kB)' % size)
        site.put_page(url, st, '<h1>%s</h1><p>%s</p><h2>Aanvragen</h2><p>%s</p>%s' % (e(st), e(sintro), e(route_sentence(tok, 'burger')), cta))
        lab = [l for l in labels if l['key'] == k][0]
        lab['notes'] += ' Trap: sibling page "%s" (%s) with a %s route.' % (st, url, {'A': 'anonymous form', 'P': 'PDF', 'D': 'DigiD'}[tok])
        feat('sibling_similar_permit')
    for k in o.get('audience_pair', ()):
        lab = [l for l in labels if l['key'] == k][0]
        url = 'http://%s/ondernemers/%s' % (h, GP[k][1])
        txt = {'parkeervergunning': 'Heeft u een bedrijf in een vergunninggebied? Dan kunt u een bedrijfsvergunning of ontheffing aanvragen. Bel hiervoor met de afdeling Parkeren.',
               'afvalcontainer': 'Bedrijven vallen niet onder de gemeentelijke afvalinzameling. Voor een container voor bedrijfsafval sluit u een contract af met een erkende afvalinzamelaar.'}[k]
        put(url, site.wrap(url, GP[k][0], '<h1>%s</h1><p>%s</p><p>Voor inwoners: zie <a href="%s">%s</a>.</p>' % (e(GP[k][0]), e(txt), e(site.href(url, lab['product_url'])), e(GP[k][0]))))
        site.pages.append((url, GP[k][0] + ' (ondernemers)'))
        lab['notes'] += ' A businesses\' page of the same name (%s, information only) exists; the citizens\' page is labelled.' % url
        feat('audience_pair_same_name')
    return site, rows, labels


def build_common(site, rows, labels):
    """Homepage, overviews, contact, news, search, sitemap, robots, soft 404, redirects."""
    o = site.o; h = site.host; f = o['family']
    L = lambda frm, u: e(site.href(frm, u))
    home = site.home_url()
    ok_links = [(u, t) for u, t in site.pages]
    toptasks = ok_links[:8]
    news_urls = []
    for i, (nt, nk, ntext) in enumerate(NEWS.get(o['code'], [])):
        nu = 'http://%s/nieuws/2026/%s' % (h, nt.lower().replace(' ', '-').replace(':', '').replace('?', '').replace(',', '')[:60])
        site.put_page(nu, nt, '<article><h1>%s</h1><p class="datum">%d november 2026</p><p>%s</p></article>' % (e(nt), 3 + i * 7, e(ntext)), index=False)
        news_urls.append((nu, nt))
        for lab in labels:
            if lab['key'] == nk:
                lab['notes'] += ' Trap: news article "%s" mentions the product.' % nt
        feat('trap_news_article')
    # homepage
    hb = '<h1>Welkom bij %s</h1><section class="toptaken"><h2>Veelgezocht</h2><ul>%s</ul></section>' % (e(o['name']), ''.join('<li><a href="%s">%s</a></li>' % (L(home, u), e(t)) for u, t in toptasks))
    if news_urls:
        hb += '<section><h2>Nieuws</h2><ul>%s</ul></section>' % ''.join('<li><a href="%s">%s</a></li>' % (L(home, u), e(t)) for u, t in news_urls)
    site.put_page(home, 'Home', hb, index=False)
    if o.get('consent'):
        put('http://%s/' % h, page_html('Cookies op %s' % o['name'],
            '<div class="cookie-wall"><h1>Deze website gebruikt cookies</h1><p>%s gebruikt functionele en analytische cookies. Met uw toestemming plaatsen we ook cookies om video\'s te tonen.</p>'
            '<form method="get" action="/home"><input type="hidden" name="cookies" value="alle"><button type="submit">Alle cookies accepteren</button></form>'
            '<p><a href="/home?cookies=noodzakelijk">Alleen noodzakelijke cookies</a></p></div>' % e(o['name'])))
        feat('cookie_consent_interstitial')
    if o.get('splash'):
        put('http://%s/' % h, page_html('Wetterskip Fryslân - Kies uw taal', '<h1>Kies uw taal / Kies jo taal</h1><ul><li><a href="/nl/">Nederlands</a></li><li><a href="/fy">Frysk</a></li></ul>'))
        put('http://%s/fy' % h, page_html('Wolkom by Wetterskip Fryslân', '<h1>Wolkom by Wetterskip Fryslân</h1><p>Wy soargje foar feilige diken en skjin wetter.</p><p><a href="/nl/">Nederlânsk</a></p>'))
        feat('language_splash')
    # section overview pages
    if o['type'] == 'gemeente':
        for sec, title in [('inwoners', 'Inwoners'), ('ondernemers', 'Ondernemers')]:
            su = 'http://%s/%s/' % (h, sec)
            items = [(u, t) for u, t in site.pages if (sec == 'ondernemers') == any(
                (lb['product_url'] == u and GP.get(lb['key'], ('', '', ''))[2] == 'Ondernemen') for lb in labels)]
            site.put_page(su, title, '<h1>%s</h1><ul>%s</ul>' % (title, ''.join('<li><a href="%s">%s</a></li>' % (L(su, u), e(t)) for u, t in items)), index=False)
    elif o['type'] == 'provincie':
        su = 'http://%s/loket/' % h
        site.put_page(su, 'Loket: vergunningen, meldingen en subsidies', '<h1>Loket</h1><p>Vergunningen, ontheffingen en meldingen van de provincie Zeeland.</p><ul>%s</ul>' % ''.join('<li><a href="%s">%s</a></li>' % (L(su, u), e(t)) for u, t in site.pages), index=False)
    elif o['type'] == 'waterschap':
        for sec, title, pred in [('vergunningen', 'Vergunningen en meldingen', lambda t: 'heffing' not in t.lower() and 'belasting' not in t.lower()), ('belastingen', 'Belastingen', lambda t: True)]:
            su = 'http://%s/%s/' % (h, sec)
            site.put_page(su, title, '<h1>%s</h1><ul>%s</ul>' % (title, ''.join('<li><a href="%s">%s</a></li>' % (L(su, u), e(t)) for u, t in site.pages if pred(t))), index=False)
    # forms overview
    if o.get('overview'):
        ou = 'http://%s/formulieren' % h
        allf = sorted(site.forms + [('Melding overlast', 'http://%s/contact' % h), ('Aanvraag huisnummer', 'http://%s/contact' % h)])
        site.put_page(ou, 'E-loket' if f == 'iprox' else 'Alle formulieren', '<h1>%s</h1><p>Hieronder vindt u alle formulieren. Voor de meeste formulieren heeft u DigiD of eHerkenning nodig.</p><ul>%s</ul>' % (
            'E-loket' if f == 'iprox' else 'Alle formulieren', ''.join('<li><a href="%s">%s</a></li>' % (L(ou, u), e(t)) for t, u in allf)), index=False)
    # mijn (header login trap)
    if o.get('header_login'):
        mu = 'http://%s/mijn' % h
        st = login_start(h, 'D', 'mijn-omgeving')
        site.put_page(mu, o['header_login'], '<h1>%s</h1><p>In uw persoonlijke omgeving ziet u uw lopende zaken, belastingaanslagen en berichten.</p><p><a href="%s">Inloggen met DigiD</a></p>' % (e(o['header_login']), L(mu, st)), index=False)
    # contact with generic contact form
    cu = 'http://%s/contact' % h
    site.put_page(cu, 'Contact', '<h1>Contact</h1><p>Heeft u een vraag over bijvoorbeeld uw paspoort, afval, belastingen of een vergunning? Bel 14 0%s of gebruik het contactformulier.</p>'
                  '<form method="post" action="%s"><label>Naam <input name="naam"></label><label>E-mail <input name="email"></label><label>Onderwerp <select name="onderwerp"><option>Afval</option><option>Belastingen</option><option>Vergunningen</option><option>Paspoort en ID-kaart</option><option>Anders</option></select></label><label>Uw vraag <textarea name="vraag"></textarea></label><button type="submit">Verstuur</button></form>' % (o['code'][-3:], L(cu, cu)), index=False)
    site.put_page('http://%s/privacy' % h, 'Privacyverklaring', '<h1>Privacyverklaring</h1><p>Wij gaan zorgvuldig om met uw persoonsgegevens.</p>', index=False)
    nu = 'http://%s/nieuws/' % h
    site.put_page(nu, 'Nieuws', '<h1>Nieuws</h1><ul>%s<li>Vergadering algemeen bestuur 12 december</li></ul>' % ''.join('<li><a href="%s">%s</a></li>' % (L(nu, u), e(t)) for u, t in news_urls), index=False)
    put('http://%s/logo.svg' % h, '<svg xmlns="http://www.w3.org/2000/svg" width="120" height="40"><text x="4" y="26">%s</text></svg>' % e(o['short']))
    for img in ('img/digid.png', 'img/eherkenning.png', 'digid.svg'):
        put('http://%s/%s' % (h, img), b'\x89PNG\r\n\x1a\n' if img.endswith('png') else '<svg xmlns="http://www.w3.org/2000/svg" width="40" height="40"><text y="20">DigiD</text></svg>')
    # A-Z (with stale links to products without a page on soft-404 sites)
    az = 'http://%s/%s' % (h, 'producten' if f == 'pdc' else 'a-z')
    entries = list(site.pages)
    if o.get('soft404'):
        for lab in labels:
            if lab['status'] == 'not_found' and lab['key'] in GP:
                stale = 'http://%s/%s' % (h, 'product?id=9%03d' % (zlib.crc32(lab['key'].encode()) % 1000) if f == 'pdc' else 'oud/%s' % GP[lab['key']][1])
                entries.append((stale, GP[lab['key']][0]))
                lab['notes'] = lab['notes'].replace('No page for this product on the site.', 'No page; the A-Z list still links to %s, which answers a soft 404 (status 200 "Pagina niet gevonden").' % stale)
                feat('stale_az_link_soft404')
    if f != 'rijk':
        site.put_page(az, 'Producten en diensten A-Z', '<h1>Producten en diensten van A tot Z</h1><ul>%s</ul>' % ''.join('<li><a href="%s">%s</a></li>' % (L(az, u), e(t)) for u, t in sorted(entries, key=lambda x: x[1].lower())), index=False)
        if f == 'pdc':
            feat('query_string_catalogue')
    # soft 404
    if o.get('soft404'):
        nf = 'http://%s/_niet-gevonden' % h
        site.put_page(nf, 'Pagina niet gevonden', '<h1>Pagina niet gevonden</h1><p>Helaas, de pagina die u zoekt bestaat niet (meer). Probeer het zoekveld of ga naar de <a href="%s">homepage</a>.</p>' % L(nf, home), index=False)
        NOT_FOUND.append(dict(host=h, file='sites/%s/_niet-gevonden' % h, status=200))
        feat('soft_404')
    # search
    su = 'http://%s/zoeken' % h
    if o.get('search'):
        idx = [dict(url=u, title=t, text=t) for u, t in site.pages]
        FILES[('__search__', h + '.json')] = json.dumps(idx, ensure_ascii=False, indent=0).encode()
        FILES[('__search__', h + '.html')] = site.wrap(su, 'Zoeken', '<h1>Zoekresultaten voor "<!--QUERY-->"</h1><ol class="results"><!--RESULTS--></ol>').encode()
        SEARCHES.append(dict(host=h, path='/zoeken', param='zoekterm' if f == 'prov' else 'q', index='search/%s.json' % h, template='search/%s.html' % h))
        feat('site_search')
    else:
        site.put_page(su, 'Zoeken', '<h1>Zoeken</h1><p>Gebruik het zoekveld bovenaan de pagina%s.</p>' % ((' of bekijk de <a href="%s">producten A-Z</a>' % L(su, az)) if f != 'rijk' else ''), index=False)
    # robots and sitemap
    rob = 'User-agent: *\nDisallow: /zoeken\n'
    if o.get('sitemap'):
        urls = [home] + [u for u, t in site.pages] + [az]
        sm = '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n%s</urlset>\n' % ''.join('<url><loc>%s</loc></url>\n' % e(u) for u in urls)
        put('http://%s/sitemap.xml' % h, sm)
        rob += 'Sitemap: http://%s/sitemap.xml\n' % h
        feat('sitemap')
    put('http://%s/robots.txt' % h, rob)
    # host redirects
    if o.get('bare_redirect'):
        HOST_REDIRECTS.append(dict(host=o['bare_redirect'], status=301, to=h)); feat('www_redirect')
    if o.get('www_to_bare'):
        HOST_REDIRECTS.append(dict(host='www.' + h, status=301, to=h)); feat('www_redirect')
    if f == 'go':
        feat('base_href_site')
    if f == 'iprox':
        feat('relative_dotdot_links')


def build_duo(labels):
    pass


def main():
    products = load_products()
    if os.path.exists(OUT):
        shutil.rmtree(OUT)
    build_idps()
    orgs_out = []
    all_labels = []
    for org in ORGS:
        site, rows, labels = build_org(org, products)
        build_common(site, rows, labels)
        for lb in labels:
            all_labels.append([org['code'], lb['key'], lb['level'], lb['status'], lb['product_url'], lb['route_url'], lb['strict'], lb['via'], lb['notes']])
        orgs_out.append([org['code'], org['name'], org['type'], org['website'], org.get('inh', '')])
    # DUO extra: English page and login page already via forms; add English student finance page
    put('http://www.duo.test/english/student-finance', page_html('Student finance | DUO', '<h1>Student finance</h1><p>Apply for student finance through Mijn DUO. Log in with your DigiD.</p><p><a href="http://www.duo.test/particulier/studiefinanciering/index.jsp">Nederlands</a></p>', lang='en'))
    feat('english_page')
    put('http://enquete.kampen.test/kto2026', page_html('Klanttevredenheidsonderzoek gemeente Kampen', '<h1>Hoe tevreden bent u?</h1><form method="post" action="/kto2026/verzenden"><p>Hoe beoordeelt u de website van de gemeente Kampen?</p>%s<label>Toelichting <textarea name="toelichting"></textarea></label><button type="submit">Volgende</button></form>' % ''.join('<label><input type="radio" name="cijfer" value="%d">%d</label>' % (i, i) for i in range(1, 11))))
    feat('trap_satisfaction_survey')
    # write files (a path may not be both a file and a folder)
    dirs = set()
    for (host, path) in FILES:
        parts = path.split('?')[0].split('/')
        for i in range(1, len(parts) - 1):
            dirs.add((host, '/'.join(parts[:i + 1])))
    clash = [k for k in FILES if k in dirs]
    if clash:
        raise SystemExit('file/folder clash: %r' % clash[:5])
    for (host, path), data in sorted(FILES.items()):
        if host == '__search__':
            p = os.path.join(OUT, 'search', path)
        else:
            rel = path.lstrip('/')
            if rel == '' or rel.endswith('/'):
                rel += 'index.html'
            p = os.path.join(OUT, 'sites', host, rel)
        os.makedirs(os.path.dirname(p), exist_ok=True)
        with open(p, 'wb') as fh:
            fh.write(data)
    with open(os.path.join(OUT, 'organisations.csv'), 'w', newline='', encoding='utf-8') as fh:
        w = csv.writer(fh); w.writerow(['code', 'name', 'org_type', 'website', 'inhabitants']); w.writerows(orgs_out)
    with open(os.path.join(OUT, 'labels.csv'), 'w', newline='', encoding='utf-8') as fh:
        w = csv.writer(fh); w.writerow(['org_code', 'product_key', 'level', 'status', 'product_url', 'route_url', 'level_strict', 'via', 'notes']); w.writerows(all_labels)
    # de-duplicate redirects
    seen = set(); reds = []
    for r in REDIRECTS:
        if r['url'] not in seen:
            seen.add(r['url']); reds.append(r)
    tw = dict(name='web-dev8', features=dict(sorted(FEATURES.items())),
              behaviours=dict(redirects=reds, host_redirects=HOST_REDIRECTS, not_found_pages=NOT_FOUND, searches=SEARCHES))
    with open(os.path.join(OUT, 'testweb.json'), 'w', encoding='utf-8') as fh:
        json.dump(tw, fh, indent=1, ensure_ascii=False)
    print('organisations', len(orgs_out), 'labels', len(all_labels), 'files', len(FILES))


if __name__ == '__main__':
    main()
