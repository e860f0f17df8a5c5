/**
 * What a printed, Word or HTML report holds, prepared once from a result, a workshop or a
 * comparison: the first page that stands alone for management and the raad, and the lists that
 * must fit within four A4 pages. In the printed version, lists that would not fit are cut to a fixed
 * length and say how many were left out and that the Word and HTML versions hold them all.
 */
import type { Action, Agreed, Profile, Questionnaire } from '../model'
import type { FactorScore } from '../scan/scoring'
import type { ResultSummary } from '../scan/summaryShape'
import { irregularRungs, type LadderPlacement } from '../scan/ladder'
import { ownValue } from '../util/records'
import { designParts } from '../scan/wijkteamDesign'
import { cap, clip, REPORT_LIMITS, type Capped, type ReportLimits } from './reportLimits'
import type {
  FactorLine,
  ActionLine,
  LadderLine,
  SideOverview,
  PriorityLine,
  NoteLine,
  ReportData,
  TeamReportInput,
  CompareReportInput,
  ReportInput,
  ScoreKind,
} from './reportShape'

/* ---------- building ---------- */

/** What the placement rests on and what it leaves open, in ids: the words are the document's. */
function ladderLine(q: Questionnaire, placement: LadderPlacement): LadderLine {
  const reachedIndicators = q.ladderIndicators.filter((indicator) => indicator.rung <= placement.rung)
  // The strongest evidence first: an indicator of the reached rung itself, answered "ja" if any.
  const ownRung = q.ladderIndicators.filter((indicator) => indicator.rung === placement.rung && placement.evidence.includes(indicator.id))
  const example = ownRung[0] ?? q.ladderIndicators.find((indicator) => placement.evidence.includes(indicator.id))
  const next = placement.perRung.find((rung) => rung.rung === placement.rung + 1)
  // The rung's defining features first: those are what it would ask; the optional ones come after.
  const nextOpen = (next?.indicators ?? []).filter((indicator) => indicator.state !== 'ja').sort((x, y) => Number(x.optional) - Number(y.optional))
  // The rung in place above a known-absent one, and that lower rung (the placement kinds say whether the trede stands).
  // The same two rungs the screen's placement sentence names (irregularRungs).
  const irregular = placement.irregular ? irregularRungs(placement) : null
  return {
    rung: placement.rung,
    rungId: placement.rungId,
    known: placement.known,
    settled: placement.settled,
    irregular: placement.irregular,
    evidence: placement.evidence.length,
    evidenceOf: reachedIndicators.length,
    example: placement.rung === 0 || example === undefined ? null : example.text,
    higher: placement.perRung.filter((rung) => rung.rung > placement.rung && rung.status === 'onbekend').map((rung) => rung.rungId),
    toSettle: placement.toSettle,
    irregularProfile:
      irregular === null
        ? null
        : {
            inPlace: irregular.inPlace.rungId,
            absentRung: irregular.absent.rungId,
            absent: irregular.absent.indicators.filter((indicator) => !indicator.optional && (indicator.state === 'nee' || indicator.state === 'deels')).map((indicator) => indicator.id),
          },
    nextRungId: placement.nextRungId,
    nextAsks: nextOpen.filter((indicator) => indicator.state !== 'onbekend').map((indicator) => indicator.id),
    nextUnknown: nextOpen.filter((indicator) => indicator.state === 'onbekend').map((indicator) => indicator.id),
  }
}

/** Per factor: a participant's own score, or a team's agreed score or median. */
export function scoreKinds(q: Questionnaire, agreed: Readonly<Record<string, Agreed>> | null): Record<string, ScoreKind> {
  return Object.fromEntries(q.factors.map((factor) => [factor.id, agreed === null ? 'eigen' : ownValue(agreed, factor.id) === undefined ? 'mediaan' : 'afgesproken']))
}

const kindIn = (kinds: Readonly<Record<string, ScoreKind>>, factorId: string): ScoreKind => ownValue(kinds, factorId) ?? 'eigen'

function sideOverview(
  q: Questionnaire,
  profile: Profile,
  summary: ResultSummary,
  participants: number,
  today: string,
  agreed: Readonly<Record<string, Agreed>> | null,
  limits: ReportLimits,
  label?: string,
): SideOverview {
  const kinds = scoreKinds(q, agreed)
  const line = (factor: FactorScore): FactorLine => ({ factorId: factor.factorId, score: factor.score, kind: kindIn(kinds, factor.factorId) })
  return {
    ...(label === undefined ? {} : { label }),
    team: profile.team ?? null,
    municipality: profile.municipality ?? null,
    design: designParts(q, profile),
    date: profile.date ?? today,
    participants,
    completeness: summary.completeness,
    ladder: ladderLine(q, summary.ladder),
    strongest: cap(summary.strongest.map(line), limits.headline),
    knelpunten: cap(summary.knelpunten.map(line), limits.headline),
    isTeam: agreed !== null,
  }
}

