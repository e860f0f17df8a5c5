/**
 * What a respondent is asked: which factors are in the scan (the client module is opt-in; a factor
 * or theme can be set "niet van toepassing voor ons") and which statements each mode asks.
 * Scoring (scoring.ts) builds on this; the team tally and the questionnaire steps use it too.
 */
import type { Answers, Factor, Questionnaire, RoleGroup, Statement, ThemeId } from '../model'

/** The theme that holds the optional client-perspective module. */
export const CLIENT_THEME: ThemeId = 'client'

export type ScopeInput = Pick<Answers, 'mode' | 'includeClientModule' | 'outOfScope' | 'roleGroup'>

/** Whether the factor belongs to this scan at all: the client module is opt-in. */
export function factorInScan(factor: Factor, a: Pick<Answers, 'includeClientModule'>): boolean {
  return factor.themeId !== CLIENT_THEME || a.includeClientModule
}

export function isOutOfScope(factor: Factor, a: Pick<Answers, 'outOfScope'>): boolean {
  return a.outOfScope.includes(factor.id) || a.outOfScope.includes(factor.themeId)
}

/**
 * Whether a participant of this role group answers the statement. A statement without roles is for
 * everyone, and so is every statement for a participant without a group or of the group "anders":
 * only a known group that the statement does not name skips it (the role sets of SELFIE).
 */
export function answersStatement(statement: Statement, roleGroup: RoleGroup | undefined): boolean {
  return statement.roles === undefined || roleGroup === undefined || roleGroup === 'anders' || statement.roles.includes(roleGroup)
}

/**
 * The statements a factor asks in a mode, of those the participant's role group answers. The quick
 * scan asks the key statement(s); when the role group skips the key statement, or content lacks
 * one, it asks the first statement the group answers, so no factor silently disappears from it.
 */
export function statementsFor(factor: Factor, mode: Answers['mode'], roleGroup?: RoleGroup): Statement[] {
  const forRole = roleGroup === undefined ? factor.statements : factor.statements.filter((s) => answersStatement(s, roleGroup))
  if (mode === 'volledig') return forRole
  const keys = forRole.filter((s) => s.key === true)
  return keys.length > 0 ? keys : forRole.slice(0, 1)
}

/** The value a statement's answer counts for: a statement worded as the knelpunt is turned round. */
export function scoredValue(statement: Pick<Statement, 'reversed'>, answer: number): number {
  return statement.reversed === true ? 6 - answer : answer
}

/** Factors this respondent is asked about, in questionnaire order (a factor whose every statement the role group skips is not). */
export function askedFactors(q: Questionnaire, a: ScopeInput): Factor[] {
  return q.factors.filter((f) => factorInScan(f, a) && !isOutOfScope(f, a) && statementsFor(f, a.mode, a.roleGroup).length > 0)
}

/** Statements this respondent is asked, in questionnaire order. */
export function askedStatements(q: Questionnaire, a: ScopeInput): Statement[] {
  return askedFactors(q, a).flatMap((f) => statementsFor(f, a.mode, a.roleGroup))
}
