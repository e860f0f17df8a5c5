/**
 * The workshop's participant labels and sources, stored next to the team file (which is anonymous
 * and so cannot hold them). Device data like any other: validated, never trusted.
 */
import { z } from 'zod/mini'
import { SHORT_TEXT_MAX } from '../model'
import { routes, type Route } from '../files/intake'

export const WorkshopLabelSchema = z.object({
  label: z.string().check(z.maxLength(SHORT_TEXT_MAX)),
  /** The file or photo name the participant came from; before routes were stored: 'link' or 'team'. */
  source: z.string().check(z.maxLength(1000)),
  /** How she handed in (absent in labels stored before routes were). */
  route: z.optional(z.enum(routes)),
  /** How often a newer hand-in of hers replaced an earlier one. */
  replaced: z.optional(z.int().check(z.minimum(0))),
})
export type WorkshopLabel = z.infer<typeof WorkshopLabelSchema>

export const WorkshopLabelsSchema = z.array(WorkshopLabelSchema)

/** The stored labels, or none when the text is missing, not JSON or not labels; never throws. */
export function parseWorkshopLabels(text: string | null): WorkshopLabel[] {
  if (text === null) return []
  try {
    const parsed = WorkshopLabelsSchema.safeParse(JSON.parse(text))
    return parsed.success ? parsed.data : []
  } catch {
    return []
  }
}

/** The route of a stored label; labels stored before routes were said 'link', 'team' or a file name. */
export function routeOfLabel(label: WorkshopLabel): Route {
  if (label.route !== undefined) return label.route
  return label.source === 'link' ? 'link' : label.source === 'team' ? 'team' : 'file'
}
