import { describe, expect, it } from 'vitest'
import { files } from '@/locales/nl/files'
import { MAX_SERIES_BYTES } from '@/core/files/seriesFile'
import {
  MAX_COLLECTION_BYTES,
  MAX_FILE_BYTES,
  MAX_TEAM_FILE_BYTES,
  findForbiddenKey,
  issuePath,
  parseCollectionFile,
  parseResultFile,
  serializeCollection,
  serializeResult,
  storedResultText,
  utf8ByteLength,
  type ImportOutcome,
} from '@/core/files/fileFormat'
import { MIGRATIONS, migrate, type MigrationRegistry } from '@/core/files/migrations'
import { SCHEMA_VERSION } from '@/core/model'
import { buildAnswers, buildParticipant, buildTeam, scores } from './helpers/builders'

const valid = buildParticipant({ answers: scores('f1', 4, 'weet-niet'), profile: { municipality: 'Ede' } })
const json = serializeResult(valid)
const codeOf = (outcome: ImportOutcome) => (outcome.ok ? 'ok' : outcome.error.code)
const withField = (field: string, value: unknown) => JSON.stringify({ ...JSON.parse(json), [field]: value })

describe('parseResultFile', () => {
  it('reads back what it wrote, participant and team', () => {
    expect(parseResultFile(json)).toEqual({ ok: true, result: valid })
    const team = buildTeam([buildAnswers({ answers: scores('f1', 2) })], { agreed: { f1: { score: 2.5, note: 'ok' } } })
    expect(parseResultFile(serializeResult(team))).toEqual({ ok: true, result: team })
  })

  it('accepts a byte order mark and surrounding whitespace', () => {
    expect(codeOf(parseResultFile(`\uFEFF\n${json}\n\n`))).toBe('ok')
  })

  it('te-groot: more than MAX_FILE_BYTES of UTF-8, checked before parsing', () => {
    expect(codeOf(parseResultFile('x'.repeat(MAX_FILE_BYTES + 1)))).toBe('te-groot')
    // 700,000 × "€" is only 700,000 UTF-16 units but 2.1 MB of UTF-8
    expect(codeOf(parseResultFile('€'.repeat(700_000)))).toBe('te-groot')
    // exactly at the limit is not too big (but not JSON either)
    expect(codeOf(parseResultFile('é'.repeat(MAX_FILE_BYTES / 2)))).toBe('geen-json')
  })

  it('te-groot says the limits the importers hold, for each kind of file', () => {
    const message = files.importErrors['te-groot']('groot.json')
    const mb = (bytes: number) => `${bytes / (1024 * 1024)} MB`
    expect(message).toContain(`één persoon mag hoogstens ${mb(MAX_FILE_BYTES)}`)
    expect(MAX_TEAM_FILE_BYTES).toBe(MAX_SERIES_BYTES)
    expect(MAX_COLLECTION_BYTES).toBe(MAX_SERIES_BYTES)
    expect(message).toContain(`een teamresultaat, een meetreeks of een bestand met alle bewaarde resultaten ${mb(MAX_SERIES_BYTES)}`)
  })

  it('leeg: an empty or blank file', () => {
    expect(codeOf(parseResultFile(''))).toBe('leeg')
    expect(codeOf(parseResultFile(' \n\t\uFEFF'))).toBe('leeg')
  })

  it('geen-json: text that is not JSON, or no text at all', () => {
    expect(codeOf(parseResultFile('{"tool": "integraalscan",'))).toBe('geen-json')
    expect(codeOf(parseResultFile(undefined as unknown as string))).toBe('geen-json')
  })

  it('ander-bestand: JSON from another tool, or not an object', () => {
    expect(codeOf(parseResultFile('{"tool": "andere-scan"}'))).toBe('ander-bestand')
    expect(codeOf(parseResultFile('[1, 2]'))).toBe('ander-bestand')
    expect(codeOf(parseResultFile('null'))).toBe('ander-bestand')
    expect(codeOf(parseResultFile('"integraalscan"'))).toBe('ander-bestand')
  })

  it('nieuwere-versie: written by a newer version of the app', () => {
    expect(parseResultFile(withField('schemaVersion', SCHEMA_VERSION + 1))).toEqual({
      ok: false,
      error: { code: 'nieuwere-versie', detail: `schemaVersion ${SCHEMA_VERSION + 1}` },
    })
  })

  it('ongeldig: names the path of the first problem', () => {
    const bad = JSON.parse(json)
    bad.answers['f1-s1'] = 7
    expect(parseResultFile(JSON.stringify(bad))).toEqual({ ok: false, error: { code: 'ongeldig', detail: 'answers.f1-s1' } })
    expect(parseResultFile(withField('kind', 'iets'))).toMatchObject({ error: { code: 'ongeldig', detail: 'kind' } })
    expect(parseResultFile(withField('schemaVersion', '1'))).toMatchObject({ error: { code: 'ongeldig', detail: 'schemaVersion' } })
  })

  it('ongeldig: an old version without a migration', () => {
    expect(parseResultFile(withField('schemaVersion', 0))).toMatchObject({ error: { code: 'ongeldig', detail: expect.stringContaining('0') } })
  })

  it('rejects __proto__ keys without polluting any prototype', () => {
    const text = json.replace('"answers": {', '"answers": {"__proto__": {"polluted": 1},')
    expect(text).not.toBe(json)
    expect(parseResultFile(text)).toEqual({ ok: false, error: { code: 'ongeldig', detail: 'answers.__proto__' } })
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    expect(Object.prototype).not.toHaveProperty('polluted')
  })

  it('finds a forbidden key at any depth, also deep in a huge nesting', () => {
    expect(findForbiddenKey({ a: [{ b: { __proto__: null } }] })).toBeNull() // literal __proto__ sets the prototype, no key
    expect(findForbiddenKey(JSON.parse('{"a": [{"b": {"__proto__": 1}}]}'))).toBe('a.0.b.__proto__')
    const deep = JSON.parse(`${'['.repeat(100_000)}${']'.repeat(100_000)}`)
    expect(findForbiddenKey(deep)).toBeNull()
  })

  it('never throws, even when a migration does', () => {
    const throwing: MigrationRegistry = { 0: () => { throw new Error('kapot') } }
    expect(parseResultFile(withField('schemaVersion', 0), throwing)).toEqual({ ok: false, error: { code: 'ongeldig', detail: 'migratie mislukt' } })
  })
})

