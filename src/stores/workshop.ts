import { defineStore } from 'pinia'
import { computed, onScopeDispose, ref, shallowRef } from 'vue'
import { currentQuestionnaire } from '@/composables/useQuestionnaire'
import type { Action, Agreed, Answers, Profile, TeamResult } from '@/core/model'
import { answersOf, toTeamResult } from '@/core/files/newResult'
import { answersFingerprint } from '@/core/files/fingerprint'
import { aggregateTeam } from '@/core/team/aggregate'
import { withAgreed } from '@/core/team/agreed'
import { parseWorkshopLabels, routeOfLabel, type WorkshopLabel } from '@/core/team/workshopLabels'
import { patchProfile, teamProfileFrom } from '@/core/scan/profile'
import { renameLabel } from '@/core/util/text'
import { compareRoleGroups } from '@/core/team/roleGroups'
import { discussionAgenda } from '@/core/team/agenda'
import { teamRadarLabels } from '@/lib/charts/reportRadar'
import { completeness } from '@/core/scan/scoring'
import { MAX_TEAM_FILE_BYTES, parseResultFile, storedResultText } from '@/core/files/fileFormat'
import { MIGRATIONS } from '@/core/files/migrations'
import { changedSomething, readFileInput, refusal, type IntakeOutcome, type Received, type Route } from '@/core/files/intake'
import type { ReadFile } from '@/core/files/participantImport'
import { adoptTeam, indexParticipants, placeHandIn, profileFilledFrom, remember, replacedBy, type ParticipantIndex, type WorkshopParticipant } from '@/core/team/participants'
import { useDeviceStorage } from '@/composables/useDeviceStorage'
import { useAfterPaint } from '@/composables/useAfterPaint'
import { useMessages } from '@/locales'

export type { WorkshopParticipant } from '@/core/team/participants'

const TEAM_KEY = 'workshop'
const LABELS_KEY = 'workshop-labels'

let nextKey = 0

