import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import { currentQuestionnaire } from '@/composables/useQuestionnaire'
import type { Answers } from '@/core/model'
import { decodeInvitation, encodeInvitation, makeInvitation, type Invitation, type WorkshopSetup } from '@/core/files/invitation'
import { decodeHandinCode, encodeHandinCode, NO_SESSION, type HandIn } from '@/core/files/handinCode'
import { decodeShortShareFragment } from '@/core/files/shortLink'
import { shareFragmentOf } from '@/core/files/participantImport'
import type { CodeError } from '@/core/files/codeLayout'
import { resultFingerprint } from '@/core/files/fingerprint'
import { toParticipantResult } from '@/core/files/newResult'
import { compareRounds, dividedFactors } from '@/core/team/roundTwo'
import type { ReceiveOutcome } from '@/core/files/receiveOutcome'
import { useDeviceStorage } from '@/composables/useDeviceStorage'
import { useWorkshopStore } from './workshop'

const SESSION_KEY = 'workshop-sessie'

interface StoredSession {
  invitation: string | null
  expected: number | null
  roundTwo: string | null
  /** Round-2 hand-ins, kept as their own compact codes. */
  roundTwoCodes: string[]
}

function answersFingerprint(answers: Answers): string {
  return resultFingerprint(toParticipantResult({ ...answers, profile: {}, notes: {} }, { questionnaireVersion: '', actions: [], savedAt: '' }))
}

/**
 * The facilitator's side of a workshop session: the invitation (round 1 and, for the factors the room
 * called "verdeeld", round 2) and what comes in by QR code or short link. Round-1 hand-ins join the
 * workshop's participants; round-2 hand-ins are kept beside them.
 */
export const useWorkshopSessionStore = defineStore('workshopSession', () => {
  const questionnaire = currentQuestionnaire()
  const storage = useDeviceStorage()
  const workshop = useWorkshopStore()
  const invitation = ref<Invitation | null>(null)
  const expected = ref<number | null>(null)
  const roundTwo = ref<Invitation | null>(null)
  const roundTwoAnswers = ref<{ answers: Answers; fingerprint: string }[]>([])
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
      const read = decodeHandinCode(questionnaire, code)
      return read.ok ? [{ answers: read.value.answers, fingerprint: answersFingerprint(read.value.answers) }] : []
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

  function invite(setup: WorkshopSetup, expectedCount: number | null): void {
    invitation.value = makeInvitation(questionnaire, { ...setup, round: 1, askOnly: [] })
    expected.value = expectedCount
    roundTwo.value = null
    roundTwoAnswers.value = []
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

  /** A QR code's text, a short link or the bare code: one outcome, nothing changed on refusal. */
  function readHandIn(text: string): { ok: true; value: HandIn } | { ok: false; error: CodeError } {
    const fragment = shareFragmentOf(text)
    return fragment === null ? decodeHandinCode(questionnaire, text) : decodeShortShareFragment(questionnaire, fragment)
  }

  function receive(text: string, source: string): ReceiveOutcome {
    const read = readHandIn(text)
    if (!read.ok) return { status: 'fout', error: read.error }
    const { answers, session } = read.value
    const two = roundTwo.value
    if (two && session === two.fingerprint) return addRoundTwo(answers)
    const own = invitation.value?.fingerprint
    if (own !== undefined && session !== NO_SESSION && session !== own) return { status: 'fout', error: 'andere-sessie' }
    const added = workshop.addHandIn(answers, source)
    return added.status === 'toegevoegd' || added.status === 'dubbel'
      ? { status: added.status, round: 1, label: added.label }
      : { status: 'fout', error: 'beschadigd' }
  }

  function addRoundTwo(answers: Answers): ReceiveOutcome {
    const fingerprint = answersFingerprint(answers)
    const index = roundTwoAnswers.value.findIndex((item) => item.fingerprint === fingerprint)
    if (index !== -1) return { status: 'dubbel', round: 2, number: index + 1 }
    roundTwoAnswers.value = [...roundTwoAnswers.value, { answers, fingerprint }]
    persist()
    return { status: 'toegevoegd', round: 2, number: roundTwoAnswers.value.length }
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
    receive,
    agreeFromRoundTwo,
  }
})
