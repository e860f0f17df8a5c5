/**
 * Who is who in a workshop: one participant is one participant. A hand-in is recognised by the random
 * hand-in id her device made for this scan (carried in her code, link and file; core/files/handinId.ts)
 * and, without one, by the fingerprint of her answers; never by a name. The same participant with
 * other answers (she changed an answer, or sent her file after her code) replaces her earlier
 * hand-in; the same answers again are a duplicate. Pure rules; the workshop store applies them.
 */
import type { Answers, Profile, TeamResult } from '../model'
import { answersFingerprint } from '../files/fingerprint'
import type { Route } from '../files/intake'

export interface WorkshopParticipant {
  /** A key for this list only; never written into a file. */
  key: string
  /** "Deelnemer 3" unless the participant typed a name herself, or the facilitator renamed her. */
  label: string
  /** How she handed in (the latest time). */
  route: Route
  /** The file or photo's name; empty for the camera and links. */
  source: string
  answers: Answers
  fingerprint: string
  /** How often a newer hand-in of hers replaced an earlier one. */
  replaced: number
}

/** What to do with a hand-in: add her, or she is already in at `index` (the same answers, or newer ones). */
export type Placement = { kind: 'add' } | { kind: 'duplicate'; index: number } | { kind: 'replace'; index: number }

/** Lookups over a list, so a thousand files cost a thousand lookups rather than a million comparisons. */
export interface ParticipantIndex {
  byId: Map<string, number>
  byFingerprint: Map<string, number>
}

export function indexParticipants(list: readonly Pick<WorkshopParticipant, 'answers' | 'fingerprint'>[]): ParticipantIndex {
  const index: ParticipantIndex = { byId: new Map(), byFingerprint: new Map() }
  list.forEach((participant, at) => remember(index, participant, at))
  return index
}

export function remember(index: ParticipantIndex, participant: Pick<WorkshopParticipant, 'answers' | 'fingerprint'>, at: number): void {
  if (participant.answers.handinId !== undefined) index.byId.set(participant.answers.handinId, at)
  index.byFingerprint.set(participant.fingerprint, at)
}

export function placeHandIn(index: ParticipantIndex, answers: Answers, fingerprint: string = answersFingerprint(answers)): Placement {
  const same = answers.handinId === undefined ? undefined : index.byId.get(answers.handinId)
  const twin = index.byFingerprint.get(fingerprint)
  if (twin !== undefined) return { kind: 'duplicate', index: twin }
  return same === undefined ? { kind: 'add' } : { kind: 'replace', index: same }
}

/**
 * A participant's newer hand-in in place of her earlier one: her label stays (the facilitator may have
 * renamed her); the answers, route and source are the newer ones. Notes and a typed name travel only
 * in her file: a code after a file keeps them.
 */
export function replacedBy(earlier: WorkshopParticipant, answers: Answers, route: Route, source: string, fingerprint: string): WorkshopParticipant {
  const profile = { ...earlier.answers.profile, ...answers.profile }
  const notes = Object.keys(answers.notes).length > 0 ? answers.notes : earlier.answers.notes
  return { ...earlier, answers: { ...answers, profile, notes }, route, source, fingerprint, replaced: earlier.replaced + 1 }
}

/**
 * What a team file brings to a workshop that already has a picture: its agreed scores, profile and
 * actions only where the workshop has none yet (what the facilitator set here is never overwritten).
 */
export function adoptTeam<T extends Pick<TeamResult, 'agreed' | 'profile' | 'actions'>>(current: T, team: TeamResult): T {
  return {
    ...current,
    agreed: Object.keys(current.agreed).length === 0 ? { ...team.agreed } : current.agreed,
    profile: Object.keys(current.profile).length === 0 ? { ...team.profile } : current.profile,
    actions: current.actions.length === 0 ? [...team.actions] : current.actions,
  }
}

/** The workshop's profile with what is known of the team filled in where it is empty; what the facilitator typed stays. */
export function profileFilledFrom(current: Profile, known: Profile): Profile {
  return { ...known, ...current }
}
