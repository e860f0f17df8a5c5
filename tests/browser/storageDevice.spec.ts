// Issue #25: a full device, a second tab, an invitation over a scan, a pasted code and a tampered key
// never lose saved work silently. Each test causes the failure as a user or an attacker would.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { questionnaire } from '../../src/content/questionnaire'
import { encodeInvitation } from '../../src/core/files/invitation'
import { encodeHandinCode } from '../../src/core/files/handinCode'
import { answersOf } from '../../src/core/files/newResult'
import { arrive, goto, H1, launch, newPage, type Session } from './support/browser'
import { FIXTURES, participantFiles, readParticipant, tempFile } from './support/fixtures'
import { RESULT_FILES, workshopWith } from './support/workshop'

let session: Session
beforeAll(async () => {
  session = await launch()
})
afterAll(async () => {
  await session.close()
})

const SCAN_KEY = 'integraalscan:huidige-invulling'
const storageNotice = (page: Page) => page.getByRole('alert').filter({ hasText: /bewaard|gelezen|tabblad|vol/ }).first()

/** Fills the browser's storage for this origin with other data until not one more character fits. */
async function fillStorage(page: Page): Promise<void> {
  await page.evaluate(() => {
    let index = 0
    for (let size = 1 << 20; size >= 1; ) {
      try {
        window.localStorage.setItem(`andere-gegevens-${index++}`, 'x'.repeat(size))
      } catch {
        size = Math.floor(size / 2)
      }
    }
  })
}

/** Opens the participant fixture from the start page: a scan with answers on this device. */
async function openScan(page: Page): Promise<void> {
  await goto(page, session, '#/', H1.start)
  await page.setInputFiles('input[type="file"]', join(FIXTURES, 'result-participant.json'))
  await page.waitForURL(/vragenlijst/)
}

const storedAnswerCount = (page: Page) =>
  page.evaluate((key) => Object.keys((JSON.parse(window.localStorage.getItem(key) ?? '{"answers":{}}') as { answers: object }).answers).length, SCAN_KEY)

describe('a full device keeps the last good copy and says so', () => {
  it('the scan: the change that did not fit is announced with a download, the stored copy reopens', async () => {
    const { context, page, errors } = await newPage(session)
    await openScan(page)
    const before = await storedAnswerCount(page)
    await fillStorage(page)
    await goto(page, session, '#/', H1.start)
    await page.getByLabel('Team of organisatie').fill(`Een lange teamnaam ${'x'.repeat(150)}`)
    await page.getByLabel('Team of organisatie').blur()
    await expect(storageNotice(page).innerText()).resolves.toContain('kon niet op dit apparaat worden bewaard')
    await expect(storageNotice(page).getByRole('button', { name: 'Download als bestand' }).isVisible()).resolves.toBe(true)
    await page.reload()
    await arrive(page, H1.start)
    await expect(storedAnswerCount(page)).resolves.toBe(before)
    expect(errors).toEqual([])
    await context.close()
  })

  it('the workshop: a participant that does not fit is kept in the tab, said so, and the earlier workshop reopens', async () => {
    const { context, page, errors } = await newPage(session)
    const files = participantFiles('noord')
    await workshopWith(page, session, files.slice(0, 2), { phase: 'binnenhalen' })
    await page.locator('[data-participant]').nth(1).waitFor()
    await page.waitForFunction(() => window.localStorage.getItem('integraalscan:workshop') !== null)
    await fillStorage(page)
    await page.setInputFiles(RESULT_FILES, files.slice(2, 3))
    await page.locator('[data-participant]').nth(2).waitFor()
    await expect(storageNotice(page).innerText()).resolves.toContain('Op dit apparaat staat nog de workshop van daarvoor')
    await page.reload()
    await page.locator('[data-workshop-phase="binnenhalen"] [data-participant]').nth(1).waitFor()
    await expect(page.locator('[data-participant]').count()).resolves.toBe(2)
    expect(errors).toEqual([])
    await context.close()
  })

  it('an import that does not fit is not reported as done, and is not there after a reload', async () => {
    const { context, page } = await newPage(session)
    await goto(page, session, '#/bewaard', H1.saved)
    await fillStorage(page)
    const result = JSON.parse(readFileSync(join(FIXTURES, 'result-participant.json'), 'utf8')) as unknown
    const collection = JSON.stringify({ tool: 'integraalscan', schemaVersion: 1, kind: 'verzameling', results: [{ name: 'Noord', savedAt: '2026-12-01T10:00:00.000Z', result }] })
    await page.setInputFiles('input[type="file"]', tempFile('alles.json', collection))
    // The message comes after the file or the store is written: wait for it, do not read it at once.
    await page.getByRole('status').filter({ hasText: 'niet geïmporteerd' }).first().waitFor()
    await page.reload()
    await arrive(page, H1.saved)
    await expect(page.locator('[data-saved]').count()).resolves.toBe(0)
    await context.close()
  })

  it('switching back to "Bewaren op dit apparaat" on a full device neither throws nor loses the scan', async () => {
    const { context, page, errors } = await newPage(session)
    await openScan(page)
    await goto(page, session, '#/', H1.start)
    await page.getByLabel('Niets bewaren').check()
    await fillStorage(page)
    // click, not check: the choice is expected to snap back to "Niets bewaren"
    await page.getByLabel('Bewaren op dit apparaat').click()
    await expect(storageNotice(page).innerText()).resolves.toContain('lukte niet')
    await expect(page.getByLabel('Niets bewaren').isChecked()).resolves.toBe(true)
    await goto(page, session, '#/vragenlijst/inhoud', H1.step.inhoud)
    await expect(page.locator('input[type="radio"]:checked').count()).resolves.toBeGreaterThan(0)
    expect(errors).toEqual([])
    await context.close()
  })
})

