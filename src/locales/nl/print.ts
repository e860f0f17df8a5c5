export const print = {
  title: 'PDF-samenvatting',
  button: 'PDF-samenvatting',
  toolbarLabel: 'Afdrukken',
  print: 'Afdrukken of opslaan als PDF',
  printHint: 'Kies in het afdrukvenster "Opslaan als PDF". Papier: A4, staand.',
  back: 'Terug',
  empty: {
    resultaat: 'Er is nog geen resultaat om af te drukken. Vul eerst de scan in.',
    workshop: 'Er zijn nog geen deelnemers in de workshop. Voeg eerst resultaten toe.',
    vergelijking: 'Kies eerst twee resultaten om te vergelijken.',
  },
  emptyLink: { resultaat: 'Naar de vragenlijst', workshop: 'Naar de workshop', vergelijking: 'Naar vergelijken' },
  meta: {
    team: 'Team',
    municipality: 'Gemeente',
    date: 'Datum',
  },
  page: 'Pagina',
  of: 'van',
  radarAlt: (caption: string, summary: string) => `${caption}. ${summary}`,
  action: 'Actie',
  noAction: 'nog geen actie',
}
