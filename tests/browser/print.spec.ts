import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { writeFileSync, mkdirSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs'
import { questionnaire } from '../../src/content/questionnaire'
import { answersOf } from '../../src/core/files/newResult'
import { summarize } from '../../src/core/scan/summary'
import { aggregateTeam } from '../../src/core/team/aggregate'
import { axeViolations, goto, hasHorizontalScroll, launch, newPage, PHONE, screenshot, type Session } from './support/browser'
import { FIXTURES, participantFiles, readParticipant, tempFile } from './support/fixtures'

let session: Session
beforeAll(async () => {
  session = await launch()
})
afterAll(async () => {
  await session.close()
})

interface PrintedPdf {
  pages: number
  text: string
}

/** Prints the current page as Chromium does for "Opslaan als PDF", and reads it back. */
async function printPdf(page: Page, name: string): Promise<PrintedPdf> {
  const radar = page.locator('[data-print-radar]').first()
  await radar.waitFor()
  // Sharp on paper: three image pixels per CSS pixel, and not more, or the labels shrink to a third.
  const pixels = await radar.evaluate((image: HTMLImageElement) => ({ natural: image.naturalWidth, declared: Number(image.getAttribute('width')) }))
  expect(pixels.natural).toBe(3 * pixels.declared)
  await page.emulateMedia({ media: 'print' })
  expect(await page.locator('button:visible, nav:visible, a.button:visible').count()).toBe(0)
  const buffer = await page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true })
  if (process.env.SCREENSHOTS === '1') {
    mkdirSync(join(import.meta.dirname, '../../screenshots'), { recursive: true })
    writeFileSync(join(import.meta.dirname, '../../screenshots', `${name}.pdf`), buffer)
  }
  const pdf = await getDocument({ data: new Uint8Array(buffer), useSystemFonts: false }).promise
  const texts: string[] = []
  for (let number = 1; number <= pdf.numPages; number += 1) {
    const content = await (await pdf.getPage(number)).getTextContent()
    texts.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' '))
  }
  return { pages: pdf.numPages, text: texts.join('\n').replace(/\s+/g, ' ') }
}

/** What people see on screen before printing fits a phone: wide tables scroll inside their own region. */
async function expectFitsPhone(page: Page): Promise<void> {
  await page.locator('[data-print-radar]').first().waitFor()
  const desktop = page.viewportSize()
  await page.setViewportSize(PHONE)
  expect(await hasHorizontalScroll(page)).toBe(false)
  if (desktop) await page.setViewportSize(desktop)
}

function expectReport(pdf: PrintedPdf, mustContain: string[]): void {
  expect(pdf.pages).toBeGreaterThanOrEqual(1)
  expect(pdf.pages).toBeLessThanOrEqual(4)
  for (const text of mustContain) expect(pdf.text).toContain(text)
  expect(pdf.text).toContain(`Pagina 1 van ${pdf.pages}`)
  expect(pdf.text).toContain('Bron: Inspectie SZW')
}

const allFactorTitles = questionnaire.factors.map((factor) => factor.title)

