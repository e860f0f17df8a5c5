/**
 * How the collaboration is organised, beside the rung and not folded into it: the KPMG (2013)
 * forms of integration, front office or also back office, horizontal or vertical integration and
 * which domains and partners take part (Inspectie SZW 2016, 002 l. 61–75, 905–951 and the appendix).
 * A team's picture uses the same reading as the ladder: "weet ik niet" is missing knowledge.
 */
import type { Answers, IntegrationDirection, IntegrationForm, IntegrationPlace, LadderAnswer, Questionnaire } from '../model'
import { integrationDirectionIds, integrationPlaceIds } from '../model'
import { ownValue } from '../util/records'
import { atLeast, medianOfSorted, sortedCopy } from '../util/stats'
import { indicatorState, LADDER_VALUES, type IndicatorState } from './ladder'

export interface FormAnswer {
  id: IntegrationForm
  state: IndicatorState
  /** The appendix row this form stands on (002 l. 2578–3184): beside, not equal to, the other ladders. */
  appendixRow: number
}

export interface OrganisationSummary {
  forms: FormAnswer[]
  place: IntegrationPlace | 'weet-niet' | null
  direction: IntegrationDirection | 'weet-niet' | null
  /** Domain ids that take part, in the questionnaire's order. */
  domains: string[]
  /** How many respondents answered the domains question (1 or 0 for one respondent). */
  domainRespondents: number
  /** Per domain id: how many respondents named it. */
  domainCounts: Record<string, number>
  /** Whether any organisational question was answered at all. */
  answered: boolean
}

/** A domain counts for a team when at least half of those who answered the question named it. */
export const TEAM_DOMAIN_SHARE = 0.5

type OrganisationInput = Pick<Answers, 'organisation'>

/** Most frequent value; ties go to the earlier one in `order`. */
function mostCommon<T extends string>(values: readonly (T | undefined)[], order: readonly T[]): T | null {
  let best: T | null = null
  let bestCount = 0
  for (const candidate of order) {
    const count = values.filter((v) => v === candidate).length
    if (count > bestCount) [best, bestCount] = [candidate, count]
  }
  return best
}

/** A team's state for one form: median of those who know, "onbekend" when most do not know. */
function teamState(answers: readonly (LadderAnswer | undefined)[]): IndicatorState {
  const known = answers.map(indicatorState).filter((s): s is Exclude<IndicatorState, 'onbekend'> => s !== 'onbekend')
  const median = medianOfSorted(sortedCopy(known.map((s) => LADDER_VALUES[s])))
  if (median === null || answers.length - known.length > known.length) return 'onbekend'
  if (atLeast(median, 0.75)) return 'ja'
  return atLeast(median, 0.25) ? 'deels' : 'nee'
}

/** The organisational picture of one respondent or, with several, of the team. */
export function summarizeOrganisation(q: Questionnaire, respondents: readonly OrganisationInput[]): OrganisationSummary {
  const orgs = respondents.map((r) => r.organisation ?? {})
  const forms = q.organisation.forms.options.map((option) => ({
    id: option.id,
    state: teamState(orgs.map((o) => (o.forms === undefined ? undefined : ownValue(o.forms, option.id)))),
    appendixRow: option.appendixRow,
  }))
  const domainAnswers = orgs.map((o) => o.domains).filter((d): d is string[] => d !== undefined)
  const domainCounts: Record<string, number> = {}
  for (const option of q.organisation.domains.options) {
    domainCounts[option.id] = domainAnswers.filter((d) => d.includes(option.id)).length
  }
  const domains = q.organisation.domains.options
    .map((option) => option.id)
    .filter((id) => domainAnswers.length > 0 && atLeast((domainCounts[id] ?? 0) / domainAnswers.length, TEAM_DOMAIN_SHARE) && (domainCounts[id] ?? 0) > 0)
  const place = mostCommon(orgs.map((o) => o.place), [...integrationPlaceIds, 'weet-niet'] as const)
  const direction = mostCommon(orgs.map((o) => o.direction), [...integrationDirectionIds, 'weet-niet'] as const)
  return {
    forms,
    place,
    direction,
    domains,
    domainRespondents: domainAnswers.length,
    domainCounts,
    answered: orgs.some((o) => o.place !== undefined || o.direction !== undefined || o.domains !== undefined || Object.keys(o.forms ?? {}).length > 0),
  }
}

type AppendixRow = Questionnaire['organisation']['appendixRows'][number]

/**
 * The appendix's row in words, "level (ladder); …", without the ladder the row was reached by: a
 * form is looked up by its KPMG form, an access type by its KING type, so those cells would only
 * repeat it. Empty when there is no such row.
 */
function besideText(row: AppendixRow | undefined, ownLadder: string): string {
  return (
    row?.cells
      .filter((cell) => !cell.ladder.startsWith(ownLadder))
      .map((cell) => `${cell.level} (${cell.ladder})`)
      .join('; ') ?? ''
  )
}

/** What the appendix puts beside a KPMG form of integration (its row): beside it, not equal to it. */
export function besideForm(q: Questionnaire, appendixRow: number): string {
  return besideText(
    q.organisation.appendixRows.find((row) => row.row === appendixRow),
    'KPMG (2013), vorm',
  )
}

/** What the appendix puts on the same row as a KING access type; empty for no answer or "weet niet". */
export function besideAccess(q: Questionnaire, access: string | null): string {
  return besideText(
    q.organisation.appendixRows.find((row) => access !== null && row.accessType === access),
    'KING',
  )
}
