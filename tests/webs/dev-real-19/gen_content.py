"""Texts for the dev19 held-out web: product pages, written from general knowledge of
Dutch municipal websites (no titles or search terms taken from the tool's data).

Placeholders: {g} municipality short name, {tel} phone number, {mail} e-mail domain.
"""

# category keys -> default Dutch section name
CATEGORIES = {
    "burgerzaken": "Paspoort, rijbewijs en burgerzaken",
    "parkeren": "Verkeer en parkeren",
    "belastingen": "Belastingen",
    "zorg": "Zorg, werk en inkomen",
    "afval": "Afval",
    "melden": "Melden",
    "wonen": "Wonen en bouwen",
    "bestuur": "Bestuur en organisatie",
    "ondernemen": "Vergunningen en ondernemen",
}

P = {}


def _p(key, **kw):
    P[key] = kw


_p("brp-uittreksel", cat="burgerzaken",
   titles=["Uittreksel BRP", "Uittreksel Basisregistratie Personen (BRP) aanvragen",
           "Uittreksel uit de BRP", "Uittreksel bevolkingsregister", "Uittreksel BRP aanvragen"],
   intro="Een uittreksel uit de Basisregistratie Personen (BRP) is een officieel bewijs van uw "
         "persoonsgegevens, zoals uw naam, geboortedatum, nationaliteit en adres. U heeft een uittreksel "
         "bijvoorbeeld nodig voor een nieuwe werkgever, een woningcorporatie of een instantie in het "
         "buitenland. Er zijn verschillende soorten: een standaarduittreksel, een uittreksel met "
         "adreshistorie en een internationaal uittreksel.",
   cond="U staat ingeschreven in de gemeente {g}. Voor iemand anders vraagt u alleen een uittreksel aan "
        "met een schriftelijke machtiging en een kopie van diens identiteitsbewijs.",
   needs=["Uw DigiD (als u online aanvraagt)", "Een geldig identiteitsbewijs (aan de balie)"],
   cost="€ 15,10 per uittreksel (tarief 2025).",
   term="U ontvangt het uittreksel binnen 5 werkdagen per post op uw woonadres.",
   info="U vraagt een uittreksel aan bij de balie Burgerzaken in het gemeentehuis. Neem uw "
        "identiteitsbewijs mee. Het uittreksel krijgt u direct mee.",
   form="Uittreksel BRP aanvragen",
   en="Extract from the Personal Records Database (BRP)")

_p("verhuismelding", cat="burgerzaken",
   titles=["Verhuizing doorgeven", "Verhuizen", "Verhuizen binnen of naar {g}",
           "Adreswijziging doorgeven", "Verhuizing naar of binnen {g} doorgeven"],
   intro="Gaat u verhuizen naar {g} of binnen de gemeente? Dan geeft u uw nieuwe adres aan ons door. "
         "Dit kan vanaf 4 weken voor de verhuisdatum tot uiterlijk 5 dagen na de verhuizing. Wij geven "
         "uw nieuwe adres door aan andere overheidsinstanties, zoals de Belastingdienst, het UWV en de "
         "RDW. Verhuist u naar het buitenland? Dan gelden andere regels.",
   cond="U bent 16 jaar of ouder. U kunt ook de verhuizing doorgeven voor uw partner en kinderen die "
        "met u meeverhuizen. Trekt u in bij iemand anders? Dan heeft u een ondertekende verklaring van "
        "de hoofdbewoner nodig.",
   needs=["Uw DigiD", "Het nieuwe adres en de verhuisdatum",
          "Een kopie van het identiteitsbewijs van de hoofdbewoner (als u bij iemand intrekt)"],
   cost="Gratis.",
   term="Wij verwerken uw verhuizing binnen 5 werkdagen. U krijgt een bevestiging per e-mail.",
   info="U geeft uw verhuizing door aan de balie Burgerzaken. Neem uw identiteitsbewijs mee.",
   form="Verhuizing doorgeven", en="Moving to or within {g}")

_p("geboorteaangifte", cat="burgerzaken",
   titles=["Geboorte aangeven", "Aangifte geboorte", "Geboorteaangifte", "Geboorte",
           "Aangifte doen van een geboorte"],
   intro="Is uw kind geboren? Gefeliciteerd! U moet binnen 3 dagen na de geboorte aangifte doen. Dat "
         "doet u in de gemeente waar uw kind is geboren. Is de dag na de geboorte een zaterdag, zondag "
         "of feestdag? Dan heeft u een dag extra. Bij de aangifte kiest u ook de voornamen van uw kind.",
   cond="De vader of moeder doet aangifte. Lukt dat niet, dan mag iemand anders die bij de geboorte "
        "aanwezig was de aangifte doen. Bent u niet getrouwd en heeft de andere ouder het kind niet "
        "erkend? Dan kan dat vóór of bij de aangifte.",
   needs=["Uw DigiD of uw identiteitsbewijs", "Eventueel de erkenningsakte"],
   cost="De aangifte is gratis. Een afschrift van de geboorteakte kost € 15,10.",
   term="De geboorte wordt direct ingeschreven in de Basisregistratie Personen.",
   info="U doet aangifte bij de balie Burgerzaken in het gemeentehuis. U kunt zonder afspraak "
        "langskomen tijdens de openingstijden.",
   form="Geboorteaangifte doen", en="Registering a birth")

_p("overlijdensaangifte", cat="burgerzaken",
   titles=["Overlijden aangeven", "Aangifte overlijden", "Overlijden", "Iemand is overleden",
           "Aangifte van overlijden"],
   intro="Als iemand overlijdt, moet dat worden aangegeven bij de gemeente waar de persoon is "
         "overleden. Dat moet gebeuren voordat de overledene wordt begraven of gecremeerd. Meestal "
         "regelt de uitvaartverzorger de aangifte voor de nabestaanden.",
   cond="De aangifte gebeurt door de uitvaartverzorger, of door een familielid met de verklaring van "
        "overlijden van de (schouw)arts.",
   needs=["De verklaring van overlijden van de arts", "Het identiteitsbewijs van de overledene"],
   cost="De aangifte is gratis. Een afschrift van de overlijdensakte kost € 15,10.",
   term="Direct bij de aangifte.",
   info="Meestal doet de uitvaartverzorger de aangifte voor u. Wilt u zelf aangifte doen? Neem dan "
        "contact op met Burgerzaken via telefoonnummer {tel}. U doet de aangifte aan de balie.")

