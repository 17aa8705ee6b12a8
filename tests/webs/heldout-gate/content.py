"""Product texts for the held-out web (written for this web, in the style of real Dutch
government product pages). Route-dependent sentences (how to apply) are added by the
generator; these texts say what the product is, conditions, costs and terms.

Each entry: title (colloquial page title), en (English title, used on a few English pages),
form (the name a form would carry), wat, voorw (conditions), kosten, termijn.
"""

P = {}


def add(key, title, form, wat, voorw, kosten, termijn, en=""):
    P[key] = dict(title=title, form=form, wat=wat, voorw=voorw, kosten=kosten,
                  termijn=termijn, en=en or title)


# ---------------------------------------------------------------- gemeenten: burgerzaken
add("brp-uittreksel", "Uittreksel BRP", "Uittreksel BRP aanvragen",
    "Een uittreksel uit de Basisregistratie Personen (BRP) is een officieel bewijs van uw "
    "inschrijving in de gemeente. U heeft het bijvoorbeeld nodig voor een nieuwe baan, een "
    "verblijfsvergunning of een huurwoning. Soms heet het nog 'uittreksel GBA'.",
    "U staat ingeschreven in de gemeente. Voor een ander vraagt u alleen een uittreksel aan "
    "met een schriftelijke machtiging en een kopie van zijn of haar identiteitsbewijs.",
    "Een uittreksel kost € 15,10. Een internationaal uittreksel kost hetzelfde.",
    "U krijgt het uittreksel binnen 5 werkdagen thuisgestuurd.",
    en="Extract from the Personal Records Database (BRP)")
add("verhuismelding", "Verhuizing doorgeven", "Verhuizing doorgeven",
    "Gaat u verhuizen binnen de gemeente of komt u van een andere gemeente hier wonen? "
    "Dan geeft u uw nieuwe adres aan ons door. Dat kan vanaf 4 weken voor de verhuisdatum "
    "tot uiterlijk 5 dagen erna.",
    "U geeft de verhuizing door voor uzelf en de gezinsleden die met u meeverhuizen. Woont u "
    "in bij iemand? Dan heeft u een verklaring van de hoofdbewoner nodig.",
    "Verhuizing doorgeven is gratis.",
    "Wij verwerken uw verhuizing binnen 5 werkdagen. U krijgt een bevestiging per brief.",
    en="Moving house: registering your new address")
add("geboorteaangifte", "Geboorte aangeven", "Geboorteaangifte doen",
    "Is uw kind geboren? Dan doet u binnen 3 dagen aangifte van de geboorte in de gemeente "
    "waar uw kind is geboren. Uw kind krijgt dan een burgerservicenummer (BSN).",
    "De moeder, de vader of de duomoeder doet de aangifte. Is dat niet mogelijk? Dan mag "
    "iemand anders die bij de bevalling was de aangifte doen.",
    "Aangifte doen is gratis. Een afschrift van de geboorteakte kost € 14,10.",
    "De geboorteakte wordt direct opgemaakt.")
add("overlijdensaangifte", "Overlijden aangeven", "Aangifte van overlijden",
    "Is er iemand overleden? Dan moet het overlijden worden aangegeven bij de gemeente "
    "waar de persoon is overleden. Dat moet binnen 6 dagen na het overlijden.",
    "Meestal doet de uitvaartondernemer de aangifte voor u. De arts geeft een verklaring "
    "van overlijden af.",
    "Het aangeven van een overlijden is gratis. Een afschrift van de overlijdensakte kost € 14,10.",
    "De overlijdensakte wordt opgemaakt binnen 2 werkdagen.")
add("huwelijksaangifte", "Trouwen of geregistreerd partnerschap", "Melding voorgenomen huwelijk of partnerschap",
    "Wilt u trouwen of een geregistreerd partnerschap aangaan? Dan meldt u dat eerst bij de "
    "gemeente. Dit heette vroeger 'ondertrouw'. U doet de melding minimaal 2 weken en "
    "maximaal 1 jaar voor de trouwdatum.",
    "U bent allebei 18 jaar of ouder en niet al getrouwd. U heeft 2 tot 4 getuigen.",
    "De melding is gratis. De kosten van de ceremonie hangen af van dag, tijd en locatie.",
    "Wij controleren de gegevens binnen 2 weken.")
add("paspoort", "Paspoort aanvragen", "Paspoort aanvragen",
    "Een paspoort is een reisdocument en een geldig identiteitsbewijs. Een paspoort voor "
    "volwassenen is 10 jaar geldig, voor kinderen onder de 18 jaar 5 jaar.",
    "U vraagt het paspoort persoonlijk aan op het gemeentehuis. Neem een goedgelijkende "
    "pasfoto en uw oude paspoort of identiteitskaart mee. Kinderen onder de 18 hebben "
    "toestemming van beide ouders nodig.",
    "Paspoort 18 jaar en ouder: € 84,30. Paspoort jonger dan 18 jaar: € 61,20.",
    "Uw paspoort is na 6 werkdagen klaar. Ophalen doet u zelf, binnen 3 maanden.",
    en="Applying for a passport")
