import type { Answers, Factor, Questionnaire, ThemeId } from '../model'
import { CLIENT_THEME, askedFactors, factorInScan, statementsFor } from './scope'
import { ownValue } from '../util/records'

/** The questionnaire walks theme by theme, then the ladder, the team's own guess and a review. */
export type StepId = ThemeId | 'ladder' | 'inschatting' | 'controle'

export function stepsFor(q: Questionnaire, a: Pick<Answers, 'includeClientModule'>): StepId[] {
  const themes = q.themes.map((theme) => theme.id).filter((id) => id !== CLIENT_THEME || a.includeClientModule)
  return [...themes, 'ladder', 'inschatting', 'controle']
}

export function isStepId(q: Questionnaire, a: Pick<Answers, 'includeClientModule'>, value: unknown): value is StepId {
  return typeof value === 'string' && (stepsFor(q, a) as string[]).includes(value)
}

export interface OpenItem {
  step: StepId
  /** Statement, indicator or question id. */
  id: string
  text: string
  factorId?: string
}

/** Everything asked in a step that has no answer yet; the review step lists these. */
export function openItems(q: Questionnaire, a: Answers, step: StepId): OpenItem[] {
  if (step === 'ladder') {
    const indicators = q.ladderIndicators
      .filter((indicator) => ownValue(a.ladder, indicator.id) === undefined)
      .map((indicator) => ({ step, id: indicator.id, text: indicator.text }))
    return a.access === undefined ? [...indicators, { step, id: 'toegang', text: q.accessQuestion.text }] : indicators
  }
  if (step === 'inschatting') {
    return a.ownGuess === undefined ? [{ step, id: 'inschatting', text: q.ownGuessQuestion.text }] : []
  }
  if (step === 'controle') return []
  return askedFactors(q, a)
    .filter((factor) => factor.themeId === step)
    .flatMap((factor) =>
      statementsFor(factor, a.mode, a.roleGroup)
        .filter((statement) => ownValue(a.answers, statement.id) === undefined)
        .map((statement) => ({ step, id: statement.id, text: statement.text, factorId: factor.id })),
    )
}

export interface StepProgress {
  answered: number
  total: number
  /** The whole step is set "niet van toepassing". */
  outOfScope: boolean
}

export function stepProgress(q: Questionnaire, a: Answers, step: StepId): StepProgress {
  const open = openItems(q, a, step).length
  const total = itemCount(q, a, step)
  const outOfScope = a.outOfScope.includes(step)
  return { answered: total - open, total, outOfScope }
}

function itemCount(q: Questionnaire, a: Answers, step: StepId): number {
  if (step === 'ladder') return q.ladderIndicators.length + 1
  if (step === 'inschatting') return 1
  if (step === 'controle') return 0
  return askedFactors(q, a)
    .filter((factor) => factor.themeId === step)
    .reduce((count, factor) => count + statementsFor(factor, a.mode, a.roleGroup).length, 0)
}

/** Factors shown in a theme step, including those set out of scope (so they can be switched back). */
export function factorsOfStep(q: Questionnaire, a: Pick<Answers, 'includeClientModule'>, step: StepId): Factor[] {
  return q.factors.filter((factor) => factor.themeId === step && factorInScan(factor, a))
}

/** Rough time to fill in, for the start page: about 15 seconds per item, rounded up to 5 minutes. */
export const SECONDS_PER_ITEM = 15

export function estimatedMinutes(itemCount: number): number {
  return Math.max(5, Math.ceil((itemCount * SECONDS_PER_ITEM) / 60 / 5) * 5)
}
