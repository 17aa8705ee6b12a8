# -*- coding: utf-8 -*-
"""Own wordings for the products (written for this held-out web; not taken from any tool data).

Per product: category, title variants (formal first, then colloquial / jargon / compounds),
an English title (or None), a short intro and a 'what you need' line.
"""

P = {}


def add(key, cat, titles, en, intro, need="", cost=""):
    P[key] = dict(cat=cat, titles=titles, en=en, intro=intro, need=need, cost=cost)


add("brp-uittreksel", "burgerzaken",
    ["Uittreksel BRP", "Uittreksel uit de Basisregistratie Personen", "Bewijs van inschrijving", "Uittreksel GBA (BRP) opvragen"],
    "Extract from the Personal Records Database",
    "Met een uittreksel uit de Basisregistratie Personen (BRP) laat u zien waar u woont en wie u bent. Een werkgever, woningcorporatie of notaris kan hierom vragen.",
    "U heeft een geldig identiteitsbewijs nodig.", "Een uittreksel kost € 15,10.")
add("verhuismelding", "burgerzaken",
    ["Verhuizing doorgeven", "Verhuizen", "Adreswijziging doorgeven", "Verhuizen binnen of naar de gemeente", "Verhuisdoorgave"],
    "Moving house: register your new address",
    "Gaat u verhuizen? Geef uw nieuwe adres door tussen 4 weken voor en uiterlijk 5 dagen na de verhuisdatum. Dit geldt ook als u binnen de gemeente verhuist.",
    "U heeft het nieuwe adres en de verhuisdatum nodig. Verhuist u met anderen mee, dan doet één volwassene de aangifte voor het hele gezin.", "Het doorgeven van een verhuizing is gratis.")
add("geboorteaangifte", "burgerzaken",
    ["Geboorte aangeven", "Geboorte", "Aangifte van geboorte", "Geboorteaangifte doen", "Baby geboren"],
    "Registering a birth",
    "Is uw kindje geboren? Gefeliciteerd! U moet de geboorte binnen 3 dagen aangeven bij de gemeente waar uw kind is geboren.",
    "De aangever is een van de ouders. U heeft uw eigen identiteitsbewijs nodig.", "Aangifte doen is gratis. Een geboorteakte kost € 15,10.")
add("overlijdensaangifte", "burgerzaken",
    ["Aangifte overlijden", "Overlijden", "Overlijden melden", "Iemand is overleden"],
    "Registering a death",
    "Als iemand overlijdt, moet dat binnen 6 werkdagen worden gemeld bij de gemeente waar het overlijden plaatsvond. Meestal regelt de uitvaartondernemer dit voor u.",
    "Nodig: de verklaring van overlijden van de arts.", "Aangifte is gratis.")
add("huwelijksaangifte", "burgerzaken",
    ["Trouwen en geregistreerd partnerschap", "Melding voorgenomen huwelijk", "Trouwen", "Ondertrouw (melding voorgenomen huwelijk of partnerschap)", "Huwelijk of partnerschap melden"],
    "Getting married or registering a partnership",
    "Wilt u trouwen of een geregistreerd partnerschap aangaan? Meld dit uiterlijk 2 weken en hooguit 1 jaar voor de datum. Vroeger heette dit 'in ondertrouw gaan'.",
    "U heeft de gegevens van uw getuigen nodig (minimaal 2, maximaal 4).", "De melding is gratis; de kosten van de ceremonie hangen af van dag en locatie.")
add("paspoort", "burgerzaken",
    ["Paspoort", "Paspoort aanvragen", "Reisdocument aanvragen", "Nieuw paspoort"],
    "Passport",
    "Een paspoort is 10 jaar geldig voor volwassenen en 5 jaar voor kinderen onder de 18. U vraagt het persoonlijk aan bij de balie, want wij nemen uw vingerafdrukken af.",
    "Neem een goedgekeurde pasfoto en uw oude paspoort mee.", "Een paspoort voor 18 jaar en ouder kost € 83,35.")
add("identiteitskaart", "burgerzaken",
    ["Identiteitskaart", "ID-kaart aanvragen", "Identiteitskaart (ID-kaart)", "Nieuwe ID-kaart"],
    "Identity card",
    "Met een Nederlandse identiteitskaart kunt u zich legitimeren en reizen binnen Europa. U vraagt de kaart persoonlijk aan op het gemeentehuis.",
    "Neem een goedgekeurde pasfoto mee.", "Een ID-kaart voor 18 jaar en ouder kost € 77,85.")
