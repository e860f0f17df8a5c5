/**
 * The ladder rule against cases derived from the KPMG (2013) text as the Inspectie SZW (2016)
 * gives it (002 l. 1019–1050 and the appendix, l. 2578–3184), with the real indicators.
 */
import { describe, expect, it } from 'vitest'
import { questionnaire as q } from '@/content/questionnaire'
import { placeOnLadder, type LadderPlacement } from '@/core/scan/ladder'
import type { LadderAnswer } from '@/core/model'

type Ladder = Record<string, LadderAnswer>

const all = (answer: LadderAnswer, rung?: 1 | 2 | 3): Ladder =>
  Object.fromEntries(q.ladderIndicators.filter((i) => rung === undefined || i.rung === rung).map((i) => [i.id, answer]))

/** Rung 1 defining: informatie, overleg. Optional: locatie, overhead (002 l. 1025–1029). */
const wijkteam: Ladder = {
  ...all('nee', 3),
  'beperkt-informatie': 'ja',
  'beperkt-overleg': 'ja',
  'beperkt-locatie': 'deels',
  'beperkt-overhead': 'nee',
  ...all('ja', 2),
}

interface Case {
  name: string
  source: string
  ladder: Ladder
  expect: Partial<Pick<LadderPlacement, 'rungId' | 'known' | 'settled' | 'irregular'>>
  check?: (p: LadderPlacement) => void
}

