import { describe, expect, it } from 'vitest'
import { MAX_SERIES_BYTES, MAX_SERIES_MOMENTS, parseSeriesFile, serializeSeries, type SeriesFile } from '@/core/files/seriesFile'
import { readFileText } from '@/core/files/intake'
import { SERIES_MIGRATIONS, type MigrationRegistry } from '@/core/files/migrations'
import { MAX_FILE_BYTES, serializeCollection, serializeResult } from '@/core/files/fileFormat'
import { buildAnswers, buildParticipant, buildTeam, scores } from './helpers/builders'

const team = buildTeam([buildAnswers({ answers: scores('f1', 3) }), buildAnswers({ answers: scores('f1', 4) })], { profile: { team: 'Noord' } })
const series: SeriesFile = {
  tool: 'integraalscan',
  schemaVersion: 1,
  kind: 'meetreeks',
  savedAt: '2026-11-23T10:00:00.000Z',
  title: 'Wijkteam Noord',
  moments: [
    { name: '2025', date: '2025-03-01', result: team, actions: [{ factorId: 'f1', what: 'Eén plan', who: 'Beleid', when: 'Q2', status: 'bezig', statusNote: 'half' }] },
    { name: '2026', result: buildParticipant() },
  ],
  targets: { f1: 4, 'f2-x': 3.5 },
}
const text = serializeSeries(series)
const code = (outcome: ReturnType<typeof parseSeriesFile>) => (outcome.ok ? 'ok' : outcome.error.code)
const withRaw = (change: (raw: Record<string, unknown>) => void) => {
  const raw = JSON.parse(text) as Record<string, unknown>
  change(raw)
  return JSON.stringify(raw)
}

