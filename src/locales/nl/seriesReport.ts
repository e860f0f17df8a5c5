import type { SeriesReportText } from '@/core/report/seriesReportText'
import { common } from './common'
import { report } from './report'
import { series } from './series'

/** "moment 2" or "de momenten 2 tot en met 33", and the verb that goes with it. */
const span = (from: number, to: number) => (from === to ? { moments: `moment ${from}`, verb: 'staat' } : { moments: `de momenten ${from} tot en met ${to}`, verb: 'staan' })
const capital = (words: string) => words.charAt(0).toUpperCase() + words.slice(1)
/** The download buttons on the series page, by their own labels. */
const file = `het bestand van de reeks ("${series.export.file}" op de pagina ${series.title})`
const csv = `de download voor Excel (CSV)`

/** The measurement series as a report: the words the screen shares with it come from series.ts. */
export const seriesReport = {
  productName: common.productName,
  score: common.score,
  difference: common.difference,
  date: common.date,
  documentTitle: 'Zelfscan integrale dienstverlening: meetreeks',
  meta: { team: report.meta.team, municipality: report.meta.municipality, moments: 'Momenten', period: 'Periode', date: report.meta.date, andMore: (count: number) => `en nog ${count}` },
  clippedNote: report.clippedNote,
  clippedWhere: `Teksten met ${report.clippedNote} staan voluit in ${file}.`,
  noDate: series.moments.dateSource.geen,
  moments: {
    title: series.timeline.title,
    caption: series.timeline.caption,
    number: series.moments.number,
    name: series.moments.name,
    rung: series.timeline.rung,
    kind: series.moments.kind,
    team: series.moments.team,
    participant: series.moments.participant,
    versions: series.moments.versions,
    notEverywhere: series.moments.notEverywhere,
    omitted: (from: number, to: number) => {
      const left = span(from, to)
      return `${capital(left.moments)} ${left.verb} niet in deze samenvatting. De hele reeks staat op de pagina ${series.title} van de app en in ${file}.`
    },
  },
  trends: {
    title: series.trends.title,
    caption: series.trends.caption,
    factor: series.trends.factor,
    lastChange: 'Laatste verandering',
    ruleTitle: series.rule.title,
    rule: series.rule.sentence,
    single: series.rule.single,
    verdict: series.rule.verdict,
    omitted: (from: number, to: number) =>
      `Zonder ${span(from, to).moments}: de scores en het oordeel over elke stap staan op de pagina ${series.title} en in ${csv}.`,
  },
  targets: { title: series.targets.title, score: series.targets.score, target: series.targets.target },
  roadmap: {
    title: series.roadmap.title,
    none: series.roadmap.none,
    caption: 'Routekaart: factoren op volgorde van prioriteit met hun actie',
    reason: series.roadmap.reason,
    action: report.tables.action,
    noAction: report.tables.noAction,
    more: (count: number) =>
      count === 1
        ? `En nog 1 factor op de routekaart: die staat met zijn actie op de pagina ${series.title}.`
        : `En nog ${count} factoren op de routekaart: die staan met hun actie op de pagina ${series.title}.`,
  },
  followUp: {
    title: series.followUp.title,
    none: series.followUp.none,
    caption: 'Acties per moment en hoe ze liepen',
    moment: 'Afgesproken op',
    action: report.tables.action,
    status: series.followUp.status,
    note: series.followUp.note,
    statusNone: series.followUp.statusNone,
    statuses: series.followUp.statuses,
    more: (count: number) =>
      `En nog ${count} ${count === 1 ? 'actie' : 'acties'}: met ${count === 1 ? 'haar' : 'hun'} stand in ${csv} en voluit in ${file}; die van vorige keer ook op de pagina ${series.title}.`,
  },
  method: { title: series.method.title, paragraphs: [`${series.method.order} ${series.method.score}`, series.noLeague] },
} satisfies SeriesReportText
