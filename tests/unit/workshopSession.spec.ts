import { describe, expect, it } from 'vitest'
import { questionnaire } from '@/content/questionnaire'
import { encodeHandinCode, NO_SESSION } from '@/core/files/handinCode'
import { encodeInvitation, makeInvitation, type WorkshopSetup } from '@/core/files/invitation'
import { emptyAnswers } from '@/core/files/newResult'
import { decodeSession, emptySession, encodeSession, handInRound, invitationProfile, placeRoundTwo } from '@/core/team/workshopSession'
import { buildParticipant } from './helpers/builders'

const setup: WorkshopSetup = { team: 'Wijkteam Noord', municipality: 'Ede', date: '2026-12-07', mode: 'volledig', includeClientModule: false, outOfScope: [], round: 1, askOnly: [] }
const first = makeInvitation(questionnaire, setup)
const second = makeInvitation(questionnaire, { ...setup, round: 2, askOnly: ['ict'] })
const anna = { ...emptyAnswers(), answers: { 'ict-1': 4 as const }, handinId: '0a0a0a0a0a0a' }
const handIn = (session: number | undefined) => ({ kind: 'result' as const, result: buildParticipant(), ...(session === undefined ? {} : { session }) })

describe('the stored workshop session', () => {
  it('opens what the version before persisted() wrote: the codes themselves', () => {
    const text = JSON.stringify({
      invitation: encodeInvitation(questionnaire, setup),
      expected: 12,
      roundTwo: encodeInvitation(questionnaire, second.setup),
      roundTwoCodes: [encodeHandinCode(questionnaire, anna, second.fingerprint)],
    })
    const read = decodeSession(questionnaire, text)
    if (!read.ok) throw new Error('not read')
    expect(read.value.invitation?.setup.team).toBe('Wijkteam Noord')
    expect(read.value.invitation?.fingerprint).toBe(first.fingerprint)
    expect(read.value.expected).toBe(12)
    expect(read.value.roundTwo?.setup.askOnly).toEqual(['ict'])
    expect(read.value.roundTwoAnswers.map((item) => item.answers.answers)).toEqual([{ 'ict-1': 4 }])
    expect(decodeSession(questionnaire, encodeSession(questionnaire, read.value))).toEqual(read)
  })

  it('is unreadable when it is not a session or a code in it no longer decodes; a count that is no count is none', () => {
    expect(decodeSession(questionnaire, '{').ok).toBe(false)
    expect(decodeSession(questionnaire, '{"invitation":12}').ok).toBe(false)
    expect(decodeSession(questionnaire, '{"invitation":"niet-een-code"}').ok).toBe(false)
    const read = decodeSession(questionnaire, '{"invitation":null,"expected":2.5}')
    expect(read).toEqual({ ok: true, value: emptySession() })
  })
})

describe('where a hand-in belongs', () => {
  const session = { ...emptySession(), invitation: first, roundTwo: second }

  it('round 2’s hand-ins to round 2, another session’s refused, files and codes without a session to the workshop', () => {
    expect(handInRound(session, handIn(second.fingerprint))).toBe('round-two')
    expect(handInRound(session, handIn(first.fingerprint))).toBe('workshop')
    expect(handInRound(session, handIn(NO_SESSION))).toBe('workshop')
    expect(handInRound(session, handIn(undefined))).toBe('workshop')
    expect(handInRound(session, handIn(12345))).toBe('other-session')
    expect(handInRound(emptySession(), handIn(12345))).toBe('workshop')
  })

  it('round 2 keeps one hand-in per participant: added, the same again, changed answers in her place', () => {
    const added = placeRoundTwo([], anna)
    expect([added.placement.kind, added.at, added.list.length]).toEqual(['add', 0, 1])
    expect(placeRoundTwo(added.list, anna).placement.kind).toBe('duplicate')
    const changed = placeRoundTwo(added.list, { ...anna, answers: { 'ict-1': 2 } })
    expect([changed.placement.kind, changed.at]).toEqual(['replace', 0])
    expect(changed.list.map((item) => item.answers.answers)).toEqual([{ 'ict-1': 2 }])
  })

  it('the invitation names the workshop by its team, municipality and date only', () => {
    expect(invitationProfile(setup)).toEqual({ team: 'Wijkteam Noord', municipality: 'Ede', date: '2026-12-07' })
    expect(invitationProfile({ ...setup, team: undefined, date: undefined })).toEqual({ municipality: 'Ede' })
  })
})