describe('utf8ByteLength', () => {
  it('counts UTF-8 bytes, surrogate pairs as four and lone surrogates as three', () => {
    expect(utf8ByteLength('aé€😀')).toBe(1 + 2 + 3 + 4)
    expect(utf8ByteLength('\ud800')).toBe(3)
    expect(utf8ByteLength('\ud800x')).toBe(4)
    expect(utf8ByteLength('a'.repeat(100), 10)).toBe(11)
  })
})

describe('migrations', () => {
  /** A fake version 0: answers were called "scores" and there was no actions list. */
  const fakeV0 = () => {
    const current = JSON.parse(json)
    const { answers, ...rest } = current
    delete rest.actions
    return { ...rest, schemaVersion: 0, scores: answers }
  }
  const registry: MigrationRegistry = {
    0: ({ scores: old, ...rest }) => ({ ...rest, answers: old, actions: [] }),
  }

  it('has no migrations while version 1 is current', () => {
    expect(SCHEMA_VERSION).toBe(1)
    expect(MIGRATIONS).toEqual({})
    const raw = JSON.parse(json)
    expect(migrate(raw)).toEqual({ ok: true, value: raw })
  })

  it('lifts a version-0 file to the current version', () => {
    const outcome = migrate(fakeV0(), registry)
    expect(outcome).toEqual({ ok: true, value: JSON.parse(json) })
  })

  it('is used by parseResultFile', () => {
    expect(parseResultFile(JSON.stringify(fakeV0()), registry)).toEqual({ ok: true, result: valid })
  })

  it('sets the version itself, so a careless migration cannot loop', () => {
    const careless: MigrationRegistry = { 0: (raw) => ({ ...raw, schemaVersion: 0 }), 1: (raw) => raw }
    expect(migrate({ schemaVersion: 0 }, careless, 2)).toEqual({ ok: true, value: { schemaVersion: 2 } })
  })

  it('stops at a missing step and leaves files without an integer version to the schema', () => {
    expect(migrate({ schemaVersion: -3 }, registry)).toEqual({ ok: false, detail: 'schemaVersion -3 wordt niet meer ondersteund' })
    expect(migrate({ schemaVersion: 0.5 }, registry)).toEqual({ ok: true, value: { schemaVersion: 0.5 } })
    expect(migrate({}, registry)).toEqual({ ok: true, value: {} })
  })
})

