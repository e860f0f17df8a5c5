/**
 * What a printed, Word or HTML report holds, prepared once from a result, a workshop or a
 * comparison: the first page that stands alone for management and the raad, and the lists that
 * must fit within four A4 pages. Lists that would not fit are cut to a fixed length and say how
 * many were left out, so nothing disappears silently; the full data stays in the result file.
 */
import type { Action, Profile, Questionnaire } from '../model'
import type { FactorScore } from '../scan/scoring'
import type { ResultSummary } from '../scan/summaryShape'
import type { LadderPlacement } from '../scan/ladder'
import { ownValue } from '../util/records'
import { cap, clip, REPORT_LIMITS, type Capped } from './reportLimits'
import type { FactorLine, ActionLine, LadderLine, SideOverview, PriorityLine, NoteLine, ReportData, ResultReportInput, TeamReportInput, CompareReportInput, ReportInput } from './reportShape'

/* ---------- building ---------- */

function ladderLine(q: Questionnaire, placement: LadderPlacement): LadderLine {
  const reachedIndicators = q.ladderIndicators.filter((indicator) => indicator.rung <= placement.rung)
  // The strongest evidence first: an indicator of the reached rung itself, answered "ja" if any.
  const ownRung = q.ladderIndicators.filter((indicator) => indicator.rung === placement.rung && placement.evidence.includes(indicator.id))
  const example = ownRung[0] ?? q.ladderIndicators.find((indicator) => placement.evidence.includes(indicator.id))
  const next = placement.missing[0]
  return {
    rung: placement.rung,
    rungId: placement.rungId,
    evidence: placement.evidence.length,
    evidenceOf: reachedIndicators.length,
    example: placement.rung === 0 || example === undefined ? null : example.text,
    nextMissing: next === undefined ? null : (q.ladderIndicators.find((indicator) => indicator.id === next)?.text ?? null),
    nextRungId: placement.nextRungId,
  }
}

const factorLine = (factor: FactorScore): FactorLine => ({ factorId: factor.factorId, score: factor.score })

function sideOverview(
  q: Questionnaire,
  profile: Profile,
  summary: ResultSummary,
  participants: number,
  today: string,
  label?: string,
): SideOverview {
  return {
    ...(label === undefined ? {} : { label }),
    team: profile.team ?? null,
    municipality: profile.municipality ?? null,
    date: profile.date ?? today,
    participants,
    completeness: summary.completeness,
    ladder: ladderLine(q, summary.ladder),
    strongest: cap(summary.strongest.map(factorLine), REPORT_LIMITS.headline),
    knelpunten: cap(summary.knelpunten.map(factorLine), REPORT_LIMITS.headline),
  }
}

function actionLine(action: Action, side?: string): ActionLine {
  return {
    factorId: action.factorId,
    what: clip(action.what, REPORT_LIMITS.actionChars),
    who: clip(action.who, REPORT_LIMITS.shortChars).text,
    when: clip(action.when, REPORT_LIMITS.shortChars).text,
    ...(side === undefined ? {} : { side }),
  }
}

/** Actions with something planned, in the order of the priorities (the most urgent first), then the rest. */
function plannedActions(actions: readonly Action[], summary: ResultSummary): Action[] {
  const planned = actions.filter((action) => `${action.what}${action.who}${action.when}`.trim() !== '')
  const rank = new Map(summary.priorities.map((priority, index) => [priority.factorId, index]))
  const rankOf = (action: Action) => rank.get(action.factorId) ?? Number.MAX_SAFE_INTEGER
  return [...planned].sort((x, y) => rankOf(x) - rankOf(y))
}

/** The priorities with their planned action, as many as fit. */
export function priorityLines(priorities: ResultSummary['priorities'], actions: readonly Action[]): Capped<PriorityLine> {
  return cap(
    priorities.map((priority) => {
      const action = actions.find((item) => item.factorId === priority.factorId)
      return { factorId: priority.factorId, score: priority.score, reason: priority.reason, action: action ? actionLine(action) : null }
    }),
    REPORT_LIMITS.priorities,
  )
}

/** Notes in questionnaire order, empty ones left out, each and all cut to what fits. */
export function noteLines(q: Questionnaire, notes: Readonly<Record<string, string | undefined>>): Capped<NoteLine> {
  const lines = q.factors.flatMap((factor) => {
    const note = ownValue(notes, factor.id)?.trim()
    return note ? [{ factorId: factor.id, note: clip(note, REPORT_LIMITS.noteChars) }] : []
  })
  return cap(lines, REPORT_LIMITS.notes)
}