add("identiteitskaart", "Identiteitskaart aanvragen", "Identiteitskaart aanvragen",
    "Met een Nederlandse identiteitskaart kunt u zich legitimeren en reizen binnen Europa "
    "en naar een aantal andere landen.",
    "U komt zelf naar het gemeentehuis. Neem een pasfoto mee die niet ouder is dan 6 "
    "maanden en uw oude identiteitsbewijs.",
    "Identiteitskaart 18 jaar en ouder: € 77,85. Jonger dan 18 jaar: € 43,50.",
    "De identiteitskaart is na 6 werkdagen klaar.",
    en="Applying for an identity card")
# ---------------------------------------------------------------- parkeren
add("parkeervergunning", "Parkeervergunning", "Parkeervergunning aanvragen",
    "Woont of werkt u in een gebied met betaald parkeren of vergunninghoudersparkeren? "
    "Dan kunt u een parkeervergunning aanvragen. Met de vergunning parkeert u in uw eigen "
    "vergunninggebied.",
    "U staat ingeschreven op een adres in het vergunninggebied en de auto staat op uw naam, "
    "of u heeft een leaseauto of auto van de zaak. Per adres geven we maximaal 2 "
    "vergunningen uit.",
    "Een bewonersvergunning kost € 96,00 per jaar. Een tweede vergunning kost € 192,00.",
    "U kunt de vergunning meestal direct gebruiken. Uw kenteken is de vergunning.",
    en="Parking permit")
add("gehandicaptenparkeerkaart", "Gehandicaptenparkeerkaart", "Aanvraag gehandicaptenparkeerkaart",
    "Kunt u door een ziekte of handicap maar een korte afstand lopen? Dan kunt u een "
    "gehandicaptenparkeerkaart (GPK) aanvragen. Er is een kaart voor bestuurders en een "
    "kaart voor passagiers.",
    "U kunt niet meer dan 100 meter lopen, ook niet met een hulpmiddel. Dit duurt langer "
    "dan 6 maanden. Een onafhankelijke arts beoordeelt uw aanvraag.",
    "De kaart kost € 127,00. Daarnaast betaalt u de kosten van de medische keuring.",
    "Wij beslissen binnen 8 weken.")
add("gehandicaptenparkeerplaats", "Gehandicaptenparkeerplaats aanvragen", "Aanvraag gehandicaptenparkeerplaats",
    "Heeft u een gehandicaptenparkeerkaart en is er bij uw woning weinig parkeerruimte? "
    "Dan kunt u een parkeerplaats op kenteken aanvragen, dicht bij uw huis.",
    "U heeft een gehandicaptenparkeerkaart voor bestuurders en een eigen auto. U heeft geen "
    "parkeerplaats op eigen terrein.",
    "Aan de aanvraag zijn geen kosten verbonden.",
    "Binnen 8 weken nemen wij een verkeersbesluit. Daarna plaatsen we het bord.")
# ---------------------------------------------------------------- belastingen
add("hondenbelasting", "Hondenbelasting", "Hond aan- of afmelden",
    "Heeft u een hond? Dan betaalt u hondenbelasting. U moet uw hond aanmelden binnen 14 "
    "dagen nadat u de hond heeft gekregen. Heeft u geen hond meer, meld hem dan af.",
    "Voor hulphonden betaalt u geen hondenbelasting.",
    "Voor de eerste hond betaalt u € 87,60 per jaar, voor elke volgende hond € 131,40.",
    "U krijgt een aanslag of een verminderingsbeschikking binnen 8 weken.")
add("belastingkwijtschelding", "Kwijtschelding gemeentelijke belastingen", "Kwijtschelding aanvragen",
    "Heeft u een laag inkomen en weinig vermogen? Dan hoeft u de gemeentelijke belastingen "
    "misschien niet te betalen. U kunt kwijtschelding aanvragen voor de afvalstoffenheffing "
    "en de rioolheffing.",
    "Uw inkomen is niet hoger dan de bijstandsnorm en u heeft geen spaargeld of auto van "
    "grote waarde. Ondernemers kunnen geen kwijtschelding krijgen voor zakelijke belastingen.",
    "Kwijtschelding aanvragen is gratis.",
    "U krijgt binnen 8 weken bericht. Zolang wij uw verzoek behandelen, hoeft u niet te betalen.")
add("woz-bezwaar", "WOZ-waarde en bezwaar", "Bezwaar WOZ-waarde",
    "Ieder jaar bepalen we de WOZ-waarde van uw woning of bedrijfspand. Bent u het niet eens "
    "met de waarde op uw aanslag? Dan kunt u binnen 6 weken bezwaar maken.",
    "Bekijk eerst het taxatieverslag. Zo ziet u met welke woningen we uw woning hebben "
    "vergeleken.",
    "Bezwaar maken is gratis.",
    "Wij beslissen binnen 6 weken na het einde van de bezwaartermijn.")
add("reclamebelasting", "Reclamebelasting", "Aangifte reclamebelasting",
    "Ondernemers met reclame-uitingen aan de gevel die vanaf de openbare weg zichtbaar zijn, "
    "betalen reclamebelasting. De opbrengst gaat naar het ondernemersfonds.",
    "De belasting geldt voor uitingen groter dan 0,25 m2.",
    "Het tarief hangt af van de oppervlakte van de reclame.",
    "U krijgt de aanslag in het voorjaar.")
