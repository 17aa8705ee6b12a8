"""Product texts, written for this web from general knowledge of Dutch government sites.

Per product: titles (variants as real sites use them), a topic, the 'wat is het' intro,
what you need, costs, duration, and the name of the form."""

P = {}


def prod(key, titles, topic, intro, nodig, kosten, duur, form, extra=""):
    P[key] = dict(titles=titles, topic=topic, intro=intro, nodig=nodig, kosten=kosten,
                  duur=duur, form=form, extra=extra)


# ---------------------------------------------------------------- gemeenten: burgerzaken
prod("brp-uittreksel", ["Uittreksel BRP", "Uittreksel Basisregistratie Personen (BRP)",
                        "Uittreksel BRP aanvragen", "Uittreksel uit de BRP"], "burgerzaken",
     "Met een uittreksel uit de Basisregistratie Personen (BRP) laat u zien waar u woont en "
     "sinds wanneer. Soms heeft u ook een uittreksel nodig met uw adreshistorie of uw "
     "burgerlijke staat, bijvoorbeeld voor een woningcorporatie, een werkgever of een "
     "buitenlandse instantie.",
     ["uw DigiD als u het online aanvraagt", "een geldig identiteitsbewijs als u aan de balie komt",
      "het doel waarvoor u het uittreksel nodig heeft"],
     "Een uittreksel kost € 16,10 (tarief 2024).",
     "U krijgt het uittreksel binnen 5 werkdagen thuisgestuurd.",
     "Uittreksel BRP aanvragen")
prod("verhuismelding", ["Verhuizen", "Verhuizing doorgeven", "Verhuizing doorgeven binnen of naar de gemeente",
                        "Adreswijziging doorgeven", "Verhuizen naar of binnen de gemeente"], "burgerzaken",
     "Gaat u verhuizen naar of binnen de gemeente? Dan geeft u uw nieuwe adres aan ons door. "
     "Dit kan vanaf 4 weken voor de verhuisdatum tot uiterlijk 5 dagen erna. Wij geven uw "
     "nieuwe adres door aan andere overheidsinstanties, zoals de Belastingdienst.",
     ["de verhuisdatum", "het nieuwe adres", "de gegevens van de personen die met u meeverhuizen",
      "toestemming van de hoofdbewoner als u bij iemand intrekt"],
     "Het doorgeven van een verhuizing is gratis.",
     "Uw verhuizing wordt binnen 5 werkdagen verwerkt.",
     "Verhuizing doorgeven")
prod("geboorteaangifte", ["Geboorte aangeven", "Aangifte geboorte", "Geboorteaangifte",
                          "Geboorte", "Aangifte doen van een geboorte"], "burgerzaken",
     "Is uw kind geboren? Dan moet u binnen 3 werkdagen aangifte doen van de geboorte in de "
     "gemeente waar uw kind geboren is. Uw kind krijgt dan een burgerservicenummer en wordt "
     "ingeschreven in de BRP.",
     ["uw identiteitsbewijs", "de geboortedatum en -plaats van het kind",
      "een eventuele erkenning of naamskeuzeverklaring"],
     "Aangifte van een geboorte is gratis.",
     "U krijgt direct een bevestiging; de akte wordt binnen enkele dagen opgemaakt.",
     "Geboorteaangifte doen")
prod("overlijdensaangifte", ["Overlijden aangeven", "Aangifte overlijden", "Overlijden",
                             "Overlijden van een dierbare", "Aangifte van overlijden"], "burgerzaken",
     "Als iemand overlijdt, moet dat binnen 6 dagen worden aangegeven bij de gemeente waar de "
     "persoon is overleden. Meestal regelt de uitvaartondernemer de aangifte voor u.",
     ["de verklaring van overlijden van de arts", "het identiteitsbewijs van de overledene"],
     "De aangifte is gratis. Voor een akte van overlijden betaalt u € 16,10.",
     "De akte van overlijden wordt dezelfde dag opgemaakt.",
     "Aangifte overlijden")
prod("huwelijksaangifte", ["Trouwen of geregistreerd partnerschap", "Melding voorgenomen huwelijk",
                           "Ondertrouw", "Trouwen en partnerschap", "Huwelijk of partnerschap melden"],
     "burgerzaken",
     "Wilt u trouwen of een geregistreerd partnerschap aangaan? Dan meldt u dit minimaal 2 weken "
     "en maximaal 1 jaar voor de datum van het huwelijk bij de gemeente. Dit heet de melding "
     "voorgenomen huwelijk of partnerschap (vroeger: ondertrouw).",
     ["de gegevens van beide partners", "de gegevens van 2 tot 4 getuigen",
      "de gewenste datum en locatie"],
     "De melding is gratis. Voor de ceremonie betaalt u een tarief dat afhangt van dag en tijd.",
     "Na de melding krijgt u binnen 2 weken bericht.",
     "Melding voorgenomen huwelijk of partnerschap")
prod("paspoort", ["Paspoort", "Paspoort aanvragen", "Paspoort en identiteitskaart",
                  "Reisdocumenten", "Paspoort of ID-kaart aanvragen"], "burgerzaken",
     "Een paspoort vraagt u persoonlijk aan bij de balie van de gemeente waar u staat "
     "ingeschreven. U maakt hiervoor eerst een afspraak. Bij de aanvraag worden uw foto, "
     "handtekening en vingerafdrukken vastgelegd.",
     ["een goedgelijkende pasfoto die voldoet aan de eisen", "uw oude paspoort",
      "toestemming van beide ouders voor kinderen onder 18 jaar"],
     "Een paspoort voor 18 jaar en ouder kost € 82,25 (2024).",
     "Uw paspoort ligt na 5 werkdagen klaar.",
     "Toestemming reisdocument minderjarige")
