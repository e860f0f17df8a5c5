import type { ReportText } from '@/core/report/reportText'
import { common } from './common'
import { print } from './print'
import { results } from './results'
import { workshop } from './workshop'
import { noRanking, processCaveat, reversedScoring } from './about'
import { disagreement } from './disagreement'
import { ladder } from './ladder'
import { compare } from './compare'
import { brief } from './reportBrief'
import type { ScoreKind } from '@/core/report/reportShape'

const lists = {
  knelpunten: ['knelpunt', 'knelpunten'],
  acties: ['actie', 'acties'],
  verschillen: ['verschil', 'verschillen'],
  prioriteiten: ['prioriteit', 'prioriteiten'],
  spanningen: ['spanning', 'spanningen'],
  notities: ['notitie', 'notities'],
  tegenstrijdigheden: ['tegenstrijdigheid', 'tegenstrijdigheden'],
  afspraken: ['afgesproken score', 'afgesproken scores'],
  factoren: ['factor', 'factoren'],
} as const

/** Words only the report document uses (print, Word and HTML alike). */
const words = {
  who: 'Wie',
  when: 'Wanneer',
  // The PDF's short form of noUniversal, multiProblem and notIntegraal (002 l. 1009–1013, 1956–1960; 000 l. 268–284).
  frameShort:
    'Integratie is geen doel op zich maar een middel (Inspectie SZW, 2016); er is geen universele aanpak (KPMG, 2013); en integratie is nog niet integraal (Werkplaatsen Sociaal Domein, 2018).',
  organisationTitle: 'Hoe de samenwerking is georganiseerd',
}