add("belastingaanslag-bezwaar", "Bezwaar tegen uw belastingaanslag", "Bezwaar belastingaanslag",
    "Bent u het niet eens met uw aanslag gemeentelijke belastingen? Bijvoorbeeld omdat het "
    "aantal personen in uw huishouden niet klopt? Dan kunt u bezwaar maken.",
    "U maakt bezwaar binnen 6 weken na de datum op het aanslagbiljet.",
    "Bezwaar maken is gratis.",
    "U krijgt binnen 6 weken een uitspraak op uw bezwaar.")
add("betalingsregeling", "Betalingsregeling belastingen", "Betalingsregeling aanvragen",
    "Kunt u uw aanslag niet in één keer betalen? Betaal dan met automatische incasso in 10 "
    "termijnen. Lukt dat ook niet, dan kunt u een betalingsregeling aanvragen.",
    "U heeft geen betalingsachterstand bij een eerdere regeling.",
    "Een betalingsregeling is gratis.",
    "U krijgt binnen 4 weken bericht.")
# ---------------------------------------------------------------- werk en inkomen, zorg
add("bijstand", "Bijstandsuitkering", "Bijstand aanvragen",
    "Heeft u geen of te weinig inkomen om van te leven? Dan kunt u misschien een "
    "bijstandsuitkering krijgen. De bijstand vult uw inkomen aan tot het sociaal minimum.",
    "U bent 18 jaar of ouder, woont in de gemeente en heeft niet genoeg geld om van te "
    "leven. U zoekt werk of doet mee aan een re-integratietraject.",
    "Het aanvragen van bijstand is gratis.",
    "U krijgt binnen 8 weken een besluit. U kunt een voorschot aanvragen.")
add("bijzondere-bijstand", "Bijzondere bijstand", "Bijzondere bijstand aanvragen",
    "Heeft u een laag inkomen en onverwachte, noodzakelijke kosten? Bijvoorbeeld voor een "
    "bril, een tandarts of de eigen bijdrage voor rechtsbijstand? Dan kunt u bijzondere "
    "bijstand aanvragen.",
    "Vraag bijzondere bijstand aan voordat u de kosten maakt. U stuurt bewijsstukken mee, "
    "zoals offertes en rekeningen.",
    "Aanvragen is gratis.",
    "Wij beslissen binnen 8 weken.")
add("wmo-voorziening", "Hulp en ondersteuning (Wmo)", "Melding Wmo",
    "Heeft u hulp nodig om thuis te blijven wonen, bijvoorbeeld bij het huishouden, of "
    "heeft u een scootmobiel of woningaanpassing nodig? Dan kunt u een melding doen voor "
    "ondersteuning uit de Wet maatschappelijke ondersteuning (Wmo).",
    "Eerst kijken we samen wat u zelf of met hulp van uw omgeving kunt regelen. Daarna "
    "volgt een gesprek met een consulent.",
    "Voor de meeste voorzieningen betaalt u een eigen bijdrage van maximaal € 21,80 per maand.",
    "Binnen 6 weken na uw melding is er een gesprek. Na uw aanvraag beslissen we binnen 2 weken.")
add("leerlingenvervoer", "Leerlingenvervoer", "Aanvraag leerlingenvervoer",
    "Kan uw kind niet zelfstandig naar school, bijvoorbeeld door een beperking of omdat de "
    "school ver weg is? Dan kunt u een vergoeding of aangepast vervoer aanvragen.",
    "De school is meer dan 6 kilometer van uw huis, of uw kind kan door een handicap niet "
    "zelfstandig reizen. Vraag het vervoer uiterlijk 1 juni aan voor het nieuwe schooljaar.",
    "Het vervoer is gratis. Bij een hoog inkomen kan een eigen bijdrage gelden.",
    "U krijgt binnen 8 weken een besluit.")
# ---------------------------------------------------------------- afval en openbare ruimte
add("grofvuil", "Grofvuil", "Grofvuil ophalen",
    "Grofvuil is afval dat te groot is voor de container, zoals meubels, matrassen en "
    "tapijt. Wij halen het bij u thuis op, of u brengt het zelf naar de milieustraat.",
    "Per keer halen we maximaal 2 m3 op. Zet het grofvuil op de ophaaldag voor 7.30 uur "
    "aan de straat.",
    "Ophalen kost € 27,50 per keer. Wegbrengen naar de milieustraat is gratis.",
    "Wij halen het grofvuil binnen 2 weken op.")
add("afvalcontainer", "Afvalcontainer aanvragen of wijzigen", "Container aanvragen of wijzigen",
    "Heeft u een nieuwe container nodig, is uw container kapot of gestolen, of wilt u een "
    "grotere of kleinere container? Dan kunt u dat bij ons aanvragen.",
    "De container hoort bij het adres. Neem hem niet mee als u verhuist.",
    "Een reparatie is gratis. Een extra container kost € 45,00.",
    "Wij leveren of repareren de container binnen 10 werkdagen.")
add("melding-openbare-ruimte", "Melding openbare ruimte", "Melding openbare ruimte",
    "Ziet u een losse stoeptegel, een kapotte lantaarnpaal, zwerfafval of een overvolle "
    "prullenbak? Meld het ons, dan lossen we het op.",
    "Is er direct gevaar? Bel dan 112 of de storingsdienst.",
    "Een melding doen is gratis.",
    "U krijgt binnen 5 werkdagen bericht over wat we met uw melding doen.")
