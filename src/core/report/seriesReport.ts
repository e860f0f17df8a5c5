/**
 * The measurement series as a report document (reportBlocks.ts): the moments and their rung, the
 * score per factor per moment with the verdict on the last change, the latest scores against the
 * targets, the roadmap and last time's actions. The print view renders it as it renders every
 * other report and decides nothing. It has no short version: nothing is capped, so nothing has to
 * say where the rest is.
 */
import type { Questionnaire } from '../model'
import type { SeriesAction, ActionStatus } from '../files/seriesFile'
import type { SeriesMomentView, SeriesOverview } from '../series/series'
import type { SeriesEntry } from '../series/seriesEntry'
import type { RealChangeVerdict } from '../series/realChange'
import { targetPriorities, type TargetReason, type Targets } from '../series/targets'
import { factorTitle, rungTitle } from '../util/lookups'
import type { ReportBlock, ReportDocument, ReportSection, TableBlock } from './reportBlocks'

/** The words of the series report (src/locales/nl/seriesReport.ts satisfies it). */
export interface SeriesReportText {
  productName: string
  score(value: number | null): string
  difference(value: number | null): string
  date(iso: string): string
  documentTitle: string
  meta: { team: string; municipality: string; moments: string; period: string; date: string }
  /** A moment without a date. */
  noDate: string
  moments: {
    title: string
    caption: string
    number: string
    name: string
    rung: string
    kind: string
    team(count: number): string
    participant: string
    versions(versions: string): string
    notEverywhere(titles: string): string
  }
  trends: {
    title: string
    caption: string
    factor: string
    lastChange: string
    ruleTitle: string
    rule: string
    single: string
    verdict: Record<RealChangeVerdict, string>
  }
  targets: { title: string; score: string; target: string }
  roadmap: { title: string; none: string; caption: string; reason: Record<TargetReason, string>; action: string; noAction: string }
  followUp: {
    title: string
    none: string
    caption: string
    moment: string
    action: string
    status: string
    note: string
    statusNone: string
    statuses: Record<ActionStatus, string>
  }
  method: { title: string; paragraphs: readonly string[] }
}

export interface SeriesDocumentOptions {
  /** The radar's text alternative: its caption and what it shows (drawn in the browser). */
  radarAlt: string
  /** The ISO date of printing. */
  today: string
  lang?: string
}

/** The radar's printed height in CSS pixels: it shares its page with the trend table's end. */
const RADAR_HEIGHT = 400

type Moment = SeriesMomentView<SeriesEntry>

const table = (caption: string, head: string[], numeric: boolean[], widths: number[], rows: string[][]): TableBlock => ({
  kind: 'table',
  caption,
  head,
  numeric,
  widths,
  rows: rows.map((cells) => ({ cells })),
})

/** Who, how many moments, over which period, printed when. */
function seriesMeta(overview: SeriesOverview<SeriesEntry>, text: SeriesReportText, today: string): { label: string; value: string }[] {
  const { moments, teams } = overview
  const municipality = moments.map((m) => m.item.result.profile.municipality?.trim()).find((name) => name)
  const dated = moments.flatMap((m) => (m.date === null ? [] : [m.date]))
  const [first] = dated
  const last = dated.at(-1)
  return [
    { label: text.meta.team, value: teams.join(', ') || '–' },
    { label: text.meta.municipality, value: municipality ?? '–' },
    { label: text.meta.moments, value: String(moments.length) },
    { label: text.meta.period, value: first === undefined || last === undefined ? '–' : `${text.date(first)} – ${text.date(last)}` },
    { label: text.meta.date, value: text.date(today) },
  ]
}

function momentBlocks(q: Questionnaire, overview: SeriesOverview<SeriesEntry>, text: SeriesReportText): ReportBlock[] {
  const words = text.moments
  const dateOf = (moment: Moment) => (moment.date === null ? text.noDate : text.date(moment.date))
  const blocks: ReportBlock[] = [
    table(
      words.caption,
      [words.number, words.name, words.rung, words.kind],
      [false, false, false, false],
      [24, 30, 24, 22],
      overview.moments.map((moment, index) => [
        `${index + 1}. ${dateOf(moment)}`,
        moment.team,
        rungTitle(q, moment.rung),
        moment.kind === 'team' ? words.team(moment.participants) : words.participant,
      ]),
    ),
  ]
  if (overview.versions.length > 1) blocks.push({ kind: 'paragraph', text: words.versions(overview.versions.join(', ')) })
  if (overview.notEverywhere.length > 0 && overview.moments.length > 1) {
    blocks.push({ kind: 'paragraph', text: words.notEverywhere(overview.notEverywhere.map((id) => factorTitle(q, id)).join(', ')) })
  }
  return blocks
}

