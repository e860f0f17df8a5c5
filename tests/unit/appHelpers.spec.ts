/**
 * The small app helpers another engineer keeps in src/core (steps, new results, file names).
 * Tested here because src/core as a whole carries the coverage threshold.
 */
import { describe, expect, it } from 'vitest'
import { isoDate, resultFileName } from '@/core/files/fileNames'
import { ResultFileSchema } from '@/core/model'
import { answersOf, emptyAnswers, toParticipantResult, toTeamResult } from '@/core/files/newResult'
import { estimatedMinutes, factorsOfStep, isStepId, openItems, stepProgress, stepsFor } from '@/core/scan/steps'
import { buildAnswers, buildParticipant, buildQuestionnaire, buildTeam, ladderAll, scores } from './helpers/builders'

const q = buildQuestionnaire({ factors: 4, clientFactors: 1 })

describe('steps', () => {
  it('walks the themes, then ladder (in parts), own guess and review; client only with the module', () => {
    expect(stepsFor(q, { includeClientModule: true, mode: 'volledig' })).toEqual(['inhoud', 'organisatie', 'uitvoering', 'client', 'ladder', 'ladder-2', 'organisatievorm', 'inschatting', 'controle'])
    expect(stepsFor(q, { includeClientModule: false, mode: 'volledig' })).not.toContain('client')
    expect(isStepId(q, { includeClientModule: false, mode: 'volledig' }, 'client')).toBe(false)
    expect(isStepId(q, { includeClientModule: true, mode: 'volledig' }, 'ladder')).toBe(true)
    expect(isStepId(q, { includeClientModule: true, mode: 'volledig' }, 3)).toBe(false)
  })

  it('lists open items per step and the progress', () => {
    const a = buildAnswers({ answers: scores('f1', 4, 'weet-niet'), ladder: ladderAll(q, 'ja', 1) })
    expect(openItems(q, a, 'inhoud').map((i) => i.id)).toEqual(['f1-s3', 'f4-s1', 'f4-s2', 'f4-s3'])
    expect(stepProgress(q, a, 'inhoud')).toEqual({ answered: 2, total: 6, outOfScope: false })
    expect(openItems(q, a, 'ladder').map((i) => i.id)).not.toContain('toegang')
    expect(openItems(q, a, 'ladder-2').map((i) => i.id)).toContain('toegang')
    expect(stepProgress(q, a, 'ladder')).toEqual({ answered: 3, total: 5, outOfScope: false })
    expect(stepProgress(q, { ...a, access: 'geclusterd' }, 'ladder-2')).toEqual({ answered: 1, total: 6, outOfScope: false })
    expect(stepProgress(q, a, 'organisatievorm')).toEqual({ answered: 0, total: 0, outOfScope: false })
    expect(openItems(q, a, 'inschatting')).toHaveLength(1)
    expect(stepProgress(q, { ...a, ownGuess: 'geen' }, 'inschatting')).toEqual({ answered: 1, total: 1, outOfScope: false })
    expect(stepProgress(q, a, 'controle')).toEqual({ answered: 0, total: 0, outOfScope: false })
    expect(stepProgress(q, { ...a, outOfScope: ['uitvoering'] }, 'uitvoering')).toEqual({ answered: 0, total: 0, outOfScope: true })
  })

  it('shows out-of-scope factors in their step and estimates the time', () => {
    expect(factorsOfStep(q, { includeClientModule: true, mode: 'volledig' }, 'inhoud').map((f) => f.id)).toEqual(['f1', 'f4'])
    expect(estimatedMinutes(10)).toBe(5)
    expect(estimatedMinutes(90)).toBe(25)
  })
})

describe('new results', () => {
  it('wraps answers as valid participant and team files and unwraps them again', () => {
    const a = { ...emptyAnswers(), answers: scores('f1', 3), access: 'geclusterd' as const }
    const r = toParticipantResult(a, { questionnaireVersion: 'v1', actions: [], savedAt: 'nu', lastStep: 'ladder' })
    expect(ResultFileSchema.safeParse(r).success).toBe(true)
    expect(answersOf(r)).toEqual(a)
    const plain = toParticipantResult(emptyAnswers(), { questionnaireVersion: 'v1', actions: [], savedAt: 'nu' })
    expect(plain).not.toHaveProperty('lastStep')
    expect(answersOf({ ...plain, ownGuess: 'geen' })).toEqual({ ...emptyAnswers(), ownGuess: 'geen' })
    const team = toTeamResult({ questionnaireVersion: 'v1', profile: {}, participants: [a, a], agreed: {}, actions: [], savedAt: 'nu' })
    expect(team.participantCount).toBe(2)
    expect(ResultFileSchema.safeParse(team).success).toBe(true)
  })

  it('leaves names, roles and personal notes out of a team file', () => {
    const named = {
      ...emptyAnswers(),
      answers: scores('f1', 4),
      profile: { participant: 'Fatima', role: 'Klantmanager', municipality: 'Voorbeeldstad' },
      notes: { f1: 'persoonlijke notitie' },
    }
    const team = toTeamResult({ questionnaireVersion: 'v1', profile: { team: 'Noord' }, participants: [named], agreed: {}, actions: [], savedAt: 'nu' })
    expect(team.participants[0]).toEqual({ ...named, profile: {}, notes: {} })
    expect(JSON.stringify(team)).not.toMatch(/Fatima|Klantmanager|persoonlijke/)
    expect(team.profile).toEqual({ team: 'Noord' })
  })

  it('rejects a team file whose participant count does not match its participants', () => {
    const team = buildTeam([emptyAnswers(), emptyAnswers()])
    expect(ResultFileSchema.safeParse(team).success).toBe(true)
    expect(ResultFileSchema.safeParse({ ...team, participantCount: 3 }).success).toBe(false)
  })
})

describe('file names', () => {
  it('builds a readable download name', () => {
    const r = buildParticipant({ profile: { municipality: 'Súdwest-Fryslân', team: '  ' } })
    expect(resultFileName(r, 'json', '2026-01-02')).toBe('integraalscan-sudwest-fryslan-2026-01-02.json')
    expect(resultFileName(buildTeam([buildAnswers()], { profile: { team: '!!!' } }), 'csv', '2026-01-02')).toBe('integraalscan-team-2026-01-02.csv')
    expect(isoDate(new Date(2026, 0, 5))).toBe('2026-01-05')
  })
})