prod("identiteitskaart", ["Identiteitskaart", "ID-kaart aanvragen", "Identiteitskaart aanvragen",
                          "Nederlandse identiteitskaart"], "burgerzaken",
     "Met een Nederlandse identiteitskaart kunt u zich legitimeren en reizen binnen Europa. U "
     "vraagt de identiteitskaart persoonlijk aan bij de balie. Maak hiervoor eerst een afspraak.",
     ["een recente pasfoto", "uw huidige identiteitsbewijs"],
     "Een identiteitskaart voor 18 jaar en ouder kost € 77,20 (2024).",
     "De kaart ligt na 5 werkdagen klaar.",
     "Toestemming reisdocument minderjarige")
# ---------------------------------------------------------------- parkeren
prod("parkeervergunning", ["Parkeervergunning", "Parkeervergunning aanvragen", "Bewonersvergunning",
                           "Parkeervergunning voor bewoners", "Parkeren: vergunning aanvragen"], "parkeren",
     "Woont of werkt u in een gebied met betaald parkeren of vergunningparkeren? Dan kunt u "
     "een parkeervergunning aanvragen. Met de vergunning parkeert u in uw eigen vergunninggebied.",
     ["het kenteken van uw auto", "uw DigiD of eHerkenning", "een iDEAL-betaling"],
     "Een bewonersvergunning kost € 118,20 per jaar. Een bedrijfsvergunning kost € 236,40 per jaar.",
     "De vergunning is direct geldig na de betaling.",
     "Parkeervergunning aanvragen")
prod("gehandicaptenparkeerkaart", ["Gehandicaptenparkeerkaart", "Gehandicaptenparkeerkaart (GPK)",
                                   "Parkeren met een handicap", "Gehandicaptenparkeerkaart aanvragen",
                                   "Invalidenparkeerkaart"], "parkeren",
     "Heeft u een ziekte of handicap waardoor u moeilijk loopt? Dan kunt u een "
     "gehandicaptenparkeerkaart aanvragen. Er is een kaart voor bestuurders en een kaart voor "
     "passagiers. Een onafhankelijke arts beoordeelt uw aanvraag.",
     ["een recente pasfoto", "een medische verklaring (vragenlijst)", "uw rijbewijs als u zelf rijdt"],
     "De kaart kost € 151,00, inclusief het medisch onderzoek.",
     "Binnen 8 weken neemt de gemeente een besluit.",
     "Aanvraagformulier gehandicaptenparkeerkaart")
prod("gehandicaptenparkeerplaats", ["Gehandicaptenparkeerplaats", "Gehandicaptenparkeerplaats aanvragen",
                                    "Eigen parkeerplaats voor gehandicapten", "Invalidenparkeerplaats"],
     "parkeren",
     "Heeft u een gehandicaptenparkeerkaart en kunt u niet in de buurt van uw woning parkeren? "
     "Dan kunt u een gehandicaptenparkeerplaats op kenteken aanvragen.",
     ["een geldige gehandicaptenparkeerkaart", "het kenteken van de auto", "een kopie van het kentekenbewijs"],
     "Aan de aanvraag zijn geen kosten verbonden.",
     "Binnen 8 weken krijgt u een besluit; de aanleg duurt daarna ongeveer 6 weken.",
     "Aanvraag gehandicaptenparkeerplaats")
# ---------------------------------------------------------------- belastingen
prod("hondenbelasting", ["Hondenbelasting", "Hond aan- of afmelden", "Hond aanmelden",
                         "Hondenbelasting: hond aan- en afmelden", "Honden"], "belastingen",
     "Heeft u een hond? Dan betaalt u hondenbelasting. U moet uw hond aanmelden binnen 14 dagen "
     "nadat u de hond heeft gekregen. Heeft u geen hond meer, meld de hond dan af.",
     ["het aantal honden", "de datum vanaf wanneer u de hond heeft"],
     "De hondenbelasting bedraagt € 86,40 voor de eerste hond en € 129,60 voor elke volgende hond.",
     "U krijgt een aanslag bij de eerstvolgende belastingaanslag.",
     "Hond aan- of afmelden")
prod("belastingkwijtschelding", ["Kwijtschelding", "Kwijtschelding gemeentelijke belastingen",
                                 "Kwijtschelding aanvragen", "Kwijtschelding belastingen",
                                 "Kan ik mijn belasting niet betalen?"], "belastingen",
     "Heeft u een laag inkomen en weinig vermogen? Dan kunt u kwijtschelding aanvragen voor de "
     "afvalstoffenheffing, rioolheffing of de onroerendezaakbelasting. U hoeft dan (een deel van) "
     "de aanslag niet te betalen.",
     ["bewijsstukken van uw inkomen en uitgaven", "bankafschriften van de laatste 3 maanden",
      "de aanslag waarvoor u kwijtschelding vraagt"],
     "Aan het aanvragen van kwijtschelding zijn geen kosten verbonden.",
     "U krijgt binnen 8 weken een beslissing.",
     "Verzoek om kwijtschelding")
