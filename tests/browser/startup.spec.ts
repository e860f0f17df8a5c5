import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { goto, launch, newPage, type Session } from './support/browser'

/**
 * How the app starts (issue #11 item 9, issue #17 item 4): the questionnaire content is a chunk of
 * its own that the start page does without at first, and a page opened directly requests its view's
 * chunks together with the text and content it waits for, not after them.
 */
let session: Session
beforeAll(async () => {
  session = await launch()
})
afterAll(async () => {
  await session.close()
})

/** Request start and end (ms since navigation) of the first loaded script whose file name starts with `prefix`. */
async function timing(page: Page, prefix: string): Promise<{ start: number; end: number }> {
  const found = await page.evaluate((name) => {
    const entry = performance
      .getEntriesByType('resource')
      .find((item) => item.name.split('/').pop()?.startsWith(name) && item.name.endsWith('.js')) as PerformanceResourceTiming | undefined
    return entry ? { start: entry.startTime, end: entry.responseEnd } : null
  }, prefix)
  expect(found, `${prefix} chunk loaded`).not.toBeNull()
  return found!
}

describe('starting the app', () => {
  it('requests the questionnaire page, its text and its content together when the page is opened directly', async () => {
    const { context, page, errors } = await newPage(session)
    await goto(page, session, '#/vragenlijst/inhoud')
    await page.locator('fieldset input[type="radio"]').first().waitFor()
    const view = await timing(page, 'QuestionnaireView-')
    const text = await timing(page, 'nl-')
    const content = await timing(page, 'questionnaire-')
    // Requested before the other two had arrived: no round trip waits for another.
    expect(view.start).toBeLessThan(text.end)
    expect(view.start).toBeLessThan(content.end)
    expect(errors).toEqual([])
    await context.close()
  })

  it('shows the start page, then what depends on the questionnaire once it has arrived', async () => {
    const { context, page, errors } = await newPage(session)
    await goto(page, session, '#/')
    await expect.poll(() => page.getByText(/minuten/).count()).toBeGreaterThan(0)
    const content = await timing(page, 'questionnaire-')
    expect(content.start).toBeGreaterThan(0)
    await expect.poll(() => page.locator('select').count()).toBeGreaterThan(0)
    expect(errors).toEqual([])
    await context.close()
  })
})
