/**
 * Dutch number formatting: one decimal with a comma. One formatter for the whole app, made on
 * first use: a `toLocaleString` call with options builds a new one each time (a team page formats
 * thousands of scores), and making it when the module loads put some 50 ms of locale data on the
 * way to the first question, which formats no number at all.
 */
let oneDecimal: Intl.NumberFormat | undefined
const formatOneDecimal = (value: number) =>
  (oneDecimal ??= new Intl.NumberFormat('nl-NL', { minimumFractionDigits: 1, maximumFractionDigits: 1 })).format(value)
const score = (value: number | null) => (value === null ? '–' : formatOneDecimal(value))

export const common = {
  productName: 'Integraalscan',
  productTagline: 'Zelfscan integrale dienstverlening',
  skipLink: 'Naar de inhoud',
  nav: {
    label: 'Hoofdmenu',
    handin: 'Inleveren bij de begeleider',
    invitation: 'Uitnodiging voor een workshop',
    roundTwo: 'Ronde 2',
    start: 'Start',
    questionnaire: 'Vragenlijst',
    result: 'Resultaat',
    workshop: 'Workshop',
    compare: 'Vergelijken',
    series: 'Meetreeks',
    about: 'Over',
  },
  footer: {
    privacy: 'Alles wat u invult blijft op dit apparaat. Deze scan stuurt niets naar een server.',
    source: 'Gebaseerd op de literatuurstudie Integrale dienstverlening van de Inspectie SZW (2016), de kennissynthese van de Werkplaatsen Sociaal Domein (2018) en Movisie (2018).',
  },
  largeText: 'Grote letters',
  /** A named thing in a list (a saved result, a workshop participant): rename it, remove it. */
  nameRow: {
    rename: (name: string) => `Nieuwe naam voor ${name}`,
    remove: 'Verwijderen',
    removeLabel: (name: string) => `${name} verwijderen`,
  },
  menu: 'Menu',
  scrollHint: 'Schuif de tabel opzij voor de andere kolommen →',
  routeAnnounced: (title: string) => `Pagina: ${title}`,
  notFound: {
    title: 'Pagina niet gevonden',
    body: 'Deze pagina bestaat niet. Ga terug naar de startpagina.',
    back: 'Naar de start',
  },
  confirm: {
    yes: 'Ja, doorgaan',
    no: 'Annuleren',
  },
  score,
  /** A score range, lowest to highest: "1,0 – 5,0". */
  range: (min: number | null, max: number | null) => `${score(min)} – ${score(max)}`,
  /** A difference with its sign: "+1,5", "−0,5" (a real minus sign), "0,0". */
  difference: (value: number | null) =>
    value === null
      ? '–'
      : `${value > 0 ? '+' : value < 0 ? '−' : ''}${formatOneDecimal(Math.abs(value))}`,
  percent: (ratio: number) => `${Math.round(ratio * 100)}%`,
  date: (iso: string) => {
    const date = new Date(iso)
    return Number.isNaN(date.getTime())
      ? iso
      : date.toLocaleDateString('nl-NL', { day: 'numeric', month: 'long', year: 'numeric' })
  },
}
