/**
 * One pass over a team's participants that collects everything the team summary needs: per
 * factor and per statement the numeric answers and "weet ik niet" counts, per ladder indicator
 * the evidence values, each participant's own rung and the completeness totals.
 * Written for speed (a workshop file may hold thousands of participants): each answer is looked
 * up once, and what a participant is asked is worked out once per distinct scan set-up.
 * The rules are those of scoring.ts and ladder.ts; a property test checks that a team of one
 * gives exactly that participant's own summary.
 */
import type { Answers, Factor, LadderAnswer, Questionnaire, RungId, Statement } from '../model'
import { rungIds } from '../model'
import { assessRung, indicatorState, placeFromStatuses, type IndicatorAssessment, type IndicatorState } from '../scan/ladder'
import { ownValue, required } from '../util/records'
import { factorInScan, isOutOfScope, statementsFor } from '../scan/scope'
import type { Completeness } from '../scan/scoring'
import { hasBase } from '../scan/scoring'
import { addToCounts } from './agreement'
import type { ScoreCounts } from './agreement'

export interface FactorTally {
  /** Each participant's factor score (mean of their numeric answers), in participant order. */
  values: number[]
  /** Of those, the scores that rest on enough answers for a verdict of their own (scoring.ts, hasBase). */
  based: number
  unknown: number
  answered: number
  asked: number
  /** Participants who marked the factor important. */
  important: number
  /** Participants who had the factor in their scan (client module), in scope or not. */
  inScan: number
  outOfScope: number
}

export interface StatementTally {
  factorId: string
  /** Answers per scale point (index 0 = 1): statement answers are whole points, so counts say it all. */
  counts: ScoreCounts
  unknown: number
}

export type LadderCountKey = LadderAnswer | 'leeg'

export interface IndicatorTally {
  /** Evidence values of the participants who know (ja 1, deels ½, nee 0); "weet ik niet" and no answer are left out. */
  values: number[]
  counts: Record<LadderCountKey, number>
}

/** A participant's placement: a rung, or "onbekend" when their answers leave it open. */
export type PlacementKey = RungId | 'onbekend'

export interface TeamTally {
  factors: Map<string, FactorTally>
  statements: Map<string, StatementTally>
  indicators: Map<string, IndicatorTally>
  placements: Record<PlacementKey, number>
  completeness: Completeness
}

interface PlanStatement {
  id: string
  /** The id names a member of Object.prototype, so a lookup must check own properties. */
  inherited: boolean
  /** Worded as the knelpunt: the answer counts as 6 − answer (scope.ts, scoredValue). */
  reversed: boolean
  tally: StatementTally
}

interface PlanItem {
  factor: Factor
  tally: FactorTally
  statements: PlanStatement[]
  outOfScope: boolean
}

function emptyFactorTally(): FactorTally {
  return { values: [], based: 0, unknown: 0, answered: 0, asked: 0, important: 0, inScan: 0, outOfScope: 0 }
}

/**
 * What a participant with this set-up is asked, with the tallies to add to resolved up front, so
 * the loop over participants does no map lookups per answer.
 */
function planFor(
  q: Questionnaire,
  p: Answers,
  factors: Map<string, FactorTally>,
  statements: Map<string, StatementTally>,
): PlanItem[] {
  return q.factors
    .filter((f) => factorInScan(f, p))
    .map((f) => ({
      factor: f,
      tally: getOrAdd(factors, f.id, emptyFactorTally),
      outOfScope: isOutOfScope(f, p),
      statements: statementsFor(f, p.mode, p.roleGroup).map((s: Statement) => ({
        id: s.id,
        inherited: s.id in Object.prototype,
        reversed: s.reversed === true,
        tally: getOrAdd(statements, s.id, () => ({ factorId: f.id, counts: [0, 0, 0, 0, 0], unknown: 0 })),
      })),
    }))
}

function getOrAdd<V>(map: Map<string, V>, key: string, create: () => V): V {
  let value = map.get(key)
  if (value === undefined) {
    value = create()
    map.set(key, value)
  }
  return value
}

export function tallyTeam(q: Questionnaire, participants: readonly Answers[]): TeamTally {
  const factors = new Map<string, FactorTally>()
  const statements = new Map<string, StatementTally>()
  const indicators = new Map<string, IndicatorTally>(
    q.ladderIndicators.map((i) => [i.id, { values: [], counts: { ja: 0, deels: 0, nee: 0, 'weet-niet': 0, leeg: 0 } }]),
  )
  const placements = Object.fromEntries([...rungIds, 'onbekend'].map((id) => [id, 0])) as Record<PlacementKey, number>
  const ladderValues: Record<IndicatorState, number> = { ja: 1, deels: 0.5, nee: 0, onbekend: Number.NaN }
  const rungGroups = ([1, 2, 3] as const).map((r) => q.ladderIndicators.filter((i) => i.rung === r))
  const plans = new Map<string, PlanItem[]>()
  let answered = 0
  let unknownTotal = 0
  let total = 0

  for (const p of participants) {
    const planKey = `${p.mode}|${String(p.includeClientModule)}|${p.roleGroup ?? ''}|${p.outOfScope.join('|')}`
    const plan = getOrAdd(plans, planKey, () => planFor(q, p, factors, statements))
    const answers = p.answers
    for (const { factor, tally: ft, statements: asked, outOfScope } of plan) {
      ft.inScan += 1
      if (p.important.includes(factor.id)) ft.important += 1
      if (outOfScope) {
        ft.outOfScope += 1
        continue
      }
      let sum = 0
      let numeric = 0
      let unknown = 0
      for (const s of asked) {
        const answer = s.inherited ? ownValue(answers, s.id) : answers[s.id]
        if (answer === undefined) continue
        if (answer === 'weet-niet') {
          unknown += 1
          s.tally.unknown += 1
        } else {
          sum += s.reversed ? 6 - answer : answer
          numeric += 1
          addToCounts(s.tally.counts, answer)
        }
      }
      if (numeric > 0) ft.values.push(sum / numeric)
      if (numeric > 0 && hasBase(numeric, asked.length)) ft.based += 1
      ft.answered += numeric
      ft.unknown += unknown
      ft.asked += asked.length
      answered += numeric + unknown
      unknownTotal += unknown
      total += asked.length
    }

    const statuses = rungGroups.map((group) => {
      const assessed: IndicatorAssessment[] = []
      for (const indicator of group) {
        const answer = ownValue(p.ladder, indicator.id)
        const state = indicatorState(answer)
        const it = required(indicators.get(indicator.id), `indicator ${indicator.id}`)
        if (state !== 'onbekend') it.values.push(ladderValues[state])
        it.counts[answer ?? 'leeg'] += 1
        if (answer !== undefined) answered += 1
        if (answer === 'weet-niet') unknownTotal += 1
        assessed.push({ id: indicator.id, optional: indicator.optional === true, state })
      }
      return assessRung(assessed).status
    })
    const placed = placeFromStatuses(statuses)
    placements[placed.known ? rungIds[placed.rung] : 'onbekend'] += 1

    for (const extra of [p.access, p.ownGuess]) {
      if (extra !== undefined) answered += 1
      if (extra === 'weet-niet') unknownTotal += 1
    }
    total += q.ladderIndicators.length + 2
  }

  return {
    factors,
    statements,
    indicators,
    placements,
    completeness: { answered, unknown: unknownTotal, total, ratio: total === 0 ? 0 : answered / total },
  }
}
