/**
 * The workshop as one value: its participants (with the labels and routes only this device knows),
 * the agreed scores, the team's profile and the action plan. The rules the workshop store applies:
 * opening a stored or received team file, taking hand-ins in, renaming, and what is kept beside the
 * anonymous team file. A participant's key and "Deelnemer N" come from the caller (`Naming`).
 */
import type { Action, Agreed, Answers, Profile, TeamResult } from '../model'
import { answersFingerprint } from '../files/fingerprint'
import { answersOf, toTeamResult } from '../files/newResult'
import type { ImportError } from '../files/fileFormat'
import { changedSomething, readFileInput, refusal, type IntakeOutcome, type Received, type Route } from '../files/intake'
import type { ReadFile } from '../files/participantImport'
import { patchProfile, teamProfileFrom } from '../scan/profile'
import { renameLabel } from '../util/text'
import { withAgreed } from './agreed'
import { adoptTeam, indexParticipants, placeHandIn, profileFilledFrom, remember, replacedBy, type ParticipantIndex, type WorkshopParticipant } from './participants'
import { routeOfLabel, type WorkshopLabel } from './workshopLabels'

export interface Workshop {
  participants: WorkshopParticipant[]
  agreed: Record<string, Agreed>
  profile: Profile
  /** The action plan, also of a team file opened here: it travels on into reports and files. */
  actions: Action[]
}

export const emptyWorkshop = (): Workshop => ({ participants: [], agreed: {}, profile: {}, actions: [] })

/** What a new participant gets from outside: a key for this list, and "Deelnemer N" in the user's language. */
export interface Naming {
  key: () => string
  numbered: (position: number) => string
}

/** A participant as she comes in: the name she typed, else "Deelnemer <position>". */
export function newParticipant(naming: Naming, answers: Answers, route: Route, source: string, position: number, fingerprint = answersFingerprint(answers)): WorkshopParticipant {
  const typed = answers.profile.participant?.trim()
  return { key: naming.key(), label: typed || naming.numbered(position), route, source, answers, fingerprint, replaced: 0 }
}

/** A team file as the workshop: its (anonymous) participants numbered, with what it agreed and planned. */
export function workshopFromTeam(naming: Naming, team: TeamResult): Workshop {
  return {
    participants: team.participants.map((answers, index) => newParticipant(naming, answers, 'team', '', index + 1)),
    agreed: { ...team.agreed },
    profile: { ...team.profile },
    actions: [...team.actions],
  }
}

/** The team file of the workshop (anonymous: names, notes and small role groups stay out). */
export function workshopTeamResult(workshop: Workshop, questionnaireVersion: string, savedAt: string): TeamResult {
  const { profile, agreed, actions } = workshop
  return toTeamResult({ questionnaireVersion, profile, participants: workshop.participants.map((item) => item.answers), agreed, actions, savedAt })
}

/** What the team file cannot hold, one per participant: her label, where she came from, how often she handed in again. */
export function workshopLabels(workshop: Workshop): WorkshopLabel[] {
  return workshop.participants.map(({ label, source, route, replaced }) => ({ label, source, route, ...(replaced > 0 ? { replaced } : {}) }))
}

/** The participants of a stored team file named again by the labels stored beside it, by position. */
export function withLabels(workshop: Workshop, labels: readonly WorkshopLabel[]): Workshop {
  if (labels.length === 0) return workshop
  const participants = workshop.participants.map((participant, index) => {
    const known = labels[index]
    return known ? { ...participant, label: known.label, route: routeOfLabel(known), source: known.source, replaced: known.replaced ?? 0 } : participant
  })
  return { ...workshop, participants }
}

/** What a page read for the workshop, or could not read (then refused with its reason). */
export type Incoming = { name: string; route: Route } & ({ ok: true; received: Received } | { ok: false; error: ImportError })