describe('the PDF summary', () => {
  it('prints a participant result on at most four A4 pages with the team, the rung and every factor', async () => {
    const { context, page, errors } = await newPage(session)
    await goto(page, session, '#/')
    await page.setInputFiles('input[type="file"]', join(FIXTURES, 'result-participant.json'))
    await page.waitForURL(/vragenlijst/)
    await goto(page, session, '#/resultaat')
    await page.getByRole('link', { name: 'PDF-samenvatting' }).click()
    await page.waitForURL(/#\/afdrukken\/resultaat$/)
    expect(await axeViolations(page)).toEqual([])
    await expect(page.getByRole('link', { name: 'Terug' }).getAttribute('href')).resolves.toBe('#/resultaat')
    await screenshot(page, 'afdrukken-resultaat-desktop')
    const fixture = readParticipant(join(FIXTURES, 'result-participant.json'))
    const rung = questionnaire.rungs[summarize(questionnaire, answersOf(fixture)).ladder.rung]!.title
    const pdf = await printPdf(page, 'pdf-resultaat')
    expectReport(pdf, ['Wijkteam Noord', 'Voorbeeldstad', rung, ...allFactorTitles, fixture.actions[0]!.what])
    expect(errors).toEqual([])
    await context.close()
  })

  it('prints a team workshop with agreement and spread', async () => {
    const { context, page } = await newPage(session)
    const files = participantFiles('noord')
    await goto(page, session, '#/workshop')
    await page.setInputFiles('input[type="file"]', files)
    await page.locator('[data-team-factor]').first().waitFor()
    await page.getByRole('link', { name: 'PDF-samenvatting' }).click()
    await page.waitForURL(/#\/afdrukken\/workshop$/)
    expect(await axeViolations(page)).toEqual([])
    await expectFitsPhone(page)
    const team = aggregateTeam(questionnaire, files.map((path) => answersOf(readParticipant(path))))
    const pdf = await printPdf(page, 'pdf-workshop')
    expectReport(pdf, ['Wijkteam Noord', questionnaire.rungs[team.placement.rung]!.title, ...allFactorTitles, 'verdeeld', 'Laagste – hoogste'])
    await context.close()
  })

  it('prints a comparison of two teams', async () => {
    const { context, page } = await newPage(session)
    const [a, b] = [participantFiles('noord')[0]!, participantFiles('wi')[0]!]
    await goto(page, session, '#/vergelijken')
    await page.locator('[data-side="a"] input[type="file"]').setInputFiles(a)
    await page.locator('[data-side="b"] input[type="file"]').setInputFiles(b)
    await page.locator('[data-side="b"] .compare-side__chosen').waitFor()
    await page.getByRole('link', { name: 'PDF-samenvatting' }).click()
    await page.waitForURL(/#\/afdrukken\/vergelijking$/)
    expect(await axeViolations(page)).toEqual([])
    await expectFitsPhone(page)
    const rungA = questionnaire.rungs[summarize(questionnaire, answersOf(readParticipant(a))).ladder.rung]!.title
    const rungB = questionnaire.rungs[summarize(questionnaire, answersOf(readParticipant(b))).ladder.rung]!.title
    const pdf = await printPdf(page, 'pdf-vergelijking')
    expectReport(pdf, ['Wijkteam Noord', 'Werk en Inkomen', rungA, rungB, ...allFactorTitles])
    await context.close()
  })

  // Notes are free text of any length, so the worst case the layout must absorb is the scan's own
  // content: every factor a knelpunt, each with an action, and notes on a third of the factors.
  it('stays within four pages when every factor is a knelpunt with an action', async () => {
    const { context, page } = await newPage(session, PHONE)
    const fixture = readParticipant(join(FIXTURES, 'result-participant.json'))
    const lowest = Object.fromEntries(Object.keys(fixture.answers).map((id) => [id, 1]))
    const notes = Object.fromEntries(questionnaire.factors.slice(0, 8).map((factor) => [factor.id, `Notitie bij ${factor.title}: wat we zagen en wat we willen veranderen in het komende jaar.`]))
    const actions = questionnaire.factors.map((factor) => ({ factorId: factor.id, what: `Actie voor ${factor.title.toLowerCase()}`, who: 'Projectleider', when: 'Dit kwartaal' }))
    const worst = tempFile('slechtst.json', JSON.stringify({ ...fixture, answers: lowest, notes, actions }))
    await goto(page, session, '#/')
    await page.setInputFiles('input[type="file"]', worst)
    await page.waitForURL(/vragenlijst/)
    await goto(page, session, '#/afdrukken/resultaat')
    await page.locator('[data-print-radar]').first().waitFor()
    expect(await hasHorizontalScroll(page)).toBe(false)
    await screenshot(page, 'afdrukken-slechtst-telefoon')
    const pdf = await printPdf(page, 'pdf-resultaat-slechtst')
    expectReport(pdf, ['Wijkteam Noord', questionnaire.rungs[0]!.title, ...allFactorTitles])
    await context.close()
  })

  it('says plainly when there is nothing to print yet', async () => {
    const { context, page } = await newPage(session)
    await goto(page, session, '#/afdrukken/vergelijking')
    await expect(page.locator('main').innerText()).resolves.toContain('Kies eerst twee resultaten')
    expect(await axeViolations(page)).toEqual([])
    await context.close()
  })
})
