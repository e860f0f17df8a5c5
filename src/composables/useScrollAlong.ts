import { nextTick } from 'vue'
import { REDUCED_MOTION, useMediaQuery } from './useMediaQuery'

/** Every question of a step is a ChoiceGroup; those the step-end links can reach carry `data-item`. */
const QUESTION = 'fieldset.choice-group'
const STEP_END = '[data-step-end]'

/** What sticks to the top of the screen (the compact header), which reserves its height as scroll padding. */
function stuckHeight(): number {
  return Number.parseFloat(getComputedStyle(document.documentElement).scrollPaddingTop) || 0
}

/** Fully visible below what sticks to the top. */
function inView(element: Element): boolean {
  const box = element.getBoundingClientRect()
  return box.top >= stuckHeight() && box.bottom <= window.innerHeight
}

/** Centred when it fits on the screen, so what comes after shows too; otherwise its start, so its question reads first. */
function block(element: Element): ScrollLogicalPosition {
  return element.getBoundingClientRect().height <= window.innerHeight - stuckHeight() ? 'center' : 'start'
}

/**
 * Moves the respondent along a step. A question answered by pointer (finger, mouse, pen) for the
 * first time brings the next open question into view, or the step's end when none is left below.
 * It only scrolls, never moves focus, and does nothing for an answer given by keyboard or a
 * screen reader: someone arrowing through a scale must not be thrown forward on every arrow.
 * The step-end links (`goTo`) were asked for, so they do move focus, to the question they name.
 */
export function useScrollAlong() {
  const reducedMotion = useMediaQuery(REDUCED_MOTION)
  const behavior = (): ScrollBehavior => (reducedMotion.value ? 'auto' : 'smooth')
  // The question a pointer last pressed in while it was still unanswered; any key press forgets it.
  let pressed: Element | null = null

  function onPointerdown(event: PointerEvent): void {
    const group = (event.target as Element | null)?.closest(QUESTION) ?? null
    pressed = group?.querySelector('input:checked') === null ? group : null
  }

  function onKeydown(): void {
    pressed = null
  }

  async function onChange(event: Event): Promise<void> {
    const group = (event.target as Element | null)?.closest(QUESTION) ?? null
    const byPointer = group !== null && group === pressed
    pressed = null
    const root = event.currentTarget as HTMLElement | null
    if (!byPointer || root === null) return
    await nextTick()
    const questions = [...root.querySelectorAll(QUESTION)]
    const next = questions.slice(questions.indexOf(group) + 1).find((question) => question.querySelector('input:checked') === null)
    if (next) {
      if (!inView(next)) next.scrollIntoView({ behavior: behavior(), block: block(next) })
      return
    }
    const end = root.querySelector(STEP_END)
    if (end && !inView(end)) end.scrollIntoView({ behavior: behavior(), block: 'start' })
  }

  /** Takes the respondent to an open question: scrolled into view, focus on its current choice. */
  function goTo(itemId: string): void {
    const question = document.querySelector(`${QUESTION}[data-item="${CSS.escape(itemId)}"]`)
    if (!question) return
    question.scrollIntoView({ behavior: behavior(), block: block(question) })
    const radio = question.querySelector<HTMLInputElement>('input[tabindex="0"]') ?? question.querySelector('input')
    radio?.focus({ preventScroll: true })
  }

  return { listeners: { pointerdown: onPointerdown, keydown: onKeydown, change: onChange }, goTo }
}
