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
  limits: [
    'De meeste studies geven geen rangorde of weging van de factoren, en welke factoren het zwaarst wegen is niet altijd helder (Inspectie SZW, 2016, samenvatting). Daarom kiest uw team zelf welke factoren het belangrijkst zijn.',
    'Een plek op de ladder zegt iets over hoe de samenwerking is georganiseerd. Of inwoners de hulp ook als samenhangend ervaren, is een andere vraag. Daarvoor is de module over het perspectief van de inwoner.',
  ],
  versionLabel: (version: string) => `Versie van de vragenlijst: ${version}`,
}
