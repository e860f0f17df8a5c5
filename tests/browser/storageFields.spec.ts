// Issue #25: what a user types or drops never loses what is saved. Each test does what a user (or a
// careless paste) does, reloads, and checks that the work is still there and that the field said no.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { arrive, goto, H1, launch, newPage, type Arrival, type Session } from './support/browser'
import { openPhase, workshopWith } from './support/workshop'
import { FIXTURES, participantFiles, tempFile } from './support/fixtures'

let session: Session
beforeAll(async () => {
  session = await launch()
})
afterAll(async () => {
  await session.close()
})

/** Sets a field's value the way a paste or Chromium's date picker can (past maxlength, a year 20245) and commits it. */
async function commit(page: Page, selector: string, value: string): Promise<void> {
  await page.locator(selector).evaluate((element, typed) => {
    const field = element as HTMLInputElement | HTMLTextAreaElement
    field.value = typed
    field.dispatchEvent(new Event('input', { bubbles: true }))
    field.dispatchEvent(new Event('change', { bubbles: true }))
  }, value)
}

const refusal = (page: Page) => page.locator('.field-error').first()

/** The scan on this device, started by naming the team on the start page. */
async function startScan(page: Page): Promise<void> {
  await goto(page, session, '#/', H1.start)
  await page.getByLabel('Team of organisatie').fill('Wijkteam Noord')
  await page.getByLabel('Team of organisatie').blur()
}

/**
 * Reloads the page it is on, waits until the app has arrived there again (a hash change before the
 * router's first navigation ends is overwritten by it), then reads the team on the start page.
 */
async function teamAfterReload(page: Page, here: Arrival): Promise<string> {
  await page.reload()
  await arrive(page, here)
  await goto(page, session, '#/', H1.start)
  return page.getByLabel('Team of organisatie').inputValue()
}

describe('a field refuses what its file cannot hold, and the saved work survives the reload', () => {
  it('a note longer than a file allows', async () => {
    const { context, page, errors } = await newPage(session)
    await startScan(page)
    await goto(page, session, '#/vragenlijst/inhoud', H1.step.inhoud)
    await commit(page, '[data-factor="visie"] textarea', 'Lang verhaal. '.repeat(400))
    await expect(refusal(page).innerText()).resolves.toContain('langer dan 5.000 tekens')
    await expect(teamAfterReload(page, H1.step.inhoud)).resolves.toBe('Wijkteam Noord')
    expect(errors).toEqual([])
    await context.close()
  })

  it('an implausible number of inhabitants and a date in the year 20245', async () => {
    const { context, page } = await newPage(session)
    await startScan(page)
    await commit(page, 'input[type="number"]', '99999999999')
    await expect(refusal(page).innerText()).resolves.toContain('buiten wat hier kan')
    await commit(page, 'input[type="date"]', '20245-01-01')
    await expect(page.locator('.field-error').count()).resolves.toBe(2)
    await expect(teamAfterReload(page, H1.start)).resolves.toBe('Wijkteam Noord')
    await context.close()
  })

  it('a date in the year 20245 in the workshop', async () => {
    const { context, page } = await newPage(session)
    await workshopWith(page, session, participantFiles('wi'), { phase: 'binnenhalen' })
    await openPhase(page, 'voorbereiden')
    await page.locator('.workshop-team-profile input[type="date"]').waitFor()
    await commit(page, '.workshop-team-profile input[type="date"]', '20245-01-01')
    await expect(refusal(page).innerText()).resolves.toContain('buiten wat hier kan')
    await page.reload()
    await goto(page, session, '#/workshop/voorbereiden', page.locator('.workshop-team-profile input[type="date"]'))
    await expect(page.locator('.workshop-team-profile input[type="date"]').inputValue()).resolves.toBe('')
    await openPhase(page, 'binnenhalen')
    await page.locator('[data-participant]').first().waitFor()
    await expect(page.locator('[data-participant]').count()).resolves.toBe(4)
    await context.close()
  })

  it('a date in the year 20245 for a series moment, and a dropped file with a very long name', async () => {
    const { context, page } = await newPage(session)
    await goto(page, session, '#/reeks', H1.series)
    const longName = `${'meting-van-het-wijkteam-'.repeat(10)}.json`
    await page.locator('[data-series-files] input[type="file"]').setInputFiles([tempFile(longName, readFixture()), ...seriesFixtures()])
    await page.locator('[data-moment="2"]').waitFor()
    const moments = await page.locator('[data-moment]').count()
    await commit(page, '[data-moment="1"] input[type="date"]', '20245-01-01')
    await expect(refusal(page).innerText()).resolves.toContain('buiten wat hier kan')
    await page.reload()
    await goto(page, session, '#/reeks', H1.series)
    await page.locator('[data-moment="1"]').waitFor()
    await expect(page.locator('[data-moment]').count()).resolves.toBe(moments)
    await context.close()
  })
})

function readFixture(): string {
  return JSON.stringify(JSON.parse(readFileSync(join(FIXTURES, 'result-participant.json'), 'utf8')))
}

function seriesFixtures(): string[] {
  return participantFiles('wi').slice(0, 1)
}
