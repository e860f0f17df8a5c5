/**
 * The statements are scored on a "klopt" scale, so each one describes observable practice, in one
 * idea, without a negation ("klopt helemaal niet" against "niet" is a double negative). Ids are the
 * contract of saved files: a retired id is never reused, and a file that answered it still opens.
 */
import { describe, expect, it } from 'vitest'
import { questionnaire } from '@/content/questionnaire'
import { statementHistory } from '@/content/statementHistory'
import { QUESTIONNAIRE_VERSION } from '@/content/version'
import { factorsChangedBetween } from '@/core/compare/versions'
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

const v2026_1 = statementHistory[0]!
const current = statementHistory.at(-1)!
const idsOf2026_1 = Object.values(v2026_1.statementIds ?? {}).flat()
const factorOf = new Map(statements.map((s) => [s.id, s.factorId]))

describe('statement ids across versions', () => {
  it('bumps the version in one place: version.ts, the questionnaire and the last history entry agree', () => {
    expect(QUESTIONNAIRE_VERSION).toBe('2026.2')
    expect(questionnaire.version).toBe(QUESTIONNAIRE_VERSION)
    expect(current.version).toBe(QUESTIONNAIRE_VERSION)
    expect(statementHistory.map((v) => v.version)).toEqual(['2026.1', '2026.2'])
  })

  it('keeps the 103 statements of 2026.1 frozen, per factor', () => {
    expect(idsOf2026_1).toHaveLength(103)
    expect(Object.keys(v2026_1.statementIds ?? {})).toEqual(questionnaire.factors.map((f) => f.id))
  })

  it('maps every id new in 2026.2 to the 2026.1 ids of the same factor it replaces, or marks it new', () => {
    const newIds = statements.filter((s) => !idsOf2026_1.includes(s.id)).map((s) => s.id)
    expect(Object.keys(current.replaces).sort()).toEqual([...newIds].sort())
    for (const [id, replaced] of Object.entries(current.replaces)) {
      const factorId = factorOf.get(id)!
      for (const old of replaced) expect(v2026_1.statementIds?.[factorId], `${old} → ${id}`).toContain(old)
    }
  })

  it('accounts for every 2026.1 id that 2026.2 no longer asks: replaced, or dropped with the id that covers it', () => {
    const gone = idsOf2026_1.filter((id) => !factorOf.has(id))
    const replaced = new Set(Object.values(current.replaces).flat())
    for (const id of gone) expect(replaced.has(id) || id in current.dropped, id).toBe(true)
    for (const [id, cover] of Object.entries(current.dropped)) {
      expect(factorOf.has(id), id).toBe(false)
      expect(factorOf.has(cover), cover).toBe(true)
    }
    // 25 new ids; the 22 ids content review 2 names, plus burger-centraal-4 (now its knelpunt, reversed)
    expect(Object.keys(current.replaces)).toHaveLength(25)
    expect(gone).toHaveLength(23)
  })

  it('never reuses an id of any earlier version or draft for another meaning', () => {
    const earlier = [...idsOf2026_1, ...Object.values(v2026_1.replaces).flat()]
    const draftIds = Object.values(v2026_1.replaces).flat()
    for (const id of draftIds) expect(factorOf.has(id), id).toBe(false)
    expect(new Set(earlier).size).toBe(earlier.length)
  })

  it('names the factors whose statements differ between 2026.1 and 2026.2, and none within one version', () => {
    expect(factorsChangedBetween(questionnaire, '2026.2', '2026.2')).toEqual([])
    expect(factorsChangedBetween(questionnaire, '2026.1', 'onbekend')).toEqual([])
    const changed = factorsChangedBetween(questionnaire, '2026.1', '2026.2')
    expect(changed).toEqual(factorsChangedBetween(questionnaire, '2026.2', '2026.1'))
    // Unchanged: statements only gained a role set (gemeenteraad keeps 1–3, regie, ontschotting, meten) or nothing.
    expect(questionnaire.factors.map((f) => f.id).filter((id) => !changed.includes(id))).toEqual([
      'regie',
      'ontschotting',
      'meten',
      'vast-contact',
      'vertrouwen',
      'alliantie',
      'hoop-en-kracht',
      'nabijheid',
    ])
  })

  it('opens a file of 2026.1 that answered replaced ids, and leaves those answers out of the scores', () => {
    const old = buildParticipant({
      questionnaireVersion: '2026.1',
      mode: 'kort',
      includeClientModule: true,
      answers: { 'vertrouwen-1': 1, 'een-keer-vertellen-1': 5, 'visie-1': 4 },
    })
    const outcome = parseResultFile(JSON.stringify(old))
    expect(outcome.ok).toBe(true)
    if (!outcome.ok || outcome.result.kind !== 'deelnemer') return
    expect(outcome.result.answers['een-keer-vertellen-1']).toBe(5)
    const scores = new Map(scoreFactors(questionnaire, answersOf(outcome.result)).map((f) => [f.factorId, f]))
    expect(scores.get('visie')?.score).toBe(4)
    expect(scores.get('vertrouwen')).toMatchObject({ score: null, status: 'onbekend' })
    expect(scores.get('een-keer-vertellen')).toMatchObject({ score: null, status: 'onbekend' })
  })
})
