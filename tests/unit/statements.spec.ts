/**
 * The statements are scored on a "klopt" scale, so each one describes observable practice, in one
 * idea, without a negation ("klopt helemaal niet" against "niet" is a double negative). Ids are the
 * contract of saved files: a retired id is never reused, and a file that answered it still opens.
 */
import { describe, expect, it } from 'vitest'
import { questionnaire } from '@/content/questionnaire'
import { retiredStatementIds } from '@/content/retiredStatements'
import { parseResultFile } from '@/core/files/fileFormat'
import { answersOf } from '@/core/files/newResult'
import { scoreFactors } from '@/core/scan/scoring'
import { buildParticipant } from './helpers/builders'

const statements = questionnaire.factors.flatMap((factor) => factor.statements.map((s) => ({ ...s, factorId: factor.id })))

describe('statement wording', () => {
  it('has no negation that turns "klopt helemaal niet" into a double negative', () => {
    const negation = /(?<![\p{L}])(niet|geen|nooit|niets|niemand|zonder|nergens)(?![\p{L}])/iu
    expect(statements.filter((s) => negation.test(s.text)).map((s) => s.id)).toEqual([])
  })

  it('asks one thing: no two clauses joined by a semicolon, ", en" or ", maar"', () => {
    const twoClauses = /;|,\s(en|maar|of)\s/
    expect(statements.filter((s) => twoClauses.test(s.text)).map((s) => s.id)).toEqual([])
  })

  it('is short enough to read at B1: at most 20 words', () => {
    expect(statements.filter((s) => s.text.split(/\s+/).length > 20).map((s) => s.id)).toEqual([])
  })

  it('never asks what others feel: no "voelen zich" or "vertrouwen de" as the observation itself', () => {
    const innerState = /\b(voelen zich|vertrouwen de|zien elkaar|bedoelen hetzelfde)\b/i
    expect(statements.filter((s) => innerState.test(s.text)).map((s) => s.id)).toEqual([])
  })
})

describe('statement ids', () => {
  it('never reuse a retired id, and each retired id points to a current statement of the same factor', () => {
    const current = new Map(statements.map((s) => [s.id, s.factorId]))
    for (const [retired, replacement] of Object.entries(retiredStatementIds)) {
      expect(current.has(retired), retired).toBe(false)
      const factorId = current.get(replacement)
      expect(factorId, `${retired} → ${replacement}`).toBeDefined()
      expect(retired.startsWith(`${factorId}-`), `${retired} belongs to ${factorId}`).toBe(true)
    }
  })

  it('opens a file of the previous version that answered retired ids, and leaves those answers out of the scores', () => {
    const old = buildParticipant({
      questionnaireVersion: '2026.1',
      mode: 'kort',
      includeClientModule: true,
      answers: { 'vertrouwen-1': 1, 'flexibiliteit-1': 5, 'visie-1': 4 },
    })
    const outcome = parseResultFile(JSON.stringify(old))
    expect(outcome.ok).toBe(true)
    if (!outcome.ok || outcome.result.kind !== 'deelnemer') return
    expect(outcome.result.answers['vertrouwen-1']).toBe(1)
    const scores = new Map(scoreFactors(questionnaire, answersOf(outcome.result)).map((f) => [f.factorId, f]))
    expect(scores.get('visie')?.score).toBe(4)
    expect(scores.get('vertrouwen')).toMatchObject({ score: null, status: 'onbekend' })
    expect(scores.get('flexibiliteit')).toMatchObject({ score: null, status: 'onbekend' })
  })
})
