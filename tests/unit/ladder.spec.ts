import { describe, expect, it } from 'vitest'
import { irregularRungs, LADDER_RUNG_THRESHOLD, placeOnLadder, rungIndex, type RungStatus } from '@/core/scan/ladder'
import { buildAnswers, buildQuestionnaire, ladder, ladderAll } from './helpers/builders'

// rung 1: l1-1..3, rung 2: l2-1..3, rung 3: l3-1..4
const q = buildQuestionnaire({ indicatorsPerRung: [3, 3, 4] })
const place = (answers: Partial<Parameters<typeof placeOnLadder>[1]>) => placeOnLadder(q, { ...buildAnswers(), ...answers })

describe('rungIndex', () => {
  it('numbers the rungs geen 0 … volledig 3', () => {
    expect([rungIndex('geen'), rungIndex('beperkt'), rungIndex('gedeeltelijk'), rungIndex('volledig')]).toEqual([0, 1, 2, 3])
  })
})

describe('placeOnLadder', () => {
  it('places nothing answered on rung 0, geen', () => {
    const p = place({})
    expect(p).toMatchObject({ rung: 0, rungId: 'geen', evidence: [], nextRungId: 'beperkt', access: null, ownGuess: null, guessDifference: null })
    expect(p.missing).toEqual(['l1-1', 'l1-2', 'l1-3'])
    expect(p.comparable).toEqual([{ ladder: 'OECD (2012)', level: 'niveau geen' }])
  })

  // Changed in 2026.2 (issue #26, C1): two of three "ja" with one "nee" reached the rung at 2/3;
  // a defining feature known to be absent now keeps the rung out (002 l. 1043–1049).
  it('keeps a rung out when one defining indicator is nee, even at a 2/3 share', () => {
    const p = place({ ladder: ladder({ 1: ['ja', 'ja', 'nee'] }) })
    expect(p.perRung[0]).toMatchObject({ rung: 1, rungId: 'beperkt', share: 2 / 3, status: 'niet-aanwezig', definingTotal: 3, definingKnown: 3 })
    expect(p).toMatchObject({ rung: 0, known: true })
  })

  it('counts deels as half: ja, deels, deels is exactly 2/3 and reaches the rung', () => {
    expect(place({ ladder: ladder({ 1: ['ja', 'deels', 'deels'] }) }).rung).toBe(1)
    expect(LADDER_RUNG_THRESHOLD).toBe(2 / 3)
  })

  it('deels everywhere is not yet the rung (1/2 < 2/3) and is known absent', () => {
    const p = place({ ladder: ladder({ 1: ['deels', 'deels', 'deels'] }) })
    expect(p.perRung[0]).toMatchObject({ share: 0.5, status: 'niet-aanwezig' })
    expect(p).toMatchObject({ rung: 0, known: true })
  })

  it('with one unknown answer: in place on the known ones, absent when even "ja" would not lift it, open with two', () => {
    const lower = ladderAll(q, 'ja', 2)
    // ja, ja, deels + 1 unknown: 5/6 of the known.
    expect(place({ ladder: { ...lower, ...ladder({ 3: ['ja', 'ja', 'deels', 'weet-niet'] }) } }).perRung[2]?.status).toBe('aanwezig')
    // ja, deels, deels + 1 unknown: 2/3 of the known; the best case (3/4) passes too: in place.
    expect(place({ ladder: { ...lower, ...ladder({ 3: ['ja', 'deels', 'deels', 'weet-niet'] }) } }).perRung[2]?.status).toBe('aanwezig')
    // deels, deels, deels + 1 unknown: 1/2 known, best case 5/8 < 2/3: absent.
    expect(place({ ladder: { ...lower, ...ladder({ 3: ['deels', 'deels', 'deels', 'weet-niet'] }) } }).perRung[2]?.status).toBe('niet-aanwezig')
    // two unknown: open.
    expect(place({ ladder: { ...lower, ...ladder({ 3: ['ja', 'ja', 'weet-niet', 'weet-niet'] }) } }).perRung[2]?.status).toBe('onbekend')
  })

  it('stays below with ja, deels, nee (1.5 / 3 = 0.5)', () => {
    const p = place({ ladder: ladder({ 1: ['ja', 'deels', 'nee'] }) })
    expect(p.perRung[0]?.share).toBe(0.5)
    expect(p.rung).toBe(0)
  })

  it('does not count weet-niet as evidence', () => {
    expect(place({ ladder: ladder({ 1: ['ja', 'weet-niet', 'weet-niet'] }) }).rung).toBe(0)
  })

  // Changed in 2026.2 (issue #26, C1): issue #12 kept the higher rung as the placement; a rung above
  // a known-absent lower rung is now never the placement. The profile is irregular, its trede cannot
  // be established, and the evidence above stays visible.
  it('never places a rung above a known-absent one: irregular, trede unknown, evidence kept', () => {
    const p = place({ ladder: { ...ladder({ 1: ['nee', 'nee', 'nee'] }), ...ladder({ 2: ['ja', 'ja', 'ja'] }), ...ladder({ 3: ['nee', 'nee', 'nee', 'nee'] }) } })
    expect(p).toMatchObject({ rung: 0, known: false, settled: false, irregular: true, guessDifference: null })
    expect(p.perRung.map((r) => r.status)).toEqual(['niet-aanwezig', 'aanwezig', 'niet-aanwezig'])
    expect(p.above).toEqual(['l2-1', 'l2-2', 'l2-3'])
  })

  it('reports evidence on reached rungs and what is missing for the next', () => {
    const p = place({ ladder: { ...ladder({ 1: ['ja', 'deels', 'ja'] }), ...ladder({ 2: ['ja', 'deels', 'nee'] }) } })
    expect(p.rung).toBe(1)
    expect(p.evidence).toEqual(['l1-1', 'l1-2', 'l1-3'])
    expect(p.missing).toEqual(['l2-2', 'l2-3'])
    expect(p.nextRungId).toBe('gedeeltelijk')
  })

  it('reaches the top with nothing missing', () => {
    const p = place({ ladder: ladderAll(q, 'ja') })
    expect(p).toMatchObject({ rung: 3, rungId: 'volledig', missing: [], nextRungId: null })
    expect(p.evidence).toHaveLength(10)
  })

  // Changed in 2026.2 (issue #26, C1): 3 of 4 "ja" and one "nee" (0.75) reached the top rung.
  it('on rung 3: ja, ja, deels, deels (0.75) reaches it; ja, deels, deels, deels (0.625) and 3 ja + nee do not', () => {
    const lower = { ...ladderAll(q, 'ja', 2) }
    expect(place({ ladder: { ...lower, ...ladder({ 3: ['ja', 'ja', 'deels', 'deels'] }) } }).rung).toBe(3)
    expect(place({ ladder: { ...lower, ...ladder({ 3: ['ja', 'deels', 'deels', 'deels'] }) } }).rung).toBe(2)
    expect(place({ ladder: { ...lower, ...ladder({ 3: ['ja', 'ja', 'ja', 'nee'] }) } }).rung).toBe(2)
  })

  it('compares the own guess with the calculated rung', () => {
    expect(place({ ladder: ladderAll(q, 'ja', 1), ownGuess: 'volledig' }).guessDifference).toBe(2)
    expect(place({ ladder: ladderAll(q, 'ja', 2), ownGuess: 'beperkt' }).guessDifference).toBe(-1)
    expect(place({ ownGuess: 'weet-niet' })).toMatchObject({ ownGuess: 'weet-niet', guessDifference: null })
  })

  it('passes the access answer through', () => {
    expect(place({ access: 'geclusterd' }).access).toBe('geclusterd')
  })

  it('never reaches a rung without indicators and tolerates a questionnaire without rung texts', () => {
    const odd = { ...q, ladderIndicators: q.ladderIndicators.filter((i) => i.rung !== 2), rungs: [] }
    const p = placeOnLadder(odd, { ladder: ladderAll(q, 'ja') })
    expect(p.perRung[1]).toMatchObject({ share: null, status: 'niet-aanwezig' })
    expect(p).toMatchObject({ rung: 1, known: false, irregular: true })
    expect(p.comparable).toEqual([])
  })
})

