/**
 * What a comparison shows, prepared once for the screen (CompareView and its parts) and the print
 * report (through the report document), so both show the same radar, rows and lists.
 */
import type { Questionnaire } from '../model'
import { compareResults, type Comparison, type FactorComparison } from '../compare/compare'
import type { ResultSummary } from '../scan/summary'
import type { RadarData } from '../scan/radar'
import { comparisonRadar } from '../team/teamRadar'
import { questionnaireIndex } from '../util/lookups'
import type { Agreed } from '../model'
import { ownValue } from '../util/records'
import { scoreKinds } from './reportData'
import type { ScoreKind } from './reportShape'

export interface ComparedSide {
  name: string
  summary: ResultSummary
  /** The questionnaire version the result was made with, when known: factors whose statements differ are not compared. */
  questionnaireVersion?: string
  /** A team's agreed scores (null for a participant): its other scores are medians. */
  agreed?: Readonly<Record<string, Agreed>> | null
}

/**
 * An agreed score set against a median (or the other way round): a lesson drawn from it says so,
 * on screen and in the report alike (issue #24 item 2).
 */
export const mixedScoreKinds = (a: ScoreKind, b: ScoreKind): boolean => a !== b && (a === 'afgesproken' || b === 'afgesproken')

export interface ComparisonLabels {
  /** The radar's caption (its accessible name). */
  caption: string
  /** The legend of each side, e.g. "A: Noord". */
  a: string
  b: string
}

export interface TitledFactor {
  factorId: string
  title: string
}

export type ComparisonRow = FactorComparison & { title: string }

export interface ComparisonReport {
  nameA: string
  nameB: string
  comparison: Comparison
  radar: RadarData
  /** Largest difference first. */
  rows: ComparisonRow[]
  sharedKnelpunten: TitledFactor[]
  learnFromA: TitledFactor[]
  learnFromB: TitledFactor[]
  /** The lessons (from A or B) that set an agreed score against a median. */
  learnMixed: TitledFactor[]
}

export function comparisonReport(q: Questionnaire, a: ComparedSide, b: ComparedSide, labels: ComparisonLabels): ComparisonReport {
  const { factorTitle } = questionnaireIndex(q)
  const versions = a.questionnaireVersion !== undefined && b.questionnaireVersion !== undefined ? { a: a.questionnaireVersion, b: b.questionnaireVersion } : undefined
  const comparison = compareResults(q, a.summary, b.summary, versions)
  const titled = (ids: readonly string[]): TitledFactor[] => ids.map((factorId) => ({ factorId, title: factorTitle(factorId) }))
  const [kindsA, kindsB] = [scoreKinds(q, a.agreed ?? null), scoreKinds(q, b.agreed ?? null)]
  const kind = (kinds: Readonly<Record<string, ScoreKind>>, id: string): ScoreKind => ownValue(kinds, id) ?? 'eigen'
  return {
    nameA: a.name,
    nameB: b.name,
    comparison,
    radar: comparisonRadar(q, a.summary.factors, b.summary.factors, labels),
    rows: comparison.factors.map((row) => ({ ...row, title: factorTitle(row.factorId) })),
    sharedKnelpunten: titled(comparison.sharedKnelpunten),
    learnFromA: titled(comparison.learnFromA),
    learnFromB: titled(comparison.learnFromB),
    learnMixed: titled([...comparison.learnFromA, ...comparison.learnFromB].filter((id) => mixedScoreKinds(kind(kindsA, id), kind(kindsB, id)))),
  }
}
