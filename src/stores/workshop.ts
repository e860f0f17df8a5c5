import { defineStore } from 'pinia'
import { computed, onScopeDispose, ref, shallowRef } from 'vue'
import { currentQuestionnaire } from '@/composables/useQuestionnaire'
import type { Action, Agreed, Answers, Profile, ResultFile, TeamResult } from '@/core/model'
import { answersOf, toTeamResult } from '@/core/files/newResult'
import { answersFingerprint } from '@/core/files/fingerprint'
import { aggregateTeam } from '@/core/team/aggregate'
import { withAgreed } from '@/core/team/agreed'
import { parseWorkshopLabels, type WorkshopLabel } from '@/core/team/workshopLabels'
import { patchProfile, teamProfileFrom } from '@/core/scan/profile'
import { renameLabel } from '@/core/util/text'
import { compareRoleGroups } from '@/core/team/roleGroups'
import { discussionAgenda } from '@/core/team/agenda'
import { MAX_TEAM_FILE_BYTES, parseResultFile, storedResultText } from '@/core/files/fileFormat'
import { MIGRATIONS } from '@/core/files/migrations'
import { readResultText, readShareLink, type ReadFile } from '@/core/files/participantImport'
import type { AddOutcome, WorkshopParticipant } from '@/core/team/participant'
import { useDeviceStorage } from '@/composables/useDeviceStorage'
import { useAfterPaint } from '@/composables/useAfterPaint'

const TEAM_KEY = 'workshop'
const LABELS_KEY = 'workshop-labels'

let nextKey = 0

/** A refused or duplicate input must leave what is stored exactly as it was. */
const changedSomething = (outcome: AddOutcome) => outcome.status === 'toegevoegd' || outcome.status === 'team'

