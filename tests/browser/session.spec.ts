/**
 * The workshop as one session (issue #23 item 8): a facilitator at 1280×800 and three participants on
 * phones (390×844) go from invitation to report through every route — camera (a fake video of the
 * first participant's own QR code), a photo of the second's, the third's short link, a file —
 * including a duplicate by a second route, a code of another session, round two, an agreed score from
 * it, the team file, the PDF and the Word file. What the participants hand in is made on their phones
 * (invitation, hand-in id, code and link); only the bulk of their answers is put in place directly.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium, type Browser, type Page } from 'playwright-core'
import { inject } from 'vitest'
import { questionnaire } from '../../src/content/questionnaire'
import { encodeInvitation, makeInvitation, type WorkshopSetup } from '../../src/core/files/invitation'
import { encodeHandinCode } from '../../src/core/files/handinCode'
import { emptyAnswers } from '../../src/core/files/newResult'
import type { Answers, ParticipantResult, TeamResult } from '../../src/core/model'
import { acceptInvitation, arrive, DESKTOP, H1, launch, newPage, PHONE, printedReport, type Session } from './support/browser'
import { qrPng, y4mVideo } from './support/qrMedia'
import { docxText, printPdf } from './support/report'
import { openPhase, RESULT_FILES } from './support/workshop'

const setup: WorkshopSetup = { team: 'Wijkteam Noord', municipality: 'Ede', date: '2026-12-07', mode: 'volledig', includeClientModule: true, outOfScope: [], round: 1, askOnly: [] }
const invitationCode = encodeInvitation(questionnaire, setup)
const fingerprint = makeInvitation(questionnaire, setup).fingerprint
const STORE_KEY = 'integraalscan:huidige-invulling'
const ict = questionnaire.factors.find((factor) => factor.id === 'ict')!
/** The action the meeting agrees on in "Afronden". */
const action = { what: 'Eén gezamenlijk dossier per gezin invoeren', who: 'Coördinator wijkteam', when: 'voor 1 april 2027' }
const folder = mkdtempSync(join(tmpdir(), 'sessie-'))
/** Screenshots to look at (not committed). */
const shots = '/tmp/shots-session'
mkdirSync(shots, { recursive: true })

/** What each participant answered: every factor with one score, the ladder, the organisation questions, a role group. */
const scores = { anna: 1, bram: 5, cor: 3 } as const
/** The same score on a knelpunt statement, which counts 6 − answer. */
const mirrored = { 1: 5, 3: 3, 5: 1 } as const
type Who = keyof typeof scores
const organisation: NonNullable<Answers['organisation']> = { forms: { casemanagement: 'ja', frontoffice: 'deels' }, place: 'backoffice', direction: 'horizontaal', domains: ['wmo', 'jeugd'] }

let participants: Session
let facilitatorBrowser: Browser
const phones = new Map<Who, Page>()
const handedIn = new Map<Who, { code: string; link: string; file: string; handinId: string }>()

