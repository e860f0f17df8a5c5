/** Report inputs from the fixtures and the worst case, for the report model's tests. */
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { questionnaire } from '@/content/questionnaire'
import { nl } from '@/locales/nl'
import { answersOf } from '@/core/files/newResult'
import { parseResultFile } from '@/core/files/fileFormat'
import { summarize } from '@/core/scan/summary'
import { aggregateTeam } from '@/core/team/aggregate'
import { discussionAgenda } from '@/core/team/agenda'
import { compareResults } from '@/core/compare/compare'
import { buildReport } from '@/core/report/reportData'
import { FULL_REPORT_LIMITS, printedLimits } from '@/core/report/reportLimits'
import type { CompareReportInput, ReportInput } from '@/core/report/reportShape'
import { reportDocument } from '@/core/report/reportDocument'
import type { ParticipantResult, ResultFile, TeamResult } from '@/core/model'

export const text = nl.report
export const today = '2026-11-23'

const parsed = parseResultFile(readFileSync(resolve(import.meta.dirname, '../../fixtures/result-participant.json'), 'utf8'))
if (!parsed.ok || parsed.result.kind !== 'deelnemer') throw new Error('fixture')
export const participant: ParticipantResult = parsed.result

export function resultInput(result: ParticipantResult): ReportInput {
  const summary = summarize(questionnaire, answersOf(result))
  return { kind: 'resultaat', profile: result.profile, summary, actions: result.actions, notes: result.notes, today }
}

export function teamInput(team: TeamResult): ReportInput {
  const summary = aggregateTeam(questionnaire, team.participants, team.agreed)
  return {
    kind: 'workshop',
    profile: team.profile,
    team: summary,
    agreed: team.agreed,
    agenda: discussionAgenda(questionnaire, summary, { agreed: team.agreed }).items,
    actions: team.actions,
    today,
  }
}

const summaryOf = (result: ResultFile) =>
  result.kind === 'team' ? aggregateTeam(questionnaire, result.participants, result.agreed).summary : summarize(questionnaire, answersOf(result))

export function compareInput(a: ResultFile, b: ResultFile, names: [string, string] = ['Noord', 'Zuid']): CompareReportInput {
  const [summaryA, summaryB] = [summaryOf(a), summaryOf(b)]
  const side = (result: ResultFile, name: string, summary: typeof summaryA) => ({
    name,
    profile: result.profile,
    summary,
    participants: result.kind === 'team' ? result.participantCount : 1,
    actions: result.actions,
    agreed: result.kind === 'team' ? result.agreed : null,
  })
  return { kind: 'vergelijking', a: side(a, names[0], summaryA), b: side(b, names[1], summaryB), comparison: compareResults(questionnaire, summaryA, summaryB), today }
}

/** The printed (short) document and the Word/HTML (full) one of the same input. */
export function documentsOf(input: ReportInput) {
  const short = buildReport(questionnaire, input, printedLimits(input.kind))
  const full = buildReport(questionnaire, input, FULL_REPORT_LIMITS)
  return {
    data: short,
    fullData: full,
    short: reportDocument(questionnaire, short, text, { radarAlt: 'Radar', short: true }),
    full: reportDocument(questionnaire, full, text, { radarAlt: 'Radar', short: false }),
  }
}
