#!/usr/bin/env python3
"""Generate the trap-weighted held-out test web (web-dev21).

Usage: python3 gen.py [OUTDIR]   (default: web/ beside this script)

Deterministic: every random choice comes from a Random seeded by a SHA-256 of fixed
strings; everything written is sorted.  The product list is read through PRODUCTS_CSV only
(columns product_key, name_nl, org_types, audience, offered_by).
"""
import csv
import hashlib
import html
import json
import posixpath
import random
import shutil
import sys
import zlib
from pathlib import Path

PRODUCTS_CSV = Path(__file__).resolve().parent.parent.parent.parent / "config" / "products.csv"

E = html.escape


def rng_for(*parts):
    h = hashlib.sha256("|".join(str(p) for p in parts).encode()).hexdigest()
    return random.Random(int(h[:16], 16))


def wchoice(rng, options):
    """options: list of (value, weight); deterministic weighted choice."""
    total = sum(w for _, w in options)
    x = rng.random() * total
    for v, w in options:
        x -= w
        if x < 0:
            return v
    return options[-1][0]


def load_products():
    with open(PRODUCTS_CSV, encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    keep = ("product_key", "name_nl", "org_types", "audience", "offered_by")
    return [{k: r[k] for k in keep} for r in rows]


# --------------------------------------------------------------------------- PDF writer
def pdf_bytes(title, lines, form=False):
    def esc(s):
        s = s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
        return s.encode("cp1252", "replace")
    ops = [b"BT /F2 15 Tf 50 790 Td (" + esc(title) + b") Tj ET"]
    y = 760
    for ln in lines:
        if y < 60:
            break
        ops.append(b"BT /F1 10 Tf 50 %d Td (" % y + esc(ln) + b") Tj ET")
        if form and ln.endswith(":"):
            ops.append(b"0.5 w 200 %d m 540 %d l S" % (y - 2, y - 2))
        y -= 22 if form else 15
    if form:
        ops.append(b"0.8 w 50 %d 490 40 re S" % (y - 50))
        ops.append(b"BT /F1 9 Tf 55 %d Td (Handtekening:) Tj ET" % (y - 20))
    stream = zlib.compress(b"\n".join(ops))
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R /F2 5 0 R >> >> /Contents 6 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>",
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Title (" + esc(title) + b") /Producer (web-dev21 gen.py) >>",
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for o in offs:
        out += b"%010d 00000 n \n" % o
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info 7 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    return bytes(out)


# --------------------------------------------------------------------------- product texts
# (titles, section, intro) -- own wording, as Dutch municipal sites write it
TXT = {
    "brp-uittreksel": (["Uittreksel BRP", "Uittreksel Basisregistratie Personen", "Uittreksel aanvragen"], "Burgerzaken",
                       "Met een uittreksel uit de Basisregistratie Personen (BRP) bewijst u waar u staat ingeschreven. U heeft het bijvoorbeeld nodig bij een nieuwe baan, een huurwoning of een aanvraag voor een verblijfsvergunning."),
    "verhuismelding": (["Verhuizen", "Verhuizing doorgeven", "Verhuizen naar of binnen {gem}"], "Burgerzaken",
                       "Gaat u verhuizen? Geef uw nieuwe adres uiterlijk 5 dagen na de verhuisdatum door. U kunt dit 4 weken van tevoren al doen."),
    "geboorteaangifte": (["Geboorte", "Geboorteaangifte", "Aangifte geboorte"], "Burgerzaken",
                         "Is uw kind geboren? Gefeliciteerd! U doet binnen 3 dagen na de geboorte aangifte in de gemeente waar uw kind is geboren."),
    "overlijdensaangifte": (["Overlijden", "Aangifte van overlijden", "Overlijden melden"], "Burgerzaken",
                            "Als iemand overlijdt, moet dit worden aangegeven bij de gemeente waar het overlijden plaatsvond. Meestal regelt de uitvaartondernemer dit voor u."),
    "huwelijksaangifte": (["Trouwen en geregistreerd partnerschap", "Huwelijk of partnerschap", "Melding voorgenomen huwelijk"], "Burgerzaken",
                          "Wilt u trouwen of een geregistreerd partnerschap aangaan? Meld dit minimaal 2 weken en maximaal 1 jaar voor de datum bij de gemeente."),
    "paspoort": (["Paspoort", "Paspoort aanvragen", "Reisdocument: paspoort"], "Burgerzaken",
                 "Een paspoort vraagt u persoonlijk aan bij de balie Burgerzaken. Neem een goedgekeurde pasfoto mee."),
    "identiteitskaart": (["Identiteitskaart", "ID-kaart aanvragen", "Identiteitskaart (ID-kaart)"], "Burgerzaken",
                         "Een Nederlandse identiteitskaart is 10 jaar geldig (18 jaar en ouder). U vraagt de kaart zelf aan bij de balie."),
    "parkeervergunning": (["Parkeervergunning", "Parkeervergunning bewoners", "Parkeren voor bewoners"], "Parkeren",
                          "Woont of werkt u in een gebied met vergunningparkeren? Met een parkeervergunning mag u daar parkeren."),
    "gehandicaptenparkeerkaart": (["Gehandicaptenparkeerkaart", "Gehandicaptenparkeerkaart (GPK)", "Parkeerkaart voor mensen met een beperking"], "Parkeren",
                                  "Kunt u door een ziekte of handicap niet ver lopen? Met een gehandicaptenparkeerkaart mag u parkeren op plaatsen voor gehandicapten."),
    "gehandicaptenparkeerplaats": (["Gehandicaptenparkeerplaats", "Gehandicaptenparkeerplaats op kenteken", "Invalidenparkeerplaats"], "Parkeren",
                                   "Heeft u een gehandicaptenparkeerkaart en kunt u niet dicht bij uw huis parkeren? Dan kunt u een parkeerplaats op kenteken aanvragen."),
    "hondenbelasting": (["Hondenbelasting", "Hond aanmelden of afmelden", "Hondenbelasting: aan- en afmelden"], "Belastingen",
                        "Heeft u een hond? Dan betaalt u hondenbelasting. Meld uw hond binnen 14 dagen aan."),
    "belastingkwijtschelding": (["Kwijtschelding", "Kwijtschelding gemeentelijke belastingen", "Kwijtschelding aanvragen"], "Belastingen",
                                "Heeft u een laag inkomen en weinig vermogen? Dan kunt u misschien kwijtschelding krijgen voor de afvalstoffenheffing en rioolheffing."),
    "woz-bezwaar": (["WOZ-waarde", "Bezwaar tegen de WOZ-beschikking", "WOZ: bezwaar maken"], "Belastingen",
                    "Bent u het niet eens met de WOZ-waarde van uw woning? Maak dan binnen 6 weken na de dagtekening van de aanslag bezwaar."),
    "bijstand": (["Bijstand", "Bijstandsuitkering", "Uitkering (Participatiewet)"], "Zorg en inkomen",
                 "Heeft u niet genoeg geld om van te leven en geen recht op een andere uitkering? Dan kunt u misschien bijstand krijgen."),
    "bijzondere-bijstand": (["Bijzondere bijstand", "Vergoeding bijzondere kosten", "Bijzondere kosten"], "Zorg en inkomen",
                            "Heeft u onverwachte of noodzakelijke kosten die u niet zelf kunt betalen? Bijzondere bijstand is een vergoeding voor deze kosten."),
    "wmo-voorziening": (["Wmo", "Hulp en ondersteuning thuis (Wmo)", "Wmo-voorzieningen"], "Zorg en inkomen",
                        "Heeft u hulp nodig om zelfstandig thuis te wonen, bijvoorbeeld huishoudelijke hulp, een scootmobiel of een aanpassing in huis?"),
    "leerlingenvervoer": (["Leerlingenvervoer", "Vervoer naar school", "Aanvraag leerlingenvervoer"], "Onderwijs",
                          "Kan uw kind niet zelfstandig naar school? Misschien krijgt u een vergoeding of aangepast vervoer."),
    "grofvuil": (["Grofvuil", "Grof huishoudelijk afval", "Grofvuil laten ophalen"], "Afval",
                 "Grofvuil is afval dat te groot is voor de container, zoals meubels, matrassen en tapijt."),
    "afvalcontainer": (["Containers", "Afvalcontainer aanvragen of omruilen", "Minicontainer"], "Afval",
                       "Heeft u een nieuwe, extra of grotere container nodig, of is uw container kapot of gestolen?"),
    "melding-openbare-ruimte": (["Melding openbare ruimte", "Melding doen", "Meldingen en klachten buitenruimte"], "Openbare ruimte",
                                "Ziet u een losliggende stoeptegel, een kapotte lantaarnpaal of zwerfafval? Laat het ons weten."),
    "omgevingsvergunning": (["Omgevingsvergunning", "Bouwen en verbouwen", "Vergunning voor bouwen"], "Wonen en bouwen",
                             "Wilt u bouwen, verbouwen, slopen of een monument wijzigen? Vaak heeft u een omgevingsvergunning nodig."),
    "kapvergunning": (["Kapvergunning", "Boom kappen", "Bomen kappen"], "Wonen en bouwen",
                      "Wilt u een boom kappen? Voor sommige bomen heeft u een vergunning nodig."),
    "bouwdossier-inzage": (["Bouwtekeningen opvragen", "Bouwdossier inzien", "Archief: bouwtekeningen"], "Wonen en bouwen",
                           "Wilt u de bouwtekeningen of vergunningen van een pand bekijken? U kunt het bouwdossier inzien of een kopie opvragen."),
    "bezwaar": (["Bezwaar maken", "Bezwaar en beroep", "Bezwaarschrift indienen"], "Bestuur",
                "Bent u het niet eens met een besluit van de gemeente? Dan kunt u binnen 6 weken bezwaar maken."),
    "klacht": (["Klacht indienen", "Klachten", "Ontevreden? Dien een klacht in"], "Bestuur",
               "Bent u niet tevreden over hoe een medewerker of de gemeente u heeft behandeld? Dien dan een klacht in."),
    "woo-verzoek": (["Woo-verzoek", "Informatie opvragen (Woo)", "Wet open overheid"], "Bestuur",
                    "Met een Woo-verzoek vraagt u documenten op over een bestuurlijke aangelegenheid."),
    "subsidie": (["Subsidies", "Subsidie aanvragen", "Subsidie voor verenigingen en organisaties"], "Bestuur",
                 "Organiseert u een activiteit voor inwoners van {gem}? Dan kunt u misschien subsidie krijgen."),
    "evenementenvergunning": (["Evenementenvergunning", "Evenement organiseren", "Evenementen"], "Ondernemen",
                              "Organiseert u een braderie, buurtfeest, concert of sportwedstrijd? Dan heeft u meestal een evenementenvergunning nodig."),
    "exploitatievergunning-horeca": (["Exploitatievergunning", "Horecavergunning (exploitatie)", "Horecabedrijf starten"], "Ondernemen",
                                     "Wilt u een café, restaurant of snackbar beginnen? Dan heeft u een exploitatievergunning nodig."),
    "alcoholvergunning": (["Alcoholvergunning", "Drank schenken", "Vergunning Alcoholwet"], "Ondernemen",
                          "Schenkt u alcohol in uw horecazaak of slijterij? Dan heeft u een alcoholvergunning nodig."),
    "terrasvergunning": (["Terrasvergunning", "Terras", "Terras aanvragen"], "Ondernemen",
                         "Wilt u een terras bij uw horecazaak? Hiervoor heeft u toestemming van de gemeente nodig."),
    "standplaatsvergunning": (["Standplaatsvergunning", "Standplaats", "Verkopen op straat"], "Ondernemen",
                              "Wilt u op een vaste plek op straat iets verkopen, bijvoorbeeld vis of bloemen? Dan heeft u een standplaatsvergunning nodig."),
    "marktvergunning": (["Markt", "Weekmarkt: vaste plaats", "Marktvergunning"], "Ondernemen",
                        "Wilt u een kraam op de weekmarkt? Vraag een vaste plaats (marktvergunning) aan of meld u als dagplaatser."),
    "reclamebelasting": (["Reclamebelasting", "Reclame en uithangborden", "Reclame aan uw gevel"], "Ondernemen",
                         "Voor reclame die vanaf de openbare weg zichtbaar is, betaalt u in sommige gebieden reclamebelasting."),
    "geluidsontheffing": (["Geluidsontheffing", "Ontheffing geluid", "Geluid bij een feest"], "Ondernemen",
                          "Maakt u meer geluid dan toegestaan, bijvoorbeeld bij een feest of bouwwerkzaamheden? Dan heeft u een ontheffing nodig."),
    "winkeltijdenontheffing": (["Winkeltijden", "Ontheffing winkeltijden", "Koopzondagen"], "Ondernemen",
                               "Wilt u uw winkel buiten de normale openingstijden openen? Soms is een ontheffing nodig."),
    "kansspelautomaatvergunning": (["Speelautomaten", "Aanwezigheidsvergunning kansspelautomaten", "Gokkast in uw zaak"], "Ondernemen",
                                   "Wilt u een kansspelautomaat in uw horecazaak plaatsen? Dan heeft u een aanwezigheidsvergunning nodig."),
    "collectevergunning": (["Collecteren", "Collectevergunning", "Inzameling van geld of goederen"], "Ondernemen",
                           "Wilt u met uw organisatie langs de deuren om geld of goederen in te zamelen?"),
    "ligplaatsvergunning": (["Ligplaats", "Ligplaatsvergunning", "Boot aanmeren"], "Wonen en bouwen",
                            "Wilt u uw boot of woonboot in gemeentelijk water afmeren? Dan heeft u een ligplaatsvergunning nodig."),
    "uitwegvergunning": (["Uitrit", "Inrit of uitrit aanleggen", "Uitwegvergunning"], "Wonen en bouwen",
                         "Wilt u een inrit aanleggen of de stoeprand laten verlagen? Hiervoor heeft u toestemming nodig."),
    "belastingaanslag-bezwaar": (["Bezwaar tegen de aanslag", "Bezwaar belastingaanslag", "Niet eens met uw aanslag"], "Belastingen",
                                 "Bent u het niet eens met uw aanslag gemeentelijke belastingen? Dien binnen 6 weken een bezwaarschrift in."),
    "betalingsregeling": (["Betalingsregeling", "Gespreid betalen", "Automatische incasso en betalingsregeling"], "Belastingen",
                          "Kunt u uw aanslag niet in een keer betalen? Dan kunt u in termijnen betalen of een betalingsregeling aanvragen."),
    # water board
    "wegvergunning-provinciaal": (["Werken langs een weg of vaarweg", "Werkzaamheden op of langs onze wegen"], "Vergunningen",
                                  "Wilt u werkzaamheden uitvoeren op of langs een weg of vaarweg die het hoogheemraadschap beheert?"),
    "schadevergoeding-provincie": (["Schade melden", "Schadeclaim indienen"], "Contact",
                                   "Heeft u schade door werkzaamheden van het hoogheemraadschap? Dan kunt u een schadevergoeding vragen."),
    "watervergunning": (["Watervergunning", "Vergunning voor werken bij water"], "Vergunningen",
                        "Wilt u iets doen in, op of bij een dijk, sloot of vaart? Vaak heeft u een watervergunning nodig."),
    "watermelding": (["Melding doen", "Storing of overlast melden"], "Contact",
                     "Ziet u een probleem met water, dijken of zuivering?"),
    "zuiveringsheffing": (["Zuiveringsheffing", "Zuiveringsheffing en vervuilingseenheden"], "Belastingen",
                          "Met de zuiveringsheffing betaalt u voor het zuiveren van afvalwater. Huishoudens betalen voor 1 of 3 vervuilingseenheden."),
    "watersysteemheffing": (["Watersysteemheffing", "Watersysteemheffing ingezetenen en eigenaren"], "Belastingen",
                            "Met de watersysteemheffing betaalt u mee aan droge voeten en schoon water."),
    "bedrijfsafvalwater-melding": (["Lozen van bedrijfsafvalwater", "Bedrijfsafvalwater lozen"], "Vergunningen",
                                   "Loost uw bedrijf afvalwater op het riool of oppervlaktewater? Vaak moet u dit melden."),
}

# level options per product (route kinds): digid eh both anon pdf info appt mailto
# via:<kind> nf (not_found) no (not_offered)
OPTS = {
    "brp-uittreksel": [("digid", 8), ("appt", 1)],
    "verhuismelding": [("digid", 9), ("pdf", 1)],
    "geboorteaangifte": [("digid", 3), ("appt", 4)],
    "overlijdensaangifte": [("info", 5), ("pdf", 1)],
    "huwelijksaangifte": [("digid", 6), ("appt", 2)],
    "paspoort": [("appt", 8)],
    "identiteitskaart": [("appt", 6), ("nf", 1)],
    "parkeervergunning": [("digid", 4), ("via:parking", 3), ("no", 2)],
    "gehandicaptenparkeerkaart": [("digid", 5), ("pdf", 2), ("anon", 1)],
    "gehandicaptenparkeerplaats": [("pdf", 2), ("digid", 3), ("anon", 1)],
    "hondenbelasting": [("digid", 2), ("no", 3), ("via:tax", 3)],
    "belastingkwijtschelding": [("via:tax", 5), ("digid", 2), ("pdf", 1)],
    "woz-bezwaar": [("via:tax", 5), ("digid", 3)],
    "bijstand": [("via:social", 4), ("digid", 3), ("appt", 1)],
    "bijzondere-bijstand": [("via:social", 3), ("digid", 3), ("pdf", 2)],
    "wmo-voorziening": [("digid", 3), ("anon", 3), ("info", 2)],
    "leerlingenvervoer": [("digid", 4), ("pdf", 1), ("anon", 1)],
    "grofvuil": [("via:waste", 4), ("anon", 2), ("digid", 2)],
    "afvalcontainer": [("via:waste", 3), ("anon", 2), ("info", 1)],
    "melding-openbare-ruimte": [("anon", 6), ("digid", 1)],
    "omgevingsvergunning": [("via:olo", 9), ("info", 1)],
    "kapvergunning": [("via:olo", 4), ("anon", 1), ("pdf", 2), ("no", 1)],
    "bouwdossier-inzage": [("anon", 4), ("info", 2), ("mailto", 2), ("nf", 2)],
    "bezwaar": [("digid", 4), ("anon", 2), ("pdf", 1), ("mailto", 1)],
    "klacht": [("anon", 3), ("digid", 4), ("mailto", 1)],
    "woo-verzoek": [("anon", 3), ("mailto", 2), ("digid", 2)],
    "subsidie": [("both", 5), ("pdf", 2), ("anon", 1)],
    "evenementenvergunning": [("both", 4), ("pdf", 3), ("anon", 1)],
    "exploitatievergunning-horeca": [("eh", 4), ("pdf", 3), ("nf", 1)],
    "alcoholvergunning": [("eh", 4), ("pdf", 3), ("info", 1)],
    "terrasvergunning": [("pdf", 2), ("anon", 2), ("eh", 2), ("no", 1), ("nf", 1)],
    "standplaatsvergunning": [("pdf", 3), ("eh", 2), ("info", 1), ("nf", 2)],
    "marktvergunning": [("pdf", 2), ("info", 2), ("nf", 3)],
    "reclamebelasting": [("no", 3), ("info", 2), ("via:tax", 1), ("nf", 2)],
    "geluidsontheffing": [("pdf", 2), ("anon", 2), ("eh", 1), ("nf", 2)],
    "winkeltijdenontheffing": [("pdf", 2), ("no", 2), ("nf", 2), ("info", 1)],
    "kansspelautomaatvergunning": [("pdf", 2), ("eh", 2), ("nf", 2)],
    "collectevergunning": [("pdf", 2), ("anon", 2), ("no", 1), ("nf", 1)],
    "ligplaatsvergunning": [("pdf", 1), ("info", 2), ("nf", 3)],
    "uitwegvergunning": [("via:olo", 2), ("pdf", 2), ("digid", 2), ("anon", 1)],
    "belastingaanslag-bezwaar": [("via:tax", 5), ("digid", 3), ("nf", 1)],
    "betalingsregeling": [("via:tax", 4), ("digid", 2), ("info", 2)],
}
# water board: fixed plan
HHNK_PLAN = {
    "belastingkwijtschelding": "digid",
    "melding-openbare-ruimte": "anon",   # shared page with watermelding
    "watermelding": "anon",
    "omgevingsvergunning": "via:olo",
    "bezwaar": "both",
    "klacht": "anon",
    "woo-verzoek": "mailto",
    "subsidie": "pdf",
    "wegvergunning-provinciaal": "via:olo",
    "schadevergoeding-provincie": "pdf",
    "watervergunning": "via:olo",
    "zuiveringsheffing": "info",
    "watersysteemheffing": "info",
    "belastingaanslag-bezwaar": "both",
    "betalingsregeling": "digid",
    "bedrijfsafvalwater-melding": "eh",
}

NOT_OFFERED = {
    "hondenbelasting": [("Belastingen en heffingen", "Gemeente {gem} heft sinds 1 januari 2023 geen hondenbelasting meer. U hoeft uw hond dus niet meer aan of af te melden."),
                        ("Hond", "Hondenbezitters in {gem} betalen geen hondenbelasting. Wel moet u uw hond aan de lijn houden in de bebouwde kom en de poep opruimen.")],
    "parkeervergunning": [("Parkeren", "In {gem} is parkeren overal gratis. Er is geen betaald parkeren en er zijn geen vergunninggebieden; u heeft daarom geen parkeervergunning nodig."),
                          ("Parkeren in het centrum", "Wij geven geen parkeervergunningen uit. In het centrum geldt een blauwe zone: met een parkeerschijf mag u 2 uur gratis parkeren.")],
    "kapvergunning": [("Bomen en groen", "Sinds de invoering van de Omgevingswet is voor het kappen van een boom op eigen terrein in {gem} geen vergunning meer nodig. Alleen voor monumentale bomen op de Bomenlijst gelden regels; neem daarvoor contact op.")],
    "terrasvergunning": [("Terras bij uw zaak", "Voor een terras bij uw horecazaak heeft u in {gem} geen vergunning meer nodig. Dit product is vervallen. U moet zich wel houden aan de regels uit de APV, zoals een vrije doorloop van 1,5 meter.")],
    "reclamebelasting": [("Reclame", "Wij heffen geen reclamebelasting. Voor grote reclameborden kan wel een omgevingsvergunning nodig zijn."),
                         ("Ondernemersfonds", "De reclamebelasting is afgeschaft. Ondernemers in het centrum betalen sinds 2022 een bijdrage aan het ondernemersfonds via de OZB.")],
    "winkeltijdenontheffing": [("Koopzondagen en openingstijden", "Winkels in {gem} mogen op alle dagen open, ook op zondag tussen 12.00 en 18.00 uur. U hoeft daarvoor geen ontheffing aan te vragen; de gemeente verleent deze ontheffing niet meer.")],
    "collectevergunning": [("Collecteren", "Voor een collecte heeft u in {gem} geen vergunning nodig. De gemeente houdt het landelijke collecterooster van het CBF aan. Dit product bieden wij niet meer aan.")],
}

CONTACT = {"tel": "14 0", "mail": "info@"}


# --------------------------------------------------------------------------- organisations
ORGS = [
    dict(code="GM1980", name="Gemeente Dijk en Waard", gem="Dijk en Waard", org_type="gemeente", inh=90800,
         host="www.dijkenwaard.test", dom="dijkenwaard", family="drupal", link="abs",
         fhost="formulieren.dijkenwaard.test", fkind="openforms", tax=None, social=None,
         waste="hvc", parking=None, site_traps=["header_login", "feedback"], cookie="links", sitemap=True,
         english=["verhuismelding"], twin="subsidie", sibling="evenementenvergunning", tel="14 072"),
    dict(code="GM0383", name="Gemeente Castricum", gem="Castricum", org_type="gemeente", inh=36300,
         host="www.castricum.test", dom="castricum", family="owc", link="base",
         fhost="eloket.debuch.test", fkind="gravity", tax="buch", social="buchwi",
         waste="hvc", parking=None, site_traps=["direct_box", "footer_digid"], cookie=None, sitemap=False,
         bare_redirect=True, english=[], twin=None, sibling=None, tel="14 0251"),
    dict(code="GM0396", name="Gemeente Heemskerk", gem="Heemskerk", org_type="gemeente", inh=39500,
         host="www.heemskerk.test", dom="heemskerk", family="iprox", link="rel",
         fhost="ssl.heemskerk.test", fkind="triple", tax="ijmond", social="iasz",
         waste="hvc", parking=None, site_traps=["chatbot", "meldapp"], cookie=None, sitemap=True,
         english=["brp-uittreksel", "verhuismelding"], twin=None, sibling="kapvergunning", tel="14 0251"),
    dict(code="GM0375", name="Gemeente Beverwijk", gem="Beverwijk", org_type="gemeente", inh=42300,
         host="www.beverwijk.test", dom="beverwijk", family="catalog", link="abs",
         fhost="loket.beverwijk.test", fkind="eloket", tax="ijmond", social="iasz",
         waste="hvc", parking="ijmondparkeren", site_traps=["header_login", "footer_digid"], cookie="getform",
         sitemap=False, soft404=True, english=[], twin="parkeervergunning", sibling=None, tel="0251 256 256"),
    dict(code="GM0451", name="Gemeente Uithoorn", gem="Uithoorn", org_type="gemeente", inh=31500,
         host="loket.uithoorn.test", home="uithoorn.test", dom="uithoorn", family="pdc", link="abs",
         fhost="formulieren.uithoorn.test", fkind="openforms", tax="amstelland", social=None,
         waste=None, parking=None, site_traps=["feedback", "direct_box"], cookie=None, sitemap=True,
         www_to_bare=True, english=["paspoort"], twin=None, sibling="evenementenvergunning", tel="0297 513 111"),
    dict(code="GM0384", name="Gemeente Diemen", gem="Diemen", org_type="gemeente", inh=31900,
         host="www.diemen.test", dom="diemen", family="typo3", link="abs",
         fhost="fd8.formdesk.test", fkind="formdesk", tax=None, social=None,
         waste=None, parking="diemenparkeren", site_traps=["header_login", "chatbot"], cookie="links",
         sitemap=True, soft404=True, english=[], twin="parkeervergunning", sibling=None, tel="14 020"),
    dict(code="GM0498", name="Gemeente Drechterland", gem="Drechterland", org_type="gemeente", inh=20200,
         host="www.drechterland.test", dom="drechterland", family="simpdc", link="abs",
         fhost="formulieren.drechterland.test", fkind="openforms", tax="westfriesland", social="sed",
         waste="hvc", parking=None, site_traps=["meldapp", "footer_digid"], cookie=None, sitemap=False,
         splash=True, english=["verhuismelding"], twin=None, sibling=None, tel="0228 352 000"),
    dict(code="GM1598", name="Gemeente Koggenland", gem="Koggenland", org_type="gemeente", inh=23500,
         host="www.koggenland.test", dom="koggenland", family="pdcq", link="abs",
         fhost="loket.koggenland.test", fkind="eloket", tax="westfriesland", social=None,
         waste="hvc", parking=None, site_traps=[], cookie=None, sitemap=True,
         english=[], twin=None, sibling=None, tel="0229 548 400"),
    dict(code="GM0420", name="Gemeente Opmeer", gem="Opmeer", org_type="gemeente", inh=12100,
         host="www.opmeer.test", dom="opmeer", family="iprox", link="rel",
         fhost="opmeer.formdesk.test", fkind="formdesk", tax="westfriesland", social=None,
         waste="hvc", parking=None, site_traps=["direct_box"], cookie="links", sitemap=False,
         soft404=True, english=[], twin=None, sibling=None, tel="0226 363 333"),
    dict(code="WS0651", name="Hoogheemraadschap Hollands Noorderkwartier", gem="HHNK", org_type="waterschap", inh=None,
         host="www.hhnk.test", dom="hhnk", family="wp", link="abs",
         fhost="mijn.hhnk.test", fkind="gravity", tax=None, social=None, waste=None, parking=None,
         site_traps=["header_login", "footer_digid"], cookie="links", sitemap=True,
         english=["watervergunning"], twin=None, sibling=None, tel="072 582 8282"),
]

SHARED = {
    "buch": dict(host="belastingen.debuch.test", name="Werkorganisatie BUCH - Belastingen", kind="tax"),
    "ijmond": dict(host="www.belastingenijmond.test", name="Belastingsamenwerking IJmond", kind="tax"),
    "amstelland": dict(host="www.gbamstelland.test", name="Gemeentebelastingen Amstelland", kind="tax"),
    "westfriesland": dict(host="www.belastingenwestfriesland.test", name="Belastingen West-Friesland", kind="tax"),
    "buchwi": dict(host="werkeninkomen.debuch.test", name="BUCH Werk en Inkomen", kind="social"),
    "iasz": dict(host="www.iasz.test", name="IASZ - Sociale Zaken IJmond", kind="social"),
    "sed": dict(host="www.sedorganisatie.test", name="SED organisatie - Werk en Inkomen", kind="social"),
    "hvc": dict(host="www.hvcgroep.test", name="HVC", kind="waste"),
    "ijmondparkeren": dict(host="www.parkeerloket-ijmond.test", name="Parkeerloket IJmond", kind="parking"),
    "diemenparkeren": dict(host="diemen.parkeerservice.test", name="Parkeerservice Diemen", kind="parking"),
    "olo": dict(host="omgevingswet.overheid.test", name="Omgevingsloket", kind="olo"),
}


class Web:
    def __init__(self):
        self.files = {}
        self.redirects = []
        self.host_redirects = []
        self.not_found = []
        self.searches = []
        self.labels = []
        self.counts = {}

    def put(self, url, content):
        assert url.startswith("http://"), url
        rest = url[len("http://"):]
        host, _, path = rest.partition("/")
        path = "/" + path
        if "?" in path:
            p, q = path.split("?", 1)
            if p.endswith("/"):
                p += "index.html"
            path = p + "?" + q
        elif path.endswith("/"):
            path += "index.html"
        if isinstance(content, str):
            content = content.encode("utf-8")
        self.files[(host, path.lstrip("/"))] = content

    def login_start(self, url, idp="digid"):
        loc = ("http://digid.test/inloggen?sp=" if idp == "digid" else "http://eherkenning.test/kies-uw-leverancier?sp=")
        host = url.split("/")[2]
        self.redirects.append({"url": url, "status": 302, "location": loc + host})

    def feat(self, name, n=1):
        self.counts[name] = self.counts.get(name, 0) + n


def split_url(url):
    rest = url[len("http://"):]
    host, _, path = rest.partition("/")
    return host, "/" + path


def href(org, from_url, to_url):
    fh, fp = split_url(from_url)
    th, tp = split_url(to_url)
    if fh != th:
        return to_url
    style = org["link"] if fh == org["host"] else "abs"
    if style == "abs":
        return tp
    q = ""
    if "?" in tp:
        tp, q = tp.split("?", 1)
        q = "?" + q
    if style == "base":
        start = "/onderwerp/"
    else:
        start = fp.split("?")[0].rsplit("/", 1)[0] + "/"
    rel = posixpath.relpath(tp, start)
    if tp.endswith("/") and not rel.endswith("/"):
        rel += "/"
    if rel == "./":
        rel = "./"
    return rel + q


# --------------------------------------------------------------------------- URL schemes
def slugify(s):
    out = []
    for ch in s.lower():
        if ch.isalnum():
            out.append({"ë": "e", "é": "e", "ï": "i"}.get(ch, ch))
        elif out and out[-1] != "-":
            out.append("-")
    return "".join(out).strip("-")


def product_url(org, title, section, pid):
    h = "http://" + org["host"]
    f = org["family"]
    if f == "drupal":
        return f"{h}/{slugify(title)}"
    if f == "owc":
        return f"{h}/onderwerp/{slugify(title)}"
    if f == "iprox":
        return f"{h}/Inwoners/{section.replace(' ', '_')}/{title.replace(' ', '_').replace(':', '').replace('?', '')}"
    if f == "catalog":
        return f"{h}/product?id={pid}"
    if f == "pdc":
        return f"{h}/producten/{slugify(title)}"
    if f == "typo3":
        return f"{h}/inwoners/{slugify(section)}/{slugify(title)}.html"
    if f == "simpdc":
        return f"{h}/inwoners/producten-en-diensten_42/product/{slugify(title).replace('-', '-')}_{pid}.html"
    if f == "pdcq":
        return f"{h}/pdc/item?id={pid}"
    if f == "wp":
        return f"{h}/{slugify(section)}/{slugify(title)}/"
    raise ValueError(f)


def home_url(org):
    return "http://" + org["host"] + "/"


# --------------------------------------------------------------------------- page chrome
SKIN = {
    "drupal": ("gemeente-oplossingen", ["Wat is het?", "Hoe werkt het?", "Wat moet ik doen?", "Wat kost het?"]),
    "owc": ("owc-openpdc", ["Omschrijving", "Aanvragen", "Kosten", "Meer informatie"]),
    "iprox": ("iprox", ["Omschrijving", "Aanvragen", "Kosten", "Voorwaarden"]),
    "catalog": ("smartsite-pdc", ["Wat is het?", "Wat moet u doen?", "Wat kost het?", "Bijzonderheden"]),
    "pdc": ("nlds utrecht-document", ["Product informatie", "Aanvragen", "Kosten", "Termijnen"]),
    "typo3": ("typo3-site", ["Beschrijving", "Aanpak", "Kosten", "Contact"]),
    "simpdc": ("sim-pdc", ["Wat is het?", "Hoe werkt het?", "Wat moet ik doen?", "Voorwaarden"]),
    "pdcq": ("pdc-koggenland", ["Omschrijving", "Aanvragen", "Kosten", "Bijzonderheden"]),
    "wp": ("wp-theme-hhnk", ["Wat is het?", "Hoe vraag ik het aan?", "Kosten", "Meer weten?"]),
}


def nav_items(org):
    az = az_url(org)
    return [("Home", home_url(org)), ("Producten A-Z", az), ("Alle formulieren", eloket_url(org)),
            ("Nieuws", news_index_url(org)), ("Contact", contact_url(org))]


def az_url(org):
    h = "http://" + org["host"]
    return {"drupal": f"{h}/producten-a-z", "owc": f"{h}/onderwerp/a-z", "iprox": f"{h}/Inwoners/Producten_A-Z",
            "catalog": f"{h}/producten", "pdc": f"{h}/producten/", "typo3": f"{h}/inwoners/a-z.html",
            "simpdc": f"{h}/inwoners/producten-en-diensten_42/", "pdcq": f"{h}/pdc/", "wp": f"{h}/a-z/"}[org["family"]]


def eloket_url(org):
    h = "http://" + org["host"]
    return {"drupal": f"{h}/alle-formulieren", "owc": f"{h}/onderwerp/e-loket", "iprox": f"{h}/Inwoners/E-loket",
            "catalog": f"{h}/e-loket", "pdc": f"{h}/formulieren", "typo3": f"{h}/inwoners/alle-formulieren.html",
            "simpdc": f"{h}/inwoners/digitaal-loket", "pdcq": f"{h}/pdc/formulieren", "wp": f"{h}/formulieren/"}[org["family"]]


def contact_url(org):
    h = "http://" + org["host"]
    if org["family"] == "wp":
        return f"{h}/contact/"
    return f"{h}/onderwerp/contact" if org["family"] == "owc" else (f"{h}/Contact" if org["family"] == "iprox" else f"{h}/contact")


def news_index_url(org):
    h = "http://" + org["host"]
    return f"{h}/onderwerp/nieuws/" if org["family"] == "owc" else (f"{h}/Nieuws/" if org["family"] == "iprox" else f"{h}/nieuws/")


def page(org, url, title, body, side="", extra_head="", trap_flags=None, consent_bar=False, lang="nl", alt=None):
    """Full HTML page with the organisation's chrome; site-wide traps added here."""
    skin = SKIN[org["family"]][0]
    tf = trap_flags if trap_flags is not None else set()
    base = f'<base href="http://{org["host"]}/onderwerp/">' if org["link"] == "base" and url.startswith("http://" + org["host"]) else ""
    hreflang = ""
    if alt:
        hreflang = f'<link rel="alternate" hreflang="{alt[0]}" href="{alt[1]}">'
    nav = "".join(f'<li><a href="{E(href(org, url, u))}">{E(t)}</a></li>' for t, u in nav_items(org))
    header_extra = ""
    if "header_login" in org["site_traps"]:
        label = {"dijkenwaard": "Mijn Dijk en Waard", "beverwijk": "Inloggen", "diemen": "Mijn Loket", "hhnk": "Mijn HHNK"}.get(org["dom"], "Inloggen")
        header_extra = f'<div class="header-login"><a href="http://mijn.{org["dom"]}.test/auth/digid/start">{label}</a></div>'
        tf.add("header_login")
    footer_extra = ""
    if "footer_digid" in org["site_traps"]:
        footer_extra = ('<div class="footer-logos"><a href="http://digid.test/"><img src="http://digid.test/img/digid-logo.svg" '
                        'alt="DigiD"></a> <span>Regel uw zaken met DigiD of eHerkenning</span></div>')
        tf.add("footer_digid")
    widgets = ""
    if "chatbot" in org["site_traps"]:
        widgets += ('<div id="chat-widget" class="chatbot"><button type="button" onclick="openChat()">Chat met Gem</button></div>'
                    '<script>function openChat(){var d=document.createElement("div");d.innerHTML="<p>Hallo! Ik ben Gem, de digitale assistent. '
                    'Voor persoonlijke vragen: log in met DigiD.</p>";document.getElementById("chat-widget").appendChild(d);}</script>')
        tf.add("chatbot")
    if "meldapp" in org["site_traps"] and "no_meldapp" not in tf:
        side += (f'<aside class="meldapp"><h2>Meld een probleem</h2><p>Ziet u iets kapot in de openbare ruimte? '
                 f'<a href="http://www.fixi-{org["dom"]}.test/melding/nieuw">Meld een probleem in de openbare ruimte</a> of gebruik de app.</p></aside>')
        tf.add("meldapp")
    if "feedback" in org["site_traps"] and "no_feedback" not in tf:
        body += ('<section class="feedback"><h2>Was deze informatie nuttig?</h2><form method="post" action="/feedback/verzenden">'
                 '<input type="radio" name="nuttig" value="ja" id="fb-ja"><label for="fb-ja">Ja</label>'
                 '<input type="radio" name="nuttig" value="nee" id="fb-nee"><label for="fb-nee">Nee</label>'
                 '<label for="fb-t">Wat kunnen we verbeteren?</label><textarea name="toelichting" id="fb-t"></textarea>'
                 '<button type="submit">Verzenden</button></form></section>')
        tf.add("feedback")
    bar = ""
    if consent_bar:
        bar = ('<div class="cookie-consent" role="dialog"><p>Wij gebruiken cookies om onze website te verbeteren.</p>'
               '<a href="/cookies/accepteren">Alle cookies accepteren</a> <a href="/cookies/weigeren">Alleen noodzakelijke cookies</a></div>')
    return f"""<!DOCTYPE html>
<html lang="{lang}"><head><meta charset="utf-8"><title>{E(title)} | {E(org['name'] if org['org_type'] != 'gemeente' else 'Gemeente ' + org['gem'])}</title>
{base}{hreflang}<meta name="viewport" content="width=device-width, initial-scale=1">{extra_head}
<link rel="stylesheet" href="/assets/site.css"></head>
<body class="{skin}">{bar}
<a class="skiplink" href="#main">Naar de inhoud</a>
<header class="site-header"><a class="logo" href="{E(href(org, url, home_url(org)))}"><img src="/assets/logo.svg" alt="Logo {E(org['name'])}"></a>
<form class="search" action="{E(href(org, url, search_url(org)))}" method="get"><label for="q">Zoeken</label><input id="q" name="zoekterm" type="search"><button type="submit">Zoek</button></form>
{header_extra}<nav><ul>{nav}</ul></nav></header>
<main id="main">{body}</main>
{('<aside class="sidebar">' + side + '</aside>') if side else ''}{widgets}
<footer class="site-footer"><p>{E(org['name'])} &middot; Telefoon {E(org['tel'])} &middot; <a href="mailto:info@{org['dom']}.test">info@{org['dom']}.test</a></p>
<ul><li><a href="{E(href(org, url, contact_url(org)))}">Contact</a></li><li><a href="{E(href(org, url, 'http://' + org['host'] + '/privacy'))}">Privacy</a></li><li><a href="{E(href(org, url, 'http://' + org['host'] + '/toegankelijkheid'))}">Toegankelijkheid</a></li></ul>{footer_extra}</footer>
</body></html>
"""


def search_url(org):
    return f"http://{org['host']}/zoeken"


# --------------------------------------------------------------------------- form platforms
def gate_html(title, org_name, idp_links, prefill, steps=True):
    pf = ("<p>Na het inloggen halen we uw gegevens op uit de Basisregistratie Personen (BRP). "
          "Uw gegevens zijn dan al ingevuld.</p>") if prefill else ""
    st = '<ol class="steps"><li class="active">Inloggen</li><li>Gegevens</li><li>Controleren</li><li>Verzenden</li></ol>' if steps else ""
    return (f"<h1>{E(title)}</h1>{st}<p>Voor dit formulier moet u inloggen. {E(org_name)} gebruikt hiervoor DigiD of eHerkenning.</p>"
            f"{pf}{idp_links}")


def anon_form_html(title, action):
    return (f"<h1>{E(title)}</h1><p>Vul het formulier in. Velden met * zijn verplicht.</p>"
            f'<form method="post" action="{E(action)}" class="eform">'
            '<fieldset><legend>Uw gegevens</legend>'
            '<label for="naam">Naam *</label><input id="naam" name="naam" required>'
            '<label for="adres">Adres *</label><input id="adres" name="adres" required>'
            '<label for="postcode">Postcode *</label><input id="postcode" name="postcode" required>'
            '<label for="email">E-mailadres *</label><input id="email" name="email" type="email" required>'
            '<label for="tel">Telefoonnummer</label><input id="tel" name="telefoon" type="tel"></fieldset>'
            '<fieldset><legend>Uw aanvraag</legend><label for="oms">Omschrijving *</label><textarea id="oms" name="omschrijving" required></textarea>'
            '<label for="bijlage">Bijlage</label><input id="bijlage" name="bijlage" type="file"></fieldset>'
            '<button type="submit">Versturen</button></form>')


class Builder:
    def __init__(self, web, products):
        self.web = web
        self.products = products
        self.pdf_done = set()

    # ---- route construction on the organisation's form platform
    def platform_form(self, org, key, title, kind, prefill):
        """Create the form (gate or anonymous form) for `key` on the org's platform.
        Returns (form_url, login_start_url_or_None)."""
        w = self.web
        fk = org["fkind"]
        fh = org["fhost"]
        slug = slugify(TXT.get(key, ([key],))[0][0]) if key in TXT else key
        slug = key
        idp = "eh" if kind == "eh" else "digid"
        head = f"<!DOCTYPE html><html lang=\"nl\"><head><meta charset=\"utf-8\"><title>{E(title)} - {E(org['name'])}</title></head><body class=\"{fk}\">"
        if fk == "openforms":
            form_url = f"http://{fh}/{slug}/"
            if kind in ("digid", "eh", "both"):
                starts = []
                for i in (["digid", "eh"] if kind == "both" else [idp]):
                    su = f"http://{fh}/auth/{slug}/{'digid' if i == 'digid' else 'eherkenning'}/start"
                    w.login_start(su, i)
                    starts.append((i, su))
                btns = "".join(
                    f'var b{n}=document.createElement("a");b{n}.className="openforms-button";b{n}.href="{su}";b{n}.textContent="{"Inloggen met DigiD" if i == "digid" else "Inloggen met eHerkenning"}";r.appendChild(b{n});'
                    for n, (i, su) in enumerate(starts))
                pf = ('var p=document.createElement("p");p.textContent="Na inloggen vullen wij uw persoonsgegevens automatisch in vanuit de BRP.";r.appendChild(p);' if prefill else "")
                script = (f'<div id="openforms-root" data-base-url="http://{fh}/api/v2/" data-form-id="{slug}"></div><noscript>Schakel JavaScript in om dit formulier te gebruiken.</noscript>'
                          f'<script>(function(){{var r=document.getElementById("openforms-root");var h=document.createElement("h1");h.textContent={json.dumps(title)};r.appendChild(h);'
                          f'var i=document.createElement("p");i.textContent="Log in om het formulier te starten.";r.appendChild(i);{pf}{btns}}})();</script>')
                w.put(form_url, head + script + "</body></html>")
                w.feat("js_only_form")
                return form_url, starts[0][1]
            fields = ["Naam", "Straat en huisnummer", "Postcode", "E-mailadres", "Toelichting"]
            js = "".join(f'var l{n}=document.createElement("label");l{n}.textContent="{f}";f.appendChild(l{n});var i{n}=document.createElement("{"textarea" if f == "Toelichting" else "input"}");i{n}.name="veld{n}";f.appendChild(i{n});' for n, f in enumerate(fields))
            script = (f'<div id="openforms-root" data-form-id="{slug}"></div><noscript>Schakel JavaScript in om dit formulier te gebruiken.</noscript>'
                      f'<script>(function(){{var r=document.getElementById("openforms-root");var h=document.createElement("h1");h.textContent={json.dumps(title)};r.appendChild(h);'
                      f'var f=document.createElement("form");f.method="post";f.action="http://{fh}/api/v2/submissions";{js}'
                      f'var s=document.createElement("button");s.type="submit";s.textContent="Verzenden";f.appendChild(s);r.appendChild(f);}})();</script>')
            w.put(form_url, head + script + "</body></html>")
            w.feat("js_only_form")
            return form_url, None
        if fk == "triple":
            name = "".join(p.capitalize() for p in slug.split("-"))
            form_url = f"http://{fh}/TriplEforms/DirectRegelen/{name}.aspx"
        elif fk == "gravity":
            form_url = f"http://{fh}/formulier/{slug}/"
        elif fk == "eloket":
            form_url = f"http://{fh}/start?formulier={slug}"
        elif fk == "formdesk":
            acct = "gemeentediemen" if org["dom"] == "diemen" else "gemeente"
            form_url = f"http://{fh}/{acct}/{slug}"
        else:
            raise ValueError(fk)
        if kind in ("digid", "eh", "both"):
            links = []
            first = None
            for i in (["digid", "eh"] if kind == "both" else [idp]):
                su = f"http://{fh}/auth/{slug}/{'digid' if i == 'digid' else 'eherkenning'}/start"
                w.login_start(su, i)
                first = first or su
                if fk == "triple":
                    links.append(f'<form method="get" action="{su}"><input type="image" src="http://{fh}/img/{i}-knop.png" alt="{"Inloggen met DigiD" if i == "digid" else "Inloggen met eHerkenning"}"></form>')
                else:
                    links.append(f'<p><a class="btn-login" href="{su}">{"Inloggen met DigiD" if i == "digid" else "Inloggen met eHerkenning"}</a></p>')
            body = gate_html(title, org["name"], "".join(links), prefill)
            w.put(form_url, head + body + "</body></html>")
            return form_url, first
        body = anon_form_html(title, f"http://{fh}/verzenden/{slug}")
        w.put(form_url, head + body + "</body></html>")
        return form_url, None

    def pdf_form(self, org, key, title):
        h = "http://" + org["host"]
        f = org["family"]
        name = f"aanvraagformulier-{key}.pdf"
        if f in ("iprox",):
            url = f"{h}/Documenten/Formulieren/{name}"
        elif f == "wp":
            url = f"{h}/wp-content/uploads/2024/03/{name}"
        elif f in ("catalog", "pdcq"):
            url = f"{h}/document?id=form-{key}"
        else:
            url = f"{h}/sites/default/files/formulieren/{name}"
        self.web.put(url, pdf_bytes(f"Aanvraagformulier {title}", [
            f"{org['name']}", "", "1. Gegevens aanvrager", "Naam:", "Adres:", "Postcode en woonplaats:", "Telefoonnummer:",
            "E-mailadres:", "", "2. Uw aanvraag", "Omschrijving:", "Datum / periode:", "Locatie:", "",
            "Stuur het ingevulde en ondertekende formulier naar:", f"{org['name']}, Postbus 1, of lever het in bij de balie."], form=True))
        return url

    def doc_pdf(self, org, name, title, lines):
        h = "http://" + org["host"]
        url = f"{h}/documenten/{name}.pdf" if org["family"] != "wp" else f"{h}/wp-content/uploads/2024/01/{name}.pdf"
        if url not in self.pdf_done:
            self.web.put(url, pdf_bytes(title, lines))
            self.pdf_done.add(url)
        return url


# --------------------------------------------------------------------------- shared bodies
def build_shared(web, used):
    """Shared-body sites. Returns dict kind->{key: (url, level)}."""
    routes = {}
    for sid in sorted(used):
        s = SHARED[sid]
        h = "http://" + s["host"]
        pages = {}
        head = lambda t: f'<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>{E(t)} - {E(s["name"])}</title></head><body><header><a href="/">{E(s["name"])}</a> <a href="/mijn/">Mijn omgeving</a></header><main>'
        tail = f'</main><footer>{E(s["name"])} &middot; <a href="/contact">Contact</a></footer></body></html>'
        items = []
        if s["kind"] == "tax":
            for key, t in [("belastingkwijtschelding", "Kwijtschelding aanvragen"), ("woz-bezwaar", "Bezwaar maken tegen de WOZ-waarde"),
                           ("belastingaanslag-bezwaar", "Bezwaar tegen uw aanslag"), ("betalingsregeling", "Betalingsregeling aanvragen"),
                           ("hondenbelasting", "Hond aan- of afmelden"), ("reclamebelasting", "Reclamebelasting")]:
                u = f"{h}/{slugify(t)}"
                su = f"{h}/mijn/auth/digid/start?dienst={key}"
                su = f"{h}/mijn/{key}/inloggen"
                web.login_start(su, "digid")
                extra = ""
                if key == "reclamebelasting":
                    su2 = f"{h}/mijn/{key}/eherkenning"
                    web.login_start(su2, "eh")
                    extra = f'<p><a href="{su2}">Inloggen met eHerkenning</a></p>'
                web.put(u, head(t) + f"<h1>{E(t)}</h1><p>Dit regelt u in Mijn Belastingen. Log in met DigiD; uw gegevens en aanslagen staan daar al klaar.</p>"
                        f'<p><a class="button" href="{su}">Inloggen met DigiD</a></p>{extra}' + tail)
                pages[key] = (u, 100, True)
                items.append((t, u))
        elif s["kind"] == "social":
            for key, t in [("bijstand", "Bijstandsuitkering aanvragen"), ("bijzondere-bijstand", "Bijzondere bijstand aanvragen")]:
                u = f"{h}/inkomen/{slugify(t)}"
                su = f"{h}/eloket/{key}/digid"
                web.login_start(su, "digid")
                web.put(u, head(t) + f"<h1>{E(t)}</h1><p>U vraagt dit online aan in ons e-loket. U heeft DigiD nodig.</p>"
                        f'<form method="get" action="{su}"><button type="submit">Start aanvraag met DigiD</button></form>' + tail)
                pages[key] = (u, 100, False)
                items.append((t, u))
        elif s["kind"] == "waste":
            for key, t in [("grofvuil", "Grofvuil aanmelden"), ("afvalcontainer", "Container aanvragen, omruilen of afmelden")]:
                u = f"{h}/afval/{slugify(t)}"
                web.put(u, head(t) + anon_form_html(t, f"{h}/afval/verzenden") + "<p>Vul uw postcode en huisnummer in; u ontvangt een bevestiging per e-mail.</p>" + tail)
                pages[key] = (u, 67, False)
                items.append((t, u))
        elif s["kind"] == "parking":
            t = "Parkeervergunning aanvragen"
            u = f"{h}/vergunning-aanvragen"
            su = f"{h}/login/digid"
            web.login_start(su, "digid")
            su2 = f"{h}/login/eherkenning"
            web.login_start(su2, "eh")
            web.put(u, head(t) + f"<h1>{E(t)}</h1><p>Vraag uw bewoners- of bedrijfsvergunning aan in het parkeerportaal.</p>"
                    f'<p><button onclick="location.href=\'{su}\'">Inloggen met DigiD</button> <button onclick="location.href=\'{su2}\'">Inloggen met eHerkenning</button></p>' + tail)
            pages["parkeervergunning"] = (u, 100, False)
            items.append((t, u))
        elif s["kind"] == "olo":
            u = f"{h}/aanvragen/"
            su = f"{h}/aanvragen/inloggen/digid"
            web.login_start(su, "digid")
            su2 = f"{h}/aanvragen/inloggen/eherkenning"
            web.login_start(su2, "eh")
            web.put(u, head("Aanvragen") + "<h1>Aanvraag of melding indienen</h1><p>Log in om een vergunning aan te vragen of een melding te doen. "
                    "Met DigiD vullen wij uw naam en adres alvast in.</p>"
                    f'<p><a href="{su}">Inloggen met DigiD</a></p><p><a href="{su2}">Inloggen met eHerkenning</a></p>' + tail)
            cu = f"{h}/checken/"
            web.put(cu, head("Vergunningcheck") + "<h1>Vergunningcheck</h1><p>Check of u een vergunning nodig heeft. Inloggen is niet nodig.</p>"
                    f'<form method="get" action="{h}/checken/vraag"><label>Wat wilt u doen?<select name="activiteit"><option>Dakkapel plaatsen</option><option>Schuur bouwen</option></select></label><button>Start de check</button></form>' + tail)
            web.put(f"{h}/checken/vraag", head("Vergunningcheck") + "<h1>Vraag 1 van 6</h1><p>Ligt het bouwwerk aan de voorkant van het huis?</p>" + tail)
            for k in ("omgevingsvergunning", "kapvergunning", "uitwegvergunning", "watervergunning", "wegvergunning-provinciaal", "bedrijfsafvalwater-melding"):
                pages[k] = (u, 100, True)
            items.append(("Aanvragen", u))
            items.append(("Vergunningcheck", cu))
        idx = "".join(f'<li><a href="{E(v)}">{E(t)}</a></li>' for t, v in items)
        web.put(h + "/", head(s["name"]) + f"<h1>{E(s['name'])}</h1><ul>{idx}</ul>" + tail)
        web.put(h + "/mijn/", head("Mijn omgeving") + "<h1>Mijn omgeving</h1><p>Log in met DigiD om uw gegevens te bekijken.</p>" + tail)
        web.put(h + "/contact", head("Contact") + "<h1>Contact</h1><p>Bel ons op werkdagen van 9.00 tot 17.00 uur.</p>" + tail)
        web.put(h + "/robots.txt", "User-agent: *\nDisallow: /mijn/\n")
        routes[sid] = pages
    return routes


def build_idps(web):
    for host, name in (("digid.test", "DigiD"), ("eherkenning.test", "eHerkenning")):
        body = (f'<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>{name} | Inloggen</title></head><body>'
                f'<h1>Inloggen bij {name}</h1><form method="post" action="/verder"><label>Gebruikersnaam<input name="u"></label>'
                '<label>Wachtwoord<input name="p" type="password"></label><button>Inloggen</button></form></body></html>')
        for p in ("/inloggen", "/kies-uw-leverancier", "/", "/verder"):
            web.put(f"http://{host}{p}", body)
        web.put(f"http://{host}/img/digid-logo.svg", '<svg xmlns="http://www.w3.org/2000/svg" width="40" height="40"><rect width="40" height="40" fill="#000"/><text x="4" y="26" fill="#fff" font-size="12">DigiD</text></svg>')
    web.put("http://mijn.overheid.test/", '<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>MijnOverheid</title></head><body><h1>MijnOverheid</h1><p><a href="http://mijn.overheid.test/inloggen">Inloggen met DigiD</a></p></body></html>')
    web.login_start("http://mijn.overheid.test/inloggen", "digid")


# --------------------------------------------------------------------------- the org sites
TRAP_TEXT = {
    "header_login": "site-wide Mijn/Inloggen login (DigiD) in the header",
    "footer_digid": "DigiD logo in the footer",
    "direct_box": "'Direct regelen/Veelgevraagd' box with DigiD links for other products",
    "feedback": "'Was deze informatie nuttig?' feedback form",
    "chatbot": "chatbot widget mentioning DigiD",
    "meldapp": "'Meld een probleem in de openbare ruimte' link (other product's route)",
    "appointment": "'Maak een afspraak' booking with 'Mijn afspraak' DigiD login",
    "tariff_pdf": "tariff PDF (legesverordening/tarieven)",
    "reg_pdf": "regulation PDF (verordening/beleidsregels)",
    "overview_link": "link to 'Alle formulieren' overview listing forms of other products",
    "news": "news item about DigiD next to the text",
    "mijnoverheid": "MijnOverheid login link",
    "tax_login": "regional tax office 'Mijn belastingen' DigiD login on a non-tax page",
    "olo_login": "Omgevingsloket login button on a page that is not a permit route (vergunningvrij check)",
    "contact_form": "general contact form 'Stel uw vraag'",
    "bezwaar_other": "DigiD 'Bezwaar maken' form for a different decision",
    "mailto_login": "real route is mailto while a DigiD login for something else sits beside it",
    "pdf_login": "real route is a PDF while a DigiD login for something else sits beside it",
    "sibling": "sibling page for a similar permit/melding has a higher online route",
    "noloffer_sidebar": "'not offered' page whose sidebar still has DigiD links",
    "stale_az": "stale A-Z link leads to a soft 404",
}


def build_org(b, org, shared_routes, products):
    web = b.web
    h = "http://" + org["host"]
    rng = rng_for("org", org["code"])
    applicable = []
    letter = "W" if org["org_type"] == "waterschap" else "G"
    for p in products:
        if letter in p["org_types"] and not p["offered_by"]:
            applicable.append(p["product_key"])
    # ---- plan
    plan = {}
    for key in applicable:
        if org["org_type"] == "waterschap":
            kind = HHNK_PLAN[key]
        else:
            r = rng_for("plan", org["code"], key)
            opts = []
            for v, wgt in OPTS[key]:
                if v.startswith("via:"):
                    sk = v[4:]
                    sid = "olo" if sk == "olo" else org.get(sk)
                    if not sid:
                        v = "digid" if sk in ("tax", "social", "parking") else ("anon" if sk == "waste" else v)
                        if sk == "parking":
                            v = "no"
                opts.append((v, wgt))
            kind = wchoice(r, opts)
        plan[key] = kind
    # forced variety
    if org["dom"] == "castricum":
        plan["hondenbelasting"] = "no"
    if org["dom"] == "opmeer":
        plan["parkeervergunning"] = "no"
    if org["dom"] == "diemen":
        plan["winkeltijdenontheffing"] = "no"
    # shared page paspoort+identiteitskaart on some sites
    shared_pid = org["dom"] in ("heemskerk", "koggenland", "drechterland")
    if shared_pid:
        plan["identiteitskaart"] = "appt"
    ids = {k: 1000 + i * 7 + (int(hashlib.sha256((org["code"] + k).encode()).hexdigest()[:3], 16) % 5) for i, k in enumerate(sorted(applicable))}

    # ---- choose titles & urls
    meta = {}
    for key in sorted(applicable):
        r = rng_for("title", org["code"], key)
        titles, section, intro = TXT[key]
        title = r.choice(titles).replace("{gem}", org["gem"])
        if plan[key] == "no":
            no_title, stmt = r.choice(NOT_OFFERED[key])
            title = no_title
        meta[key] = dict(title=title, section=section, intro=intro.replace("{gem}", org["gem"]))
    if shared_pid:
        meta["paspoort"]["title"] = "Paspoort en identiteitskaart"
    if org["org_type"] == "waterschap":
        meta["melding-openbare-ruimte"]["title"] = meta["watermelding"]["title"]
    urls = {}
    for key in sorted(applicable):
        urls[key] = product_url(org, meta[key]["title"], meta[key]["section"], ids[key])
    if shared_pid:
        urls["identiteitskaart"] = urls["paspoort"]
    if org["org_type"] == "waterschap":
        urls["melding-openbare-ruimte"] = urls["watermelding"]
    # uniqueness check
    seen = {}
    for key in sorted(urls):
        if urls[key] in seen and not ((shared_pid and key in ("identiteitskaart", "paspoort")) or key in ("melding-openbare-ruimte", "watermelding")):
            urls[key] = urls[key].rstrip("/") + "-" + key + ("/" if urls[key].endswith("/") else "")
        seen.setdefault(urls[key], key)

    # ---- routes (targets)
    route = {}  # key -> dict(level, url, via, prefill, start)
    for key in sorted(applicable):
        kind = plan[key]
        t = meta[key]["title"]
        rr = rng_for("route", org["code"], key)
        if kind in ("digid", "eh", "both"):
            prefill = rr.random() < 0.35 and kind != "eh"
            fu, su = b.platform_form(org, key, t, kind, prefill)
            route[key] = dict(level=100, url=fu, start=su, via="", prefill=prefill, kind=kind)
        elif kind == "anon":
            fu, _ = b.platform_form(org, key, t, "anon", False)
            route[key] = dict(level=67, url=fu, start=None, via="", prefill=False, kind=kind)
        elif kind == "pdf":
            route[key] = dict(level=33, url=b.pdf_form(org, key, t), start=None, via="", prefill=False, kind=kind)
        elif kind.startswith("via:"):
            sk = kind[4:]
            sid = "olo" if sk == "olo" else org[sk]
            u, lvl, pf = shared_routes[sid][key]
            route[key] = dict(level=lvl, url=u, start=None, via=SHARED[sid]["host"], prefill=pf, kind=kind, sid=sid)
        else:
            route[key] = dict(level=0, url="", start=None, via="", prefill=False, kind=kind)

    # CTA style per product
    style_pool = {
        "drupal": [("a", 3), ("button", 2), ("overview", 1), ("jsanchor", 1)],
        "owc": [("a", 3), ("imgalt", 2), ("iframe", 1)],
        "iprox": [("a", 2), ("getform", 2), ("overview", 2), ("imgalt", 1)],
        "catalog": [("getform", 3), ("a", 2), ("button", 1)],
        "pdc": [("iframe", 2), ("a", 2), ("button", 1)],
        "typo3": [("button", 2), ("a", 2), ("iframe", 1), ("imgalt", 1)],
        "simpdc": [("a", 2), ("overview", 2), ("jsanchor", 1)],
        "pdcq": [("getform", 2), ("overview", 2), ("a", 1)],
        "wp": [("a", 3), ("button", 1)],
    }[org["family"]]

    # DigiD routes of this site (for traps)
    digid_links = [(meta[k]["title"], route[k]["url"], k) for k in sorted(applicable) if route[k]["level"] == 100 and not route[k]["via"]]

    eloket_items = []
    labels = []
    english_pages = []
    nf_keys = [k for k in sorted(applicable) if plan[k] == "nf"]
    primary = {}
    order = sorted(applicable, key=lambda k: (k == "identiteitskaart" and shared_pid, k))
    for key in order:
        kind = plan[key]
        url = urls[key]
        m = meta[key]
        rt = route[key]
        tr = rng_for("traps", org["code"], key)
        flags = set()
        notes = []
        if kind == "nf":
            labels.append(dict(org_code=org["code"], product_key=key, level="", status="not_found", product_url="", route_url="",
                               level_strict="", via="", notes="No page for this product on the site" + (
                                   "; Trap: stale A-Z link answers with a soft 404 (status 200 'Pagina niet gevonden')." if org.get("soft404") else ".")))
            if org.get("soft404"):
                flags.add("stale_az")
            continue
        side = ""
        body = ""
        heads = SKIN[org["family"]][1]
        if kind == "no":
            stmt = [s for t_, s in NOT_OFFERED[key] if t_ == m["title"]][0].replace("{gem}", org["gem"])
            body = f"<h1>{E(m['title'])}</h1><p>{E(stmt)}</p>"
            if tr.random() < 0.6 and digid_links:
                lk = [d for d in digid_links if d[2] != key][:4]
                side += "<section class='direct'><h2>Direct regelen</h2><ul>" + "".join(
                    f'<li><a href="{E(href(org, url, u))}">{E(t)} (DigiD)</a></li>' for t, u, _ in lk) + "</ul></section>"
                flags.add("noloffer_sidebar")
            html_ = page(org, url, m["title"], body, side, trap_flags=flags)
            web.put(url, html_)
            tnotes = "; ".join(TRAP_TEXT[f] for f in sorted(flags))
            labels.append(dict(org_code=org["code"], product_key=key, level="", status="not_offered", product_url=url, route_url="",
                               level_strict="", via="", notes=f"Page '{m['title']}' states the product is not offered." + (f" Trap: {tnotes}." if flags else "")))
            web.feat("not_offered_statement")
            continue
        # --- CTA
        cta = ""
        style = wchoice(rng_for("style", org["code"], key), style_pool)
        lvl = rt["level"]
        route_url = rt["url"]
        if kind in ("digid", "eh", "both", "anon"):
            label = {"digid": "Aanvragen met DigiD", "eh": "Aanvragen met eHerkenning", "both": "Direct aanvragen",
                     "anon": "Online formulier invullen"}[kind]
            label = tr.choice({"digid": ["Aanvragen met DigiD", "Direct regelen", "Regel het online", "Start aanvraag", "DigiD link " + m["title"]],
                               "eh": ["Aanvragen (met eHerkenning)", "Online aanvragen", "Start aanvraag met eHerkenning"],
                               "both": ["Direct aanvragen", "Online aanvragen (DigiD of eHerkenning)", "Aanvragen"],
                               "anon": ["Online formulier invullen", "Meld het online", "Naar het formulier", "Formulier " + m["title"]]}[kind])
            if style == "iframe" and not rt["url"].startswith("http://" + org["fhost"]):
                style = "a"
            if style == "imgalt" and kind != "digid":
                style = "a"
            fu = rt["url"]
            if style == "a":
                if rt["start"] and tr.random() < 0.3:
                    fu = rt["start"]
                    route_url = fu
                cta = f'<p><a class="cta" href="{E(href(org, url, fu))}">{E(label)}</a></p>'
            elif style == "button":
                cta = f'<p><button type="button" class="btn-primary" onclick="location.href=\'{E(fu)}\'">{E(label)}</button></p>'
            elif style == "getform":
                if org["fkind"] == "eloket":
                    act, q = fu.split("?", 1)
                    n, v = q.split("=", 1)
                    cta = f'<form method="get" action="{E(act)}"><input type="hidden" name="{n}" value="{E(v)}"><button type="submit">{E(label)}</button></form>'
                else:
                    cta = f'<form method="get" action="{E(fu)}"><button type="submit">{E(label)}</button></form>'
            elif style == "iframe":
                cta = f'<iframe src="{E(fu)}?embed=1" title="{E(m["title"])} formulier" width="100%" height="700"></iframe>'
                route_url = fu
            elif style == "imgalt":
                cta = f'<p><a href="{E(fu)}"><img src="/assets/digid-knop.png" alt="Inloggen met DigiD"></a> {E(m["title"])} regelen</p>'
            elif style == "jsanchor":
                cta = (f'<p id="cta-{key}"></p><script>var a=document.createElement("a");a.href={json.dumps(fu)};a.textContent={json.dumps(label)};'
                       f'document.getElementById("cta-{key}").appendChild(a);</script><noscript><p>Schakel JavaScript in.</p></noscript>')
            elif style == "overview":
                cta = (f'<p>U vindt het formulier in ons <a href="{E(href(org, url, eloket_url(org)))}">E-loket / Alle formulieren</a>. '
                       f'Kies daar <em>{E(m["title"])}</em>.</p>')
            web.feat("cta_" + style)
            eloket_items.append((m["title"] + (" (DigiD)" if kind == "digid" else " (eHerkenning)" if kind == "eh" else ""), rt["url"]))
            hoe = {"digid": "U regelt dit online met DigiD.", "eh": "Ondernemers vragen dit online aan met eHerkenning (niveau EH3).",
                   "both": "U vraagt dit online aan. Inwoners loggen in met DigiD, bedrijven en instellingen met eHerkenning.",
                   "anon": "U vult het online formulier in. U heeft geen DigiD nodig."}[kind]
            if rt["prefill"] and kind != "anon":
                hoe += " Wij vullen uw gegevens alvast in: we halen uw gegevens op uit de BRP."
        elif kind == "pdf":
            sz = 90 + (ids[key] % 200)
            cta = f'<p><a href="{E(href(org, url, rt["url"]))}">Aanvraagformulier {E(m["title"].lower())} (pdf, {sz} kB)</a></p>'
            hoe = "Download het aanvraagformulier, vul het in en stuur het ondertekend op of lever het in bij de balie."
            web.feat("cta_pdf")
        elif kind.startswith("via:"):
            s = SHARED[rt["sid"]]
            lab = tr.choice(["Ga naar " + s["name"], "Regel het bij " + s["name"], "Direct regelen"])
            if s["kind"] == "olo":
                lab = tr.choice(["Aanvragen via het Omgevingsloket", "Naar het Omgevingsloket", "Vergunning aanvragen (Omgevingsloket)"])
            cta = f'<p><a class="extern" href="{E(rt["url"])}">{E(lab)}</a></p>'
            hoe = {"tax": f"{s['name']} voert de belastingen uit voor {org['gem']}. U regelt dit bij hen online.",
                   "social": f"{s['name']} voert de bijstand uit voor onze gemeente.",
                   "waste": "HVC haalt het afval op in onze gemeente. U meldt dit online bij HVC.",
                   "parking": f"Parkeervergunningen worden uitgegeven via {s['name']}.",
                   "olo": "U vraagt de vergunning aan via het Omgevingsloket van de Rijksoverheid."}[s["kind"]]
            web.feat("via_" + s["kind"])
        elif kind == "appt":
            cta = (f'<p><a href="http://afspraken.{org["dom"]}.test/">Maak een afspraak</a> bij de balie Burgerzaken.</p>')
            hoe = "U moet hiervoor persoonlijk langskomen op het gemeentehuis. Maak eerst een afspraak."
            if tr.random() < 0.7:
                cta += (f'<p>Afspraak wijzigen of annuleren? <a href="http://afspraken.{org["dom"]}.test/mijn-afspraak/inloggen">Mijn afspraak (inloggen met DigiD)</a></p>')
                flags.add("appointment")
            notes.append("appointment booking only (counter)")
        elif kind == "mailto":
            cta = f'<p>Stuur uw verzoek per e-mail naar <a href="mailto:{key}@{org["dom"]}.test">{key}@{org["dom"]}.test</a> of per post.</p>'
            hoe = "Schrijf een brief of stuur een e-mail met uw naam, adres en uw verzoek."
            notes.append("only a mailto route")
        else:
            cta = f"<p>Neem contact op via telefoonnummer {E(org['tel'])} of kom langs bij het gemeentehuis.</p>"
            hoe = "Dit regelt u niet online." if key != "overlijdensaangifte" else "Meestal doet de uitvaartondernemer de aangifte. U kunt ook zelf een afspraak maken."
            if key in ("zuiveringsheffing", "watersysteemheffing"):
                cta = "<p>U ontvangt de aanslag automatisch. Vragen? Bel ons Klantcontactcentrum.</p>"
                hoe = "U hoeft niets aan te vragen."

        # --- per-page traps
        nt = tr.random()
        cand = []
        if kind not in ("appt",):
            cand += ["tariff_pdf", "reg_pdf", "overview_link", "news", "contact_form"]
        cand += ["mijnoverheid"]
        tax_sid = org.get("tax")
        if tax_sid and SHARED[tax_sid]["kind"] == "tax" and m["section"] != "Belastingen":
            cand.append("tax_login")
        if key in ("bouwdossier-inzage", "kapvergunning", "uitwegvergunning", "ligplaatsvergunning") and not kind.startswith("via:"):
            cand.append("olo_login")
        if key not in ("bezwaar", "woz-bezwaar", "belastingaanslag-bezwaar") and "bezwaar" in route and route["bezwaar"]["level"] == 100 and not route["bezwaar"]["via"]:
            cand.append("bezwaar_other")
        if kind == "mailto" and digid_links:
            cand.append("mailto_login")
        if kind == "pdf" and digid_links:
            cand.append("pdf_login")
        if kind in ("info", "mailto", "pdf", "anon") and tr.random() < 0.2 and org["org_type"] == "gemeente" and kind != "appt":
            cand.append("appointment")
        npage = 0 if nt < 0.3 else (1 if nt < 0.75 else 2)
        if lvl < 100 and npage == 0 and tr.random() < 0.5:
            npage = 1
        chosen = sorted(tr.sample(sorted(set(cand)), min(npage, len(set(cand)))))
        for t_ in chosen:
            if t_ == "tariff_pdf":
                pu = b.doc_pdf(org, "legesverordening-tarieventabel-2025", f"Tarieventabel leges {org['gem']} 2025",
                               ["Titel 1 Algemene dienstverlening", "1.1 Uittreksel BRP  EUR 15,60", "1.2 Verklaring omtrent het gedrag  EUR 41,35",
                                "Titel 2 Fysieke leefomgeving", "2.1 Evenementenvergunning  EUR 195,00", "2.2 Standplaatsvergunning  EUR 68,50",
                                "Titel 3 Europese dienstenrichtlijn", "3.1 Exploitatievergunning horeca  EUR 412,00"])
                body_extra = f'<p>Kosten: zie de <a href="{E(href(org, url, pu))}">tarieventabel leges 2025 (pdf, 214 kB)</a>.</p>'
            elif t_ == "reg_pdf":
                pu = b.doc_pdf(org, f"verordening-{key}", f"Verordening {m['title'].lower()} {org['gem']}",
                               ["De raad van de gemeente, gelet op artikel 149 van de Gemeentewet;", "besluit vast te stellen de volgende verordening.",
                                "Artikel 1 Begripsbepalingen", "Artikel 2 Reikwijdte", "Artikel 3 Aanvraag", "Artikel 4 Weigeringsgronden", "Artikel 5 Inwerkingtreding"])
                body_extra = f'<p>Lees de <a href="{E(href(org, url, pu))}">verordening en beleidsregels (pdf)</a>.</p>'
            elif t_ == "overview_link":
                body_extra = f'<p>Op zoek naar een ander formulier? Bekijk <a href="{E(href(org, url, eloket_url(org)))}">alle formulieren</a> in het e-loket.</p>'
            elif t_ == "news":
                side += (f'<section class="news"><h2>Nieuws</h2><p><a href="{E(href(org, url, news_index_url(org) + "digid-app"))}">'
                         'Vanaf 1 juli inloggen met DigiD-app of sms-controle verplicht</a></p></section>')
                body_extra = ""
            elif t_ == "mijnoverheid":
                body_extra = '<p>Uw persoonlijke gegevens bekijkt u in <a href="http://mijn.overheid.test/">MijnOverheid (inloggen met DigiD)</a>.</p>'
            elif t_ == "tax_login":
                s = SHARED[tax_sid]
                body_extra = (f'<div class="tip"><p>Gemeentelijke belastingen regelt u bij {E(s["name"])}. '
                              f'<a href="http://{s["host"]}/mijn/woz-bezwaar/inloggen">Mijn belastingen: inloggen met DigiD</a></p></div>')
            elif t_ == "olo_login":
                body_extra = ('<div class="tip"><h3>Vergunningvrij bouwen?</h3><p>Check eerst of u een vergunning nodig heeft. '
                              '<a href="http://omgevingswet.overheid.test/aanvragen/inloggen/digid">Inloggen Omgevingsloket</a> '
                              '&middot; <a href="http://omgevingswet.overheid.test/checken/">Vergunningcheck</a></p></div>')
            elif t_ == "contact_form":
                cu = f"{h}/stel-uw-vraag"
                body_extra = f'<p>Heeft u een vraag? <a href="{E(href(org, url, cu))}">Stel uw vraag via het contactformulier</a>.</p>'
            elif t_ == "bezwaar_other":
                body_extra = (f'<p>Bent u het niet eens met een besluit van de gemeente? '
                              f'<a href="{E(route["bezwaar"]["url"])}">Bezwaar maken met DigiD</a></p>')
            elif t_ in ("mailto_login", "pdf_login"):
                t2, u2, k2 = [d for d in digid_links if d[2] != key][0] if [d for d in digid_links if d[2] != key] else digid_links[0]
                side += f'<section class="direct"><h2>Direct regelen</h2><p><a href="{E(href(org, url, u2))}">{E(t2)} (inloggen met DigiD)</a></p></section>'
                body_extra = ""
            elif t_ == "appointment":
                body_extra = (f'<p>Liever persoonlijk? <a href="http://afspraken.{org["dom"]}.test/">Maak een afspraak</a>. '
                              f'<a href="http://afspraken.{org["dom"]}.test/mijn-afspraak/inloggen">Mijn afspraak (DigiD)</a></p>')
            else:
                body_extra = ""
            hoe += "" if not body_extra else ""
            cta += body_extra
            flags.add(t_)

        # site-level box
        if "direct_box" in org["site_traps"]:
            lk = [d for d in digid_links if d[2] != key]
            lk = lk[:5]
            if lk:
                boxname = {"castricum": "Veelgevraagd", "uithoorn": "Populaire onderwerpen", "opmeer": "Direct regelen"}[org["dom"]]
                side += f"<section class='popular'><h2>{boxname}</h2><ul>" + "".join(
                    f'<li><a href="{E(href(org, url, u))}">{E(t)} (DigiD)</a></li>' for t, u, _ in lk) + "</ul></section>"
                flags.add("direct_box")
        # sibling similar permit
        if org.get("sibling") == key:
            flags.add("sibling")
        if key == "melding-openbare-ruimte":
            flags.add("no_meldapp")

        # --- body by family
        sections = heads
        p1 = f"<p>{E(m['intro'])}</p>"
        cost = "<p>Aan deze aanvraag zijn leges verbonden. Zie de tarieven.</p>" if lvl and key not in ("melding-openbare-ruimte", "klacht", "bezwaar", "watermelding") else "<p>Hieraan zijn geen kosten verbonden.</p>"
        extra_head = ""
        if key in org.get("english", []):
            eu = f"{h}/en/{slugify(TXT[key][0][0])}"
            extra_head = f'<link rel="alternate" hreflang="en" href="{eu}">'
            english_pages.append((key, eu, url, cta))
        fam = org["family"]
        if fam in ("drupal", "simpdc", "wp", "catalog"):
            body = (f"<h1>{E(m['title'])}</h1><h2>{sections[0]}</h2>{p1}<h2>{sections[1]}</h2><p>{E(hoe)}</p>"
                    f"<h2>{sections[2]}</h2>{cta}<h2>{sections[3]}</h2>{cost}")
            if fam == "catalog":
                body = (f"<h1>{E(m['title'])}</h1><table class='pdc-meta'><tr><th>Doelgroep</th><td>{'Ondernemers' if m['section'] == 'Ondernemen' else 'Inwoners'}</td></tr>"
                        f"<tr><th>Productnummer</th><td>{ids[key]}</td></tr></table>" + body.split("</h1>", 1)[1])
        elif fam in ("iprox", "pdc"):
            body = (f"<h1>{E(m['title'])}</h1>{p1}<details open><summary>{sections[1]}</summary><p>{E(hoe)}</p>{cta}</details>"
                    f"<details><summary>{sections[2]}</summary>{cost}</details><details><summary>{sections[3]}</summary><p>U moet ingeschreven staan in {E(org['gem'])}.</p></details>")
            if fam == "pdc":
                body = "<div class='utrecht-document'>" + body.replace(f"<h1>{E(m['title'])}</h1>", f"<h1 class='utrecht-heading-1'>{E(m['title'])}</h1><h2>{sections[0]}</h2>") + "</div>"
        elif fam == "owc":
            body = (f"<h1>{E(m['title'])}</h1><div class='direct-regelen'><h2>Direct regelen</h2>{cta}</div>{p1}"
                    f"<h2>{sections[2]}</h2>{cost}<h2>{sections[3]}</h2><p>{E(hoe)}</p>")
        elif fam == "typo3":
            body = (f"<h1>{E(m['title'])}</h1><div class='tabs'><h2>{sections[0]}</h2>{p1}<h2>{sections[1]}</h2><p>{E(hoe)}</p>{cta}"
                    f"<h2>{sections[2]}</h2>{cost}</div>")
        elif fam == "pdcq":
            body = (f"<h1>{E(m['title'])}</h1><dl class='pdc'><dt>{sections[0]}</dt><dd>{p1}</dd><dt>{sections[1]}</dt><dd><p>{E(hoe)}</p>{cta}</dd>"
                    f"<dt>{sections[2]}</dt><dd>{cost}</dd></dl>")
        if org.get("sibling") == key:
            sib_url = sibling_url(org, key)
            body += f'<p>Zie ook: <a href="{E(href(org, url, sib_url))}">{E(sibling_title(key))}</a></p>'
        if org.get("twin") == key:
            tw = twin_url(org, key)
            body += f'<p>Bent u ondernemer? Zie <a href="{E(href(org, url, tw))}">{E(m["title"])} (ondernemers)</a>.</p>'
        consent_bar = org["dom"] == "diemen"
        if url in primary:
            # second product on a page shared with another product: same page, same route
            pl = primary[url]
            labels.append(dict(pl, product_key=key, notes=pl["notes"]))
            web.feat("shared_page_row")
            continue
        if shared_pid and key == "paspoort":
            body = body.replace(f"<h1>{E(m['title'])}</h1>", f"<h1>{E(m['title'])}</h1><p>Een paspoort en een identiteitskaart (ID-kaart) vraagt u op dezelfde manier aan.</p>", 1)
        web.put(url, page(org, url, m["title"], body, side, extra_head=extra_head, trap_flags=flags, consent_bar=consent_bar))
        flags.discard("no_meldapp")
        route_url_l = route_url if lvl else ""
        via = rt["via"]
        strict = (100 if rt["prefill"] else 67) if lvl == 100 else lvl
        desc = {"digid": "DigiD form", "eh": "eHerkenning form", "both": "DigiD/eHerkenning form", "anon": "anonymous online form",
                "pdf": "printable PDF form", "appt": "appointment only", "info": "information only", "mailto": "mailto only"}.get(kind)
        if kind.startswith("via:"):
            desc = f"link to {SHARED[rt['sid']]['name']} ({'login' if lvl == 100 else 'anonymous form'})"
        if kind in ("digid", "eh", "both", "anon"):
            desc += f" on {org['fkind']} ({style})"
        if rt["prefill"]:
            desc += " with explicit pre-fill text"
        extra = []
        if shared_pid and key in ("paspoort", "identiteitskaart"):
            extra.append("page shared by paspoort and identiteitskaart")
        if org["org_type"] == "waterschap" and key in ("melding-openbare-ruimte", "watermelding"):
            extra.append("one page shared by melding-openbare-ruimte and watermelding")
        if org.get("twin") == key:
            extra.append("a business page of the same name exists with the same route")
        if org.get("sibling") == key:
            extra.append(f"sibling page '{sibling_title(key)}' exists")
        trap_list = [TRAP_TEXT[f] for f in sorted(flags) if f in TRAP_TEXT]
        note = f"{m['section']} page; {desc}" + ("; " + "; ".join(extra) if extra else "") + "."
        if trap_list:
            note += " Trap: " + "; ".join(trap_list) + "."
        lab = dict(org_code=org["code"], product_key=key, level=str(lvl), status="ok", product_url=url, route_url=route_url_l,
                   level_strict=str(strict), via=via, notes=note)
        labels.append(lab)
        primary[url] = lab
        if flags:
            web.feat("trap_rows")
            for f in flags:
                web.feat("trap_" + f)

    # ---- sibling, twin, English, overview, A-Z, home, contact, news, search, sitemap, robots
    for key in sorted(applicable):
        if org.get("sibling") == key and plan[key] not in ("nf", "no"):
            su = sibling_url(org, key)
            fu, _ = b.platform_form(org, key + "-melding", sibling_title(key), "anon", False)
            web.put(su, page(org, su, sibling_title(key), f"<h1>{E(sibling_title(key))}</h1><p>Voor kleine activiteiten is een melding genoeg.</p>"
                             f'<p><a href="{E(href(org, su, fu))}">Melding online doorgeven</a></p>'))
            web.feat("sibling_page")
        if org.get("twin") == key and plan[key] not in ("nf", "no"):
            tu = twin_url(org, key)
            rt = route[key]
            tgt = rt["url"]
            web.put(tu, page(org, tu, meta[key]["title"], f"<h1>{E(meta[key]['title'])}</h1><p>Informatie voor ondernemers en organisaties.</p>"
                             f'<p><a href="{E(href(org, tu, tgt))}">Aanvragen (met eHerkenning)</a></p>'))
            web.feat("twin_audience_page")
    for key, eu, nlu, cta in english_pages:
        en = TXT[key][0][0]
        en_t = {"verhuismelding": "Moving house: report your new address", "brp-uittreksel": "Extract from the Personal Records Database",
                "paspoort": "Passport", "watervergunning": "Water permit"}[key]
        web.put(eu, page(org, eu, en_t, f"<h1>{E(en_t)}</h1><p>This page is also available in <a href=\"{E(nlu)}\">Dutch</a>.</p>"
                         f"<p>You can arrange this online.</p>{cta}", lang="en", alt=("nl", nlu)))
        web.feat("english_page")
    # e-loket overview
    forms = sorted(set(eloket_items))
    ov = "".join(f'<li><a href="{E(href(org, eloket_url(org), u))}">{E(t)}</a></li>' for t, u in forms)
    web.put(eloket_url(org), page(org, eloket_url(org), "Alle formulieren", f"<h1>Alle formulieren</h1><p>Hier vindt u al onze digitale formulieren.</p><ul class='eloket'>{ov}</ul>"))
    web.feat("forms_overview_page")
    # A-Z
    items = []
    for key in sorted(applicable):
        if plan[key] == "nf":
            if org.get("soft404"):
                items.append((TXT[key][0][0], product_url(org, TXT[key][0][0], TXT[key][1], 9000 + ids[key])))
            continue
        items.append((meta[key]["title"], urls[key]))
    items = sorted(set(items))
    az = "".join(f'<li><a href="{E(href(org, az_url(org), u))}">{E(t)}</a></li>' for t, u in items)
    web.put(az_url(org), page(org, az_url(org), "Producten en diensten A-Z", f"<h1>Producten en diensten van A tot Z</h1><ul class='az'>{az}</ul>"))
    # news
    nidx = news_index_url(org)
    web.put(nidx + "digid-app", page(org, nidx + "digid-app", "Inloggen met DigiD wordt veiliger",
                                      "<h1>Inloggen met DigiD wordt veiliger</h1><p class='date'>3 maart 2025</p><p>Vanaf 1 juli kunt u bij ons alleen nog inloggen met de DigiD-app of met sms-controle. "
                                      "Dat geldt voor alle formulieren waarvoor u DigiD nodig heeft, zoals verhuizen en een uittreksel aanvragen.</p>"))
    web.put(nidx + "afvalkalender-2025", page(org, nidx + "afvalkalender-2025", "Nieuwe afvalkalender", "<h1>De afvalkalender 2025 staat online</h1><p>Bekijk wanneer uw container wordt geleegd.</p>"))
    web.put(nidx, page(org, nidx, "Nieuws", f'<h1>Nieuws</h1><ul><li><a href="{E(href(org, nidx, nidx + "digid-app"))}">Inloggen met DigiD wordt veiliger</a></li>'
                       f'<li><a href="{E(href(org, nidx, nidx + "afvalkalender-2025"))}">De afvalkalender 2025 staat online</a></li></ul>'))
    # contact + contact form
    cu = contact_url(org)
    web.put(cu, page(org, cu, "Contact", f"<h1>Contact</h1><p>Bel {E(org['tel'])} (ma-vr 8.30-17.00 uur).</p>"
                     f'<p><a href="{E(href(org, cu, h + "/stel-uw-vraag"))}">Stel uw vraag online</a></p>'))
    web.put(h + "/stel-uw-vraag", page(org, h + "/stel-uw-vraag", "Stel uw vraag", anon_form_html("Stel uw vraag", "/contact/verzenden")))
    for p_ in ("/privacy", "/toegankelijkheid"):
        web.put(h + p_, page(org, h + p_, p_[1:].capitalize(), f"<h1>{p_[1:].capitalize()}</h1><p>Informatie over {p_[1:]}.</p>"))
    # appointment host
    ah = f"http://afspraken.{org['dom']}.test"
    web.put(ah + "/", f'<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>Afspraak maken - {E(org["name"])}</title></head><body>'
            f'<h1>Afspraak maken</h1><form method="get" action="{ah}/kies-datum"><label>Product<select name="product"><option>Paspoort</option><option>ID-kaart</option><option>Rijbewijs</option></select></label>'
            '<button>Volgende</button></form><p><a href="/mijn-afspraak/inloggen">Mijn afspraak</a></p><p>Powered by JCC afspraakmanager</p></body></html>')
    web.put(ah + "/kies-datum", '<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>Kies een datum</title></head><body><h1>Kies een datum</h1></body></html>')
    web.login_start(ah + "/mijn-afspraak/inloggen", "digid")
    if any(k for k in org["site_traps"] if k == "header_login"):
        web.put(f"http://mijn.{org['dom']}.test/", f'<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>Mijn omgeving</title></head><body><h1>Mijn {E(org["gem"])}</h1><p><a href="/auth/digid/start">Inloggen met DigiD</a></p></body></html>')
        if org["fhost"] != f"mijn.{org['dom']}.test":
            pass
        web.login_start(f"http://mijn.{org['dom']}.test/auth/digid/start", "digid")
    if "meldapp" in org["site_traps"]:
        mh = f"http://www.fixi-{org['dom']}.test"
        web.put(mh + "/melding/nieuw", anon_form_html("Melding openbare ruimte", "/melding/verzenden"))
    # homepage
    top = [k for k in sorted(applicable) if plan[k] not in ("nf",)][:12]
    tl = "".join(f'<li><a href="{E(href(org, home_url(org), urls[k]))}">{E(meta[k]["title"])}</a></li>' for k in top)
    home_body = (f"<h1>Welkom bij {E(org['name'])}</h1><section><h2>Veelgezocht</h2><ul>{tl}</ul></section>"
                 f'<p><a href="{E(href(org, home_url(org), az_url(org)))}">Alle producten en diensten</a></p>')
    hp = page(org, home_url(org), "Home", home_body)
    if org.get("cookie") or org.get("splash"):
        web.put(h + "/home", hp)
        if org.get("splash"):
            sp = (f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{E(org["name"])}</title></head><body><h1>{E(org["name"])}</h1>'
                  '<p>Kies uw taal / Choose your language</p><ul><li><a href="/home">Nederlands</a></li><li><a href="/en/">English</a></li></ul></body></html>')
            web.put(home_url(org), sp)
            web.put(h + "/en/", page(org, h + "/en/", "Welcome", "<h1>Welcome to Drechterland</h1><p>Most information is in Dutch.</p>", lang="en"))
            web.feat("language_splash")
        elif org["cookie"] == "links":
            web.put(home_url(org), (f'<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>Cookies | {E(org["name"])}</title></head><body>'
                                    f'<div class="consent"><h1>Deze website gebruikt cookies</h1><p>Wij gebruiken functionele en analytische cookies.</p>'
                                    '<a href="/home?cookies=accept">Accepteren</a> <a href="/home?cookies=weiger">Weigeren</a></div></body></html>'))
            web.feat("cookie_interstitial")
        else:
            web.put(home_url(org), (f'<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>Cookies | {E(org["name"])}</title></head><body>'
                                    '<h1>Cookie-instellingen</h1><form method="get" action="/home"><input type="hidden" name="consent" value="1">'
                                    '<button type="submit">Akkoord en doorgaan</button></form></body></html>'))
            web.feat("cookie_interstitial")
    else:
        web.put(home_url(org), hp)
    for cp in ("/cookies/accepteren", "/cookies/weigeren"):
        web.put(h + cp, page(org, h + cp, "Cookie-instellingen opgeslagen", "<h1>Uw cookie-instellingen zijn opgeslagen</h1>"
                             f'<p><a href="{E(href(org, h + cp, home_url(org)))}">Verder naar de homepage</a></p>'))
    web.put(h + "/assets/site.css", "body{font-family:sans-serif}")
    web.put(h + "/assets/logo.svg", '<svg xmlns="http://www.w3.org/2000/svg" width="120" height="40"><text x="0" y="25">Logo</text></svg>')
    # search page (static shell + manifest search)
    sidx = []
    for key in sorted(applicable):
        if plan[key] == "nf":
            continue
        sidx.append({"url": urls[key], "title": meta[key]["title"], "text": meta[key]["intro"]})
    sidx = sorted({(d["url"], d["title"], d["text"]) for d in sidx})
    if org["dom"] in ("dijkenwaard", "beverwijk", "hhnk", "koggenland"):
        web.searches.append({"host": org["host"], "path": "/zoeken", "param": "zoekterm",
                             "index": f"search/{org['host']}.json", "template": f"search/{org['host']}.html"})
        web.files[("__search__", org["host"] + ".json")] = json.dumps([{"url": u, "title": t, "text": x} for u, t, x in sidx], ensure_ascii=False, indent=1).encode()
        web.files[("__search__", org["host"] + ".html")] = page(org, search_url(org), "Zoeken", "<h1>Zoekresultaten voor <!--QUERY--></h1><!--RESULTS-->").encode()
        web.feat("site_search")
    else:
        web.put(search_url(org), page(org, search_url(org), "Zoeken", "<h1>Zoeken</h1><p>Gebruik het zoekveld bovenaan of bekijk de <a href='/'>homepage</a>.</p>"))
    # robots, sitemap
    robots = "User-agent: *\nDisallow: /zoeken\n"
    if org["sitemap"]:
        robots += f"Sitemap: {h}/sitemap.xml\n"
        locs = sorted({u for u in urls.values() if plan.get([k for k in urls if urls[k] == u][0]) != "nf"} | {home_url(org), az_url(org), eloket_url(org), contact_url(org)})
        sm = '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n' + "".join(
            f"<url><loc>{E(u)}</loc></url>\n" for u in locs) + "</urlset>\n"
        web.put(h + "/sitemap.xml", sm)
        web.feat("sitemap")
    web.put(h + "/robots.txt", robots)
    # soft 404 / own 404
    nf_file = f"sites/{org['host']}/_404.html"
    web.put(h + "/_404.html", page(org, h + "/_404.html", "Pagina niet gevonden", "<h1>Pagina niet gevonden</h1><p>Helaas, de pagina die u zoekt bestaat niet (meer). Probeer het zoekveld.</p>"))
    web.not_found.append({"host": org["host"], "file": nf_file, "status": 200 if org.get("soft404") else 404})
    if org.get("soft404"):
        web.feat("soft_404_site")
    # host redirects
    if org.get("bare_redirect"):
        web.host_redirects.append({"host": org["host"].replace("www.", ""), "status": 301, "to": org["host"]})
        web.feat("www_redirect")
    if org.get("www_to_bare"):
        web.host_redirects.append({"host": "www.uithoorn.test", "status": 301, "to": "uithoorn.test"})
        web.feat("www_redirect")
    web.labels.extend(labels)


def sibling_title(key):
    return {"evenementenvergunning": "Klein evenement melden", "kapvergunning": "Boom in de openbare ruimte: melding kappen"}[key]


def sibling_url(org, key):
    h = "http://" + org["host"]
    s = slugify(sibling_title(key))
    if org["family"] == "iprox":
        return f"{h}/Inwoners/Wonen_en_bouwen/{sibling_title(key).replace(' ', '_').replace(':', '')}"
    if org["family"] == "pdc":
        return f"{h}/producten/{s}"
    return f"{h}/{s}"


def twin_url(org, key):
    h = "http://" + org["host"]
    if org["family"] == "catalog":
        return f"{h}/product?id={5000 + len(key)}"
    if org["family"] == "typo3":
        return f"{h}/ondernemers/{slugify(TXT[key][0][0])}.html"
    return f"{h}/ondernemers/{key}"


def build_uithoorn_home(web):
    """Uithoorn: www.uithoorn.test -> uithoorn.test; bare host has homepage linking to the loket host."""
    org = [o for o in ORGS if o["dom"] == "uithoorn"][0]
    h = "http://uithoorn.test"
    web.put(h + "/", f'<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>Gemeente Uithoorn</title></head><body>'
            '<header><a href="/">Gemeente Uithoorn</a></header><main><h1>Welkom in Uithoorn</h1>'
            f'<p><a href="http://{org["host"]}/">Digitaal loket: producten en diensten</a></p>'
            f'<p><a href="http://{org["host"]}/producten/">Producten A-Z</a></p></main><footer>Gemeente Uithoorn</footer></body></html>')
    web.put(h + "/robots.txt", "User-agent: *\nDisallow:\n")


def main():
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent / "web"
    products = load_products()
    web = Web()
    b = Builder(web, products)
    build_idps(web)
    used = {"olo"}
    for org in ORGS:
        for k in ("tax", "social", "waste", "parking"):
            if org.get(k):
                used.add(org[k])
    shared_routes = build_shared(web, used)
    for org in ORGS:
        build_org(b, org, shared_routes, products)
    build_uithoorn_home(web)
    # write
    if out.exists():
        shutil.rmtree(out)
    (out / "sites").mkdir(parents=True)
    (out / "search").mkdir()
    paths = {(h_, p_) for h_, p_ in web.files}
    for h_, p_ in sorted(paths):
        parts = p_.split("/")
        for i in range(1, len(parts)):
            assert (h_, "/".join(parts[:i])) not in paths, ("file/dir clash", h_, p_)
    for (host, path), data in sorted(web.files.items()):
        if host == "__search__":
            p = out / "search" / path
        else:
            p = out / "sites" / host / path
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_bytes(data)
    with open(out / "organisations.csv", "w", newline="", encoding="utf-8") as fh:
        wr = csv.writer(fh)
        wr.writerow(["code", "name", "org_type", "website", "inhabitants"])
        for o in sorted(ORGS, key=lambda o: o["code"]):
            site = "http://" + o["host"] + "/"
            if o.get("bare_redirect"):
                site = "http://" + o["host"].replace("www.", "") + "/"
            if o.get("www_to_bare"):
                site = "http://www.uithoorn.test/"
            wr.writerow([o["code"], o["name"], o["org_type"], site, o["inh"] or ""])
    cols = ["org_code", "product_key", "level", "status", "product_url", "route_url", "level_strict", "via", "notes"]
    with open(out / "labels.csv", "w", newline="", encoding="utf-8") as fh:
        wr = csv.DictWriter(fh, fieldnames=cols)
        wr.writeheader()
        for r in sorted(web.labels, key=lambda r: (r["org_code"], r["product_key"])):
            wr.writerow(r)
    manifest = {
        "name": "web-dev21 trap-weighted held-out web",
        "features": dict(sorted(web.counts.items())),
        "behaviours": {
            "redirects": sorted(web.redirects, key=lambda r: r["url"]),
            "host_redirects": sorted(web.host_redirects, key=lambda r: r["host"]),
            "not_found_pages": sorted(web.not_found, key=lambda r: r["host"]),
            "searches": sorted(web.searches, key=lambda r: r["host"]),
        },
    }
    (out / "testweb.json").write_text(json.dumps(manifest, indent=1, sort_keys=True, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {len(web.files)} files, {len(web.labels)} labels to {out}")


if __name__ == "__main__":
    main()
