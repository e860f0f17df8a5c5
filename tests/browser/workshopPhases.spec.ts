import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import { parseResultFile } from '../../src/core/files/fileFormat'
import { launch, newPage, screenshot, type Session } from './support/browser'
import { participantFiles } from './support/fixtures'
import { openPhase, RESULT_FILES, workshopWith } from './support/workshop'

/** Eight participants: the five of Wijkteam Noord and three of Werk en Inkomen. */
const eight = [...participantFiles('noord'), ...participantFiles('wi').slice(0, 3)]
const phases = ['voorbereiden', 'binnenhalen', 'bespreken', 'afronden'] as const

let session: Session
beforeAll(async () => {
  session = await launch()
})
afterAll(async () => {
  await session.close()
})

describe('the workshop page in phases', () => {
  it('fits each phase in two screens at 1280×800 with eight participants and an invitation', async () => {
    const { context, page, errors } = await newPage(session)
    await workshopWith(page, session, eight, { phase: 'binnenhalen' })
    await openPhase(page, 'voorbereiden')
    await page.getByLabel('Team', { exact: true }).fill('Wijkteam Noord')
    await page.getByLabel('Verwacht aantal deelnemers').fill('8')
    await page.getByRole('button', { name: 'Maak de uitnodiging' }).click()
    await page.locator('[data-invitation-link]').waitFor()
    await expect(page.locator('[data-phase-status="binnenhalen"]').innerText()).resolves.toBe('8 van 8 binnen')
    for (const phase of phases) {
      await openPhase(page, phase)
      const height = await page.evaluate(() => document.documentElement.scrollHeight)
      await screenshot(page, `workshop-fase-${phase}-1280`)
      expect(height, phase).toBeLessThanOrEqual(2 * 800)
    }
    expect(errors).toEqual([])
    await context.close()
  }, 120_000)

  it('runs the phases by keyboard alone, and a reload keeps the phase', async () => {
    const { context, page } = await newPage(session)
    await workshopWith(page, session, eight.slice(0, 2), { phase: 'binnenhalen' })
    await page.locator('[data-phase="bespreken"]').focus()
    await page.keyboard.press('Enter')
    await page.locator('[data-workshop-phase="bespreken"]').waitFor()
    expect(page.url()).toMatch(/#\/workshop\/bespreken$/)
    await expect(page.locator('[data-phase="bespreken"]').getAttribute('aria-current')).resolves.toBe('step')
    await page.reload()
    await page.locator('[data-workshop-phase="bespreken"]').waitFor()
    // Tab from the phase link reaches the next phase's link: the steps are in the tab order.
    await page.locator('[data-phase="bespreken"]').focus()
    await page.keyboard.press('Tab')
    await page.keyboard.press('Enter')
    await page.locator('[data-workshop-phase="afronden"]').waitFor()
    await context.close()
  }, 120_000)

  it('takes 3,5 as agreed score, records an action, and both reach the team file', async () => {
    const { context, page } = await newPage(session)
    await workshopWith(page, session, eight)
    const select = page.getByLabel('Afgesproken score voor Aansluiting van ICT en registratiesystemen')
    await select.selectOption({ label: '3,5' })
    await expect(select.inputValue()).resolves.toBe('3.5')
    await expect(page.locator('[data-phase-status="bespreken"]').innerText()).resolves.toMatch(/^1 van \d+ afgesproken$/)

    await openPhase(page, 'afronden')
    await page.getByLabel('Bij welke factor?').selectOption({ label: 'Aansluiting van ICT en registratiesystemen' })
    await page.locator('[data-action-what]').fill('Eén dossier per gezin')
    await page.locator('[data-action-who]').fill('Teamleider')
    await page.locator('[data-action-when]').fill('maart 2027')
    await page.getByRole('button', { name: 'Voeg de actie toe' }).click()
    await page.locator('[data-action="ict"]').waitFor()
    await expect(page.locator('[data-phase-status="afronden"]').innerText()).resolves.toBe('1 actie')
    await expect(page.locator('[data-action="ict"]').innerText()).resolves.toContain('Afgesproken score: 3,5')

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download teamresultaat (JSON)' }).click()])
    const outcome = parseResultFile(readFileSync(await download.path(), 'utf8'))
    expect(outcome.ok && outcome.result.kind === 'team').toBe(true)
    if (!outcome.ok || outcome.result.kind !== 'team') return
    expect(outcome.result.agreed.ict?.score).toBe(3.5)
    expect(outcome.result.actions).toEqual([{ factorId: 'ict', what: 'Eén dossier per gezin', who: 'Teamleider', when: 'maart 2027' }])
    await context.close()
  }, 120_000)

  it('says "toegevoegd als" only while that participant is in the workshop', async () => {
    const { context, page } = await newPage(session)
    await workshopWith(page, session, eight.slice(0, 2), { phase: 'binnenhalen' })
    await page.setInputFiles(RESULT_FILES, [eight[2]!])
    const added = page.locator('[data-outcome="added"]', { hasText: 'is toegevoegd als Deelnemer 3' })
    await added.waitFor()
    await page.getByRole('button', { name: 'Deelnemer 3 verwijderen' }).click()
    await page.getByRole('button', { name: 'Ja, doorgaan' }).click()
    await expect.poll(() => added.count()).toBe(0)
    await context.close()
  }, 120_000)
})
