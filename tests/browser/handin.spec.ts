import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium, type Browser, type Page } from 'playwright-core'
import { inject } from 'vitest'
import { questionnaire } from '../../src/content/questionnaire'
import { codeLayout } from '../../src/core/files/codeLayout'
import { encodeHandinCode } from '../../src/core/files/handinCode'
import { encodeInvitation, makeInvitation, type WorkshopSetup } from '../../src/core/files/invitation'
import type { Answers } from '../../src/core/model'
import { acceptInvitation, arrive, axeViolations, DESKTOP, H1, PHONE } from './support/browser'
import { qrPng, y4mVideo } from './support/qrMedia'

const layout = codeLayout(questionnaire)
/** The set-up the facilitator enters in the form below. */
const setup: WorkshopSetup = { team: 'Wijkteam Noord', date: '2026-11-23', mode: 'volledig', includeClientModule: true, outOfScope: [], round: 1, askOnly: [] }
const session = makeInvitation(questionnaire, setup).fingerprint

function fullScan(value: 1 | 2 | 3 | 4 | 5): Answers {
  return {
    mode: 'volledig',
    includeClientModule: true,
    profile: {},
    answers: Object.fromEntries(layout.statementIds.map((id) => [id, value])),
    important: [],
    notes: {},
    outOfScope: [],
    ladder: Object.fromEntries(layout.indicatorIds.map((id) => [id, 'ja' as const])),
  }
}

const folder = mkdtempSync(join(tmpdir(), 'handin-'))
const camera = join(folder, 'camera.y4m')
const codeOnCamera = encodeHandinCode(questionnaire, fullScan(4), session)
const photoCode = encodeHandinCode(questionnaire, fullScan(2), session)
const otherSession = encodeHandinCode(questionnaire, fullScan(3), session ^ 0x5a5a)
const shots = '/tmp/shots-handin'
mkdirSync(shots, { recursive: true })
writeFileSync(camera, y4mVideo(codeOnCamera))
writeFileSync(join(folder, 'foto.png'), qrPng(photoCode))
writeFileSync(join(folder, 'andere-workshop.png'), qrPng(otherSession))
writeFileSync(join(folder, 'geen-code.png'), qrPng('HELLO WORLD'))

let browser: Browser
const baseUrl = inject('baseUrl')

beforeAll(async () => {
  browser = await chromium.launch({
    executablePath: inject('chromiumPath'),
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-sync',
      '--use-fake-device-for-media-stream',
      '--use-fake-ui-for-media-stream',
      `--use-file-for-fake-video-capture=${camera}`,
    ],
  })
})
afterAll(async () => {
  await browser.close()
})

async function page(viewport = DESKTOP): Promise<{ page: Page; errors: string[] }> {
  const context = await browser.newContext({ viewport, locale: 'nl-NL', permissions: ['camera'] })
  const p = await context.newPage()
  const errors: string[] = []
  p.on('pageerror', (error) => errors.push(error.message))
  return { page: p, errors }
}

const count = (p: Page) => p.locator('[data-handin-count]').innerText()
const message = (p: Page) => p.locator('[data-handin-message]')

