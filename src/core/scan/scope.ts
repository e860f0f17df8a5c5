/**
 * What a respondent is asked: which factors are in the scan (the client module is opt-in; a factor
 * or theme can be set "niet van toepassing voor ons") and which statements each mode asks.
 * Scoring (scoring.ts) builds on this; the team tally and the questionnaire steps use it too.
 */
import type { Answers, Factor, Questionnaire, Statement, ThemeId } from '../model'

/** The theme that holds the optional client-perspective module. */
export const CLIENT_THEME: ThemeId = 'client'

export type ScopeInput = Pick<Answers, 'mode' | 'includeClientModule' | 'outOfScope'>

/** Whether the factor belongs to this scan at all: the client module is opt-in. */
export function factorInScan(factor: Factor, a: Pick<Answers, 'includeClientModule'>): boolean {
  return factor.themeId !== CLIENT_THEME || a.includeClientModule
}

export function isOutOfScope(factor: Factor, a: Pick<Answers, 'outOfScope'>): boolean {
  return a.outOfScope.includes(factor.id) || a.outOfScope.includes(factor.themeId)
}

/**
 * The statements a factor asks in a mode. The quick scan asks the key statement(s); if content
 * ever lacks a key statement the quick scan falls back to the first one, so no factor silently
 * disappears from the quick scan.
 */
export function statementsFor(factor: Factor, mode: Answers['mode']): Statement[] {
  if (mode === 'volledig') return factor.statements
  const keys = factor.statements.filter((s) => s.key === true)
  return keys.length > 0 ? keys : factor.statements.slice(0, 1)
}

/** Factors this respondent is asked about, in questionnaire order. */
export function askedFactors(q: Questionnaire, a: ScopeInput): Factor[] {
  return q.factors.filter((f) => factorInScan(f, a) && !isOutOfScope(f, a))
}

/** Statements this respondent is asked, in questionnaire order. */
export function askedStatements(q: Questionnaire, a: ScopeInput): Statement[] {
  return askedFactors(q, a).flatMap((f) => statementsFor(f, a.mode))
}
