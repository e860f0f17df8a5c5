/**
 * The shape of a printed, Word or HTML report: its first page, lists and tables, one type per
 * line kind. Built by reportData.ts, read by the print components and the document writers.
 */
import type { Action, Agreed, Profile, RungId } from '../model'
import type { Completeness, FactorScore, GroupScore } from '../scan/scoring'
import type { ResultSummary } from '../scan/summaryShape'
import type { LadderPlacement, RungNumber } from '../scan/ladder'
import type { TensionRow } from '../scan/tensions'
import type { AdviceItem } from '../scan/advice'
import type { OrganisationSummary } from '../scan/organisation'
import type { Contradiction } from '../scan/contradictions'
import type { DesignParts } from '../scan/wijkteamDesign'
import type { FactorAggregate, TeamSummary } from '../team/aggregate'
import type { AgendaItem } from '../team/agenda'
import type { Comparison, FactorComparison } from '../compare/compare'
import type { Capped, ClippedText } from './reportLimits'
import type { ReportKind as PrintableReport } from './reportKinds'

/** The reports built from ReportData; the series has a report of its own (core/compare/series.ts). */
export type ReportKind = Exclude<PrintableReport, 'reeks'>

/**
 * What a score is: a participant's own, a team's median, or the score a team agreed on. A team or
 * comparison report says it beside every score, the same way on every page.
 */
export type ScoreKind = 'eigen' | 'mediaan' | 'afgesproken'

export interface FactorLine {
  factorId: string
  score: number | null
  kind: ScoreKind
}

export interface ActionLine {
  factorId: string
  what: ClippedText
  who: string
  when: string
  /** 'A' or 'B' in a comparison, else absent. */
  side?: string
}

export interface DisagreedLine {
  factorId: string
  median: number | null
  min: number
  max: number
}

export interface AgreedLine {
  factorId: string
  score: number
  median: number | null
}

export interface LadderLine {
  rung: RungNumber
  rungId: RungId
  /** The placement's kinds (core/scan/ladder.ts): open, possibly higher, irregular. */
  known: boolean
  settled: boolean
  irregular: boolean
  /** Indicators of the reached rungs answered ja or deels, out of all indicators of those rungs. */
  evidence: number
  evidenceOf: number
  /** One observed fact that carries the rung, as evidence in one sentence; null on the lowest rung. */
  example: string | null
  /** Rungs above the placement that are not yet known. */
  higher: RungId[]
  /** Indicator ids whose answers would settle the placement (weet ik niet or open). */
  toSettle: string[]
  /** Irregular profile: a rung in place above one known to be absent, and the defining features absent there. */
  irregularProfile: { inPlace: RungId; absentRung: RungId; absent: string[] } | null
  nextRungId: RungId | null
  /** Indicator ids of the next rung answered nee or deels: what that rung would ask. */
  nextAsks: string[]
  /** Indicator ids of the next rung not known yet: to find out. */
  nextUnknown: string[]
}

/** Who, when, how many, how complete, and where on the ladder: one per side. */
export interface SideOverview {
  /** "A: Wijkteam Noord" in a comparison; absent for a single result. */
  label?: string
  team: string | null
  municipality: string | null
  /** The wijkteam's answered design choices; null when none is answered (the report then leaves the line out). */
  design: DesignParts | null
  /** ISO date of the scan or workshop; null when unknown. */
  date: string | null
  participants: number
  completeness: Completeness
  ladder: LadderLine
  strongest: Capped<FactorLine>
  knelpunten: Capped<FactorLine>
  /** A team side: its scores are agreed or medians, and the page says so. */
  isTeam: boolean
}

export interface ReportOverview {
  kind: ReportKind
  sides: SideOverview[]
  /** Workshop only: where the room was divided, most divided first. */
  disagreed: Capped<DisagreedLine> | null
  /** Workshop only: the scores the group settled on. */
  agreed: Capped<AgreedLine> | null
  /** Comparison only: the largest differences, largest first. */
  differences: Capped<{ factorId: string; a: number | null; b: number | null; difference: number }> | null
  actions: Capped<ActionLine>
}

export interface PriorityLine {
  factorId: string
  score: number | null
  kind: ScoreKind
  reason: ResultSummary['priorities'][number]['reason']
  action: ActionLine | null
}

export interface NoteLine {
  factorId: string
  note: ClippedText
}

/** The full table of scores: every factor, always (it is what the report is about). */
export type ReportTable =
  | { kind: 'factoren'; themes: GroupScore[]; factors: FactorScore[] }
  | { kind: 'team'; factors: FactorAggregate[]; agreed: Readonly<Record<string, Agreed>> }
  | {
      kind: 'vergelijking'
      factors: FactorComparison[]
      learnFromA: string[]
      learnFromB: string[]
      nameA: string
      nameB: string
      kindsA: Readonly<Record<string, ScoreKind>>
      kindsB: Readonly<Record<string, ScoreKind>>
    }

/** One factor's scores in the room, drawn in print and tabled in Word and HTML. */
export type DistributionLine = Pick<AgendaItem, 'factorId' | 'title' | 'counts' | 'median' | 'unknown' | 'far' | 'scored' | 'agreement'>

export interface ReportData {
  overview: ReportOverview
  /** The ladder placement in detail, one per side. */
  ladders: LadderPlacement[]
  table: ReportTable
  /** Knelpunten (in a comparison: the shared ones, without a score) that get their advice and sources. */
  knelpunten: Capped<FactorLine>
  /** Aandachtspunten and factors marked important, named after the knelpunten. */
  adviceOthers: Capped<AdviceItem>
  /** A team: participants per rung on their own answers, and the not yet known. */
  placements: Readonly<Record<RungId | 'onbekend', number>> | null
  /** A team: the factors where the room differed most. */
  distributions: DistributionLine[]
  /** Not in a comparison: the organisational picture and the ladder–score contradictions. */
  organisation: OrganisationSummary | null
  contradictions: Capped<Contradiction>
  priorities: Capped<PriorityLine>
  /** Tensions whose scores diverge, with their discussion question (the widest gaps first). */
  tensions: Capped<TensionRow>
  /** The other tensions from the sources, named only (their questions are in the scan). */
  otherTensions: Capped<TensionRow>
  notes: Capped<NoteLine>
}

/* ---------- inputs ---------- */

export interface ResultReportInput {
  kind: 'resultaat'
  profile: Profile
  summary: ResultSummary
  actions: readonly Action[]
  notes: Readonly<Record<string, string | undefined>>
  /** ISO date to show when the profile has none (the day of printing). */
  today: string
}

export interface TeamReportInput {
  kind: 'workshop'
  profile: Profile
  team: TeamSummary
  agreed: Readonly<Record<string, Agreed>>
  /** The discussion agenda: where the room differed most (its distributions are drawn). */
  agenda: readonly AgendaItem[]
  actions: readonly Action[]
  today: string
}

export interface CompareSideInput {
  name: string
  profile: Profile
  summary: ResultSummary
  participants: number
  actions: readonly Action[]
  /** A team file's agreed scores; null for a participant's own result. */
  agreed: Readonly<Record<string, Agreed>> | null
}

export interface CompareReportInput {
  kind: 'vergelijking'
  a: CompareSideInput
  b: CompareSideInput
  comparison: Comparison
  today: string
}

export type ReportInput = ResultReportInput | TeamReportInput | CompareReportInput
