/** The first page says what the answers support and no more (issue #24 item 2). */
import { describe, expect, it } from 'vitest'
import { questionnaire } from '@/content/questionnaire'
import { placeOnLadder } from '@/core/scan/ladder'
import { documentLines, type ReportDocument } from '@/core/report/reportBlocks'
import type { LadderAnswer, TeamResult } from '@/core/model'
import { worstTeam } from '../fixtures/worstCase'
import { compareInput, documentsOf, participant, resultInput, teamInput, text } from './helpers/reports'

const defining = (rung: number) => questionnaire.ladderIndicators.filter((indicator) => indicator.rung === rung && indicator.optional !== true)
const answerRung = (rung: number, answer: LadderAnswer) => Object.fromEntries(defining(rung).map((indicator) => [indicator.id, answer]))
const firstPage = (document: ReportDocument) => document.sections.find((section) => section.id === 'kort')!
const firstPageText = (document: ReportDocument) =>
  documentLines({ ...document, meta: [], sections: [firstPage(document)] }).join('\n')
const withLadder = (ladder: Record<string, LadderAnswer>) => documentsOf(resultInput({ ...participant, ladder })).short
const rungTitle = (rung: number) => questionnaire.rungs[rung]!.title.toLowerCase()
const bare = (indicatorText: string) => indicatorText.replace(/\.$/, '')

describe('the placement on the first page', () => {
  it('with no ladder answers: not yet to be settled, naming the answers that are missing, never "geen integratie"', () => {
    const page = firstPageText(withLadder({}))
    expect(page).toContain('Plaats op de ladder van integratie (KPMG, 2013): nog niet vast te stellen. Deze antwoorden ontbreken (weet ik niet of niet ingevuld): ')
    expect(page).toContain(bare(defining(1)[0]!.text))
    expect(page).not.toContain(rungTitle(0))
    expect(page).not.toMatch(/ontbreekt/)
  })

  it('with the lowest rung in place and the higher ones unknown: "ten minste", what is to find out, no "ontbreekt"', () => {
    const page = firstPageText(withLadder(answerRung(1, 'ja')))
    expect(page).toContain(
      `Plaats op de ladder van integratie (KPMG, 2013): ten minste ${rungTitle(1)}. Of ook ${rungTitle(2)} of ${rungTitle(3)} er is, is nog niet vast te stellen.`,
    )
    expect(page).toContain(`Nog uit te zoeken: ${bare(defining(2)[0]!.text)}`)
    expect(page).not.toMatch(/ontbreekt/)
  })

  it('with a settled rung: what the next rung would ask, said as such', () => {
    const all = (rung: number, answer: LadderAnswer) => Object.fromEntries(questionnaire.ladderIndicators.filter((i) => i.rung === rung).map((i) => [i.id, answer]))
    const ladder = { ...all(1, 'ja'), ...all(2, 'nee'), ...all(3, 'nee') }
    expect(placeOnLadder(questionnaire, { ladder })).toMatchObject({ rung: 1, known: true, settled: true, irregular: false })
    const page = firstPageText(withLadder(ladder))
    expect(page).toContain(`Plaats op de ladder van integratie (KPMG, 2013): ${rungTitle(1)}.`)
    expect(page).toContain(`Wat de trede ${rungTitle(2)} zou vragen, onder meer: ${bare(defining(2)[0]!.text)}.`)
    expect(page).not.toContain('Nog uit te zoeken')
  })

  it('on the lowest rung, settled: no count of its features, for it has none ("0 van de 0" says nothing)', () => {
    const all = (rung: number) => Object.fromEntries(questionnaire.ladderIndicators.filter((i) => i.rung === rung).map((i) => [i.id, 'nee' as const]))
    const ladder = { ...all(1), ...all(2), ...all(3) }
    expect(placeOnLadder(questionnaire, { ladder })).toMatchObject({ rung: 0, known: true, settled: true })
    const page = firstPageText(withLadder(ladder))
    expect(page).toContain(`Plaats op de ladder van integratie (KPMG, 2013): ${rungTitle(0)}.`)
    expect(page).toContain(`Wat de trede ${rungTitle(1)} zou vragen, onder meer: `)
    expect(page).not.toContain('kenmerken tot en met deze trede')
  })

  it('with an irregular profile: says so, with the rung below and what is absent there', () => {
    const ladder = { ...answerRung(1, 'nee'), ...answerRung(2, 'ja'), ...answerRung(3, 'nee') }
    const placement = placeOnLadder(questionnaire, { ladder })
    // The trede of an irregular profile cannot be established (core/scan/ladder.ts).
    expect(placement).toMatchObject({ irregular: true, known: false })
    const page = firstPageText(withLadder(ladder))
    expect(page).toContain(
      `Plaats op de ladder van integratie (KPMG, 2013): niet vast te stellen. Onregelmatig profiel: kenmerken van ${rungTitle(2)} zijn er, maar op de lagere trede ${rungTitle(1)} is dit er niet of maar deels: ${bare(defining(1)[0]!.text)}`,
    )
    expect(page).not.toContain(rungTitle(0))
    expect(documentsOf(resultInput({ ...participant, ladder })).short.brief).toContain('het profiel is onregelmatig')
  })
})

