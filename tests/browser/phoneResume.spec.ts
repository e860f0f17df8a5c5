import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { parseResultFile } from '../../src/core/files/fileFormat'
import { arrive, goto, H1, launch, newPage, PHONE, type Session } from './support/browser'
import { chosenOnStep, heading } from './support/questionnaire'

/** Issue #17 item 5: a phone kills tabs it needs the memory of; every answer is on the device by then. */
const STORAGE_KEY = 'integraalscan:huidige-invulling'
const QUESTIONS = 'main fieldset.choice-group'

let session: Session
beforeAll(async () => {
  session = await launch()
})
afterAll(async () => {
  await session.close()
})

describe('nothing lost on a phone', () => {
  it('saves every answer at once and resumes on the same step after the browser killed the tab', async () => {
    const { context, page } = await newPage(session, PHONE)
    await goto(page, session, '#/vragenlijst/organisatie', H1.step.organisatie)
    const groups = page.locator(QUESTIONS)
    for (const [index, option] of [[0, 4], [1, 0], [2, 5]] as const) {
      await groups.nth(index).locator('label').nth(option).click()
      // Written by the time the tap is handled: no debounce, no waiting for the page to be left.
      const stored = parseResultFile((await page.evaluate((key) => window.localStorage.getItem(key), STORAGE_KEY)) ?? '')
      expect(stored.ok && stored.result.kind === 'deelnemer' ? Object.keys(stored.result.answers).length : -1).toBe(index + 1)
    }
    const before = await chosenOnStep(page)
    expect(Object.keys(before)).toHaveLength(3)
    // The renderer dies: no beforeunload, unload or pagehide handler gets to run.
    const cdp = await context.newCDPSession(page)
    const crashed = page.waitForEvent('crash')
    void cdp.send('Page.crash').catch(() => undefined)
    await crashed
    const again = await context.newPage()
    await again.goto(`${session.baseUrl}#/vragenlijst`)
    await again.waitForURL(/#\/vragenlijst\/organisatie$/)
    await arrive(again, H1.step.organisatie)
    expect(await heading(again)).toBe('Organisatorische voorwaarden')
    expect(await chosenOnStep(again)).toEqual(before)
    await context.close()
  })
})
