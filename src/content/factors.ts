/**
 * The 16 success and failure factors of the Inspectie SZW, Literatuurstudie Integrale dienstverlening (2016), ch. 6.
 * Each success factor is also a knelpunt when it is missing (002 l. 1839–1846).
 * Advice comes from the "Wat werkt" lists (002 l. 1974, 2247, 2502) and the paragraphs around them;
 * steering levels follow the summary (002 l. 236–440).
 */
import type { Factor, RoleGroup } from '../core/model'

/**
 * Statements about council, policy frameworks and agreements between the partners: a professional
 * or team lead can only answer "weet ik niet", so only policy and management answer them (issue #26).
 */
const POLICY: RoleGroup[] = ['beleid', 'management']

/* ---------- 6.1 Inhoudelijke uitgangspunten ---------- */

const inhoud: Factor[] = [
  {
    id: 'visie',
    themeId: 'inhoud',
    title: 'Gezamenlijke visie en doelen',
    explanation:
      'Een visie beschrijft waar de samenwerking naartoe wil en waarom. Alle partners moeten die visie delen en dragen, en er horen duidelijke doelen bij. ' +
      'In de praktijk ontbreekt vaak één duidelijke visie: er zijn eerder te veel visies naast elkaar.',
    steeringLevel: 'bestuurlijk',
    statements: [
      { id: 'visie-1', text: 'De samenwerkende organisaties hebben samen één visie op integrale dienstverlening vastgelegd.', key: true },
      { id: 'visie-2', text: 'De doelen van onze samenwerking staan op papier.' },
      // Knelpunt: "er zijn gewoon te veel visies" (002 l. 1914–1916).
      { id: 'visie-5', text: 'De partners werken elk vanuit een eigen visie op de hulp aan inwoners.', reversed: true },
      { id: 'visie-4', text: 'De partners in het sociaal domein hebben zelf meegedacht over de visie.', roles: POLICY },
    ],
    advice: [
      'Zorg voor breed draagvlak voor de gekozen visie (Den Uyl et al., 2015). Volgens de Inspectie krijgen veranderingen het best vorm van onderop: betrek zoveel mogelijk partners en externe partijen, zodat er een gedeelde verantwoordelijkheid ontstaat (Inspectie SZW, 2016, §6.1).',
      'Werk stap voor stap. Wie meteen alle neuzen dezelfde kant op wil krijgen, kan de samenwerking juist verlammen (Kolner en Sprinkhuizen, 2014).',
      'Maak de doelen helder en voor iedereen duidelijk. Een onduidelijke doelstelling is een bekende faalfactor van de integrale aanpak (Divosa, 2014).',
    ],
    sources: ['Hekelaar et al., 2009', 'Den Uyl et al., 2015', 'Kolner en Sprinkhuizen, 2014', 'Divosa, 2014'],
    reportRef: 'Inspectie SZW 2016, §6.1',
  },
  {
    id: 'gemeenteraad',
    themeId: 'inhoud',
    title: 'Betrokkenheid van de gemeenteraad',
    explanation:
      'De gemeenteraad stelt de kaders en controleert. Daarom is het belangrijk dat de raad betrokken is bij de veranderingen in het sociaal domein. ' +
      'Dat vraagt om communicatie en om informeel kennis uitwisselen, al vóór de raadsvergaderingen.',
    steeringLevel: 'bestuurlijk',
    statements: [
      { id: 'gemeenteraad-1', text: 'De gemeenteraad heeft de kaders voor integrale dienstverlening vastgesteld.', key: true, roles: POLICY },
      { id: 'gemeenteraad-2', text: 'De gemeenteraad krijgt regelmatig informatie over hoe de samenwerking in de praktijk loopt.', roles: POLICY },
      { id: 'gemeenteraad-3', text: 'Raadsleden en ambtenaren van het sociaal domein wisselen ook buiten de raadsvergaderingen kennis uit.', roles: POLICY },
      { id: 'gemeenteraad-5', text: 'In het werkoverleg van het sociaal (wijk)team is besproken wat de gemeenteraad met de integrale aanpak wil bereiken.' },
    ],
    advice: [
      'Betrek de raad vroeg bij de veranderingen in het sociaal domein. Zorg voor communicatie en informele kennisuitwisseling voorafgaand aan de raadsvergaderingen (Den Uyl et al., 2015).',
      'Maak samen met de raad duidelijk wat de opdracht aan de professionals is. Professionals hebben er baat bij als ze weten wat van hen verwacht wordt en als de politiek een consistente lijn houdt (Werkplaatsen Sociaal Domein, 2018).',
    ],
    sources: ['Den Uyl et al., 2015', 'Werkplaatsen Sociaal Domein, 2018'],
    reportRef: 'Inspectie SZW 2016, §6.1; Werkplaatsen Sociaal Domein 2018, h. 4–5',
  },
  {
    id: 'doelgroep',
    themeId: 'inhoud',
    title: 'Heldere afbakening van de doelgroep',
    explanation:
      'Een duidelijke afbakening van de doelgroep is een voorwaarde voor goede dienstverlening. ' +
      'Integrale dienstverlening past vooral goed bij mensen met multiproblematiek: problemen op meerdere leefgebieden tegelijk.',
    steeringLevel: 'bestuurlijk',
    statements: [
      { id: 'doelgroep-1', text: 'In onze gemeente is vastgelegd voor welke inwoners de integrale aanpak bedoeld is.', key: true },
      { id: 'doelgroep-2', text: 'Professionals gebruiken dezelfde criteria om te bepalen of een inwoner bij de integrale aanpak hoort.' },
      // Knelpunt: each domain serves the inwoner on its own (KING's "transitieproof", 002 l. 2615–2627).
      { id: 'doelgroep-4', text: 'Inwoners met problemen op meerdere leefgebieden worden per probleem naar een andere organisatie verwezen.', reversed: true },
    ],
    advice: [
      'Leg vast voor welke doelgroep de integrale aanpak bedoeld is. Integrale dienstverlening leent zich vooral voor personen met multiproblematiek (KPMG, 2013).',
      'Beantwoord bij de inrichting van een wijkteam eerst de vragen over de doelstelling: op welke doelgroepen richt het team zich, in welke wijken, en op welke lijn van zorg (Inspectie SZW, 2016, §4.2).',
    ],
    sources: ['KPMG, 2013'],
    reportRef: 'Inspectie SZW 2016, §6.1',
  },
  {
    id: 'burger-centraal',
    themeId: 'inhoud',
    title: 'De inwoner centraal stellen',
    explanation:
      'Uitgangspunt van integrale dienstverlening is dat de inwoner centraal staat, niet de organisatie. ' +
      'In de praktijk gaan bestuurlijke, organisatorische en personele vragen nog vaak voor. ' +
      'Volgens de Inspectie is het cruciaal dat de inwoner zelf betrokken is bij zijn traject en bij de doelen.',
    steeringLevel: 'uitvoerend',
    statements: [
      { id: 'burger-centraal-5', text: 'Het eerste gesprek met een inwoner begint met de vraag wat hij zelf wil bereiken.', key: true },
      { id: 'burger-centraal-3', text: 'Professionals helpen inwoners om hun eigen netwerk in te zetten.' },
      // Knelpunt: bestuurlijke en organisatorische vragen voeren de boventoon (002 §6.1, Kolner en Sprinkhuizen).
      { id: 'burger-centraal-6', text: 'In het overleg over de samenwerking gaat de meeste tijd naar organisatorische vragen.', reversed: true },
    ],
    advice: [
      'Betrek de inwoner bij het vormgeven van zijn traject en bij het stellen van de doelen. Sluit in gesprekken aan bij wat de inwoner zelf motiveert (Inspectie SZW, 2016, samenvatting).',
      'In de praktijk voeren bestuurlijke, organisatorische en personele vragen nog vaak de boventoon (Kolner en Sprinkhuizen, 2014). Houd daarom ook in overleg over de organisatie de inwoner als uitgangspunt (Inspectie SZW, 2016, §6.1).',
    ],
    sources: ['Kolner en Sprinkhuizen, 2014'],
    reportRef: 'Inspectie SZW 2016, §6.1 en samenvatting',
  },
]