_p("huwelijksaangifte", cat="burgerzaken",
   titles=["Trouwen of partnerschap registreren", "Melding voorgenomen huwelijk of partnerschap",
           "Trouwen", "Ondertrouw (melding voorgenomen huwelijk)",
           "Huwelijk of geregistreerd partnerschap"],
   intro="Wilt u trouwen of uw partnerschap laten registreren? Dan meldt u dit eerst bij de gemeente. "
         "Vroeger heette dit ondertrouw. U doet de melding minimaal 2 weken en maximaal 1 jaar voor de "
         "datum van het huwelijk of partnerschap. Na de melding kiest u een trouwlocatie en een "
         "trouwambtenaar (babs).",
   cond="U bent allebei 18 jaar of ouder en niet getrouwd of geregistreerd als partner. U heeft 2 tot "
        "4 getuigen van 18 jaar of ouder.",
   needs=["De DigiD van u en uw partner", "De namen en adressen van uw getuigen"],
   cost="Een huwelijk op maandagochtend om 9.00 uur in het gemeentehuis is gratis. Voor andere "
        "momenten gelden de tarieven uit de legesverordening.",
   term="U ontvangt binnen 2 weken een bevestiging van de melding.",
   info="U maakt een afspraak om de melding samen aan de balie Burgerzaken te doen. Neem allebei uw "
        "identiteitsbewijs mee.",
   form="Melding voorgenomen huwelijk of partnerschap")

_p("paspoort", cat="burgerzaken",
   titles=["Paspoort", "Paspoort aanvragen", "Paspoort en identiteitskaart", "Reisdocumenten"],
   intro="Een paspoort is een reisdocument en een geldig identiteitsbewijs. Een paspoort van iemand "
         "van 18 jaar of ouder is 10 jaar geldig, voor kinderen is dat 5 jaar. U vraagt een paspoort "
         "persoonlijk aan in het gemeentehuis; er worden een foto en vingerafdrukken vastgelegd.",
   cond="U moet zelf naar het gemeentehuis komen. Voor kinderen onder de 18 jaar is toestemming van "
        "beide ouders met gezag nodig.",
   needs=["Een goedgekeurde pasfoto van niet ouder dan 6 maanden",
          "Uw huidige paspoort of identiteitskaart"],
   cost="€ 84,45 (18 jaar en ouder), € 64,10 (jonger dan 18). Spoedtoeslag € 60,20.",
   term="Na 5 werkdagen kunt u uw paspoort ophalen.",
   info="U vraagt een paspoort aan bij de balie Burgerzaken. Maak hiervoor eerst een afspraak.",
   en="Passport")

_p("identiteitskaart", cat="burgerzaken",
   titles=["Identiteitskaart", "ID-kaart aanvragen", "Identiteitskaart aanvragen",
           "Nederlandse identiteitskaart"],
   intro="Met een Nederlandse identiteitskaart (ID-kaart) kunt u zich legitimeren en reizen binnen "
         "Europa en naar enkele andere landen. De ID-kaart is voor volwassenen 10 jaar geldig. U "
         "vraagt de kaart persoonlijk aan in het gemeentehuis.",
   cond="U moet zelf naar het gemeentehuis komen. Kinderen hebben toestemming van de ouders nodig "
        "als zij met de kaart naar het buitenland reizen.",
   needs=["Een goedgekeurde pasfoto", "Uw oude identiteitskaart of paspoort"],
   cost="€ 77,85 (18 jaar en ouder), € 43,45 (jonger dan 18).",
   term="Na 5 werkdagen kunt u de identiteitskaart ophalen.",
   info="U vraagt een identiteitskaart aan bij de balie Burgerzaken. Maak hiervoor eerst een afspraak.")

_p("parkeervergunning", cat="parkeren",
   titles=["Parkeervergunning", "Parkeervergunning aanvragen", "Parkeervergunning voor bewoners",
           "Parkeren: vergunning aanvragen"],
   intro="Woont u in het centrum van {g} in een gebied met vergunningparkeren? Dan kunt u een "
         "parkeervergunning aanvragen voor uw auto. Met de vergunning mag u parkeren in uw eigen "
         "vergunninggebied. De vergunning is digitaal en gekoppeld aan uw kenteken.",
   cond="U staat ingeschreven op een adres in het vergunninggebied en de auto staat op uw naam of u "
        "gebruikt de auto vooral zelf. Per adres zijn maximaal 2 vergunningen mogelijk.",
   needs=["DigiD", "Het kenteken van uw auto"],
   cost="€ 65,00 per jaar voor de eerste vergunning, € 130,00 voor de tweede.",
   term="U ontvangt binnen 2 weken bericht.",
   info="U vraagt de vergunning aan bij de balie van het stadskantoor.",
   form="Parkeervergunning aanvragen", en="Parking permit")

_p("gehandicaptenparkeerkaart", cat="parkeren",
   titles=["Gehandicaptenparkeerkaart", "Gehandicaptenparkeerkaart aanvragen",
           "Parkeerkaart voor mensen met een beperking", "Gehandicaptenparkeerkaart (GPK)",
           "Gehandicaptenparkeerkaart en gehandicaptenparkeerplaats"],
   intro="Heeft u een ziekte of handicap waardoor u moeilijk loopt? Dan kunt u een "
         "gehandicaptenparkeerkaart (GPK) aanvragen. Met de kaart mag u onder meer parkeren op "
         "algemene gehandicaptenparkeerplaatsen. Er is een kaart voor bestuurders en een kaart voor "
         "passagiers.",
   cond="U kunt niet meer dan 100 meter lopen, ook niet met hulpmiddelen. Een onafhankelijk arts "
        "stelt dit vast tijdens een medische keuring. U woont in de gemeente {g}.",
   needs=["Een recente pasfoto", "Een kopie van uw rijbewijs (kaart voor bestuurders)"],
   cost="€ 152,00, inclusief de medische keuring.",
   term="Binnen 8 weken na de keuring krijgt u een besluit.",
   info="U vraagt de kaart aan via Klantcontact: bel {tel}. Wij sturen u dan het aanvraagformulier "
        "en de medische vragenlijst toe.",
   form="Aanvraag gehandicaptenparkeerkaart")

