import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import { questionnaire } from '@/content/questionnaire'
import type { Action, Agreed, Answers, Profile, ResultFile, TeamResult } from '@/core/model'
import { answersOf, toParticipantResult, toTeamResult } from '@/core/files/newResult'
import { aggregateTeam, resultFingerprint } from '@/core/team/aggregate'
import { parseResultFile, serializeResult, type ImportError } from '@/core/files/fileFormat'
import { readResultText, readShareLink, type NamedText } from '@/core/files/participantImport'
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

/** Answers only, so the same scan saved twice (or once as file, once as link) is recognised. */
function fingerprintOf(answers: Answers): string {
  const neutral = toParticipantResult({ ...answers, profile: {}, notes: {} }, { questionnaireVersion: '', actions: [], savedAt: '' })
  return resultFingerprint(neutral)
}

/** The facilitator's workshop: participants' results brought together into one team picture. */
export const useWorkshopStore = defineStore('workshop', () => {
  const storage = useDeviceStorage()
  const participants = ref<WorkshopParticipant[]>([])
  const agreed = ref<Record<string, Agreed>>({})
  const profile = ref<Profile>({})
  /** The action plan of a team file that was opened here: kept, so that it travels on into reports and files. */
  const actions = ref<Action[]>([])
  /** The browser refused to keep the workshop (storage full): it lives only in this tab. */
  const notStored = ref(false)
  restore()
  storage.onClearAll(clear)

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
          actions: actions.value,
          savedAt: new Date().toISOString(),
        }),
  )

  function restore(): void {
    const stored = storage.read(TEAM_KEY)
    const outcome = stored === null ? null : parseResultFile(stored)
    if (!outcome?.ok || outcome.result.kind !== 'team') return
    let labels: { label: string; source: string }[] = []
    try {
      labels = JSON.parse(storage.read(LABELS_KEY) ?? '[]') as { label: string; source: string }[]
    } catch {
      labels = []
    }
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
      storage.write(LABELS_KEY, JSON.stringify(participants.value.map(({ label, source }) => ({ label, source }))))
    // Half a workshop on the device would reopen wrong: keep none of it, and say so.
    if (!saved) {
      storage.remove(TEAM_KEY)
      storage.remove(LABELS_KEY)
    }
    notStored.value = !saved
  }

  function applyTeam(loaded: TeamResult, labelAt: (index: number) => { label: string; source: string } | undefined): void {
    participants.value = loaded.participants.map((answers, index) => {
      const known = labelAt(index)
      return makeParticipant(answers, known?.source ?? 'team', known?.label ?? `Deelnemer ${index + 1}`)
    })
    agreed.value = { ...loaded.agreed }
    profile.value = { ...loaded.profile }
    actions.value = [...loaded.actions]
  }

  function makeParticipant(answers: Answers, source: string, label?: string): WorkshopParticipant {
    nextKey += 1
    const typed = answers.profile.participant?.trim()
    return {
      key: `p${nextKey}`,
      label: label ?? (typed || `Deelnemer ${participants.value.length + 1}`),
      source,
      answers,
      fingerprint: fingerprintOf(answers),
    }
  }

  function add(name: string, result: ResultFile): AddOutcome {
    if (result.kind === 'team') {
      const before = participants.value.length
      for (const answers of result.participants) addAnswers(answers, name)
      if (Object.keys(agreed.value).length === 0) agreed.value = { ...result.agreed }
      if (Object.keys(profile.value).length === 0) profile.value = { ...result.profile }
      if (actions.value.length === 0) actions.value = [...result.actions]
      return { name, status: 'team', count: participants.value.length - before }
    }
    return addAnswers(answersOf(result), name)
  }

  function addAnswers(answers: Answers, source: string): AddOutcome {
    const fingerprint = fingerprintOf(answers)
    const twin = participants.value.find((participant) => participant.fingerprint === fingerprint)
    if (twin) return { name: source, status: 'dubbel', label: twin.label }
    const participant = makeParticipant(answers, source)
    participants.value = [...participants.value, participant]
    if (Object.keys(profile.value).length === 0) adoptTeamProfile(answers.profile)
    return { name: source, status: 'toegevoegd', label: participant.label }
  }

  /** The first participant's municipality and team name the workshop; never a person's name. */
  function adoptTeamProfile(from: Profile): void {
    const { municipality, team: teamName, wijkteamModel } = from
    profile.value = {
      ...(municipality ? { municipality } : {}),
      ...(teamName ? { team: teamName } : {}),
      ...(wijkteamModel ? { wijkteamModel } : {}),
    }
  }

  /** Adds every readable file; a bad file changes nothing and gets its own message. */
  function addFiles(files: NamedText[]): AddOutcome[] {
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
    const trimmed = label.trim().slice(0, 200)
    if (trimmed === '') return
    participants.value = participants.value.map((participant) => (participant.key === key ? { ...participant, label: trimmed } : participant))
    persist()
  }

  function setAgreed(factorId: string, value: Agreed): void {
    const next = { ...agreed.value }
    const empty = value.score === undefined && (value.note ?? '').trim() === ''
    if (empty) delete next[factorId]
    else next[factorId] = value
    agreed.value = next
    persist()
  }

  function updateProfile(patch: Partial<Profile>): void {
    const next: Profile = { ...profile.value }
    for (const [key, value] of Object.entries(patch) as [keyof Profile, Profile[keyof Profile]][]) {
      if (value === undefined || value === '') delete next[key]
      else Object.assign(next, { [key]: value })
    }
    profile.value = next
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