function actionLine(action: Action, limits: ReportLimits, side?: string): ActionLine {
  return {
    factorId: action.factorId,
    what: clip(action.what, limits.actionChars),
    who: clip(action.who, limits.shortChars).text,
    when: clip(action.when, limits.shortChars).text,
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
export function priorityLines(
  priorities: ResultSummary['priorities'],
  actions: readonly Action[],
  kinds: Readonly<Record<string, ScoreKind>>,
  limits: ReportLimits = REPORT_LIMITS,
): Capped<PriorityLine> {
  return cap(
    priorities.map((priority) => {
      const action = actions.find((item) => item.factorId === priority.factorId)
      return { factorId: priority.factorId, score: priority.score, kind: kindIn(kinds, priority.factorId), reason: priority.reason, action: action ? actionLine(action, limits) : null }
    }),
    limits.priorities,
  )
}

/** Notes in questionnaire order, empty ones left out, each and all cut to what fits. */
export function noteLines(q: Questionnaire, notes: Readonly<Record<string, string | undefined>>, limits: ReportLimits = REPORT_LIMITS): Capped<NoteLine> {
  const lines = q.factors.flatMap((factor) => {
    const note = ownValue(notes, factor.id)?.trim()
    return note ? [{ factorId: factor.id, note: clip(note, limits.noteChars) }] : []
  })
  return cap(lines, limits.notes)
}

/** The parts a result and a team report share; `agreed` is null for a participant's own result. */
function scanReport(
  q: Questionnaire,
  input: { profile: Profile; summary: ResultSummary; actions: readonly Action[]; notes: Readonly<Record<string, string | undefined>>; today: string },
  agreed: Readonly<Record<string, Agreed>> | null,
  participants: number,
  limits: ReportLimits,
): ReportData {
  const { summary, actions } = input
  const kinds = scoreKinds(q, agreed)
  return {
    overview: {
      kind: 'resultaat',
      sides: [sideOverview(q, input.profile, summary, participants, input.today, agreed, limits)],
      disagreed: null,
      agreed: null,
      differences: null,
      actions: cap(plannedActions(actions, summary).map((action) => actionLine(action, limits)), limits.firstPageActions),
    },
    ladders: [summary.ladder],
    table: { kind: 'factoren', themes: summary.themes, factors: summary.factors.filter((factor) => factor.status !== 'buiten-scope') },
    knelpunten: cap(
      summary.knelpunten.map((factor) => ({ factorId: factor.factorId, score: factor.score, kind: kindIn(kinds, factor.factorId) })),
      limits.knelpuntenInDetail,
    ),
    adviceOthers: cap(summary.advice.filter((item) => item.reason !== 'knelpunt'), limits.adviceOthers),
    placements: null,
    distributions: [],
    organisation: summary.organisation,
    contradictions: cap(summary.contradictions, limits.contradictions),
    priorities: priorityLines(summary.priorities, actions, kinds, limits),
    tensions: cap(summary.tensions.filter((row) => row.diverging), limits.tensions),
    otherTensions: cap(summary.tensions.filter((row) => !row.diverging), limits.otherTensions),
    notes: noteLines(q, input.notes, limits),
  }
}

function teamReport(q: Questionnaire, input: TeamReportInput, limits: ReportLimits): ReportData {
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
  const base = scanReport(q, { profile: input.profile, summary: team.summary, actions, notes, today: input.today }, input.agreed, team.participantCount, limits)
  return {
    ...base,
    overview: { ...base.overview, kind: 'workshop', disagreed: cap(disagreed, limits.disagreed), agreed: cap(agreed, limits.agreed) },
    table: { kind: 'team', factors: team.factors.filter((factor) => factor.status !== 'buiten-scope'), agreed: input.agreed },
    placements: team.placements,
    distributions: input.agenda.filter((item) => item.scored > 0).slice(0, DISTRIBUTIONS_SHOWN),
  }
}

/** The room's distributions drawn in the team report: the three factors it differed on most. */
const DISTRIBUTIONS_SHOWN = 3

function compareReport(q: Questionnaire, input: CompareReportInput, limits: ReportLimits): ReportData {
  const { a, b, comparison } = input
  // The comparison lists the largest difference first already.
  const differences = comparison.factors.flatMap((row) =>
    row.difference === null ? [] : [{ factorId: row.factorId, a: row.a, b: row.b, difference: row.difference }],
  )
  const actions = [
    ...plannedActions(a.actions, a.summary).map((action) => actionLine(action, limits, 'A')),
    ...plannedActions(b.actions, b.summary).map((action) => actionLine(action, limits, 'B')),
  ]
  return {
    overview: {
      kind: 'vergelijking',
      sides: [
        sideOverview(q, a.profile, a.summary, a.participants, input.today, a.agreed, limits, `A: ${a.name}`),
        sideOverview(q, b.profile, b.summary, b.participants, input.today, b.agreed, limits, `B: ${b.name}`),
      ],
      disagreed: null,
      agreed: null,
      differences: cap(differences, limits.headline),
      actions: cap(actions, limits.firstPageActions),
    },
    ladders: [comparison.ladder.a, comparison.ladder.b],
    table: {
      kind: 'vergelijking',
      factors: comparison.factors,
      learnFromA: comparison.learnFromA,
      learnFromB: comparison.learnFromB,
      nameA: a.name,
      nameB: b.name,
      kindsA: scoreKinds(q, a.agreed),
      kindsB: scoreKinds(q, b.agreed),
    },
    knelpunten: cap(
      comparison.sharedKnelpunten.map((factorId) => ({ factorId, score: null, kind: 'eigen' as const })),
      limits.knelpuntenInDetail,
    ),
    adviceOthers: cap([], limits.adviceOthers),
    placements: null,
    distributions: [],
    organisation: null,
    contradictions: cap([], limits.contradictions),
    priorities: cap([], limits.priorities),
    tensions: cap([], limits.tensions),
    otherTensions: cap([], limits.otherTensions),
    notes: cap([], limits.notes),
  }
}

/**
 * The report's data, whichever of the three reports it is. `limits` decides how much of each list
 * it holds: the printed version keeps to four pages (REPORT_LIMITS), the Word and HTML versions
 * hold everything (FULL_REPORT_LIMITS), and both have the same first-page headlines.
 */
export function buildReport(q: Questionnaire, input: ReportInput, limits: ReportLimits = REPORT_LIMITS): ReportData {
  if (input.kind === 'resultaat') return scanReport(q, input, null, 1, limits)
  if (input.kind === 'workshop') return teamReport(q, input, limits)
  return compareReport(q, input, limits)
}
