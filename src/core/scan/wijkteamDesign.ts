/** The wijkteam's design choices in a profile, as the short labels the result and the reports show. */
import type { Profile, Questionnaire } from '../model'

/** The answered choices in content order, each as its short label; absent or empty when not answered. */
export interface DesignParts {
  composition?: string
  execution?: string
  careLines: string[]
  accessRoutes: string[]
  targetGroups: string[]
}

/**
 * The answered design choices, or null when none is answered, so a page or report shows the line
 * only then. Labels follow the content's order, not the order of clicking, so two teams read alike.
 */
export function designParts(q: Questionnaire, profile: Profile): DesignParts | null {
  const design = q.wijkteamDesign
  const picked = <T extends string>(options: readonly { id: T; short: string }[], ids: readonly string[] | undefined): string[] =>
    options.filter((option) => ids?.includes(option.id) === true).map((option) => option.short)
  const one = <T extends string>(options: readonly { id: T; short: string }[], value: string | undefined): string | undefined =>
    options.find((option) => option.id === value)?.short
  const composition = one(design.composition, profile.teamComposition)
  const execution = one(design.execution, profile.execution)
  const parts: DesignParts = {
    ...(composition === undefined ? {} : { composition }),
    ...(execution === undefined ? {} : { execution }),
    careLines: picked(design.careLines, profile.careLines),
    accessRoutes: picked(design.accessRoutes, profile.accessRoutes),
    targetGroups: picked(design.targetGroups, profile.targetGroups),
  }
  const answered = composition !== undefined || execution !== undefined || parts.careLines.length + parts.accessRoutes.length + parts.targetGroups.length > 0
  return answered ? parts : null
}
