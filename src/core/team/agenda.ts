/**
 * The conversation agenda as prepared data, read by the workshop page, the projector view and print:
 * factor by factor, most disagreement first, with the distribution, the statements that split the
 * room, the related tensions and "wat werkt"; then, to close, the team radar, the team on the ladder
 * and the agreed actions. Only aggregated figures, questionnaire text and what the meeting itself
 * agreed: no participant's label, name or note ever enters it, so it may be shown on a projector and
 * sent to another window.
 */
import type { Action, Agreed, Questionnaire, RoleGroup } from '../model'
import { questionnaireIndex } from '../util/lookups'
import { ownValue } from '../util/records'
import type { Agreement, ScoreCounts } from './agreement'
import type { TeamSummary } from './aggregate'
import type { RoleComparison } from './roleGroups'
import { teamRadar, type TeamRadarLabels } from './teamRadar'
import type { RadarData } from '../scan/radar'
import type { RungAssessment, RungNumber } from '../scan/ladder'
import { ladderSentence, rungDistribution, type PlacementSentence, type RungCount } from '../report/resultReport'

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

/** The team on the ladder as the workshop page shows it: the placement's words, its rungs and the count per rung. */
export interface AgendaLadder {
  sentence: PlacementSentence
  irregular: boolean
  /** What the ladder figure needs of the placement (see LadderSteps). */
  rung: RungNumber
  known: boolean
  perRung: Pick<RungAssessment, 'rung' | 'rungId' | 'status' | 'share' | 'definingKnown' | 'definingTotal'>[]
  /** Participants per rung on their own answers, lowest rung first, and those not yet placed. */
  counts: RungCount[]
  unknown: number
}

/** An agreed action with its factor's title, so the projector need not look it up. */
export interface AgendaAction {
  factorId: string
  title: string
  what: string
  who: string
  when: string
}

export interface DiscussionAgenda {
  participantCount: number
  items: AgendaItem[]
  /** Some participants chose a role group too small to show. */
  rolesSuppressed: boolean
  /**
   * The closing slides. Optional: an older workshop window sends none, and a damaged one is left
   * out on the projector rather than blanking it.
   */
  radar?: RadarData
  ladder?: AgendaLadder
  actions?: AgendaAction[]
}

export interface AgendaExtras {
  roles?: RoleComparison
  agreed?: Readonly<Record<string, Agreed>>
  /** Contradiction texts per factor id, when the scan can name them. */
  contradictions?: (factorId: string) => string[]
  /** The radar's words: with them the agenda closes with the team radar. */
  radarLabels?: TeamRadarLabels
  /** The actions the meeting agreed: with them (even none yet) the agenda closes with the ladder and the actions. */
  actions?: readonly Action[]
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
  return {
    participantCount: team.participantCount,
    items,
    rolesSuppressed: extras.roles?.suppressed ?? false,
    ...(extras.radarLabels ? { radar: teamRadar(q, team, extras.radarLabels) } : {}),
    ...(extras.actions ? { ladder: agendaLadder(q, team), actions: agendaActions(q, team, extras.actions) } : {}),
  }
}

export function agendaLadder(q: Questionnaire, team: TeamSummary): AgendaLadder {
  const { placement } = team
  return {
    sentence: ladderSentence(q, placement).placement,
    irregular: placement.irregular,
    rung: placement.rung,
    known: placement.known,
    perRung: placement.perRung.map(({ rung, rungId, status, share, definingKnown, definingTotal }) => ({ rung, rungId, status, share, definingKnown, definingTotal })),
    counts: rungDistribution(q, team.placements),
    unknown: team.placements.onbekend,
  }
}

/** The actions in the order of the conversation (the agenda first, then the other factors), as the workshop page lists them. */
function agendaActions(q: Questionnaire, team: TeamSummary, actions: readonly Action[]): AgendaAction[] {
  const { factorTitle } = questionnaireIndex(q)
  const order = [...team.agenda, ...q.factors.map((factor) => factor.id).filter((id) => !team.agenda.includes(id))]
  const rank = (factorId: string) => (order.includes(factorId) ? order.indexOf(factorId) : order.length)
  return [...actions]
    .sort((a, b) => rank(a.factorId) - rank(b.factorId))
    .map((action) => ({ factorId: action.factorId, title: factorTitle(action.factorId), what: action.what, who: action.who, when: action.when }))
}

function shareFar(statement: AgendaStatement): number {
  const scored = statement.counts.reduce((total, count) => total + count, 0)
  return scored === 0 ? 0 : statement.far / scored
}
