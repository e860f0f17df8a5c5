/**
 * The team picture split by role group: which group scores higher? A team median hides a difference
 * between policy, organisation and work floor, which the Werkplaatsen Sociaal Domein (2018) ask to
 * keep in line ("congruentie", 000 l. 1362–1368). No source claims which group rates higher, so the
 * screen only shows what the groups answered.
 *
 * Small groups are never shown: a group of one or two is close to a person. A group of fewer than
 * MIN_GROUP_SIZE participants appears nowhere in the result, not by name, count or score; only the
 * fact that some participants were left out (`suppressed`) is kept, so screens can say so. With
 * fewer than two groups left there is nothing to compare and no rows are given either, so a
 * single group cannot be read off against the team as a whole.
 */
import type { Answers, Questionnaire, RoleGroup } from '../model'
import { roleGroupIds } from '../model'
import { medianOfSorted, SCORE_EPSILON, sortedCopy } from '../util/stats'
import { tallyTeam } from './teamTally'
import { MIN_GROUP_SIZE } from './groupSize'

export { MIN_GROUP_SIZE }

/** Difference between group medians from which one group is named as seeing it sunnier. */
export const SUNNIER_GAP = 0.5

export interface RoleGroupColumn {
  group: RoleGroup
  count: number
}

export interface RoleFactorRow {
  factorId: string
  /** Median factor score per shown group, in the order of `groups`; null when the group gave no score. */
  medians: (number | null)[]
  /** The group with the highest median, when it is at least SUNNIER_GAP above the lowest. */
  sunniest: RoleGroup | null
  /** Highest minus lowest group median; null when fewer than two groups scored the factor. */
  gap: number | null
}

export interface RoleComparison {
  /** Groups of at least MIN_GROUP_SIZE participants, in the fixed order of roleGroupIds. */
  groups: RoleGroupColumn[]
  /** Some participants chose a group that is too small to show. */
  suppressed: boolean
  /** Per factor, largest difference first; empty when fewer than two groups can be shown. */
  rows: RoleFactorRow[]
}

/** Participants per role group; those without a group are not counted anywhere. */
export function groupParticipants(participants: readonly Answers[]): Map<RoleGroup, Answers[]> {
  const groups = new Map<RoleGroup, Answers[]>()
  for (const participant of participants) {
    const group = participant.roleGroup
    if (group === undefined) continue
    const list = groups.get(group)
    if (list) list.push(participant)
    else groups.set(group, [participant])
  }
  return groups
}

export function compareRoleGroups(q: Questionnaire, participants: readonly Answers[]): RoleComparison {
  const byGroup = groupParticipants(participants)
  const shown = roleGroupIds.filter((group) => (byGroup.get(group)?.length ?? 0) >= MIN_GROUP_SIZE)
  const suppressed = [...byGroup.values()].some((list) => list.length < MIN_GROUP_SIZE)
  const groups = shown.map((group) => ({ group, count: byGroup.get(group)?.length ?? 0 }))
  if (shown.length < 2) return { groups, suppressed, rows: [] }

  const tallies = shown.map((group) => tallyTeam(q, byGroup.get(group) ?? []))
  const rows: RoleFactorRow[] = []
  for (const factor of q.factors) {
    const medians = tallies.map((tally) => {
      const values = tally.factors.get(factor.id)?.values ?? []
      return medianOfSorted(sortedCopy(values))
    })
    const scored = medians.flatMap((median, index) => (median === null ? [] : [{ median, group: shown[index] as RoleGroup }]))
    if (scored.length === 0) continue
    let gap: number | null = null
    let sunniest: RoleGroup | null = null
    if (scored.length >= 2) {
      const high = scored.reduce((best, item) => (item.median > best.median ? item : best))
      const low = scored.reduce((worst, item) => (item.median < worst.median ? item : worst))
      gap = high.median - low.median
      if (gap >= SUNNIER_GAP - SCORE_EPSILON) sunniest = high.group
    }
    rows.push({ factorId: factor.id, medians, sunniest, gap })
  }
  rows.sort((a, b) => (b.gap ?? -1) - (a.gap ?? -1))
  return { groups, suppressed, rows }
}