describe('the series file', () => {
  it('round-trips targets, dates, actions and their follow-up', () => {
    expect(parseSeriesFile(text)).toEqual({ ok: true, series })
  })

  it('writes the same series compact for an HTML report\'s data block, and reads it back alike', () => {
    const compact = serializeSeries(series, { compact: true })
    expect(compact).not.toContain('\n')
    expect(compact.length).toBeLessThan(text.length)
    expect(parseSeriesFile(compact)).toEqual(parseSeriesFile(text))
    expect(parseSeriesFile(compact).ok).toBe(true)
  })

  it('keeps older series without targets or actions valid (both optional)', () => {
    const outcome = parseSeriesFile(withRaw((raw) => {
      delete raw.targets
      delete (raw.moments as Record<string, unknown>[])[0]!.actions
    }))
    expect(outcome.ok).toBe(true)
  })

  it('has a migration registry of its own, applied before the schema; results inside are migrated too', () => {
    expect(SERIES_MIGRATIONS).toEqual({})
    // A made-up version 0 that called the moments "momenten": the registry lifts it to version 1.
    const v0 = withRaw((raw) => {
      raw.schemaVersion = 0
      raw.momenten = raw.moments
      delete raw.moments
    })
    const registry: MigrationRegistry = { 0: ({ momenten, ...rest }) => ({ ...rest, moments: momenten }) }
    expect(parseSeriesFile(v0, registry)).toEqual({ ok: true, series })
    expect(code(parseSeriesFile(v0))).toBe('ongeldig')
    const resultV0 = withRaw((raw) => {
      ;(raw.moments as { result: Record<string, unknown> }[])[1]!.result.schemaVersion = 0
    })
    const resultRegistry: MigrationRegistry = { 0: (raw) => raw }
    expect(parseSeriesFile(resultV0, SERIES_MIGRATIONS, resultRegistry)).toEqual({ ok: true, series })
    expect(parseSeriesFile(resultV0)).toEqual({ ok: false, error: { code: 'ongeldig', detail: 'moments.1.result: schemaVersion 0 wordt niet meer ondersteund' } })
  })

  it('never throws, even when a migration does', () => {
    const throwing: MigrationRegistry = { 0: () => { throw new Error('kapot') } }
    expect(parseSeriesFile(withRaw((raw) => { raw.schemaVersion = 0 }), throwing)).toEqual({ ok: false, error: { code: 'ongeldig', detail: 'migratie mislukt' } })
  })

  it.each([
    ['not JSON', '{"tool": "integraalscan", "kind": "meetreeks", ', 'geen-json'],
    ['empty', '   ', 'leeg'],
    ['another tool', JSON.stringify({ tool: 'andere', kind: 'meetreeks' }), 'ander-bestand'],
    ['a newer series', withRaw((raw) => { raw.schemaVersion = 2 }), 'nieuwere-versie'],
    ['a newer result inside', withRaw((raw) => { (raw.moments as { result: Record<string, unknown> }[])[0]!.result.schemaVersion = 9 }), 'nieuwere-versie'],
    ['a prototype key', text.replace('"title"', '"__proto__": {"polluted": true}, "title"'), 'ongeldig'],
    ['a target above 5', withRaw((raw) => { raw.targets = { f1: 6 } }), 'ongeldig'],
    ['a target on a key that is no id', withRaw((raw) => { raw.targets = { 'F1 <script>': 3 } }), 'ongeldig'],
    ['an impossible status', withRaw((raw) => { (raw.moments as { actions: { status: string }[] }[])[0]!.actions[0]!.status = 'klaar' }), 'ongeldig'],
    ['a damaged result inside', withRaw((raw) => { (raw.moments as { result: Record<string, unknown> }[])[1]!.result.answers = 'x' }), 'ongeldig'],
    ['moments that are not a list', withRaw((raw) => { raw.moments = { 0: {} } }), 'ongeldig'],
    ['too many moments', withRaw((raw) => { raw.moments = Array(MAX_SERIES_MOMENTS + 1).fill((raw.moments as unknown[])[1]) }), 'ongeldig'],
    ['a file that is too large', `{"tool":"integraalscan","kind":"meetreeks","x":"${'x'.repeat(MAX_SERIES_BYTES)}"}`, 'te-groot'],
  ])('refuses %s', (_, input, expected) => {
    expect(code(parseSeriesFile(input))).toBe(expected)
  })

  it('names the path of the first invalid field', () => {
    const outcome = parseSeriesFile(withRaw((raw) => { (raw.moments as Record<string, unknown>[])[0]!.date = '1 maart' }))
    expect(outcome).toEqual({ ok: false, error: { code: 'ongeldig', detail: 'moments.0.date' } })
  })

  it('opens an "export all" collection as a series, each result a moment with its own actions', () => {
    const participant = buildParticipant({ actions: [{ factorId: 'f1', what: 'a', who: 'b', when: 'c' }] })
    const outcome = parseSeriesFile(serializeCollection([{ name: 'een', savedAt: '2026-01-01', result: participant }]))
    expect(outcome.ok && outcome.series.moments).toEqual([{ name: 'een', result: participant, actions: participant.actions }])
  })

  it('refuses a collection with more results than a series holds, or one that is itself invalid', () => {
    const item = { name: 'een', savedAt: '2026-01-01', result: buildParticipant() }
    const many = serializeCollection(Array.from({ length: MAX_SERIES_MOMENTS + 1 }, (_, index) => ({ ...item, name: `r${index}` })))
    expect(parseSeriesFile(many)).toEqual({ ok: false, error: { code: 'ongeldig', detail: `meer dan ${MAX_SERIES_MOMENTS} resultaten` } })
    expect(parseSeriesFile(serializeCollection([{ ...item, result: { ...item.result, mode: 'lang' } as unknown as typeof item.result }])).ok).toBe(false)
  })

  it('reports a moment that is no object, or has no result, by its path', () => {
    expect(parseSeriesFile(withRaw((raw) => { (raw.moments as unknown[])[1] = 'los' }))).toMatchObject({ ok: false, error: { code: 'ongeldig', detail: expect.stringContaining('moments.1') } })
    expect(parseSeriesFile(withRaw((raw) => { delete (raw.moments as Record<string, unknown>[])[0]!.result }))).toMatchObject({ ok: false, error: { code: 'ongeldig', detail: expect.stringContaining('moments.0.result') } })
    expect(parseSeriesFile(withRaw((raw) => { raw.moments = 'geen lijst' }))).toMatchObject({ ok: false, error: { code: 'ongeldig', detail: 'moments' } })
  })

  it('reads a dropped file as a series or as one result; a result of another tool stays refused', () => {
    expect(readFileText(text)).toMatchObject({ ok: true, received: { kind: 'series' } })
    expect(readFileText(serializeResult(team))).toEqual({ ok: true, received: { kind: 'result', result: team } })
    expect(readFileText(JSON.stringify({ tool: 'andere' }))).toEqual({ ok: false, error: { code: 'ander-bestand' } })
    expect(readFileText(JSON.stringify({ tool: 'integraalscan', kind: 'iets' }))).toMatchObject({ ok: false, error: { code: 'ongeldig' } })
  })

  it('takes a team result over 2 MB (a large workshop) as a moment; a participant file that large stays refused', () => {
    const padding = ' '.repeat(MAX_FILE_BYTES)
    expect(readFileText(`${padding}${serializeResult(team)}`)).toEqual({ ok: true, received: { kind: 'result', result: team } })
    expect(readFileText(`${padding}${serializeResult(buildParticipant({}))}`)).toMatchObject({ ok: false, error: { code: 'te-groot' } })
  })
})
