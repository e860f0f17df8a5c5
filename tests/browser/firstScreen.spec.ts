import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launch, newPage, PHONE, screenshot, type Session } from './support/browser'

/**
 * Issue #27: the first question comes first and what follows it on a phone moves nothing. The chunks
 * that load after the first question (the facts under each closed explanation) are held back while
 * the screen is looked at; layout shifts are summed as the browser reports them (CLS).
 */
let session: Session
beforeAll(async () => {
  session = await launch()
})
afterAll(async () => {
  await session.close()
})

/** The late chunks: requested only after the first question is on screen. */
const LATE = /\/FactorFacts-[^/]*\.js$/

describe('the first question on a phone', () => {
  it('is on screen before the later chunks arrive, and nothing shifts when they do', async () => {
    const { context, page, errors } = await newPage(session, PHONE)
    let release: () => void = () => {}
    const released = new Promise<void>((resolve) => {
      release = resolve
    })
    const held: string[] = []
    await context.route(
      (url) => LATE.test(url.pathname),
      async (route) => {
        held.push(route.request().url())
        await released
        await route.continue()
      },
    )
    await page.addInitScript(() => {
      const shifts = window as unknown as { layoutShift: number }
      shifts.layoutShift = 0
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
          if (!entry.hadRecentInput) shifts.layoutShift += entry.value
        }
      }).observe({ type: 'layout-shift', buffered: true })
    })
    await page.goto(`${session.baseUrl}#/vragenlijst/inhoud`)
    await page.locator('fieldset input[type="radio"]').first().waitFor({ state: 'attached' })
    // The later chunks are asked for once the first screen has been painted; they are held here.
    await expect.poll(() => held.length).toBeGreaterThan(0)
    await screenshot(page, 'first-question-late-chunks-held-390')
    const shiftHeld = await page.evaluate(() => (window as unknown as { layoutShift: number }).layoutShift)
    release()
    await page.locator('[data-fact]').first().waitFor({ state: 'attached' })
    await screenshot(page, 'first-question-all-loaded-390')
    const shiftAll = await page.evaluate(() => (window as unknown as { layoutShift: number }).layoutShift)
    expect(shiftHeld).toBeLessThan(0.01)
    expect(shiftAll).toBeLessThan(0.01)
    expect(errors).toEqual([])
    await context.close()
  })
})
