/**
 * A measurement series: dated results of one team or municipality on one time line. Integration
 * takes 2,5 to 10 years to mature (002 l. 285–289, 2419–2425), so a team that scans every year
 * learns whether its actions work. Results are ordered by date; results of different questionnaire
 * versions line up on the factors they share, and the series says which factors it cannot follow.
 */
import type { Questionnaire, ResultFile, RungId, ThemeId } from '../model'
import type { SeriesAction } from '../files/seriesFile'
import type { FactorStatus } from '../scan/scoring'
import type { ResultSummary } from '../scan/summary'
import { summarize } from '../scan/summary'
import { aggregateTeam } from '../team/aggregate'
import type { FactorAggregate } from '../team/aggregate'
import { iqr } from '../util/stats'
import type { Spread } from '../util/stats'
import { notTestable, realChange } from './realChange'
import { factorsChangedAcross, factorsChangedBetween } from '../compare/versions'
import type { RealChange, RealChangeSide } from './realChange'

/** What the series is built from; the same shape as a moment in the series file. */
export interface SeriesMomentInput {
  name: string
  date?: string
  result: ResultFile
  actions?: SeriesAction[]
}

/** Where a moment's date comes from: set in the series, the scan's profile, the save time, or none. */
export type DateSource = 'reeks' | 'profiel' | 'opgeslagen' | 'geen'

export interface OrderedMoment<T> {
  item: T
  /** Position in the input, so the UI can address the moment after sorting. */
  inputIndex: number
  /** YYYY-MM-DD, or null when the moment has no usable date. */
  date: string | null
  dateSource: DateSource
  /** Another moment has the same date. */
  sharesDate: boolean
}