_p("gehandicaptenparkeerplaats", cat="parkeren",
   titles=["Gehandicaptenparkeerplaats", "Gehandicaptenparkeerplaats aanvragen",
           "Parkeerplaats op kenteken voor gehandicapten", "Gehandicaptenparkeerplaats bij uw woning"],
   intro="Heeft u een gehandicaptenparkeerkaart en kunt u bij uw woning moeilijk een parkeerplek "
         "vinden? Dan kunt u een gehandicaptenparkeerplaats op kenteken aanvragen. Alleen de auto "
         "met dat kenteken mag dan op die plek parkeren.",
   cond="U heeft een geldige gehandicaptenparkeerkaart en geen eigen parkeerplek op eigen terrein.",
   needs=["Uw gehandicaptenparkeerkaart", "Het kenteken van de auto"],
   cost="Gratis.",
   term="Binnen 8 weken beslissen wij. Daarna duurt het plaatsen van het bord ongeveer 6 weken.",
   info="Neem contact op met de gemeente via telefoonnummer {tel}. Een medewerker bespreekt uw "
        "situatie en komt zo nodig bij u kijken.",
   form="Aanvraag gehandicaptenparkeerplaats")

_p("hondenbelasting", cat="belastingen",
   titles=["Hondenbelasting", "Hond aan- of afmelden", "Hondenbelasting: hond aanmelden of afmelden",
           "Hond aanmelden"],
   intro="Heeft u een hond? Dan betaalt u hondenbelasting. Meld uw hond aan binnen 2 weken nadat u de "
         "hond heeft gekregen. Heeft u geen hond meer of verhuist u naar een andere gemeente? Dan meldt "
         "u de hond af. U krijgt dan een vermindering van de aanslag.",
   cond="Voor een blindengeleidehond of een andere erkende hulphond betaalt u geen hondenbelasting.",
   needs=["Uw DigiD", "De datum waarop u de hond kreeg of niet meer heeft"],
   cost="€ 74,40 per jaar voor de eerste hond, € 111,60 voor elke volgende hond (2025).",
   term="U krijgt een (aangepaste) aanslag.",
   info="U meldt uw hond aan of af door te bellen met de afdeling Belastingen: {tel}.",
   form="Hond aan- of afmelden")

_p("belastingkwijtschelding", cat="belastingen",
   titles=["Kwijtschelding gemeentelijke belastingen", "Kwijtschelding aanvragen",
           "Kwijtschelding van belastingen", "Kwijtschelding"],
   intro="Heeft u een laag inkomen en weinig vermogen? Dan kunt u kwijtschelding aanvragen voor de "
         "afvalstoffenheffing en de rioolheffing. U hoeft de belasting dan (gedeeltelijk) niet te "
         "betalen. Vraag kwijtschelding aan binnen 3 maanden na de dagtekening van het aanslagbiljet.",
   cond="Uw inkomen is niet hoger dan de bijstandsnorm en u heeft geen spaargeld of auto van "
        "betekenende waarde.",
   needs=["Uw aanslagbiljet", "Bewijzen van uw inkomsten en vaste lasten",
          "Bankafschriften van de afgelopen 3 maanden"],
   cost="Gratis.", term="Binnen 8 weken krijgt u een beslissing.",
   info="Neem contact op met de afdeling Belastingen via {tel}. Wij sturen u een formulier.",
   form="Verzoek om kwijtschelding")

_p("woz-bezwaar", cat="belastingen",
   titles=["Bezwaar maken tegen de WOZ-waarde", "WOZ-waarde: bezwaar maken",
           "Bezwaar tegen de WOZ-beschikking", "Het niet eens met uw WOZ-waarde"],
   intro="Bent u het niet eens met de WOZ-waarde van uw woning of bedrijfspand? Dan kunt u binnen 6 "
         "weken na de dagtekening van het aanslagbiljet bezwaar maken. Bekijk eerst het "
         "taxatieverslag. Vaak kunt u uw vraag dan al telefonisch met een taxateur bespreken.",
   cond="U bent eigenaar of gebruiker van de onroerende zaak. Geef in uw bezwaar aan waarom u vindt "
        "dat de waarde te hoog of te laag is.",
   needs=["Uw aanslagbiljet of WOZ-beschikking", "Foto's of een taxatierapport (als u die heeft)"],
   cost="Gratis.", term="Binnen 6 weken na de bezwaartermijn ontvangt u een uitspraak.",
   info="Stuur een brief met uw bezwaar naar de afdeling Belastingen.",
   form="Bezwaar WOZ-beschikking")

_p("bijstand", cat="zorg",
   titles=["Bijstandsuitkering", "Bijstand aanvragen", "Uitkering aanvragen (Participatiewet)",
           "Bijstand"],
   intro="Heeft u niet genoeg inkomen om van te leven en kunt u geen andere uitkering krijgen? Dan kunt "
         "u misschien een bijstandsuitkering krijgen. De bijstand vult uw inkomen aan tot het sociaal "
         "minimum. U bent wel verplicht om werk te zoeken.",
   cond="U bent 18 jaar of ouder, woont rechtmatig in Nederland en in {g}, en uw inkomen en vermogen "
        "zijn lager dan de bijstandsnorm.",
   needs=["Uw DigiD", "Bankafschriften van de afgelopen 3 maanden", "Loonstroken of uitkeringsspecificaties"],
   cost="Gratis.", term="U krijgt binnen 8 weken een beslissing.",
   info="Bel het team Werk en Inkomen via {tel} voor een afspraak.",
   form="Aanvraag bijstandsuitkering")

