/**
 * Files saved by the previous version (questionnaire 2026.1, before the ladder rule of issue #12 and
 * the organisational questions) keep opening and are placed by the new rule.
 */
import { describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { parseResultFile } from '@/core/files/fileFormat'
import { summarizeResult } from '@/core/scan/summary'
import { questionnaire } from '@/content/questionnaire'
import { buildSeries } from '@/core/series/series'
import { compareResults } from '@/core/compare/compare'
import { factorsChangedBetween } from '@/core/compare/versions'

const folder = `${resolve(import.meta.dirname, '../fixtures/legacy')}/`
const open = (name: string) => {
  const outcome = parseResultFile(readFileSync(folder + name, 'utf8'))
  if (!outcome.ok) throw new Error(`${name}: ${outcome.error.code}`)
  return outcome.result
}

describe('result files of the earlier version', () => {
  it('the wijkteam case opens and is placed on gedeeltelijke integratie, not geen (the old rule gave geen)', () => {
    const result = open('wijkteam-2026-1.json')
    expect(result).toMatchObject({ schemaVersion: 1, questionnaireVersion: '2026.1', kind: 'deelnemer' })
    expect('organisation' in result).toBe(false)
    const summary = summarizeResult(questionnaire, result)
    expect(summary.ladder).toMatchObject({ rungId: 'gedeeltelijk', known: true, settled: true, irregular: false, guessDifference: 1 })
    // gedeeltelijk-afstemming is asked since 2026.2, so a 2026.1 file does not know it: one unknown
    // among five defining indicators leaves the rung in place, and it is named as not yet "ja".
    expect(summary.ladder.gaps).toEqual(['beperkt-locatie', 'beperkt-overhead', 'gedeeltelijk-afstemming'])
    expect(summary.organisation.answered).toBe(false)
    // One gezamenlijk klantdossier "deels" while ICT is a knelpunt: a point for discussion.
    expect(summary.contradictions.map((c) => c.pairId)).toContain('dossier-ict')
  })

  it('a file with only "weet ik niet" on the ladder is not yet placed, and names what would settle it', () => {
    const summary = summarizeResult(questionnaire, open('niets-bekend-2026-1.json'))
    expect(summary.ladder).toMatchObject({ known: false, guessDifference: null })
    expect(summary.ladder.toSettle).toHaveLength(questionnaire.ladderIndicators.filter((i) => !i.optional).length)
  })

  it('a team file opens and its team is placed by the same rule', () => {
    const result = open('team-2026-1.json')
    expect(result.kind).toBe('team')
    const summary = summarizeResult(questionnaire, result)
    expect(summary.ladder).toMatchObject({ rungId: 'gedeeltelijk', known: true })
    expect(summary.factors.find((f) => f.factorId === 'ict')?.score).toBe(2)
  })
})

describe('2026.1 beside 2026.2 (issue #26): like with like, and said where not', () => {
  const oldTeam = open('series-noord-2025-2026-1.json')
  const newTeam = open('../series/noord-2026.json')
  const changed = factorsChangedBetween(questionnaire, '2026.1', '2026.2')

  it('opens a 2026.1 series moment and a 2026.2 moment, and follows only the factors whose statements stayed', () => {
    expect([oldTeam.questionnaireVersion, newTeam.questionnaireVersion]).toEqual(['2026.1', '2026.2'])
    const series = buildSeries(questionnaire, [
      { name: 'Noord 2025', result: oldTeam },
      { name: 'Noord 2026', result: newTeam },
    ])
    expect(series.versions).toEqual(['2026.1', '2026.2'])
    expect(series.notComparable).toEqual(changed)
    expect(changed).toContain('visie')
    const visie = series.factors.find((f) => f.factorId === 'visie')!
    expect(visie.points.every((p) => p.score !== null)).toBe(true)
    expect(visie.differences).toEqual([null])
    expect(visie.changes[0]).toMatchObject({ verdict: 'niet-te-toetsen', reason: 'andere-vragen' })
    // regie asked the same four statements in both versions: its change is computed.
    expect(changed).not.toContain('regie')
    expect(series.factors.find((f) => f.factorId === 'regie')!.differences[0]).not.toBeNull()
  })

  it('compares a 2026.1 file with a 2026.2 file without a difference for the changed factors', () => {
    const a = summarizeResult(questionnaire, open('wijkteam-2026-1.json'))
    const b = summarizeResult(questionnaire, newTeam)
    const comparison = compareResults(questionnaire, a, b, { a: '2026.1', b: '2026.2' })
    expect(comparison.notComparable).toEqual(changed)
    const row = (id: string) => comparison.factors.find((f) => f.factorId === id)!
    expect(row('visie')).toMatchObject({ difference: null })
    expect(row('visie').a).not.toBeNull()
    expect(row('regie').difference).not.toBeNull()
    for (const list of [comparison.sharedKnelpunten, comparison.learnFromA, comparison.learnFromB]) {
      expect(list.filter((id) => changed.includes(id))).toEqual([])
    }
  })

  it('scores a 2026.1 file on the statements 2026.2 still asks: visie on visie-1, -2 and -4 only', () => {
    const summary = summarizeResult(questionnaire, open('wijkteam-2026-1.json'))
    // visie-1 3, visie-2 3, visie-4 2 (visie-3, 4, is no longer asked): (3 + 3 + 2) / 3
    expect(summary.factors.find((f) => f.factorId === 'visie')?.score).toBeCloseTo(8 / 3)
  })
})