prod("woz-bezwaar", ["WOZ-waarde", "Bezwaar maken tegen de WOZ-waarde", "Bezwaar WOZ-beschikking",
                     "WOZ-bezwaar", "Niet eens met uw WOZ-waarde?"], "belastingen",
     "Bent u het niet eens met de WOZ-waarde van uw woning of bedrijfspand? Dan kunt u binnen "
     "6 weken na de dagtekening van het aanslagbiljet bezwaar maken. Bekijk eerst het "
     "taxatieverslag; daarin ziet u met welke woningen uw woning is vergeleken.",
     ["het aanslagbiljet of de WOZ-beschikking", "de reden van uw bezwaar",
      "eventueel foto's of een taxatierapport"],
     "Bezwaar maken is gratis.",
     "U krijgt binnen 3 maanden een uitspraak.",
     "Bezwaarschrift WOZ-beschikking")
prod("reclamebelasting", ["Reclamebelasting", "Reclame", "Reclame-uitingen en reclamebelasting",
                          "Reclamebord of uithangbord plaatsen"], "ondernemen",
     "Ondernemers met reclame-uitingen die zichtbaar zijn vanaf de openbare weg betalen in het "
     "centrum reclamebelasting. De opbrengst gaat naar de ondernemersvereniging.",
     ["het aantal en de afmetingen van de reclame-uitingen"],
     "Het tarief hangt af van de grootte van de reclame-uiting.",
     "U krijgt jaarlijks een aanslag.",
     "Aangifte reclamebelasting")
# ---------------------------------------------------------------- zorg en inkomen
prod("bijstand", ["Bijstandsuitkering", "Bijstand aanvragen", "Uitkering aanvragen",
                  "Bijstand", "Geen of te weinig inkomen"], "werk-en-inkomen",
     "Heeft u geen of te weinig inkomen om van te leven en kunt u geen andere uitkering krijgen? "
     "Dan kunt u misschien een bijstandsuitkering krijgen. De bijstand vult uw inkomen aan tot "
     "het sociaal minimum.",
     ["uw identiteitsbewijs", "bankafschriften van de afgelopen 3 maanden",
      "loonstroken of bewijs van andere inkomsten", "uw huurcontract"],
     "Aan de aanvraag zijn geen kosten verbonden.",
     "U krijgt binnen 8 weken een besluit.",
     "Aanvraag bijstandsuitkering")
prod("bijzondere-bijstand", ["Bijzondere bijstand", "Bijzondere bijstand aanvragen",
                             "Vergoeding bijzondere kosten", "Extra kosten? Bijzondere bijstand"],
     "werk-en-inkomen",
     "Heeft u onverwachte, noodzakelijke kosten die u niet zelf kunt betalen? Bijvoorbeeld voor "
     "een bril, bewindvoering of een wasmachine? Dan kunt u misschien bijzondere bijstand krijgen.",
     ["een offerte of nota van de kosten", "bewijs van inkomen en vermogen"],
     "Aanvragen is gratis.",
     "U krijgt binnen 8 weken een besluit.",
     "Aanvraag bijzondere bijstand")
prod("wmo-voorziening", ["Wmo", "Hulp en ondersteuning (Wmo)", "Wmo-voorziening aanvragen",
                         "Ondersteuning thuis", "Hulp bij het huishouden", "Wmo-melding"], "zorg",
     "Heeft u hulp nodig om zelfstandig thuis te kunnen blijven wonen? Bijvoorbeeld hulp bij het "
     "huishouden, een scootmobiel of een woningaanpassing? Via de Wet maatschappelijke "
     "ondersteuning (Wmo) kunt u ondersteuning krijgen. Eerst volgt een gesprek met een consulent.",
     ["uw burgerservicenummer", "een beschrijving van uw situatie"],
     "Voor de meeste voorzieningen betaalt u een eigen bijdrage van maximaal € 21,80 per maand.",
     "Binnen 6 weken na uw melding is het onderzoek klaar.",
     "Melding Wmo")
prod("leerlingenvervoer", ["Leerlingenvervoer", "Vergoeding leerlingenvervoer", "Leerlingenvervoer aanvragen",
                           "Vervoer naar school", "Aangepast vervoer naar school"], "onderwijs",
     "Kan uw kind niet zelfstandig naar school? Bijvoorbeeld omdat de school ver weg is of door "
     "een beperking? Dan kunt u leerlingenvervoer of een vergoeding voor de reiskosten aanvragen.",
     ["het inschrijvingsbewijs van de school", "eventueel een medische verklaring"],
     "Afhankelijk van uw inkomen betaalt u een eigen bijdrage.",
     "Vraag het vervoer vóór 1 juni aan voor het nieuwe schooljaar. U krijgt binnen 8 weken een besluit.",
     "Aanvraag leerlingenvervoer")
# ---------------------------------------------------------------- afval
prod("grofvuil", ["Grofvuil", "Grof huishoudelijk afval", "Grofvuil laten ophalen", "Grof afval",
                  "Grofvuil aanmelden"], "afval",
     "Grof huishoudelijk afval is afval dat te groot is voor de container, zoals meubels, "
     "matrassen en tapijt. U kunt het gratis naar de milieustraat brengen of tegen betaling "
     "laten ophalen.",
     ["een lijst van wat er opgehaald moet worden (maximaal 2 m3)"],
     "Ophalen kost € 27,50 per keer.",
     "Het grofvuil wordt binnen 2 weken opgehaald.",
     "Grofvuil aanmelden")