_p("bijzondere-bijstand", cat="zorg",
   titles=["Bijzondere bijstand", "Bijzondere bijstand aanvragen", "Vergoeding voor bijzondere kosten",
           "Bijzondere kosten vergoed krijgen"],
   intro="Heeft u noodzakelijke kosten die u niet zelf kunt betalen? Bijvoorbeeld voor een bewindvoerder, "
         "de eigen bijdrage voor een advocaat of een nieuwe wasmachine? Dan kunt u misschien bijzondere "
         "bijstand krijgen. Vraag bijzondere bijstand aan voordat u de kosten maakt.",
   cond="Uw inkomen is niet hoger dan 120% van het sociaal minimum. De kosten zijn noodzakelijk en "
        "worden niet door een andere regeling vergoed.",
   needs=["Een offerte of nota", "Bewijzen van uw inkomen"],
   cost="Gratis.", term="U krijgt binnen 8 weken een beslissing.",
   info="Neem contact op met het Sociaal Team via {tel}.",
   form="Aanvraag bijzondere bijstand")

_p("wmo-voorziening", cat="zorg",
   titles=["Wmo: hulp en ondersteuning", "Hulp bij het huishouden en andere Wmo-voorzieningen",
           "Wmo-voorziening aanvragen", "Ondersteuning thuis (Wmo)", "Hulp en ondersteuning aanvragen (Wmo)"],
   intro="Kunt u door ouderdom, een beperking of ziekte niet meer alles zelf? Dan kunt u ondersteuning "
         "krijgen via de Wet maatschappelijke ondersteuning (Wmo). Denk aan hulp bij het huishouden, een "
         "scootmobiel, een traplift of begeleiding. Eerst kijken we samen wat u zelf of met hulp van "
         "familie en buren kunt regelen.",
   cond="U woont zelfstandig in {g} en kunt de problemen niet zelf of met hulp van uw omgeving oplossen.",
   needs=["Uw BSN", "Eventueel gegevens van uw mantelzorger"],
   cost="Voor de meeste voorzieningen betaalt u een eigen bijdrage van maximaal € 21,80 per maand.",
   term="Wij nemen binnen 5 werkdagen contact met u op. Binnen 6 weken is het onderzoek klaar.",
   info="Bel het Wmo-loket via {tel}. Samen maken we een afspraak voor een gesprek.",
   form="Melding Wmo (hulpvraag)")

_p("leerlingenvervoer", cat="zorg",
   titles=["Leerlingenvervoer", "Leerlingenvervoer aanvragen", "Vervoer naar school",
           "Vergoeding vervoer naar school"],
   intro="Gaat uw kind naar een school die ver van huis ligt, of kan uw kind door een beperking niet "
         "zelfstandig naar school? Dan kunt u een vergoeding of aangepast vervoer aanvragen. Vraag "
         "leerlingenvervoer voor het nieuwe schooljaar aan vóór 1 mei.",
   cond="De afstand tussen huis en de dichtstbijzijnde passende school is meer dan 6 kilometer, of uw "
        "kind kan door een handicap niet zelfstandig reizen.",
   needs=["Uw DigiD", "Een verklaring van de school", "Bij een handicap: medische gegevens"],
   cost="Afhankelijk van uw inkomen betaalt u een eigen bijdrage.", term="Binnen 8 weken.",
   info="Neem contact op met de consulent leerlingenvervoer via {tel}.",
   form="Aanvraag leerlingenvervoer")

_p("grofvuil", cat="afval",
   titles=["Grofvuil", "Grof huishoudelijk afval laten ophalen", "Grofvuil aanmelden", "Grofvuil ophalen"],
   intro="Grofvuil is afval dat te groot is voor uw container, zoals meubels, matrassen, tapijt en "
         "grote speelgoed. U kunt grofvuil laten ophalen of zelf wegbrengen naar het "
         "afvalbrengstation. Zet het grofvuil op de ophaaldag voor 7.30 uur aan de straat.",
   cond="Per keer mag u maximaal 2 m³ aanbieden. Bouw- en sloopafval en asbest halen we niet op.",
   needs=["Uw adres", "Een omschrijving van het afval"],
   cost="€ 25,00 per keer (maximaal 2 m³). Zelf wegbrengen is gratis tot 2 m³.",
   term="Binnen 2 weken halen we het grofvuil op.",
   info="Bel de afvallijn via {tel} om een ophaalmoment af te spreken.",
   form="Grofvuil ophalen aanvragen",
   fields=["Naam", "Straat en huisnummer", "Postcode", "Telefoonnummer", "E-mailadres",
           "Welk grofvuil wilt u laten ophalen?"])

_p("afvalcontainer", cat="afval",
   titles=["Afvalcontainer aanvragen, omruilen of wijzigen", "Container kapot, kwijt of extra nodig",
           "Minicontainer aanvragen of wijzigen", "Kliko aanvragen of ruilen", "Afvalcontainers"],
   intro="Heeft u een nieuwe container nodig, is uw container kapot of gestolen, of wilt u een grotere "
         "of kleinere container? Dan kunt u dit aanvragen. Een kapotte container repareren of "
         "vervangen wij gratis. Voor een extra container betaalt u een vast bedrag per jaar.",
   cond="U woont in een woning met een eigen container. Bij hoogbouw gebruikt u de ondergrondse containers.",
   needs=["Uw adres", "Het nummer op de container (chipnummer)"],
   cost="Omruilen naar een ander formaat: € 25,00. Extra container: € 45,00 per jaar.",
   term="Binnen 10 werkdagen.",
   info="Bel de afvallijn via {tel}. Een medewerker regelt de aanvraag voor u.",
   form="Afvalcontainer aanvragen of wijzigen",
   fields=["Naam", "Adres", "Chipnummer container", "Wat wilt u?", "E-mailadres"])

_p("melding-openbare-ruimte", cat="melden",
   titles=["Melding openbare ruimte", "Melding doen", "Meld een probleem in de openbare ruimte",
           "Melding buitenruimte", "Storing of schade melden"],
   intro="Ziet u een losliggende stoeptegel, een kapotte lantaarnpaal, zwerfafval of een overvolle "
         "afvalbak? Meld het ons, dan kunnen wij het probleem snel oplossen. Voor gevaarlijke "
         "situaties, zoals een groot gat in de weg of een omgevallen boom, belt u direct {tel}.",
   cond="U kunt anoniem melden, maar dan kunnen wij u niet op de hoogte houden.",
   needs=["De plek (straat en huisnummer of een punt op de kaart)", "Eventueel een foto"],
   cost="Gratis.", term="De meeste meldingen handelen wij binnen 5 werkdagen af.",
   info="Bel {tel} om een melding te doen.",
   form="Melding openbare ruimte",
   fields=["Wat wilt u melden?", "Locatie (straat en huisnummer)", "Omschrijving", "Foto (optioneel)",
           "E-mailadres (optioneel)"])

