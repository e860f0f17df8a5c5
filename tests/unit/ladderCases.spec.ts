/**
 * The ladder rule against cases derived from the KPMG (2013) text as the Inspectie SZW (2016)
 * gives it (002 l. 1017–1049 and the appendix, l. 2578–3184), with the real indicators.
 * Cases changed in 2026.2 (issue #26) say so in their source; the edges of content review 2 (C1, M2)
 * follow the earlier cases.
 */
import { describe, expect, it } from 'vitest'
import { questionnaire as q } from '@/content/questionnaire'
import { placeOnLadder, type LadderPlacement } from '@/core/scan/ladder'
import type { LadderAnswer } from '@/core/model'

type Ladder = Record<string, LadderAnswer>

const all = (answer: LadderAnswer, rung?: 1 | 2 | 3): Ladder =>
  Object.fromEntries(q.ladderIndicators.filter((i) => rung === undefined || i.rung === rung).map((i) => [i.id, answer]))

const idsOfRung = (rung: 1 | 2 | 3): string[] => q.ladderIndicators.filter((i) => i.rung === rung).map((i) => i.id)

/** Rung 1 defining: informatie. Optional: overleg, locatie, overhead (002 l. 1025–1029, 2765–2787). */
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
  expect: Partial<Pick<LadderPlacement, 'rungId' | 'known' | 'settled' | 'irregular' | 'above' | 'guessDifference'>>
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
      expect(p.missing).toEqual([
        'volledig-budget',
        'volledig-personeel',
        'volledig-dossier',
        'volledig-dienstverlening',
        'volledig-casemanagement',
        'volledig-nieuwe-dienst',
      ])
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
    source: '002 l. 1043–1049: staff, budgets, technology, service, case management; a new service "kan"',
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
      expect(p.perRung[2]).toMatchObject({ share: 1, definingKnown: 4, definingTotal: 5, status: 'aanwezig' })
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
      expect(p.toSettle).toEqual(['volledig-personeel', 'volledig-dossier', 'volledig-dienstverlening', 'volledig-casemanagement'])
    },
  },
  {
    name: 'nothing answered: the placement is not yet known, never "geen"',
    source: 'issue #12: "weet ik niet" is not "nee"',
    ladder: {},
    expect: { known: false, settled: false },
    // 1 + 5 + 5 defining indicators (2026.2; 9 before).
    check: (p) => expect(p.toSettle).toHaveLength(11),
  },
  {
    name: 'all "weet ik niet": not yet known',
    source: 'issue #12',
    ladder: all('weet-niet'),
    expect: { known: false },
  },
  {
    // Changed in 2026.2: this case expected geen. The appendix cell names informal information exchange
    // alone; keeping each other informed follows "er kan samengewerkt worden" in the main text.
    name: 'information exchange without keeping each other informed is beperkte integratie',
    source: 'changed 2026.2, review 2 M2: cell 002 l. 2765–2787; "kan", l. 1025–1028',
    ladder: { ...all('nee'), 'beperkt-informatie': 'ja' },
    expect: { rungId: 'beperkt', known: true, settled: true, irregular: false },
  },
  {
    // Changed in 2026.2: this case kept gedeeltelijk as the placement (known, irregular).
    name: 'a gap below a higher rung: irregular profile, no trede, the higher rung’s evidence shown',
    source: 'changed 2026.2, review 2 C1: a rung above a known-absent rung is not the trede',
    ladder: { ...all('nee'), ...all('ja', 2), 'beperkt-informatie': 'nee', 'beperkt-overleg': 'nee' },
    expect: { rungId: 'geen', known: false, settled: false, irregular: true, above: idsOfRung(2), guessDifference: null },
  },
  {
    name: 'an unknown lowest rung under a rung in place is named, not called irregular',
    source: 'issue #12; an unknown rung is not a known-absent one (002 l. 1009–1013)',
    ladder: { ...all('nee', 3), ...all('ja', 2), 'beperkt-informatie': 'weet-niet', 'beperkt-overleg': 'weet-niet' },
    expect: { rungId: 'gedeeltelijk', known: true, settled: true, irregular: false },
    check: (p) => expect(p.toSettle).toEqual(['beperkt-informatie']),
  },
  {
    name: 'optional features alone never carry a rung',
    source: '002 l. 1029, 1049',
    ladder: { ...all('nee'), 'gedeeltelijk-training': 'ja', 'gedeeltelijk-toegang': 'ja', 'volledig-nieuwe-dienst': 'ja' },
    expect: { rungId: 'geen', known: true },
  },
  /* ---------- the edges of content review 2 (C1, M2) ---------- */
  {
    name: 'budgets not integrated, everything else ja: not volledige integratie',
    source: 'review 2 C1: budgetten is defining, 002 l. 1043–1049, 3097',
    ladder: { ...all('ja'), 'volledig-budget': 'nee' },
    expect: { rungId: 'gedeeltelijk', known: true, settled: true, irregular: false },
    check: (p) => expect(p.perRung[2]).toMatchObject({ status: 'niet-aanwezig', share: 0.8 }),
  },
  {
    name: 'each of the five integrations of volledige integratie blocks the rung when it is nee',
    source: '002 l. 3091–3123: personeel, budgetten, technologie, dienstverlening, case management',
    ladder: all('ja'),
    expect: { rungId: 'volledig' },
    check: () => {
      for (const id of ['volledig-personeel', 'volledig-budget', 'volledig-dossier', 'volledig-dienstverlening', 'volledig-casemanagement']) {
        expect(placeOnLadder(q, { ladder: { ...all('ja'), [id]: 'nee' } }).rungId, id).toBe('gedeeltelijk')
      }
      expect(placeOnLadder(q, { ladder: { ...all('ja'), 'volledig-nieuwe-dienst': 'nee' } }).rungId).toBe('volledig')
    },
  },
  {
    name: 'two of five rung-3 items ja, the rest unknown, every rung-1 and rung-2 item nee: geen, not volledig',
    source: 'review 2 C1; geen on what is known: information is not exchanged (002 l. 1023, 2765–2775)',
    ladder: { ...all('nee', 1), ...all('nee', 2), 'volledig-budget': 'ja', 'volledig-personeel': 'ja' },
    expect: { rungId: 'geen', known: true, settled: true, irregular: false },
    check: (p) => expect(p.perRung[2]?.status).toBe('onbekend'),
  },
  {
    name: 'every rung-3 item ja while every rung-1 and rung-2 item is nee: irregular, no trede',
    source: 'review 2 C1: a rung above a known-absent lower rung is never the placement',
    ladder: { ...all('nee', 1), ...all('nee', 2), ...all('ja', 3) },
    expect: { known: false, settled: false, irregular: true },
    check: (p) => expect(p.above).toEqual(idsOfRung(3)),
  },
  {
    name: 'rung 2 known absent under a complete rung 3: irregular, the lower rungs still shown',
    source: 'review 2 C1',
    ladder: { ...all('ja'), 'gedeeltelijk-planning': 'nee' },
    expect: { rungId: 'beperkt', known: false, irregular: true },
    check: (p) => expect(p.perRung.map((r) => r.status)).toEqual(['aanwezig', 'niet-aanwezig', 'aanwezig']),
  },
  {
    name: 'information is exchanged but there is no joint meeting: beperkte integratie, not geen',
    source: 'review 2 M2: "informele uitwisseling van informatie", 002 l. 2765–2787',
    ladder: { ...all('nee'), 'beperkt-informatie': 'ja', 'beperkt-overleg': 'nee' },
    expect: { rungId: 'beperkt', known: true, settled: true },
  },
  {
    name: 'programmes not aligned, no autonomy given up: not gedeeltelijke integratie',
    source: 'review 2 M2: the defining feature of rung 2, 002 l. 1033–1035 (Corbett en Noyes niveau 2, l. 2909–2931)',
    ladder: { ...all('ja', 1), ...all('ja', 2), ...all('nee', 3), 'gedeeltelijk-afstemming': 'nee' },
    expect: { rungId: 'beperkt', known: true, settled: true },
  },
  {
    name: 'no single person or website for information about the services: not gedeeltelijke integratie',
    source: 'review 2 M2: the cell says "is beschikbaar via een persoon of een website", 002 l. 2951–2963',
    ladder: { ...all('ja', 1), ...all('ja', 2), ...all('nee', 3), 'gedeeltelijk-toegang': 'nee' },
    expect: { rungId: 'beperkt', known: true },
  },
  {
    name: 'the same trainings are not a condition for gedeeltelijke integratie',
    source: 'main text only, after "kan", 002 l. 1035–1037',
    ladder: { ...all('ja', 1), ...all('ja', 2), ...all('nee', 3), 'gedeeltelijk-training': 'nee' },
    expect: { rungId: 'gedeeltelijk', known: true },
  },
  {
    name: 'partly everywhere on rung 3 is not yet volledige integratie',
    source: '002 l. 1043–1049: integration of all five; the 2/3 share',
    ladder: { ...all('ja', 1), ...all('ja', 2), ...all('deels', 3) },
    expect: { rungId: 'gedeeltelijk', known: true, settled: true },
  },
  {
    name: 'one unknown answer that decides leaves rung 3 open',
    source: 'issue #12 and #26: missing knowledge is not nee; at most one unknown',
    ladder: { ...all('ja', 1), ...all('ja', 2), 'volledig-budget': 'ja', 'volledig-personeel': 'deels', 'volledig-dossier': 'deels', 'volledig-dienstverlening': 'deels', 'volledig-casemanagement': 'weet-niet' },
    expect: { rungId: 'gedeeltelijk', known: true, settled: false },
    check: (p) => {
      expect(p.perRung[2]).toMatchObject({ status: 'onbekend', share: 0.625 })
      expect(p.toSettle).toEqual(['volledig-casemanagement'])
    },
  },
  {
    name: '"geen" only on what is known: information exchange unknown and everything else nee is not yet placed',
    source: 'review 2 M2: the geen description says what is known',
    ladder: { ...all('nee'), 'beperkt-informatie': 'weet-niet' },
    expect: { known: false, irregular: false },
    check: (p) => expect(p.toSettle).toEqual(['beperkt-informatie']),
  },
]

