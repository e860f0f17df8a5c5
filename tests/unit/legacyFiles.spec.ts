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