_p("omgevingsvergunning", cat="wonen",
   titles=["Omgevingsvergunning", "Omgevingsvergunning aanvragen", "Vergunning voor bouwen en verbouwen",
           "Bouwen en verbouwen: vergunning aanvragen"],
   intro="Wilt u bouwen, verbouwen, slopen of het gebruik van een gebouw veranderen? Dan heeft u "
         "misschien een omgevingsvergunning nodig. Sinds 1 januari 2024 geldt de Omgevingswet. U doet "
         "eerst de vergunningcheck en vraagt daarna de vergunning aan in het Omgevingsloket.",
   cond="Of u een vergunning nodig heeft, hangt af van het omgevingsplan en de landelijke regels.",
   needs=["Bouwtekeningen", "Een situatietekening", "Foto's van de huidige situatie"],
   cost="De leges zijn afhankelijk van de bouwkosten. Zie de legesverordening.",
   term="Reguliere procedure: 8 weken. Uitgebreide procedure: 6 maanden.",
   info="Neem contact op met team Vergunningen via {tel}.",
   form="Omgevingsvergunning aanvragen")

_p("kapvergunning", cat="wonen",
   titles=["Kapvergunning", "Boom kappen", "Bomen kappen", "Vergunning voor het kappen van een boom",
           "Houtopstand vellen (kapvergunning)"],
   intro="Wilt u een boom kappen? Voor sommige bomen heeft u een vergunning nodig. Dat hangt af van "
         "de stamomtrek en de plek van de boom. Bekijk op de bomenkaart of de boom beschermd is. Een "
         "vergunning is niet nodig voor fruitbomen en voor bomen die dunner zijn dan 30 cm.",
   cond="Een boom die op de lijst met monumentale bomen staat, mag u alleen kappen met een goede reden.",
   needs=["Een foto van de boom", "Een tekening met de plek van de boom", "De reden van de kap"],
   cost="€ 76,50 per aanvraag.", term="Binnen 8 weken.",
   info="Neem contact op met de gemeente via {tel}.",
   form="Aanvraag kapvergunning")

_p("bouwdossier-inzage", cat="wonen",
   titles=["Bouwdossier inzien", "Bouwtekeningen opvragen", "Bouwarchief: tekeningen van uw huis",
           "Inzage bouwarchief", "Bouwtekening van uw woning"],
   intro="Wilt u de bouwtekeningen of oude vergunningen van uw huis of een ander gebouw bekijken? U "
         "kunt het bouwdossier opvragen bij het bouwarchief van de gemeente. Oude dossiers zijn niet "
         "altijd compleet.",
   cond="Bouwdossiers zijn openbaar. Sommige tekeningen van bijvoorbeeld banken of gevangenissen zijn "
        "om veiligheidsredenen niet in te zien.",
   needs=["Het adres van het gebouw", "Wat u zoekt (bijvoorbeeld plattegronden of de vergunning)"],
   cost="Inzien is gratis. Een digitale kopie kost € 8,50 per tekening.",
   term="Binnen 10 werkdagen ontvangt u een reactie.",
   info="Maak een afspraak met het bouwarchief via {tel}.",
   form="Aanvraag inzage bouwdossier",
   fields=["Naam", "E-mailadres", "Adres van het gebouw", "Wat wilt u inzien?", "Digitale kopie gewenst?"])

_p("bezwaar", cat="bestuur",
   titles=["Bezwaar maken", "Bezwaar maken tegen een besluit", "Bezwaarschrift indienen",
           "Bezwaar en beroep"],
   intro="Bent u het niet eens met een besluit van de gemeente? Dan kunt u binnen 6 weken na de datum "
         "van het besluit bezwaar maken. De bezwaarschriftencommissie adviseert daarna het "
         "college. Vaak nemen wij eerst telefonisch contact met u op om te kijken of we er samen uit "
         "kunnen komen.",
   cond="Uw bezwaarschrift bevat uw naam en adres, de datum, een omschrijving van het besluit, de "
        "reden van uw bezwaar en uw handtekening.",
   needs=["Een kopie van het besluit"],
   cost="Gratis.", term="Binnen 12 weken na afloop van de bezwaartermijn.",
   info="Stuur uw bezwaarschrift per post naar het college van burgemeester en wethouders.",
   form="Bezwaarschrift indienen",
   fields=["Naam", "Adres", "E-mailadres", "Datum en kenmerk van het besluit",
           "Waarom bent u het niet eens met het besluit?"])

_p("klacht", cat="bestuur",
   titles=["Klacht indienen", "Klacht over de gemeente", "Klachten", "Ontevreden? Dien een klacht in"],
   intro="Bent u niet tevreden over hoe een medewerker of bestuurder van de gemeente u heeft "
         "behandeld? Dan kunt u een klacht indienen. Wij nemen binnen 5 werkdagen contact met u op om "
         "uw klacht te bespreken. Bent u daarna nog niet tevreden, dan kunt u naar de Nationale "
         "ombudsman.",
   cond="U dient de klacht in binnen een jaar nadat de gebeurtenis plaatsvond.",
   needs=["Een omschrijving van wat er gebeurd is"],
   cost="Gratis.", term="Binnen 6 weken handelen wij uw klacht af.",
   info="Bel {tel} of schrijf een brief aan de klachtencoördinator.",
   form="Klachtenformulier",
   fields=["Naam", "E-mailadres", "Telefoonnummer", "Waar gaat uw klacht over?", "Wanneer gebeurde het?"])

_p("woo-verzoek", cat="bestuur",
   titles=["Woo-verzoek indienen", "Informatie opvragen (Woo-verzoek)", "Wet open overheid (Woo)",
           "Overheidsinformatie opvragen"],
   intro="Wilt u informatie die de gemeente heeft, maar die nog niet openbaar is? Dan kunt u een "
         "verzoek doen op grond van de Wet open overheid (Woo). Omschrijf zo duidelijk mogelijk over "
         "welk onderwerp u documenten wilt ontvangen. Veel informatie staat al op onze website.",
   cond="Iedereen kan een Woo-verzoek doen. U hoeft niet te zeggen waarom u de informatie wilt.",
   needs=["Een omschrijving van het onderwerp en de periode"],
   cost="Gratis.", term="Binnen 4 weken. Deze termijn kunnen wij met 2 weken verlengen.",
   info="Stuur uw verzoek per post naar de gemeente.",
   form="Woo-verzoek",
   fields=["Naam", "E-mailadres", "Onderwerp", "Welke informatie zoekt u?", "Periode"])

