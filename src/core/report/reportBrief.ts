/**
 * The paragraph for the raadsinformatiebrief: who took part, the rung and what it rests on, the
 * strongest factors and the main knelpunten, where the room disagreed, the agreed actions and the
 * method caveat, in plain Dutch of 150–250 words that a policy officer pastes and edits. Built
 * from the same data as the rest of the report, so it never says more than the report does.
 */
import type { Questionnaire } from '../model'
import { factorTitle, rungTitle } from '../util/lookups'
import type { ReportData, SideOverview } from './reportShape'
import type { ReportText } from './reportText'

/** Factors named in one sentence of the brief. */
const NAMED = 3

export const wordCount = (text: string): number => text.split(/\s+/).filter((word) => word !== '').length

function rungSentence(q: Questionnaire, side: SideOverview, text: ReportText): string {
  const { ladder } = side
  if (!ladder.known) return ladder.irregular ? text.brief.rungIrregular : text.brief.rungUnknown
  const rung = rungTitle(q, ladder.rungId).toLowerCase()
  const qualified = ladder.settled ? rung : `${text.brief.atLeast} ${rung}`
  return `${text.brief.rung(qualified, ladder.evidence, ladder.evidenceOf)}${ladder.irregular ? ` ${text.brief.irregular}` : ''}`
}

function titles(q: Questionnaire, ids: readonly string[], text: ReportText, named = NAMED): string {
  return text.brief.list(ids.slice(0, named).map((id) => factorTitle(q, id)))
}

/** A comparison tells two sides in the same words: two factors a list each keep it within 250. */
function sideSentences(q: Questionnaire, side: SideOverview, text: ReportText, named = NAMED): string[] {
  const strongest = side.strongest.items.map((line) => line.factorId)
  const knelpunten = side.knelpunten.items.map((line) => line.factorId)
  return [
    rungSentence(q, side, text),
    strongest.length > 0 ? text.brief.strongest(titles(q, strongest, text, named)) : text.brief.strongestNone,
    knelpunten.length > 0 ? text.brief.knelpunten(titles(q, knelpunten, text, named)) : text.brief.knelpuntenNone,
  ]
}

export function briefText(q: Questionnaire, data: ReportData, text: ReportText): string {
  const { overview } = data
  const sentences: string[] = []
  const [first, second] = overview.sides
  if (first === undefined) return ''
  if (overview.kind === 'vergelijking' && second !== undefined) {
    sentences.push(text.brief.compareWho(first.label ?? 'A', second.label ?? 'B'))
    for (const side of [first, second]) sentences.push(`${side.label ?? ''}: ${sideSentences(q, side, text, 2).join(' ')}`)
    const differences = overview.differences?.items.map((row) => row.factorId) ?? []
    if (differences.length > 0) sentences.push(text.brief.differences(titles(q, differences, text)))
  } else {
    sentences.push(text.brief.who(overview.kind, first.participants, first.team, first.municipality, first.date === null ? null : text.date(first.date)))
    sentences.push(...sideSentences(q, first, text))
  }
  if (overview.disagreed !== null) {
    const divided = overview.disagreed.items.map((line) => line.factorId)
    sentences.push(divided.length > 0 ? text.brief.disagreed(titles(q, divided, text)) : text.brief.disagreedNone)
  }
  const agreedCount = overview.agreed === null ? 0 : overview.agreed.items.length + overview.agreed.more
  if (agreedCount > 0) sentences.push(text.brief.agreedScores(agreedCount))
  const actionCount = overview.actions.items.length + overview.actions.more
  const actionFactors = [...new Set(overview.actions.items.map((action) => action.factorId))]
  sentences.push(actionCount > 0 ? text.brief.actions(actionCount, titles(q, actionFactors, text)) : text.brief.actionsNone)
  sentences.push(text.brief.caveat)
  return sentences.join(' ')
}
