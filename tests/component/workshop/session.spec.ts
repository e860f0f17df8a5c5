/**
 * The workshop as one session, through its stores: one participant is one participant whatever route
 * she takes, the invitation names the team, a code of another session is refused, and round two's
 * code follows every answer and survives a reload of the workshop.
 */
import { beforeEach, describe, expect, it } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { questionnaire } from '@/content/questionnaire'
import type { Answers, ScaleAnswer } from '@/core/model'
import { encodeHandinCode, decodeHandinCode } from '@/core/files/handinCode'
import { encodeInvitation, type WorkshopSetup } from '@/core/files/invitation'
import { emptyAnswers, toParticipantResult } from '@/core/files/newResult'
import { serializeResult } from '@/core/files/fileFormat'
import { readCode, readFileInput } from '@/core/files/intake'
import { useWorkshopStore } from '@/stores/workshop'
import { useWorkshopSessionStore } from '@/stores/workshopSession'
import { useAssessmentStore } from '@/stores/assessment'
import { useHandinStore } from '@/stores/handin'

const setup: WorkshopSetup = { team: 'Wijkteam Noord', municipality: 'Ede', date: '2026-12-07', mode: 'volledig', includeClientModule: true, outOfScope: [], round: 1, askOnly: [] }
const ict = questionnaire.factors.find((factor) => factor.id === 'ict')!
const ictStatements = ict.statements.map((statement) => statement.id)
/** ict-5 is worded as the knelpunt (issue #26): answered mirrored, so the factor scores `score`. */
const counting = (id: string, score: 1 | 2 | 3 | 4 | 5): ScaleAnswer => (ict.statements.find((s) => s.id === id)?.reversed === true ? ((6 - score) as ScaleAnswer) : score)

/** A participant who answered the ICT statements with `score`, her organisation answers and role group. */
function participant(handinId: string, score: 1 | 2 | 3 | 4 | 5): Answers {
  return {
    ...emptyAnswers(),
    answers: Object.fromEntries(ictStatements.map((id) => [id, counting(id, score)])),
    roleGroup: 'uitvoering',
    organisation: { place: 'backoffice', direction: 'horizontaal', forms: { casemanagement: 'ja' } },
    handinId,
  }
}

const camera = (answers: Answers, session: number) => {
  const read = readCode(encodeHandinCode(questionnaire, answers, session), questionnaire)
  if (!read.ok) throw new Error('unreadable code')
  return useWorkshopSessionStore().take(read.received, 'De QR-code', 'camera')
}

const fileOf = (answers: Answers, name: string) => {
  const text = serializeResult(toParticipantResult(answers, { questionnaireVersion: questionnaire.version, actions: [], savedAt: '2026-12-07T10:00:00.000Z' }))
  const read = readFileInput({ name, text, tooLarge: false })
  if (!read.ok) throw new Error('unreadable file')
  return useWorkshopSessionStore().take(read.received, name, 'file')
}

beforeEach(() => {
  window.localStorage.clear()
  setActivePinia(createPinia())
})

describe('one participant is one participant', () => {
  it('counts a code and then her file (with name and notes) once, and a changed answer replaces her hand-in', () => {
    const session = useWorkshopSessionStore()
    session.invite(setup, 3)
    const fingerprint = session.invitation!.fingerprint
    const anna = participant('0a0a0a0a0a0a', 4)
    expect(camera(anna, fingerprint)).toMatchObject({ status: 'added', label: 'Deelnemer 1', route: 'camera' })
    const withNotes = { ...anna, profile: { ...anna.profile, participant: 'Anna' }, notes: { ict: 'Twee systemen' } }
    expect(fileOf(withNotes, 'anna.json')).toMatchObject({ status: 'duplicate', label: 'Deelnemer 1' })
    expect(camera({ ...anna, answers: { ...anna.answers, [ictStatements[0]!]: 2 } }, fingerprint)).toMatchObject({ status: 'replaced', label: 'Deelnemer 1' })
    const workshop = useWorkshopStore()
    expect(workshop.participants).toHaveLength(1)
    expect(workshop.participants[0]).toMatchObject({ route: 'camera', replaced: 1 })
    expect(workshop.participants[0]!.answers.answers[ictStatements[0]!]).toBe(2)
    // Her organisation answers and role group came with the code.
    expect(workshop.participants[0]!.answers).toMatchObject({ roleGroup: 'uitvoering', organisation: { place: 'backoffice', direction: 'horizontaal', forms: { casemanagement: 'ja' } } })
    // Another participant with the same answers but her own id is her own participant.
    expect(camera(participant('0b0b0b0b0b0b', 4), fingerprint)).toMatchObject({ status: 'added', label: 'Deelnemer 2' })
    expect(useWorkshopStore().progress.get(workshop.participants[1]!.key)).toMatchObject({ answered: ictStatements.length })
  })

  it('names the team after the invitation when everyone hands in by code, and refuses a code of another session', () => {
    const session = useWorkshopSessionStore()
    session.invite(setup, null)
    camera(participant('0c0c0c0c0c0c', 3), session.invitation!.fingerprint)
    expect(useWorkshopStore().teamResult?.profile).toMatchObject({ team: 'Wijkteam Noord', municipality: 'Ede', date: '2026-12-07' })
    expect(camera(participant('0d0d0d0d0d0d', 3), 12345)).toMatchObject({ status: 'refused', error: { code: 'andere-sessie' } })
    expect(useWorkshopStore().participants).toHaveLength(1)
  })
})

describe('round two', () => {
  it('follows every answer on the participant’s side, reaches the facilitator and survives a reload', () => {
    const session = useWorkshopSessionStore()
    session.invite(setup, null)
    for (const [id, score] of [['010101010101', 1], ['020202020202', 5], ['030303030303', 2]] as const) camera(participant(id, score), session.invitation!.fingerprint)
    session.inviteRoundTwo(['ict'])
    const round2 = session.roundTwo!

    // The participant opens the round-2 invitation; her code changes with each answer she gives.
    const assessment = useAssessmentStore()
    assessment.load(toParticipantResult(participant('010101010101', 1), { questionnaireVersion: questionnaire.version, actions: [], savedAt: '' }))
    const handin = useHandinStore()
    handin.accept(encodeInvitation(questionnaire, round2.setup))
    const before = handin.code
    for (const id of ictStatements) assessment.answer(id, 3) // 3 mirrored is 3
    expect(handin.code).not.toBe(before)
    const decoded = decodeHandinCode(questionnaire, handin.code)
    expect(decoded.ok && ictStatements.map((id) => decoded.value.answers.answers[id])).toEqual(ictStatements.map(() => 3))

    expect(camera(decoded.ok ? decoded.value.answers : emptyAnswers(), decoded.ok ? decoded.value.session : 0)).toMatchObject({ status: 'added', round: 2, label: 'Deelnemer 1' })
    const row = () => useWorkshopSessionStore().comparison.find((item) => item.factorId === 'ict')
    // Round 1: factor scores 1, 5 and 2 (median 2); round 2: one participant at 3.
    expect(row()).toMatchObject({ first: { n: 3, median: 2 }, second: { n: 1, median: 3 } })
    setActivePinia(createPinia())
    expect(row()).toMatchObject({ first: { n: 3, median: 2 }, second: { n: 1, median: 3 } })
    useWorkshopSessionStore().agreeFromRoundTwo('ict')
    expect(useWorkshopStore().agreed.ict).toEqual({ score: 3 })
  })
})