describe('the two rungs of an irregular profile', () => {
  const rungs = (...statuses: RungStatus[]) => ({
    perRung: statuses.map((status, index) => ({ rung: (index + 1) as 1 | 2 | 3, rungId: (['beperkt', 'gedeeltelijk', 'volledig'] as const)[index]!, status, share: null, definingTotal: 0, definingKnown: 0, indicators: [] })),
  })
  it('are the lowest rung known to be absent and the highest rung in place above it, the same for screen and report', () => {
    expect(irregularRungs(rungs('niet-aanwezig', 'aanwezig', 'aanwezig'))).toMatchObject({ absent: { rung: 1 }, inPlace: { rung: 3 } })
    expect(irregularRungs(rungs('aanwezig', 'niet-aanwezig', 'aanwezig'))).toMatchObject({ absent: { rung: 2 }, inPlace: { rung: 3 } })
    expect(irregularRungs(rungs('niet-aanwezig', 'niet-aanwezig', 'aanwezig'))).toMatchObject({ absent: { rung: 1 }, inPlace: { rung: 3 } })
    expect(irregularRungs(rungs('aanwezig', 'onbekend', 'aanwezig'))).toBeNull()
    expect(irregularRungs(rungs('aanwezig', 'niet-aanwezig', 'onbekend'))).toBeNull()
  })
})