# ---------------------------------------------------------------- bouwen, wonen
add("omgevingsvergunning", "Omgevingsvergunning", "Omgevingsvergunning aanvragen",
    "Wilt u bouwen, verbouwen, slopen of een monument veranderen? Dan heeft u misschien een "
    "omgevingsvergunning nodig. Sinds de Omgevingswet (1 januari 2024) doet u de check en "
    "de aanvraag in het Omgevingsloket.",
    "Doe eerst de vergunningcheck. Dan weet u of u een vergunning nodig heeft of een "
    "melding moet doen. Voor grotere plannen kunt u een vooroverleg aanvragen.",
    "U betaalt leges. De hoogte hangt af van de bouwkosten.",
    "Wij beslissen binnen 8 weken. Deze termijn kan één keer met 6 weken worden verlengd.")
add("kapvergunning", "Boom kappen", "Kapvergunning aanvragen",
    "Wilt u een boom kappen? Voor sommige bomen heeft u een vergunning nodig. Dat hangt af "
    "van de dikte van de stam en de plek van de boom.",
    "Een vergunning is nodig voor bomen met een stamomtrek van meer dan 60 centimeter, "
    "gemeten op 1,30 meter hoogte, en voor bomen op de lijst van waardevolle bomen.",
    "De leges voor een kapvergunning zijn € 78,00 per aanvraag.",
    "Wij beslissen binnen 8 weken.")
add("bouwdossier-inzage", "Bouwtekeningen en bouwdossier inzien", "Aanvraag inzage bouwdossier",
    "Wilt u de bouwtekening of vergunning van uw huis of een ander pand bekijken? Dan kunt u "
    "het bouwdossier opvragen uit het archief.",
    "U vraagt het dossier op met het adres. Bouwtekeningen van woningen van anderen mag u "
    "alleen inzien, niet kopiëren.",
    "Inzien is gratis. Een digitale kopie kost € 7,50 per dossier.",
    "Het dossier ligt binnen 10 werkdagen voor u klaar.")
add("uitwegvergunning", "Uitrit of inrit aanleggen", "Aanvraag uitweg",
    "Wilt u een nieuwe uitrit maken of een bestaande uitrit verbreden? Dan heeft u "
    "toestemming nodig, omdat de stoep en de berm van de gemeente zijn.",
    "De uitrit mag de verkeersveiligheid niet in gevaar brengen en er mag geen "
    "openbare parkeerplaats verdwijnen.",
    "De leges zijn € 112,00. De kosten van de aanleg betaalt u zelf.",
    "Wij beslissen binnen 8 weken.")
add("ligplaatsvergunning", "Ligplaats voor uw boot", "Aanvraag ligplaatsvergunning",
    "Wilt u een boot of woonboot in openbaar water van de gemeente laten liggen? Dan heeft u "
    "een ligplaatsvergunning nodig.",
    "Er zijn maar een beperkt aantal ligplaatsen. Is er geen plek vrij, dan komt u op de "
    "wachtlijst.",
    "De ligplaatsvergunning kost € 210,00 per jaar voor een pleziervaartuig.",
    "Wij beslissen binnen 8 weken.")
# ---------------------------------------------------------------- bestuur
add("bezwaar", "Bezwaar maken", "Bezwaarschrift indienen",
    "Bent u het niet eens met een besluit van de gemeente? Dan kunt u bezwaar maken. Dat "
    "doet u binnen 6 weken nadat het besluit is verstuurd.",
    "In uw bezwaarschrift staan uw naam en adres, de datum, een omschrijving van het "
    "besluit en waarom u het er niet mee eens bent. Vergeet niet het te ondertekenen.",
    "Bezwaar maken is gratis.",
    "U krijgt binnen 12 weken na het einde van de bezwaartermijn een beslissing.")
add("klacht", "Klacht indienen", "Klachtenformulier",
    "Bent u niet tevreden over hoe een medewerker of bestuurder u heeft behandeld? Dan kunt "
    "u een klacht indienen. Wij nemen eerst contact met u op om te kijken of we het samen "
    "kunnen oplossen.",
    "Dient u een klacht in over een besluit? Dan moet u bezwaar maken. Een melding over de "
    "openbare ruimte is geen klacht.",
    "Een klacht indienen is gratis.",
    "Wij handelen uw klacht binnen 6 weken af.")
add("woo-verzoek", "Woo-verzoek indienen", "Woo-verzoek",
    "Wilt u informatie van de gemeente die nog niet openbaar is? Dan kunt u een verzoek "
    "doen op grond van de Wet open overheid (Woo). Vroeger heette dit een Wob-verzoek.",
    "Geef zo precies mogelijk aan over welk onderwerp en welke periode u informatie wilt.",
    "Een Woo-verzoek is gratis.",
    "Wij beslissen binnen 4 weken. Deze termijn kan met 2 weken worden verlengd.")
add("subsidie", "Subsidie aanvragen", "Subsidieaanvraag",
    "Organiseert u een activiteit voor de inwoners, of heeft uw vereniging of stichting "
    "ondersteuning nodig? Misschien komt u in aanmerking voor subsidie.",
    "Bekijk eerst de subsidieregeling en de voorwaarden. Voor jaarlijkse subsidies vraagt u "
    "uiterlijk 1 oktober aan voor het volgende jaar.",
    "Aanvragen is gratis.",
    "Wij beslissen binnen 8 weken na ontvangst van de volledige aanvraag.")