/** A real calendar date written as YYYY-MM-DD (so 2026-02-30 is not one). */
export function isIsoDate(value: string | undefined): value is string {
  if (value === undefined || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false
  const [year, month, day] = value.split('-').map(Number) as [number, number, number]
  const date = new Date(Date.UTC(year, month - 1, day))
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
}

export function momentDate(moment: Pick<SeriesMomentInput, 'date' | 'result'>): { date: string | null; source: DateSource } {
  if (isIsoDate(moment.date)) return { date: moment.date, source: 'reeks' }
  if (isIsoDate(moment.result.profile.date)) return { date: moment.result.profile.date, source: 'profiel' }
  const saved = moment.result.savedAt.slice(0, 10)
  if (isIsoDate(saved)) return { date: saved, source: 'opgeslagen' }
  return { date: null, source: 'geen' }
}

/**
 * Oldest first. Moments on the same date keep the order in which they were added; moments without
 * a date come last, also in that order, so nothing is dropped and nothing jumps around.
 */
export function orderMoments<T extends Pick<SeriesMomentInput, 'date' | 'result'>>(items: readonly T[]): OrderedMoment<T>[] {
  const dated = items.map((item, inputIndex) => {
    const { date, source } = momentDate(item)
    return { item, inputIndex, date, dateSource: source, sharesDate: false }
  })
  const counts = new Map<string, number>()
  for (const m of dated) if (m.date !== null) counts.set(m.date, (counts.get(m.date) ?? 0) + 1)
  return dated
    .map((m) => ({ ...m, sharesDate: m.date !== null && (counts.get(m.date) ?? 0) > 1 }))
    .sort((a, b) => {
      if (a.date === null || b.date === null) return (a.date === null ? 1 : 0) - (b.date === null ? 1 : 0) || a.inputIndex - b.inputIndex
      return a.date.localeCompare(b.date) || a.inputIndex - b.inputIndex
    })
}

/** The name a moment goes by: its team, else its municipality, else the name it was added under. */
export function momentTeam(result: ResultFile, fallback: string): string {
  const team = result.profile.team?.trim()
  const municipality = result.profile.municipality?.trim()
  return team || municipality || fallback
}

export interface SeriesPoint {
  /** The moment's score for the factor (a team's agreed score, else its median); null when not measured. */
  score: number | null
  status: FactorStatus | null
  /** Median and spread of the participants (a participant result: its own score, no spread). */
  median: number | null
  spread: Spread | null
  /** Interquartile range of a team's scores; null for a participant or without scores. */
  iqr: number | null
}

export interface FactorTrend {
  factorId: string
  themeId: ThemeId
  /** One point per moment, in time order. */
  points: SeriesPoint[]
  /** Per step between consecutive moments (length: moments − 1): the rule's verdict on the medians. */
  changes: RealChange[]
  /** Per step: the change of the score shown (after − before), null when either is missing. */
  differences: (number | null)[]
  /** Scored at every moment. */
  everywhere: boolean
}

export interface SeriesMomentView<T> extends OrderedMoment<T> {
  name: string
  team: string
  kind: ResultFile['kind']
  participants: number
  questionnaireVersion: string
  summary: ResultSummary
  rung: number
  rungId: RungId
  /** Answers to statements this questionnaire does not know (written by another version); not counted. */
  unknownStatements: number
  clientModule: boolean
  mode: 'volledig' | 'kort' | 'gemengd'
}

export interface SeriesOverview<T> {
  moments: SeriesMomentView<T>[]
  /** Factors measured at one moment or more, in questionnaire order. */
  factors: FactorTrend[]
  /** Factor ids measured at some moments but not all. */
  notEverywhere: string[]
  /** Questionnaire versions of the moments, in time order, without repeats. */
  versions: string[]
  /** Factors whose statements differ between the versions: no change is computed across that step. */
  notComparable: string[]
  /** Distinct team (or municipality) names: more than one means this is not one team's series. */
  teams: string[]
  /** Input indexes of moments sharing a date with another moment. */
  sameDate: number[]
  /** Input indexes of moments without a date. */
  undated: number[]
}

function statementIds(q: Questionnaire): Set<string> {
  return new Set(q.factors.flatMap((f) => f.statements.map((s) => s.id)))
}

function unknownAnswerCount(known: Set<string>, result: ResultFile): number {
  const answers = result.kind === 'deelnemer' ? [result.answers] : result.participants.map((p) => p.answers)
  const unknown = new Set<string>()
  for (const record of answers) for (const id of Object.keys(record)) if (!known.has(id)) unknown.add(id)
  return unknown.size
}

interface MomentData {
  summary: ResultSummary
  team: Map<string, FactorAggregate> | null
}

/**
 * Per questionnaire, per result object: results are never changed in place, so an edit of a moment's
 * date or actions does not aggregate forty teams of hundreds again (seconds on the largest series).
 */
const momentCache = new WeakMap<Questionnaire, WeakMap<ResultFile, MomentData>>()

function momentData(q: Questionnaire, result: ResultFile): MomentData {
  let cache = momentCache.get(q)
  if (cache === undefined) momentCache.set(q, (cache = new WeakMap()))
  const known = cache.get(result)
  if (known !== undefined) return known
  const data = computeMomentData(q, result)
  cache.set(result, data)
  return data
}

function computeMomentData(q: Questionnaire, result: ResultFile): MomentData {
  if (result.kind === 'deelnemer') return { summary: summarize(q, result), team: null }
  const team = aggregateTeam(q, result.participants, result.agreed)
  return { summary: team.summary, team: new Map(team.factors.map((f) => [f.factorId, f])) }
}

function pointFor(data: MomentData, factorId: string): SeriesPoint {
  const scored = data.summary.factors.find((f) => f.factorId === factorId)
  const measured = scored !== undefined && scored.status !== 'buiten-scope' && scored.score !== null
  if (!measured) return { score: null, status: scored?.status ?? null, median: null, spread: null, iqr: null }
  const aggregate = data.team?.get(factorId)
  if (data.team === null || aggregate === undefined) {
    return { score: scored.score, status: scored.status, median: scored.score, spread: null, iqr: null }
  }
  return { score: scored.score, status: scored.status, median: aggregate.median, spread: aggregate.spread, iqr: aggregate.spread ? iqr(aggregate.spread) : null }
}

function sideOf(point: SeriesPoint, kind: ResultFile['kind']): RealChangeSide {
  return { team: kind === 'team', median: point.median, spread: point.spread }
}

function modeOf(result: ResultFile): SeriesMomentView<unknown>['mode'] {
  if (result.kind === 'deelnemer') return result.mode
  const modes = new Set(result.participants.map((p) => p.mode))
  return modes.size === 1 ? (result.participants[0]?.mode ?? 'volledig') : 'gemengd'
}

/** Everything the series page, its report and its CSV show, built once from the moments. */
export function buildSeries<T extends SeriesMomentInput>(q: Questionnaire, items: readonly T[]): SeriesOverview<T> {
  const ordered = orderMoments(items)
  const known = statementIds(q)
  const data = ordered.map((m) => momentData(q, m.item.result))
  const moments: SeriesMomentView<T>[] = ordered.map((m, index) => {
    const { result } = m.item
    const summary = (data[index] as MomentData).summary
    return {
      ...m,
      name: m.item.name,
      team: momentTeam(result, m.item.name),
      kind: result.kind,
      participants: result.kind === 'team' ? result.participantCount : 1,
      questionnaireVersion: result.questionnaireVersion,
      summary,
      rung: summary.ladder.rung,
      rungId: summary.ladder.rungId,
      unknownStatements: unknownAnswerCount(known, result),
      clientModule: summary.factors.some((f) => f.themeId === 'client' && f.status !== 'buiten-scope'),
      mode: modeOf(result),
    }
  })

  // Per step, the factors whose statements differ between the two moments' versions: not compared.
  const changedAt = moments.slice(1).map((after, i) => new Set(factorsChangedBetween(q, (moments[i] as SeriesMomentView<T>).questionnaireVersion, after.questionnaireVersion)))
  const factors: FactorTrend[] = []
  for (const factor of q.factors) {
    const points = data.map((d) => pointFor(d, factor.id))
    if (points.every((p) => p.score === null)) continue
    const unlike = (i: number) => changedAt[i]?.has(factor.id) === true
    const changes = points.slice(1).map((after, i) => {
      if (unlike(i)) return notTestable('andere-vragen', null)
      const before = points[i] as SeriesPoint
      return realChange(sideOf(before, (moments[i] as SeriesMomentView<T>).kind), sideOf(after, (moments[i + 1] as SeriesMomentView<T>).kind))
    })
    const differences = points.slice(1).map((after, i) => {
      const before = (points[i] as SeriesPoint).score
      return before === null || after.score === null || unlike(i) ? null : after.score - before
    })
    factors.push({ factorId: factor.id, themeId: factor.themeId, points, changes, differences, everywhere: points.every((p) => p.score !== null) })
  }

  const normalise = (name: string) => name.trim().toLowerCase()
  const teams: string[] = []
  for (const m of moments) if (!teams.some((name) => normalise(name) === normalise(m.team))) teams.push(m.team)

  return {
    moments,
    factors,
    notEverywhere: factors.filter((f) => !f.everywhere).map((f) => f.factorId),
    versions: [...new Set(moments.map((m) => m.questionnaireVersion))],
    notComparable: factorsChangedAcross(q, [...new Set(moments.map((m) => m.questionnaireVersion))]),
    teams,
    sameDate: moments.filter((m) => m.sharesDate).map((m) => m.inputIndex),
    undated: moments.filter((m) => m.date === null).map((m) => m.inputIndex),
  }
}

/** The actions of the moment before `index` (time order), each with its position in that moment's list. */
export function previousActions<T extends SeriesMomentInput>(overview: SeriesOverview<T>, index: number): { moment: SeriesMomentView<T>; actions: SeriesAction[] } | null {
  const previous = overview.moments[index - 1]
  return previous === undefined ? null : { moment: previous, actions: previous.item.actions ?? [] }
}
