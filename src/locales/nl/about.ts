/** Most studies give no ranking of the factors (002 l. 154–158); the report's method note says the same. */
export const noRanking =
  'De meeste studies geven geen rangorde of weging van de factoren, en welke factoren het zwaarst wegen is niet altijd helder (Inspectie SZW, 2016, samenvatting). Daarom kiest uw team zelf welke factoren het belangrijkst zijn.'
const ladderScope =
  'Een plek op de ladder zegt iets over hoe de samenwerking is georganiseerd. Of inwoners de hulp ook als samenhangend ervaren, is een andere vraag. Daarvoor is de module over het perspectief van de inwoner.'
/** 002 l. 459–471 and 1839–1845 (process factors, less known about results); l. 1561–1566 (no golden formula). */
export const processCaveat =
  'De factoren in de literatuur gaan vooral over het proces van de integrale dienstverlening; over de mate waarin ze bijdragen aan het gewenste resultaat is minder bekend (Inspectie SZW, 2016). Ook een sociaal wijkteam is zeker geen gouden formule voor goedkopere en betere dienstverlening: studies laten zien dat wijkteams effectief kunnen zijn, maar niet per definitie op alle domeinen en voor alle doelgroepen (Inspectie SZW, 2016).'
/**
 * Why some statements are worded as the knelpunt and scored reversed: the Inspectie describes success
 * factors as the mirror image of the knelpunten (002 l. 1849–1859, chapter 6); a scale on which
 * agreeing always means strength invites agreeing (issue #26).
 */
export const reversedScoring =
  'Succesfactoren zijn vaak het spiegelbeeld van knelpunten (Inspectie SZW, 2016, hoofdstuk 6). Daarom beschrijft een deel van de stellingen een knelpunt; daar telt ‘klopt helemaal’ als zwak punt. Zo geeft instemmen niet vanzelf een hoge score.'

/** When a factor gets no verdict (core/scan/scoring.ts, hasBase): said once, on the About page. */
const thinBase =
  'Een factor krijgt pas een oordeel (knelpunt, aandachtspunt of succesfactor) als ten minste de helft van zijn stellingen met een score is beantwoord, en ten minste twee. Anders staat er ‘te weinig antwoorden’: de score staat erbij, maar zegt nog te weinig. In de korte scan is de ene kernstelling per factor de basis.'

export const about = {
  title: 'Over deze scan',
  intro:
    'De Integraalscan helpt een gemeente om haar integrale dienstverlening in het sociaal domein te bespreken. U scoort zelf hoe het staat met de succes- en faalfactoren die de Inspectie SZW in de literatuur vond. Daarna ziet u waar uw gemeente staat op de ladder van integratie, waar het knelt en wat volgens de literatuur werkt.',
  sourcesTitle: 'De bronnen',
  sourcesIntro: 'De vragen, uitleg en adviezen zijn door ons geschreven op basis van drie rapporten. Bij elke factor staat welke auteurs het rapport daarvoor aanhaalt.',
  sources: [
    {
      title: 'Literatuurstudie Integrale dienstverlening',
      authors: 'Inspectie SZW (Ministerie van Sociale Zaken en Werkgelegenheid)',
      year: '2016',
      role: 'De basis: de definitie, de ladders van integratie, de modellen van wijkteams en de succes- en faalfactoren.',
    },
    {
      title: 'Kennissynthese integrale dienstverlening (titel niet in de bron vermeld)',
      authors: 'Werkplaatsen Sociaal Domein',
      year: '2018',
      role: 'Wat cliënten, sociaal professionals en klantmanagers Werk en Inkomen onder integraal werken verstaan en wat voor hen werkt.',
    },
    {
      title: 'Wat werkt bij integraal werken in de wijk?',
      authors: 'Movisie, programma Integraal werken in de wijk',
      year: '2018',
      role: 'Wat werkt voor de cliënt: de samenwerking tussen cliënt en professional.',
    },
  ],
  privacyTitle: 'Uw gegevens',
  privacy: [
    'Deze scan is een website zonder server achter de schermen. Alles wat u invult, wordt alleen in deze browser op dit apparaat bewaard.',
    'Er gaat niets naar ons of naar iemand anders. De scan laadt geen lettertypen, statistieken of andere bestanden van andere websites.',
    'U deelt een resultaat alleen als u dat zelf doet: met een bestand dat u downloadt, of met een link. In een link staat het resultaat achter het #-teken; dat deel van een link stuurt een browser nooit naar een server.',
    'Werkt u op een gedeelde computer? Kies dan bij de start voor "Niets bewaren". Dan verdwijnt alles zodra u het tabblad sluit.',
    'Met "Alle gegevens op dit apparaat wissen" haalt u alles wat de scan heeft bewaard in één keer weg.',
  ],
  limitsTitle: 'Wat de scan wel en niet zegt',
  limits: [noRanking, reversedScoring, thinBase, ladderScope, processCaveat],
  accessibility: {
    title: 'Toegankelijkheidsverklaring',
    intro:
      'Wij willen dat iedereen de Integraalscan kan gebruiken. De norm daarvoor is de Europese standaard EN 301 549, die voor websites neerkomt op de Web Content Accessibility Guidelines (WCAG) 2.1 op niveau A en AA. Overheidsorganisaties moeten die norm volgen (Besluit digitale toegankelijkheid overheid).',
    statusTitle: 'Hoe toegankelijk is de scan?',
    status:
      'De Integraalscan voldoet gedeeltelijk aan de eisen: wij hebben hem getest zoals hieronder staat, maar er is nog geen onderzoek gedaan door een onafhankelijke deskundige op alle succescriteria van WCAG 2.1. Daarom zeggen wij niet dat de scan volledig voldoet.',
    testedTitle: 'Hoe wij hebben getest',
    tested: [
      'Bij elke wijziging controleren geautomatiseerde tests elke pagina met axe-core, in de browser Chromium, op een breed scherm en op een telefoonscherm. Zij vinden geen fouten.',
      'De tests gebruiken de scan ook alleen met het toetsenbord: een link om naar de inhoud te springen, de navigatie en een zichtbare focus.',
      'De PDF-samenvatting, het Word-bestand en het HTML-verslag worden in de tests gecontroleerd op koppen in de goede volgorde, tabellen met kopcellen, afbeeldingen met een tekstalternatief en de taal Nederlands.',
    ],
    limitsTitle: 'Wat (nog) niet goed werkt',
    limits: [
      'De scan is niet getest met een schermlezer of met spraakbesturing door mensen die die dagelijks gebruiken.',
      'De radargrafiek is een afbeelding. Bij elke grafiek staan de hoogste en laagste score in tekst, en een tabel met dezelfde cijfers.',
      'Een QR-code scannen vraagt een camera. Wie die niet kan gebruiken, levert de antwoorden in met een link of een bestand.',
      'Een PDF is alleen getagd (met koppen, tabellen en tekstalternatieven) als u hem maakt met "Opslaan als PDF" in Chrome of Edge. Het Word- en HTML-verslag hebben die structuur altijd.',
    ],
    contact:
      'Loopt u ergens tegenaan? Meld het aan de organisatie die u deze scan aanbood. Deze scan zelf verzamelt geen gegevens en heeft geen contactformulier.',
  },
  versionLabel: (version: string) => `Versie van de vragenlijst: ${version}`,
}