# ---------------------------------------------------------------- ondernemen
add("evenementenvergunning", "Evenementenvergunning", "Evenementenvergunning aanvragen",
    "Organiseert u een evenement, zoals een braderie, concert, sportwedstrijd of "
    "buurtfeest? Dan heeft u meestal een evenementenvergunning nodig.",
    "Vraag de vergunning minimaal 8 weken van tevoren aan, voor grote evenementen 12 weken. "
    "Voeg een situatietekening en een veiligheidsplan toe.",
    "De leges voor een evenementenvergunning zijn € 95,00; voor grote evenementen € 395,00.",
    "Wij beslissen binnen 8 weken.")
add("exploitatievergunning-horeca", "Exploitatievergunning horeca", "Aanvraag exploitatievergunning",
    "Wilt u een café, restaurant, lunchroom of ander horecabedrijf beginnen? Dan heeft u een "
    "exploitatievergunning nodig.",
    "De leidinggevenden voldoen aan de eisen van de Alcoholwet en de APV. Wij doen een "
    "Bibob-toets.",
    "De leges zijn € 325,00.",
    "Wij beslissen binnen 8 weken. Bij een Bibob-onderzoek kan dit langer duren.")
add("alcoholvergunning", "Alcoholvergunning", "Aanvraag alcoholvergunning",
    "Wilt u in uw horecabedrijf of slijterij alcohol verkopen of schenken? Dan heeft u een "
    "alcoholvergunning nodig (vroeger drank- en horecavergunning).",
    "Leidinggevenden zijn 21 jaar of ouder, hebben een Verklaring Sociale Hygiëne en staan "
    "niet onder curatele.",
    "De leges zijn € 380,00. Een wijziging van leidinggevenden kost € 52,00.",
    "Wij beslissen binnen 8 weken.")
add("terrasvergunning", "Terras", "Aanvraag terrasvergunning",
    "Wilt u een terras bij uw horecazaak? Dan heeft u toestemming van de gemeente nodig. Die "
    "toestemming hoort bij uw exploitatievergunning.",
    "Er blijft 1,5 meter vrije doorgang op de stoep. Het terras mag tot 23.00 uur open.",
    "Een terras kost € 24,00 per m2 per jaar aan precariobelasting.",
    "Wij beslissen binnen 4 weken.")
add("standplaatsvergunning", "Standplaats", "Aanvraag standplaatsvergunning",
    "Wilt u vanuit een kraam, wagen of foodtruck iets verkopen op een vaste plek buiten de "
    "markt? Dan heeft u een standplaatsvergunning nodig.",
    "Er zijn een beperkt aantal standplaatsen. Op de lijst met vrije plaatsen ziet u waar "
    "nog ruimte is.",
    "De leges zijn € 68,00 per jaar.",
    "Wij beslissen binnen 8 weken.")
add("marktvergunning", "Weekmarkt", "Aanvraag marktplaats",
    "Wilt u een kraam op de weekmarkt? Dan heeft u een marktvergunning nodig, voor een vaste "
    "plaats of als dagplaatser (sollicitant).",
    "Dagplaatsen worden op de marktdag om 8.00 uur verdeeld door de marktmeester.",
    "Het marktgeld is € 2,10 per strekkende meter per marktdag.",
    "Voor een vaste plaats geldt een wachtlijst.")
add("geluidsontheffing", "Ontheffing geluid", "Aanvraag geluidsontheffing",
    "Gaat u iets organiseren waarbij u meer geluid maakt dan is toegestaan, zoals muziek "
    "bij een feest of werkzaamheden 's nachts? Dan heeft u een ontheffing nodig.",
    "Vraag de ontheffing minstens 4 weken van tevoren aan. Informeer de buren.",
    "De leges zijn € 42,50.",
    "Wij beslissen binnen 4 weken.")
add("winkeltijdenontheffing", "Winkeltijden en koopzondagen", "Ontheffing winkeltijden",
    "Winkels mogen op maandag tot en met zaterdag open van 6.00 tot 22.00 uur. Wilt u op "
    "andere tijden open? Dan heeft u soms een ontheffing nodig.",
    "De ontheffing geldt voor bijzondere dagen of een toeristisch seizoen.",
    "Een ontheffing kost € 55,00.",
    "Wij beslissen binnen 8 weken.")
add("kansspelautomaatvergunning", "Speelautomaten", "Aanvraag aanwezigheidsvergunning kansspelautomaten",
    "Wilt u een speelautomaat met geldprijzen in uw café of speelhal plaatsen? Dan heeft u "
    "een aanwezigheidsvergunning nodig.",
    "In een café mogen maximaal 2 kansspelautomaten staan. Het personeel heeft de "
    "instructie verslavingspreventie gevolgd.",
    "De leges zijn € 56,50 per automaat.",
    "Wij beslissen binnen 8 weken.")
add("collectevergunning", "Collecteren", "Aanvraag collectevergunning",
    "Wilt u langs de deuren gaan om geld in te zamelen voor een goed doel? Dan heeft u "
    "toestemming van de gemeente nodig.",
    "Landelijke goede doelen op het CBF-collecterooster hebben al toestemming. Lokale "
    "organisaties vragen toestemming aan.",
    "Toestemming is gratis.",
    "Wij beslissen binnen 4 weken.")

