import type { ReportText } from '@/core/report/reportText'
import { common } from './common'
import { print } from './print'
import { results } from './results'
import { workshop } from './workshop'
import { about } from './about'
import { disagreement } from './disagreement'
import { grounding } from './grounding'

const lists = {
  knelpunten: ['knelpunt', 'knelpunten'],
  acties: ['actie', 'acties'],
  verschillen: ['verschil', 'verschillen'],
  prioriteiten: ['prioriteit', 'prioriteiten'],
  spanningen: ['spanning', 'spanningen'],
  notities: ['notitie', 'notities'],
  afspraken: ['afgesproken score', 'afgesproken scores'],
  factoren: ['factor', 'factoren'],
} as const

/** The report in every form (print, Word, HTML): its first page, sections and method note. */
const documentText = {
  productName: common.productName,
  score: common.score,
  difference: common.difference,
  date: common.date,
  percent: common.percent,
  documentTitle: print.documentTitle,
  meta: { team: print.meta.team, municipality: print.meta.municipality, date: print.meta.date, participants: print.meta.participants, completeness: print.meta.completeness },
  completeness: print.completeness,
  more: (count: number, list: keyof typeof lists) =>
    `En nog ${count} ${lists[list][count === 1 ? 0 : 1]}: zie het resultaatbestand (of open het in de app).`,
  moreKnelpunten: print.otherKnelpunten,
  clippedNote: '(ingekort; de hele tekst staat in het resultaatbestand)',
  firstPage: {
    title: 'In het kort',
    ladder: (rung: string) => `Plaats op de ladder van integratie (KPMG, 2013): ${rung}.`,
    evidence: (count: number, of: number, example: string | null) =>
      `${count} van de ${of} kenmerken tot en met deze trede zijn (deels) aanwezig${example === null ? '.' : `, bijvoorbeeld: ${example.replace(/\.$/, '')}.`}`,
    next: (rung: string, missing: string) => `Voor de volgende trede (${rung}) ontbreekt onder meer: ${missing.replace(/\.$/, '')}.`,
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
    actionWho: print.who,
    actionWhen: print.when,
  },
  sections: {
    ladder: print.ladderTitle,
    radar: print.radarTitle,
    table: print.tableTitle,
    teamTable: print.tableTitle,
    compareTable: print.compareTitle,
    knelpunten: 'Knelpunten en wat werkt',
    shared: print.sharedTitle,
    priorities: print.prioritiesTitle,
    tensions: print.tensionsTitle,
    notes: print.notesTitle,
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
    reason: print.reason,
    action: print.action,
    who: print.who,
    when: print.when,
    noAction: print.noAction,
    none: workshop.table.none,
  },
  status: results.status,
  agreement: disagreement.words,
  reasons: print.reasons,
  knelpuntenNone: results.knelpunten.none,
  prioritiesNone: results.priorities.none,
  tensionsNone: 'Er zijn geen spanningen om te bespreken.',
  tensionsOthers: grounding.tensions.printOthers,
  notesNone: print.notesNone,
  sources: results.knelpunten.sources,
  tensionScores: results.tensions.scores,
  tensionQuestion: results.tensions.question,
  distribution: print.distribution,
  method: {
    title: 'Methode en privacy',
    paragraphs: [
      'Dit verslag is een zelfscan: het laat zien hoe de deelnemers de samenwerking op dit moment zien. Het is een momentopname en geen representatief onderzoek; de scores zijn geen meting van wat inwoners ervaren.',
      'De factoren, de ladder en de adviezen komen uit drie rapporten: Inspectie SZW, Literatuurstudie Integrale dienstverlening (2016); Werkplaatsen Sociaal Domein, Integrale dienstverlening in het sociaal domein: een kennissynthese (2018); Movisie, Werkzame elementen van integraal werken (2018). De literatuur rangschikt de factoren niet; het team kiest zelf wat het belangrijkst is.',
      `Een factor met een score onder 2,5 heet een knelpunt, vanaf 3,5 een succesfactor. De plaats op de ladder volgt uit de kenmerken die de deelnemers als aanwezig aangaven (ladder: KPMG, 2013). ${about.limits[1]}`,
      'Er is niets op een server bewaard: de scan werkt in de browser en de antwoorden blijven op het apparaat van wie ze invulde, tot iemand zelf een bestand of link deelt. In een teamresultaat staan geen namen van deelnemers.',
    ],
  },
} satisfies ReportText

export const report = {
  ...documentText,
  downloads: {
    word: 'Download als Word (.docx)',
    html: 'Download als HTML-verslag',
    making: 'Het Word-bestand wordt gemaakt…',
    done: (name: string) => `${name} is gedownload.`,
    failed: 'Het Word-bestand kon niet worden gemaakt. Probeer het opnieuw, of gebruik het HTML-verslag of de PDF.',
    htmlHint: 'Het HTML-verslag opent zonder internet in elke browser, is af te drukken en opent het resultaat weer als u het op de startpagina, de workshop of bij vergelijken kiest of erheen sleept.',
  },
}
