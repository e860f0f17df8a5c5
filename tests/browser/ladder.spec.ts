/**
 * Issue #12 items 1–3 and 9 as a newcomer meets them: a result file of the earlier version with the
 * wijkteam case, the definition, the organisational dimensions and contradictions on the result
 * page, the workshop page and in the PDF.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { join } from 'node:path'
import { writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import type { Page } from 'playwright-core'
import { questionnaire } from '../../src/content/questionnaire'
import { axeViolations, DESKTOP, goto, H1, hasHorizontalScroll, launch, newPage, PHONE, printedReport, screenshot, type Session } from './support/browser'
import { printToPdf, readPdf, type PdfText } from './support/pdf'
import { FIXTURES, participantFiles, readParticipant, tempFile } from './support/fixtures'
import { serializeResult } from '../../src/core/files/fileFormat'
import { workshopWith } from './support/workshop'

const WIJKTEAM = join(FIXTURES, 'legacy', 'wijkteam-2026-1.json')
const DEFINITION = 'twee of meer actoren in samenhang worden opgepakt'
const indicator = (id: string) => questionnaire.ladderIndicators.find((i) => i.id === id)!.text

let session: Session
beforeAll(async () => {
  session = await launch()
})
afterAll(async () => {
  await session.close()
})

async function openWijkteamResult(page: Page): Promise<void> {
  await goto(page, session, '#/', H1.start)
  await page.setInputFiles('input[type="file"]', WIJKTEAM)
  await page.waitForURL(/#\/vragenlijst/)
  await goto(page, session, '#/resultaat', H1.result)
  await page.locator('[data-placement-sentence]').waitFor()
}

async function pdfText(page: Page): Promise<PdfText> {
  const buffer = await printToPdf(page)
  if (process.env.SCREENSHOTS === '1') writeFileSync(join(tmpdir(), `ladder-${Date.now()}.pdf`), buffer)
  return readPdf(new Uint8Array(buffer))
}

describe('the ladder after issue #12', () => {
  it('shows the definition where the scan starts', async () => {
    const { context, page } = await newPage(session)
    await goto(page, session, '#/', H1.start)
    await expect(page.locator('[data-framing]').innerText()).resolves.toContain(DEFINITION)
    await context.close()
  })

  it('places the wijkteam case of an earlier file on gedeeltelijke integratie and names what is missing below', async () => {
    const { context, page, errors } = await newPage(session)
    await openWijkteamResult(page)
    await expect(page.locator('[data-placement-sentence]').innerText()).resolves.toBe('Uit uw antwoorden volgt de trede: gedeeltelijke integratie.')
    await expect(page.locator('[aria-current="step"]').innerText()).resolves.toContain('Gedeeltelijke integratie')
    const gaps = await page.locator('.results-ladder__gaps li').allInnerTexts()
    expect(gaps.join(' ')).toContain(indicator('beperkt-overhead'))
    expect(gaps.join(' ')).toContain(indicator('beperkt-locatie'))
    const body = await page.locator('main').innerText()
    expect(body).not.toContain('geen samenwerking')
    // Self-reports are never called "de feiten"; the Dutch idiom "achter de feiten aan lopen" (lagging behind) in a tension is not such a claim.
    expect(body).not.toMatch(/(?<!achter )de feiten/i)
    await expect(page.locator('.ladder-guess').innerText()).resolves.toContain('één trede hoger dan wat uit uw antwoorden volgt')
    await expect(page.locator('main [data-framing]').innerText()).resolves.toContain(DEFINITION)
    await expect(page.locator('main [data-framing]').innerText()).resolves.toContain('geen doel op zich')
    await expect(page.locator('[data-organisation]').innerText()).resolves.toContain('Vormen van integratie (KPMG, 2013)')
    await expect(page.locator('[data-organisation] [data-form="casemanagement"]').innerText()).resolves.toContain('Staat in de bijlage naast')
    await expect(page.locator('[data-contradiction="dossier-ict"]').innerText()).resolves.toContain(indicator('volledig-dossier'))
    expect(errors).toEqual([])
    await context.close()
  })

  it('asks the organisational questions beside the ladder and shows the answers in their own place', async () => {
    const { context, page } = await newPage(session)
    await openWijkteamResult(page)
    // The organisation questions follow the ladder on a step of their own.
    await goto(page, session, '#/vragenlijst/organisatievorm', H1.step.organisatievorm)
    const form = questionnaire.organisation.forms.options[0]!
    await page.getByRole('group', { name: form.label }).getByText('Ja', { exact: true }).click()
    await page.getByRole('checkbox', { name: questionnaire.organisation.domains.options[0]!.label }).check()
    await page.getByRole('group', { name: questionnaire.organisation.place.text }).getByText(questionnaire.organisation.place.options[1]!.label).click()
    expect(await axeViolations(page)).toEqual([])
    await goto(page, session, '#/resultaat', H1.result)
    await expect(page.locator(`[data-form="${form.id}"]`).getAttribute('data-state')).resolves.toBe('ja')
    await expect(page.locator('[data-domains]').innerText()).resolves.toContain(questionnaire.organisation.domains.options[0]!.label)
    await expect(page.locator('[data-place]').innerText()).resolves.toContain(questionnaire.organisation.place.options[1]!.label)
    await context.close()
  })

  it.each([
    ['desktop', DESKTOP],
    ['telefoon', PHONE],
  ] as const)('has zero axe violations on the result and workshop pages (%s)', async (width, viewport) => {
    const { context, page } = await newPage(session, viewport)
    await openWijkteamResult(page)
    await page.locator('.results-ladder__crosswalk summary').click()
    expect(await axeViolations(page)).toEqual([])
    expect(await hasHorizontalScroll(page)).toBe(false)
    await screenshot(page, `ladder-resultaat-${width}`)
    await workshopWith(page, session, [...participantFiles('noord'), WIJKTEAM])
    await page.locator('[data-fold="ladder"] > summary').click()
    expect(await axeViolations(page)).toEqual([])
    expect(await hasHorizontalScroll(page)).toBe(false)
    await screenshot(page, `ladder-workshop-${width}`)
    await context.close()
  }, 120_000)

  it('shows the definition, the forms and the contradiction check on the workshop page', async () => {
    const { context, page } = await newPage(session)
    await workshopWith(page, session, [...participantFiles('noord'), WIJKTEAM])
    await page.locator('[data-fold="ladder"] > summary').click()
    await expect(page.locator('[data-framing]').innerText()).resolves.toContain(DEFINITION)
    await expect(page.locator('[data-organisation]').innerText()).resolves.toContain('Vormen van integratie (KPMG, 2013)')
    await expect(page.locator('[data-contradictions]').innerText()).resolves.toContain('Tegenstrijdige antwoorden om te bespreken')
    await expect(page.locator('[data-placement-sentence]').innerText()).resolves.toContain('Uit de antwoorden van het team volgt')
    await context.close()
  })

  it('prints the definition, the placement, the forms and the contradictions in the PDF', async () => {
    const { context, page } = await newPage(session)
    await openWijkteamResult(page)
    await goto(page, session, '#/vragenlijst/organisatievorm', H1.step.organisatievorm)
    await page.getByRole('group', { name: questionnaire.organisation.forms.options[0]!.label }).getByText('Ja', { exact: true }).click()
    await goto(page, session, '#/afdrukken/resultaat', printedReport(page))
    const pdf = await pdfText(page)
    expect(pdf.pages).toBeLessThanOrEqual(4)
    expect(pdf.text).toContain(DEFINITION)
    expect(pdf.text).toContain('Plaats op de ladder van integratie (KPMG, 2013): gedeeltelijke integratie.')
    expect(pdf.text).toContain('Staat in de bijlage naast')
    expect(pdf.text).toContain('Tegenstrijdige antwoorden om te bespreken')
    // The report lists indicators joined by ' · ', without their full stops.
    expect(pdf.text).toContain(indicator('volledig-dossier').replace(/\.$/, ''))
    expect(pdf.text).not.toContain('geen samenwerking')
    await page.emulateMedia({ media: 'screen' })
    // The participants answered the organisation questions (2026.2 scans): the team report shows the forms.
    const formIds = questionnaire.organisation.forms.options.map((option) => option.id)
    const withForms = participantFiles('noord').map((path, index) => {
      const participant = readParticipant(path)
      participant.organisation = { forms: { [formIds[0]!]: 'ja', [formIds[1]!]: 'deels' }, place: 'frontoffice' }
      return tempFile(`noord-vormen-${index}.json`, serializeResult(participant))
    })
    await workshopWith(page, session, [...withForms, WIJKTEAM])
    await goto(page, session, '#/afdrukken/workshop', printedReport(page))
    const team = await pdfText(page)
    expect(team.pages).toBeLessThanOrEqual(4)
    expect(team.text).toContain(DEFINITION)
    expect(team.text).toContain('Vormen van integratie (KPMG, 2013)')
    expect(team.text).toContain('Staat in de bijlage naast')
    expect(team.text).toContain('Tegenstrijdige antwoorden om te bespreken')
    await context.close()
  }, 120_000)
})
