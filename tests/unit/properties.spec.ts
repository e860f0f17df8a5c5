/** Property-based tests: rules that must hold for any valid answers, not just hand-picked ones. */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { aggregateTeam } from '@/core/team/aggregate'
import { importErrorCodes, parseResultFile, serializeResult } from '@/core/files/fileFormat'
import { LADDER_VALUES, placeOnLadder } from '@/core/scan/ladder'
import { ladderAnswers, type LadderAnswer } from '@/core/model'
import { decodeShareFragment, encodeShareFragment } from '@/core/files/shareLink'
import { summarize } from '@/core/scan/summary'
import { answersArb, ladderAnswerArb, participantResultArb, teamResultArb } from './helpers/arbitraries'
import { buildQuestionnaire } from './helpers/builders'

const q = buildQuestionnaire({ factors: 6, clientFactors: 2, statementsPerFactor: 3, indicatorsPerRung: [4, 4, 4] })
const teamArb = fc.array(answersArb(q), { minLength: 1, maxLength: 8 })

describe('team aggregation', () => {
  it('does not depend on the order of the participants', () => {
    fc.assert(
      fc.property(teamArb, fc.array(fc.nat()), (participants, keys) => {
        const shuffled = participants
          .map((p, i) => ({ p, key: keys[i] ?? i }))
          .sort((a, b) => a.key - b.key)
          .map(({ p }) => p)
        expect(aggregateTeam(q, shuffled)).toEqual(aggregateTeam(q, participants))
      }),
      { numRuns: 150 },
    )
  })

  it('puts every median within the participants’ min..max', () => {
    fc.assert(
      fc.property(teamArb, (participants) => {
        const team = aggregateTeam(q, participants)
        for (const item of [...Object.values(team.statements), ...team.factors]) {
          if (item.median === null) continue
          expect(item.spread).not.toBeNull()
          expect(item.median).toBeGreaterThanOrEqual(item.spread?.min ?? Number.NaN)
          expect(item.median).toBeLessThanOrEqual(item.spread?.max ?? Number.NaN)
          expect(item.spread?.q1).toBeLessThanOrEqual(item.median)
          expect(item.spread?.q3).toBeGreaterThanOrEqual(item.median)
        }
        const placed = Object.values(team.placements).reduce((a, b) => a + b, 0)
        expect(placed).toBe(participants.length)
      }),
      { numRuns: 150 },
    )
  })

  it('gives a team of one exactly that participant’s own summary', () => {
    fc.assert(
      fc.property(answersArb(q), (a) => {
        const team = aggregateTeam(q, [a])
        expect(team.summary).toEqual(summarize(q, a))
        expect(team.placement).toEqual(placeOnLadder(q, a))
      }),
      { numRuns: 300 },
    )
  })
})

describe('the ladder', () => {
  const indicatorIds = q.ladderIndicators.map((i) => i.id)
  const ladderArb = fc.dictionary(fc.constantFrom(...indicatorIds), ladderAnswerArb)

  it('never lowers the rung when an answer moves towards ja', () => {
    fc.assert(
      fc.property(ladderArb, fc.constantFrom(...indicatorIds), fc.constantFrom(...ladderAnswers), (ladder, id, better) => {
        const current: LadderAnswer | undefined = ladder[id]
        fc.pre(LADDER_VALUES[better] >= (current === undefined ? 0 : LADDER_VALUES[current]))
        const before = placeOnLadder(q, { ladder }).rung
        const after = placeOnLadder(q, { ladder: { ...ladder, [id]: better } }).rung
        expect(after).toBeGreaterThanOrEqual(before)
      }),
      { numRuns: 500 },
    )
  })
})

describe('files and links', () => {
  it('parses what it serialises, for any valid participant result', () => {
    fc.assert(
      fc.property(participantResultArb(q), (r) => {
        expect(parseResultFile(serializeResult(r))).toEqual({ ok: true, result: r })
      }),
      { numRuns: 200 },
    )
  })

  it('parses what it serialises, for any valid team result', () => {
    fc.assert(
      fc.property(teamResultArb(q), (r) => {
        expect(parseResultFile(serializeResult(r))).toEqual({ ok: true, result: r })
      }),
      { numRuns: 100 },
    )
  })

  it('decodes what it encodes as a share link', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(participantResultArb(q), teamResultArb(q, 3)), async (r) => {
        expect(await decodeShareFragment(await encodeShareFragment(r))).toEqual({ ok: true, result: r })
      }),
      { numRuns: 60 },
    )
  })
})

describe('parseResultFile never throws', () => {
  const known = new Set<string>(importErrorCodes)
  const check = (text: string): void => {
    const outcome = parseResultFile(text)
    expect(outcome.ok || known.has(outcome.error.code)).toBe(true)
    // The catch-all is there for a faulty migration only: no input ever reaches it.
    expect(outcome.ok ? undefined : outcome.error.detail).not.toBe('migratie mislukt')
  }

  it('for arbitrary strings and arbitrary JSON', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: 'binary', maxLength: 300 }),
          fc.json(),
          fc.jsonValue().map((v) => JSON.stringify({ tool: 'integraalscan', schemaVersion: 1, kind: 'deelnemer', extra: v })),
        ),
        check,
      ),
      { numRuns: 2500 },
    )
  })

  it('for mutated valid files', () => {
    const mutation = fc.oneof(
      // text-level: delete, insert or replace a slice of the serialised file
      fc.record({ kind: fc.constant('text' as const), at: fc.nat(), length: fc.nat({ max: 20 }), insert: fc.string({ maxLength: 10 }) }),
      // structure-level: replace a value at some path by arbitrary JSON
      fc.record({ kind: fc.constant('value' as const), at: fc.nat(), value: fc.jsonValue() }),
    )
    fc.assert(
      fc.property(fc.oneof(participantResultArb(q), teamResultArb(q, 3)), mutation, (r, m) => {
        const text = serializeResult(r)
        if (m.kind === 'text') {
          const at = m.at % (text.length + 1)
          check(text.slice(0, at) + m.insert + text.slice(at + m.length))
          return
        }
        const raw = JSON.parse(text) as Record<string, unknown>
        const containers: Record<string, unknown>[] = [raw]
        for (const c of containers) {
          for (const v of Object.values(c)) if (v !== null && typeof v === 'object') containers.push(v as Record<string, unknown>)
        }
        const target = containers[m.at % containers.length] as Record<string, unknown>
        const keys = Object.keys(target)
        if (keys.length > 0) target[keys[m.at % keys.length] as string] = m.value
        check(JSON.stringify(raw))
      }),
      { numRuns: 2600 },
    )
  })
})