/** Per factor the score at every moment and the verdict on the last step, under the rule that decides it. */
function trendBlocks(q: Questionnaire, overview: SeriesOverview<SeriesEntry>, text: SeriesReportText): ReportBlock[] {
  const words = text.trends
  const count = overview.moments.length
  const single = overview.moments.some((m) => m.kind === 'deelnemer')
  const scoreWidth = 46 / count
  return [
    { kind: 'heading', level: 3, text: words.ruleTitle },
    { kind: 'paragraph', text: single ? `${words.rule} ${words.single}` : words.rule },
    table(
      words.caption,
      [words.factor, ...overview.moments.map((_, index) => String(index + 1)), words.lastChange],
      [false, ...overview.moments.map(() => true), false],
      [30, ...overview.moments.map(() => scoreWidth), 24],
      overview.factors.map((trend) => {
        const change = trend.changes.at(-1)
        const last = change === undefined ? '' : `${text.difference(trend.differences.at(-1) ?? null)}, ${words.verdict[change.verdict]}`
        return [factorTitle(q, trend.factorId), ...trend.points.map((point) => text.score(point.score)), last]
      }),
    ),
  ]
}

const actionLine = (action: SeriesAction | undefined) => (action === undefined ? '' : [action.what, action.who, action.when].map((part) => part?.trim() ?? '').filter(Boolean).join(' · '))

/** The factors by priority against their targets, each with the action the team agreed at the latest moment. */
function roadmapBlocks(q: Questionnaire, latest: Moment, targets: Targets, text: SeriesReportText): ReportBlock[] {
  const words = text.roadmap
  const list = targetPriorities(latest.summary.factors, targets)
  if (list.length === 0) return [{ kind: 'paragraph', text: words.none }]
  return [
    table(
      words.caption,
      [text.trends.factor, text.targets.score, text.targets.target, words.action],
      [false, true, true, false],
      [36, 12, 10, 42],
      list.map((priority, index) => [
        `${index + 1}. ${factorTitle(q, priority.factorId)} (${words.reason[priority.reason]})`,
        text.score(priority.score),
        text.score(priority.target),
        actionLine(latest.item.actions.find((action) => action.factorId === priority.factorId)) || words.noAction,
      ]),
    ),
  ]
}

/** Every moment but the last has actions that were followed up (or not) at the next one. */
function followUpBlocks(q: Questionnaire, overview: SeriesOverview<SeriesEntry>, text: SeriesReportText): ReportBlock[] {
  const words = text.followUp
  const followed = overview.moments.slice(0, -1).flatMap((moment) => moment.item.actions.map((action) => ({ moment, action })))
  if (followed.length === 0) return [{ kind: 'paragraph', text: words.none }]
  return [
    table(
      words.caption,
      [text.trends.factor, words.moment, words.action, words.status, words.note],
      [false, false, false, false, false],
      [22, 14, 28, 14, 22],
      followed.map(({ moment, action }) => [
        factorTitle(q, action.factorId),
        moment.date === null ? text.noDate : text.date(moment.date),
        action.what,
        action.status === undefined ? words.statusNone : words.statuses[action.status],
        action.statusNote ?? '',
      ]),
    ),
  ]
}

/** The whole series report; null while the series has no moments. */
export function seriesDocument(
  q: Questionnaire,
  overview: SeriesOverview<SeriesEntry>,
  targets: Targets,
  text: SeriesReportText,
  options: SeriesDocumentOptions,
): ReportDocument | null {
  const latest = overview.moments.at(-1)
  if (latest === undefined) return null
  const section = (id: ReportSection['id'], heading: string, blocks: ReportBlock[]): ReportSection => ({ id, heading, blocks })
  return {
    lang: options.lang ?? 'nl',
    title: text.documentTitle,
    productName: text.productName,
    meta: seriesMeta(overview, text, options.today),
    sections: [
      section('momenten', text.moments.title, momentBlocks(q, overview, text)),
      section('verloop', text.trends.title, trendBlocks(q, overview, text)),
      section('doelen', text.targets.title, [{ kind: 'figure', figure: 'radar', alt: options.radarAlt, height: RADAR_HEIGHT }]),
      section('routekaart', text.roadmap.title, roadmapBlocks(q, latest, targets, text)),
      section('opvolging', text.followUp.title, followUpBlocks(q, overview, text)),
      section('methode', text.method.title, text.method.paragraphs.map((paragraph) => ({ kind: 'paragraph' as const, text: paragraph }))),
    ],
  }
}