_p("subsidie", cat="bestuur",
   titles=["Subsidie aanvragen", "Subsidies", "Subsidie voor verenigingen en organisaties", "Subsidie"],
   intro="De gemeente geeft subsidie aan organisaties en activiteiten die bijdragen aan een leefbare "
         "gemeente. Denk aan sportverenigingen, culturele activiteiten en buurtinitiatieven. Een "
         "jaarlijkse subsidie vraagt u uiterlijk 1 oktober aan voor het volgende jaar; een eenmalige "
         "subsidie minimaal 8 weken voor de activiteit.",
   cond="De voorwaarden staan in de Algemene subsidieverordening en de subsidieregelingen.",
   needs=["Een begroting", "Een activiteitenplan", "Het bankrekeningnummer van de organisatie"],
   cost="Gratis.", term="Binnen 8 tot 13 weken ontvangt u een beschikking.",
   info="Neem contact op met de subsidieadviseur via {tel}.",
   form="Subsidieaanvraag")

_p("evenementenvergunning", cat="ondernemen",
   titles=["Evenementenvergunning", "Evenement organiseren", "Evenementenvergunning aanvragen",
           "Een evenement organiseren"],
   intro="Organiseert u een evenement, zoals een braderie, concert, sportwedstrijd of groot "
         "buurtfeest? Dan heeft u meestal een evenementenvergunning nodig. Voor een klein evenement is "
         "een melding genoeg. Vraag de vergunning minimaal 8 weken, voor grote evenementen 12 weken, "
         "van tevoren aan.",
   cond="Bij meer dan 250 bezoekers, muziek na 23.00 uur of een afgesloten weg heeft u een vergunning nodig.",
   needs=["Een situatietekening", "Een veiligheidsplan (bij grotere evenementen)"],
   cost="Klein evenement: gratis. Evenementenvergunning: vanaf € 95,00.",
   term="8 tot 12 weken.",
   info="Neem contact op met de evenementencoördinator via {tel}.",
   form="Aanvraag evenementenvergunning")

_p("exploitatievergunning-horeca", cat="ondernemen",
   titles=["Exploitatievergunning horeca", "Horecavergunning (exploitatievergunning)",
           "Exploitatievergunning aanvragen", "Horecabedrijf starten of overnemen",
           "Horecavergunningen: exploitatievergunning en alcoholvergunning"],
   intro="Wilt u een horecazaak beginnen of overnemen, zoals een café, restaurant of lunchroom? Dan "
         "heeft u een exploitatievergunning nodig. Wij doen daarbij een Bibob-onderzoek en kijken of "
         "de zaak past in het bestemmingsplan.",
   cond="De exploitant en leidinggevenden zijn niet in enig opzicht van slecht levensgedrag.",
   needs=["Een uittreksel van de KvK", "Een plattegrond van de zaak", "Het ingevulde Bibob-formulier"],
   cost="€ 325,00.", term="Binnen 8 weken.",
   info="Neem contact op met het team Vergunningen via {tel}.",
   form="Aanvraag exploitatievergunning")

_p("alcoholvergunning", cat="ondernemen",
   titles=["Alcoholvergunning", "Drank- en horecavergunning", "Alcoholwetvergunning aanvragen",
           "Drank schenken", "Vergunning Alcoholwet"],
   intro="Wilt u in uw horecazaak of slijterij alcoholhoudende dranken verkopen? Dan heeft u een "
         "vergunning op grond van de Alcoholwet nodig (vroeger: drank- en horecavergunning). Gaat u "
         "eenmalig schenken op een evenement? Dan vraagt u een ontheffing aan.",
   cond="Alle leidinggevenden zijn minimaal 21 jaar en hebben een Verklaring Sociale Hygiëne.",
   needs=["Verklaring Sociale Hygiëne", "Plattegrond van de inrichting", "Huurcontract"],
   cost="€ 290,00.", term="Binnen 8 weken.",
   info="Neem contact op met het team Vergunningen via {tel}.",
   form="Aanvraag alcoholvergunning")

_p("terrasvergunning", cat="ondernemen",
   titles=["Terrasvergunning", "Terras", "Terrasvergunning aanvragen", "Een terras bij uw zaak"],
   intro="Wilt u een terras plaatsen voor uw horecazaak op de stoep of op het plein? Dan heeft u "
         "een terrasvergunning nodig. In de vergunning staat hoe groot het terras mag zijn en tot "
         "hoe laat het open mag.",
   cond="Er blijft minimaal 1,5 meter vrije doorgang voor voetgangers.",
   needs=["Een tekening van het terras met afmetingen"],
   cost="€ 110,00 eenmalig en precariobelasting per m².", term="Binnen 8 weken.",
   info="Neem contact op met het team Vergunningen via {tel}.",
   form="Aanvraag terrasvergunning")

_p("standplaatsvergunning", cat="ondernemen",
   titles=["Standplaatsvergunning", "Standplaats innemen", "Standplaatsvergunning aanvragen",
           "Verkopen vanuit een kraam of wagen"],
   intro="Wilt u op een vaste plek buiten de weekmarkt iets verkopen vanuit een kraam, wagen of "
         "aanhanger, bijvoorbeeld vis, bloemen of oliebollen? Dan heeft u een standplaatsvergunning "
         "nodig.",
   cond="Er zijn maar een beperkt aantal standplaatsen. Is er geen plek vrij, dan komt u op de wachtlijst.",
   needs=["Een KvK-uittreksel", "Een foto van de kraam of wagen"],
   cost="€ 98,00 per jaar plus marktgeld.", term="Binnen 8 weken.",
   info="Neem contact op met de marktmeester via {tel}.",
   form="Aanvraag standplaatsvergunning")