/** The facilitator's workshop: participants' results brought together into one team picture. */
export const useWorkshopStore = defineStore('workshop', () => {
  const questionnaire = currentQuestionnaire()
  const storage = useDeviceStorage()
  const t = useMessages()
  // Shallow: participants are replaced, never changed in place, and a deep proxy around a thousand
  // answer records made every add and every render several times slower.
  const participants = shallowRef<WorkshopParticipant[]>([])
  const agreed = ref<Record<string, Agreed>>({})
  const profile = ref<Profile>({})
  /** The action plan of a team file that was opened here: kept, so that it travels on into reports and files. */
  const actions = ref<Action[]>([])
  /**
   * The browser refused to keep the latest workshop (storage full): it lives only in this tab.
   * 'earlier' when the device still holds the last version that fitted, 'nothing' when it holds none.
   */
  const notStored = ref<false | 'earlier' | 'nothing'>(false)
  restore()
  onScopeDispose(storage.onClearAll(clear))
  const saveAfterPaint = useAfterPaint(persist)

  const answers = computed(() => participants.value.map((participant) => participant.answers))
  const team = computed(() => (participants.value.length === 0 ? null : aggregateTeam(questionnaire, answers.value, agreed.value)))
  const summary = computed(() => team.value?.summary ?? null)
  const roles = computed(() => compareRoleGroups(questionnaire, answers.value))
  /**
   * The conversation agenda: aggregated figures, questionnaire text and what the meeting agreed,
   * safe for the projector; it closes with the team radar, the ladder and the actions.
   */
  const agenda = computed(() =>
    team.value === null
      ? null
      : discussionAgenda(questionnaire, team.value, { roles: roles.value, agreed: agreed.value, radarLabels: teamRadarLabels(t), actions: actions.value }),
  )
  /** Per participant (by key) how much she answered: a hand-in of 15 of 119 shows as such. */
  const progress = computed(() => new Map(participants.value.map((participant) => [participant.key, completeness(questionnaire, participant.answers)])))
  const teamResult = computed<TeamResult | null>(() =>
    participants.value.length === 0
      ? null
      : toTeamResult({
          questionnaireVersion: questionnaire.version,
          profile: profile.value,
          participants: answers.value,
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
    const labels = participants.value.map(({ label, source, route, replaced }): WorkshopLabel => ({ label, source, route, ...(replaced > 0 ? { replaced } : {}) }))
    // A failed write leaves the stored value as it was: the last workshop that fitted stays on the
    // device (issue #25). Only when the team was written but its labels were not, the old labels go,
    // for they would name the wrong participants; the team then reopens with numbered ones.
    const teamSaved = storage.write(TEAM_KEY, storedResultText(teamResult.value))
    const labelsSaved = teamSaved && storage.write(LABELS_KEY, JSON.stringify(labels))
    if (teamSaved && !labelsSaved) storage.remove(LABELS_KEY)
    notStored.value = labelsSaved ? false : storage.read(TEAM_KEY) === null ? 'nothing' : 'earlier'
  }

  function applyTeam(loaded: TeamResult, labelAt: (index: number) => WorkshopLabel | undefined): void {
    participants.value = loaded.participants.map((answers, index) => {
      const known = labelAt(index)
      const participant = makeParticipant(answers, known ? routeOfLabel(known) : 'team', known?.source ?? '', index + 1, known?.label)
      return { ...participant, replaced: known?.replaced ?? 0 }
    })
    agreed.value = { ...loaded.agreed }
    profile.value = { ...loaded.profile }
    actions.value = [...loaded.actions]
  }

  function makeParticipant(answers: Answers, route: Route, source: string, position: number, label?: string): WorkshopParticipant {
    nextKey += 1
    const typed = answers.profile.participant?.trim()
    const fingerprint = answersFingerprint(answers)
    return { key: `p${nextKey}`, label: label ?? (typed || t.workshop.participants.numbered(position)), route, source, answers, fingerprint, replaced: 0 }
  }

  /**
   * One participant's hand-in into `list` (a working copy, so that many files cost one list update):
   * added, a duplicate, or in place of her earlier hand-in.
   */
  function place(list: WorkshopParticipant[], index: ParticipantIndex, answers: Answers, name: string, route: Route): IntakeOutcome {
    const fingerprint = answersFingerprint(answers)
    const placement = placeHandIn(index, answers, fingerprint)
    const source = route === 'link' || route === 'camera' ? '' : name
    if (placement.kind === 'duplicate') return { status: 'duplicate', name, label: list[placement.index]?.label ?? '', route }
    if (placement.kind === 'replace') {
      const earlier = list[placement.index]!
      list[placement.index] = replacedBy(earlier, answers, route, source, fingerprint)
      remember(index, list[placement.index]!, placement.index)
      return { status: 'replaced', name, label: earlier.label, route }
    }
    const participant = makeParticipant(answers, route, source, list.length + 1)
    list.push(participant)
    remember(index, participant, list.length - 1)
    // The first participant's municipality and team name the workshop; never a person's name.
    if (Object.keys(profile.value).length === 0) profile.value = teamProfileFrom(answers.profile)
    return { status: 'added', name, label: participant.label, route }
  }

  function takeInto(list: WorkshopParticipant[], index: ParticipantIndex, received: Received, name: string, route: Route): IntakeOutcome {
    if (received.kind !== 'result') return refusal(name, { code: 'ander-bestand', detail: received.kind })
    const { result } = received
    if (result.kind === 'deelnemer') return place(list, index, answersOf(result), name, route)
    const before = list.length
    for (const answers of result.participants) place(list, index, answers, name, 'team')
    const adopted = adoptTeam({ agreed: agreed.value, profile: profile.value, actions: actions.value }, result)
    agreed.value = adopted.agreed
    profile.value = adopted.profile
    actions.value = adopted.actions
    return { status: 'team', name, count: list.length - before }
  }

  /** Runs `work` on a copy of the list and its lookups, then keeps the copy once, when anything changed. */
  function batch(work: (list: WorkshopParticipant[], index: ParticipantIndex) => IntakeOutcome[], save: 'now' | 'after-paint'): IntakeOutcome[] {
    const list = [...participants.value]
    const outcomes = work(list, indexParticipants(list))
    if (outcomes.some(changedSomething)) {
      participants.value = list
      if (save === 'now') persist()
      else saveAfterPaint.schedule()
    }
    return outcomes
  }

  /** What a page read (a file, a link, a code): one outcome, nothing changed unless it was added or replaced. */
  function take(received: Received, name: string, route: Route): IntakeOutcome {
    return batch((list, index) => [takeInto(list, index, received, name, route)], 'now')[0]!
  }

  /**
   * Adds every readable file; a bad file changes nothing and gets its own message. `save`: at once
   * (the default), or once the new team picture is on screen, which the workshop page asks for.
   */
  function addFiles(files: ReadFile[], save: 'now' | 'after-paint' = 'now'): IntakeOutcome[] {
    return batch(
      (list, index) =>
        files.map((file) => {
          const read = readFileInput(file)
          return read.ok ? takeInto(list, index, read.received, file.name, 'file') : refusal(file.name, read.error)
        }),
      save,
    )
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

  /** The invitation's team, municipality and date, where the workshop's profile has none yet. */
  function adoptProfile(known: Profile): void {
    const next = profileFilledFrom(profile.value, known)
    if (Object.keys(next).every((key) => next[key as keyof Profile] === profile.value[key as keyof Profile])) return
    profile.value = next
    if (participants.value.length > 0) persist()
  }

  function setActions(next: Action[]): void {
    actions.value = [...next]
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
    progress,
    teamResult,
    notStored,
    take,
    addFiles,
    remove,
    rename,
    setAgreed,
    setActions,
    updateProfile,
    adoptProfile,
    loadTeam,
    clear,
  }
})