/** The facilitator's workshop: participants' results brought together into one team picture. */
export const useWorkshopStore = defineStore('workshop', () => {
  const questionnaire = currentQuestionnaire()
  const storage = useDeviceStorage()
  // Shallow: participants are replaced, never changed in place, and a deep proxy around a thousand
  // answer records made every add and every render several times slower.
  const participants = shallowRef<WorkshopParticipant[]>([])
  const agreed = ref<Record<string, Agreed>>({})
  const profile = ref<Profile>({})
  /** The action plan of a team file that was opened here: kept, so that it travels on into reports and files. */
  const actions = ref<Action[]>([])
  /** The browser refused to keep the workshop (storage full): it lives only in this tab. */
  const notStored = ref(false)
  restore()
  onScopeDispose(storage.onClearAll(clear))
  const saveAfterPaint = useAfterPaint(persist)

  const team = computed(() =>
    participants.value.length === 0
      ? null
      : aggregateTeam(questionnaire, participants.value.map((participant) => participant.answers), agreed.value),
  )
  const summary = computed(() => team.value?.summary ?? null)
  const roles = computed(() => compareRoleGroups(questionnaire, participants.value.map((participant) => participant.answers)))
  /** The conversation agenda: aggregated figures and questionnaire text only, safe for the projector. */
  const agenda = computed(() => (team.value === null ? null : discussionAgenda(questionnaire, team.value, { roles: roles.value, agreed: agreed.value })))
  const teamResult = computed<TeamResult | null>(() =>
    participants.value.length === 0
      ? null
      : toTeamResult({
          questionnaireVersion: questionnaire.version,
          profile: profile.value,
          participants: participants.value.map((participant) => participant.answers),
          agreed: agreed.value,
          actions: actions.value,
          savedAt: new Date().toISOString(),
        }),
  )

  function restore(): void {
    const stored = storage.read(TEAM_KEY)
    const outcome = stored === null ? null : parseResultFile(stored, MIGRATIONS, MAX_TEAM_FILE_BYTES)
    if (!outcome?.ok || outcome.result.kind !== 'team') return
    const labels = parseWorkshopLabels(storage.read(LABELS_KEY))
    applyTeam(outcome.result, (index) => labels[index])
  }

  function persist(): void {
    saveAfterPaint.cancel()
    if (teamResult.value === null) {
      storage.remove(TEAM_KEY)
      storage.remove(LABELS_KEY)
      notStored.value = false
      return
    }
    const saved =
      storage.write(TEAM_KEY, storedResultText(teamResult.value)) &&
      storage.write(LABELS_KEY, JSON.stringify(participants.value.map(({ label, source }): WorkshopLabel => ({ label, source }))))
    // Half a workshop on the device would reopen wrong: keep none of it, and say so.
    if (!saved) {
      storage.remove(TEAM_KEY)
      storage.remove(LABELS_KEY)
    }
    notStored.value = !saved
  }

  function applyTeam(loaded: TeamResult, labelAt: (index: number) => WorkshopLabel | undefined): void {
    participants.value = loaded.participants.map((answers, index) => {
      const known = labelAt(index)
      return makeParticipant(answers, known?.source ?? 'team', known?.label ?? `Deelnemer ${index + 1}`)
    })
    agreed.value = { ...loaded.agreed }
    profile.value = { ...loaded.profile }
    actions.value = [...loaded.actions]
  }

  function makeParticipant(answers: Answers, source: string, label?: string, position = participants.value.length + 1): WorkshopParticipant {
    nextKey += 1
    const typed = answers.profile.participant?.trim()
    return {
      key: `p${nextKey}`,
      label: label ?? (typed || `Deelnemer ${position}`),
      source,
      answers,
      fingerprint: answersFingerprint(answers),
    }
  }

  /**
   * Adds to `batch` (participants not yet in the list) so that many files cost one list update:
   * the duplicate check looks fingerprints up in `known` instead of scanning the list per file.
   */
  function add(name: string, result: ResultFile, batch: WorkshopParticipant[], known: Map<string, string>): AddOutcome {
    if (result.kind === 'team') {
      const before = batch.length
      for (const answers of result.participants) addAnswers(answers, name, batch, known)
      if (Object.keys(agreed.value).length === 0) agreed.value = { ...result.agreed }
      if (Object.keys(profile.value).length === 0) profile.value = { ...result.profile }
      if (actions.value.length === 0) actions.value = [...result.actions]
      return { name, status: 'team', count: batch.length - before }
    }
    return addAnswers(answersOf(result), name, batch, known)
  }

  function addAnswers(answers: Answers, source: string, batch: WorkshopParticipant[], known: Map<string, string>): AddOutcome {
    const fingerprint = answersFingerprint(answers)
    const twin = known.get(fingerprint)
    if (twin !== undefined) return { name: source, status: 'dubbel', label: twin }
    const participant = makeParticipant(answers, source, undefined, participants.value.length + batch.length + 1)
    batch.push(participant)
    known.set(fingerprint, participant.label)
    // The first participant's municipality and team name the workshop; never a person's name.
    if (Object.keys(profile.value).length === 0) profile.value = teamProfileFrom(answers.profile)
    return { name: source, status: 'toegevoegd', label: participant.label }
  }

  /** Runs `work` with an empty batch and the fingerprints already in the list, then adds the batch at once. */
  function inBatch<T>(work: (batch: WorkshopParticipant[], known: Map<string, string>) => T): T {
    const batch: WorkshopParticipant[] = []
    const known = new Map(participants.value.map((participant) => [participant.fingerprint, participant.label]))
    const outcome = work(batch, known)
    if (batch.length > 0) participants.value = [...participants.value, ...batch]
    return outcome
  }

  /**
   * Adds every readable file; a bad file changes nothing and gets its own message. `save`: at once
   * (the default), or once the new team picture is on screen, which the workshop page asks for.
   */
  function addFiles(files: ReadFile[], save: 'now' | 'after-paint' = 'now'): AddOutcome[] {
    const outcomes = inBatch((batch, known) =>
      files.map((file): AddOutcome => {
        const read = readResultText(file, MAX_TEAM_FILE_BYTES)
        return read.ok ? add(file.name, read.result, batch, known) : { name: file.name, status: 'fout', error: read.error }
      }),
    )
    if (outcomes.some(changedSomething)) {
      if (save === 'now') persist()
      else saveAfterPaint.schedule()
    }
    return outcomes
  }

  async function addLink(text: string): Promise<AddOutcome> {
    const read = await readShareLink(text, questionnaire)
    const outcome: AddOutcome = read.ok
      ? inBatch((batch, known) => add('link', read.result, batch, known))
      : { name: 'link', status: 'fout', error: read.error }
    if (changedSomething(outcome)) persist()
    return outcome
  }

  /** A participant read from a hand-in code or short link (no file name, no profile but a role group). */
  function addHandIn(answers: Answers, source: string): AddOutcome {
    const outcome = inBatch((batch, known) => addAnswers(answers, source, batch, known))
    if (changedSomething(outcome)) persist()
    return outcome
  }

  function remove(key: string): void {
    participants.value = participants.value.filter((participant) => participant.key !== key)
    persist()
  }

  function rename(key: string, label: string): void {
    const trimmed = renameLabel(label)
    if (trimmed === null) return
    participants.value = participants.value.map((participant) => (participant.key === key ? { ...participant, label: trimmed } : participant))
    persist()
  }

  function setAgreed(factorId: string, value: Agreed): void {
    agreed.value = withAgreed(agreed.value, factorId, value)
    persist()
  }

  function updateProfile(patch: Partial<Profile>): void {
    profile.value = patchProfile(profile.value, patch)
    persist()
  }

  function loadTeam(loaded: TeamResult): void {
    applyTeam(loaded, () => undefined)
    persist()
  }

  function clear(): void {
    participants.value = []
    agreed.value = {}
    profile.value = {}
    actions.value = []
    storage.remove(TEAM_KEY)
    storage.remove(LABELS_KEY)
  }

  return {
    participants,
    agreed,
    profile,
    actions,
    team,
    summary,
    roles,
    agenda,
    teamResult,
    notStored,
    addFiles,
    addLink,
    addHandIn,
    remove,
    rename,
    setAgreed,
    updateProfile,
    loadTeam,
    clear,
  }
})