add("parkeervergunning", "parkeren",
    ["Parkeervergunning", "Parkeervergunning bewoners", "Bewonersvergunning aanvragen", "Parkeren voor bewoners", "Vergunning parkeren"],
    "Parking permit",
    "Woont of werkt u in een gebied met betaald parkeren? Met een parkeervergunning parkeert u in uw eigen vergunninggebied.",
    "Het kenteken moet op uw naam staan, of u heeft een verklaring van uw werkgever of leasemaatschappij.", "Een vergunning kost € 94,20 per jaar.")
add("gehandicaptenparkeerkaart", "zorg",
    ["Gehandicaptenparkeerkaart", "Gehandicaptenparkeerkaart (GPK) aanvragen", "Invalidenparkeerkaart", "Parkeerkaart voor mensen met een beperking"],
    "Disabled parking card",
    "Kunt u door een ziekte of handicap niet ver lopen? Met een gehandicaptenparkeerkaart mag u parkeren op een algemene gehandicaptenparkeerplaats.",
    "Soms volgt een medische keuring door een onafhankelijke arts.", "De kaart kost € 75,-.")
add("gehandicaptenparkeerplaats", "zorg",
    ["Gehandicaptenparkeerplaats", "Parkeerplaats op kenteken", "Invalidenparkeerplaats bij uw woning", "Gehandicaptenparkeerplaats aanvragen"],
    "Disabled parking space",
    "Heeft u een gehandicaptenparkeerkaart en geen eigen parkeerplek? Dan kunt u een gehandicaptenparkeerplaats op kenteken bij uw huis aanvragen.",
    "U heeft een geldige gehandicaptenparkeerkaart voor bestuurders.", "Aan de aanvraag zijn geen kosten verbonden.")
add("hondenbelasting", "belastingen",
    ["Hondenbelasting", "Hond aan- of afmelden", "Honden", "Hond aanmelden", "Hondenbelasting aangifte"],
    "Dog tax",
    "Heeft u een hond, of krijgt u er een? Dan betaalt u hondenbelasting. U meldt uw hond aan binnen 14 dagen nadat u hem heeft gekregen; meld hem ook weer af als u de hond niet meer heeft.",
    "", "Het tarief is € 78,12 per hond per jaar.")
add("belastingkwijtschelding", "belastingen",
    ["Kwijtschelding gemeentelijke belastingen", "Kwijtschelding aanvragen", "Kwijtschelding", "Kunt u de belasting niet betalen?"],
    "Remission of local taxes",
    "Heeft u een laag inkomen en weinig vermogen? Dan hoeft u de afvalstoffenheffing en rioolheffing misschien niet of niet helemaal te betalen. Dit heet kwijtschelding.",
    "U heeft recente bankafschriften en een overzicht van uw inkomen nodig.", "")
add("woz-bezwaar", "belastingen",
    ["WOZ-waarde", "Bezwaar maken tegen de WOZ-waarde", "Niet eens met uw WOZ-waarde?", "WOZ-beschikking", "WOZ-bezwaar"],
    "Property valuation (WOZ)",
    "Elk jaar stelt de gemeente de WOZ-waarde van uw woning vast. Bent u het niet eens met de waarde? Dan kunt u binnen 6 weken na de datum op het aanslagbiljet bezwaar maken.",
    "Vraag eerst het taxatieverslag op; soms is een vraag stellen al genoeg.", "")
add("bijstand", "werk",
    ["Bijstandsuitkering", "Bijstand aanvragen", "Uitkering aanvragen", "Geen inkomen", "Bijstand (Participatiewet)"],
    "Social assistance benefit",
    "Heeft u geen of te weinig inkomen om van te leven? Dan heeft u misschien recht op een bijstandsuitkering volgens de Participatiewet.",
    "U heeft loonstroken, bankafschriften en uw huurcontract nodig.", "")
add("bijzondere-bijstand", "werk",
    ["Bijzondere bijstand", "Vergoeding voor extra kosten", "Bijzondere kosten vergoed krijgen", "Bijzondere bijstand aanvragen"],
    "Special assistance",
    "Heeft u onverwachte, noodzakelijke kosten die u zelf niet kunt betalen, zoals een bril, bewindvoering of een nieuwe wasmachine? Dan kunt u bijzondere bijstand aanvragen.",
    "Voeg de rekening of offerte bij.", "")
