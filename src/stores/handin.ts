import { defineStore } from 'pinia'
import { computed } from 'vue'
import { currentQuestionnaire } from '@/composables/useQuestionnaire'
import { emptyAnswers, toParticipantResult } from '@/core/files/newResult'
import { answersForRoundTwo, answersForSetup, decodeInvitation, type Invitation } from '@/core/files/invitation'
import { encodeHandinCode, NO_SESSION } from '@/core/files/handinCode'
import { encodeShortShareFragment } from '@/core/files/shortLink'
import type { CodeOutcome } from '@/core/files/codeLayout'
import type { Questionnaire } from '@/core/model'
import { invitationWouldReplace, isSameWorkshop } from '@/core/files/invitationSession'
import { persisted, type StoredFormat } from '@/composables/persisted'
import { useAssessmentStore } from './assessment'

const INVITATION_KEY = 'uitnodiging'

/** Stored as the invitation code itself; a code that no longer decodes is unreadable, not an invitation. */
const codeFormat = (q: Questionnaire): StoredFormat<string | null> => ({
  decode: (text) => (decodeInvitation(q, text.trim()).ok ? { ok: true, value: text.trim() } : { ok: false }),
  encode: (code) => code ?? '',
})

/**
 * The participant's side of a workshop: the invitation she opened (so her hand-in code carries its
 * session) and the code and short link she hands in. Nothing here leaves the device by itself.
 */
export const useHandinStore = defineStore('handin', () => {
  const questionnaire = currentQuestionnaire()
  const assessment = useAssessmentStore()
  const invitationCode = persisted(INVITATION_KEY, codeFormat(questionnaire), { initial: () => null, isEmpty: (code) => code === null }).state

  const invitation = computed<Invitation | null>(() => {
    if (invitationCode.value === null) return null
    const read = decodeInvitation(questionnaire, invitationCode.value)
    return read.ok ? read.value : null
  })
  const session = computed(() => invitation.value?.fingerprint ?? NO_SESSION)
  const code = computed(() => encodeHandinCode(questionnaire, assessment.answers, session.value))
  const shortFragment = computed(() => encodeShortShareFragment(questionnaire, assessment.answers, session.value))

  /** What the hand-in panel shows (HandinPanel's props). */
  const panel = computed(() => ({
    setup: invitation.value?.setup ?? null,
    code: code.value,
    shortFragment: shortFragment.value,
    result: assessment.result,
    open: assessment.progress.total - assessment.progress.answered,
  }))

  /** A scan with answers that belongs to no invitation or to another workshop would be replaced (either round). */
  function wouldReplace(next: Invitation): boolean {
    return invitationWouldReplace({ answered: assessment.progress.answered, invitation: invitation.value }, next)
  }

  /**
   * Starts the scan as invited. Round 1 starts afresh with the session's set-up; round 2 keeps the
   * participant's answers and clears only those of the factors asked again.
   */
  function accept(text: string): CodeOutcome<Invitation> {
    const read = decodeInvitation(questionnaire, text)
    if (!read.ok) return read
    const { setup } = read.value
    const same = invitation.value?.fingerprint === read.value.fingerprint
    if (!same) {
      // Round 2 continues round 1's answers only when they are this workshop's; else it starts afresh.
      const continues = setup.round === 2 && invitation.value !== null && isSameWorkshop(invitation.value.setup, setup)
      const base = continues ? answersForRoundTwo(questionnaire, setup, assessment.answers) : answersForSetup(setup, emptyAnswers())
      assessment.load(
        toParticipantResult(base, {
          questionnaireVersion: questionnaire.version,
          actions: continues ? assessment.actions : [],
          savedAt: new Date().toISOString(),
        }),
      )
    }
    invitationCode.value = text.replace(/\s+/g, '')
    return read
  }

  function leave(): void {
    invitationCode.value = null
  }

  return { invitation, session, code, shortFragment, panel, wouldReplace, accept, leave }
})
