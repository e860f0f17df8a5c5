/**
 * The workshop's participant labels and sources, stored next to the team file (which is anonymous
 * and so cannot hold them). Device data like any other: validated, never trusted.
 */
import { z } from 'zod/mini'
import { SHORT_TEXT_MAX } from '../model'

export const WorkshopLabelSchema = z.object({
  label: z.string().check(z.maxLength(SHORT_TEXT_MAX)),
  /** The file name the participant came from, 'link' or 'team'. */
  source: z.string().check(z.maxLength(1000)),
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
