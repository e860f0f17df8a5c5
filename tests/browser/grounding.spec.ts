/**
 * Issue #12 items 4–8 as a user meets them: every tension the sources name on the result and in the
 * workshop, the glossary reachable from the terms, "wat werkt" beyond knelpunten, the client check.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { fileURLToPath } from 'node:url'
import type { Page } from 'playwright-core'
import { questionnaire } from '../../src/content/questionnaire'
import { glossary } from '../../src/content/glossary'
import { axeViolations, DESKTOP, goto, H1, hasHorizontalScroll, launch, newPage, PHONE, screenshot, turnOnLargeText, type Session } from './support/browser'
import { participantFiles } from './support/fixtures'
import { workshopWith } from './support/workshop'

const FIXTURE = fileURLToPath(new URL('../fixtures/result-participant.json', import.meta.url))
const allTensionIds = questionnaire.tensions.map((tension) => tension.id).sort()

let session: Session
beforeAll(async () => {
  session = await launch()
})
afterAll(async () => {
  await session.close()
})

async function openResult(page: Page): Promise<void> {
  await goto(page, session, '#/', H1.start)
  await page.setInputFiles('input[type="file"]', FIXTURE)
  await page.waitForURL(/#\/vragenlijst/)
  await goto(page, session, '#/resultaat', H1.result)
  await page.locator('[data-section="tensions"]').waitFor()
}

async function tensionIds(page: Page): Promise<string[]> {
  return (await page.locator('[data-section="tensions"] [data-tension]').evaluateAll((items) => items.map((item) => item.getAttribute('data-tension') ?? ''))).sort()
}

/** Follows the first glossary link on the page and checks the About page opens at that term. */
async function followFirstTerm(page: Page): Promise<void> {
  const link = page.locator('a.glossary-term').first()
  const href = (await link.getAttribute('href')) ?? ''
  const termId = href.split('#begrip-')[1] ?? ''
  expect(glossary.map((entry) => entry.id)).toContain(termId)
  await link.click()
  await page.waitForURL(/#\/over#begrip-/)
  const entry = page.locator(`#begrip-${termId}`)
  await entry.waitFor()
  await expect(entry.evaluate((element) => element === document.activeElement)).resolves.toBe(true)
  await expect(entry.isVisible()).resolves.toBe(true)
}

describe('sources, tensions and the glossary on the result page', () => {
  it('shows every tension with its discussion question, advice beyond knelpunten and the client check', async () => {
    const { context, page, errors } = await newPage(session)
    await openResult(page)
    expect(await tensionIds(page)).toEqual(allTensionIds)
    for (const tension of questionnaire.tensions) {
      // Term links carry a hidden hint for screen readers; read the card as a sighted user does.
      const text = (await page.locator(`[data-tension="${tension.id}"]`).innerText()).replaceAll(/\n?\s*\(uitleg in de begrippenlijst\)\n?/g, '')
      expect(text).toContain(tension.discussionQuestion)
    }
    const reasons = await page.locator('[data-advice] h3 .status').allInnerTexts()
    expect(reasons.some((text) => text.startsWith('Aandachtspunt') || text.startsWith('Belangrijk'))).toBe(true)
    await expect(page.locator('[data-advice]').first().innerText()).resolves.toContain('Waar dit staat:')
    await expect(page.locator('[data-section="client-check"]').innerText()).resolves.toContain('Toets dit bij inwoners')
    await expect(page.locator('[data-fact="klantmanagers-in-teams"]').innerText()).resolves.toContain('55%')
    await expect(page.getByText('Volgens Van Arum en Schoorl (2015) werkte', { exact: false }).count()).resolves.toBeGreaterThan(0)
    expect(await page.locator('a.glossary-term').count()).toBeGreaterThan(5)
    await followFirstTerm(page)
    expect(errors).toEqual([])
    await context.close()
  })

  it.each([
    ['desktop', DESKTOP],
    ['phone', PHONE],
  ] as const)('has zero axe-core violations on the result and About pages (%s)', async (name, viewport) => {
    const { context, page } = await newPage(session, viewport)
    await openResult(page)
    expect(await axeViolations(page)).toEqual([])
    expect(await hasHorizontalScroll(page)).toBe(false)
    await screenshot(page, `grounding-result-${name}`)
    await goto(page, session, '#/over', H1.about)
    expect(await axeViolations(page)).toEqual([])
    await screenshot(page, `grounding-about-${name}`)
    await context.close()
  })
})

describe('the result with large text on a phone', () => {
  it('does not scroll sideways at 390 or 360 px: a badge that is a sentence wraps', async () => {
    for (const viewport of [PHONE, { width: 360, height: 740 }]) {
      const { context, page } = await newPage(session, viewport)
      await turnOnLargeText(page, session)
      await openResult(page)
      await expect(page.evaluate(() => document.documentElement.classList.contains('large-text'))).resolves.toBe(true)
      expect(await page.locator('[data-section="tensions"] .status').count()).toBeGreaterThan(0)
      expect(await hasHorizontalScroll(page), `${viewport.width} px`).toBe(false)
      await context.close()
    }
  })
})

describe('tensions and the glossary in the workshop', () => {
  it('shows every tension for the team and its terms lead to the glossary', async () => {
    const { context, page, errors } = await newPage(session)
    await workshopWith(page, session, participantFiles('noord'))
    await page.locator('[data-fold="tensions"] > summary').click()
    await page.locator('[data-section="tensions"]').waitFor()
    expect(await tensionIds(page)).toEqual(allTensionIds)
    expect(await axeViolations(page)).toEqual([])
    await screenshot(page, 'grounding-workshop-desktop')
    await followFirstTerm(page)
    expect(errors).toEqual([])
    await context.close()
  })
})
