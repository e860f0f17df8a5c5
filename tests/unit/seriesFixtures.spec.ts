import { describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { parseResultFile } from '@/core/files/fileFormat'
import { buildSeries } from '@/core/series/series'
import { questionnaire } from '@/content/questionnaire'

const folder = `${resolve(import.meta.dirname, '../fixtures/series')}/`
const read = (name: string) => {
  const outcome = parseResultFile(readFileSync(folder + name, 'utf8'))
  if (!outcome.ok || outcome.result.kind !== 'team') throw new Error(`${name} is not a team file`)
  return { name, result: outcome.result }
}

describe('the series fixtures (one team at three dates)', () => {
  // Added out of order on purpose.
  const series = buildSeries(questionnaire, [read('noord-2026.json'), read('noord-2024.json'), read('noord-2025.json')])
  const verdicts = (id: string) => series.factors.find((f) => f.factorId === id)?.changes.map((c) => c.verdict)

  it('are valid team files of one team, ordered by date', () => {
    expect(series.moments.map((m) => m.date)).toEqual(['2024-11-18', '2025-11-18', '2026-11-18'])
    expect(series.teams).toEqual(['Wijkteam Noord'])
    expect(series.notEverywhere).toEqual([])
  })

  it('hold a real rise, a change within the spread and a rung that moves', () => {
    expect(verdicts('visie')).toEqual(['binnen-de-spreiding', 'hoger'])
    expect(verdicts('middelen')).toEqual(['hoger', 'binnen-de-spreiding'])
    expect(verdicts('cultuur')?.[1]).toBe('binnen-de-spreiding')
    expect(series.factors.find((f) => f.factorId === 'cultuur')?.differences[1]).not.toBe(0)
    expect(series.moments.map((m) => m.rung)).toEqual([1, 2, 3])
  })
})