prod("afvalcontainer", ["Afvalcontainer", "Minicontainer aanvragen of omruilen", "Container aanvragen",
                        "Kliko kapot of kwijt", "Afvalcontainers"], "afval",
     "Is uw minicontainer kapot, gestolen of wilt u een grotere of kleinere container? Dan "
     "kunt u een nieuwe container aanvragen of uw container laten omruilen.",
     ["uw adres", "het soort container (rest, gft of papier)"],
     "Een nieuwe container kost € 45,00. Reparatie is gratis.",
     "De container wordt binnen 10 werkdagen geleverd.",
     "Container aanvragen of wijzigen")
# ---------------------------------------------------------------- openbare ruimte, wonen
prod("melding-openbare-ruimte", ["Melding openbare ruimte", "Melding doen", "Melding openbare ruimte doen",
                                 "Iets melden", "Klachten en meldingen openbare ruimte",
                                 "Melding woon- en leefomgeving"], "melden",
     "Ziet u een losse stoeptegel, een kapotte lantaarnpaal, zwerfvuil of een volle "
     "afvalbak? Geef het aan ons door. Zo houden we samen de buurt schoon, heel en veilig.",
     ["de plek (adres of kaart)", "een omschrijving", "eventueel een foto"],
     "Een melding doen is gratis.",
     "Meestal lossen we uw melding binnen 2 weken op.",
     "Melding openbare ruimte")
prod("omgevingsvergunning", ["Omgevingsvergunning", "Omgevingsvergunning aanvragen",
                             "Bouwen en verbouwen", "Vergunning voor bouwen", "Vergunningcheck en aanvragen"],
     "bouwen",
     "Wilt u bouwen, verbouwen, slopen of het gebruik van een pand wijzigen? Dan heeft u soms "
     "een omgevingsvergunning nodig. Doe eerst de vergunningcheck in het Omgevingsloket. Daar "
     "ziet u of u een vergunning nodig heeft of dat een melding genoeg is.",
     ["tekeningen van de huidige en nieuwe situatie", "een situatietekening",
      "constructieberekeningen (bij bouwen)"],
     "De leges hangen af van de bouwkosten. Zie de legesverordening.",
     "Binnen 8 weken (reguliere procedure) of 26 weken (uitgebreide procedure).",
     "Aanvraag omgevingsvergunning")
prod("kapvergunning", ["Kapvergunning", "Boom kappen", "Kapvergunning aanvragen",
                       "Omgevingsvergunning voor het kappen van een boom", "Bomen kappen"], "bouwen",
     "Wilt u een boom kappen? Voor sommige bomen heeft u een omgevingsvergunning voor "
     "het vellen van houtopstand nodig (kapvergunning). Dat geldt voor monumentale bomen en "
     "bomen met een stamomtrek van meer dan 60 cm op 1,30 m hoogte.",
     ["een foto van de boom", "de reden van het kappen", "een situatieschets"],
     "De leges zijn € 82,50 per aanvraag.",
     "Binnen 8 weken krijgt u een besluit.",
     "Aanvraag kapvergunning")
prod("bouwdossier-inzage", ["Bouwdossier inzien", "Bouwtekeningen opvragen", "Inzage bouwdossier",
                            "Bouwarchief", "Tekeningen van uw huis opvragen"], "bouwen",
     "Wilt u de bouwtekeningen of vergunningen van uw huis of een ander pand bekijken? Vraag "
     "dan het bouwdossier op. U kunt het dossier digitaal ontvangen of inzien in het archief.",
     ["het adres van het pand", "welke stukken u zoekt"],
     "Digitaal ontvangen is gratis; kopieën op papier kosten € 0,50 per pagina.",
     "U krijgt het dossier binnen 10 werkdagen.",
     "Aanvraag inzage bouwdossier")
prod("uitwegvergunning", ["Uitweg of inrit aanleggen", "Uitwegvergunning", "Inrit aanleggen",
                          "Uitrit aanleggen of wijzigen", "Uitweg aanleggen, verbreden of veranderen"], "bouwen",
     "Wilt u een nieuwe uitrit (inrit) naar de openbare weg aanleggen of een bestaande "
     "verbreden? Dan heeft u een vergunning nodig.",
     ["een situatietekening met de plek en breedte van de uitweg", "foto's van de huidige situatie"],
     "De leges zijn € 139,00.",
     "Binnen 8 weken krijgt u een besluit.",
     "Aanvraag uitwegvergunning")
prod("ligplaatsvergunning", ["Ligplaatsvergunning", "Ligplaats voor een boot", "Woonboot en ligplaats",
                             "Boot aanmeren", "Ligplaatsvergunning aanvragen"], "wonen",
     "Wilt u een boot of woonboot op een vaste plek in het openbaar water leggen? Dan heeft u "
     "een ligplaatsvergunning nodig.",
     ["gegevens van de boot (lengte, breedte)", "de gewenste ligplaats"],
     "Het liggeld is € 12,50 per strekkende meter per jaar.",
     "Binnen 8 weken krijgt u een besluit.",
     "Aanvraag ligplaatsvergunning")
