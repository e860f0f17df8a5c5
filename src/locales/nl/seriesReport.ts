import type { SeriesReportText } from '@/core/report/seriesReport'
import { common } from './common'
import { report } from './report'
import { series } from './series'

/** The measurement series as a report: the words the screen shares with it come from series.ts. */
export const seriesReport = {
  productName: common.productName,
  score: common.score,
  difference: common.difference,
  date: common.date,
  documentTitle: 'Zelfscan integrale dienstverlening: meetreeks',
  meta: { team: report.meta.team, municipality: report.meta.municipality, moments: 'Momenten', period: 'Periode', date: report.meta.date },
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
  },
  targets: { title: series.targets.title, score: series.targets.score, target: series.targets.target },
  roadmap: {
    title: series.roadmap.title,
    none: series.roadmap.none,
    caption: 'Routekaart: factoren op volgorde van prioriteit met hun actie',
    reason: series.roadmap.reason,
    action: report.tables.action,
    noAction: report.tables.noAction,
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
  },
  method: { title: series.method.title, paragraphs: [`${series.method.order} ${series.method.score}`, series.noLeague] },
} satisfies SeriesReportText