_p("marktvergunning", cat="ondernemen",
   titles=["Marktvergunning", "Weekmarkt: plaats aanvragen", "Markten", "Standplaats op de weekmarkt"],
   intro="Wilt u als marktkoopman een vaste of losse plaats op de weekmarkt? Dan heeft u een "
         "marktvergunning (vaste plaats) nodig of meldt u zich als dagplaatser bij de marktmeester. "
         "De marktmeester deelt de plaatsen in volgens de branchering.",
   cond="U staat ingeschreven bij de KvK en heeft een geldige verzekering.",
   needs=["KvK-uittreksel", "Omschrijving van de koopwaar"],
   cost="Marktgeld per strekkende meter, zie de tarieventabel.", term="Binnen 4 weken.",
   info="Voor een plaats op de weekmarkt neemt u contact op met de marktmeester via {tel}. U kunt "
        "op marktdag ook vóór 8.00 uur bij de marktmeester langsgaan.",
   form="Aanvraag marktvergunning")

_p("reclamebelasting", cat="belastingen",
   titles=["Reclamebelasting", "Reclame-uitingen en reclamebelasting", "Reclame op of aan uw pand"],
   intro="Heeft u een reclame-uiting die zichtbaar is vanaf de openbare weg, zoals een uithangbord, "
         "gevelreclame of lichtbak? Dan betaalt u in het centrumgebied reclamebelasting. De opbrengst "
         "gaat naar het ondernemersfonds.",
   cond="Reclame voor een evenement of een tijdelijke aanbieding (korter dan 2 weken) is vrijgesteld.",
   needs=[], cost="Zie de tarieventabel in de Verordening reclamebelasting.",
   term="U ontvangt in maart de aanslag.",
   info="U hoeft niets aan te vragen. U krijgt automatisch een aanslag reclamebelasting. Wilt u "
        "een nieuwe reclame plaatsen? Neem dan contact op met team Vergunningen via {tel}.")

_p("geluidsontheffing", cat="ondernemen",
   titles=["Geluidsontheffing", "Ontheffing geluid", "Ontheffing geluidhinder aanvragen",
           "Muziek of lawaai bij een activiteit"],
   intro="Maakt u tijdelijk meer geluid dan is toegestaan, bijvoorbeeld bij een feest in een tent of bij "
         "werkzaamheden in de nacht? Dan heeft u een ontheffing nodig. Omwonenden moeten vooraf "
         "worden geïnformeerd.",
   cond="Vraag de ontheffing minimaal 4 weken van tevoren aan.",
   needs=["Datum, tijden en plaats van de activiteit", "Soort geluid en geluidsbronnen"],
   cost="€ 58,00.", term="Binnen 4 weken.",
   info="Neem contact op met team Vergunningen via {tel}.",
   form="Aanvraag ontheffing geluid",
   fields=["Naam aanvrager", "E-mailadres", "Telefoonnummer", "Datum en tijden", "Locatie",
           "Omschrijving van de activiteit en het geluid"])

_p("winkeltijdenontheffing", cat="ondernemen",
   titles=["Ontheffing winkeltijden", "Winkeltijden", "Koopzondagen", "Winkel op zondag open"],
   intro="Wilt u uw winkel openen buiten de tijden uit de Winkeltijdenwet en de Winkeltijdenverordening? "
         "Dan heeft u een ontheffing nodig.",
   cond="De ontheffing geldt alleen voor de aangevraagde dagen.",
   needs=["Data en tijden"], cost="€ 45,00.", term="Binnen 4 weken.",
   info="Neem contact op met team Vergunningen via {tel}.",
   form="Aanvraag ontheffing winkeltijden")

_p("kansspelautomaatvergunning", cat="ondernemen",
   titles=["Speelautomaten", "Aanwezigheidsvergunning kansspelautomaten", "Vergunning speelautomaat",
           "Gokautomaten in uw zaak"],
   intro="Wilt u in uw café of speelhal een kansspelautomaat (fruitautomaat) plaatsen? Dan heeft u een "
         "aanwezigheidsvergunning nodig. In een horecazaak met een alcoholvergunning mag u maximaal 2 "
         "kansspelautomaten plaatsen.",
   cond="De automaat is toegelaten door de Kansspelautoriteit.",
   needs=["Kopie van de alcoholvergunning", "Gegevens van de automaten"],
   cost="€ 56,50 per automaat per jaar.", term="Binnen 8 weken.",
   info="Neem contact op met team Vergunningen via {tel}.",
   form="Aanvraag aanwezigheidsvergunning kansspelautomaten")

_p("collectevergunning", cat="ondernemen",
   titles=["Collecte", "Collectevergunning", "Collecteren", "Geld inzamelen (collecte)",
           "Inzameling van geld of goederen"],
   intro="Wilt u met een collectebus langs de deuren of op straat geld inzamelen voor een goed doel? "
         "Dan heeft u een vergunning nodig. Landelijke goede doelen met een CBF-keurmerk volgen het "
         "landelijke collecterooster.",
   cond="De opbrengst gaat naar een goed doel. Per week mag er maar één collecte zijn.",
   needs=["Gegevens van uw organisatie", "De periode van de collecte"],
   cost="Gratis.", term="Binnen 4 weken.",
   info="Neem contact op met team Vergunningen via {tel}.",
   form="Aanvraag collectevergunning",
   fields=["Naam organisatie", "Contactpersoon", "E-mailadres", "Doel van de collecte", "Periode",
           "Wijken"])

_p("ligplaatsvergunning", cat="wonen",
   titles=["Ligplaatsvergunning", "Ligplaats voor uw boot", "Afmeren en ligplaatsen",
           "Boot of woonboot: ligplaats aanvragen"],
   intro="Wilt u uw boot of woonboot langere tijd aanleggen in het openbare water van de gemeente? Dan "
         "heeft u een ligplaatsvergunning nodig. Voor passanten in de gemeentelijke havens betaalt u "
         "havengeld bij de havenmeester.",
   cond="De boot is in goede staat en verzekerd. Er zijn beperkt ligplaatsen beschikbaar.",
   needs=["Gegevens van de boot (lengte, breedte, naam)", "Een foto van de boot"],
   cost="€ 32,00 per strekkende meter per jaar.", term="Binnen 8 weken.",
   info="Neem contact op met de havenmeester via {tel}.",
   form="Aanvraag ligplaatsvergunning", en="Mooring permit")

