/**
 * An invited participant: the welcome on the invitation route (whose workshop, when, how long, how to
 * hand in, the role group), the workshop line during the scan, and the hand-in code whole on the first
 * screen of a phone.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { questionnaire } from '../../src/content/questionnaire'
import { decodeHandinCode } from '../../src/core/files/handinCode'
import { encodeInvitation, makeInvitation, type WorkshopSetup } from '../../src/core/files/invitation'
import { invitedItemCount } from '../../src/core/files/invitationSession'
import { estimatedMinutes } from '../../src/core/scan/steps'
import { arrive, axeViolations, DESKTOP, goto, H1, launch, newPage, PHONE, screenshot, type Session } from './support/browser'

const setup: WorkshopSetup = { team: 'Wijkteam Noord', municipality: 'Ede', date: '2026-12-03', mode: 'kort', includeClientModule: false, outOfScope: [], round: 1, askOnly: [] }
const invitation = `#/uitnodiging/${encodeInvitation(questionnaire, setup)}`
const fingerprint = makeInvitation(questionnaire, setup).fingerprint
const STORE_KEY = 'integraalscan:huidige-invulling'

const welcome = (page: Page) => page.locator('.handin-welcome')
const begin = (page: Page) => page.getByRole('button', { name: 'Beginnen', exact: true })
const roleGroup = (page: Page) => page.getByLabel(/Uw rolgroep/)
const workshopLine = (page: Page) => page.locator('[data-workshop-line]')
const storedRoleGroup = (page: Page) => page.evaluate((key) => (JSON.parse(localStorage.getItem(key) ?? '{}') as { roleGroup?: string }).roleGroup, STORE_KEY)

let session: Session
beforeAll(async () => {
  session = await launch()
})
afterAll(async () => {
  await session.close()
})

describe('the welcome of an invitation', () => {
  it('names the workshop, its date, the duration and how to hand in, and carries the role group into the hand-in code', async () => {
    const { context, page, errors } = await newPage(session, PHONE)
    await goto(page, session, invitation, H1.invitation)
    await expect(page.locator('[data-welcome-name]').innerText()).resolves.toBe('Welkom bij de workshop van Wijkteam Noord, Ede.')
    await expect(page.locator('[data-welcome-date]').innerText()).resolves.toBe('3 december 2026')
    const items = invitedItemCount(questionnaire, setup)
    await expect(page.locator('[data-welcome-duration]').innerText()).resolves.toBe(`ongeveer ${estimatedMinutes(items)} minuten (${items} vragen)`)
    const how = await page.locator('[data-welcome-handin]').innerText()
    for (const way of ['QR-code', 'link', 'bestand']) expect(how).toContain(way)
    // On a phone the button is on the first screen, under the compact header.
    const beginBottom = await begin(page).evaluate((element) => element.getBoundingClientRect().bottom + window.scrollY)
    expect(beginBottom).toBeLessThanOrEqual(PHONE.height)
    // Nothing is started before the participant says so.
    await expect(page.evaluate((key) => localStorage.getItem(key), STORE_KEY)).resolves.toBeNull()
    await screenshot(page, 'uitnodiging-welkom-390')
    expect(await axeViolations(page)).toEqual([])

    // The role group chosen here decides the statements, so the duration follows it.
    await roleGroup(page).selectOption('uitvoering')
    const forGroup = invitedItemCount(questionnaire, setup, 'uitvoering')
    await expect.poll(() => page.locator('[data-welcome-duration]').innerText()).toBe(`ongeveer ${estimatedMinutes(forGroup)} minuten (${forGroup} vragen)`)
    await begin(page).click()
    await arrive(page, H1.step.inhoud)
    // The date's spaces do not break (a phone would split "3 / december 2026").
    await expect(workshopLine(page).innerText()).resolves.toBe('Workshop Wijkteam Noord, Ede · 3\u00a0december\u00a02026')
    await expect(workshopLine(page).isVisible()).resolves.toBe(true)
    await screenshot(page, 'uitnodiging-vragenlijst-390')

    // Something to hand in, then the hand-in screen: the code carries the role group and the session.
    await page.locator('[data-item] input[type="radio"]').first().check()
    await goto(page, session, '#/inleveren', page.locator('[data-handin-qr][data-qr-text]'))
    const read = decodeHandinCode(questionnaire, await page.locator('[data-handin-qr]').getAttribute('data-qr-text'))
    expect(read.ok && read.value.answers.roleGroup).toBe('uitvoering')
    expect(read.ok && read.value.session).toBe(fingerprint)

    // The code is whole on the first screen of the phone, with the page at its top.
    const bottom = await page.locator('[data-handin-qr]').evaluate((element) => element.getBoundingClientRect().bottom + window.scrollY)
    expect(bottom).toBeLessThanOrEqual(PHONE.height)
    await screenshot(page, 'inleveren-uitnodiging-390')
    expect(await axeViolations(page)).toEqual([])
    expect(errors).toEqual([])
    await context.close()
  })

  it('has no accessibility violations on a laptop screen either', async () => {
    const { context, page } = await newPage(session, DESKTOP)
    await goto(page, session, invitation, H1.invitation)
    await welcome(page).waitFor()
    await screenshot(page, 'uitnodiging-welkom-1280')
    expect(await axeViolations(page)).toEqual([])
    await context.close()
  })

  it('works by keyboard alone: Tab to the role group and the button, Enter starts', async () => {
    const { context, page } = await newPage(session, DESKTOP)
    await goto(page, session, invitation, H1.invitation)
    const isFocused = (locator: ReturnType<typeof roleGroup>) => locator.evaluate((element) => element === document.activeElement)
    // The skip link, the header, the menu: a bounded number of Tabs reaches the role group.
    for (let tab = 0; tab < 30 && !(await isFocused(roleGroup(page))); tab++) await page.keyboard.press('Tab')
    await expect(isFocused(roleGroup(page))).resolves.toBe(true)
    await page.keyboard.press('ArrowDown')
    await expect(roleGroup(page).inputValue()).resolves.toBe('beleid')
    await page.keyboard.press('Tab')
    await expect(isFocused(begin(page))).resolves.toBe(true)
    await page.keyboard.press('Enter')
    await arrive(page, H1.step.inhoud)
    await expect(storedRoleGroup(page)).resolves.toBe('beleid')
    await context.close()
  })

  it('asks before it replaces a scan on this device, and starts the workshop when told to', async () => {
    const { context, page } = await newPage(session, PHONE)
    await goto(page, session, '#/vragenlijst/inhoud', H1.step.inhoud)
    await page.locator('[data-item] input[type="radio"]').first().check()
    await expect(workshopLine(page).count()).resolves.toBe(0)
    await goto(page, session, invitation, H1.invitation)
    await expect(page.getByText('Op dit apparaat staat al een scan met antwoorden').isVisible()).resolves.toBe(true)
    await expect(page.getByRole('button', { name: 'Bewaar mijn huidige scan als bestand' }).isVisible()).resolves.toBe(true)
    await begin(page).click()
    await arrive(page, H1.step.inhoud)
    await workshopLine(page).waitFor()
    const stored = await page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? '{}') as { mode?: string; profile?: { team?: string } }, STORE_KEY)
    expect(stored).toMatchObject({ mode: 'kort', profile: { team: 'Wijkteam Noord' } })
    await context.close()
  })
})