# ---------------------------------------------------------------- provincies
add("beschermde-dieren-ontheffing", "Ontheffing soortenbescherming", "Aanvraag ontheffing beschermde soorten",
    "Gaat u werkzaamheden doen waarbij beschermde dieren of planten worden verstoord, zoals "
    "vleermuizen of huismussen in een gebouw dat wordt gesloopt? Dan heeft u een "
    "omgevingsvergunning of ontheffing voor een flora- en fauna-activiteit nodig.",
    "Laat eerst een quickscan of natuurtoets uitvoeren door een ecologisch adviesbureau.",
    "Aan een aanvraag zijn geen leges verbonden.",
    "Wij beslissen binnen 13 weken.")
add("natuurvergunning", "Natuurvergunning (Natura 2000)", "Aanvraag natuurvergunning",
    "Heeft uw activiteit mogelijk gevolgen voor een Natura 2000-gebied, bijvoorbeeld door "
    "stikstofdepositie? Dan heeft u een omgevingsvergunning voor een Natura 2000-activiteit "
    "nodig.",
    "Maak een AERIUS-berekening van de stikstofdepositie.",
    "Er zijn geen leges.",
    "Wij beslissen binnen 8 weken, bij de uitgebreide procedure binnen 6 maanden.")
add("ontgrondingsvergunning", "Ontgronden", "Aanvraag ontgrondingsvergunning",
    "Wilt u zand, grind of klei winnen, of de bodem dieper vergraven dan is toegestaan? "
    "Dan heeft u een vergunning voor een ontgrondingsactiviteit nodig.",
    "Kleine ontgrondingen, zoals het graven van een vijver, zijn vaak vrijgesteld.",
    "De leges hangen af van de hoeveelheid grond.",
    "Wij beslissen binnen 8 weken.")
add("tijdelijk-luchtvaartterrein", "Ontheffing tijdelijk luchtvaartterrein (TUG)", "Aanvraag TUG-ontheffing",
    "Wilt u met een helikopter, luchtballon of watervliegtuig landen of opstijgen buiten een "
    "luchthaven? Dan heeft u een ontheffing voor tijdelijk en uitzonderlijk gebruik (TUG) nodig.",
    "Vraag de ontheffing minimaal 6 weken voor de vlucht aan. De eigenaar van het terrein "
    "geeft toestemming.",
    "De leges zijn € 147,00 per ontheffing.",
    "Wij beslissen binnen 6 weken.")
add("wegvergunning-provinciaal", "Werken langs een provinciale weg of vaarweg", "Aanvraag vergunning werken aan provinciale weg",
    "Wilt u kabels of leidingen leggen, een uitrit maken of werkzaamheden doen in of langs "
    "een provinciale weg of vaarweg? Dan heeft u toestemming nodig van de wegbeheerder.",
    "Stuur een situatietekening en een planning mee. Voor werk op de rijbaan is een "
    "verkeersplan nodig.",
    "Aan de aanvraag zijn geen kosten verbonden.",
    "Wij beslissen binnen 8 weken.")
add("vuurwerk-ontbranding", "Vuurwerk afsteken (ontbrandingstoestemming)", "Aanvraag ontbrandingstoestemming",
    "Wilt u als professioneel vuurwerkbedrijf een vuurwerkshow geven? Dan heeft u "
    "toestemming van Gedeputeerde Staten nodig, de ontbrandingstoestemming.",
    "Alleen bedrijven met een erkende vergunning mogen professioneel vuurwerk afsteken. "
    "Vraag de toestemming minstens 14 dagen van tevoren aan.",
    "De leges zijn € 212,00.",
    "Wij beslissen binnen 14 dagen.")
add("schadevergoeding-provincie", "Schade door wilde dieren", "Tegemoetkoming faunaschade aanvragen",
    "Heeft u als boer of grondgebruiker schade door beschermde dieren, zoals ganzen of "
    "reeën? Dan kunt u een tegemoetkoming in de schade aanvragen.",
    "U heeft zelf maatregelen genomen om schade te voorkomen. Meld de schade binnen 7 "
    "werkdagen nadat u deze heeft ontdekt.",
    "U betaalt € 300,00 behandelbijdrage per aanvraag.",
    "Een taxateur beoordeelt de schade binnen 14 dagen.")
add("watervergunning", "Watervergunning", "Aanvraag watervergunning",
    "Wilt u werken in of bij een watergang of dijk, water onttrekken of lozen? Dan heeft u "
    "een omgevingsvergunning voor een wateractiviteit nodig (vroeger watervergunning).",
    "Kijk eerst in de waterschapsverordening of er algemene regels gelden. Dan is een "
    "melding soms genoeg.",
    "Er zijn geen leges voor een watervergunning.",
    "Wij beslissen binnen 8 weken.")
# ---------------------------------------------------------------- waterschappen
add("watermelding", "Melding wateractiviteit", "Melding werkzaamheden",
    "Voor een aantal activiteiten in of bij het water heeft u geen vergunning nodig, maar "
    "moet u wel een melding doen, bijvoorbeeld voor het dempen van een kleine sloot of een "
    "tijdelijke grondwateronttrekking.",
    "Doe de melding minimaal 4 weken voordat u begint.",
    "Een melding is gratis.",
    "U mag beginnen 4 weken na de melding, tenzij wij anders laten weten.")
