import { describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import { canonicalJson, resultFingerprint } from '@/core/files/fingerprint'
import { parseResultFile } from '@/core/files/fileFormat'

describe('canonicalJson', () => {
  it('sorts keys at every level and keeps array order', () => {
    expect(canonicalJson({ b: [3, { z: 1, a: 2 }], a: 'x' })).toBe('{"a":"x","b":[3,{"a":2,"z":1}]}')
    expect(canonicalJson({ a: 'x', b: [3, { a: 2, z: 1 }] })).toBe(canonicalJson({ b: [3, { z: 1, a: 2 }], a: 'x' }))
  })

  it('leaves out undefined fields and writes other values as JSON does', () => {
    expect(canonicalJson({ gone: undefined, n: null, t: true, s: 'é"\\' })).toBe('{"n":null,"s":"é\\"\\\\","t":true}')
    expect(canonicalJson([])).toBe('[]')
    expect(canonicalJson({})).toBe('{}')
    expect(canonicalJson(undefined)).toBe('null')
  })

  it('escapes keys, and orders them by code unit as JSON sorting tools do', () => {
    expect(canonicalJson({ 'b"': 1, B: 2, a: 3, __proto__x: 4 })).toBe('{"B":2,"__proto__x":4,"a":3,"b\\"":1}')
  })
})

describe('resultFingerprint', () => {
  const text = readFileSync('tests/fixtures/result-participant.json', 'utf8')
  const parsed = parseResultFile(text)
  if (!parsed.ok) throw new Error('fixture does not parse')

  it('is the same value it was before the faster canonical form (the same content gives the same fingerprint)', () => {
    expect(resultFingerprint(parsed.result)).toBe(GOLDEN)
  })

  it('ignores the save time and key order, and changes with the content', () => {
    const reversed = (value: unknown): unknown =>
      Array.isArray(value)
        ? value.map(reversed)
        : value !== null && typeof value === 'object'
          ? Object.fromEntries(Object.entries(value).reverse().map(([key, item]) => [key, reversed(item)]))
          : value
    const reordered = reversed(parsed.result) as typeof parsed.result
    expect(resultFingerprint({ ...parsed.result, savedAt: '2030-01-01T00:00:00.000Z' })).toBe(GOLDEN)
    expect(resultFingerprint(reordered)).toBe(resultFingerprint(parsed.result))
    expect(resultFingerprint({ ...parsed.result, questionnaireVersion: 'anders' })).not.toBe(GOLDEN)
  })
})

/** Computed with the earlier canonical form (entries, filter, sort, join) on the committed fixture. */
const GOLDEN = '24t2e6fbzwb-1fsnbu3jadq-29c'
