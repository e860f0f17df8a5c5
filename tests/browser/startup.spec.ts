import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { axeViolations, goto, H1, launch, newPage, type Session } from './support/browser'

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

/**
 * When the first file whose name starts with `prefix` was requested, and when its script arrived
 * (ms since navigation). A view's stylesheet is requested at once; its script only once that
 * stylesheet has loaded (vite's preload helper), so the request is the earliest of the two.
 */
async function timing(page: Page, prefix: string): Promise<{ start: number; end: number }> {
  const found = await page.evaluate((name) => {
    const entries = (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).filter((item) => item.name.split('/').pop()?.startsWith(name))
    const script = entries.find((item) => item.name.endsWith('.js'))
    return script ? { start: Math.min(...entries.map((item) => item.startTime)), end: script.responseEnd } : null
  }, prefix)
  expect(found, `${prefix} chunk loaded`).not.toBeNull()
  return found!
}

describe('starting the app', () => {
  it('requests the questionnaire page without waiting for its text or its content when the page is opened directly', async () => {
    const { context, page, errors } = await newPage(session)
    // The text and the content are held back until the view has been requested. An app that fetched
    // the view only after they had arrived would never request it, and the hold would end by timeout.
    // Holding instead of comparing arrival times keeps this true however busy the machine is.
    let releaseHeld: (reason: 'view requested' | 'timeout') => void = () => {}
    const released = new Promise<'view requested' | 'timeout'>((resolve) => {
      releaseHeld = resolve
    })
    const timer = setTimeout(() => releaseHeld('timeout'), 15_000)
    const held: string[] = []
    await context.route(
      (url) => /\/(nl|questionnaire)-[^/]*\.js$/.test(url.pathname),
      async (route) => {
        held.push(route.request().url())
        await released
        await route.continue()
      },
    )
    page.on('request', (request) => {
      if (request.url().split('/').pop()?.startsWith('QuestionnaireView-')) releaseHeld('view requested')
    })
    await goto(page, session, '#/vragenlijst/inhoud', H1.step.inhoud)
    await page.locator('fieldset input[type="radio"]').first().waitFor({ timeout: 30_000 })
    clearTimeout(timer)
    expect(await released).toBe('view requested')
    // Both were really held: they are requested at start, not after the view.
    expect(held.some((url) => /\/nl-/.test(url))).toBe(true)
    expect(held.some((url) => /\/questionnaire-/.test(url))).toBe(true)
    const view = await timing(page, 'QuestionnaireView-')
    const content = await timing(page, 'questionnaire-')
    expect(view.start).toBeLessThan(content.end)
    expect(errors).toEqual([])
    await context.close()
  })

  it('shows the start page, then what depends on the questionnaire once it has arrived', async () => {
    const { context, page, errors } = await newPage(session)
    await goto(page, session, '#/', H1.start)
    await expect.poll(() => page.getByText(/minuten/).count()).toBeGreaterThan(0)
    // The length joins the privacy promise as a sentence of its own.
    await expect(page.locator('main p', { hasText: 'minuten' }).innerText()).resolves.toMatch(/server\. Duur: ongeveer \d+ minuten/)
    const content = await timing(page, 'questionnaire-')
    expect(content.start).toBeGreaterThan(0)
    await expect.poll(() => page.locator('select').count()).toBeGreaterThan(0)
    expect(errors).toEqual([])
    await context.close()
  })
  it('asks how the wijkteam is designed in one fold-out, accessible when open, and keeps the answers', async () => {
    const { context, page, errors } = await newPage(session)
    await goto(page, session, '#/', H1.start)
    const fold = page.locator('details.profile-design')
    await fold.locator('summary', { hasText: 'Hoe is het wijkteam ingericht? (optioneel)' }).click()
    await expect.poll(() => fold.evaluate((element) => (element as HTMLDetailsElement).open)).toBe(true)
    await fold.getByLabel('Bestaat het team uit generalisten, specialisten of een combinatie?').selectOption('combinatie')
    await fold.getByRole('checkbox', { name: 'Statushouders' }).check()
    await fold.getByRole('checkbox', { name: 'Ouderen' }).check()
    expect(await axeViolations(page)).toEqual([])
    // The choices are kept: after a reload the fold-out opens with them.
    await expect.poll(() => page.evaluate(() => JSON.stringify(Object.values(localStorage)))).toContain('statushouders')
    await page.reload()
    await expect.poll(() => page.locator('details.profile-design').evaluate((element) => (element as HTMLDetailsElement).open)).toBe(true)
    await expect(page.getByRole('checkbox', { name: 'Ouderen' }).isChecked()).resolves.toBe(true)
    expect(errors).toEqual([])
    await context.close()
  })
})