add("wmo-voorziening", "zorg",
    ["Wmo: hulp en ondersteuning thuis", "Hulp bij het huishouden", "Wmo-melding doen", "Ondersteuning aanvragen (Wmo)", "Zorg en ondersteuning thuis"],
    "Support at home (Wmo)",
    "Lukt het niet meer om zelfstandig thuis te wonen, het huishouden te doen of mee te doen in de buurt? Via de Wet maatschappelijke ondersteuning (Wmo) kijken we samen wat u nodig heeft.",
    "Na uw melding neemt een consulent contact met u op voor een keukentafelgesprek.", "U betaalt een eigen bijdrage van maximaal € 21,80 per maand.")
add("leerlingenvervoer", "onderwijs",
    ["Leerlingenvervoer", "Vervoer naar school", "Schoolvervoer aanvragen", "Leerlingenvervoer aanvragen"],
    "School transport",
    "Kan uw kind niet zelfstandig naar school door een beperking, of is de school ver weg? Dan kunt u een vergoeding of aangepast vervoer aanvragen.",
    "Vraag het vervoer vóór 1 mei aan voor het nieuwe schooljaar.", "")
add("grofvuil", "afval",
    ["Grofvuil", "Grof huishoudelijk afval laten ophalen", "Grofvuil ophalen", "Grof afval", "Afspraak grofvuil"],
    "Bulky waste collection",
    "Grofvuil is afval dat niet in uw container past, zoals meubels, matrassen en tapijt. U kunt het gratis laten ophalen of zelf naar de milieustraat brengen.",
    "Zet het grofvuil op de ophaaldag voor 7.30 uur aan de straat.", "Ophalen is gratis tot 3 m³ per keer.")
add("afvalcontainer", "afval",
    ["Afvalcontainer", "Kliko kapot of kwijt", "Minicontainer aanvragen of omruilen", "Container aanvragen, wijzigen of repareren", "Afvalcontainers"],
    "Waste bins",
    "Is uw container kapot, gestolen of wilt u een andere maat? Vraag een nieuwe container aan of laat de uwe repareren.",
    "", "Een extra container kost € 45,-.")
add("melding-openbare-ruimte", "openbare-ruimte",
    ["Melding openbare ruimte", "Melding doen", "Iets kapot op straat?", "Meldingen en klachten buitenruimte", "Losse stoeptegel of kapotte lantaarnpaal melden"],
    "Report a problem in the street",
    "Ziet u een losse stoeptegel, een kapotte lantaarnpaal, zwerfafval of een gevaarlijke boom? Laat het ons weten, dan lossen we het zo snel mogelijk op.",
    "Voeg zo mogelijk een foto toe.", "")
add("omgevingsvergunning", "bouwen",
    ["Omgevingsvergunning", "Bouwen en verbouwen", "Vergunning voor bouwen of verbouwen", "Omgevingsvergunning aanvragen", "Dakkapel, aanbouw of schuur"],
    "Environment and planning permit",
    "Wilt u bouwen, verbouwen of slopen? Voor veel activiteiten heeft u een omgevingsvergunning nodig. Doe eerst de vergunningcheck in het Omgevingsloket.",
    "Zorg voor bouwtekeningen en een situatietekening.", "U betaalt leges volgens de legesverordening.")
add("kapvergunning", "bouwen",
    ["Kapvergunning", "Boom kappen", "Bomen kappen", "Omgevingsvergunning voor het kappen van een boom", "Houtopstand vellen"],
    "Tree felling permit",
    "Wilt u een boom kappen of verplanten? Voor bomen met een stamomtrek van meer dan 80 cm op 1,30 meter hoogte heeft u meestal een vergunning nodig.",
    "Voeg een foto en een plattegrond met de plek van de boom toe.", "")
add("bouwdossier-inzage", "bouwen",
    ["Bouwdossier inzien", "Bouwtekeningen opvragen", "Bouwarchief", "Inzage bouwdossier", "Oude bouwtekeningen van uw huis"],
    "Building records",
    "Wilt u de bouwtekeningen van uw huis of een ander pand bekijken? Veel bouwdossiers liggen in ons archief.",
    "Geef het adres en het bouwjaar op.", "Digitaal aanleveren kost € 12,50 per dossier.")
add("bezwaar", "bestuur",
    ["Bezwaar maken", "Bezwaar maken tegen een besluit", "Bezwaarschrift indienen", "Niet eens met een besluit?", "Bezwaar en beroep"],
    "Objecting to a decision",
    "Bent u het niet eens met een besluit? Dan kunt u binnen 6 weken na de datum van het besluit een bezwaarschrift indienen.",
    "Stuur een kopie van het besluit mee.", "")
