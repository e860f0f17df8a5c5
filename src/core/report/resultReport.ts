/**
 * What a result report shows, prepared once for the screen (Results*) and the print layout
 * (Print*): the factor table grouped by theme, the knelpunten with their advice, the ladder
 * sentence data and a team's rung distribution.
 */
import type { Questionnaire, RungId } from '../model'
import type { FactorScore, GroupScore } from '../scan/scoring'
import { irregularRungs, type LadderPlacement } from '../scan/ladder'
import { questionnaireIndex } from '../util/lookups'

export interface FactorRowGroup<F extends { factorId: string; themeId: string }> {
  theme: GroupScore
  title: string
  factors: (F & { title: string })[]
}

/** The scored factors under their theme, in questionnaire order, each with its title. */
export function factorRowsByTheme<F extends { factorId: string; themeId: string }>(
  q: Questionnaire,
  summary: { themes: readonly GroupScore[]; factors: readonly F[] },
): FactorRowGroup<F>[] {
  const { themeTitle, factorTitle } = questionnaireIndex(q)
  return summary.themes.map((theme) => ({
    theme,
    title: themeTitle(theme.id),
    factors: summary.factors.filter((factor) => factor.themeId === theme.id).map((factor) => ({ ...factor, title: factorTitle(factor.factorId) })),
  }))
}

export interface KnelpuntDetail {
  factorId: string
  title: string
  /** "Wat werkt": the factor's advice, in content order. */
  advice: string[]
  /** The authors behind the factor, joined for one line. */
  sources: string
}

/** The knelpunten with what helps against them and where that comes from. */
export function knelpuntDetails(q: Questionnaire, factorIds: readonly string[]): KnelpuntDetail[] {
  const { factorById, factorTitle } = questionnaireIndex(q)
  return factorIds.map((factorId) => {
    const factor = factorById(factorId)
    return { factorId, title: factorTitle(factorId), advice: factor?.advice ?? [], sources: factor?.sources.join('; ') ?? '' }
  })
}

/** Scored knelpunten with their details, for the screen that also shows the score. */
export function scoredKnelpunten(q: Questionnaire, scores: readonly FactorScore[]): (KnelpuntDetail & { score: number | null })[] {
  const details = knelpuntDetails(q, scores.map((score) => score.factorId))
  return details.map((detail, index) => ({ ...detail, score: scores[index]?.score ?? null }))
}

export type GuessSentence =
  | { kind: 'none' }
  /** A guess, while the answers do not yet settle a rung to compare it with. */
  | { kind: 'unknown'; guess: string }
  | { kind: 'same'; guess: string }
  | { kind: 'higher' | 'lower'; guess: string; steps: number }

/** Where the answers put the ladder: not yet known, irregular, at least a rung (higher ones still open), or settled on one. */
export type PlacementSentence =
  | { kind: 'unknown' }
  /** A rung in place (`present`, lower case) above a rung known to be absent (`absent`): no trede (002 l. 1017–1049). */
  | { kind: 'irregular'; present: string; absent: string }
  /** `higher`: the titles (lower case) of the rungs above whose features are not yet known. */
  | { kind: 'atLeast'; rung: string; higher: string[] }
  | { kind: 'settled'; rung: string }

export interface LadderSentence {
  placement: PlacementSentence
  /** The reached rung's title, lower case for use inside a sentence. */
  rung: string
  /** The reached rung's description. */
  description: string
  /** The next rung's title in lower case; null at the top. */
  nextRung: string | null
  /** Indicator texts that put the team on its rung, and those missing for the next one. */
  evidence: { id: string; text: string }[]
  missing: { id: string; text: string }[]
  guess: GuessSentence
}

/** The highest rung in place and the lowest known-absent rung below it, for an irregular profile. */
function irregularSentence(placement: LadderPlacement, title: (id: RungId) => string): PlacementSentence {
  const rungs = irregularRungs(placement)
  return { kind: 'irregular', present: rungs ? title(rungs.inPlace.rungId) : '', absent: rungs ? title(rungs.absent.rungId) : '' }
}

/** The words around a ladder placement: the same sentence on screen, in the workshop and in print. */
export function ladderSentence(q: Questionnaire, placement: LadderPlacement): LadderSentence {
  const { rungTitle, rungById, indicatorText } = questionnaireIndex(q)
  const indicators = (ids: readonly string[]) => ids.map((id) => ({ id, text: indicatorText(id) }))
  const own = placement.ownGuess
  const difference = placement.guessDifference
  let guess: GuessSentence = { kind: 'none' }
  if (own !== null && own !== 'weet-niet') {
    const title = rungTitle(own).toLowerCase()
    guess = difference === null ? { kind: 'unknown', guess: title } : difference === 0 ? { kind: 'same', guess: title } : { kind: difference > 0 ? 'higher' : 'lower', guess: title, steps: Math.abs(difference) }
  }
  const rung = rungTitle(placement.rungId).toLowerCase()
  const higher = placement.perRung.filter((r) => r.rung > placement.rung && r.status === 'onbekend').map((r) => rungTitle(r.rungId).toLowerCase())
  return {
    placement: placement.irregular ? irregularSentence(placement, (id) => rungTitle(id).toLowerCase()) : !placement.known ? { kind: 'unknown' } : placement.settled ? { kind: 'settled', rung } : { kind: 'atLeast', rung, higher },
    rung,
    description: rungById(placement.rungId)?.description ?? '',
    nextRung: placement.nextRungId === null ? null : rungTitle(placement.nextRungId).toLowerCase(),
    evidence: indicators(placement.evidence),
    missing: indicators(placement.missing),
    guess,
  }
}

export interface RungCount {
  rungId: RungId
  title: string
  count: number
}

/** How many participants stand on each rung on their own answers, lowest rung first. */
export function rungDistribution(q: Questionnaire, placements: Readonly<Record<RungId, number>>): RungCount[] {
  return q.rungs.map((rung) => ({ rungId: rung.id, title: rung.title, count: placements[rung.id] ?? 0 }))
}