add("zuiveringsheffing", "Zuiveringsheffing", "Aangifte zuiveringsheffing",
    "Met de zuiveringsheffing betaalt u voor het zuiveren van afvalwater uit huishoudens en "
    "bedrijven. De heffing is gebaseerd op vervuilingseenheden.",
    "Een huishouden van één persoon betaalt voor 1 vervuilingseenheid, een huishouden van "
    "twee of meer personen voor 3. Bedrijven met veel afvalwater doen aangifte.",
    "Het tarief is € 68,45 per vervuilingseenheid.",
    "U krijgt de aanslag in februari of maart.")
add("watersysteemheffing", "Watersysteemheffing", "",
    "Met de watersysteemheffing betaalt u mee aan veilige dijken, voldoende en schoon water. "
    "Inwoners betalen de heffing ingezetenen; eigenaren van woningen, grond en natuur betalen "
    "ook de heffing gebouwd of ongebouwd.",
    "De heffing gebouwd is een percentage van de WOZ-waarde.",
    "Heffing ingezetenen: € 112,36 per huishouden.",
    "De aanslag komt in het voorjaar.")
add("bedrijfsafvalwater-melding", "Bedrijfsafvalwater lozen", "Melding lozing bedrijfsafvalwater",
    "Loost uw bedrijf afvalwater op het riool of op oppervlaktewater? Dan moet u dit vaak "
    "melden, of heeft u een vergunning nodig.",
    "Geef de samenstelling en de hoeveelheid afvalwater op.",
    "Een melding is gratis.",
    "Wij reageren binnen 4 weken.")
# ---------------------------------------------------------------- rijk
add("aow-uitkering", "AOW aanvragen", "AOW aanvragen",
    "Het AOW-pensioen is het basispensioen van de overheid. U krijgt AOW vanaf uw AOW-leeftijd "
    "als u in Nederland woont of heeft gewoond of gewerkt.",
    "U vraagt de AOW ongeveer 6 maanden voor uw AOW-leeftijd aan. Wij sturen u daarover een brief.",
    "Aanvragen is gratis.", "U hoort binnen 8 weken of u AOW krijgt.",
    en="Applying for AOW pension")
add("kinderbijslag", "Kinderbijslag aanvragen", "Kinderbijslag aanvragen",
    "Kinderbijslag is een bijdrage in de kosten voor de opvoeding van uw kind tot 18 jaar. "
    "Na de geboorte van uw kind krijgt u meestal vanzelf een brief van ons.",
    "U woont of werkt in Nederland en het kind hoort bij uw huishouden.",
    "Aanvragen is gratis.", "Kinderbijslag wordt elk kwartaal betaald.",
    en="Applying for child benefit")
add("vog", "Verklaring Omtrent het Gedrag (VOG)", "VOG aanvragen",
    "Een Verklaring Omtrent het Gedrag (VOG) is een verklaring waaruit blijkt dat uw gedrag "
    "in het verleden geen bezwaar is voor een bepaalde taak of functie.",
    "De organisatie of werkgever vult een deel van de aanvraag in.",
    "Een VOG voor een natuurlijk persoon kost € 44,05.", "Justis beslist binnen 4 weken.")