add("klacht", "bestuur",
    ["Klacht indienen", "Klachten", "Ontevreden? Dien een klacht in", "Klacht over een medewerker", "Klachtenregeling"],
    "Making a complaint",
    "Bent u niet tevreden over hoe een medewerker of bestuurder u heeft behandeld? Dan kunt u een klacht indienen.",
    "", "")
add("woo-verzoek", "bestuur",
    ["Woo-verzoek indienen", "Wet open overheid (Woo)", "Informatie opvragen (Woo-verzoek)", "Woo-verzoek", "Openbaarheid van bestuur"],
    "Freedom of information request",
    "Op grond van de Wet open overheid (Woo, vroeger Wob) kunt u documenten opvragen over een bestuurlijke aangelegenheid.",
    "Omschrijf zo precies mogelijk over welk onderwerp u informatie wilt.", "")
add("subsidie", "subsidie",
    ["Subsidie aanvragen", "Subsidies", "Subsidieloket", "Subsidie voor uw vereniging of activiteit"],
    "Grants",
    "Organiseert u een activiteit voor inwoners of zet u zich in voor de samenleving? Mogelijk kunt u subsidie krijgen.",
    "Stuur een begroting en activiteitenplan mee.", "")
add("evenementenvergunning", "ondernemen",
    ["Evenementenvergunning", "Evenement organiseren", "Straatfeest, braderie of festival", "Evenementen", "Vergunning voor een evenement"],
    "Event permit",
    "Organiseert u een evenement zoals een buurtfeest, braderie, markt of concert? Voor de meeste evenementen heeft u een vergunning nodig. Voor een klein evenement is een melding genoeg.",
    "Vraag de vergunning minimaal 8 weken van tevoren aan.", "")
add("exploitatievergunning-horeca", "ondernemen",
    ["Exploitatievergunning horeca", "Horecavergunning", "Horecabedrijf starten", "Exploitatievergunning"],
    "Hospitality operating licence",
    "Wilt u een café, restaurant, cafetaria of hotel beginnen? Dan heeft u een exploitatievergunning nodig. Wij doen ook een Bibob-toets.",
    "U heeft een plattegrond, huurovereenkomst en KvK-uittreksel nodig.", "")
add("alcoholvergunning", "ondernemen",
    ["Alcoholvergunning", "Drank schenken", "Alcoholwetvergunning", "Drank- en horecavergunning", "Alcohol verkopen of schenken", "Paracommercie: alcohol schenken in kantine"],
    "Alcohol licence",
    "Wilt u in uw bedrijf alcohol schenken of verkopen? Dan heeft u een vergunning op grond van de Alcoholwet nodig (vroeger Drank- en Horecawet).",
    "Leidinggevenden moeten een Verklaring Sociale Hygiëne hebben.", "")
add("terrasvergunning", "ondernemen",
    ["Terrasvergunning", "Terras", "Terras plaatsen of uitbreiden", "Terrasvergunning aanvragen"],
    "Terrace permit",
    "Wilt u als horecaondernemer een terras op straat of op het plein? Daarvoor heeft u een terrasvergunning nodig.",
    "Voeg een tekening van het terras toe.", "")
add("standplaatsvergunning", "ondernemen",
    ["Standplaatsvergunning", "Standplaats", "Verkoopwagen of foodtruck", "Standplaats innemen"],
    "Street trading pitch",
    "Wilt u vanuit een kraam, wagen of foodtruck iets verkopen op een vaste plek buiten de markt? Dan heeft u een standplaatsvergunning nodig.",
    "", "")
add("marktvergunning", "ondernemen",
    ["Marktvergunning", "Weekmarkt: standplaats op de markt", "Marktkraam", "Markt"],
    "Market stall permit",
    "Wilt u op de weekmarkt staan met een kraam? Dan heeft u een marktvergunning nodig. De marktmeester wijst de plaatsen toe.",
    "", "")
add("reclamebelasting", "ondernemen",
    ["Reclamebelasting", "Reclame", "Reclame aan uw pand", "Reclame-uiting plaatsen"],
    "Advertising",
    "Heeft u een reclamebord, lichtreclame of uithangbord aan uw pand? Dan betaalt u reclamebelasting in de aangewezen winkelgebieden.",
    "", "")
