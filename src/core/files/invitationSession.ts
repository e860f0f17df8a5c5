/**
 * When opening an invitation would replace the work on this device: the rule InvitationView asks by
 * before it starts anything. Pure, so both rounds are held to the same rule.
 */
import type { Questionnaire, RoleGroup } from '../model'
import { completeness } from '../scan/scoring'
import { answersForSetup, type WorkshopSetup } from './invitation'
import { emptyAnswers } from './newResult'

/** Round 2 of the same workshop: the set-up round 1 was made from, with only the round and the factors asked again changed. */
export function isSameWorkshop(current: WorkshopSetup, next: WorkshopSetup): boolean {
  return (
    current.team === next.team &&
    current.municipality === next.municipality &&
    current.date === next.date &&
    current.mode === next.mode &&
    current.includeClientModule === next.includeClientModule
  )
}

/**
 * True when the device holds answers that the invitation would overwrite: answers that belong to no
 * invitation or to another workshop. Round 2 of the workshop these answers were given in continues
 * them (only the factors asked again are cleared), so it does not ask.
 */
export function invitationWouldReplace(
  held: { answered: number; invitation: { setup: WorkshopSetup; fingerprint: number } | null },
  next: { setup: WorkshopSetup; fingerprint: number },
): boolean {
  if (held.answered === 0) return false
  if (held.invitation === null) return true
  if (held.invitation.fingerprint === next.fingerprint) return false
  return !(next.setup.round === 2 && isSameWorkshop(held.invitation.setup, next.setup))
}

/**
 * How many items the scan a round-1 invitation sets up asks, counted the way the start page counts
 * the participant's own scan (completeness' total), so the welcome's duration matches. The role group
 * matters: some statements are asked of one group only.
 */
export function invitedItemCount(q: Questionnaire, setup: WorkshopSetup, roleGroup?: RoleGroup): number {
  const answers = answersForSetup(setup, emptyAnswers())
  return completeness(q, roleGroup === undefined ? answers : { ...answers, roleGroup }).total
}