/* ---------- 6.2 Organisatorische voorwaarden ---------- */

const organisatie: Factor[] = [
  {
    id: 'cultuur',
    themeId: 'organisatie',
    title: 'Overbruggen van cultuur- en organisatieverschillen',
    explanation:
      'Organisaties verschillen in cultuur, taalgebruik, opleiding en manier van kijken. Zo is zorg en welzijn van oudsher niet gericht op werk, terwijl Werk en Inkomen dat juist wel is. ' +
      'Ook detacheringen, waarbij medewerkers met één been in hun eigen organisatie blijven staan, maken samenwerken lastiger.',
    steeringLevel: 'bestuurlijk',
    statements: [
      { id: 'cultuur-7', text: 'Professionals van verschillende organisaties gaan samen op huisbezoek bij inwoners.', key: true },
      { id: 'cultuur-5', text: 'Professionals van de verschillende organisaties hebben samen besproken wat zij verstaan onder woorden als ‘zelfredzaam’ of ‘werk’.' },
      // Knelpunt: medewerkers met één been in hun eigen organisatie (002 l. 2043–2057).
      { id: 'cultuur-8', text: 'Medewerkers van het sociaal (wijk)team volgen vooral de werkinstructies van hun eigen moederorganisatie.', reversed: true },
    ],
    advice: [
      'Organiseer gezamenlijke casuïstiekbesprekingen en gezamenlijke huisbezoeken. Zo groeien medewerkers van verschillende disciplines naar elkaar toe en bouwen ze vertrouwen op (Inspectie SZW, 2016, samenvatting).',
      'Let op de nadelen van detacherings- en deeltijdcontracten: extra overleg, ingewikkelde roosters, dubbele agenda’s en soms loyaliteitsproblemen. Voorkom ook een onnodig vergadercircuit (Kolner en Sprinkhuizen, 2014; Sommer en Pool, 2014).',
      'Bespreek verschillen in taal en begrippen hardop, bijvoorbeeld wat ieder verstaat onder zelfredzaamheid. Veel samenwerkingsproblemen komen voort uit verschillen die niemand benoemt (Werkplaatsen Sociaal Domein, 2018).',
    ],
    sources: ['OECD, 2012', 'KPMG, 2013', 'Kolner en Sprinkhuizen, 2014', 'KPMG/Plexus, 2013', 'Sommer en Pool, 2014'],
    reportRef: 'Inspectie SZW 2016, §6.2',
  },
  {
    id: 'regie',
    themeId: 'organisatie',
    title: 'Duidelijke regie door de gemeente (governance)',
    explanation:
      'Het gaat hier om gemeentelijke regie: de gemeente houdt de samenwerking bij elkaar en stuurt op het geheel. Dat is iets anders dan de casusregie rond één huishouden, en iets anders dan de eigen regie van de inwoner. ' +
      'De gemeente ontwikkelt samen met de partijen in het sociaal domein een visie en stelt heldere beleidskaders en randvoorwaarden vast. ' +
      'Een aangewezen initiator en ketenregisseur die de samenwerking trekken, noemt de literatuur een succesfactor.',
    steeringLevel: 'bestuurlijk',
    statements: [
      { id: 'regie-1', text: 'In de afspraken met de partners staat dat de gemeente de samenwerking in het sociaal domein aanstuurt.', key: true, roles: POLICY },
      { id: 'regie-2', text: 'Er is één persoon verantwoordelijk voor het goed verlopen van de samenwerking, zoals een ketenregisseur.' },
      { id: 'regie-3', text: 'De gemeente heeft heldere beleidskaders voor de samenwerking vastgesteld.', roles: POLICY },
      { id: 'regie-4', text: 'De gemeente heeft mensen aangewezen die de verandering naar integraal werken trekken.' },
    ],
    advice: [
      'Benoem een initiator en een ketenregisseur of ketenmanager die verantwoordelijk is voor het goed laten verlopen van de samenwerking. Een aparte afdeling alliantiemanagement kan het samenwerkingsproces ondersteunen (Hekelaar et al., 2009).',
      'Stel aanjagers aan en faciliteer hen, zodat ze een positieve invloed op het veranderproces kunnen uitoefenen (Den Uyl et al., 2015).',
      'Ontwikkel de visie samen met de partijen in het sociaal domein en leg daarna heldere beleidskaders en randvoorwaarden vast (Kolner en Sprinkhuizen, 2014; Divosa, 2014; KING, 2013).',
    ],
    sources: ['Kolner en Sprinkhuizen, 2014', 'Hekelaar et al., 2009', 'Divosa, 2014', 'KING, 2013', 'Den Uyl et al., 2015'],
    reportRef: 'Inspectie SZW 2016, §6.2',
  },
  {
    id: 'taakverdeling',
    themeId: 'organisatie',
    title: 'Duidelijke taakverdeling',
    explanation:
      'Tussen de organisaties moet duidelijk zijn wie welke taken, verantwoordelijkheden en bevoegdheden heeft, en wie in welke situatie de controle heeft. ' +
      'Voor een wijkteam gaat het ook om de grens met andere hulp. Is die onduidelijk, dan schuiven partijen taken door naar het wijkteam.',
    steeringLevel: 'bestuurlijk',
    statements: [
      { id: 'taakverdeling-1', text: 'Het is vastgelegd welke organisatie voor welke taken verantwoordelijk is.', key: true },
      { id: 'taakverdeling-2', text: 'Bij elke casus is duidelijk welke professional de casusregie heeft.' },
      { id: 'taakverdeling-3', text: 'Het is duidelijk welke hulp het wijkteam zelf biedt en welke hulp andere organisaties bieden.' },
      // Knelpunt: partijen schuiven taken door naar het wijkteam (Oude Vrielink, 002 §6.2).
      { id: 'taakverdeling-4', text: 'Andere organisaties schuiven taken door naar het sociaal (wijk)team.', reversed: true },
    ],
    advice: [
      'Leg vast wie de controle heeft en wie in welke situatie verantwoordelijk is. Juist bij complexe samenwerking moeten niet alle organisaties evenveel zeggenschap hebben (Hekelaar et al., 2009; KPMG, 2013; Oude Vrielink, 2014).',
      'Baken het wijkteam af ten opzichte van andere vormen van hulp. Zo voorkom je dat partijen taken doorschuiven naar het team (Oude Vrielink, 2014).',
      'Spreek per type casus af wie de casusregie heeft: bij vooral zorg en welzijn vaker het sociaal team, bij vooral werk de klantmanager. Een ‘linking pin’ die professionals met elkaar verbindt, kan helpen (Werkplaatsen Sociaal Domein, 2018).',
      'Leg ook rollen, bevoegdheden en mandaten vast: de Inspectie concludeert dat de samenwerking gebaat is bij heldere kaders, doelen, taakverdelingen, rollen, bevoegdheden en mandaten (Inspectie SZW, 2016, samenvatting). Zorg dat een professional snel een besluit kan krijgen van wie het mandaat heeft, want zonder dat blijft een gezamenlijke aanpak hangen (Werkplaatsen Sociaal Domein, 2018).',
    ],
    sources: ['Hekelaar et al., 2009', 'EC, 2015', 'KPMG, 2013', 'Oude Vrielink, 2014', 'Werkplaatsen Sociaal Domein, 2018'],
    reportRef: 'Inspectie SZW 2016, §6.2; Werkplaatsen Sociaal Domein 2018, h. 4',
  },
  {
    id: 'ontschotting',
    themeId: 'organisatie',
    title: 'Ontschotting van budgetten en werkprocessen',
    explanation:
      'Ontschotting betekent: de ‘schotten’ tussen organisaties, budgetten en werkprocessen weghalen, zodat geld en werk de inwoner volgen en niet de eigen organisatie. ' +
      'Verschillen in taken, financiering en sturing vanuit aparte beleidsterreinen (kokers) remmen de samenwerking. ' +
      'Zonder ontschotting zijn sociale wijkteams volgens de Inspectie ‘niet meer dan een nieuw trucje’.',
    steeringLevel: 'bestuurlijk',
    statements: [
      { id: 'ontschotting-1', text: 'Professionals kunnen hulp inzetten uit één gezamenlijk budget, los van de wet waar het geld vandaan komt.', key: true },
      { id: 'ontschotting-2', text: 'De financiële afspraken met de partners stimuleren deelname aan de integrale aanpak.', roles: POLICY },
      { id: 'ontschotting-3', text: 'De organisaties werken met één gezamenlijk werkproces voor de integrale aanpak.' },
      { id: 'ontschotting-4', text: 'De professionals van de verschillende organisaties werken met dezelfde methode.' },
    ],
    advice: [
      'Haal perverse prikkels weg: de financiële sturing vanuit de eigen organisatie mag deelname aan de integrale aanpak niet in de weg staan (Inspectie SZW, 2016, samenvatting). Niet-geïntegreerde budgetten remmen de samenwerking (Hekelaar et al., 2009) en kunnen leiden tot onnodig zware inzet van middelen (Nijhof en De Levita, 2012).',
      'Werk vanuit één gezamenlijk werkproces dat de processen in de eigen moederorganisaties aanstuurt. Die werkwijze is onder meer toegepast bij de aanpak van jeugdcriminaliteit en van multiprobleemgezinnen (Hekelaar et al., 2009).',
      'Laat ook de omgeving van het wijkteam meeveranderen: frontoffice en backoffice moeten anders gaan werken. Werk met een gedeeld instrumentarium, dus dezelfde methode of hetzelfde systeem (Kolner en Sprinkhuizen, 2014; Berg-le Clercq, 2013).',
      'Overweeg gezamenlijke huisvesting: volgens diverse auteurs helpt die om de gezamenlijkheid tot stand te brengen (Inspectie SZW, 2016, samenvatting). Reken er niet op dat een gedeeld gebouw genoeg is: het stimuleert de samenwerking, maar is niet altijd genoeg (Hekelaar et al., 2009).',
    ],
    sources: ['Hekelaar et al., 2009', 'Sok, 2013', 'Nijhof en De Levita, 2012', 'Sommer en Pool, 2014', 'Kolner en Sprinkhuizen, 2014', 'Berg-le Clercq, 2013'],
    reportRef: 'Inspectie SZW 2016, §6.2 en samenvatting',
  },
  {
    id: 'ict',
    themeId: 'organisatie',
    title: 'Aansluiting van ICT en registratiesystemen',
    explanation:
      'Informatievoorziening is een kritieke succesfactor: de ICT van de partners moet op elkaar aansluiten. ' +
      'Als dat niet zo is, houden professionals een dubbele registratie bij: die van het team én die van hun eigen organisatie. ' +
      'De ICT moet zich voegen naar wat professionals aan informatie nodig hebben, niet andersom.',
    steeringLevel: 'bestuurlijk',
    statements: [
      { id: 'ict-1', text: 'Professionals van het sociaal (wijk)team registreren hun werk in één systeem.', key: true },
      { id: 'ict-2', text: 'De informatiesystemen van de samenwerkende organisaties zijn op elkaar aangesloten.' },
      { id: 'ict-3', text: 'De ICT sluit aan bij de informatie die professionals nodig hebben in hun werk.' },
      { id: 'ict-4', text: 'De organisaties controleren regelmatig of medewerkers de systemen goed gebruiken.' },
      // Knelpunt: dubbele registratie (002 l. 2199–2205).
      { id: 'ict-5', text: 'Professionals registreren hetzelfde werk in meer dan één systeem.', reversed: true },
    ],
    advice: [
      'Bouw aan een gezamenlijke ICT-infrastructuur en stem de ICT af op het integraal werken (Divosa, 2014; KING, 2013; Van der Kruk, 2014).',
      'Laat de informatiebehoefte leidend zijn: de ICT voegt zich naar wat professionals nodig hebben, en niet de mogelijkheden van de ICT bepalen welke informatie er is (Inspectie SZW, 2016, samenvatting).',
      'Controleer regelmatig of nieuwe methoden en systemen goed worden gebruikt. Pas de systemen aan of geef medewerkers extra training als dat nodig is (KPMG, 2013).',
    ],
    sources: ['KING, 2013', 'Divosa, 2014', 'Van der Kruk, 2014', 'Hekelaar et al., 2009', 'Kolner en Sprinkhuizen, 2014', 'Van Arum en Schoorl, 2015', 'KPMG, 2013'],
    reportRef: 'Inspectie SZW 2016, §6.2',
  },
  {
    id: 'middelen',
    themeId: 'organisatie',
    title: 'Voldoende middelen',
    explanation:
      'De decentralisaties gingen samen met bezuinigingen. Bezuinigingen kunnen het draagvlak voor samenwerking ondermijnen en partners tot concurrenten maken. ' +
      'Voor het sociaal (wijk)team moet helder zijn wie wat betaalt, zoals personeel en huisvesting.',
    steeringLevel: 'bestuurlijk',
    statements: [
      { id: 'middelen-1', text: 'Het sociaal (wijk)team heeft genoeg budget om de afgesproken taken uit te voeren.', key: true },
      { id: 'middelen-2', text: 'Het is duidelijk welke organisatie welke kosten van het sociaal (wijk)team betaalt.' },
      { id: 'middelen-5', text: 'De samenwerkende organisaties maken samen afspraken over de verdeling van het geld.', roles: POLICY },
      // Knelpunt: financiële druk leidt tot pragmatische keuzes en minder kwaliteit (002 §6.2).
      { id: 'middelen-6', text: 'Door financiële druk kiezen professionals voor hulp die minder goed bij de inwoner past.', reversed: true },
    ],
    advice: [
      'Maak de verdeling van de kosten helder voor het team: is er budget, waar komt het vandaan, wie betaalt het personeel, en wie betaalt huisvesting en overige kosten (Van Arum en Schoorl, 2015; De Meere et al., 2013; Divosa, 2014; Oude Vrielink, 2014).',
      'Reken op een investering vooraf. Integrale dienstverlening vraagt eerst een grotere investering, die pas later wordt terugverdiend (Inspectie SZW, 2016, samenvatting).',
      'Waak voor keuzes die alleen op korte termijn iets opleveren. Financiële druk en tijdsdruk kunnen leiden tot pragmatische keuzes en tot minder kwaliteit (Hekelaar et al., 2009; Van Arum en Schoorl, 2015).',
    ],
    sources: ['Van Arum en Schoorl, 2015', 'De Meere et al., 2013', 'Divosa, 2014', 'Oude Vrielink, 2014', 'Hekelaar et al., 2009'],
    reportRef: 'Inspectie SZW 2016, §6.2 en samenvatting',
  },
]

