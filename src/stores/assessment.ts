import { defineStore } from 'pinia'
import { computed } from 'vue'
import { QUESTIONNAIRE_VERSION } from '@/content/version'
import type { AccessAnswer, Action, Answers, LadderAnswer, OrganisationAnswers, OwnGuessAnswer, ParticipantResult, Profile, RoleGroup, ScaleAnswer, ScanMode } from '@/core/model'
import { answersOf, emptyAnswers, toParticipantResult } from '@/core/files/newResult'
import { parseResultFile, storedResultText } from '@/core/files/fileFormat'
import { completeness, type Completeness } from '@/core/scan/scoring'
import { withEntry, withForm, withMember, withNote, withOptional, withOrganisation, withProfile } from '@/core/scan/answerEdits'
import type { FieldRefusal } from '@/core/util/userText'
import { newHandinId } from '@/core/files/handinId'
import { persisted, type StoredFormat } from '@/composables/persisted'
import { loadedQuestionnaire } from '@/composables/useQuestionnaire'

const CURRENT_KEY = 'huidige-invulling'
/** Progress while the questionnaire is still on its way (only the start page renders that early). */
const NOT_YET_KNOWN: Completeness = { answered: 0, unknown: 0, total: 0, ratio: 0 }

interface Scan {
  answers: Answers
  actions: Action[]
  lastStep?: string
  /** Nothing is stored until the respondent did something. */
  started: boolean
}

const fresh = (): Scan => ({ answers: emptyAnswers(), actions: [], started: false })

const toResult = (scan: Scan): ParticipantResult =>
  toParticipantResult(scan.answers, {
    questionnaireVersion: QUESTIONNAIRE_VERSION,
    actions: scan.actions,
    ...(scan.lastStep === undefined ? {} : { lastStep: scan.lastStep }),
    savedAt: new Date().toISOString(),
  })

const fromResult = (loaded: ParticipantResult): Scan => ({
  answers: answersOf(loaded),
  actions: loaded.actions,
  ...(loaded.lastStep === undefined ? {} : { lastStep: loaded.lastStep }),
  started: true,
})

/** Stored as the participant's result file (compact), as every version so far has. */
const scanFormat: StoredFormat<Scan> = {
  decode(text) {
    const outcome = parseResultFile(text)
    return outcome.ok && outcome.result.kind === 'deelnemer' ? { ok: true, value: fromResult(outcome.result) } : { ok: false }
  },
  encode: (scan) => storedResultText(toResult(scan)),
}

export type FieldOutcome = { ok: true } | { ok: false; refusal: FieldRefusal }

/** The scan this respondent is filling in now; every change is saved at once (see persisted). */
export const useAssessmentStore = defineStore('assessment', () => {
  const stored = persisted(CURRENT_KEY, scanFormat, { initial: fresh, isEmpty: (scan) => !scan.started })
  const scan = stored.state

  const answers = computed(() => scan.value.answers)
  const actions = computed(() => scan.value.actions)
  const lastStep = computed(() => scan.value.lastStep)
  const started = computed(() => scan.value.started)
  const progress = computed(() => {
    const q = loadedQuestionnaire()
    return q ? completeness(q, answers.value) : NOT_YET_KNOWN
  })
  const result = computed<ParticipantResult>(() => toResult(scan.value))

  /**
   * Every answer goes through here: a new state, which `persisted` writes. The first change makes the
   * scan's hand-in id, so its code, link and file all carry the same one (core/files/handinId.ts).
   */
  const edit = (change: (answers: Answers) => Answers) => {
    const next = change(scan.value.answers)
    scan.value = { ...scan.value, answers: next.handinId === undefined ? { ...next, handinId: newHandinId() } : next, started: true }
  }

  const setMode = (mode: ScanMode) => edit((a) => ({ ...a, mode }))
  const setIncludeClientModule = (include: boolean) => edit((a) => ({ ...a, includeClientModule: include }))
  const answer = (statementId: string, value: ScaleAnswer | undefined) => edit((a) => ({ ...a, answers: withEntry(a.answers, statementId, value) }))
  const setImportant = (factorId: string, important: boolean) => edit((a) => ({ ...a, important: withMember(a.important, factorId, important) }))
  /** A factor or theme set "niet van toepassing voor ons" is left out of every score. */
  const setOutOfScope = (id: string, outOfScope: boolean) => edit((a) => ({ ...a, outOfScope: withMember(a.outOfScope, id, outOfScope) }))
  const answerLadder = (indicatorId: string, value: LadderAnswer | undefined) => edit((a) => ({ ...a, ladder: withEntry(a.ladder, indicatorId, value) }))
  const setAccess = (value: AccessAnswer | undefined) => edit((a) => withOptional(a, 'access', value))
  const setOwnGuess = (value: OwnGuessAnswer | undefined) => edit((a) => withOptional(a, 'ownGuess', value))
  const setRoleGroup = (value: RoleGroup | undefined) => edit((a) => withOptional(a, 'roleGroup', value))
  /** One organisational answer; undefined removes it, and an empty organisation block is dropped. */
  const setOrganisation = <K extends keyof OrganisationAnswers>(key: K, value: OrganisationAnswers[K] | undefined) => edit((a) => withOrganisation(a, key, value))
  const setForm = (formId: string, value: LadderAnswer | undefined) => edit((a) => withForm(a, formId, value))

  /** A note as typed; refused (nothing changes) when longer than a file may hold. */
  function setNote(factorId: string, note: string): FieldOutcome {
    const next = withNote(scan.value.answers, factorId, note)
    if (!next.ok) return next
    edit(() => next.answers)
    return { ok: true }
  }

  /** Profile fields as typed; a value outside the file format's limits is refused and changes nothing. */
  function updateProfile(patch: Partial<Record<keyof Profile, unknown>>): FieldOutcome {
    const next = withProfile(scan.value.answers.profile, patch)
    if (!next.ok) return next
    edit((a) => ({ ...a, profile: next.profile }))
    return { ok: true }
  }

  function setActions(next: Action[]): void {
    scan.value = { ...scan.value, actions: next, started: true }
  }

  function setLastStep(step: string): void {
    if (scan.value.lastStep !== step) scan.value = { ...scan.value, lastStep: step }
  }

  /** Continues a scan opened from a file, exactly where it was left. */
  function load(loaded: ParticipantResult): void {
    scan.value = fromResult(loaded)
    stored.flush()
  }

  const startNew = () => stored.reset()

  return {
    answers, actions, lastStep, started, saved: stored.saved, progress, result, setMode, setIncludeClientModule, updateProfile, answer, setImportant,
    setNote, setOutOfScope, answerLadder, setAccess, setOrganisation, setForm, setOwnGuess, setRoleGroup, setActions, setLastStep, load, startNew,
  }
})
