import type { Answers, Factor, Questionnaire, ThemeId } from '../model'
import type { LadderIndicator } from '../contentModel'
import { CLIENT_THEME, askedFactors, factorInScan, statementsFor } from './scope'
import { ownValue } from '../util/records'
import { balancedParts, partId, splitPartId } from './stepParts'

/**
 * The questionnaire walks theme by theme, then the ladder, the team's own guess and a review. A
 * theme or the ladder with more questions than a phone screen can hold in a sensible scroll comes in
 * parts: the first part keeps the plain id (so saved `lastStep` values and old links land on it), the
 * others are "<id>-2", "<id>-3".
 */
export type StepBase = ThemeId | 'ladder'
export type StepId = StepBase | `${StepBase}-${number}` | 'organisatievorm' | 'inschatting' | 'controle'

/** At most this many statements on one theme step; more are split over parts of similar size. */
export const STATEMENTS_PER_STEP = 13
/**
 * At most this many ladder indicators on one step. The access question comes with the last of them;
 * the questions about how the cooperation is organised follow on a step of their own.
 */
export const INDICATORS_PER_STEP = 7

type StepInput = Pick<Answers, 'includeClientModule' | 'mode' | 'roleGroup'>

/**
 * The factors of a theme per step. Out-of-scope settings do not count: switching a factor off must
 * not move the step the respondent is on.
 */
function themeParts(q: Questionnaire, a: StepInput, themeId: ThemeId): Factor[][] {
  const factors = q.factors.filter((factor) => factor.themeId === themeId && factorInScan(factor, a))
  return balancedParts(factors, (factor) => statementsFor(factor, a.mode, a.roleGroup).length, STATEMENTS_PER_STEP)
}

function ladderParts(q: Questionnaire): LadderIndicator[][] {
  return balancedParts(q.ladderIndicators, () => 1, INDICATORS_PER_STEP)
}

export function stepsFor(q: Questionnaire, a: StepInput): StepId[] {
  const themes = q.themes.map((theme) => theme.id).filter((id) => id !== CLIENT_THEME || a.includeClientModule)
  const themeSteps = themes.flatMap((id) => themeParts(q, a, id).map((_, index) => partId(id, index)))
  const ladderSteps = ladderParts(q).map((_, index) => partId('ladder', index))
  return [...themeSteps, ...ladderSteps, 'organisatievorm', 'inschatting', 'controle']
}

export function isStepId(q: Questionnaire, a: StepInput, value: unknown): value is StepId {
  return typeof value === 'string' && (stepsFor(q, a) as string[]).includes(value)
}

/** The theme a theme step (or one of its parts) asks about; undefined for the other steps. */
export function themeOfStep(q: Questionnaire, step: StepId): ThemeId | undefined {
  const { base } = splitPartId(step)
  return q.themes.find((theme) => theme.id === base)?.id
}

/** Whether the step is the ladder, one of its parts, or the organisation questions that go with it. */
export function isLadderStep(step: StepId): boolean {
  return step === 'organisatievorm' || splitPartId(step).base === 'ladder'
}

/**
 * The step a part belongs to (a theme, the ladder, or the step itself) and which part it is,
 * counting from 1; `parts` is 1 for a step that is not split.
 */
export function stepPart(q: Questionnaire, a: StepInput, step: StepId): { base: StepBase | 'organisatievorm' | 'inschatting' | 'controle'; part: number; parts: number } {
  const { index } = splitPartId(step)
  const theme = themeOfStep(q, step)
  if (theme !== undefined) return { base: theme, part: index + 1, parts: themeParts(q, a, theme).length }
  if (step === 'organisatievorm' || step === 'inschatting' || step === 'controle') return { base: step, part: 1, parts: 1 }
  return { base: 'ladder', part: index + 1, parts: ladderParts(q).length }
}

/** What a ladder step asks: its indicators and the access question (with the last indicators), or the organisation questions. */
export function ladderOfStep(q: Questionnaire, step: StepId): { indicators: LadderIndicator[]; withAccess: boolean; withOrganisation: boolean } {
  if (step === 'organisatievorm') return { indicators: [], withAccess: false, withOrganisation: true }
  if (!isLadderStep(step)) return { indicators: [], withAccess: false, withOrganisation: false }
  const parts = ladderParts(q)
  const { index } = splitPartId(step)
  return { indicators: parts[index] ?? [], withAccess: index === parts.length - 1, withOrganisation: false }
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
  if (isLadderStep(step)) {
    const { indicators, withAccess } = ladderOfStep(q, step)
    const open = indicators
      .filter((indicator) => ownValue(a.ladder, indicator.id) === undefined)
      .map((indicator) => ({ step, id: indicator.id, text: indicator.text }))
    return withAccess && a.access === undefined ? [...open, { step, id: 'toegang', text: q.accessQuestion.text }] : open
  }
  if (step === 'inschatting') {
    return a.ownGuess === undefined ? [{ step, id: 'inschatting', text: q.ownGuessQuestion.text }] : []
  }
  if (step === 'controle') return []
  return askedOnStep(q, a, step).flatMap((factor) =>
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
  const theme = themeOfStep(q, step)
  const outOfScope = theme !== undefined && a.outOfScope.includes(theme)
  return { answered: total - open, total, outOfScope }
}

function itemCount(q: Questionnaire, a: Answers, step: StepId): number {
  if (isLadderStep(step)) {
    const { indicators, withAccess } = ladderOfStep(q, step)
    return indicators.length + (withAccess ? 1 : 0)
  }
  if (step === 'inschatting') return 1
  if (step === 'controle') return 0
  return askedOnStep(q, a, step).reduce((count, factor) => count + statementsFor(factor, a.mode, a.roleGroup).length, 0)
}

/** The factors of this step that are asked (in scope, with statements for the role group). */
function askedOnStep(q: Questionnaire, a: Answers, step: StepId): Factor[] {
  const here = new Set(factorsOfStep(q, a, step).map((factor) => factor.id))
  return askedFactors(q, a).filter((factor) => here.has(factor.id))
}

/** Factors shown in a theme step, including those set out of scope (so they can be switched back). */
export function factorsOfStep(q: Questionnaire, a: StepInput, step: StepId): Factor[] {
  const theme = themeOfStep(q, step)
  if (theme === undefined) return []
  return themeParts(q, a, theme)[splitPartId(step).index] ?? []
}

/** Rough time to fill in, for the start page: about 15 seconds per item, rounded up to 5 minutes. */
export const SECONDS_PER_ITEM = 15

export function estimatedMinutes(itemCount: number): number {
  return Math.max(5, Math.ceil((itemCount * SECONDS_PER_ITEM) / 60 / 5) * 5)
}
