import { afterEach, describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { createPinia, setActivePinia } from 'pinia'
import { questionnaire } from '@/content/questionnaire'
import { encodeInvitation } from '@/core/files/invitation'
import { useAssessmentStore } from '@/stores/assessment'
import { useSavedResultsStore } from '@/stores/savedResults'
import { useSettingsStore } from '@/stores/settings'
import { useHandinStore } from '@/stores/handin'
import { useWorkshopStore } from '@/stores/workshop'
import { useWorkshopSessionStore } from '@/stores/workshopSession'
import { encodeHandinCode } from '@/core/files/handinCode'
import { emptyAnswers } from '@/core/files/newResult'
import { useStorageNotices } from '@/composables/useStorageNotices'

/** Written out by hand as the version before `persisted` stored them: they must keep opening. */
const SCAN =
  '{"tool":"integraalscan","schemaVersion":1,"questionnaireVersion":"2026.1","savedAt":"2026-12-01T10:00:00.000Z","actions":[{"factorId":"visie","what":"Plan maken","who":"Team","when":"Q1"}],"kind":"deelnemer","mode":"volledig","includeClientModule":false,"profile":{"municipality":"Zwolle","team":"Wijkteam Noord","inhabitants":130000,"date":"2026-11-30"},"answers":{"visie-1":4,"visie-2":"weet-niet"},"important":["visie"],"notes":{"visie":"Goed gesprek"},"outOfScope":[],"ladder":{},"lastStep":"visie"}'
const RESULT = JSON.parse(SCAN) as unknown
const COLLECTION = `${JSON.stringify({ tool: 'integraalscan', schemaVersion: 1, kind: 'verzameling', results: [{ name: 'Noord, november', savedAt: '2026-12-01T10:00:00.000Z', result: RESULT }] }, null, 2)}\n`

afterEach(() => {
  window.localStorage.clear()
  for (const notice of useStorageNotices().notices.value) useStorageNotices().dismiss(notice.id)
})

describe('data stored by the current version keeps opening', () => {
  it('the scan in progress, with its profile, answers, note, action and step', () => {
    window.localStorage.setItem('integraalscan:huidige-invulling', SCAN)
    setActivePinia(createPinia())
    const scan = useAssessmentStore()
    expect(scan.answers.profile).toEqual({ municipality: 'Zwolle', team: 'Wijkteam Noord', inhabitants: 130000, date: '2026-11-30' })
    expect(scan.answers.answers).toEqual({ 'visie-1': 4, 'visie-2': 'weet-niet' })
    expect(scan.answers.notes).toEqual({ visie: 'Goed gesprek' })
    expect(scan.actions).toEqual([{ factorId: 'visie', what: 'Plan maken', who: 'Team', when: 'Q1' }])
    expect(scan.lastStep).toBe('visie')
    expect(useStorageNotices().notices.value).toEqual([])
  })

  it('the saved results, the large-text setting and the invitation', () => {
    const code = encodeInvitation(questionnaire, { team: 'Noord', mode: 'kort', includeClientModule: false, outOfScope: [], round: 1, askOnly: [] })
    window.localStorage.setItem('integraalscan:bewaarde-resultaten', COLLECTION)
    window.localStorage.setItem('integraalscan:grote-letters', '1')
    window.localStorage.setItem('integraalscan:uitnodiging', code)
    setActivePinia(createPinia())
    expect(useSavedResultsStore().entries.map((entry) => entry.name)).toEqual(['Noord, november'])
    expect(useSettingsStore().largeText).toBe(true)
    expect(useHandinStore().invitation?.setup.team).toBe('Noord')
    expect(useStorageNotices().notices.value).toEqual([])
  })

  it('a tampered key opens the rest and offers the tampered value instead of dropping it', () => {
    window.localStorage.setItem('integraalscan:huidige-invulling', SCAN.replace('"mode":"volledig"', '"mode":"half"'))
    window.localStorage.setItem('integraalscan:uitnodiging', 'niet-een-code')
    setActivePinia(createPinia())
    expect(useAssessmentStore().answers.answers).toEqual({})
    expect(useHandinStore().invitation).toBeNull()
    expect(window.localStorage.getItem('integraalscan:huidige-invulling:onleesbaar')).toContain('"mode":"half"')
    expect(useStorageNotices().notices.value.map((notice) => notice.kind)).toEqual(['unreadable', 'unreadable'])
  })
})

describe('the workshop and its session, as earlier versions stored them, keep opening', () => {
  /** A team file of questionnaire 2026.1, and labels as stored before routes were (issue #22 moved both onto persisted). */
  const TEAM = readFileSync(resolve(import.meta.dirname, '../../fixtures/legacy/team-2026-1.json'), 'utf8')
  const LABELS = '[{"label":"Beleid","source":"link"},{"label":"Sanne","source":"sanne.json","replaced":1}]'

  it('the workshop with its participants’ labels, and the session with its invitation and round-2 hand-in', () => {
    const round1 = { team: 'Noord', mode: 'volledig' as const, includeClientModule: false, outOfScope: [], round: 1 as const, askOnly: [] }
    const round2 = { ...round1, round: 2 as const, askOnly: ['ict'] }
    window.localStorage.setItem('integraalscan:workshop', TEAM)
    window.localStorage.setItem('integraalscan:workshop-labels', LABELS)
    window.localStorage.setItem(
      'integraalscan:workshop-sessie',
      JSON.stringify({
        invitation: encodeInvitation(questionnaire, round1),
        expected: 8,
        roundTwo: encodeInvitation(questionnaire, round2),
        roundTwoCodes: [encodeHandinCode(questionnaire, { ...emptyAnswers(), answers: { 'ict-1': 3 } }, 0)],
      }),
    )
    setActivePinia(createPinia())
    const workshop = useWorkshopStore()
    expect(workshop.participants.map(({ label, route, source, replaced }) => ({ label, route, source, replaced }))).toEqual([
      { label: 'Beleid', route: 'link', source: 'link', replaced: 0 },
      { label: 'Sanne', route: 'file', source: 'sanne.json', replaced: 1 },
      { label: 'Deelnemer 3', route: 'team', source: '', replaced: 0 },
    ])
    expect(workshop.agreed).toEqual({ ict: { score: 2, note: 'Twee systemen naast elkaar' } })
    const session = useWorkshopSessionStore()
    expect(session.invitation?.setup.team).toBe('Noord')
    expect(session.expected).toBe(8)
    expect(session.roundTwo?.setup.askOnly).toEqual(['ict'])
    expect(session.roundTwoAnswers.map((item) => item.answers.answers)).toEqual([{ 'ict-1': 3 }])
    expect(useStorageNotices().notices.value).toEqual([])
  })

  it('a tampered session is set aside and offered, the workshop still opens', () => {
    window.localStorage.setItem('integraalscan:workshop', TEAM)
    window.localStorage.setItem('integraalscan:workshop-sessie', '{"invitation":"niet-een-code","expected":3}')
    setActivePinia(createPinia())
    expect(useWorkshopStore().participants).toHaveLength(3)
    expect(useWorkshopSessionStore().invitation).toBeNull()
    expect(window.localStorage.getItem('integraalscan:workshop-sessie:onleesbaar')).toContain('niet-een-code')
    expect(useStorageNotices().notices.value.map((notice) => `${notice.kind}:${notice.key}`)).toEqual(['unreadable:workshop-sessie'])
  })
})