describe('other tabs, invitations, codes and tampered keys', () => {
  it('a change made in another tab is taken over, not overwritten by this tab', async () => {
    const { context, page: first } = await newPage(session)
    await goto(first, session, '#/', H1.start)
    await first.getByLabel('Team of organisatie').fill('Wijkteam Noord')
    await first.getByLabel('Team of organisatie').blur()
    const second = await context.newPage()
    await goto(second, session, '#/', H1.start)
    await second.locator('input[id$="-municipality"]').fill('Zwolle')
    await second.locator('input[id$="-municipality"]').blur()
    await expect(storageNotice(first).innerText()).resolves.toContain('in een ander tabblad gewijzigd')
    await expect(first.locator('input[id$="-municipality"]').inputValue()).resolves.toBe('Zwolle')
    await first.getByLabel('Team of organisatie').fill('Wijkteam Zuid')
    await first.getByLabel('Team of organisatie').blur()
    await first.reload()
    await arrive(first, H1.start)
    await expect(first.locator('input[id$="-municipality"]').inputValue()).resolves.toBe('Zwolle')
    await expect(first.getByLabel('Team of organisatie').inputValue()).resolves.toBe('Wijkteam Zuid')
    await context.close()
  })

  it('a round-two invitation of another workshop asks before it replaces the scan on this device', async () => {
    const { context, page } = await newPage(session)
    await openScan(page)
    const before = await storedAnswerCount(page)
    const code = encodeInvitation(questionnaire, { team: 'Andere workshop', mode: 'volledig', includeClientModule: false, outOfScope: [], round: 2, askOnly: ['visie'] })
    await goto(page, session, `#/uitnodiging/${code}`, H1.invitation)
    await expect(page.getByText('Op dit apparaat staat al een scan met antwoorden').isVisible()).resolves.toBe(true)
    await page.reload()
    await arrive(page, H1.invitation)
    await expect(storedAnswerCount(page)).resolves.toBe(before)
    await context.close()
  })

  it('a hand-in code pasted with spaces and a line break around it is taken in', async () => {
    const { context, page } = await newPage(session)
    await goto(page, session, '#/workshop/binnenhalen', page.locator('[data-workshop-phase="binnenhalen"]'))
    const code = encodeHandinCode(questionnaire, answersOf(readParticipant(join(FIXTURES, 'result-participant.json'))))
    await page.getByLabel('Of plak een gedeelde link').fill(`  ${code}\n `)
    await page.getByRole('button', { name: 'Voeg link toe' }).click()
    await page.locator('[data-participant]').first().waitFor()
    await expect(page.locator('[data-participant]').count()).resolves.toBe(1)
    await context.close()
  })

  it('a tampered scan and invitation render the pages with a message and keep the value aside', async () => {
    const { context, page, errors } = await newPage(session)
    await goto(page, session, '#/', H1.start)
    await page.evaluate((key) => {
      window.localStorage.setItem(key, '{"tool":"integraalscan","schemaVersion":1,"kind":"deelnemer","mode":"half"}')
      window.localStorage.setItem('integraalscan:uitnodiging', '<img src=x onerror=alert(1)>')
    }, SCAN_KEY)
    await page.reload()
    await arrive(page, H1.start)
    await goto(page, session, '#/inleveren', H1.handin)
    await expect(storageNotice(page).innerText()).resolves.toContain('kon niet worden gelezen')
    await expect(page.evaluate((key) => window.localStorage.getItem(`${key}:onleesbaar`), SCAN_KEY)).resolves.toContain('"mode":"half"')
    expect(errors).toEqual([])
    await context.close()
  })
})