add("geluidsontheffing", "ondernemen",
    ["Geluidsontheffing", "Ontheffing geluid", "Muziek buiten", "Geluidshinder: ontheffing aanvragen"],
    "Noise exemption",
    "Maakt u bij een feest, evenement of werkzaamheden meer geluid dan is toegestaan? Dan heeft u een ontheffing nodig.",
    "", "")
add("winkeltijdenontheffing", "ondernemen",
    ["Ontheffing winkeltijden", "Koopzondag", "Winkel open op zondag", "Winkeltijden"],
    "Shop opening hours",
    "Wilt u uw winkel openen buiten de vastgestelde tijden? Dan heeft u een ontheffing van de winkeltijden nodig.",
    "", "")
add("kansspelautomaatvergunning", "ondernemen",
    ["Aanwezigheidsvergunning kansspelautomaten", "Speelautomaten", "Gokkast plaatsen", "Kansspelautomaat"],
    "Gaming machines",
    "Wilt u een kansspelautomaat in uw horecabedrijf of speelhal neerzetten? Dan heeft u een aanwezigheidsvergunning nodig.",
    "", "")
add("collectevergunning", "ondernemen",
    ["Collectevergunning", "Collecteren", "Collecte houden", "Geld inzamelen voor een goed doel"],
    "Charity collection",
    "Wilt u langs de deuren of op straat geld of goederen inzamelen voor een goed doel? Dan heeft u een collectevergunning nodig.",
    "", "")
add("ligplaatsvergunning", "water",
    ["Ligplaatsvergunning", "Woonboot", "Ligplaats voor uw boot", "Aanlegplaats"],
    "Mooring permit",
    "Wilt u met een woonboot of vaartuig ligplaats innemen in het openbaar water? Dan heeft u een ligplaatsvergunning nodig.",
    "", "")
add("uitwegvergunning", "bouwen",
    ["Uitweg aanleggen", "Uitrit of inrit", "Inrit aanleggen of verbreden", "Uitritvergunning", "Uitwegvergunning"],
    "Driveway",
    "Wilt u een uitrit maken van uw perceel naar de openbare weg? Dan heeft u toestemming nodig.",
    "Voeg een situatieschets toe.", "")
add("belastingaanslag-bezwaar", "belastingen",
    ["Bezwaar tegen uw aanslag", "Bezwaar maken tegen de belastingaanslag", "Niet eens met uw aanslag?", "Aanslag gemeentelijke belastingen"],
    "Objecting to a tax assessment",
    "Vindt u dat uw aanslag gemeentelijke belastingen niet klopt? Maak dan binnen 6 weken bezwaar.",
    "Houd uw aanslagbiljet bij de hand.", "")
add("betalingsregeling", "belastingen",
    ["Betalingsregeling", "Betalen in termijnen", "Automatische incasso", "Gespreid betalen", "Betalingsregeling aanvragen"],
    "Payment plan",
    "U kunt uw aanslag in één keer betalen of in termijnen met automatische incasso. Lukt betalen niet, vraag dan een betalingsregeling aan.",
    "", "")
# provincie / waterschap
add("beschermde-dieren-ontheffing", "natuur",
    ["Ontheffing beschermde soorten", "Flora en fauna: ontheffing", "Beschermde dieren en planten", "Soortenbescherming"],
    "Protected species exemption",
    "Bij bouw- of sloopwerk kunt u beschermde dieren of planten verstoren, zoals vleermuizen en huismussen. Daarvoor heeft u toestemming nodig.",
    "Een ecologisch onderzoek is meestal nodig.", "")
add("natuurvergunning", "natuur",
    ["Natuurvergunning", "Natura 2000-activiteit", "Vergunning natuurgebied", "Stikstof en Natura 2000"],
    "Nature permit",
    "Voor activiteiten die schade kunnen doen aan een Natura 2000-gebied, zoals stikstofuitstoot, heeft u toestemming nodig.",
    "Voeg een AERIUS-berekening toe.", "")
add("ontgrondingsvergunning", "natuur",
    ["Ontgrondingen", "Ontgrondingsvergunning", "Zand-, grind- en kleiwinning", "Ontgronden"],
    "Excavation permit",
    "Wilt u de bodem verlagen, bijvoorbeeld om zand of klei te winnen of een waterplas te graven? Dan heeft u vaak een vergunning nodig.",
    "", "")