describe('collections', () => {
  const team = buildTeam([buildAnswers(), buildAnswers({ answers: scores('f2', 5) })])
  const items = [
    { name: 'Mijn scan', savedAt: '2026-01-01T00:00:00Z', result: valid },
    { name: 'Workshop', savedAt: '2026-02-01T00:00:00Z', result: team },
  ]
  const text = serializeCollection(items)

  it('round-trips all results', () => {
    const outcome = parseCollectionFile(text)
    expect(outcome).toEqual({ ok: true, collection: { tool: 'integraalscan', schemaVersion: SCHEMA_VERSION, kind: 'verzameling', results: items } })
  })

  it('uses the same error codes', () => {
    const code = (t: string, reg?: MigrationRegistry) => {
      const o = parseCollectionFile(t, reg)
      return o.ok ? 'ok' : o.error.code
    }
    expect(code('')).toBe('leeg')
    expect(code('nope')).toBe('geen-json')
    expect(code(json)).toBe('ongeldig') // a single result is not a collection
    expect(code('{"tool":"x"}')).toBe('ander-bestand')
    expect(code('x'.repeat(MAX_COLLECTION_BYTES + 1))).toBe('te-groot')
    const parsed = JSON.parse(text)
    expect(code(JSON.stringify({ ...parsed, schemaVersion: 9 }))).toBe('nieuwere-versie')
    parsed.results[1].result.schemaVersion = 9
    expect(code(JSON.stringify(parsed))).toBe('nieuwere-versie')
    parsed.results[1].result.schemaVersion = 0
    expect(parseCollectionFile(JSON.stringify(parsed))).toMatchObject({ ok: false, error: { code: 'ongeldig', detail: expect.stringContaining('results.1.result') } })
    expect(code(JSON.stringify(parsed), { 0: () => { throw new Error('x') } })).toBe('ongeldig')
    expect(code(JSON.stringify({ ...parsed, results: 'geen lijst' }))).toBe('ongeldig')
    expect(code(JSON.stringify({ ...parsed, results: [1] }))).toBe('ongeldig')
    expect(code(JSON.stringify({ ...parsed, results: [{ name: 'x'.repeat(201), savedAt: '', result: valid }] }))).toBe('ongeldig')
  })

  it('migrates each result inside', () => {
    const parsed = JSON.parse(text)
    parsed.results[0].result.schemaVersion = 0
    const outcome = parseCollectionFile(JSON.stringify(parsed), { 0: (raw) => raw })
    expect(outcome.ok).toBe(true)
  })
})

describe('issuePath', () => {
  it('joins the path of the first issue, or names the whole file', () => {
    expect(issuePath({ issues: [{ path: ['participants', 3, 'answers'] }] })).toBe('participants.3.answers')
    expect(issuePath({ issues: [{ path: [] }] })).toBe('(bestand)')
    expect(issuePath({ issues: [] })).toBe('(bestand)')
  })
})

describe('storedResultText', () => {
  it('opens like the file it stands for, and is smaller than the indented file', () => {
    const team = buildTeam([buildAnswers({ answers: scores('f1', 2) }), buildAnswers({ answers: scores('f1', 4) })], { agreed: { f1: { score: 3, note: 'ok' } } })
    for (const result of [valid, team]) {
      expect(parseResultFile(storedResultText(result))).toEqual({ ok: true, result })
      expect(storedResultText(result).length).toBeLessThan(serializeResult(result).length)
    }
  })
})

describe('the size of a team result', () => {
  const padded = (result: object, bytes: number) => {
    const text = JSON.stringify(result)
    return `${text.slice(0, -1)},"opvulling":"${'x'.repeat(bytes - text.length)}"}`
  }
  const team = buildTeam([buildAnswers({ answers: scores('f1', 2) })])
  const bigTeamText = `${' '.repeat(MAX_FILE_BYTES)}${JSON.stringify(team)}`

  it('a team result over MAX_FILE_BYTES opens where the caller allows MAX_TEAM_FILE_BYTES, and nowhere else', () => {
    expect(codeOf(parseResultFile(bigTeamText))).toBe('te-groot')
    expect(parseResultFile(bigTeamText, MIGRATIONS, MAX_TEAM_FILE_BYTES)).toEqual({ ok: true, result: team })
  })

  it('any other file stays within MAX_FILE_BYTES, also where a large team result is allowed', () => {
    expect(codeOf(parseResultFile(`${' '.repeat(MAX_FILE_BYTES)}${json}`, MIGRATIONS, MAX_TEAM_FILE_BYTES))).toBe('te-groot')
    expect(codeOf(parseResultFile(padded({ tool: 'integraalscan' }, MAX_FILE_BYTES + 10), MIGRATIONS, MAX_TEAM_FILE_BYTES))).toBe('te-groot')
  })

  it('a team result over MAX_TEAM_FILE_BYTES is too large, checked before parsing', () => {
    expect(codeOf(parseResultFile('x'.repeat(MAX_TEAM_FILE_BYTES + 1), MIGRATIONS, MAX_TEAM_FILE_BYTES))).toBe('te-groot')
  })
})
