/**
 * The ladder placement in words, as far as the answers carry it: settled, "ten minste" with the
 * rungs above still open, not yet to be settled (with the answers that would settle it), or an
 * irregular profile. What the next rung would ask is said as such, never as what "ontbreekt", and
 * features answered "weet ik niet" are "nog uit te zoeken" (002 l. 497–499, 1009–1013).
 */
import type { Questionnaire } from '../model'
import type { LadderPlacement } from '../scan/ladder'
import { indicatorText, rungTitle } from '../util/lookups'
import type { LadderLine } from './reportShape'
import type { ReportText } from './reportText'
import type { LadderRungFigure, ReportBlock } from './reportBlocks'

/** How many features a first-page sentence names before it counts the rest. */
const NAMED = 3

const lower = (q: Questionnaire, rungId: string) => rungTitle(q, rungId).toLowerCase()

/** Indicator texts in one run of a sentence: "a; b; c en nog 2". */
export function featureList(q: Questionnaire, ids: readonly string[], text: ReportText, named = NAMED, countRest = true): string {
  return text.brief.list([
    ...ids.slice(0, named).map((id) => indicatorText(q, id).replace(/\.$/, '')),
    ...(countRest && ids.length > named ? [`${ids.length - named} andere`] : []),
  ])
}

/** The placement in one sentence, the same on the first page, in the ladder section and in the brief. */
export function placementSentence(q: Questionnaire, line: LadderLine, text: ReportText): string {
  const irregular = line.irregular ? line.irregularProfile : null
  if (!line.known && irregular !== null) {
    return text.firstPage.ladderIrregular(lower(q, irregular.inPlace), lower(q, irregular.absentRung), featureList(q, irregular.absent, text))
  }
  if (!line.known) return text.firstPage.ladderUnknown(featureList(q, line.toSettle, text))
  const rung = lower(q, line.rungId)
  return line.settled ? text.firstPage.ladder(rung) : text.firstPage.ladderAtLeast(rung, line.higher.map((id) => lower(q, id)).join(' of '))
}

/** The sentences after the placement: the irregular profile, what it rests on, what the next rung would ask. */
export function placementDetail(q: Questionnaire, line: LadderLine, text: ReportText): string[] {
  if (!line.known) return []
  const sentences: string[] = []
  // A rule that keeps the higher rung of an irregular profile as the placement says so after it.
  if (line.irregular && line.irregularProfile !== null) {
    sentences.push(text.firstPage.irregular(lower(q, line.irregularProfile.inPlace), lower(q, line.irregularProfile.absentRung), featureList(q, line.irregularProfile.absent, text)))
  }
  // The lowest rung has no features of its own: "0 van de 0 kenmerken" would say nothing.
  if (line.evidenceOf > 0) sentences.push(text.firstPage.evidence(line.evidence, line.evidenceOf, line.example))
  if (line.nextRungId !== null && line.nextAsks.length > 0) sentences.push(text.firstPage.next(lower(q, line.nextRungId), featureList(q, line.nextAsks, text, 1, false)))
  const unknown = line.settled ? line.nextUnknown : line.toSettle
  if (unknown.length > 0) sentences.push(text.firstPage.toFindOut(featureList(q, unknown, text)))
  return sentences
}

function rungsOf(q: Questionnaire, placement: LadderPlacement, text: ReportText): LadderRungFigure[] {
  return q.rungs.map((rung, index) => {
    const status = index === 0 ? null : (placement.perRung[index - 1]?.status ?? 'onbekend')
    return { title: rung.title, status, statusText: status === null ? '' : text.ladder.rungStatus[status], current: placement.known && index === placement.rung }
  })
}

function guessSentence(q: Questionnaire, placement: LadderPlacement, text: ReportText, team: boolean): string | null {
  const words = team ? text.ladder.teamGuess : text.ladder.guess
  const own = placement.ownGuess
  if (own === null) return null
  if (own === 'weet-niet') return words.none
  const guess = lower(q, own)
  const difference = placement.guessDifference
  if (difference === null) return words.unknown(guess)
  if (difference === 0) return words.same(guess)
  return difference > 0 ? words.higher(guess, difference) : words.lower(guess, -difference)
}

export interface LadderSectionOptions {
  label?: string
  /** A team: speaks of the team's answers and shows the participants per rung. */
  placements?: Readonly<Record<string, number>> | null
  /** The detail of what is open and what the next rung would ask (not in a comparison). */
  detail: boolean
}

/** One placement in the ladder section: sentence, figure, what it rests on and what is open. */
export function ladderBlocks(q: Questionnaire, placement: LadderPlacement, line: LadderLine, text: ReportText, options: LadderSectionOptions): ReportBlock[] {
  const prefix = options.label === undefined ? '' : `${options.label}: `
  const rungs = rungsOf(q, placement, text)
  const placed = placement.known ? rungTitle(q, placement.rungId) : text.ladder.placedNone
  const alt = text.ladder.alt(rungs.map((rung) => (rung.status === null ? rung.title : `${rung.title} (${rung.statusText})`)).join('; '), `${prefix}${placed}`)
  const indicators = (ids: readonly string[]) => ids.map((id) => indicatorText(q, id).replace(/\.$/, '')).join(' · ')
  // A settled rung is marked on the figure (and in its text alternative); an open or irregular one needs its sentence.
  const sentence: ReportBlock[] =
    line.known && line.settled && options.label === undefined ? [] : [{ kind: 'paragraph', tone: 'strong', text: `${prefix}${placementSentence(q, line, text)}` }]
  const blocks: ReportBlock[] = [...sentence, { kind: 'figure', figure: 'ladder', alt, rungs }]
  if (placement.known) blocks.push({ kind: 'paragraph', text: `${q.rungs[placement.rung]?.description ?? ''} ${text.ladder.evidence(placement.evidence.length)}.`.trim() })
  if (placement.known && line.irregular && line.irregularProfile !== null) blocks.push({ kind: 'paragraph', text: placementDetail(q, line, text)[0] ?? '' })
  if (options.placements) {
    const counts = [...q.rungs.map((rung) => `${rung.title}: ${options.placements?.[rung.id] ?? 0}`), `${text.ladder.unknownRung}: ${options.placements.onbekend ?? 0}`]
    blocks.push({ kind: 'paragraph', text: `${text.ladder.distribution}: ${counts.join(' · ')}` })
  }
  if (options.detail && !options.placements) {
    if (placement.gaps.length > 0) blocks.push({ kind: 'paragraph', text: `${text.ladder.gaps}: ${indicators(placement.gaps)}` })
    if (placement.toSettle.length > 0) blocks.push({ kind: 'paragraph', text: `${text.ladder.toSettle}: ${indicators(placement.toSettle)}` })
    if (placement.nextRungId !== null && placement.missing.length > 0) {
      blocks.push({ kind: 'paragraph', text: `${text.ladder.next(lower(q, placement.nextRungId))}: ${indicators(placement.missing)}` })
    } else if (placement.nextRungId === null) blocks.push({ kind: 'paragraph', text: text.ladder.top })
  }
  const guess = options.detail ? guessSentence(q, placement, text, Boolean(options.placements)) : null
  if (guess !== null) blocks.push({ kind: 'paragraph', text: `${text.ladder.guess.title}: ${guess}` })
  return blocks
}