# ---------------------------------------------------------------- bestuur
prod("bezwaar", ["Bezwaar maken", "Bezwaar en beroep", "Bezwaar maken tegen een besluit",
                 "Niet eens met een besluit", "Bezwaarschrift indienen"], "bestuur",
     "Bent u het niet eens met een besluit van de gemeente? Dan kunt u binnen 6 weken na de "
     "datum van het besluit bezwaar maken. Een onafhankelijke commissie kan u uitnodigen voor "
     "een hoorzitting.",
     ["een kopie van het besluit", "de reden waarom u het er niet mee eens bent"],
     "Bezwaar maken is gratis.",
     "U krijgt binnen 12 weken een beslissing op uw bezwaar.",
     "Bezwaarschrift")
prod("klacht", ["Klacht indienen", "Klachten", "Klacht over de gemeente", "Ontevreden? Dien een klacht in",
                "Klacht over een medewerker"], "bestuur",
     "Bent u ontevreden over hoe een medewerker of bestuurder u heeft behandeld? Dan kunt u een "
     "klacht indienen. Wij nemen eerst contact met u op om de klacht samen op te lossen.",
     ["een omschrijving van wat er is gebeurd, wanneer en met wie"],
     "Een klacht indienen is gratis.",
     "U krijgt binnen 6 weken een reactie.",
     "Klachtformulier")
prod("woo-verzoek", ["Woo-verzoek", "Woo-verzoek indienen", "Informatie opvragen (Woo)",
                     "Wet open overheid", "Verzoek om informatie (Woo)"], "bestuur",
     "Op grond van de Wet open overheid (Woo) kunt u documenten opvragen over een bestuurlijke "
     "aangelegenheid. Omschrijf zo duidelijk mogelijk welke informatie u zoekt.",
     ["een omschrijving van de gevraagde informatie", "de periode waarover het gaat"],
     "Een Woo-verzoek indienen is gratis.",
     "U krijgt binnen 4 weken een besluit; deze termijn kan met 2 weken worden verlengd.",
     "Woo-verzoek")
prod("subsidie", ["Subsidie aanvragen", "Subsidies", "Subsidie", "Subsidie voor verenigingen en initiatieven",
                  "Subsidieregelingen"], "subsidie",
     "Organiseert u een activiteit voor inwoners, of zet u zich in voor de samenleving? Dan "
     "kunt u misschien subsidie krijgen. Vraag jaarlijkse subsidie aan vóór 1 oktober; "
     "eenmalige subsidie minimaal 8 weken voor de activiteit.",
     ["een begroting", "een activiteitenplan", "uw KvK-nummer als u een organisatie bent"],
     "Aanvragen is gratis.",
     "U krijgt binnen 13 weken een besluit.",
     "Aanvraagformulier subsidie")
# ---------------------------------------------------------------- ondernemen
prod("evenementenvergunning", ["Evenementenvergunning", "Evenement organiseren", "Evenementenvergunning aanvragen",
                               "Evenement of feest organiseren", "Vergunning voor een evenement"], "ondernemen",
     "Organiseert u een evenement, zoals een braderie, sportwedstrijd, straatfeest of festival? "
     "Dan heeft u meestal een evenementenvergunning nodig. Voor kleine evenementen is een "
     "melding genoeg. Vraag een vergunning minimaal 8 weken van tevoren aan, voor grote "
     "evenementen 12 weken.",
     ["een situatietekening", "een draaiboek en veiligheidsplan (bij grote evenementen)"],
     "Een evenementenvergunning kost € 92,00; een melding klein evenement is gratis.",
     "Binnen 8 weken krijgt u een besluit.",
     "Aanvraag evenementenvergunning")
prod("exploitatievergunning-horeca", ["Exploitatievergunning", "Exploitatievergunning horeca",
                                      "Horecavergunning", "Horecabedrijf starten",
                                      "Exploitatievergunning aanvragen"], "ondernemen",
     "Wilt u een horecabedrijf beginnen, zoals een café, restaurant of snackbar? Dan heeft u een "
     "exploitatievergunning nodig. Bij de aanvraag voeren we een Bibob-toets uit.",
     ["een plattegrond van de inrichting", "een kopie van het huurcontract",
      "het ingevulde Bibob-vragenformulier"],
     "Een exploitatievergunning kost € 395,00.",
     "Binnen 8 weken krijgt u een besluit.",
     "Aanvraag exploitatievergunning")
prod("alcoholvergunning", ["Alcoholvergunning", "Drank- en horecavergunning", "Alcohol schenken",
                           "Drank schenken", "Alcoholvergunning aanvragen"], "ondernemen",
     "Wilt u in uw horecazaak of slijterij alcoholhoudende drank verkopen? Dan heeft u een "
     "alcoholvergunning nodig (vroeger drank- en horecavergunning). Leidinggevenden moeten "
     "een Verklaring Sociale Hygiëne hebben.",
     ["een plattegrond", "de Verklaringen Sociale Hygiëne van de leidinggevenden"],
     "Een alcoholvergunning kost € 354,00.",
     "Binnen 8 weken krijgt u een besluit.",
     "Aanvraag alcoholvergunning")
prod("terrasvergunning", ["Terrasvergunning", "Terras", "Terrasvergunning aanvragen", "Terras plaatsen",
                          "Ontheffing terras"], "ondernemen",
     "Wilt u bij uw horecazaak een terras op de openbare weg? Dan heeft u een terrasvergunning "
     "nodig. Houd voldoende ruimte vrij voor voetgangers en hulpdiensten.",
     ["een tekening met de afmetingen van het terras"],
     "De leges zijn € 160,00; daarnaast betaalt u precariobelasting per m2.",
     "Binnen 8 weken krijgt u een besluit.",
     "Aanvraag terrasvergunning")
