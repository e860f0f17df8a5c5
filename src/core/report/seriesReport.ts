/**
 * The measurement series as a report document (reportBlocks.ts): the moments and their rung, the
 * score per factor per moment with the verdict on the last change, the latest scores against the
 * targets, the roadmap and last time's actions. The print view, the Word file and the HTML file
 * render it as they render every other report and decide nothing. The printed version is the short
 * one: a series of up to forty moments shows its first and last moments (SERIES_REPORT_LIMITS), cuts
 * its lists and long texts, and says where the rest is (the series page, its file and its CSV). The
 * Word and HTML versions hold the lists and texts whole (FULL_SERIES_REPORT_LIMITS).
 */
import type { Questionnaire } from '../model'
import type { SeriesAction } from '../files/seriesFile'
import type { SeriesMomentView, SeriesOverview } from '../series/series'
import type { SeriesEntry } from '../series/seriesEntry'
import { targetPriorities, type Targets } from '../series/targets'
import { factorTitle, rungTitle } from '../util/lookups'
import type { ReportBlock, ReportDocument, ReportSection, TableBlock } from './reportBlocks'
import type { SeriesReportText } from './seriesReportText'
import { cap, clip, SERIES_REPORT_LIMITS, shownMoments, type SeriesReportLimits } from './reportLimits'

