/** Domain rules that used to live in components and stores, each pinned here in the core. */
import { describe, expect, it } from 'vitest'
import { LONG_TEXT_MAX, ProfileSchema, SHORT_TEXT_MAX, type Action } from '@/core/model'
import { clientPerspective } from '@/core/scan/clientPerspective'
import { actionFor, withAction } from '@/core/scan/actions'
import { isAgreedEmpty, normalizeAgreed, withAgreed } from '@/core/team/agreed'
import { answersFingerprint } from '@/core/files/fingerprint'
import { MAX_COLLECTION_NAME } from '@/core/files/fileFormat'
import { patchProfile, teamProfileFrom } from '@/core/scan/profile'
import { parseWorkshopLabels } from '@/core/team/workshopLabels'
import { renameLabel } from '@/core/util/text'
import { required } from '@/core/util/records'
import { isReportKind, reportKindPattern, reportKinds } from '@/core/report/reportKinds'
import { summarize } from '@/core/scan/summary'
import { buildAnswers, buildQuestionnaire, scores } from './helpers/builders'

const q = buildQuestionnaire({ factors: 3, clientFactors: 2 })

describe('clientPerspective', () => {
  it('sets the client module beside the mean of the Inspectie themes', () => {
    const summary = summarize(q, buildAnswers({ answers: { ...scores('f1', 2, 2, 2), ...scores('f2', 4, 4, 4), ...scores('c1', 5, 5, 5) } }))
    const perspective = clientPerspective(summary)
    expect(perspective.factors.map((factor) => factor.factorId)).toEqual(['c1', 'c2'])
    expect(perspective.inspectieMean).toBe(3)
    expect(perspective.clientMean).toBe(5)
  })

  it('has no client factors and no client mean when the module is left out', () => {
    const perspective = clientPerspective(summarize(q, buildAnswers({ includeClientModule: false, answers: scores('f1', 4, 4, 4) })))
    expect(perspective).toEqual({ factors: [], inspectieMean: 4, clientMean: null })
  })
})

describe('withAction', () => {
  const ict: Action = { factorId: 'ict', what: 'Eén dossier', who: 'ICT', when: 'Q3' }

  it('adds an action, replaces the factor\'s action, and removes it once all three fields are blank', () => {
    const added = withAction([], ict)
    expect(added).toEqual([ict])
    expect(withAction(added, { ...ict, who: 'Teamleider' })).toEqual([{ ...ict, who: 'Teamleider' }])
    expect(withAction(added, { factorId: 'ict', what: ' ', who: '', when: '\n' })).toEqual([])
  })

  it('finds the planned action or hands out an empty one', () => {
    expect(actionFor([ict], 'ict')).toBe(ict)
    expect(actionFor([ict], 'visie')).toEqual({ factorId: 'visie', what: '', who: '', when: '' })
  })
})

describe('agreed scores', () => {
  it('normalizes an agreement: a blank note and a missing score are no agreement', () => {
    expect(normalizeAgreed({ score: 4, note: '  ' })).toEqual({ score: 4 })
    expect(normalizeAgreed({ note: 'Eerst één dossier' })).toEqual({ note: 'Eerst één dossier' })
    expect(normalizeAgreed({ score: undefined, note: undefined })).toEqual({})
    expect(isAgreedEmpty({ note: ' ' })).toBe(true)
    expect(isAgreedEmpty({ score: 1 })).toBe(false)
  })

  it('replaces one factor\'s agreement and removes it when emptied, leaving the others', () => {
    const agreed = withAgreed({ visie: { score: 3 } }, 'ict', { score: 2, note: 'x' })
    expect(agreed).toEqual({ visie: { score: 3 }, ict: { score: 2, note: 'x' } })
    expect(withAgreed(agreed, 'ict', { note: '' })).toEqual({ visie: { score: 3 } })
  })
})

describe('answersFingerprint', () => {
  it('ignores who filled it in and their notes, but not what they answered', () => {
    const answers = buildAnswers({ answers: scores('f1', 4, 2) })
    const named = { ...answers, profile: { participant: 'Anna', team: 'Noord' }, notes: { f1: 'privé' } }
    expect(answersFingerprint(named)).toBe(answersFingerprint(answers))
    expect(answersFingerprint({ ...answers, answers: scores('f1', 4, 3) })).not.toBe(answersFingerprint(answers))
  })
})

describe('profiles', () => {
  it('patches a profile, removing a field patched to blank', () => {
    const profile = { team: 'Noord', municipality: 'Zwolle' }
    expect(patchProfile(profile, { team: 'Zuid', role: 'Beleid' })).toEqual({ team: 'Zuid', municipality: 'Zwolle', role: 'Beleid' })
    expect(patchProfile(profile, { team: '', municipality: undefined })).toEqual({})
    expect(profile).toEqual({ team: 'Noord', municipality: 'Zwolle' })
  })

  it('takes a team profile from a participant\'s profile without the person\'s name or role', () => {
    expect(
      teamProfileFrom({ participant: 'Anna', role: 'Beleid', team: 'Noord', municipality: 'Zwolle', wijkteamModel: 'B', inhabitants: 5 }),
    ).toEqual({ team: 'Noord', municipality: 'Zwolle', wijkteamModel: 'B' })
    expect(teamProfileFrom({ participant: 'Anna' })).toEqual({})
  })
})

describe('text limits and renaming', () => {
  it('uses one short and one long limit for schemas and names', () => {
    expect(MAX_COLLECTION_NAME).toBe(SHORT_TEXT_MAX)
    expect(ProfileSchema.safeParse({ team: 'x'.repeat(SHORT_TEXT_MAX) }).success).toBe(true)
    expect(ProfileSchema.safeParse({ team: 'x'.repeat(SHORT_TEXT_MAX + 1) }).success).toBe(false)
    expect(LONG_TEXT_MAX).toBeGreaterThan(SHORT_TEXT_MAX)
  })

  it('trims a new name, cuts it to the limit, and refuses a blank one', () => {
    expect(renameLabel('  Noord  ')).toBe('Noord')
    expect(renameLabel('x'.repeat(SHORT_TEXT_MAX + 10))).toHaveLength(SHORT_TEXT_MAX)
    expect(renameLabel('   ')).toBeNull()
  })
})

describe('stored workshop labels', () => {
  it('reads valid labels and refuses anything else without throwing', () => {
    expect(parseWorkshopLabels('[{"label":"Deelnemer 1","source":"noord-1.json"}]')).toEqual([{ label: 'Deelnemer 1', source: 'noord-1.json' }])
    expect(parseWorkshopLabels(null)).toEqual([])
    expect(parseWorkshopLabels('{kapot')).toEqual([])
    expect(parseWorkshopLabels('[{"label":1}]')).toEqual([])
    expect(parseWorkshopLabels(JSON.stringify([{ label: 'x'.repeat(SHORT_TEXT_MAX + 1), source: 'a' }]))).toEqual([])
  })
})

describe('report kinds', () => {
  it('accepts exactly the printable reports and gives the router its pattern', () => {
    expect(reportKinds.every(isReportKind)).toBe(true)
    expect(isReportKind('verslag')).toBe(false)
    expect(isReportKind(undefined)).toBe(false)
    expect(new RegExp(`^(${reportKindPattern})$`).test('vergelijking')).toBe(true)
  })
})

describe('required lookups', () => {
  it('hands back what was found and names what is missing', () => {
    expect(required(3, 'x')).toBe(3)
    expect(() => required(undefined, 'indicator l1-1')).toThrow('missing indicator l1-1')
  })
})