/** The report in every form (print, Word, HTML): its first page, sections and method note. */
const documentText = {
  productName: common.productName,
  score: common.score,
  difference: common.difference,
  date: common.date,
  percent: common.percent,
  documentTitle: {
    resultaat: 'Zelfscan integrale dienstverlening: resultaat',
    workshop: 'Zelfscan integrale dienstverlening: teamresultaat',
    vergelijking: 'Zelfscan integrale dienstverlening: vergelijking',
  },
  meta: {
    team: 'Team',
    municipality: 'Gemeente',
    date: 'Datum',
    participants: 'Deelnemers',
    completeness: 'Ingevuld',
    design: print.meta.design,
  },
  designLine: print.designLine,
  completeness: (answered: number, total: number, percent: string) => `${answered} van ${total} vragen (${percent})`,
  scoreOf: (value: number | null, kind: ScoreKind) => (value === null || kind === 'eigen' ? common.score(value) : `${common.score(value)} (${kind})`),
  scoreKey:
    'Bij elke teamscore staat wat het is: de score die de groep na het gesprek samen vaststelde (afgesproken), of anders de mediaan van de deelnemers (mediaan).',
  // Lists whose every item is also in the table of scores say so; the others are whole in the Word and HTML versions.
  more: (count: number, list: keyof typeof lists) =>
    `En nog ${count} ${lists[list][count === 1 ? 0 : 1]}: ${list === 'knelpunten' || list === 'factoren' || list === 'afspraken' ? 'zie de tabel met scores' : `${count === 1 ? 'die staat' : 'die staan'} in de Word- en HTML-versie van dit verslag`}.`,
  moreKnelpunten: (count: number) =>
    count === 1
      ? 'Nog 1 knelpunt staat hier niet uitgewerkt; het staat wel in de tabel met scores, en met wat werkt in de Word- en HTML-versie van dit verslag.'
      : `Nog ${count} knelpunten staan hier niet uitgewerkt; ze staan wel in de tabel met scores, en met wat werkt in de Word- en HTML-versie van dit verslag.`,
  // Short, as it follows every cut text in a narrow cell; the method note says where the whole texts are.
  clippedNote: '(ingekort)',
  fullVersion: 'Dit is de korte versie (ten hoogste vier pagina’s); de Word- en HTML-versie bevatten alle lijsten en teksten voluit.',
  firstPage: {
    title: 'In het kort',
    ladder: (rung: string) => `Plaats op de ladder van integratie (KPMG, 2013): ${rung}.`,
    ladderAtLeast: (rung: string, higher: string) =>
      `Plaats op de ladder van integratie (KPMG, 2013): ten minste ${rung}. Of ook ${higher} er is, is nog niet vast te stellen.`,
    ladderUnknown: (missing: string) =>
      `Plaats op de ladder van integratie (KPMG, 2013): nog niet vast te stellen. Deze antwoorden ontbreken (weet ik niet of niet ingevuld): ${missing}.`,
    ladderIrregular: (inPlace: string, lower: string, absent: string) =>
      `Plaats op de ladder van integratie (KPMG, 2013): niet vast te stellen. Onregelmatig profiel: kenmerken van ${inPlace} zijn er, maar op de lagere trede ${lower} is dit er niet of maar deels: ${absent}.`,
    irregular: (rung: string, lower: string, absent: string) =>
      `Onregelmatig profiel: kenmerken van ${rung} zijn er, maar op de lagere trede ${lower} is dit er niet of maar deels: ${absent}.`,
    evidence: (count: number, of: number, example: string | null) =>
      `${count} van de ${of} kenmerken tot en met deze trede zijn (deels) aanwezig${example === null ? '.' : `, bijvoorbeeld: ${example.replace(/\.$/, '')}.`}`,
    next: (rung: string, asks: string) => `Wat de trede ${rung} zou vragen, onder meer: ${asks}.`,
    toFindOut: (items: string) => `Nog uit te zoeken: ${items}.`,
    strongest: 'De drie sterkste factoren',
    strongestNone: 'Geen factor scoort als succesfactor (3,5 of hoger).',
    knelpunten: 'De drie grootste knelpunten',
    knelpuntenNone: 'Geen factor scoort als knelpunt (onder 2,5).',
    disagreed: 'Waar de groep het oneens was',
    disagreedNone: 'Bij geen enkele factor was de groep verdeeld.',
    disagreedLine: (title: string, median: string, min: string, max: string) => `${title}: mediaan ${median}, scores van ${min} tot ${max}`,
    agreed: 'Scores waarover de groep het eens werd',
    agreedNone: 'De groep heeft (nog) geen scores samen vastgesteld.',
    agreedLine: (title: string, score: string, median: string) => `${title}: ${score} (mediaan was ${median})`,
    differences: 'De grootste verschillen (B min A)',
    differencesNone: 'Er zijn geen factoren met een score aan beide kanten.',
    differenceLine: (title: string, a: string, b: string, difference: string) => `${title}: A ${a}, B ${b} (${difference})`,
    actions: 'Afgesproken acties',
    actionsNone: 'Er zijn nog geen acties vastgelegd.',
    actionWho: words.who,
    actionWhen: words.when,
  },
  ladder: {
    alt: (rungs: string, placed: string) => `Ladder van integratie (KPMG, 2013), van de laagste naar de hoogste trede: ${rungs}. Plaats: ${placed}.`,
    rungStatus: ladder.placement.status,
    placedNone: 'nog niet vast te stellen',
    evidence: (count: number) => (count === 1 ? '1 kenmerk aanwezig' : `${count} kenmerken aanwezig`),
    gaps: 'Op deze trede en lager (nog) niet of deels aanwezig',
    toSettle: 'Nog uit te zoeken',
    next: (rung: string) => `Wat de trede ${rung} zou vragen (geen opdracht om te klimmen)`,
    top: ladder.placement.top,
    state: ladder.placement.stateLabel,
    distribution: 'Deelnemers per trede',
    unknownRung: ladder.placement.unknownTitle,
    guess: ladder.guess,
    teamGuess: {
      none: 'De deelnemers gaven meestal geen eigen inschatting.',
      unknown: (guess: string) => `Het vaakst schatten de deelnemers zelf ${guess} in. Uit de antwoorden van het team volgt nog geen trede, dus er is nog niets om mee te vergelijken.`,
      same: (rung: string) => `Het vaakst schatten de deelnemers zelf ${rung} in. Dat komt overeen met wat uit de antwoorden van het team volgt.`,
      higher: (guess: string, steps: number) =>
        `Het vaakst schatten de deelnemers zelf ${guess} in: ${steps === 1 ? 'één trede' : `${steps} treden`} hoger dan wat uit de antwoorden van het team volgt. Bespreek waar het verschil vandaan komt.`,
      lower: (guess: string, steps: number) =>
        `Het vaakst schatten de deelnemers zelf ${guess} in: ${steps === 1 ? 'één trede' : `${steps} treden`} lager dan wat uit de antwoorden van het team volgt.`,
    },
  },
  frame: { title: 'Wat integrale dienstverlening is', text: `“${ladder.framing.definition}” (Inspectie SZW, 2016). ${words.frameShort}` },
  organisation: {
    title: words.organisationTitle,
    forms: ladder.organisation.formsTitle,
    formsOther: 'Niet of niet bekend',
    formState: ladder.organisation.formState,
    beside: ladder.organisation.beside,
    place: ladder.organisation.placeTitle,
    direction: ladder.organisation.directionTitle,
    domains: ladder.organisation.domainsTitle,
    notAnswered: ladder.organisation.notAnswered,
    unknown: ladder.organisation.unknown,
    olderFile: ladder.organisation.olderFile,
  },
  contradictions: {
    title: 'Tegenstrijdige antwoorden om te bespreken',
    none: ladder.contradictions.none,
    line: (indicator: string, state: string, factor: string, status: string, score: string) => `“${indicator.replace(/\.$/, '')}” (${state}) ↔ ${factor} (${status}, ${score})`,
  },
  sections: {
    ladder: 'Plaats op de ladder van integratie (KPMG, 2013)',
    radar: 'Scores per factor',
    distributions: 'Hoe de deelnemers scoorden waar ze het meest verschilden',
    table: 'Scores per thema en factor',
    teamTable: 'De scores van de groep per factor',
    compareTable: 'Verschillen per factor',
    knelpunten: 'Knelpunten en wat werkt',
    shared: 'Gedeelde knelpunten',
    learn: compare.learnTitle,
    priorities: 'Prioriteiten en actieplan',
    tensions: 'Spanningen om te bespreken',
    notes: 'Notities',
    brief: 'Tekst voor de raadsinformatiebrief',
  },
  tables: {
    factor: results.table.factor,
    theme: results.table.theme,
    score: results.table.score,
    status: results.table.status,
    unknown: results.table.unknown,
    median: workshop.table.median,
    range: workshop.table.range,
    agreement: workshop.table.agreement,
    agreed: workshop.table.agreed,
    difference: 'Verschil',
    reason: 'Waarom',
    action: 'Actie',
    who: words.who,
    when: words.when,
    noAction: 'nog geen actie',
    none: workshop.table.none,
    participantsAt: (score: number) => String(score),
  },
  status: results.status,
  agreement: disagreement.words,
  reasons: { 'belangrijk-en-laag': 'Belangrijk, laag', belangrijk: 'Belangrijk', knelpunt: 'Knelpunt' },
  knelpuntenNone: 'Geen van de factoren scoort als knelpunt.',
  adviceOthers: 'Ook aandachtspunten en factoren die als belangrijk zijn aangemerkt (wat werkt staat bij elke factor in de scan):',
  adviceReason: { aandachtspunt: 'aandachtspunt', belangrijk: 'belangrijk' },
  learnLine: (learner: string, from: string, titles: string) => `${compare.learnFrom(from, learner)} ${titles}.`,
  learnNone: compare.learnNone,
  learnMixed: (titles: string) =>
    `Let op: bij ${titles} staat een afgesproken score van het ene team tegenover de mediaan van het andere. Een afgesproken score is in gesprek vastgesteld, een mediaan niet; het verschil kan daar (deels) uit komen.`,
  prioritiesNone: results.priorities.none,
  tensionsNone: 'Er zijn geen spanningen om te bespreken.',
  tensionsOthers: 'Ook om te bespreken (met de vragen in de scan):',
  andMore: (count: number) => `en nog ${count} in de Word- en HTML-versie van dit verslag`,
  notesNone: 'Er zijn geen notities.',
  sources: results.knelpunten.sources,
  tensionScores: results.tensions.scores,
  tensionQuestion: results.tensions.question,
  distributionAlt: (title: string, counts: string, median: string) => `${title}: ${counts} (mediaan ${median}).`,
  brief,
  method: {
    title: 'Methode en privacy',
    opening:
      'Dit verslag is een zelfscan: het laat zien hoe de deelnemers de samenwerking op dit moment zien. Het is een momentopname en geen representatief onderzoek; de scores zijn geen meting van wat inwoners ervaren.',
    paragraphs: [
      `De factoren, de ladder en de adviezen komen uit drie rapporten: Inspectie SZW, Literatuurstudie Integrale dienstverlening (2016); Werkplaatsen Sociaal Domein, een kennissynthese over integrale dienstverlening (2018); Movisie, Wat werkt bij integraal werken in de wijk? (2018). ${noRanking}`,
      processCaveat,
      `Een factor met een score onder 2,5 heet een knelpunt, vanaf 3,5 een succesfactor. ${reversedScoring} De plaats op de ladder volgt uit de kenmerken die de deelnemers als aanwezig aangaven (ladder: KPMG, 2013).`,
      'Er is niets op een server bewaard: de scan werkt in de browser en de antwoorden blijven op het apparaat van wie ze invulde, tot iemand zelf een bestand of link deelt. In een teamresultaat staan geen namen van deelnemers.',
    ],
  },
} satisfies ReportText

export const report = {
  ...documentText,
  briefCopy: {
    button: 'Kopieer de tekst voor de raadsinformatiebrief',
    done: 'De tekst voor de raadsinformatiebrief is gekopieerd. Plak hem in de brief en pas hem aan waar nodig.',
    failed: 'Kopiëren lukte niet in deze browser. De tekst staat in het verslag onder "Tekst voor de raadsinformatiebrief"; selecteer en kopieer hem daar.',
  },
  downloads: {
    word: 'Download als Word (.docx)',
    html: 'Download als HTML-verslag',
    making: 'Het Word-bestand wordt gemaakt…',
    done: (name: string) => `${name} is gedownload.`,
    failed: 'Het Word-bestand kon niet worden gemaakt. Probeer het opnieuw, of gebruik het HTML-verslag of de PDF.',
    htmlHint: 'Het HTML-verslag opent zonder internet in elke browser, is af te drukken en opent het resultaat weer als u het op de startpagina, de workshop of bij vergelijken kiest of erheen sleept.',
    htmlHintSeries: 'Het HTML-verslag opent zonder internet in elke browser, is af te drukken en opent de meetreeks weer als u het op de pagina Meetreeks kiest of erheen sleept.',
  },
}