prod("standplaatsvergunning", ["Standplaatsvergunning", "Standplaats", "Standplaats innemen",
                               "Verkoopwagen of kraam plaatsen", "Standplaatsvergunning aanvragen"], "ondernemen",
     "Wilt u met een verkoopwagen of kraam op een vaste plek buiten de weekmarkt staan? Dan "
     "heeft u een standplaatsvergunning nodig.",
     ["een foto van de verkoopwagen", "een uittreksel uit de KvK"],
     "De leges zijn € 75,00.",
     "Binnen 8 weken krijgt u een besluit.",
     "Aanvraag standplaatsvergunning")
prod("marktvergunning", ["Weekmarkt", "Marktvergunning", "Standplaats op de markt", "Markt",
                         "Marktplaats aanvragen"], "ondernemen",
     "Wilt u een vaste plek op de weekmarkt? Dan vraagt u een marktvergunning (vaste "
     "standplaats) aan. Losse plaatsen worden op de marktdag door de marktmeester verdeeld.",
     ["een uittreksel uit de KvK", "het soort producten dat u verkoopt"],
     "U betaalt marktgeld per strekkende meter.",
     "U komt op de wachtlijst als er geen plek vrij is.",
     "Aanvraag marktvergunning")
prod("geluidsontheffing", ["Geluidsontheffing", "Ontheffing geluid", "Geluidshinder: ontheffing",
                           "Ontheffing geluid aanvragen", "Muziek buiten"], "ondernemen",
     "Wilt u bij een feest, evenement of werkzaamheden meer geluid maken dan is toegestaan? "
     "Dan kunt u een ontheffing aanvragen.",
     ["de datum en tijden", "het soort geluid en de geluidsbron"],
     "De leges zijn € 45,00.",
     "Binnen 4 weken krijgt u een besluit.",
     "Aanvraag ontheffing geluid")
prod("winkeltijdenontheffing", ["Winkeltijden", "Ontheffing winkeltijden", "Koopzondagen",
                                "Winkel open op zondag", "Ontheffing Winkeltijdenwet"], "ondernemen",
     "Wilt u uw winkel openen op een zondag of feestdag die niet als koopzondag is aangewezen? "
     "Dan heeft u soms een ontheffing nodig.",
     ["de data en tijden waarop u open wilt"],
     "De leges zijn € 65,00.",
     "Binnen 4 weken krijgt u een besluit.",
     "Aanvraag ontheffing winkeltijden")
prod("kansspelautomaatvergunning", ["Speelautomaten", "Aanwezigheidsvergunning kansspelautomaten",
                                    "Kansspelautomaat plaatsen", "Vergunning speelautomaat"], "ondernemen",
     "Wilt u in uw horecabedrijf een of twee kansspelautomaten plaatsen? Dan heeft u een "
     "aanwezigheidsvergunning nodig.",
     ["een geldige alcoholvergunning", "het aantal automaten"],
     "De leges zijn € 56,50 per automaat.",
     "Binnen 8 weken krijgt u een besluit.",
     "Aanvraag aanwezigheidsvergunning kansspelautomaten")
prod("collectevergunning", ["Collecte", "Collectevergunning", "Geld inzamelen", "Collecteren",
                            "Inzameling van geld of goederen"], "ondernemen",
     "Wilt u langs de deuren gaan om geld of goederen in te zamelen voor een goed doel? Dan "
     "heeft u een collectevergunning nodig. Landelijke fondsen staan op het collecterooster van "
     "het CBF.",
     ["het doel van de collecte", "de gewenste periode", "een CBF-erkenning (indien aanwezig)"],
     "Aan de vergunning zijn geen kosten verbonden.",
     "Binnen 6 weken krijgt u een besluit.",
     "Aanvraag collectevergunning")
# ---------------------------------------------------------------- provincie
prod("beschermde-dieren-ontheffing", ["Ontheffing beschermde soorten", "Flora- en fauna-activiteit",
                                      "Soortenbescherming: ontheffing", "Beschermde dieren en planten"],
     "natuur",
     "Gaat u werkzaamheden uitvoeren waarbij beschermde dieren of planten verstoord kunnen "
     "worden, bijvoorbeeld vleermuizen bij renovatie? Dan heeft u soms een omgevingsvergunning "
     "voor een flora- en fauna-activiteit nodig (vroeger ontheffing Wet natuurbescherming).",
     ["een ecologisch onderzoek", "een activiteitenplan met maatregelen"],
     "Aan de aanvraag zijn geen leges verbonden.",
     "Binnen 8 weken, soms 26 weken.",
     "Aanvraag flora- en fauna-activiteit")
prod("natuurvergunning", ["Natura 2000-activiteit", "Natuurvergunning", "Vergunning Natura 2000",
                          "Stikstof en natuurvergunning"], "natuur",
     "Heeft uw project (bijvoorbeeld bouw of veehouderij) mogelijk gevolgen voor een Natura "
     "2000-gebied, ook door stikstofdepositie? Dan heeft u een omgevingsvergunning voor een "
     "Natura 2000-activiteit nodig. Maak een AERIUS-berekening.",
     ["een AERIUS-berekening", "een passende beoordeling (bij grote effecten)"],
     "Geen leges.",
     "De uitgebreide procedure duurt 26 weken.",
     "Aanvraag Natura 2000-activiteit")
