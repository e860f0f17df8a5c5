import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { questionnaire } from '../../src/content/questionnaire'
import { axeViolations, goto, H1, hasHorizontalScroll, launch, newPage, PHONE, screenshot, type Session } from './support/browser'

const FULL_LABELS = [...questionnaire.scale.points.map((point) => point.label), questionnaire.scale.unknown]
const SMALL_PHONE = { width: 360, height: 740 }

let session: Session
beforeAll(async () => {
  session = await launch()
})
afterAll(async () => {
  await session.close()
})

describe('the answer scale on a phone (390×844 and 360×740)', () => {
  for (const viewport of [PHONE, SMALL_PHONE]) {
    it(`is a compact row of numbers whose options keep their full names and 44 px targets at ${viewport.width} px`, async () => {
      const { context, page, errors } = await newPage(session, viewport)
      await goto(page, session, '#/vragenlijst/inhoud', H1.step.inhoud)
      const first = page.locator('main fieldset').first()
      await first.scrollIntoViewIfNeeded()
      // Every radio is named by its full Dutch label, not by the number shown.
      const names = await first.getByRole('radio').evaluateAll((radios) =>
        radios.map((radio) => (radio as HTMLInputElement).labels?.[0]?.querySelector('.choice-group__label')?.textContent?.trim() ?? ''),
      )
      expect(names).toEqual(FULL_LABELS)
      for (const label of FULL_LABELS) await expect(first.getByRole('radio', { name: label, exact: true }).count()).resolves.toBe(1)
      // Each option (the label around its radio) is a touch target of at least 44 × 44 px.
      const boxes = await first.locator('label').evaluateAll((labels) => labels.map((label) => label.getBoundingClientRect().toJSON() as DOMRect))
      expect(boxes).toHaveLength(FULL_LABELS.length)
      for (const box of boxes) {
        expect(box.width).toBeGreaterThanOrEqual(44)
        expect(box.height).toBeGreaterThanOrEqual(44)
      }
      // The five scale points share one row; "weet ik niet" sits apart, below them.
      const scale = boxes.slice(0, 5)
      const unknown = boxes[5]!
      expect(new Set(scale.map((box) => Math.round(box.top))).size).toBe(1)
      expect(unknown.top).toBeGreaterThan(scale[0]!.bottom + 8)
      // Choosing by tapping the number works and shows the choice.
      await first.locator('label').nth(3).click()
      await expect(first.getByRole('radio', { name: FULL_LABELS[3], exact: true }).isChecked()).resolves.toBe(true)
      expect(await hasHorizontalScroll(page)).toBe(false)
      expect(await axeViolations(page)).toEqual([])
      await screenshot(page, `phone-scale-${viewport.width}`)
      expect(errors).toEqual([])
      await context.close()
    })
  }
})
