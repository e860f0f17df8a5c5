import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import { currentQuestionnaire } from '@/composables/useQuestionnaire'
import type { Answers } from '@/core/model'
import { decodeInvitation, encodeInvitation, makeInvitation, type Invitation, type WorkshopSetup } from '@/core/files/invitation'
import { decodeHandinCode, encodeHandinCode, NO_SESSION } from '@/core/files/handinCode'
import { answersOf } from '@/core/files/newResult'
import { answersFingerprint } from '@/core/files/fingerprint'
import { refusal, type IntakeOutcome, type Received, type Route } from '@/core/files/intake'
import { indexParticipants, placeHandIn } from '@/core/team/participants'
import { compareRounds, dividedFactors } from '@/core/team/roundTwo'
import { useDeviceStorage } from '@/composables/useDeviceStorage'
import { useMessages } from '@/locales'
import { useWorkshopStore } from './workshop'

const SESSION_KEY = 'workshop-sessie'

interface StoredSession {
  invitation: string | null
  expected: number | null
  roundTwo: string | null
  /** Round-2 hand-ins, kept as their own compact codes. */
  roundTwoCodes: string[]
}

interface RoundTwoHandIn {
  answers: Answers
  fingerprint: string
}

/**
 * The facilitator's side of a workshop session: the invitation (round 1 and, for the factors the room
 * called "verdeeld", round 2) and what comes in by QR code or short link. Round-1 hand-ins join the
 * workshop's participants; round-2 hand-ins are kept beside them. A hand-in of another session is refused.
 */
export const useWorkshopSessionStore = defineStore('workshopSession', () => {
  const questionnaire = currentQuestionnaire()
  const storage = useDeviceStorage()
  const workshop = useWorkshopStore()
  const t = useMessages()
  const invitation = ref<Invitation | null>(null)
  const expected = ref<number | null>(null)
  const roundTwo = ref<Invitation | null>(null)
  const roundTwoAnswers = ref<RoundTwoHandIn[]>([])
  restore()
  storage.onClearAll(clearSession)

  const received = computed(() => workshop.participants.length)
  const divided = computed(() => (workshop.team ? dividedFactors(workshop.team) : []))
  const comparison = computed(() =>
    roundTwo.value
      ? compareRounds(questionnaire, workshop.team, roundTwoAnswers.value.map((item) => item.answers), roundTwo.value.setup.askOnly)
      : [],
  )

  function restore(): void {
    let stored: Partial<StoredSession> = {}
    try {
      stored = JSON.parse(storage.read(SESSION_KEY) ?? '{}') as Partial<StoredSession>
    } catch {
      stored = {}
    }
    const first = typeof stored.invitation === 'string' ? decodeInvitation(questionnaire, stored.invitation) : null
    invitation.value = first?.ok ? first.value : null
    const second = typeof stored.roundTwo === 'string' ? decodeInvitation(questionnaire, stored.roundTwo) : null
    roundTwo.value = second?.ok ? second.value : null
    expected.value = typeof stored.expected === 'number' && Number.isInteger(stored.expected) && stored.expected > 0 ? stored.expected : null
    roundTwoAnswers.value = (Array.isArray(stored.roundTwoCodes) ? stored.roundTwoCodes : []).flatMap((code) => {
      const read = typeof code === 'string' ? decodeHandinCode(questionnaire, code) : null
      return read?.ok ? [{ answers: read.value.answers, fingerprint: answersFingerprint(read.value.answers) }] : []
    })
  }

  function persist(): void {
    const stored: StoredSession = {
      invitation: invitation.value ? encodeInvitation(questionnaire, invitation.value.setup) : null,
      expected: expected.value,
      roundTwo: roundTwo.value ? encodeInvitation(questionnaire, roundTwo.value.setup) : null,
      roundTwoCodes: roundTwoAnswers.value.map((item) => encodeHandinCode(questionnaire, item.answers, roundTwo.value?.fingerprint ?? NO_SESSION)),
    }
    storage.write(SESSION_KEY, JSON.stringify(stored))
  }

  /** The invitation's team, municipality and date name the workshop, whatever route its participants take. */
  function adoptSetup(): void {
    const setup = invitation.value?.setup
    if (setup) workshop.adoptProfile({ ...(setup.team ? { team: setup.team } : {}), ...(setup.municipality ? { municipality: setup.municipality } : {}), ...(setup.date ? { date: setup.date } : {}) })
  }

  function invite(setup: WorkshopSetup, expectedCount: number | null): void {
    invitation.value = makeInvitation(questionnaire, { ...setup, round: 1, askOnly: [] })
    expected.value = expectedCount
    roundTwo.value = null
    roundTwoAnswers.value = []
    adoptSetup()
    persist()
  }

  function inviteRoundTwo(askOnly: string[]): void {
    const base = invitation.value?.setup
    if (!base || askOnly.length === 0) return
    roundTwo.value = makeInvitation(questionnaire, { ...base, round: 2, askOnly })
    roundTwoAnswers.value = []
    persist()
  }

  function clearSession(): void {
    invitation.value = null
    expected.value = null
    roundTwo.value = null
    roundTwoAnswers.value = []
    storage.remove(SESSION_KEY)
  }

  /**
   * What a page read, checked against this session: a hand-in of round 2 joins round 2, one of another
   * session is refused, anything else (files included) goes to the workshop. Nothing changes on refusal.
   */
  function take(read: Received, name: string, route: Route): IntakeOutcome {
    const session = read.kind === 'result' ? read.session : undefined
    const two = roundTwo.value
    if (session !== undefined && two && session === two.fingerprint && read.kind === 'result' && read.result.kind === 'deelnemer') {
      return addRoundTwo(answersOf(read.result), name, route)
    }
    const own = invitation.value?.fingerprint
    if (session !== undefined && own !== undefined && session !== NO_SESSION && session !== own) return refusal(name, { code: 'andere-sessie' })
    const outcome = workshop.take(read, name, route)
    if (outcome.status === 'added' || outcome.status === 'replaced') adoptSetup()
    return outcome
  }

  /** Round 2 keeps one hand-in per participant too: by her hand-in id, else by her answers. */
  function addRoundTwo(answers: Answers, name: string, route: Route): IntakeOutcome {
    const fingerprint = answersFingerprint(answers)
    const list = roundTwoAnswers.value
    const placement = placeHandIn(indexParticipants(list), answers, fingerprint)
    const at = placement.kind === 'add' ? list.length : placement.index
    const label = labelOf(answers, at)
    if (placement.kind === 'duplicate') return { status: 'duplicate', name, label, round: 2, route }
    roundTwoAnswers.value = placement.kind === 'add' ? [...list, { answers, fingerprint }] : list.map((item, index) => (index === at ? { answers, fingerprint } : item))
    persist()
    return { status: placement.kind === 'add' ? 'added' : 'replaced', name, label, round: 2, route }
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

  return {
    invitation,
    expected,
    roundTwo,
    roundTwoAnswers,
    received,
    divided,
    comparison,
    invite,
    inviteRoundTwo,
    clearSession,
    take,
    agreeFromRoundTwo,
  }
})
