import { defineStore } from 'pinia'
import { computed } from 'vue'
import { currentQuestionnaire } from '@/composables/useQuestionnaire'
import type { Action, Agreed, Profile, TeamResult } from '@/core/model'
import { aggregateTeam } from '@/core/team/aggregate'
import { parseWorkshopLabels } from '@/core/team/workshopLabels'
import { compareRoleGroups } from '@/core/team/roleGroups'
import { discussionAgenda } from '@/core/team/agenda'
import { teamRadarLabels } from '@/lib/charts/reportRadar'
import { completeness } from '@/core/scan/scoring'
import { MAX_TEAM_FILE_BYTES, parseResultFile, storedResultText } from '@/core/files/fileFormat'
import { MIGRATIONS } from '@/core/files/migrations'
import type { IntakeOutcome, Received, Route } from '@/core/files/intake'
import type { ReadFile } from '@/core/files/participantImport'
import {
  emptyWorkshop,
  incomingFiles,
  takeIn,
  renamedParticipant,
  withAgreedScore,
  withKnownProfile,
  withLabels,
  withoutParticipant,
  withProfilePatch,
  workshopFromTeam,
  workshopLabels,
  workshopTeamResult,
  type Incoming,
  type Naming,
  type Workshop,
} from '@/core/team/workshopState'
import { persisted, type StoredFormat } from '@/composables/persisted'
import { useMessages } from '@/locales'

export type { WorkshopParticipant } from '@/core/team/participants'

const TEAM_KEY = 'workshop'
/** Beside the team file, which is anonymous: the participants' labels, sources and routes. */
const LABELS_KEY = 'workshop-labels'

let nextKey = 0

/** Stored as a team file (compact; parsed with every earlier version's migrations), as every version so far has. */
const workshopFormat = (naming: Naming, version: string): StoredFormat<Workshop> => ({
  decode(text) {
    const outcome = parseResultFile(text, MIGRATIONS, MAX_TEAM_FILE_BYTES)
    return outcome.ok && outcome.result.kind === 'team' ? { ok: true, value: workshopFromTeam(naming, outcome.result) } : { ok: false }
  },
  encode: (workshop) => storedResultText(workshopTeamResult(workshop, version, new Date().toISOString())),
})

/**
 * The facilitator's workshop: participants' results brought together into one team picture. Kept on
 * this device by `persisted`: after paint (a thousand participants take a while to write), or at once
 * when an action asks, so that the page can say at once whether the device kept it. Shallow: the
 * participants are replaced, never changed in place; a deep proxy around a thousand answer records
 * made every add and every render several times slower.
 */
export const useWorkshopStore = defineStore('workshop', () => {
  const questionnaire = currentQuestionnaire()
  const t = useMessages()
  const naming: Naming = { key: () => `p${(nextKey += 1)}`, numbered: t.workshop.participants.numbered }
  const stored = persisted(TEAM_KEY, workshopFormat(naming, questionnaire.version), {
    initial: emptyWorkshop,
    isEmpty: (workshop) => workshop.participants.length === 0,
    timing: 'after-paint',
    beside: { key: LABELS_KEY, encode: (workshop) => JSON.stringify(workshopLabels(workshop)), join: (workshop, text) => withLabels(workshop, parseWorkshopLabels(text)) },
  })
  const workshop = stored.state

  const participants = computed(() => workshop.value.participants)
  const agreed = computed(() => workshop.value.agreed)
  const profile = computed(() => workshop.value.profile)
  const actions = computed(() => workshop.value.actions)
  const answers = computed(() => participants.value.map((participant) => participant.answers))
  const team = computed(() => (participants.value.length === 0 ? null : aggregateTeam(questionnaire, answers.value, agreed.value)))
  const summary = computed(() => team.value?.summary ?? null)
  const roles = computed(() => compareRoleGroups(questionnaire, answers.value))
  /**
   * The conversation agenda: aggregated figures, questionnaire text and what the meeting agreed,
   * safe for the projector; it closes with the team radar, the ladder and the actions.
   */
  const agenda = computed(() =>
    team.value === null ? null : discussionAgenda(questionnaire, team.value, { roles: roles.value, agreed: agreed.value, radarLabels: teamRadarLabels(t), actions: actions.value }),
  )
  /** Per participant (by key) how much she answered: a hand-in of 15 of 119 shows as such. */
  const progress = computed(() => new Map(participants.value.map((participant) => [participant.key, completeness(questionnaire, participant.answers)])))
  const teamResult = computed<TeamResult | null>(() => (participants.value.length === 0 ? null : workshopTeamResult(workshop.value, questionnaire.version, new Date().toISOString())))
  /**
   * The browser refused to keep the latest workshop (storage full): it lives only in this tab.
   * 'earlier' when the device still holds the last version that fitted, 'nothing' when it holds none.
   */
  const notStored = stored.notStored

  /** A change kept at once (the default), or once the new team picture is on screen. */
  function keep(next: Workshop | null, save: 'now' | 'after-paint' = 'now'): void {
    if (next === null) return
    workshop.value = next
    if (save === 'now') stored.flush()
  }

  function takeAll(incoming: Incoming[], save: 'now' | 'after-paint'): IntakeOutcome[] {
    const taken = takeIn(naming, workshop.value, incoming)
    if (taken.changed) keep(taken.workshop, save)
    return taken.outcomes
  }

  /** What a page read (a file, a link, a code): one outcome, nothing changed unless it was added or replaced. */
  const take = (received: Received, name: string, route: Route): IntakeOutcome => takeAll([{ ok: true, received, name, route }], 'now')[0]!
  /**
   * Adds every readable file; a bad file changes nothing and gets its own message. `save`: at once
   * (the default), or once the new team picture is on screen, which the workshop page asks for.
   */
  const addFiles = (files: ReadFile[], save: 'now' | 'after-paint' = 'now') => takeAll(incomingFiles(files), save)
  const remove = (key: string) => keep(withoutParticipant(workshop.value, key))
  const rename = (key: string, label: string) => keep(renamedParticipant(workshop.value, key, label))
  const setAgreed = (factorId: string, value: Agreed) => keep(withAgreedScore(workshop.value, factorId, value))
  const updateProfile = (patch: Partial<Profile>) => keep(withProfilePatch(workshop.value, patch))
  /** The invitation's team, municipality and date, where the workshop's profile has none yet. */
  const adoptProfile = (known: Profile) => keep(withKnownProfile(workshop.value, known))
  const setActions = (next: Action[]) => keep({ ...workshop.value, actions: [...next] })
  const loadTeam = (loaded: TeamResult) => keep(workshopFromTeam(naming, loaded))
  const clear = () => stored.reset()

  return { participants, agreed, profile, actions, team, summary, roles, agenda, progress, teamResult, notStored, take, addFiles, remove, rename, setAgreed, setActions, updateProfile, adoptProfile, loadTeam, clear }
})
