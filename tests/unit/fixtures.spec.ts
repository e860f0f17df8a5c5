import { describe, expect, it } from 'vitest'
import { readdirSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { parseResultFile } from '@/core/fileFormat'
import { questionnaire } from '@/content/questionnaire'
import { answersOf } from '@/core/newResult'
import { aggregateTeam } from '@/core/aggregate'
import { placeOnLadder } from '@/core/ladder'

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