/** A participant opens the invitation on her phone, answers, and opens the hand-in screen. */
async function participate(who: Who): Promise<void> {
  const { page } = await newPage(participants, PHONE)
  phones.set(who, page)
  await acceptInvitation(page, `${participants.baseUrl}#/uitnodiging/${invitationCode}`, H1.step.inhoud)
  // Her first answer by hand: it makes the scan's hand-in id on her device.
  await page.locator('[data-item] input[type="radio"]').first().check()
  await page.waitForFunction((key) => (localStorage.getItem(key) ?? '').includes('handinId'), STORE_KEY)
  const stored = JSON.parse((await page.evaluate((key) => localStorage.getItem(key), STORE_KEY)) ?? '{}') as ParticipantResult
  const score = scores[who]
  const answered: ParticipantResult = {
    ...stored,
    // A knelpunt statement is scored reversed (6 − answer): mirrored, so every factor scores exactly `score`.
    answers: Object.fromEntries(questionnaire.factors.flatMap((factor) => factor.statements.map((statement) => [statement.id, statement.reversed ? mirrored[score] : score]))),
    ladder: Object.fromEntries(questionnaire.ladderIndicators.map((indicator) => [indicator.id, 'deels'])),
    roleGroup: 'uitvoering',
    organisation,
    notes: who === 'anna' ? { ict: 'Twee systemen naast elkaar' } : {},
  }
  expect(stored.profile).toMatchObject({ team: 'Wijkteam Noord', municipality: 'Ede' })
  await page.evaluate(([key, value]) => localStorage.setItem(key!, value!), [STORE_KEY, JSON.stringify(answered)])
  await page.goto(`${participants.baseUrl}#/inleveren`)
  await arrive(page, H1.handin)
  await page.reload()
  await arrive(page, page.locator('[data-handin-qr]'))
  const code = (await page.locator('[data-handin-qr]').getAttribute('data-qr-text')) ?? ''
  await page.screenshot({ path: `${shots}/inleveren-${who}-390.png` })
  const link = await page.locator('[data-handin-link]').inputValue()
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download uw resultaatbestand' }).click()])
  const file = join(folder, `${who}.json`)
  writeFileSync(file, readFileSync(await download.path()))
  handedIn.set(who, { code, link, file, handinId: stored.handinId ?? '' })
}

beforeAll(async () => {
  participants = await launch()
}, 60_000)

/** The three phones hand in; then the facilitator's browser starts, its fake camera showing the first one's code. */
async function prepare(): Promise<void> {
  for (const who of ['anna', 'bram', 'cor'] as const) await participate(who)
  writeFileSync(join(folder, 'camera.y4m'), y4mVideo(handedIn.get('anna')!.code))
  writeFileSync(join(folder, 'bram.png'), qrPng(handedIn.get('bram')!.code))
  writeFileSync(join(folder, 'andere-workshop.png'), qrPng(encodeHandinCode(questionnaire, { ...emptyAnswers(), answers: { 'ict-1': 2 } }, fingerprint ^ 0x5a5a)))
  facilitatorBrowser = await chromium.launch({
    executablePath: inject('chromiumPath'),
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--use-fake-device-for-media-stream', '--use-fake-ui-for-media-stream', `--use-file-for-fake-video-capture=${join(folder, 'camera.y4m')}`],
  })
}

afterAll(async () => {
  await facilitatorBrowser?.close()
  await participants?.close()
})

const message = (page: Page) => page.locator('[data-handin-message]')

/** "Bespreken" with its round-two fold open. */
async function openRoundTwo(page: Page): Promise<void> {
  await openPhase(page, 'bespreken')
  const fold = page.locator('[data-fold="round-two"]')
  if (!(await fold.evaluate((details: HTMLDetailsElement) => details.open))) await fold.locator('summary').click()
}
const outcome = (page: Page) => page.locator('[data-outcome]').last()