/* ---------- 6.3 Uitvoering in de praktijk ---------- */

const uitvoering: Factor[] = [
  {
    id: 'flexibiliteit',
    themeId: 'uitvoering',
    title: 'Flexibiliteit en duidelijkheid',
    explanation:
      'Plannen voor de uitvoering moeten flexibel zijn, zeker als er nieuwe taken bij komen. Tegelijk geven vaste afspraken houvast, bijvoorbeeld over het uitwisselen van informatie. ' +
      'Het gaat om een goed evenwicht: iemand met complexe problemen heeft niets aan een standaardtraject.',
    steeringLevel: 'operationeel',
    statements: [
      { id: 'flexibiliteit-5', text: 'In de werkafspraken staat wanneer een professional ervan mag afwijken om maatwerk te bieden.', key: true },
      { id: 'flexibiliteit-2', text: 'De partners hebben duidelijke afspraken gemaakt over hoe ze samenwerken.' },
      { id: 'flexibiliteit-3', text: 'Professionals kunnen afwijken van een standaardtraject als een inwoner dat nodig heeft.' },
      { id: 'flexibiliteit-4', text: 'De partners kijken regelmatig samen of de afspraken over de samenwerking nog passen.' },
      // Knelpunt: iemand met complexe problemen heeft niets aan een standaardtraject (002 §6.3).
      { id: 'flexibiliteit-6', text: 'Inwoners met complexe problemen krijgen een standaardtraject.', reversed: true },
    ],
    advice: [
      'Doorloop als partners samen en systematisch de stappen om de samenwerking vorm te geven. Herhaal die stappen regelmatig, want de omgeving verandert (Hekelaar et al., 2009).',
      'Leg afspraken vast waar dat houvast geeft, zoals bij het uitwisselen van informatie. Houd ruimte voor maatwerk: iemand met complexe problemen heeft geen baat bij vooraf vastgestelde trajecten (Divosa, 2014; Hekelaar et al., 2009).',
      'Zie toe op de naleving van een convenant. Een convenant, een schriftelijke afspraak tussen partners, kan goed werken, maar is geen garantie als niemand controleert of partners zich eraan houden (Divosa, 2014; Hekelaar et al., 2009).',
    ],
    sources: ['EC, 2015', 'KPMG, 2013', 'Hekelaar et al., 2009', 'Divosa, 2014'],
    reportRef: 'Inspectie SZW 2016, §6.3',
  },
  {
    id: 'informatie-delen',
    themeId: 'uitvoering',
    title: 'Delen van informatie (en privacy)',
    explanation:
      'Een professional moet alle belangrijke gegevens over bijvoorbeeld een gezin kennen, en gegevens delen helpt bij vroegsignalering en preventie. ' +
      'Een bekend knelpunt is dat professionals essentiële informatie niet met elkaar delen. Dat kan komen door wantrouwen tussen diensten, of door echte of veronderstelde privacyregels.',
    steeringLevel: 'bestuurlijk',
    statements: [
      { id: 'informatie-delen-1', text: 'Professionals van verschillende organisaties delen de informatie die nodig is om een inwoner goed te helpen.', key: true },
      // Knelpunt: informatie blijft liggen door "daadwerkelijke of veronderstelde" privacyregels (002 l. 2331–2335).
      // 2026.2 first named a motive ("uit onzekerheid"), which others cannot see; an appeal to privacy can be
      // heard, and covers real and supposed rules alike. Same knelpunt, same id.
      { id: 'informatie-delen-5', text: 'Professionals houden informatie over een gezamenlijke inwoner achter met een beroep op de privacyregels.', reversed: true },
      { id: 'informatie-delen-3', text: 'Er zijn vaste afspraken over hoe organisaties informatie over gezamenlijke inwoners uitwisselen.' },
      { id: 'informatie-delen-4', text: 'Professionals vertellen de inwoner vooraf met wie zij informatie over hem delen.' },
    ],
    advice: [
      'Maak afspraken over het uitwisselen van informatie en leg ze vast. Een vaste structuur of protocollen geven hierbij houvast (Inspectie SZW, 2016, §6.3).',
      'Zoek een oplossing als privacyregels het delen van informatie tussen professionals in de weg staan. Ga eerst na of een regel echt bestaat of alleen wordt verondersteld (Inspectie SZW, 2016, samenvatting en §6.3).',
      'Wees open tegenover de inwoner: hij moet weten waarvoor zijn gegevens dienen en wie er toegang toe heeft. Verzamel niet meer gegevens dan nodig (Werkplaatsen Sociaal Domein, 2018).',
    ],
    sources: ['OECD, 2012', 'KPMG, 2013', 'Divosa, 2014', 'Oude Vrielink, 2014', 'KING, 2013', 'KING, 2014'],
    reportRef: 'Inspectie SZW 2016, §6.3; Werkplaatsen Sociaal Domein 2018, h. 5',
  },
  {
    id: 'professionaliteit',
    themeId: 'uitvoering',
    title: 'Professionaliteit van management en medewerkers',
    explanation:
      'Integraal werken vraagt goed leiderschap en zeer goed gekwalificeerde medewerkers. Zij hebben kennis nodig van nieuwe wetten en doelgroepen, goede gespreksvaardigheden, en ze moeten als generalist kunnen werken. ' +
      'Ook moeten ze de ruimte krijgen om maatwerk te leveren: zij kunnen het beste inschatten wat nodig is.',
    steeringLevel: 'operationeel',
    statements: [
      { id: 'professionaliteit-1', text: 'Medewerkers krijgen training in integraal werken, zoals werken als generalist en gespreksvoering.', key: true },
      { id: 'professionaliteit-5', text: 'De leiding van het sociaal (wijk)team heeft met het team vastgelegd wat de samenwerking moet opleveren.' },
      { id: 'professionaliteit-3', text: 'Medewerkers hebben tijd voor bijscholing.' },
    ],
    advice: [
      'Investeer in goede managers. Een goede manager geeft richting aan het proces, overtuigt en laat het belang van het samenwerkingsdoel zien (Inspectie SZW, 2016, §6.3).',
      'Train medewerkers in de nieuwe wetgeving en doelgroepen, gesprekstechnieken, oplossingsgericht denken en werken als generalist. Maak tijd vrij voor na- en bijscholing en voor super- en intervisie (Sommer en Pool, 2014; Kolner en Sprinkhuizen, 2014; Berg-le Clercq, 2013).',
      'Geef professionals de ruimte om maatwerk te leveren: zij kunnen het beste inschatten wat er nodig is (Klok et al., 2012; Gemeente Zaanstad, 2014; Steenbergen en Wittmayer, 2014). Te strakke kaders vanuit de gemeente staan maatwerk in de weg (Inspectie SZW, 2016, samenvatting).',
    ],
    sources: [
      'Sommer en Pool, 2014',
      'Kolner en Sprinkhuizen, 2014',
      'Mevissen et al., 2015',
      'Berger, 2013',
      'Berg-le Clercq, 2013',
      'Klok et al., 2012',
      'Gemeente Zaanstad, 2014',
      'Steenbergen en Wittmayer, 2014',
    ],
    reportRef: 'Inspectie SZW 2016, §6.3 en samenvatting',
  },
  {
    id: 'caseload',
    themeId: 'uitvoering',
    title: 'Behapbare caseload en continuïteit van personeel',
    explanation:
      'De caseload is het aantal inwoners of huishoudens dat één professional tegelijk begeleidt. Die moet behapbaar zijn, zodat elke inwoner de aandacht krijgt die hij nodig heeft. ' +
      'Ook een stabiele bezetting telt: als de continuïteit van de hulp rammelt, ondergraaft dat het vertrouwen van inwoners.',
    steeringLevel: 'operationeel',
    statements: [
      { id: 'caseload-1', text: 'Professionals hebben een caseload die klein genoeg is om elke inwoner de nodige aandacht te geven.', key: true },
      { id: 'caseload-2', text: 'Het sociaal (wijk)team heeft een stabiele bezetting, met weinig wisselingen van medewerkers.' },
      { id: 'caseload-3', text: 'Professionals hebben genoeg tijd om een relatie met de inwoner op te bouwen.' },
      // Knelpunt: een caseload die niet behapbaar is (002 §6.3).
      { id: 'caseload-4', text: 'Inwoners wachten op hulp omdat de caseload van de professionals vol is.', reversed: true },
    ],
    advice: [
      'Houd de caseload behapbaar, zodat elke inwoner de aandacht krijgt die hij nodig heeft (Berg-le Clercq, 2013; Oude Vrielink, 2014).',
      'Zorg als management voor stabiliteit: te veel wisselingen zetten de continuïteit en de effectiviteit onder druk (Inspectie SZW, 2016, samenvatting). Als de continuïteit van de ondersteuning rammelt, ondergraaft dat het vertrouwen van inwoners in professionals (Kolner en Sprinkhuizen, 2014).',
    ],
    sources: ['Berg-le Clercq, 2013', 'Oude Vrielink, 2014', 'Kolner en Sprinkhuizen, 2014', 'De Vries, 2010'],
    reportRef: 'Inspectie SZW 2016, §6.3 en samenvatting; Movisie 2018, §5.2',
  },
  {
    id: 'tijd',
    themeId: 'uitvoering',
    title: 'Voldoende tijd',
    explanation:
      'Een samenwerkingsverband opbouwen is een weg van lange adem. De literatuur noemt 2,5 jaar om de samenwerking enigszins vorm te geven tot 10 jaar om volledig efficiënt te zijn. ' +
      'Hoge druk om snel resultaten te laten zien is een risico: het kan leiden tot schijnsamenwerking en schijnsuccessen.',
    steeringLevel: 'bestuurlijk',
    statements: [
      { id: 'tijd-2', text: 'Medewerkers van verschillende organisaties krijgen tijd om elkaar te leren kennen.', key: true },
      // Knelpunt: "hoge druk vanuit management en/of gemeenteraad" to shape the new way of working fast
      // (002 l. 2435–2439, Kolner en Sprinkhuizen). 2026.2 first said "binnen een jaar", a term no seed
      // gives; the meaning (pressure for quick results) is the same, so the id stays.
      { id: 'tijd-6', text: 'Het sociaal (wijk)team moet snel laten zien wat de aanpak oplevert.', reversed: true },
      { id: 'tijd-7', text: 'De teamleider bespreekt problemen in de samenwerking met het team, ook als de resultaten tegenvallen.' },
      { id: 'tijd-4', text: 'De plannen voor integrale dienstverlening gaan uit van een periode van meerdere jaren.', roles: POLICY },
    ],
    advice: [
      'Reken op een lange periode. De literatuur spreekt van 2,5 jaar om de samenwerking enigszins vorm te geven tot 10 jaar om volledig efficiënt te zijn; Ragan (2003) rekent op 10 jaar tot een volgroeide vorm.',
      'Bescherm de teams tegen druk om snel resultaten te laten zien. Die druk kan leiden tot schijnsamenwerking, schijnsuccessen en quick wins, terwijl echte problemen blijven liggen (Kolner en Sprinkhuizen, 2014).',
      'Geef medewerkers tijd om naar elkaar toe te groeien, van elkaar te leren en elkaar te vertrouwen, bijvoorbeeld met gezamenlijke casuïstiekbesprekingen en huisbezoeken (Inspectie SZW, 2016, samenvatting).',
    ],
    sources: ['Hekelaar et al., 2009', 'KPMG, 2013', 'Den Uyl et al., 2015', 'Ragan, 2003', 'Kolner en Sprinkhuizen, 2014', 'Movisie, 2015'],
    reportRef: 'Inspectie SZW 2016, §6.3 en samenvatting',
  },
  {
    id: 'meten',
    themeId: 'uitvoering',
    title: 'Meten van prestaties',
    explanation:
      'Gezamenlijke prestatie-indicatoren verankeren de samenwerking en voorkomen dat partners elkaar beconcurreren. Meet daarbij ook hoe de samenwerking zelf loopt. ' +
      'Resultaten van integrale dienstverlening zijn wel moeilijk te meten en worden vaak pas na langere tijd zichtbaar.',
    steeringLevel: 'bestuurlijk',
    statements: [
      { id: 'meten-1', text: 'De samenwerkende organisaties hebben gezamenlijke prestatie-indicatoren.', key: true, roles: POLICY },
      { id: 'meten-2', text: 'De gemeente volgt de resultaten van de hulp per inwoner of huishouden.' },
      { id: 'meten-3', text: 'De gemeente meet ook hoe goed de samenwerking tussen de partners loopt.', roles: POLICY },
      { id: 'meten-4', text: 'De uitkomsten van de metingen worden gebruikt om bij te sturen.' },
    ],
    advice: [
      'Veranker de samenwerking in gezamenlijke prestatie-indicatoren die gericht zijn op de integraliteit van de dienstverlening. Meet ook de samenwerkingsrelatie (EC, 2015; Hekelaar et al., 2009; Divosa, 2014).',
      'Richt een monitor in op klant- en op teamniveau, en gebruik de gegevens voor evaluatie en bijsturing (Inspectie SZW, 2016, samenvatting).',
      'Veel gemeenten vinden een maatschappelijke kosten-batenanalyse (MKBA) alleen niet altijd geschikt om verantwoording af te leggen, maar kennen geen alternatief (Kolner en Sprinkhuizen, 2014). Volgens Oude Vrielink (2014) past klassieke sturing op targets, regels en protocollen niet bij deze manier van werken.',
      'Stimuleer de samenwerking tussen de organisaties ook met financiële of administratieve prikkels (EC, 2015).',
    ],
    sources: ['EC, 2015', 'Hekelaar et al., 2009', 'Divosa, 2014', 'OECD, 2012', 'Kolner en Sprinkhuizen, 2014', 'Oude Vrielink, 2014'],
    reportRef: 'Inspectie SZW 2016, §6.3 en samenvatting',
  },
]

/** The 16 Inspectie factors in report order: 4 inhoud, 6 organisatie, 6 uitvoering. */
export const factors: Factor[] = [...inhoud, ...organisatie, ...uitvoering]
