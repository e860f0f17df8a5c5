import { defineStore } from 'pinia'
import { computed, onScopeDispose, ref, watch } from 'vue'
import { QUESTIONNAIRE_VERSION } from '@/content/version'
import type { AccessAnswer, Action, Answers, LadderAnswer, OrganisationAnswers, OwnGuessAnswer, ParticipantResult, Profile, RoleGroup, ScaleAnswer, ScanMode } from '@/core/model'
import { answersOf, emptyAnswers, toParticipantResult } from '@/core/files/newResult'
import { parseResultFile, storedResultText } from '@/core/files/fileFormat'
import { completeness, type Completeness } from '@/core/scan/scoring'
import { patchProfile } from '@/core/scan/profile'
import { newHandinId } from '@/core/files/handinId'
import { useDeviceStorage } from '@/composables/useDeviceStorage'
import { loadedQuestionnaire } from '@/composables/useQuestionnaire'

const CURRENT_KEY = 'huidige-invulling'
/** Progress while the questionnaire is still on its way (only the start page renders that early). */
const NOT_YET_KNOWN: Completeness = { answered: 0, unknown: 0, total: 0, ratio: 0 }

/** The scan this respondent is filling in now; every change is saved at once (see useDeviceStorage). */
export const useAssessmentStore = defineStore('assessment', () => {
  const storage = useDeviceStorage()
  const answers = ref<Answers>(emptyAnswers())
  const actions = ref<Action[]>([])
  const lastStep = ref<string | undefined>(undefined)
  const started = ref(false)

  restore()
  onScopeDispose(storage.onClearAll(startNew))

  const progress = computed(() => {
    const q = loadedQuestionnaire()
    return q ? completeness(q, answers.value) : NOT_YET_KNOWN
  })
  const result = computed<ParticipantResult>(() =>
    toParticipantResult(answers.value, {
      questionnaireVersion: QUESTIONNAIRE_VERSION,
      actions: actions.value,
      ...(lastStep.value === undefined ? {} : { lastStep: lastStep.value }),
      savedAt: new Date().toISOString(),
    }),
  )

  watch([answers, actions, lastStep, started], persist, { deep: true })

  function restore(): void {
    const stored = storage.read(CURRENT_KEY)
    if (stored === null) return
    const outcome = parseResultFile(stored)
    if (outcome.ok && outcome.result.kind === 'deelnemer') applyResult(outcome.result)
  }

  function persist(): void {
    if (!started.value) return
    storage.write(CURRENT_KEY, storedResultText(result.value))
  }

  function applyResult(loaded: ParticipantResult): void {
    answers.value = answersOf(loaded)
    actions.value = loaded.actions
    lastStep.value = loaded.lastStep
    started.value = true
  }

  function touch(): void {
    started.value = true
    // Made with the first change, so this scan's code, link and file all carry the same hand-in id.
    answers.value.handinId ??= newHandinId()
  }

  function setMode(mode: ScanMode): void {
    answers.value.mode = mode
    touch()
  }

  function setIncludeClientModule(include: boolean): void {
    answers.value.includeClientModule = include
    touch()
  }

  function updateProfile(patch: Partial<Profile>): void {
    answers.value.profile = patchProfile(answers.value.profile, patch)
    touch()
  }

  function answer(statementId: string, value: ScaleAnswer | undefined): void {
    if (value === undefined) delete answers.value.answers[statementId]
    else answers.value.answers[statementId] = value
    touch()
  }

  function setImportant(factorId: string, important: boolean): void {
    const others = answers.value.important.filter((id) => id !== factorId)
    answers.value.important = important ? [...others, factorId] : others
    touch()
  }

  function setNote(factorId: string, note: string): void {
    if (note.trim() === '') delete answers.value.notes[factorId]
    else answers.value.notes[factorId] = note
    touch()
  }

  /** A factor or theme set "niet van toepassing voor ons" is left out of every score. */
  function setOutOfScope(id: string, outOfScope: boolean): void {
    const others = answers.value.outOfScope.filter((item) => item !== id)
    answers.value.outOfScope = outOfScope ? [...others, id] : others
    touch()
  }

  function answerLadder(indicatorId: string, value: LadderAnswer | undefined): void {
    if (value === undefined) delete answers.value.ladder[indicatorId]
    else answers.value.ladder[indicatorId] = value
    touch()
  }

  function setAccess(value: AccessAnswer | undefined): void {
    if (value === undefined) delete answers.value.access
    else answers.value.access = value
    touch()
  }

  /** One organisational answer; undefined removes it, and an empty organisation block is dropped. */
  function setOrganisation<K extends keyof OrganisationAnswers>(key: K, value: OrganisationAnswers[K] | undefined): void {
    const next: OrganisationAnswers = { ...answers.value.organisation }
    if (value === undefined) delete next[key]
    else next[key] = value
    if (Object.keys(next).length === 0) delete answers.value.organisation
    else answers.value.organisation = next
    touch()
  }

  function setOwnGuess(value: OwnGuessAnswer | undefined): void {
    if (value === undefined) delete answers.value.ownGuess
    else answers.value.ownGuess = value
    touch()
  }

  function setRoleGroup(value: RoleGroup | undefined): void {
    if (value === undefined) delete answers.value.roleGroup
    else answers.value.roleGroup = value
    touch()
  }

  function setActions(next: Action[]): void {
    actions.value = next
    touch()
  }

  function setLastStep(step: string): void {
    lastStep.value = step
  }

  /** Continues a scan opened from a file, exactly where it was left. */
  function load(loaded: ParticipantResult): void {
    applyResult(loaded)
    persist()
  }

  function startNew(): void {
    answers.value = emptyAnswers()
    actions.value = []
    lastStep.value = undefined
    started.value = false
    storage.remove(CURRENT_KEY)
  }

  return {
    answers,
    actions,
    lastStep,
    started,
    progress,
    result,
    setMode,
    setIncludeClientModule,
    updateProfile,
    answer,
    setImportant,
    setNote,
    setOutOfScope,
    answerLadder,
    setAccess,
    setOrganisation,
    setOwnGuess,
    setRoleGroup,
    setActions,
    setLastStep,
    load,
    startNew,
  }
})