const cases: Case[] = [
  {
    name: 'wijkteam: information exchange, regular consultation, partly shared building, no shared overhead, every gedeeltelijke-integratie indicator in place',
    source: '002 l. 1025–1041: location and overhead "kan", so they cannot block',
    ladder: wijkteam,
    expect: { rungId: 'gedeeltelijk', known: true, settled: true, irregular: false },
    check: (p) => {
      // What is not (fully) there below is named, not used to drop the placement.
      expect(p.gaps).toEqual(['beperkt-locatie', 'beperkt-overhead'])
      expect(p.perRung[0]?.status).toBe('aanwezig')
      expect(p.missing).toEqual(['volledig-budget', 'volledig-personeel', 'volledig-dossier', 'volledig-casemanagement', 'volledig-nieuwe-dienst'])
    },
  },
  {
    name: 'information exchange and consultation, no shared building or overhead',
    source: '002 l. 1025–1029; content review §5e case A',
    ladder: { ...all('nee'), 'beperkt-informatie': 'ja', 'beperkt-overleg': 'ja' },
    expect: { rungId: 'beperkt', known: true, settled: true, irregular: false },
  },
  {
    name: 'informal exchange of information counts on the lowest rung',
    source: 'appendix: "informele uitwisseling van informatie" (002 l. 2765–2787)',
    ladder: { ...all('nee'), 'beperkt-informatie': 'ja', 'beperkt-overleg': 'deels' },
    expect: { rungId: 'beperkt', known: true },
  },
  {
    name: 'a shared front desk without information exchange about clients',
    source: 'appendix row 1 puts OECD "collocation" beside geen integratie (002 l. 2639–2649)',
    ladder: { ...all('nee'), 'beperkt-locatie': 'ja', 'beperkt-overhead': 'ja', 'gedeeltelijk-toegang': 'ja' },
    expect: { rungId: 'geen', known: true, settled: true, irregular: false },
    check: (p) => {
      // The shared desk is kept as evidence above the placement, not erased.
      expect(p.above).toEqual(['beperkt-locatie', 'beperkt-overhead', 'gedeeltelijk-toegang'])
      expect(p.perRung.map((r) => r.status)).toEqual(['niet-aanwezig', 'niet-aanwezig', 'niet-aanwezig'])
    },
  },
  {
    name: 'a fully integrated municipality working from separate buildings',
    source: '002 l. 1043–1049: staff, budgets, technology, case management; a new service "kan"',
    ladder: { ...all('ja'), 'beperkt-locatie': 'nee', 'beperkt-overhead': 'nee', 'volledig-nieuwe-dienst': 'nee' },
    expect: { rungId: 'volledig', known: true, settled: true, irregular: false },
    check: (p) => {
      expect(p.gaps).toEqual(['beperkt-locatie', 'beperkt-overhead', 'volledig-nieuwe-dienst'])
      expect(p.missing).toEqual([])
      expect(p.nextRungId).toBeNull()
    },
  },
  {
    name: 'one "weet ik niet" among many "ja"',
    source: 'issue #12: missing knowledge, shares over what is known',
    ladder: { ...all('ja'), 'volledig-dossier': 'weet-niet' },
    expect: { rungId: 'volledig', known: true, settled: true },
    check: (p) => {
      expect(p.perRung[2]).toMatchObject({ share: 1, definingKnown: 3, definingTotal: 4, status: 'aanwezig' })
      expect(p.toSettle).toEqual([])
    },
  },
  {
    name: 'a top rung whose defining indicators are mostly unknown is not yet known',
    source: 'issue #12: "nog niet bekend", naming the answers that would settle it',
    ladder: { ...all('ja', 1), ...all('ja', 2), 'volledig-budget': 'ja', 'volledig-personeel': 'weet-niet', 'volledig-dossier': 'weet-niet' },
    expect: { rungId: 'gedeeltelijk', known: true, settled: false },
    check: (p) => {
      expect(p.perRung[2]?.status).toBe('onbekend')
      expect(p.toSettle).toEqual(['volledig-personeel', 'volledig-dossier', 'volledig-casemanagement'])
    },
  },
  {
    name: 'nothing answered: the placement is not yet known, never "geen"',
    source: 'issue #12: "weet ik niet" is not "nee"',
    ladder: {},
    expect: { known: false, settled: false },
    check: (p) => expect(p.toSettle).toHaveLength(9),
  },
  {
    name: 'all "weet ik niet": not yet known',
    source: 'issue #12',
    ladder: all('weet-niet'),
    expect: { known: false },
  },
  {
    name: 'information exchange without keeping each other informed is not yet beperkte integratie',
    source: '002 l. 1025–1028: both are named without "kan"',
    ladder: { ...all('nee'), 'beperkt-informatie': 'ja' },
    expect: { rungId: 'geen', known: true },
  },
  {
    name: 'a gap below a higher rung: irregular profile, the higher rung kept',
    source: 'issue #12; KPMG: "a continuum of organizational relationships" (002 l. 1009–1013)',
    ladder: { ...all('nee'), ...all('ja', 2), 'beperkt-informatie': 'nee', 'beperkt-overleg': 'nee' },
    expect: { rungId: 'gedeeltelijk', known: true, irregular: true },
    check: (p) => expect(p.gaps).toEqual(['beperkt-informatie', 'beperkt-overleg', 'beperkt-locatie', 'beperkt-overhead']),
  },
  {
    name: 'an unknown lowest rung under a rung in place is named, not called irregular',
    source: 'issue #12',
    ladder: { ...all('nee', 3), ...all('ja', 2), 'beperkt-informatie': 'weet-niet', 'beperkt-overleg': 'weet-niet' },
    expect: { rungId: 'gedeeltelijk', known: true, settled: true, irregular: false },
    check: (p) => expect(p.toSettle).toEqual(['beperkt-informatie', 'beperkt-overleg']),
  },
  {
    name: 'optional features alone never carry a rung',
    source: '002 l. 1029, 1049',
    ladder: { ...all('nee'), 'gedeeltelijk-training': 'ja', 'gedeeltelijk-toegang': 'ja', 'volledig-nieuwe-dienst': 'ja' },
    expect: { rungId: 'geen', known: true },
  },
]

describe('the ladder rule, case by case', () => {
  it.each(cases)('$name ($source)', (c) => {
    const p = placeOnLadder(q, { ladder: c.ladder })
    expect(p).toMatchObject(c.expect)
    c.check?.(p)
  })

  it('optional indicators are exactly the ones KPMG introduces with "kan"', () => {
    expect(q.ladderIndicators.filter((i) => i.optional).map((i) => i.id)).toEqual([
      'beperkt-locatie',
      'beperkt-overhead',
      'gedeeltelijk-training',
      'gedeeltelijk-toegang',
      'volledig-nieuwe-dienst',
    ])
  })

  it('compares the own guess with what follows from the answers, and not with an unknown placement', () => {
    expect(placeOnLadder(q, { ladder: wijkteam, ownGuess: 'volledig' }).guessDifference).toBe(1)
    expect(placeOnLadder(q, { ladder: {}, ownGuess: 'beperkt' }).guessDifference).toBeNull()
  })
})
