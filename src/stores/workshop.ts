import { defineStore } from 'pinia'
import { computed, onScopeDispose, ref } from 'vue'
import { questionnaire } from '@/content/questionnaire'
import type { Agreed, Answers, Profile, ResultFile, TeamResult } from '@/core/model'
import { answersOf, toTeamResult } from '@/core/files/newResult'
import { answersFingerprint } from '@/core/files/fingerprint'
import { aggregateTeam } from '@/core/team/aggregate'
import { withAgreed } from '@/core/team/agreed'
import { parseWorkshopLabels, type WorkshopLabel } from '@/core/team/workshopLabels'
import { patchProfile, teamProfileFrom } from '@/core/scan/profile'
import { renameLabel } from '@/core/util/text'
import { parseResultFile, serializeResult, type ImportError } from '@/core/files/fileFormat'
import { readResultText, readShareLink, type ReadFile } from '@/core/files/participantImport'
import { useDeviceStorage } from '@/composables/useDeviceStorage'

const TEAM_KEY = 'workshop'
const LABELS_KEY = 'workshop-labels'

export interface WorkshopParticipant {
  /** A key for this list only; never written into a file. */
  key: string
  /** "Deelnemer 3" unless the participant typed a name or role themselves. */
  label: string
  /** The file name, or 'link'. */
  source: string
  answers: Answers
  fingerprint: string
}

export type AddOutcome =
  | { name: string; status: 'toegevoegd'; label: string }
  | { name: string; status: 'team'; count: number }
  | { name: string; status: 'dubbel'; label: string }
  | { name: string; status: 'fout'; error: ImportError }

let nextKey = 0

/** A refused or duplicate input must leave what is stored exactly as it was. */
const changedSomething = (outcome: AddOutcome) => outcome.status === 'toegevoegd' || outcome.status === 'team'

/** The facilitator's workshop: participants' results brought together into one team picture. */
export const useWorkshopStore = defineStore('workshop', () => {
  const storage = useDeviceStorage()
  const participants = ref<WorkshopParticipant[]>([])
  const agreed = ref<Record<string, Agreed>>({})
  const profile = ref<Profile>({})
  /** The browser refused to keep the workshop (storage full): it lives only in this tab. */
  const notStored = ref(false)
  restore()
  onScopeDispose(storage.onClearAll(clear))

  const team = computed(() =>
    participants.value.length === 0
      ? null
      : aggregateTeam(questionnaire, participants.value.map((participant) => participant.answers), agreed.value),
  )
  const summary = computed(() => team.value?.summary ?? null)
  const teamResult = computed<TeamResult | null>(() =>
    participants.value.length === 0
      ? null
      : toTeamResult({
          questionnaireVersion: questionnaire.version,
          profile: profile.value,
          participants: participants.value.map((participant) => participant.answers),
          agreed: agreed.value,
          actions: [],
          savedAt: new Date().toISOString(),
        }),
  )

  function restore(): void {
    const stored = storage.read(TEAM_KEY)
    const outcome = stored === null ? null : parseResultFile(stored)
    if (!outcome?.ok || outcome.result.kind !== 'team') return
    const labels = parseWorkshopLabels(storage.read(LABELS_KEY))
    applyTeam(outcome.result, (index) => labels[index])
  }

  function persist(): void {
    if (teamResult.value === null) {
      storage.remove(TEAM_KEY)
      storage.remove(LABELS_KEY)
      notStored.value = false
      return
    }
    const saved =
      storage.write(TEAM_KEY, serializeResult(teamResult.value)) &&
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
  }

  function makeParticipant(answers: Answers, source: string, label?: string): WorkshopParticipant {
    nextKey += 1
    const typed = answers.profile.participant?.trim()
    return {
      key: `p${nextKey}`,
      label: label ?? (typed || `Deelnemer ${participants.value.length + 1}`),
      source,
      answers,
      fingerprint: answersFingerprint(answers),
    }
  }

  function add(name: string, result: ResultFile): AddOutcome {
    if (result.kind === 'team') {
      const before = participants.value.length
      for (const answers of result.participants) addAnswers(answers, name)
      if (Object.keys(agreed.value).length === 0) agreed.value = { ...result.agreed }
      if (Object.keys(profile.value).length === 0) profile.value = { ...result.profile }
      return { name, status: 'team', count: participants.value.length - before }
    }
    return addAnswers(answersOf(result), name)
  }

  function addAnswers(answers: Answers, source: string): AddOutcome {
    const fingerprint = answersFingerprint(answers)
    const twin = participants.value.find((participant) => participant.fingerprint === fingerprint)
    if (twin) return { name: source, status: 'dubbel', label: twin.label }
    const participant = makeParticipant(answers, source)
    participants.value = [...participants.value, participant]
    // The first participant's municipality and team name the workshop; never a person's name.
    if (Object.keys(profile.value).length === 0) profile.value = teamProfileFrom(answers.profile)
    return { name: source, status: 'toegevoegd', label: participant.label }
  }

  /** Adds every readable file; a bad file changes nothing and gets its own message. */
  function addFiles(files: ReadFile[]): AddOutcome[] {
    const outcomes = files.map((file): AddOutcome => {
      const read = readResultText(file)
      return read.ok ? add(file.name, read.result) : { name: file.name, status: 'fout', error: read.error }
    })
    if (outcomes.some(changedSomething)) persist()
    return outcomes
  }

  async function addLink(text: string): Promise<AddOutcome> {
    const read = await readShareLink(text)
    const outcome: AddOutcome = read.ok ? add('link', read.result) : { name: 'link', status: 'fout', error: read.error }
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
    storage.remove(TEAM_KEY)
    storage.remove(LABELS_KEY)
  }

  return {
    participants,
    agreed,
    profile,
    team,
    summary,
    teamResult,
    notStored,
    addFiles,
    addLink,
    remove,
    rename,
    setAgreed,
    updateProfile,
    loadTeam,
    clear,
  }
})