describe('hand-in by QR code', () => {
  it('reads a participant from the camera, a photo, refuses another session and damaged codes, and changes nothing then', async () => {
    const { page: p, errors } = await page()
    await p.goto(`${baseUrl}#/workshop`)
    await p.getByLabel('Team', { exact: true }).fill('Wijkteam Noord')
    await p.getByLabel('Datum van de workshop').fill('2026-11-23')
    await p.getByRole('button', { name: 'Maak de uitnodiging' }).click()
    await p.locator('[data-invitation-link]').waitFor()
    const invitationLink = await p.locator('[data-invitation-link]').inputValue()
    expect(invitationLink).toContain(`#/uitnodiging/${encodeInvitation(questionnaire, setup)}`)

    await p.locator('[data-workshop-phases] [data-phase="binnenhalen"]').click()
    await p.getByRole('button', { name: 'Camera aan' }).click()
    await expect.poll(() => message(p).innerText(), { timeout: 30_000 }).toBe('Deelnemer 1 is binnen.')
    await expect(count(p)).resolves.toBe('1 binnen')
    await expect.poll(() => p.locator('#participants-title').innerText()).toBe('1 deelnemer')
    await p.screenshot({ path: `${shots}/camera-1280.png` })
    expect(await axeViolations(p)).toEqual([])
    await p.getByRole('button', { name: 'Camera uit' }).click()

    const photo = p.locator('[data-photo-input]')
    await photo.setInputFiles(join(folder, 'foto.png'))
    await expect.poll(() => message(p).innerText()).toBe('Deelnemer 2 is binnen.')
    await expect(count(p)).resolves.toBe('2 binnen')

    await photo.setInputFiles(join(folder, 'foto.png'))
    await expect.poll(() => message(p).innerText()).toContain('Deze code is al binnen (Deelnemer 2)')

    await photo.setInputFiles(join(folder, 'andere-workshop.png'))
    await expect.poll(() => message(p).innerText()).toContain('hoort bij een andere workshop')
    await photo.setInputFiles(join(folder, 'geen-code.png'))
    await expect.poll(() => message(p).innerText()).toContain('geen inlevercode')
    await expect(count(p)).resolves.toBe('2 binnen')

    const before = await p.evaluate(() => JSON.stringify(Object.entries(localStorage).sort()))
    const linkField = p.getByLabel('Of plak een gedeelde link')
    for (const bad of [photoCode.slice(0, 40), `${photoCode.slice(0, -3)}AAA`, 'Z%$ 12:/-*', otherSession]) {
      await linkField.fill(bad)
      await p.getByRole('button', { name: 'Voeg link toe' }).click()
      await expect.poll(() => p.locator('[data-outcome="refused"]').count()).toBe(1)
    }
    expect(await p.evaluate(() => JSON.stringify(Object.entries(localStorage).sort()))).toBe(before)
    await expect(count(p)).resolves.toBe('2 binnen')
    expect(errors).toEqual([])
  })

  it('opens an invitation and finds the scan set up as invited', async () => {
    const factor = questionnaire.factors.find((item) => item.themeId === 'inhoud')!
    const invited: WorkshopSetup = { team: 'Team Zuid', date: '2026-12-01', mode: 'kort', includeClientModule: false, outOfScope: [factor.id], round: 1, askOnly: [] }
    const { page: p, errors } = await page(PHONE)
    await acceptInvitation(p, `${baseUrl}#/uitnodiging/${encodeInvitation(questionnaire, invited)}`, H1.step.inhoud)
    await p.waitForURL(/#\/vragenlijst\/inhoud/)
    const stored = await p.evaluate(() => JSON.parse(localStorage.getItem('integraalscan:huidige-invulling') ?? '{}') as Answers)
    expect(stored).toMatchObject({ mode: 'kort', includeClientModule: false, outOfScope: [factor.id], profile: { team: 'Team Zuid', date: '2026-12-01' } })
    await expect(p.locator(`[data-factor="${factor.id}"] input[type="checkbox"]`).last().isChecked()).resolves.toBe(true)
    await expect(p.getByRole('link', { name: /Cliëntperspectief/i }).count()).resolves.toBe(0)

    // The hand-in screen carries this session's code.
    await p.goto(`${baseUrl}#/inleveren`)
    await arrive(p, H1.handin)
    // Answer one statement so there is something to hand in.
    await p.goto(`${baseUrl}#/vragenlijst/organisatie`)
    await arrive(p, H1.step.organisatie)
    await p.locator('input[type="radio"]').first().check()
    await p.goto(`${baseUrl}#/inleveren`)
    // The code is drawn after the QR generator chunk has loaded: wait for the code itself, not the frame.
    const qr = p.locator('[data-handin-qr][data-qr-text]')
    await qr.waitFor()
    const text = await qr.getAttribute('data-qr-text')
    expect(text).toMatch(/^[0-9A-Z $%*+\-./:]+$/)
    expect(Number(await qr.getAttribute('data-qr-version'))).toBeLessThanOrEqual(10)
    await p.screenshot({ path: `${shots}/handin-390.png`, fullPage: true })
    expect(await axeViolations(p)).toEqual([])
    expect(errors).toEqual([])
  })

  it('refuses a damaged invitation with a clear message', async () => {
    const { page: p } = await page()
    await p.goto(`${baseUrl}#/uitnodiging/${encodeInvitation(questionnaire, setup).slice(0, -4)}`)
    await expect(p.locator('[data-invitation-error]').innerText()).resolves.toContain('kan niet worden geopend')
  })
})
