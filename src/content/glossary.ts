/**
 * The glossary: each term of jargon explained once, in plain Dutch (B1), and linked from every text
 * where one of its forms occurs (components/common/GlossaryText.vue, via core/util/glossaryTerms.ts).
 * "Regie" has three meanings that the sources warn about mixing up (000 l. 295–300; 004 l. 130–146),
 * so it has three entries; the content always says which one it means (tests/unit/glossary.spec.ts).
 */
import type { GlossaryEntry } from '../core/model'

export const glossary: GlossaryEntry[] = [
  {
    id: 'gemeentelijke-regie',
    term: 'Gemeentelijke regie',
    forms: ['gemeentelijke regie', 'regie door de gemeente', 'regierol', 'regierol van de gemeente'],
    explanation:
      'De gemeente houdt de samenwerking in het sociaal domein bij elkaar en stuurt op het geheel: zij ontwikkelt met de partners een visie en stelt beleidskaders en randvoorwaarden vast. Dit gaat over de organisatie van de samenwerking, niet over de hulp aan één huishouden.',
    source: 'Inspectie SZW 2016, §6.2',
  },
  {
    id: 'casusregie',
    term: 'Casusregie (regisseur)',
    forms: ['casusregie', 'regisseur', 'regisseert', 'regisserende professional', 'één huishouden, één plan, één regisseur'],
    explanation:
      'Eén professional stemt de hulp rond één inwoner of huishouden af en is het vaste aanspreekpunt. Deze professional begeleidt de hulp, maar neemt het leven van de inwoner niet over: dat is iets anders dan eigen regie.',
    source: 'Movisie 2018, §2.1; Werkplaatsen Sociaal Domein 2018, h. 1',
  },
  {
    id: 'eigen-regie',
    term: 'Eigen regie',
    forms: ['eigen regie', 'zelfregie', 'regie van de inwoner', 'regie bij de inwoner', 'regie bij de klant', 'regie over zijn eigen plan', 'regie over het doel'],
    explanation:
      'Zeggenschap over je eigen leven: zelf bepalen en richting geven, ook aan de hulp die je krijgt. Alleen de inwoner zelf kan de regie over zijn leven voeren; een professional kan wel tijdelijk beslissingen overnemen.',
    source: 'Werkplaatsen Sociaal Domein 2018, h. 1; Movisie 2018, §2.1',
  },
  {
    id: 'ontschotting',
    term: 'Ontschotting',
    forms: ['ontschotting', 'ontschotte', 'ontschotten'],
    explanation:
      'De ‘schotten’ tussen organisaties, budgetten en werkprocessen weghalen, zodat geld en werk de inwoner volgen en niet de eigen organisatie of de wet waar het geld vandaan komt.',
    source: 'Inspectie SZW 2016, §6.2',
  },
  {
    id: 'casemanager',
    term: 'Casemanager en casemanagement',
    forms: ['casemanager', 'casemanagement', 'geïntegreerd casemanagement'],
    explanation:
      'Een casemanager is de professional die de hulp rond één casus regelt en bewaakt. KPMG (2013) noemt ‘geïntegreerd casemanagement’ ook een vorm van integratie: een multidisciplinair team, zoals een sociaal wijkteam, terwijl de organisaties zelf apart blijven.',
    source: 'Movisie 2018, §2.1; Inspectie SZW 2016, bijlage',
  },
  {
    id: 'frontoffice-backoffice',
    term: 'Frontoffice en backoffice',
    forms: ['frontoffice', 'backoffice', 'front office', 'back office'],
    explanation:
      'De frontoffice is waar de inwoner binnenkomt: het loket, de telefoon, de website. De backoffice is wat daarachter gebeurt: budgetten, databases, beoordelen en uitvoeren. Integratie kan alleen in de frontoffice plaatsvinden, of ook in de backoffice.',
    source: 'Inspectie SZW 2016, h. 3 (De Waal et al., 2014; KPMG, 2013)',
  },
  {
    id: 'mkba',
    term: 'MKBA',
    forms: ['mkba', 'mkba’s', 'maatschappelijke kosten-batenanalyse'],
    explanation:
      'Maatschappelijke kosten-batenanalyse: een economisch rekenmodel dat kosten en opbrengsten voor de hele samenleving in geld uitdrukt.',
    source: 'Inspectie SZW 2016, §6.3',
  },
  {
    id: 'ketenregisseur',
    term: 'Ketenregisseur',
    forms: ['ketenregisseur', 'ketenmanager'],
    explanation:
      'Iemand die verantwoordelijk is voor het goed verlopen van de samenwerking tussen de organisaties in een keten. Het gaat om de samenwerking, niet om de hulp aan één huishouden.',
    source: 'Inspectie SZW 2016, §6.2 (Hekelaar et al., 2009)',
  },
  {
    id: 'alliantiemanagement',
    term: 'Alliantiemanagement',
    forms: ['alliantiemanagement'],
    explanation: 'Een aparte afdeling of functie die het samenwerkingsproces tussen organisaties ondersteunt.',
    source: 'Inspectie SZW 2016, §6.2 (Hekelaar et al., 2009)',
  },
  {
    id: 'aanjager',
    term: 'Aanjager',
    forms: ['aanjager', 'aanjagers'],
    explanation: 'Iemand die de verandering naar integraal werken trekt en anderen meekrijgt. De gemeente kan aanjagers aanstellen en hun daarvoor tijd en ruimte geven.',
    source: 'Inspectie SZW 2016, §6.2 (Den Uyl et al., 2015)',
  },
  {
    id: 'convenant',
    term: 'Convenant',
    forms: ['convenant'],
    explanation: 'Een schriftelijke afspraak tussen organisaties over hoe zij samenwerken, bijvoorbeeld over het uitwisselen van informatie.',
  },
  {
    id: 'intervisie',
    term: 'Intervisie en supervisie',
    forms: ['intervisie', 'supervisie', 'super- en intervisie'],
    explanation:
      'Intervisie: collega’s bespreken met elkaar hun werk en leren van elkaars aanpak. Supervisie: een begeleider helpt een professional om op zijn eigen werk te reflecteren.',
  },
  {
    id: 'g32',
    term: 'G32',
    forms: ['g32', 'g32-gemeenten'],
    explanation: 'Een samenwerkingsverband van middelgrote steden in Nederland.',
  },
  {
    id: 'prestatie-indicator',
    term: 'Prestatie-indicator',
    forms: ['prestatie-indicator', 'prestatie-indicatoren'],
    explanation: 'Een afgesproken maat waarmee je volgt of een doel wordt gehaald, bijvoorbeeld het aantal huishoudens dat één plan heeft.',
  },
  {
    id: 'caseload',
    term: 'Caseload',
    forms: ['caseload'],
    explanation: 'Het aantal inwoners of huishoudens dat één professional tegelijk begeleidt.',
    source: 'Inspectie SZW 2016, §6.3',
  },
  {
    id: 'casus',
    term: 'Casus',
    forms: ['casus', 'casussen', 'casuïstiek', 'casuïstiekbesprekingen', 'casusoverleg'],
    explanation: 'De situatie van één inwoner of huishouden waar professionals samen aan werken. Casuïstiek bespreken is samen zulke situaties doornemen.',
  },
  {
    id: 'detachering',
    term: 'Detachering',
    forms: ['detachering', 'detacheringen', 'gedetacheerde', 'detacherings-'],
    explanation:
      'Een medewerker blijft in dienst van zijn eigen organisatie, maar werkt (een deel van de tijd) in het sociaal (wijk)team. Hij staat dan met één been in beide organisaties.',
    source: 'Inspectie SZW 2016, §6.2',
  },
  {
    id: 'klantmanager',
    term: 'Klantmanager Werk en Inkomen',
    forms: ['klantmanager', 'klantmanagers', 'participatiecoach', 'participatiecoaches'],
    explanation:
      'De professional van de gemeentelijke sociale dienst of uitvoeringsorganisatie die inwoners begeleidt bij werk en een uitkering. In de praktijk heet de functie ook werkcoach, inkomensconsulent of participatiecoach.',
    source: 'Werkplaatsen Sociaal Domein 2018, h. 1',
  },
  {
    id: 'linking-pin',
    term: 'Linking pin',
    forms: ['linking pin'],
    explanation: 'Iemand die professionals van verschillende organisaties met elkaar verbindt, bijvoorbeeld een vaste contactpersoon tussen het sociaal team en Werk en Inkomen.',
  },
  {
    id: 'omgekeerde-toets',
    term: 'Omgekeerde toets',
    forms: ['omgekeerde toets'],
    explanation: 'Eerst vragen wat er nodig is en wie daarvoor nodig is, en pas daarna kijken wat de regels toestaan.',
    source: 'Werkplaatsen Sociaal Domein 2018, h. 4',
  },
  {
    id: 'multiproblematiek',
    term: 'Multiproblematiek',
    forms: ['multiproblematiek', 'multiprobleemgezinnen', 'meervoudige problemen', 'meervoudige problematiek'],
    explanation: 'Problemen op meerdere leefgebieden tegelijk, zoals schulden, werk, gezondheid, wonen en opvoeding, die met elkaar samenhangen.',
  },
  {
    id: 'perverse-prikkels',
    term: 'Perverse prikkels',
    forms: ['perverse prikkels'],
    explanation: 'Financiële afspraken die precies het verkeerde belonen, bijvoorbeeld als de eigen organisatie geld verliest wanneer een medewerker meewerkt aan de integrale aanpak.',
    source: 'Inspectie SZW 2016, samenvatting',
  },
  {
    id: 'alliantie',
    term: 'Alliantie',
    forms: ['alliantie', 'persoonlijke alliantie', 'taakalliantie'],
    explanation:
      'De kracht van de samenwerkingsrelatie tussen inwoner en professional: een emotionele band (persoonlijke alliantie) en overeenstemming over het doel en de aanpak (taakalliantie).',
    source: 'Movisie 2018, §4.3.1 (Pijnenburg, 2010)',
  },
  {
    id: 'leefwereld-systeemwereld',
    term: 'Leefwereld en systeemwereld',
    forms: ['leefwereld', 'systeemwereld'],
    explanation:
      'De leefwereld: de wensen, behoeften en het dagelijks leven van de inwoner. De systeemwereld: beleidsdoelen, wetten, regels en de doelen van organisaties.',
    source: 'Movisie 2018, §5.2',
  },
  {
    id: 'generalist',
    term: 'Generalist',
    forms: ['generalist', 'generalistische', 'generalistisch'],
    explanation: 'Een professional die breed kijkt naar alle leefgebieden en veel zelf oppakt, en voor specialistische vragen weet wie hij moet inschakelen.',
  },
]