export interface SeriesDocumentOptions {
  /** The radar's text alternative: its caption and what it shows (drawn in the browser). */
  radarAlt: string
  /** The ISO date of printing. */
  today: string
  lang?: string
  /** How much the series shows: SERIES_REPORT_LIMITS printed, FULL_SERIES_REPORT_LIMITS in Word and HTML. */
  limits?: SeriesReportLimits
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

/** Cuts long texts to their limit with the note that says so, and remembers whether it cut one. */
function clipper(text: SeriesReportText) {
  const state = { clipped: false }
  return {
    cut(value: string, max: number): string {
      const result = clip(value, max)
      if (result.clipped) state.clipped = true
      return result.clipped ? `${result.text} ${text.clippedNote}` : result.text
    },
    /** The sentence that says where the whole texts are, when a text was cut. */
    where: (): ReportBlock[] => (state.clipped ? [{ kind: 'paragraph', tone: 'muted', text: text.clippedWhere }] : []),
  }
}

/** The moments left out (1-based, from and to), or null when every moment is shown. */
function omittedRange(count: number, limits: SeriesReportLimits): { from: number; to: number } | null {
  return shownMoments(count, limits).length < count ? { from: limits.firstMoments + 1, to: count - limits.lastMoments } : null
}

const omittedNote = (range: { from: number; to: number } | null, words: (from: number, to: number) => string): ReportBlock[] =>
  range === null ? [] : [{ kind: 'paragraph', tone: 'muted', text: words(range.from, range.to) }]

/** Who, how many moments, over which period, printed when. */
function seriesMeta(overview: SeriesOverview<SeriesEntry>, text: SeriesReportText, today: string, limits: SeriesReportLimits): { label: string; value: string }[] {
  const { moments } = overview
  const municipality = moments.map((m) => m.item.result.profile.municipality?.trim()).find((name) => name)
  const dated = moments.flatMap((m) => (m.date === null ? [] : [m.date]))
  const [first] = dated
  const last = dated.at(-1)
  const teams = cap(overview.teams, limits.teams)
  const names = teams.items.map((team) => clip(team, limits.nameChars).text).join(', ')
  return [
    { label: text.meta.team, value: teams.more > 0 ? `${names} ${text.meta.andMore(teams.more)}` : names || '–' },
    { label: text.meta.municipality, value: municipality === undefined ? '–' : clip(municipality, limits.nameChars).text },
    { label: text.meta.moments, value: String(moments.length) },
    { label: text.meta.period, value: first === undefined || last === undefined ? '–' : `${text.date(first)} – ${text.date(last)}` },
    { label: text.meta.date, value: text.date(today) },
  ]
}

function momentBlocks(q: Questionnaire, overview: SeriesOverview<SeriesEntry>, text: SeriesReportText, limits: SeriesReportLimits): ReportBlock[] {
  const words = text.moments
  const dateOf = (moment: Moment) => (moment.date === null ? text.noDate : text.date(moment.date))
  const texts = clipper(text)
  const blocks: ReportBlock[] = [
    table(
      words.caption,
      [words.number, words.name, words.rung, words.kind],
      [false, false, false, false],
      [24, 30, 24, 22],
      shownMoments(overview.moments.length, limits).map((index) => {
        const moment = overview.moments[index]!
        return [
          `${index + 1}. ${dateOf(moment)}`,
          texts.cut(moment.team, limits.nameChars),
          rungTitle(q, moment.rung),
          moment.kind === 'team' ? words.team(moment.participants) : words.participant,
        ]
      }),
    ),
    ...omittedNote(omittedRange(overview.moments.length, limits), words.omitted),
    ...texts.where(),
  ]
  if (overview.versions.length > 1) blocks.push({ kind: 'paragraph', text: words.versions(overview.versions.join(', ')) })
  if (overview.notEverywhere.length > 0 && overview.moments.length > 1) {
    blocks.push({ kind: 'paragraph', text: words.notEverywhere(overview.notEverywhere.map((id) => factorTitle(q, id)).join(', ')) })
  }
  return blocks
}

/**
 * Per factor the score at the moments shown and the verdict on the last step, under the rule that
 * decides it. The last step is always between the last two moments, and both are shown.
 */
function trendBlocks(q: Questionnaire, overview: SeriesOverview<SeriesEntry>, text: SeriesReportText, limits: SeriesReportLimits): ReportBlock[] {
  const words = text.trends
  const shown = shownMoments(overview.moments.length, limits)
  const single = overview.moments.some((m) => m.kind === 'deelnemer')
  const scoreWidth = 46 / shown.length
  return [
    { kind: 'heading', level: 3, text: words.ruleTitle },
    { kind: 'paragraph', text: single ? `${words.rule} ${words.single}` : words.rule },
    table(
      words.caption,
      [words.factor, ...shown.map((index) => String(index + 1)), words.lastChange],
      [false, ...shown.map(() => true), false],
      [30, ...shown.map(() => scoreWidth), 24],
      overview.factors.map((trend) => {
        const change = trend.changes.at(-1)
        const last = change === undefined ? '' : `${text.difference(trend.differences.at(-1) ?? null)}, ${words.verdict[change.verdict]}`
        return [factorTitle(q, trend.factorId), ...shown.map((index) => text.score(trend.points[index]?.score ?? null)), last]
      }),
    ),
    ...omittedNote(omittedRange(overview.moments.length, limits), words.omitted),
  ]
}

/** The factors by priority against their targets, each with the action the team agreed at the latest moment. */
function roadmapBlocks(q: Questionnaire, latest: Moment, targets: Targets, text: SeriesReportText, limits: SeriesReportLimits): ReportBlock[] {
  const words = text.roadmap
  const list = cap(targetPriorities(latest.summary.factors, targets), limits.roadmap)
  if (list.items.length === 0) return [{ kind: 'paragraph', text: words.none }]
  const texts = clipper(text)
  const actionLine = (action: SeriesAction | undefined) =>
    action === undefined
      ? ''
      : [texts.cut(action.what, limits.actionChars), texts.cut(action.who ?? '', limits.shortChars), texts.cut(action.when ?? '', limits.shortChars)].filter(Boolean).join(' · ')
  return [
    table(
      words.caption,
      [text.trends.factor, text.targets.score, text.targets.target, words.action],
      [false, true, true, false],
      [36, 12, 10, 42],
      list.items.map((priority, index) => [
        `${index + 1}. ${factorTitle(q, priority.factorId)} (${words.reason[priority.reason]})`,
        text.score(priority.score),
        text.score(priority.target),
        actionLine(latest.item.actions.find((action) => action.factorId === priority.factorId)) || words.noAction,
      ]),
    ),
    ...(list.more > 0 ? [{ kind: 'paragraph' as const, tone: 'muted' as const, text: words.more(list.more) }] : []),
    ...texts.where(),
  ]
}

/**
 * Every moment but the last has actions that were followed up (or not) at the next one: the newest
 * moment's first, as "last time" is what the team looks back on.
 */
function followUpBlocks(q: Questionnaire, overview: SeriesOverview<SeriesEntry>, text: SeriesReportText, limits: SeriesReportLimits): ReportBlock[] {
  const words = text.followUp
  const followed = cap(
    overview.moments
      .slice(0, -1)
      .reverse()
      .flatMap((moment) => moment.item.actions.map((action) => ({ moment, action }))),
    limits.followUp,
  )
  if (followed.items.length === 0) return [{ kind: 'paragraph', text: words.none }]
  const texts = clipper(text)
  return [
    table(
      words.caption,
      [text.trends.factor, words.moment, words.action, words.status, words.note],
      [false, false, false, false, false],
      [22, 14, 28, 14, 22],
      followed.items.map(({ moment, action }) => [
        factorTitle(q, action.factorId),
        moment.date === null ? text.noDate : text.date(moment.date),
        texts.cut(action.what, limits.actionChars),
        action.status === undefined ? words.statusNone : words.statuses[action.status],
        texts.cut(action.statusNote ?? '', limits.actionChars),
      ]),
    ),
    ...(followed.more > 0 ? [{ kind: 'paragraph' as const, tone: 'muted' as const, text: words.more(followed.more) }] : []),
    ...texts.where(),
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
  const limits = options.limits ?? SERIES_REPORT_LIMITS
  const section = (id: ReportSection['id'], heading: string, blocks: ReportBlock[]): ReportSection => ({ id, heading, blocks })
  return {
    lang: options.lang ?? 'nl',
    title: text.documentTitle,
    productName: text.productName,
    meta: seriesMeta(overview, text, options.today, limits),
    sections: [
      section('momenten', text.moments.title, momentBlocks(q, overview, text, limits)),
      section('verloop', text.trends.title, trendBlocks(q, overview, text, limits)),
      section('doelen', text.targets.title, [{ kind: 'figure', figure: 'radar', alt: options.radarAlt, height: RADAR_HEIGHT }]),
      section('routekaart', text.roadmap.title, roadmapBlocks(q, latest, targets, text, limits)),
      section('opvolging', text.followUp.title, followUpBlocks(q, overview, text, limits)),
      section('methode', text.method.title, text.method.paragraphs.map((paragraph) => ({ kind: 'paragraph' as const, text: paragraph }))),
    ],
  }
}
