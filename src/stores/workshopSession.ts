import { defineStore } from 'pinia'
import { computed } from 'vue'
import { currentQuestionnaire } from '@/composables/useQuestionnaire'
import type { Answers, Questionnaire } from '@/core/model'
import { makeInvitation, type WorkshopSetup } from '@/core/files/invitation'
import { answersOf } from '@/core/files/newResult'
import { refusal, type IntakeOutcome, type Received, type Route } from '@/core/files/intake'
import { compareRounds, dividedFactors } from '@/core/team/roundTwo'
import { decodeSession, emptySession, encodeSession, handInRound, invitationProfile, placeRoundTwo, type WorkshopSession } from '@/core/team/workshopSession'
import { persisted, type StoredFormat } from '@/composables/persisted'
import { useMessages } from '@/locales'
import { useWorkshopStore } from './workshop'

const SESSION_KEY = 'workshop-sessie'

const sessionFormat = (q: Questionnaire): StoredFormat<WorkshopSession> => ({ decode: (text) => decodeSession(q, text), encode: (session) => encodeSession(q, session) })

/**
 * The facilitator's side of a workshop session: the invitation (round 1 and, for the factors the room
 * called "verdeeld", round 2) and what comes in by QR code or short link. Round-1 hand-ins join the
 * workshop's participants; round-2 hand-ins are kept beside them. A hand-in of another session is refused.
 */
export const useWorkshopSessionStore = defineStore('workshopSession', () => {
  const questionnaire = currentQuestionnaire()
  const workshop = useWorkshopStore()
  const t = useMessages()
  const stored = persisted(SESSION_KEY, sessionFormat(questionnaire), { initial: emptySession, isEmpty: (session) => session.invitation === null && session.expected === null })
  const session = stored.state

  const invitation = computed(() => session.value.invitation)
  const expected = computed(() => session.value.expected)
  const roundTwo = computed(() => session.value.roundTwo)
  const roundTwoAnswers = computed(() => session.value.roundTwoAnswers)
  const received = computed(() => workshop.participants.length)
  const divided = computed(() => (workshop.team ? dividedFactors(workshop.team) : []))
  const comparison = computed(() =>
    roundTwo.value ? compareRounds(questionnaire, workshop.team, roundTwoAnswers.value.map((item) => item.answers), roundTwo.value.setup.askOnly) : [],
  )

  /** The invitation's team, municipality and date name the workshop, whatever route its participants take. */
  function adoptSetup(): void {
    if (invitation.value) workshop.adoptProfile(invitationProfile(invitation.value.setup))
  }

  function keep(next: WorkshopSession): void {
    session.value = next
    stored.flush()
  }

  function invite(setup: WorkshopSetup, expectedCount: number | null): void {
    keep({ invitation: makeInvitation(questionnaire, { ...setup, round: 1, askOnly: [] }), expected: expectedCount, roundTwo: null, roundTwoAnswers: [] })
    adoptSetup()
  }

  function inviteRoundTwo(askOnly: string[]): void {
    const base = invitation.value?.setup
    if (!base || askOnly.length === 0) return
    keep({ ...session.value, roundTwo: makeInvitation(questionnaire, { ...base, round: 2, askOnly }), roundTwoAnswers: [] })
  }

  const clearSession = () => stored.reset()

  /**
   * What a page read, checked against this session: a hand-in of round 2 joins round 2, one of another
   * session is refused, anything else (files included) goes to the workshop. Nothing changes on refusal.
   */
  function take(read: Received, name: string, route: Route): IntakeOutcome {
    const round = handInRound(session.value, read)
    if (round === 'round-two' && read.kind === 'result' && read.result.kind === 'deelnemer') return addRoundTwo(answersOf(read.result), name, route)
    if (round === 'other-session') return refusal(name, { code: 'andere-sessie' })
    const outcome = workshop.take(read, name, route)
    if (outcome.status === 'added' || outcome.status === 'replaced') adoptSetup()
    return outcome
  }

  function addRoundTwo(answers: Answers, name: string, route: Route): IntakeOutcome {
    const placed = placeRoundTwo(roundTwoAnswers.value, answers)
    const label = labelOf(answers, placed.at)
    if (placed.placement.kind === 'duplicate') return { status: 'duplicate', name, label, round: 2, route }
    keep({ ...session.value, roundTwoAnswers: placed.list })
    return { status: placed.placement.kind === 'add' ? 'added' : 'replaced', name, label, round: 2, route }
  }

  /** The round-1 label of the same participant (by her hand-in id), else "Deelnemer N" of round 2. */
  function labelOf(answers: Answers, at: number): string {
    const same = answers.handinId === undefined ? undefined : workshop.participants.find((item) => item.answers.handinId === answers.handinId)
    return same?.label ?? t.workshop.participants.numbered(at + 1)
  }

  /** The agreed score, offered from round 2's median. */
  function agreeFromRoundTwo(factorId: string): void {
    const row = comparison.value.find((item) => item.factorId === factorId)
    if (row?.second.median == null) return
    workshop.setAgreed(factorId, { ...(workshop.agreed[factorId] ?? {}), score: row.second.median })
  }

  return { invitation, expected, roundTwo, roundTwoAnswers, received, divided, comparison, invite, inviteRoundTwo, clearSession, take, agreeFromRoundTwo }
})