describe('a workshop from invitation to report', () => {
  it('takes every route, counts each participant once, carries what she answered and the team, and closes with round two and the reports', async () => {
    await prepare()
    const context = await facilitatorBrowser.newContext({ viewport: DESKTOP, locale: 'nl-NL', permissions: ['camera'], acceptDownloads: true, reducedMotion: 'reduce' })
    const page = await context.newPage()
    const errors: string[] = []
    page.on('pageerror', (error) => errors.push(error.message))
    await page.goto(`${inject('baseUrl')}#/workshop`)
    await arrive(page, H1.workshop)

    // Voorbereiden: the invitation the participants opened.
    await page.getByLabel('Team', { exact: true }).fill('Wijkteam Noord')
    await page.getByLabel('Gemeente', { exact: true }).fill('Ede')
    await page.getByLabel('Datum van de workshop').fill('2026-12-07')
    await page.getByLabel(/Verwacht aantal deelnemers/).fill('3')
    await page.getByRole('button', { name: 'Maak de uitnodiging' }).click()
    await expect(page.locator('[data-invitation-link]').first().inputValue()).resolves.toContain(`#/uitnodiging/${invitationCode}`)

    // Binnenhalen: camera, photo, link, and the same participant again by her file.
    await openPhase(page, 'binnenhalen')
    await page.getByRole('button', { name: 'Camera aan' }).click()
    await expect.poll(() => message(page).innerText(), { timeout: 30_000 }).toBe('Deelnemer 1 is binnen.')
    await page.getByRole('button', { name: 'Camera uit' }).click()
    await page.locator('[data-photo-input]').setInputFiles(join(folder, 'bram.png'))
    await expect.poll(() => message(page).innerText()).toBe('Deelnemer 2 is binnen.')
    await page.getByLabel('Of plak een gedeelde link').fill(handedIn.get('cor')!.link)
    await page.getByRole('button', { name: 'Voeg link toe' }).click()
    await expect.poll(() => outcome(page).innerText()).toBe('De link is toegevoegd als Deelnemer 3.')
    await page.locator(RESULT_FILES).setInputFiles(handedIn.get('anna')!.file)
    await expect.poll(() => outcome(page).getAttribute('data-outcome')).toBe('duplicate')
    await expect(outcome(page).innerText()).resolves.toContain('is al toegevoegd (als Deelnemer 1)')
    await page.locator('[data-photo-input]').setInputFiles(join(folder, 'andere-workshop.png'))
    await expect.poll(() => message(page).innerText()).toContain('hoort bij een andere workshop')
    await expect(page.locator('[data-handin-count]').innerText()).resolves.toBe('3 van 3 binnen')
    const meta = await page.locator('[data-participant-meta]').allInnerTexts()
    expect(meta).toHaveLength(3)
    const total = await page.locator('[data-participant-meta]').first().innerText()
    expect(meta[0]).toMatch(/^via camera · \d+ van \d+ beantwoord$/)
    expect(meta[1]).toMatch(/^via foto \(bram\.png\) · \d+ van \d+ beantwoord$/)
    expect(meta[2]).toMatch(/^via link · \d+ van \d+ beantwoord$/)
    expect(total).not.toContain('gedeelde link')
    await page.locator('#participants-title').scrollIntoViewIfNeeded()
    await page.screenshot({ path: `${shots}/deelnemers-1280.png` })

    // Bespreken: round two for ICT; Bram answers it again on his phone, his code follows each answer.
    await openRoundTwo(page)
    const roundTwo = page.locator('[data-round-two-form]')
    for (const box of await roundTwo.getByRole('checkbox').all()) await box.uncheck()
    await roundTwo.getByRole('checkbox', { name: ict.title, exact: true }).check()
    await page.getByRole('button', { name: 'Maak de uitnodiging voor ronde 2' }).click()
    const roundTwoLink = await page.locator('[data-invitation="2"] [data-invitation-link]').inputValue()
    const bram = phones.get('bram')!
    await bram.goto(roundTwoLink.replace(/^.*#/, `${participants.baseUrl}#`))
    await bram.waitForURL(/#\/ronde-2/)
    await arrive(bram, H1.roundTwo)
    const before = await bram.locator('[data-handin-link]').inputValue()
    // He means 4 for the factor: on the knelpunt statement (scored 6 − answer) that is a 2.
    for (const statement of ict.statements) await bram.locator(`[data-item="${statement.id}"] label[data-mark="${statement.reversed ? 2 : 4}"]`).click()
    await expect.poll(() => bram.locator('[data-handin-link]').inputValue()).not.toBe(before)
    const roundTwoHandIn = await bram.locator('[data-handin-link]').inputValue()
    await openPhase(page, 'binnenhalen')
    await page.getByLabel('Of plak een gedeelde link').fill(roundTwoHandIn)
    await page.getByRole('button', { name: 'Voeg link toe' }).click()
    await expect.poll(() => outcome(page).innerText()).toBe('De link is toegevoegd als Ronde 2: Deelnemer 2.')
    await openRoundTwo(page)
    // ICT moved: round 1 had 1, 5 and 3 (median 3, divided); round 2 has Bram's 4.
    const row = (round: number) => page.locator(`[data-round-factor="ict"] [data-round="${round}"]`).innerText()
    await expect(row(1)).resolves.toMatch(/Ronde 1\s+1\s+0\s+1\s+0\s+1\s+3,0/)
    await expect(row(2)).resolves.toMatch(/Ronde 2\s+0\s+0\s+0\s+1\s+0\s+4,0/)
    await expect(page.locator('[data-round-factor="ict"] [data-round-moved]').innerText()).resolves.toMatch(/^Beweging: mediaan van 3,0 naar 4,0; eerst verdeeld, nu /)
    await page.locator('[data-round-factor="ict"]').getByRole('button', { name: 'Neem 4,0 over als afgesproken score' }).click()
    await expect(page.locator('[data-round-factor="ict"]').innerText()).resolves.toContain('Afgesproken score: 4,0')
    await page.locator('[data-round-factor="ict"]').scrollIntoViewIfNeeded()
    await page.screenshot({ path: `${shots}/ronde-2-1280.png` })
    await bram.screenshot({ path: `${shots}/ronde-2-telefoon-390.png` })

    // A reload of the workshop keeps the participants, round two and the agreed score.
    await page.reload()
    await arrive(page, H1.workshop)
    await openPhase(page, 'binnenhalen')
    await expect(page.locator('[data-handin-count]').innerText()).resolves.toContain('3 van 3 binnen')
    await openRoundTwo(page)
    await expect(row(2)).resolves.toMatch(/Ronde 2\s+0\s+0\s+0\s+1\s+0\s+4,0/)

    // Afronden: the meeting records an action in the action editor.
    await openPhase(page, 'afronden')
    await page.getByLabel('Bij welke factor?').selectOption({ label: ict.title })
    await page.locator('[data-action-what]').fill(action.what)
    await page.locator('[data-action-who]').fill(action.who)
    await page.locator('[data-action-when]').fill(action.when)
    await page.getByRole('button', { name: 'Voeg de actie toe' }).click()
    await page.locator('[data-action="ict"]').waitFor()

    // The team file carries the team, every participant's organisation answers and role group, once, and the action.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download teamresultaat (JSON)' }).click()])
    const team = JSON.parse(readFileSync(await download.path(), 'utf8')) as TeamResult
    expect(team.participantCount).toBe(3)
    expect(team.profile).toMatchObject({ team: 'Wijkteam Noord', municipality: 'Ede', date: '2026-12-07' })
    for (const participant of team.participants) expect(participant).toMatchObject({ roleGroup: 'uitvoering', organisation })
    expect(team.participants.map((participant) => participant.handinId).sort()).toEqual([...handedIn.values()].map((item) => item.handinId).sort())
    expect(team.agreed.ict).toEqual({ score: 4 })
    expect(team.actions).toEqual([{ factorId: 'ict', ...action }])

    await page.getByRole('link', { name: 'PDF-samenvatting' }).click()
    await page.waitForURL(/#\/afdrukken\/workshop$/)
    await arrive(page, printedReport(page))
    const printed = await page.locator('main').innerText()
    const word = await docxText(page)
    expect(word.text).toContain('Wijkteam Noord')
    const pdf = await printPdf(page, 'pdf-sessie')
    expect(pdf.text).toContain('Wijkteam Noord')
    // The action's what, who and when in the printed report, its PDF and the Word text.
    for (const part of Object.values(action)) {
      expect(printed).toContain(part)
      expect(word.text).toContain(part)
      expect(pdf.text.replace(/\s+/g, ' ')).toContain(part)
    }
    expect(pdf.text).toContain('Ede')
    expect(pdf.text).not.toContain('Team –')
    expect(errors).toEqual([])
    await context.close()
  }, 300_000)
})
