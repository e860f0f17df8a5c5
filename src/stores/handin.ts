import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import { currentQuestionnaire } from '@/composables/useQuestionnaire'
import { emptyAnswers, toParticipantResult } from '@/core/files/newResult'
import { answersForRoundTwo, answersForSetup, decodeInvitation, type Invitation } from '@/core/files/invitation'
import { encodeHandinCode, NO_SESSION } from '@/core/files/handinCode'
import { encodeShortShareFragment } from '@/core/files/shortLink'
import type { CodeOutcome } from '@/core/files/codeLayout'
import { useDeviceStorage } from '@/composables/useDeviceStorage'
import { useAssessmentStore } from './assessment'

const INVITATION_KEY = 'uitnodiging'

/**
 * The participant's side of a workshop: the invitation she opened (so her hand-in code carries its
 * session) and the code and short link she hands in. Nothing here leaves the device by itself.
 */
export const useHandinStore = defineStore('handin', () => {
  const questionnaire = currentQuestionnaire()
  const storage = useDeviceStorage()
  const assessment = useAssessmentStore()
  const invitationCode = ref<string | null>(storage.read(INVITATION_KEY))
  storage.onClearAll(() => {
    invitationCode.value = null
  })

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

  /** A scan with answers that belongs to no invitation or to another one would be replaced. */
  function wouldReplace(next: Invitation): boolean {
    return next.setup.round === 1 && assessment.progress.answered > 0 && invitation.value?.fingerprint !== next.fingerprint
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
      const base = setup.round === 2 ? answersForRoundTwo(questionnaire, setup, assessment.answers) : answersForSetup(setup, emptyAnswers())
      assessment.load(
        toParticipantResult(base, {
          questionnaireVersion: questionnaire.version,
          actions: setup.round === 2 ? assessment.actions : [],
          savedAt: new Date().toISOString(),
        }),
      )
    }
    invitationCode.value = text
    storage.write(INVITATION_KEY, text)
    return read
  }

  function leave(): void {
    invitationCode.value = null
    storage.remove(INVITATION_KEY)
  }

  return { invitation, session, code, shortFragment, panel, wouldReplace, accept, leave }
})