_p("uitwegvergunning", cat="wonen",
   titles=["Uitweg of inrit aanleggen", "Inrit aanleggen", "Uitritvergunning", "Uitweg aanvragen",
           "Inrit of uitrit aanleggen of veranderen"],
   intro="Wilt u een nieuwe inrit naar uw erf aanleggen of een bestaande uitweg verbreden? Dan heeft u "
         "toestemming van de gemeente nodig. Meestal moet de stoeprand worden verlaagd. Dat doet de "
         "gemeente op uw kosten.",
   cond="De inrit mag de veiligheid op de weg niet in gevaar brengen en er mag geen openbare "
        "parkeerplaats of boom verdwijnen.",
   needs=["Een situatietekening", "Foto's van de huidige situatie"],
   cost="€ 80,00 leges plus de kosten van de aanpassing.", term="Binnen 8 weken.",
   info="Neem contact op met de gemeente via {tel}.",
   form="Aanvraag uitwegvergunning")

_p("belastingaanslag-bezwaar", cat="belastingen",
   titles=["Bezwaar tegen uw belastingaanslag", "Bezwaar maken tegen de aanslag gemeentelijke belastingen",
           "Belastingaanslag: bezwaar maken", "Niet eens met uw aanslag?"],
   intro="Bent u het niet eens met uw aanslag gemeentelijke belastingen, bijvoorbeeld de "
         "afvalstoffenheffing, de rioolheffing of de onroerendezaakbelasting? Dan kunt u binnen 6 weken "
         "na de dagtekening van het aanslagbiljet bezwaar maken. U moet de aanslag wel op tijd betalen.",
   cond="Vermeld het aanslagnummer en de reden van uw bezwaar.",
   needs=["Uw aanslagbiljet"], cost="Gratis.", term="Binnen 6 weken na afloop van de bezwaartermijn.",
   info="Stuur een brief met uw bezwaar naar de afdeling Belastingen.",
   form="Bezwaar tegen aanslag gemeentelijke belastingen")

_p("betalingsregeling", cat="belastingen",
   titles=["Betalingsregeling", "Betalingsregeling aanvragen", "Betalen in termijnen",
           "Uitstel van betaling of betalingsregeling"],
   intro="Kunt u de aanslag gemeentelijke belastingen niet in één keer betalen? Betaal dan met "
         "automatische incasso in 10 termijnen. Lukt dat ook niet? Dan kunt u een "
         "betalingsregeling aanvragen.",
   cond="U vraagt de regeling aan voordat de vervaldatum is verstreken.",
   needs=["Uw aanslagnummer", "Een overzicht van uw inkomsten en uitgaven"],
   cost="Gratis.", term="Binnen 4 weken.",
   info="Bel de afdeling Belastingen via {tel}.",
   form="Verzoek betalingsregeling",
   fields=["Naam", "Aanslagnummer", "E-mailadres", "Voorgesteld bedrag per maand",
           "Toelichting"])

# extra, unmeasured pages (realistic distractors)
EXTRA = {
    "rijbewijs": ("Rijbewijs", "burgerzaken",
                  "Uw rijbewijs vernieuwt u bij de gemeente. Vraag een nieuw rijbewijs op tijd aan; u "
                  "kunt ook online aanvragen als u een geldige pasfoto en handtekening bij de RDW heeft. "
                  "Neem uw oude rijbewijs mee als u het nieuwe ophaalt."),
    "naturalisatie": ("Naturalisatie", "burgerzaken",
                      "Wilt u de Nederlandse nationaliteit aanvragen? Dan maakt u een afspraak met "
                      "Burgerzaken. Wij controleren uw documenten en sturen de aanvraag naar de IND."),
    "afvalkalender": ("Afvalkalender", "afval",
                      "Op de afvalkalender ziet u wanneer welke container aan de straat moet. Vul uw "
                      "postcode en huisnummer in om uw ophaaldagen te zien."),
    "energietoeslag": ("Energiefonds en energietoeslag", "zorg",
                       "Heeft u een laag inkomen en hoge energiekosten? Kijk dan welke regelingen er zijn "
                       "via het Energiefonds."),
    "begraven": ("Begraafplaatsen", "burgerzaken",
                 "De gemeente beheert de algemene begraafplaatsen. Voor het huren van een graf en de "
                 "tarieven neemt u contact op met de beheerder."),
    "vacatures": ("Werken bij de gemeente", "bestuur",
                  "Bekijk onze vacatures en open sollicitaties."),
}

NEWS = [
    ("digid-app", "Inloggen met DigiD: gebruik de DigiD app",
     "Steeds meer overheidsorganisaties vragen om in te loggen met de DigiD app of met sms-controle. "
     "Vanaf 1 januari is inloggen met alleen gebruikersnaam en wachtwoord niet meer voldoende voor "
     "veel diensten. Heeft u de DigiD app nog niet? Download de app en activeer hem met uw "
     "identiteitsbewijs of een activeringscode. Hulp nodig? Kom naar het DigiD-spreekuur in de "
     "bibliotheek.", True),
    ("aanslag", "Aanslagen gemeentelijke belastingen verstuurd",
     "Eind februari ontvangen alle inwoners de aanslag gemeentelijke belastingen met de nieuwe "
     "WOZ-waarde. Het aanslagbiljet staat ook in de Berichtenbox van MijnOverheid.", False),
    ("raad", "Gemeenteraad stemt in met begroting",
     "De gemeenteraad heeft ingestemd met de begroting voor volgend jaar. Er komt extra geld voor "
     "onderhoud van fietspaden en voor het sociaal domein.", False),
    ("afval", "Nieuwe afvalkalender beschikbaar",
     "De afvalkalender voor het nieuwe jaar staat online. Door de feestdagen schuiven enkele "
     "ophaaldagen een dag op.", False),
    ("paspoort", "Drukte verwacht bij aanvragen paspoort",
     "Voor de zomer verwachten wij veel aanvragen voor paspoorten en identiteitskaarten. Vraag uw "
     "reisdocument op tijd aan en maak een afspraak.", False),
]
