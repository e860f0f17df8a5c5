/**
 * Where the scan's content comes from and how it reaches the reader: section references, curated
 * facts, "wat werkt" per factor, the tensions list, checking the client module with inwoners, and
 * the sources in the PDF footer.
 */
export const grounding = {
  reportRef: (ref: string) => `Waar dit staat: ${ref}`,
  factSource: (source: string) => `Bron: ${source}`,
  advice: {
    title: 'Wat werkt, per factor',
    intro:
      'Voor elke factor die knelt, aandacht vraagt of die u belangrijk vindt: wat volgens de bronnen werkt. De meeste studies geven geen rangorde van de factoren; uw eigen keuze telt.',
    none: 'Geen van de factoren scoort als knelpunt of aandachtspunt, en u hebt geen factor als belangrijk gemarkeerd.',
    reasons: {
      knelpunt: 'Knelpunt',
      aandachtspunt: 'Aandachtspunt',
      belangrijk: 'Belangrijk voor u',
    },
  },
  tensions: {
    intro:
      'De bronnen noemen deze spanningen. Ze horen bij integraal werken, ook als uw scores niet ver uit elkaar liggen: de Inspectie schrijft dat het niet altijd eenvoudig is de juiste balans te vinden. Bovenaan staan de paren waarvan de scores het verst uit elkaar liggen.',
    diverging: 'De scores liggen ver uit elkaar',
    noScores: (a: string, b: string) => `Geen score voor ${a} of ${b} in deze scan.`,
    notMeasured: (a: string, b: string) => `De stellingen van ${a} en ${b} meten de twee kanten van deze spanning niet. Bespreek haar los van de scores.`,
    count: (count: number) => `${count} spanningen om te bespreken`,
  },
  clientCheck: {
    title: 'Toets dit bij inwoners',
    intro:
      'Deze scores zijn het beeld van professionals en beleid. Inwoners zien samenhang vaak heel anders. In onderzoek van de Werkplaatsen Sociaal Domein (2018) tekende ruim een derde van de klanten ‘geen samenhang’ en geen enkele professional. Volgens Pijnenburg en Van Hattum (2012) voorspelt het oordeel van de cliënt over de samenwerkingsrelatie het resultaat meestal beter dan dat van de professional (in Movisie, 2018).',
    steps: [
      'Leg dezelfde onderwerpen voor aan inwoners die hulp krijgen van meer dan één organisatie: vertrouwen, één vaste contactpersoon, hun verhaal één keer vertellen, eigen regie, bereikbaarheid.',
      'Gebruik wat u al heeft of kunt organiseren: een cliëntervaringsonderzoek, een cliëntenpanel of adviesraad, of gesprekken met een paar inwoners. Vraag naar wat hen echt helpt, niet alleen of zij tevreden zijn: Movisie merkt op dat gemeenten wel tevredenheid onderzoeken, maar nog weinig zicht hebben op waar de cliënt het meest mee geholpen is.',
      'Vraag inwoners bijvoorbeeld te tekenen wie hen helpt en hoe die met elkaar verbonden zijn, zoals de Werkplaatsen Sociaal Domein deden.',
      'Zet de antwoorden van inwoners naast de scores van uw team en bespreek de verschillen in de workshop.',
    ],
  },
  facts: {
    workIncomeTitle: 'Werk en Inkomen in de sociale teams',
  },
  print: {
    reports: {
      inspectie: 'Inspectie SZW (2016)',
      werkplaatsen: 'Werkplaatsen Sociaal Domein (2018)',
      movisie: 'Movisie (2018)',
    },
    /** The Inspectie is the basis and comes first; the other reports follow when the scan used them. */
    footer: (date: string, reports: string[]) =>
      `Integraalscan · ${date} · Bron: ${reports.join('; ')}`,
  },
}