prod("ontgrondingsvergunning", ["Ontgronden", "Ontgrondingsvergunning", "Ontgrondingsactiviteit",
                                "Zand, klei of grind winnen"], "vergunningen",
     "Wilt u de bodem dieper afgraven dan is toegestaan, bijvoorbeeld voor zandwinning, een "
     "vijver of natuurontwikkeling? Dan heeft u een vergunning voor een ontgrondingsactiviteit nodig.",
     ["een kaart met de ligging", "dwarsprofielen en de diepte van de ontgronding"],
     "De leges hangen af van de hoeveelheid af te graven grond.",
     "Binnen 8 of 26 weken.",
     "Aanvraag ontgronding")
prod("tijdelijk-luchtvaartterrein", ["Ontheffing TUG", "Tijdelijk en uitzonderlijk gebruik (TUG)",
                                     "Opstijgen en landen buiten een luchthaven", "Helikopter landen of ballon oplaten"],
     "vergunningen",
     "Wilt u met een helikopter, luchtballon of watervliegtuig opstijgen of landen op een plek "
     "die geen luchthaven is? Dan heeft u een ontheffing voor tijdelijk en uitzonderlijk "
     "gebruik (TUG) nodig. Voor drones is deze ontheffing niet nodig.",
     ["coördinaten van het terrein", "toestemming van de grondeigenaar"],
     "De leges zijn € 224,00 per ontheffing.",
     "Vraag de ontheffing minimaal 4 weken van tevoren aan.",
     "Aanvraag TUG-ontheffing")
prod("wegvergunning-provinciaal", ["Werken aan of langs provinciale wegen", "Wegvergunning",
                                   "Werkzaamheden langs de weg of vaarweg", "Kabels en leidingen in provinciale grond",
                                   "Objecten langs een provinciale weg"], "wegen",
     "Wilt u werkzaamheden uitvoeren in, op of langs een provinciale weg of vaarweg, of kabels "
     "en leidingen aanleggen in grond van de provincie? Dan heeft u toestemming nodig.",
     ["een tekening van de werkzaamheden", "een planning", "een verkeersplan"],
     "De leges hangen af van de werkzaamheden.",
     "Binnen 8 weken krijgt u een besluit.",
     "Aanvraag vergunning werken langs provinciale weg")
prod("vuurwerk-ontbranding", ["Vuurwerk afsteken (ontbrandingstoestemming)", "Ontbrandingstoestemming",
                              "Professioneel vuurwerk", "Vuurwerkshow"], "vergunningen",
     "Wilt u als erkend vuurwerkbedrijf professioneel vuurwerk afsteken bij een evenement? "
     "Dan heeft u een ontbrandingstoestemming van de provincie nodig, of u doet een melding als "
     "het om een kleine hoeveelheid gaat.",
     ["een situatieschets met veiligheidsafstanden", "de toestemming van de gemeente"],
     "De leges hangen af van de hoeveelheid vuurwerk.",
     "Vraag minimaal 14 dagen vooraf aan (melding) of 8 weken (toestemming).",
     "Aanvraag ontbrandingstoestemming")
prod("schadevergoeding-provincie", ["Schade melden", "Faunaschade", "Tegemoetkoming schade",
                                    "Nadeelcompensatie", "Schade door wilde dieren"], "schade",
     "Heeft u schade door beschermde dieren, zoals ganzen of wilde zwijnen, of door "
     "werkzaamheden van de overheid? Dan kunt u misschien een tegemoetkoming krijgen.",
     ["foto's van de schade", "een omschrijving en de datum"],
     "Er kan een behandelbijdrage in rekening worden gebracht.",
     "Binnen 8 weken krijgt u een besluit.",
     "Aanvraag tegemoetkoming schade")
prod("watervergunning", ["Watervergunning", "Vergunning aanvragen", "Vergunning of melding (water)",
                         "Werken in of bij het water", "Wateractiviteit"], "water",
     "Wilt u iets doen in, op of bij het water, een dijk of een watergang? Bijvoorbeeld een "
     "steiger bouwen, een sloot dempen of grondwater onttrekken? Dan heeft u misschien een "
     "watervergunning (omgevingsvergunning voor een wateractiviteit) nodig.",
     ["een situatietekening", "een beschrijving van de werkzaamheden"],
     "Aan de aanvraag zijn geen kosten verbonden.",
     "Binnen 8 weken krijgt u een besluit.",
     "Aanvraag watervergunning")
prod("watermelding", ["Melding doen", "Melding werkzaamheden", "Melding (algemene regels)",
                      "Meldingsplicht werkzaamheden"], "water",
     "Voor sommige werkzaamheden heeft u geen vergunning nodig, maar moet u wel een melding "
     "doen, bijvoorbeeld bij het plaatsen van een beschoeiing of een tijdelijke bemaling.",
     ["de locatie", "de startdatum en duur van het werk"],
     "Een melding is gratis.",
     "Doe de melding minimaal 4 weken voor de start van de werkzaamheden.",
     "Melding werkzaamheden")