/** Files as they are taken in: each read once. */
export const incomingFiles = (files: readonly ReadFile[]): Incoming[] =>
  files.map((file) => {
    const read = readFileInput(file)
    return read.ok ? { ok: true, received: read.received, name: file.name, route: 'file' } : { ok: false, error: read.error, name: file.name, route: 'file' }
  })

/** A working copy: many hand-ins cost one new list. */
interface Draft {
  list: WorkshopParticipant[]
  index: ParticipantIndex
  rest: Omit<Workshop, 'participants'>
}

/** One participant's hand-in: added, a duplicate, or in place of her earlier hand-in. */
function place(naming: Naming, draft: Draft, answers: Answers, name: string, route: Route): IntakeOutcome {
  const { list, index } = draft
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
  const participant = newParticipant(naming, answers, route, source, list.length + 1, fingerprint)
  list.push(participant)
  remember(index, participant, list.length - 1)
  // The first participant's municipality and team name the workshop; never a person's name.
  if (Object.keys(draft.rest.profile).length === 0) draft.rest = { ...draft.rest, profile: teamProfileFrom(answers.profile) }
  return { status: 'added', name, label: participant.label, route }
}

function takeOne(naming: Naming, draft: Draft, incoming: Incoming): IntakeOutcome {
  const { name, route } = incoming
  if (!incoming.ok) return refusal(name, incoming.error)
  const { received } = incoming
  if (received.kind !== 'result') return refusal(name, { code: 'ander-bestand', detail: received.kind })
  const { result } = received
  if (result.kind === 'deelnemer') return place(naming, draft, answersOf(result), name, route)
  const before = draft.list.length
  for (const answers of result.participants) place(naming, draft, answers, name, 'team')
  // What the facilitator set here stays; a team file fills in only what is still empty.
  draft.rest = adoptTeam(draft.rest, result)
  return { status: 'team', name, count: draft.list.length - before }
}

/**
 * Everything a page read, taken in at once: one outcome each, and the new workshop when anything was
 * added or replaced (`changed` false: nothing to keep, a refused or duplicate hand-in changes nothing).
 */
export function takeIn(naming: Naming, workshop: Workshop, incoming: readonly Incoming[]): { workshop: Workshop; outcomes: IntakeOutcome[]; changed: boolean } {
  const { participants, ...rest } = workshop
  const list = [...participants]
  const draft: Draft = { list, index: indexParticipants(list), rest }
  const outcomes = incoming.map((item) => takeOne(naming, draft, item))
  const changed = outcomes.some(changedSomething)
  return { workshop: changed ? { ...draft.rest, participants: draft.list } : workshop, outcomes, changed }
}

export function withoutParticipant(workshop: Workshop, key: string): Workshop {
  return { ...workshop, participants: workshop.participants.filter((participant) => participant.key !== key) }
}

/** A participant renamed by the facilitator; null when the name is blank (nothing changes). */
export function renamedParticipant(workshop: Workshop, key: string, label: string): Workshop | null {
  const trimmed = renameLabel(label)
  if (trimmed === null) return null
  return { ...workshop, participants: workshop.participants.map((participant) => (participant.key === key ? { ...participant, label: trimmed } : participant)) }
}

export const withAgreedScore = (workshop: Workshop, factorId: string, value: Agreed): Workshop => ({ ...workshop, agreed: withAgreed(workshop.agreed, factorId, value) })

export const withProfilePatch = (workshop: Workshop, patch: Partial<Profile>): Workshop => ({ ...workshop, profile: patchProfile(workshop.profile, patch) })

/** The invitation's team, municipality and date where the workshop has none yet; null when nothing would change. */
export function withKnownProfile(workshop: Workshop, known: Profile): Workshop | null {
  const next = profileFilledFrom(workshop.profile, known)
  const same = (Object.keys(next) as (keyof Profile)[]).every((key) => next[key] === workshop.profile[key])
  return same ? null : { ...workshop, profile: next }
}