function resultReport(q: Questionnaire, input: ResultReportInput): ReportData {
  const { summary, actions } = input
  return {
    overview: {
      kind: 'resultaat',
      sides: [sideOverview(q, input.profile, summary, 1, input.today)],
      disagreed: null,
      agreed: null,
      differences: null,
      actions: cap(plannedActions(actions, summary).map((action) => actionLine(action)), REPORT_LIMITS.firstPageActions),
    },
    ladders: [summary.ladder],
    table: { kind: 'factoren', themes: summary.themes, factors: summary.factors.filter((factor) => factor.status !== 'buiten-scope') },
    knelpunten: cap(summary.knelpunten.map((factor) => factor.factorId), REPORT_LIMITS.knelpuntenInDetail),
    priorities: priorityLines(summary.priorities, actions),
    tensions: cap(summary.tensions.filter((row) => row.diverging), REPORT_LIMITS.tensions),
    otherTensions: summary.tensions.filter((row) => !row.diverging),
    notes: noteLines(q, input.notes),
  }
}

function teamReport(q: Questionnaire, input: TeamReportInput): ReportData {
  const { team, actions } = input
  const byFactor = new Map(team.factors.map((factor) => [factor.factorId, factor]))
  const disagreed = team.agenda.flatMap((factorId) => {
    const factor = byFactor.get(factorId)
    return factor?.agreement === 'verdeeld' && factor.spread !== null
      ? [{ factorId, median: factor.median, min: factor.spread.min, max: factor.spread.max }]
      : []
  })
  const agreed = q.factors.flatMap((factor) => {
    const score = ownValue(input.agreed, factor.id)?.score
    return score === undefined ? [] : [{ factorId: factor.id, score, median: byFactor.get(factor.id)?.median ?? null }]
  })
  const notes = Object.fromEntries(Object.entries(input.agreed).map(([factorId, value]) => [factorId, value.note]))
  return {
    ...resultReport(q, { kind: 'resultaat', profile: input.profile, summary: team.summary, actions, notes, today: input.today }),
    overview: {
      kind: 'workshop',
      sides: [sideOverview(q, input.profile, team.summary, team.participantCount, input.today)],
      disagreed: cap(disagreed, REPORT_LIMITS.disagreed),
      agreed: cap(agreed, REPORT_LIMITS.agreed),
      differences: null,
      actions: cap(plannedActions(actions, team.summary).map((action) => actionLine(action)), REPORT_LIMITS.firstPageActions),
    },
    table: { kind: 'team', factors: team.factors.filter((factor) => factor.status !== 'buiten-scope'), agreed: input.agreed, placements: team.placements },
  }
}

function compareReport(q: Questionnaire, input: CompareReportInput): ReportData {
  const { a, b, comparison } = input
  // The comparison lists the largest difference first already.
  const differences = comparison.factors.flatMap((row) =>
    row.difference === null ? [] : [{ factorId: row.factorId, a: row.a, b: row.b, difference: row.difference }],
  )
  const actions = [
    ...plannedActions(a.actions, a.summary).map((action) => actionLine(action, 'A')),
    ...plannedActions(b.actions, b.summary).map((action) => actionLine(action, 'B')),
  ]
  return {
    overview: {
      kind: 'vergelijking',
      sides: [
        sideOverview(q, a.profile, a.summary, a.participants, input.today, `A: ${a.name}`),
        sideOverview(q, b.profile, b.summary, b.participants, input.today, `B: ${b.name}`),
      ],
      disagreed: null,
      agreed: null,
      differences: cap(differences, REPORT_LIMITS.headline),
      actions: cap(actions, REPORT_LIMITS.firstPageActions),
    },
    ladders: [comparison.ladder.a, comparison.ladder.b],
    table: {
      kind: 'vergelijking',
      factors: comparison.factors,
      learnFromA: comparison.learnFromA,
      learnFromB: comparison.learnFromB,
      nameA: a.name,
      nameB: b.name,
    },
    knelpunten: cap(comparison.sharedKnelpunten, REPORT_LIMITS.knelpuntenInDetail),
    priorities: cap([], REPORT_LIMITS.priorities),
    tensions: cap([], REPORT_LIMITS.tensions),
    otherTensions: [],
    notes: cap([], REPORT_LIMITS.notes),
  }
}

/** The report's data, whichever of the three reports it is. */
export function buildReport(q: Questionnaire, input: ReportInput): ReportData {
  if (input.kind === 'resultaat') return resultReport(q, input)
  if (input.kind === 'workshop') return teamReport(q, input)
  return compareReport(q, input)
}
