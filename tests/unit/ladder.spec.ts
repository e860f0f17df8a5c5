import { describe, expect, it } from 'vitest'
import { LADDER_RUNG_THRESHOLD, placeOnLadder, rungIndex } from '@/core/scan/ladder'
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

  it('reaches a rung at exactly 2/3 (two of three ja)', () => {
    const p = place({ ladder: ladder({ 1: ['ja', 'ja', 'nee'] }) })
    expect(p.perRung[0]).toMatchObject({ rung: 1, rungId: 'beperkt', share: 2 / 3, status: 'aanwezig', definingTotal: 3, definingKnown: 3 })
    expect(p.rung).toBe(1)
    expect(LADDER_RUNG_THRESHOLD).toBe(2 / 3)
  })

  it('counts deels as half: ja, deels, deels is 2/3 and reaches the rung', () => {
    expect(place({ ladder: ladder({ 1: ['ja', 'deels', 'deels'] }) }).rung).toBe(1)
  })

  it('stays below with ja, deels, nee (1.5 / 3 = 0.5)', () => {
    const p = place({ ladder: ladder({ 1: ['ja', 'deels', 'nee'] }) })
    expect(p.perRung[0]?.share).toBe(0.5)
    expect(p.rung).toBe(0)
  })

  it('does not count weet-niet as evidence', () => {
    expect(place({ ladder: ladder({ 1: ['ja', 'weet-niet', 'weet-niet'] }) }).rung).toBe(0)
  })

  // Replaces the earlier "is cumulative" case: issue #12 asks that evidence of a higher rung is
  // never erased by a gap below, and that the gap is named instead (an irregular profile).
  it('keeps a higher rung when a lower one is missed and calls the profile irregular', () => {
    const p = place({ ladder: { ...ladder({ 1: ['nee', 'nee', 'nee'] }), ...ladder({ 2: ['ja', 'ja', 'ja'] }), ...ladder({ 3: ['nee', 'nee', 'nee', 'nee'] }) } })
    expect(p).toMatchObject({ rung: 2, known: true, settled: true, irregular: true })
    expect(p.perRung[0]?.status).toBe('niet-aanwezig')
    expect(p.gaps).toEqual(['l1-1', 'l1-2', 'l1-3'])
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

  it('3 of 4 ja on rung 3 (0.75) reaches it; 2 ja + 1 deels of 4 (0.625) does not', () => {
    const lower = { ...ladderAll(q, 'ja', 2) }
    expect(place({ ladder: { ...lower, ...ladder({ 3: ['ja', 'ja', 'ja', 'nee'] }) } }).rung).toBe(3)
    expect(place({ ladder: { ...lower, ...ladder({ 3: ['ja', 'ja', 'deels', 'nee'] }) } }).rung).toBe(2)
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
    expect(p).toMatchObject({ rung: 3, irregular: true })
    expect(p.comparable).toEqual([])
  })
})