describe('the ladder rule, case by case', () => {
  it.each(cases)('$name ($source)', (c) => {
    const p = placeOnLadder(q, { ladder: c.ladder })
    expect(p).toMatchObject(c.expect)
    c.check?.(p)
  })

  it('defining indicators are the features of each rung’s cell in the appendix (002 l. 2765–2787, 2933–2963, 3087–3123)', () => {
    const defining = (rung: 1 | 2 | 3) => q.ladderIndicators.filter((i) => i.rung === rung && !i.optional).map((i) => i.id)
    expect(defining(1)).toEqual(['beperkt-informatie'])
    expect(defining(2)).toEqual(['gedeeltelijk-afstemming', 'gedeeltelijk-personeel', 'gedeeltelijk-data', 'gedeeltelijk-planning', 'gedeeltelijk-toegang'])
    expect(defining(3)).toEqual(['volledig-budget', 'volledig-personeel', 'volledig-dossier', 'volledig-dienstverlening', 'volledig-casemanagement'])
  })

  it('optional indicators are the ones the main text introduces with "kan" (002 l. 1025–1029, 1035–1037, 1049)', () => {
    expect(q.ladderIndicators.filter((i) => i.optional).map((i) => i.id)).toEqual([
      'beperkt-overleg',
      'beperkt-locatie',
      'beperkt-overhead',
      'gedeeltelijk-training',
      'volledig-nieuwe-dienst',
    ])
  })

  it('compares the own guess with what follows from the answers, and not with an unknown placement', () => {
    expect(placeOnLadder(q, { ladder: wijkteam, ownGuess: 'volledig' }).guessDifference).toBe(1)
    expect(placeOnLadder(q, { ladder: {}, ownGuess: 'beperkt' }).guessDifference).toBeNull()
  })
})

describe('the words of an irregular placement', () => {
  it('name the highest rung in place and the known-absent rung below it', async () => {
    const { ladderSentence } = await import('@/core/report/resultReport')
    const p = placeOnLadder(q, { ladder: { ...all('nee', 1), ...all('ja', 2), ...all('ja', 3) } })
    expect(ladderSentence(q, p).placement).toEqual({ kind: 'irregular', present: 'volledige integratie', absent: 'beperkte integratie' })
  })
})
