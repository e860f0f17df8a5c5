/**
 * The agenda as the projector window receives it from the workshop window: text sent between
 * windows, so untrusted until checked. Every item is checked on its own: one that does not fit is
 * left out (and counted, so the screen can say so), the others are shown.
 * A new kind of slide adds its fields here; objects keep fields they do not know, so a newer control
 * window does not blank an older projector.
 */
import { z } from 'zod/mini'
import { RoleGroupSchema, RungIdSchema } from '../model'
import type { RadarData } from '../scan/radar'
import type { AgendaAction, AgendaItem, AgendaLadder, DiscussionAgenda } from './agenda'
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

// The closing slides: each field on its own, so a damaged radar still leaves the ladder and the actions.
const axisValues = () => z.array(score()).check(z.maxLength(500))
export const RadarSchema = z
  .looseObject({
    caption: text(),
    labels: z.array(text()).check(z.maxLength(500)),
    groups: z.optional(z.array(text()).check(z.maxLength(500))),
    series: z.array(z.looseObject({ label: text(), values: axisValues(), variant: z.enum(['a', 'b']) })).check(z.minLength(1), z.maxLength(4)),
    band: z.optional(z.looseObject({ label: text(), low: axisValues(), high: axisValues() })),
  })
  // A value without its axis (or an axis without its value) would draw a shape that says something else.
  .check(
    z.refine((radar) => {
      const axes = radar.labels.length
      const lists = [...radar.series.map((series) => series.values), ...(radar.band ? [radar.band.low, radar.band.high] : []), ...(radar.groups ? [radar.groups] : [])]
      return lists.every((list) => list.length === axes)
    }),
  )

const PlacementSentenceSchema = z.discriminatedUnion('kind', [
  z.looseObject({ kind: z.literal('unknown') }),
  z.looseObject({ kind: z.literal('irregular'), present: text(), absent: text() }),
  z.looseObject({ kind: z.literal('atLeast'), rung: text(), higher: z.array(text()).check(z.maxLength(3)) }),
  z.looseObject({ kind: z.literal('settled'), rung: text() }),
])

export const LadderSchema = z.looseObject({
  sentence: PlacementSentenceSchema,
  irregular: z.boolean(),
  rung: z.union([z.literal(0), z.literal(1), z.literal(2), z.literal(3)]),
  known: z.boolean(),
  perRung: z
    .array(
      z.looseObject({
        rung: z.union([z.literal(1), z.literal(2), z.literal(3)]),
        rungId: RungIdSchema,
        status: z.enum(['aanwezig', 'niet-aanwezig', 'onbekend']),
        share: z.nullable(z.number().check(z.minimum(0), z.maximum(1))),
        definingKnown: count(),
        definingTotal: count(),
      }),
    )
    .check(z.maxLength(3)),
  counts: z.array(z.looseObject({ rungId: RungIdSchema, title: text(), count: count() })).check(z.maxLength(4)),
  unknown: count(),
})

export const AgendaActionSchema = z.looseObject({ factorId: text(), title: text(), what: text(), who: text(), when: text() })

export const ProjectorPositionSchema = z.object({ slide: count(), revealed: z.boolean(), blank: z.boolean() })

// What passes is an AgendaItem, and every field of AgendaItem is checked: this fails to compile when
// the agenda's type gains a field the schema does not know.
type Agrees<Schema extends { shape: object }, Type> = [z.infer<Schema>] extends [Type] ? ([keyof Type] extends [keyof Schema['shape']] ? true : false) : false
const itemsAgree: Agrees<typeof AgendaItemSchema, AgendaItem> = true
const positionsAgree: Agrees<typeof ProjectorPositionSchema, ProjectorPosition> = true
const radarAgrees: Agrees<typeof RadarSchema, RadarData> = true
const ladderAgrees: Agrees<typeof LadderSchema, AgendaLadder> = true
const actionsAgree: Agrees<typeof AgendaActionSchema, AgendaAction> = true
void [itemsAgree, positionsAgree, radarAgrees, ladderAgrees, actionsAgree]

/** The closing fields that passed, and how many were left out (a damaged field, or one damaged action). */
function readClosing(frame: Record<string, unknown>): { closing: Pick<DiscussionAgenda, 'radar' | 'ladder' | 'actions'>; dropped: number } {
  const closing: Pick<DiscussionAgenda, 'radar' | 'ladder' | 'actions'> = {}
  let dropped = 0
  if (frame.radar !== undefined) {
    const radar = RadarSchema.safeParse(frame.radar)
    if (radar.success) closing.radar = radar.data
    else dropped += 1
  }
  if (frame.ladder !== undefined) {
    const ladder = LadderSchema.safeParse(frame.ladder)
    if (ladder.success) closing.ladder = ladder.data
    else dropped += 1
  }
  if (frame.actions !== undefined) {
    const list = z.array(z.unknown()).check(z.maxLength(500)).safeParse(frame.actions)
    if (!list.success) dropped += 1
    else {
      closing.actions = list.data.flatMap((action) => {
        const parsed = AgendaActionSchema.safeParse(action)
        if (!parsed.success) dropped += 1
        return parsed.success ? [parsed.data] : []
      })
    }
  }
  return { closing, dropped }
}

/**
 * The agenda with only the items (and closing fields) that passed, and how many did not; null when
 * the frame itself does not fit. `factors` is how many items were sent: the closing slides follow
 * that many, so the projector shows the slide the workshop window means even with an item left out.
 */
export function readAgenda(value: unknown): { agenda: DiscussionAgenda; dropped: number; factors: number } | null {
  const frame = AgendaFrameSchema.safeParse(value)
  if (!frame.success) return null
  const items: AgendaItem[] = []
  for (const item of frame.data.items) {
    const parsed = AgendaItemSchema.safeParse(item)
    if (parsed.success) items.push(parsed.data)
  }
  const { closing, dropped } = readClosing(frame.data)
  const { participantCount, rolesSuppressed } = frame.data
  return {
    agenda: { participantCount, items, rolesSuppressed, ...closing },
    dropped: frame.data.items.length - items.length + dropped,
    factors: frame.data.items.length,
  }
}