describe('scores that say what they are', () => {
  const base = worstTeam(6)
  const [agreedId, otherId] = [questionnaire.factors[0]!.id, questionnaire.factors[1]!.id]
  const team: TeamResult = { ...base, agreed: { [agreedId]: { score: 3.5 } } }
  const { short, full, data } = documentsOf(teamInput(team))

  it('marks every team score on the first page as agreed or median, and explains the marks', () => {
    const lines = data.overview.sides[0]!.knelpunten.items
    expect(lines.every((line) => line.kind === (line.factorId === agreedId ? 'afgesproken' : 'mediaan'))).toBe(true)
    const page = firstPageText(short)
    expect(page).toContain(text.scoreKey)
    expect(page).toMatch(/: \d,\d \(mediaan\)/)
    expect(page).not.toMatch(/: \d,\d\n/)
  })

  it('marks them the same way in the priorities and the knelpunten further on, in both versions', () => {
    const title = (id: string) => questionnaire.factors.find((factor) => factor.id === id)!.title
    // Six participants: three score 1, one 2 and two 4, so every median is 1,5.
    for (const document of [short, full]) expect(documentLines(document).join('\n')).toContain(`${title(otherId)} | 1,5 (mediaan) | Belangrijk, laag`)
    // The agreed factor (3,5: no longer low) is further down the priorities than the printed five.
    expect(documentLines(full).join('\n')).toContain(`${title(agreedId)} | 3,5 (afgesproken) | Belangrijk`)
  })

  it('speaks of the participants, not of "u", in the team report', () => {
    const all = documentLines(full).join('\n')
    expect(all).not.toMatch(/U schatte/)
    expect(all).toMatch(/Het vaakst schatten de deelnemers zelf/)
  })

  it('in a comparison, warns where a lesson sets an agreed score against a median', () => {
    const strong: TeamResult = { ...base, agreed: Object.fromEntries(questionnaire.factors.map((factor) => [factor.id, { score: 4.5 }])) }
    const weak: TeamResult = { ...base, agreed: {} }
    const { full: compared } = documentsOf(compareInput(strong, weak))
    const learn = compared.sections.find((section) => section.id === 'leren')!
    const all = documentLines({ ...compared, meta: [], sections: [learn] }).join('\n')
    expect(all).toContain('Let op: bij ')
    expect(all).toContain('staat een afgesproken score van het ene team tegenover de mediaan van het andere')
    const table = documentLines(compared).join('\n')
    expect(table).toContain('4,5 (afgesproken) | 1,5 (mediaan)')
  })
})
