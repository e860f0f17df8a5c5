import { describe, expect, it } from 'vitest'
import { readdirSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { MAX_FILE_BYTES, parseResultFile } from '@/core/files/fileFormat'
import { asResult, readFileInput, readPasted } from '@/core/files/intake'
import { questionnaire } from '@/content/questionnaire'
import { answersOf } from '@/core/files/newResult'
import { aggregateTeam } from '@/core/team/aggregate'
import { placeOnLadder } from '@/core/scan/ladder'

// happy-dom replaces the global URL, so build the path without it.
const folder = `${resolve(import.meta.dirname, '../fixtures/participants')}/`
const files = readdirSync(folder).filter((name) => name.endsWith('.json'))
const results = files.map((name) => {
  const outcome = parseResultFile(readFileSync(folder + name, 'utf8'))
  if (!outcome.ok || outcome.result.kind !== 'deelnemer') throw new Error(`${name} is not a valid participant file`)
  return outcome.result
})

describe('the workshop fixtures', () => {
  it('are at least 8 valid participant files from two teams with different profiles', () => {
    expect(results.length).toBeGreaterThanOrEqual(8)
    const teams = new Set(results.map((result) => result.profile.team))
    expect(teams).toEqual(new Set(['Wijkteam Noord', 'Werk en Inkomen']))
    expect(new Set(results.map((result) => result.profile.wijkteamModel))).toEqual(new Set(['A', 'C']))
    expect(results.every((result) => result.questionnaireVersion === questionnaire.version)).toBe(true)
  })

  it('disagree on some factors and place their authors on different rungs, so the workshop has something to show', () => {
    const noord = results.filter((result) => result.profile.team === 'Wijkteam Noord').map(answersOf)
    const team = aggregateTeam(questionnaire, noord)
    expect(team.factors.some((factor) => factor.agreement === 'verdeeld')).toBe(true)
    expect(team.factors.some((factor) => factor.agreement === 'eens')).toBe(true)
    const rungs = new Set(noord.map((answers) => placeOnLadder(questionnaire, answers).rung))
    expect(rungs.size).toBeGreaterThan(1)
    expect(team.factors.some((factor) => factor.unknown > 0)).toBe(true)
  })
})

const hostile = `${resolve(import.meta.dirname, '../fixtures/hostile')}/`
const readHostile = (name: string) => asResult(readFileInput({ name, text: readFileSync(hostile + name, 'utf8'), tooLarge: false }))

describe('the hostile fixtures', () => {
  it.each([
    ['not-json.json', 'geen-json'],
    ['truncated.json', 'geen-json'],
    ['other-tool.json', 'ander-bestand'],
    ['newer-version.json', 'nieuwere-versie'],
    ['wrong-types.json', 'ongeldig'],
    ['proto-pollution.json', 'ongeldig'],
  ] as const)('%s is refused as %s', (name, code) => {
    const outcome = readHostile(name)
    expect(outcome.ok ? null : outcome.error.code).toBe(code)
  })

  it('refuses a file over 2 MB, generated here rather than committed', () => {
    const text = `{"tool":"integraalscan","padding":"${'x'.repeat(MAX_FILE_BYTES)}"}`
    const outcome = asResult(readFileInput({ name: 'te-groot.json', text, tooLarge: false }))
    expect(outcome.ok ? null : outcome.error.code).toBe('te-groot')
  })

  it('refuses the mangled share link', async () => {
    const outcome = asResult(await readPasted(readFileSync(`${hostile}mangled-link.txt`, 'utf8'), questionnaire))
    expect(outcome.ok ? null : outcome.error.code).toBe('ongeldige-link')
  })

  it('accepts xss-names.json: a valid file whose names and notes carry HTML and script payloads', () => {
    const outcome = readHostile('xss-names.json')
    expect(outcome.ok && outcome.result.kind).toBe('deelnemer')
    if (!outcome.ok || outcome.result.kind !== 'deelnemer') return
    expect(outcome.result.profile.participant).toContain('<img src=x onerror=alert(1)>')
    expect(outcome.result.profile.team).toContain('<script>')
    expect(Object.values(outcome.result.notes).join(' ')).toContain('onerror')
  })
})
