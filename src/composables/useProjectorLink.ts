import { onBeforeUnmount, onMounted, ref, shallowRef, watch, type Ref } from 'vue'
import type { DiscussionAgenda } from '@/core/team/agenda'
import { ProjectorPositionSchema, readAgenda } from '@/core/team/agendaSchema'
import { closingCount, startPosition, stepProjector, type ProjectorAction, type ProjectorPosition } from '@/core/team/projectorSteps'

/**
 * The workshop window drives a projector window it opened itself, with `postMessage` on the window
 * reference it holds. That needs no server, no shared storage and no BroadcastChannel, so it also
 * works in the single-file build opened from disk (file://, where every page has an opaque origin).
 * The messages carry only the prepared agenda (aggregated figures and questionnaire text).
 * Each side listens only to the other window, on this page's own origin (issue #25 item 5): a page
 * elsewhere that opened the projector, or that the projector window was sent to, is not listened to.
 */
const TOOL = 'integraalscan-projector'
const actions: readonly ProjectorAction[] = ['next', 'previous', 'reveal', 'blank', 'first']

type ToScreen = { tool: typeof TOOL; type: 'state'; agenda: DiscussionAgenda; position: ProjectorPosition }
type ToControl = { tool: typeof TOOL; type: 'ready' } | { tool: typeof TOOL; type: 'action'; action: ProjectorAction }

/** Same-origin pages get their origin as target; file:// pages have the opaque origin "null" and need '*'. */
function targetOrigin(): string {
  return window.location.origin === 'null' || window.location.protocol === 'file:' ? '*' : window.location.origin
}

function parse(data: unknown): Record<string, unknown> | null {
  if (typeof data !== 'string' || data.length > 2_000_000) return null
  try {
    const value: unknown = JSON.parse(data)
    return value !== null && typeof value === 'object' && (value as { tool?: unknown }).tool === TOOL ? (value as Record<string, unknown>) : null
  } catch {
    return null
  }
}

/**
 * True for a message from `expected` on this page's origin. A page opened from disk has the opaque
 * origin "null", and so has every message it receives from another file:// page: there only the
 * window the message came from can be checked.
 */
export function fromOwnSide(event: Pick<MessageEvent, 'source' | 'origin'>, expected: unknown, own: Pick<Location, 'origin' | 'protocol'>): boolean {
  if (expected === null || expected === undefined || event.source !== expected) return false
  if (own.protocol === 'file:' || own.origin === 'null') return event.origin === 'null' || event.origin === 'file://'
  return event.origin === own.origin
}

/**
 * Reads a message for the projector screen; anything else (another tool, a damaged message) is null.
 * Each agenda item is checked on its own: `dropped` counts those left out, so the others still show.
 */
export function readScreenMessage(data: unknown): (ToScreen & { dropped: number; factors: number }) | null {
  const message = parse(data)
  if (message?.type !== 'state') return null
  const position = ProjectorPositionSchema.safeParse(message.position)
  const read = readAgenda(message.agenda)
  if (!position.success || read === null) return null
  return { tool: TOOL, type: 'state', agenda: read.agenda, position: position.data, dropped: read.dropped, factors: read.factors }
}

/** Reads a message for the control window. */
export function readControlMessage(data: unknown): ToControl | null {
  const message = parse(data)
  if (message?.type === 'ready') return { tool: TOOL, type: 'ready' }
  if (message?.type === 'action' && actions.includes(message.action as ProjectorAction)) {
    return { tool: TOOL, type: 'action', action: message.action as ProjectorAction }
  }
  return null
}

/** The control side, on the workshop page: opens the projector window and keeps it in step. */
export function useProjectorControl(agenda: Ref<DiscussionAgenda>) {
  const position = ref<ProjectorPosition>({ ...startPosition })
  const screen = shallowRef<Window | null>(null)
  const blocked = ref(false)

  function send(): void {
    const target = screen.value
    if (target === null || target.closed) return
    const message: ToScreen = { tool: TOOL, type: 'state', agenda: agenda.value, position: position.value }
    target.postMessage(JSON.stringify(message), targetOrigin())
  }

  function act(action: ProjectorAction): void {
    position.value = stepProjector(position.value, action, agenda.value.items.length, closingCount(agenda.value))
  }

  function open(): void {
    const url = `${window.location.href.split('#')[0]}#/projector`
    const opened = window.open(url, 'integraalscan-projector', 'popup,width=1280,height=720')
    blocked.value = opened === null
    if (opened) {
      screen.value = opened
      opened.focus()
      send()
    }
  }

  function onMessage(event: MessageEvent): void {
    if (!fromOwnSide(event, screen.value, window.location)) return
    const message = readControlMessage(event.data)
    if (message?.type === 'ready') send()
    else if (message?.type === 'action') act(message.action)
  }

  watch([agenda, position], send)
  onMounted(() => window.addEventListener('message', onMessage))
  onBeforeUnmount(() => window.removeEventListener('message', onMessage))

  return { position, blocked, open, act, isOpen: () => screen.value !== null && !screen.value.closed }
}

/** The screen side: follows the window that opened it, and passes key presses back to it. */
export function useProjectorScreen() {
  const remote = window.opener !== null && window.opener !== window
  const agenda = shallowRef<DiscussionAgenda | null>(null)
  const position = ref<ProjectorPosition>({ ...startPosition })
  /** Agenda items of the last message that were damaged and are not shown. */
  const dropped = ref(0)
  /** How many agenda items the workshop window sent, damaged ones included: the closing slides follow them. */
  const factors = ref(0)

  function onMessage(event: MessageEvent): void {
    if (!remote || !fromOwnSide(event, window.opener, window.location)) return
    const message = readScreenMessage(event.data)
    if (message === null) return
    agenda.value = message.agenda
    position.value = message.position
    dropped.value = message.dropped
    factors.value = message.factors
  }

  function sendAction(action: ProjectorAction): void {
    const message: ToControl = { tool: TOOL, type: 'action', action }
    ;(window.opener as Window).postMessage(JSON.stringify(message), targetOrigin())
  }

  onMounted(() => {
    window.addEventListener('message', onMessage)
    if (remote) (window.opener as Window).postMessage(JSON.stringify({ tool: TOOL, type: 'ready' } satisfies ToControl), targetOrigin())
  })
  onBeforeUnmount(() => window.removeEventListener('message', onMessage))

  return { remote, agenda, position, dropped, factors, sendAction }
}