add("tijdelijk-luchtvaartterrein", "verkeer",
    ["Ontheffing TUG (tijdelijk en uitzonderlijk gebruik)", "Landen met een helikopter of luchtballon", "Tijdelijk luchtvaartterrein", "Helikopter- of ballonlanding"],
    "Temporary airfield exemption",
    "Wilt u met een helikopter, luchtballon of watervliegtuig landen of opstijgen buiten een luchthaven? Dan heeft u een TUG-ontheffing nodig.",
    "Vraag de ontheffing uiterlijk 4 weken van tevoren aan.", "")
add("wegvergunning-provinciaal", "verkeer",
    ["Werken aan of langs de weg", "Vergunning werkzaamheden provinciale weg", "Werken op of langs een weg of vaarweg", "Objectvergunning", "Werkzaamheden in de berm"],
    "Works along a road",
    "Gaat u werken op, in of langs een weg of vaarweg in ons beheer, bijvoorbeeld voor kabels en leidingen of een steiger? Dan heeft u toestemming nodig.",
    "", "")
add("vuurwerk-ontbranding", "verkeer",
    ["Ontbrandingstoestemming", "Vuurwerk afsteken (professioneel)", "Vuurwerkshow melden", "Toestemming voor een vuurwerkshow"],
    "Fireworks display",
    "Wilt u als professioneel bedrijf een vuurwerkshow geven? Dan vraagt u een ontbrandingstoestemming aan of doet u een ontbrandingsmelding.",
    "", "")
add("schadevergoeding-provincie", "natuur",
    ["Schade door wild", "Faunaschade melden", "Tegemoetkoming schade", "Schade melden", "Nadeelcompensatie"],
    "Damage compensation",
    "Heeft u schade door beschermde dieren of door werkzaamheden? Dan kunt u in sommige gevallen een tegemoetkoming krijgen.",
    "", "")
add("watervergunning", "water",
    ["Watervergunning", "Werken in of bij het water", "Keurvergunning", "Vergunning voor werkzaamheden bij water", "Grondwater onttrekken"],
    "Water permit",
    "Wilt u iets doen in of bij een sloot, dijk of kade, zoals een dam met duiker aanleggen of grondwater onttrekken? Dan heeft u vaak een vergunning nodig.",
    "", "")
add("watermelding", "water",
    ["Melding doen bij het waterschap", "Bronbemaling melden", "Melding grondwateronttrekking", "Melden bij het waterschap"],
    "Notify the water authority",
    "Voor sommige activiteiten is geen vergunning nodig maar wel een melding, bijvoorbeeld een tijdelijke bronbemaling of het lozen van bemalingswater.",
    "Doe de melding minimaal 4 weken voordat u begint.", "")
add("zuiveringsheffing", "belastingen",
    ["Zuiveringsheffing", "Vervuilingseenheden", "Zuiveringsheffing bedrijven", "Aangifte zuiveringsheffing"],
    "Wastewater treatment levy",
    "Met de zuiveringsheffing betaalt u voor het zuiveren van afvalwater. Bedrijven betalen op basis van vervuilingseenheden en doen daarvoor soms aangifte.",
    "", "")
add("watersysteemheffing", "belastingen",
    ["Watersysteemheffing", "Waterschapsbelasting", "Ingezetenenheffing", "Waterschapsbelastingen"],
    "Water system levy",
    "Met de watersysteemheffing betaalt u mee aan droge voeten en schoon water. Iedereen die een woning huurt of bezit, betaalt deze heffing.",
    "", "")
add("bedrijfsafvalwater-melding", "water",
    ["Lozen van bedrijfsafvalwater", "Lozingsmelding", "Melding lozen afvalwater", "Bedrijfsafvalwater"],
    "Industrial wastewater discharge",
    "Loost u als bedrijf afvalwater op het riool of oppervlaktewater? Dan moet u dit vaak vooraf melden.",
    "", "")
add("studiefinanciering", "onderwijs",
    ["Studiefinanciering aanvragen", "Stufi aanvragen", "Studiefinanciering"],
    "Applying for student finance",
    "Gaat u studeren in het mbo, hbo of aan de universiteit? Vraag dan op tijd studiefinanciering aan, minstens 3 maanden voordat u begint.",
    "", "")
add("rijvaardigheid", "verkeer",
    ["Gezondheidsverklaring", "Gezondheidsverklaring invullen", "Eigen verklaring"],
    "Health declaration",
    "Moet u medisch worden gekeurd voor uw rijbewijs, bijvoorbeeld omdat u 75 jaar wordt of een groot rijbewijs wilt? Dan vult u een Gezondheidsverklaring in.",
    "", "")
