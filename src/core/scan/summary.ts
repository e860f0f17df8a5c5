/**
 * Everything the results screens, the comparison and the PDF show about one saved result.
 */
import type { Answers, Questionnaire, ResultFile } from '../model'
import { aggregateTeam } from '../team/aggregate'
import { composeSummary } from './summaryShape'
import type { ResultSummary } from './summaryShape'
import { placeOnLadder } from './ladder'
import { summarizeOrganisation } from './organisation'
import { completeness, scoreFactors } from './scoring'

export type { ResultSummary } from './summaryShape'

/** Summary of one respondent's answers. */
export function summarize(q: Questionnaire, a: Answers): ResultSummary {
  return composeSummary(q, scoreFactors(q, a), completeness(q, a), placeOnLadder(q, a), summarizeOrganisation(q, [a]))
}

/**
 * Summary of a saved file: a participant's own answers, or the team's combined picture where a
 * factor's score is the score the group agreed on, else the median of the participants.
 */
export function summarizeResult(q: Questionnaire, r: ResultFile): ResultSummary {
  return r.kind === 'deelnemer' ? summarize(q, r) : aggregateTeam(q, r.participants, r.agreed).summary
}