prod("zuiveringsheffing", ["Zuiveringsheffing", "Zuiveringsheffing en vervuilingseenheden",
                           "Zuiveringsheffing bedrijven", "Vervuilingseenheden"], "belastingen",
     "De zuiveringsheffing betaalt u voor het zuiveren van afvalwater. Huishoudens betalen voor "
     "1 of 3 vervuilingseenheden. Bedrijven betalen op basis van het aantal vervuilingseenheden "
     "dat zij lozen.",
     ["uw aanslag", "de meetgegevens van uw lozing (bedrijven)"],
     "Het tarief per vervuilingseenheid is € 67,84 (2024).",
     "U krijgt jaarlijks een aanslag.",
     "Aangifte zuiveringsheffing bedrijven")
prod("watersysteemheffing", ["Watersysteemheffing", "Waterschapsbelasting", "Ingezetenenheffing",
                             "Watersysteemheffing gebouwd en ongebouwd"], "belastingen",
     "Met de watersysteemheffing betaalt u mee aan schoon en voldoende water en veilige dijken. "
     "Iedereen die een woning bewoont betaalt de ingezetenenheffing; eigenaren van gebouwen, "
     "grond en natuur betalen ook een eigenarendeel.",
     ["uw aanslag"],
     "De tarieven staan in de belastingverordening.",
     "U krijgt jaarlijks een aanslag.",
     "")
prod("belastingaanslag-bezwaar", ["Bezwaar tegen de aanslag", "Bezwaar maken tegen uw aanslag",
                                  "Niet eens met uw aanslag?", "Bezwaar belastingaanslag"], "belastingen",
     "Bent u het niet eens met uw aanslag? Dan kunt u binnen 6 weken na de dagtekening van het "
     "aanslagbiljet bezwaar maken.",
     ["uw aanslagnummer", "de reden van het bezwaar"],
     "Bezwaar maken is gratis.",
     "U krijgt binnen 12 weken een uitspraak.",
     "Bezwaarschrift belastingaanslag")
prod("betalingsregeling", ["Betalingsregeling", "Automatische incasso en betalingsregeling",
                           "Gespreid betalen", "Betalen in termijnen"], "belastingen",
     "U kunt uw aanslag in termijnen betalen met een automatische incasso. Lukt het niet om te "
     "betalen? Vraag dan een betalingsregeling aan.",
     ["uw aanslagnummer", "uw IBAN"],
     "Aan een betalingsregeling zijn geen kosten verbonden.",
     "U krijgt binnen 2 weken bericht.",
     "Machtiging automatische incasso")
prod("bedrijfsafvalwater-melding", ["Lozen van bedrijfsafvalwater", "Bedrijfsafvalwater lozen",
                                    "Lozingsmelding", "Afvalwater lozen"], "water",
     "Loost uw bedrijf afvalwater op het riool of op oppervlaktewater? Dan moet u dit soms "
     "melden of heeft u een vergunning nodig.",
     ["gegevens over de samenstelling en hoeveelheid van het afvalwater"],
     "Een melding is gratis.",
     "Meld de lozing minimaal 4 weken voor de start.",
     "Melding lozing bedrijfsafvalwater")
# ---------------------------------------------------------------- rijk
prod("ww-uitkering", ["WW-uitkering aanvragen", "WW aanvragen", "Werkloos? WW-uitkering"], "uitkering",
     "Bent u werkloos geworden? Dan kunt u misschien een WW-uitkering krijgen. Vraag de WW "
     "aan binnen 1 week na uw laatste werkdag.",
     ["uw DigiD", "de gegevens van uw werkgever", "uw rekeningnummer"],
     "Aanvragen is gratis.",
     "U krijgt binnen 4 weken bericht.",
     "Aanvraag WW-uitkering")
prod("ziektewetuitkering", ["Ziek melden", "Ziektewet-uitkering", "Ziek uit dienst of zonder werkgever"],
     "uitkering",
     "Bent u ziek en heeft u geen werkgever meer, of heeft u een WW-uitkering? Dan meldt u zich "
     "ziek bij UWV. U krijgt dan misschien een Ziektewet-uitkering.",
     ["uw DigiD", "de eerste ziektedag"],
     "Ziek melden is gratis.",
     "U krijgt binnen 4 weken bericht.",
     "Ziekmelding")
prod("rvo-subsidie", ["Subsidies en financiering", "Subsidie aanvragen"], "subsidie",
     "RVO voert subsidieregelingen uit voor ondernemers, agrariërs en particulieren.",
     ["eHerkenning"], "", "", "")

TOPICS = {
    "burgerzaken": "Burgerzaken", "parkeren": "Parkeren en verkeer", "belastingen": "Belastingen",
    "werk-en-inkomen": "Werk en inkomen", "zorg": "Zorg en ondersteuning", "onderwijs": "Onderwijs",
    "afval": "Afval", "melden": "Melden", "bouwen": "Bouwen en verbouwen", "wonen": "Wonen",
    "bestuur": "Bestuur en organisatie", "subsidie": "Subsidies", "ondernemen": "Ondernemen",
    "natuur": "Natuur", "vergunningen": "Vergunningen", "wegen": "Wegen en vaarwegen",
    "schade": "Schade", "water": "Water", "uitkering": "Uitkeringen",
}


def slugify(s):
    import re
    import unicodedata
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()
    s = s.lower().replace("(", "").replace(")", "").replace(":", "").replace("?", "")
    s = re.sub(r"[^a-z0-9]+", "-", s).strip("-")
    return s
