/**
 * The conversation agenda as prepared data, read by the workshop page, the projector view and print:
 * factor by factor, most disagreement first, with the distribution, the statements that split the
 * room, the related tensions and "wat werkt". Only aggregated figures and questionnaire text: no
 * participant's label, name or note ever enters it, so it may be shown on a projector and sent to
 * another window.
 */
import type { Agreed, Questionnaire, RoleGroup } from '../model'
import { questionnaireIndex } from '../util/lookups'
import { ownValue } from '../util/records'
import type { Agreement, ScoreCounts } from './agreement'
import type { TeamSummary } from './aggregate'
import type { RoleComparison } from './roleGroups'

export interface AgendaStatement {
  id: string
  text: string
  counts: ScoreCounts
  unknown: number
  /** Answers more than one point from the statement's median. */
  far: number
}

export interface AgendaTension {
  id: string
  title: string
  question: string
  /** The factor on the other side of the tension. */
  otherTitle: string
  /** The two factors' team scores lie far enough apart to flag the tension (core/scan/tensions.ts). */
  flagged: boolean
}

export interface AgendaRole {
  group: RoleGroup
  median: number | null
}

export interface AgendaItem {
  factorId: string
  title: string
  explanation: string
  themeTitle: string
  median: number | null
  counts: ScoreCounts
  unknown: number
  /** Participants with a score, and how many of them sit more than a point from the median. */
  scored: number
  far: number
  agreement: Agreement | null
  /** For a "verdeeld" factor: its statements on which the room is itself split, most split first. */
  splitStatements: AgendaStatement[]
  tensions: AgendaTension[]
  /** Hook for the ladder–score contradictions of core/scan/contradictions.ts (texts per factor). */
  contradictions: string[]
  advice: string[]
  /** Median per role group of at least three; empty when there is no comparison to show. */
  roles: AgendaRole[]
  agreedScore: number | null
  agreedNote: string
}

export interface DiscussionAgenda {
  participantCount: number
  items: AgendaItem[]
  /** Some participants chose a role group too small to show. */
  rolesSuppressed: boolean
}

export interface AgendaExtras {
  roles?: RoleComparison
  agreed?: Readonly<Record<string, Agreed>>
  /** Contradiction texts per factor id, when the scan can name them. */
  contradictions?: (factorId: string) => string[]
}

/**
 * The team's ladder–score contradictions that concern this factor, each as its pair's explanation,
 * which already says what the ladder answer was ("Bij de ladder staat dat …"); the indicator's own
 * text only where the pair is unknown.
 */
function contradictionTexts(q: Questionnaire, team: TeamSummary, factorId: string): string[] {
  const index = questionnaireIndex(q)
  return team.summary.contradictions
    .filter((item) => item.factorId === factorId)
    .map((item) => {
      const pair = index.contradictionById(item.pairId)
      return pair ? pair.explanation : index.indicatorText(item.indicatorId)
    })
}

export function discussionAgenda(q: Questionnaire, team: TeamSummary, extras: AgendaExtras = {}): DiscussionAgenda {
  const index = questionnaireIndex(q)
  const flagged = new Set(team.summary.tensions.map((item) => item.tension.id))
  const byId = new Map(team.factors.map((factor) => [factor.factorId, factor]))
  const rows = new Map((extras.roles?.rows ?? []).map((row) => [row.factorId, row]))
  const groups = extras.roles?.groups ?? []

  const items = team.agenda.flatMap((factorId): AgendaItem[] => {
    const aggregate = byId.get(factorId)
    const factor = index.factorById(factorId)
    if (aggregate === undefined || factor === undefined) return []
    const splitStatements =
      aggregate.agreement !== 'verdeeld'
        ? []
        : factor.statements
            .flatMap((statement): AgendaStatement[] => {
              const counts = team.statementCounts[statement.id]
              const reading = team.statements[statement.id]
              if (counts === undefined || reading?.agreement !== 'verdeeld') return []
              return [{ id: statement.id, text: statement.text, counts: counts.counts, unknown: reading.unknown, far: counts.far }]
            })
            .sort((a, b) => shareFar(b) - shareFar(a))
    const tensions = q.tensions
      .filter((tension) => tension.factorA === factorId || tension.factorB === factorId)
      .map((tension) => ({
        id: tension.id,
        title: tension.title,
        question: tension.discussionQuestion,
        otherTitle: index.factorTitle(tension.factorA === factorId ? tension.factorB : tension.factorA),
        flagged: flagged.has(tension.id),
      }))
      .sort((a, b) => Number(b.flagged) - Number(a.flagged))
    const row = rows.get(factorId)
    const agreed = extras.agreed ? ownValue(extras.agreed, factorId) : undefined
    return [
      {
        factorId,
        title: factor.title,
        explanation: factor.explanation,
        themeTitle: index.themeTitle(factor.themeId),
        median: aggregate.median,
        counts: aggregate.counts,
        unknown: aggregate.unknown,
        scored: aggregate.values.length,
        far: aggregate.far,
        agreement: aggregate.agreement,
        splitStatements,
        tensions,
        contradictions: extras.contradictions?.(factorId) ?? contradictionTexts(q, team, factorId),
        advice: factor.advice,
        roles: row ? groups.map((column, at) => ({ group: column.group, median: row.medians[at] ?? null })) : [],
        agreedScore: agreed?.score ?? null,
        agreedNote: agreed?.note ?? '',
      },
    ]
  })
  return { participantCount: team.participantCount, items, rolesSuppressed: extras.roles?.suppressed ?? false }
}

function shareFar(statement: AgendaStatement): number {
  const scored = statement.counts.reduce((total, count) => total + count, 0)
  return scored === 0 ? 0 : statement.far / scored
}
