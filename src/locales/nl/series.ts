import type { ActionStatus } from '@/core/files/seriesFile'
import type { NotTestableReason, RealChangeVerdict } from '@/core/series/realChange'
import type { TargetReason } from '@/core/series/targets'
import type { DateSource } from '@/core/series/series'

const plural = (count: number, one: string, more: string) => (count === 1 ? one : more)

/** The measurement series: one team over time, real change, targets and actions followed up. */
export const series = {
  title: 'Meetreeks',
  intro:
    'Volg één team of gemeente door de jaren heen. Voeg de resultaten van verschillende momenten toe: de reeks zet ze op volgorde van datum, laat per factor zien wat er veranderde en of dat meer is dan de gewone spreiding in het team, en houdt bij wat er met de acties van vorige keer is gebeurd.',
  noLeague:
    'Geen ranglijst: de scan is een zelfbeeld van één team om van te leren, geen meting waarmee teams of gemeenten tegen elkaar worden afgezet.',
  fromCompare: 'Meer dan twee momenten van hetzelfde team? Maak een meetreeks.',
  add: {
    title: 'Momenten toevoegen',
    intro: 'Kies resultaten van hetzelfde team op verschillende data: teamresultaten uit de workshop, bewaarde resultaten of een gedeelde link. Een eerder bewaarde meetreeks opent u hier ook.',
    own: 'Mijn huidige scan toevoegen',
    ownName: 'Mijn huidige scan',
    saved: 'Bewaard op dit apparaat',
    savedNone: 'Er zijn nog geen resultaten op dit apparaat bewaard.',
    choose: 'Kies…',
    use: 'Toevoegen',
    files: 'Kies bestanden (resultaten of een meetreeks)',
    link: 'Of plak een gedeelde link',
    addLink: 'Link toevoegen',
    linkName: 'Gedeelde link',
    added: (name: string, count: number) => (count === 1 ? `${name} is toegevoegd.` : `${name}: ${count} momenten zijn toegevoegd.`),
    duplicate: (name: string) => `${name} staat al in de reeks en is niet nog eens toegevoegd.`,
    full: (name: string, max: number) => `${name} is niet toegevoegd: een reeks heeft hoogstens ${max} momenten.`,
    notStored: 'Deze browser kon de meetreeks niet op dit apparaat bewaren. Download het bestand om hem te houden.',
  },
  empty: 'Er staan nog geen momenten in de reeks. Voeg hierboven minstens twee resultaten van hetzelfde team toe.',
  moments: {
    title: 'Momenten in de reeks',
    caption: 'Momenten in de reeks, oudste eerst',
    number: 'Moment',
    date: 'Datum',
    name: 'Resultaat',
    kind: 'Soort',
    version: 'Versie vragenlijst',
    remove: 'Verwijderen',
    removeLabel: (name: string) => `${name} uit de reeks verwijderen`,
    dateLabel: (name: string) => `Datum van ${name}`,
    team: (count: number) => `team van ${count} ${plural(count, 'deelnemer', 'deelnemers')}`,
    participant: 'één deelnemer',
    dateSource: {
      reeks: 'datum aangepast in de reeks',
      profiel: 'datum uit de scan',
      opgeslagen: 'datum van opslaan',
      geen: 'geen datum',
    } satisfies Record<DateSource, string>,
    sameDate: 'Twee of meer momenten hebben dezelfde datum. Ze staan in de volgorde waarin ze zijn toegevoegd; pas de datum aan als dat niet klopt.',
    undated: 'Een moment zonder datum staat achteraan. Vul de datum in om het op de goede plaats te zetten.',
    teams: (names: string) => `Let op: deze reeks bevat resultaten van verschillende teams (${names}). Een meetreeks volgt één team of gemeente; vergelijk verschillende teams liever twee aan twee.`,
    versions: (versions: string) =>
      `De momenten zijn ingevuld met verschillende versies van de vragenlijst (${versions}). De reeks zet ze naast elkaar op wat ze delen.`,
    unknownStatements: (name: string, count: number) =>
      `${name}: ${count} ${plural(count, 'antwoord hoort', 'antwoorden horen')} bij een uitspraak die deze versie van de vragenlijst niet kent en ${plural(count, 'telt', 'tellen')} niet mee.`,
    notEverywhere: (titles: string) => `Niet op elk moment gemeten, dus niet over de hele reeks te volgen: ${titles}.`,
    notComparable: (titles: string) =>
      `Bij deze factoren zijn de stellingen tussen de versies veranderd; tussen momenten van verschillende versies berekenen we daarom geen verandering: ${titles}.`,
    quickScan: (name: string) => `${name} is (deels) met de korte scan ingevuld: die stelt per factor minder vragen.`,
  },
  timeline: {
    title: 'Plaats op de ladder per moment',
    intro: 'De trede op de ladder van integratie (KPMG, 2013) per moment, berekend uit de kenmerken die het team aanwees.',
    caption: 'Trede op de ladder en de organisatie van de toegang per moment',
    rung: 'Trede',
    ownGuess: 'Eigen inschatting',
    access: 'Toegang georganiseerd als',
    figure: 'Trede per moment, oudste links',
  },
  rule: {
    title: 'Echte verandering of spreiding?',
    sentence:
      'Een verandering telt als echt als het verschil tussen de medianen van twee momenten groter is dan de spreiding in het team (de interkwartielafstand: de middelste helft van de scores) op elk van beide momenten; anders is de verandering "binnen de spreiding".',
    single: 'Bij de resultaten van één deelnemer is deze toets niet mogelijk: één persoon heeft geen spreiding.',
    verdict: {
      hoger: 'echt hoger',
      lager: 'echt lager',
      'binnen-de-spreiding': 'binnen de spreiding',
      'niet-te-toetsen': 'niet te toetsen',
    } satisfies Record<RealChangeVerdict, string>,
    reason: {
      deelnemer: 'één deelnemer: geen spreiding',
      'te-weinig-deelnemers': 'te weinig deelnemers voor een spreiding',
      'geen-score': 'niet op beide momenten gemeten',
      'andere-vragen': 'andere stellingen in de nieuwe versie van de vragenlijst',
    } satisfies Record<NotTestableReason, string>,
  },
  trends: {
    title: 'Verloop per factor',
    intro: 'Per factor de score op elk moment (1 tot 5). Bij een team toont de grijze band de middelste helft van de scores.',
    tableToggle: 'Toon als tabel',
    caption: 'Score per factor per moment, met het oordeel over de laatste verandering',
    factor: 'Factor',
    figureLabel: (factor: string, values: string, verdict: string) => `${factor}: ${values}. Laatste verandering: ${verdict}.`,
    lastStep: 'Laatste stap:',
    lastStepNote: (from: string, to: string) => `Onder elke grafiek staat het oordeel over de laatste stap, van ${from} naar ${to}; de tabel geeft elke stap.`,
    clientNote: 'De module over het perspectief van de inwoner telt mee op de momenten waarop die is ingevuld.',
  },
  targets: {
    title: 'Doelen per factor',
    intro: 'Zet per factor het niveau dat het team wil bereiken. De radar tekent het doel als tweede ring; de prioriteiten hieronder gaan uit van het verschil tot het doel.',
    radarCaption: (date: string) => `Scores op het laatste moment (${date}) en de doelen`,
    score: 'Laatste score',
    target: 'Doel',
    noTarget: 'geen doel',
    targetLabel: (factor: string) => `Doel voor ${factor}`,
    caption: 'Laatste score en doel per factor',
    reached: 'doel gehaald',
  },
  roadmap: {
    title: 'Routekaart',
    intro:
      'De factoren op volgorde van prioriteit, met de acties die het team nu afspreekt. Eerst de factoren die onder hun doel scoren, het grootste verschil eerst, waarbij een factor die het team "belangrijk voor ons" vond dubbel telt; daarna factoren zonder doel die belangrijk zijn of een knelpunt.',
    none: 'Er zijn geen factoren die onder hun doel scoren, belangrijk zijn gevonden of een knelpunt zijn.',
    reason: {
      'doel-en-belangrijk': 'onder het doel en belangrijk voor ons',
      doel: 'onder het doel',
      'belangrijk-en-laag': 'belangrijk voor ons en laag gescoord',
      belangrijk: 'belangrijk voor ons',
      knelpunt: 'knelpunt',
    } satisfies Record<TargetReason, string>,
    gap: (gap: string) => `verschil tot doel ${gap}`,
  },
  followUp: {
    title: 'Acties van vorige keer',
    intro: (date: string) => `Wat het team op ${date} afsprak, en hoe dat liep. Kies per actie de stand en schrijf er kort bij waarom.`,
    none: 'Bij het vorige moment zijn geen acties vastgelegd.',
    onlyOne: 'Zodra er een tweede moment is, ziet u hier de acties van het moment ervoor terug.',
    status: 'Stand',
    note: 'Toelichting',
    statusNone: 'nog niet bekeken',
    statuses: { gedaan: 'gedaan', bezig: 'bezig', 'niet-gedaan': 'niet gedaan', vervallen: 'vervallen' } satisfies Record<ActionStatus, string>,
  },
  export: {
    title: 'Bewaren en delen',
    intro: 'Bewaar de hele reeks als één bestand (ook de doelen en acties) en open het volgend jaar weer om het nieuwe moment toe te voegen.',
    file: 'Meetreeks downloaden',
    csv: 'Download voor Excel (CSV)',
    clear: 'Reeks leegmaken',
    clearConfirm: 'Alle momenten, doelen en acties van deze reeks van dit apparaat verwijderen?',
  },
  method: {
    title: 'Hoe de reeks rekent',
    order: 'De momenten staan op datum: de datum die u in de reeks invult, anders de datum van de scan, anders de dag waarop het resultaat werd bewaard.',
    score: 'De score van een team is de score die het team afsprak, anders de mediaan van de deelnemers. De toets op echte verandering gebruikt altijd de mediaan en de spreiding van de deelnemers.',
  },
  compare: {
    sideName: (name: string, date: string | null) => (date === null ? name : `${name}, ${date}`),
    dumbbellLegend: 'A is een rondje, B een driehoek, op de schaal van 1 tot 5',
    noLeague: 'Geen ranglijst: de vergelijking laat zien waar teams van elkaar kunnen leren, niet wie beter is; elk team scoort zijn eigen situatie.',
  },
  print: {
    empty: 'Er staan nog geen momenten in de meetreeks.',
    emptyLink: 'Naar de meetreeks',
  },
}