# Page title variants: each organisation picks one (real sites word the same product differently).
TITLES = {
    "brp-uittreksel": ["Uittreksel BRP", "Uittreksel Basisregistratie Personen (BRP) aanvragen", "Uittreksel uit de BRP",
                       "Uittreksel BRP aanvragen"],
    "verhuismelding": ["Verhuizing doorgeven", "Verhuizen", "Adreswijziging doorgeven", "Verhuizing doorgeven"],
    "geboorteaangifte": ["Geboorte aangeven", "Geboorteaangifte", "Aangifte geboorte", "Geboorte"],
    "overlijdensaangifte": ["Overlijden aangeven", "Aangifte overlijden", "Overlijden", "Overlijden aangeven"],
    "huwelijksaangifte": ["Trouwen of geregistreerd partnerschap", "Melding voorgenomen huwelijk",
                          "Ondertrouw (melding voorgenomen huwelijk of partnerschap)", "Trouwen"],
    "paspoort": ["Paspoort aanvragen", "Paspoort"],
    "identiteitskaart": ["Identiteitskaart aanvragen", "Identiteitskaart", "ID-kaart aanvragen"],
    "parkeervergunning": ["Parkeervergunning", "Parkeervergunning bewoners", "Parkeervergunning aanvragen"],
    "gehandicaptenparkeerkaart": ["Gehandicaptenparkeerkaart", "Gehandicaptenparkeerkaart (GPK) aanvragen",
                                  "Gehandicaptenparkeerkaart aanvragen"],
    "gehandicaptenparkeerplaats": ["Gehandicaptenparkeerplaats aanvragen", "Gehandicaptenparkeerplaats op kenteken",
                                   "Gehandicaptenparkeerplaats"],
    "hondenbelasting": ["Hondenbelasting", "Hond aanmelden of afmelden", "Hondenbelasting: hond aan- of afmelden"],
    "belastingkwijtschelding": ["Kwijtschelding gemeentelijke belastingen", "Kwijtschelding belastingen",
                                "Kwijtschelding aanvragen"],
    "woz-bezwaar": ["WOZ-waarde en bezwaar", "Bezwaar WOZ-beschikking", "WOZ-waarde", "Bezwaar maken tegen de WOZ-waarde"],
    "bijstand": ["Bijstandsuitkering", "Bijstand aanvragen", "Uitkering aanvragen (bijstand)"],
    "bijzondere-bijstand": ["Bijzondere bijstand", "Bijzondere bijstand aanvragen", "Extra kosten: bijzondere bijstand"],
    "wmo-voorziening": ["Hulp en ondersteuning (Wmo)", "Wmo-voorzieningen", "Hulp bij het huishouden en andere Wmo-ondersteuning",
                        "Wmo: ondersteuning thuis"],
    "leerlingenvervoer": ["Leerlingenvervoer", "Vergoeding leerlingenvervoer", "Leerlingenvervoer aanvragen"],
    "grofvuil": ["Grofvuil", "Grof huishoudelijk afval", "Grofvuil laten ophalen"],
    "afvalcontainer": ["Afvalcontainer aanvragen of wijzigen", "Minicontainers", "Container kapot, kwijt of extra nodig"],
    "melding-openbare-ruimte": ["Melding openbare ruimte", "Melding doen", "Melding of klacht over de buitenruimte",
                                "Meldingen openbare ruimte"],
    "omgevingsvergunning": ["Omgevingsvergunning", "Omgevingsvergunning aanvragen", "Bouwen en verbouwen: omgevingsvergunning"],
    "kapvergunning": ["Boom kappen", "Kapvergunning", "Bomen kappen"],
    "bouwdossier-inzage": ["Bouwtekeningen en bouwdossier inzien", "Bouwdossier opvragen", "Inzage bouwarchief"],
    "bezwaar": ["Bezwaar maken", "Bezwaar maken tegen een besluit", "Bezwaarschrift indienen"],
    "klacht": ["Klacht indienen", "Klacht over de gemeente", "Klachten"],
    "woo-verzoek": ["Woo-verzoek indienen", "Woo-verzoek", "Informatie opvragen (Woo-verzoek)"],
    "subsidie": ["Subsidie aanvragen", "Subsidies", "Subsidie voor verenigingen en stichtingen"],
    "evenementenvergunning": ["Evenementenvergunning", "Evenement organiseren", "Evenementenvergunning aanvragen"],
    "exploitatievergunning-horeca": ["Exploitatievergunning horeca", "Exploitatievergunning", "Horecabedrijf beginnen: exploitatievergunning"],
    "alcoholvergunning": ["Alcoholvergunning", "Alcoholwetvergunning", "Drank- en horecavergunning (alcoholvergunning)"],
    "terrasvergunning": ["Terras", "Terrasvergunning", "Terras bij uw horecazaak"],
    "standplaatsvergunning": ["Standplaats", "Standplaatsvergunning", "Verkopen vanuit een kraam of foodtruck"],
    "marktvergunning": ["Weekmarkt", "Marktplaats aanvragen", "Marktvergunning"],
    "geluidsontheffing": ["Ontheffing geluid", "Geluidsontheffing", "Ontheffing geluidshinder"],
    "winkeltijdenontheffing": ["Winkeltijden en koopzondagen", "Ontheffing winkeltijden"],
    "kansspelautomaatvergunning": ["Speelautomaten", "Aanwezigheidsvergunning kansspelautomaten", "Kansspelautomaat plaatsen"],
    "collectevergunning": ["Collecteren", "Collectevergunning", "Inzamelen van geld of goederen"],
    "ligplaatsvergunning": ["Ligplaats voor uw boot", "Ligplaatsvergunning", "Aanlegplaats"],
    "uitwegvergunning": ["Uitrit of inrit aanleggen", "Uitweg aanleggen of wijzigen", "Inrit (uitweg)"],
    "belastingaanslag-bezwaar": ["Bezwaar tegen uw belastingaanslag", "Bezwaar maken tegen de aanslag gemeentelijke belastingen",
                                 "Bezwaar belastingaanslag"],
    "betalingsregeling": ["Betalingsregeling belastingen", "Gespreid betalen", "Betalingsregeling aanvragen"],
}

# Pages for products that are not measured (distractors a real site also has).
EXTRA = [
    ("Rijbewijs aanvragen of verlengen", "appt",
     "Is uw rijbewijs verlopen of kwijt? Vraag een nieuw rijbewijs aan bij de gemeente. Uw gezondheidsverklaring "
     "regelt u bij het CBR."),
    ("Afvalkalender", "info",
     "Op de afvalkalender ziet u wanneer we welk afval ophalen. Download de app of bekijk de kalender per adres."),
    ("Verklaring Omtrent het Gedrag (VOG)", "info",
     "Een VOG vraagt u online aan bij Justis, of op papier bij de gemeente met het formulier dat u van uw werkgever krijgt."),
    ("Erkenning van een kind", "appt",
     "Bent u niet getrouwd en wilt u uw kind erkennen? Dat kan voor of na de geboorte. Maak een afspraak."),
    ("Naamgebruik wijzigen", "digid",
     "Bent u getrouwd of heeft u een geregistreerd partner? Dan kunt u kiezen welke achternaam de gemeente gebruikt."),
    ("Naturalisatie", "appt",
     "Wilt u Nederlander worden? Dan kunt u een verzoek tot naturalisatie indienen bij de gemeente."),
    ("Gevonden en verloren voorwerpen", "info",
     "Iets verloren of gevonden? Kijk op verlorenofgevonden.nl of neem contact op met de gemeente."),
]
