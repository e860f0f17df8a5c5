/**
 * The agenda as the projector window receives it from the workshop window: text sent between
 * windows, so untrusted until checked. Every item is checked on its own: one that does not fit is
 * left out (and counted, so the screen can say so), the others are shown.
 * A new kind of slide adds its fields here; objects keep fields they do not know, so a newer control
 * window does not blank an older projector.
 */
import { z } from 'zod/mini'
import { RoleGroupSchema } from '../model'
import type { AgendaItem, DiscussionAgenda } from './agenda'
import type { ProjectorPosition } from './projectorSteps'

const count = () => z.number().check(z.int(), z.minimum(0))
const score = () => z.nullable(z.number().check(z.minimum(1), z.maximum(5)))
const text = () => z.string().check(z.maxLength(20_000))
const CountsSchema = z.tuple([count(), count(), count(), count(), count()])

const AgendaStatementSchema = z.looseObject({ id: text(), text: text(), counts: CountsSchema, unknown: count(), far: count() })
const AgendaTensionSchema = z.looseObject({ id: text(), title: text(), question: text(), otherTitle: text(), flagged: z.boolean() })

export const AgendaItemSchema = z.looseObject({
  factorId: text(),
  title: text(),
  explanation: text(),
  themeTitle: text(),
  median: score(),
  counts: CountsSchema,
  unknown: count(),
  scored: count(),
  far: count(),
  agreement: z.nullable(z.enum(['eens', 'verdeeld', 'onzeker'])),
  splitStatements: z.array(AgendaStatementSchema),
  tensions: z.array(AgendaTensionSchema),
  contradictions: z.array(text()),
  advice: z.array(text()),
  roles: z.array(z.looseObject({ group: RoleGroupSchema, median: score() })),
  agreedScore: score(),
  agreedNote: text(),
})

const AgendaFrameSchema = z.looseObject({ participantCount: count(), items: z.array(z.unknown()).check(z.maxLength(500)), rolesSuppressed: z.boolean() })

export const ProjectorPositionSchema = z.object({ slide: count(), revealed: z.boolean(), blank: z.boolean() })

// What passes is an AgendaItem, and every field of AgendaItem is checked: this fails to compile when
// the agenda's type gains a field the schema does not know.
type Agrees<Schema extends { shape: object }, Type> = [z.infer<Schema>] extends [Type] ? ([keyof Type] extends [keyof Schema['shape']] ? true : false) : false
const itemsAgree: Agrees<typeof AgendaItemSchema, AgendaItem> = true
const positionsAgree: Agrees<typeof ProjectorPositionSchema, ProjectorPosition> = true
void [itemsAgree, positionsAgree]

/** The agenda with only the items that passed, and how many did not; null when the frame itself does not fit. */
export function readAgenda(value: unknown): { agenda: DiscussionAgenda; dropped: number } | null {
  const frame = AgendaFrameSchema.safeParse(value)
  if (!frame.success) return null
  const items: AgendaItem[] = []
  for (const item of frame.data.items) {
    const parsed = AgendaItemSchema.safeParse(item)
    if (parsed.success) items.push(parsed.data)
  }
  return { agenda: { ...frame.data, items }, dropped: frame.data.items.length - items.length }
}
