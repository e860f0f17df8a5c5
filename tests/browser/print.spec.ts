import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { writeFileSync, mkdirSync, readFileSync } from 'node:fs'
import { unzipSync, strFromU8 } from 'fflate'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs'
import { questionnaire } from '../../src/content/questionnaire'
import { answersOf } from '../../src/core/files/newResult'
import { summarize } from '../../src/core/scan/summary'
import { aggregateTeam } from '../../src/core/team/aggregate'
import { axeViolations, goto, hasHorizontalScroll, launch, newPage, PHONE, screenshot, type Session } from './support/browser'
import { FIXTURES, participantFiles, readParticipant, tempFile } from './support/fixtures'
import { serializeResult } from '../../src/core/files/fileFormat'
import { worstParticipant, worstTeam } from '../fixtures/worstCase'

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
  /** Text per page, whitespace collapsed. */
  pageTexts: string[]
  bytes: number
}

/** Every PDF a test prints stays small enough to mail: the radar is drawn at 3x, not 9x. */
const PDF_BUDGET = 700 * 1024

/** Prints the current page as Chromium does for "Opslaan als PDF", and reads it back. */
async function printPdf(page: Page, name: string): Promise<PrintedPdf> {
  const radar = page.locator('[data-print-radar]').first()
  await radar.waitFor()
  // Sharp on paper: three image pixels per CSS pixel, and not more, or the labels shrink to a third.
  const pixels = await radar.evaluate((image: HTMLImageElement) => ({ natural: image.naturalWidth, declared: Number(image.getAttribute('width')) }))
  expect(pixels.natural).toBe(3 * pixels.declared)
  // On paper too (measured at a desktop width: a phone's screen width says nothing about A4)
  await page.setViewportSize({ width: 1280, height: 800 })
  await page.emulateMedia({ media: 'print' })
  // On paper too: the image is printed at the width it was drawn for, so it has three pixels per CSS pixel.
  const printed = await radar.evaluate((image: HTMLImageElement) => ({ natural: image.naturalWidth, shown: image.getBoundingClientRect().width }))
  expect(printed.natural).toBe(3 * Math.round(printed.shown))
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
  const pageTexts = texts.map((text) => text.replace(/\s+/g, ' '))
  return { pages: pdf.numPages, text: pageTexts.join(' '), pageTexts, bytes: buffer.byteLength }
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
  expect(pdf.bytes).toBeLessThanOrEqual(PDF_BUDGET)
  expect(pdf.text).toContain('Methode en privacy')
  // The first page stands alone: the rung and the three biggest knelpunten (or that there are none) and the actions.
  const first = pdf.pageTexts[0] ?? ''
  expect(first).toContain('In het kort')
  expect(first).toContain('Plaats op de ladder van integratie (KPMG, 2013)')
  expect(first).toContain('De drie grootste knelpunten')
  expect(first).toContain('Afgesproken acties')
  if (process.env.PDF_SIZES === '1') console.log(`PDF ${pdf.pages} pages, ${Math.round(pdf.bytes / 1024)} KB`)
}

/** Downloads the Word file from the print page and returns the text of its document part. */
async function docxText(page: Page): Promise<{ text: string; bytes: number }> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-download="docx"]').click()])
  const path = await download.path()
  const files = unzipSync(new Uint8Array(readFileSync(path)))
  expect(Object.keys(files)).toContain('word/media/image1.png')
  const xml = strFromU8(files['word/document.xml']!)
  expect(xml).toContain('<w:tbl>')
  const text = xml.replace(/<\/w:p>/g, ' ').replace(/<[^>]+>/g, '').replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'")
  if (process.env.SCREENSHOTS === '1') writeFileSync(join(import.meta.dirname, '../../screenshots', `${download.suggestedFilename()}`), readFileSync(path))
  return { text: text.replace(/\s+/g, ' '), bytes: readFileSync(path).byteLength }
}

/** Downloads the HTML report and returns its path and text. */
async function htmlReport(page: Page): Promise<{ path: string; html: string }> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-download="html"]').click()])
  const html = readFileSync(await download.path(), 'utf8')
  const path = tempFile(download.suggestedFilename(), html)
  expect(html.match(/<script/g)).toHaveLength(1)
  expect(html).toContain('<script type="application/json" id="integraalscan-data">')
  return { path, html }
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
    // The spread band is on the radar; the distribution of the three most divided factors is drawn beside it.
    await expect(page.locator('[data-print-distributions] [data-distribution]').count()).resolves.toBe(3)
    const pdf = await printPdf(page, 'pdf-workshop')
    expectReport(pdf, ['Wijkteam Noord', questionnaire.rungs[team.placement.rung]!.title, ...allFactorTitles, 'verdeeld', 'Laagste – hoogste', 'waar ze het meest verschilden'])
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

  it('prints the worst-case result on four pages at most, and its Word and HTML versions hold the same report', async () => {
    const { context, page, errors } = await newPage(session)
    const worst = worstParticipant()
    await goto(page, session, '#/')
    await page.setInputFiles('input[type="file"]', tempFile('slechtst-alles.json', serializeResult(worst)))
    await page.waitForURL(/vragenlijst/)
    await goto(page, session, '#/afdrukken/resultaat')
    await page.locator('[data-print-radar]').first().waitFor()
    const docx = await docxText(page)
    const rung = questionnaire.rungs[0]!.title
    for (const expected of [worst.profile.team!, rung.toLowerCase(), ...allFactorTitles]) expect(docx.text).toContain(expected)
    if (process.env.PDF_SIZES === '1') console.log(`docx ${Math.round(docx.bytes / 1024)} KB`)
    const { path } = await htmlReport(page)
    const pdf = await printPdf(page, 'pdf-resultaat-slechtst-alles')
    expectReport(pdf, [worst.profile.team!, rung.toLowerCase(), ...allFactorTitles, 'En nog'])
    const summary = summarize(questionnaire, answersOf(worst))
    const first = pdf.pageTexts[0]!
    for (const factor of summary.knelpunten.slice(0, 3)) expect(first).toContain(questionnaire.factors.find((item) => item.id === factor.factorId)!.title)
    expect(first).toContain('Beleidsadviseur sociaal')
    // The HTML report opens the same result again on the start page.
    await page.emulateMedia({ media: 'screen' })
    await goto(page, session, '#/')
    await page.evaluate(() => window.localStorage.clear())
    await goto(page, session, '#/')
    await page.setInputFiles('input[type="file"]', path)
    await page.waitForURL(/vragenlijst/)
    const stored = await page.evaluate(() => window.localStorage.getItem('integraalscan:huidige-invulling'))
    const reopened = JSON.parse(stored ?? '{}') as { answers?: unknown; notes?: unknown; actions?: unknown }
    expect(reopened.answers).toEqual(worst.answers)
    expect(reopened.notes).toEqual(worst.notes)
    expect(reopened.actions).toEqual(worst.actions)
    expect(errors).toEqual([])
    await context.close()
  })

  it('prints the worst-case workshop of 60 on four pages at most, with the spread band, and the HTML report reopens the team', async () => {
    const { context, page } = await newPage(session)
    const team = worstTeam()
    await goto(page, session, '#/workshop')
    await page.setInputFiles('input[type="file"]', tempFile('team-60.json', serializeResult(team)))
    await page.locator('[data-team-factor]').first().waitFor()
    await goto(page, session, '#/afdrukken/workshop')
    await page.locator('[data-print-radar]').first().waitFor()
    expect(await axeViolations(page)).toEqual([])
    const docx = await docxText(page)
    const rung = questionnaire.rungs[aggregateTeam(questionnaire, team.participants, team.agreed).placement.rung]!.title
    for (const expected of [team.profile.team!, rung.toLowerCase(), ...allFactorTitles]) expect(docx.text).toContain(expected)
    const { path } = await htmlReport(page)
    const pdf = await printPdf(page, 'pdf-workshop-slechtst')
    expectReport(pdf, [team.profile.team!, ...allFactorTitles, 'Waar de groep het oneens was', 'Scores waarover de groep het eens werd', 'waar ze het meest verschilden'])
    expect(pdf.pageTexts[0]).toContain('Waar de groep het oneens was')
    await page.emulateMedia({ media: 'screen' })
    await goto(page, session, '#/workshop')
    await page.evaluate(() => window.localStorage.clear())
    await goto(page, session, '#/workshop')
    await page.setInputFiles('input[type="file"]', path)
    // The team from before is still on screen (only the device storage was cleared): wait for the report to be stored.
    await page.waitForFunction(() => window.localStorage.getItem('integraalscan:workshop') !== null)
    await page.locator('[data-team-factor]').first().waitFor()
    const stored = JSON.parse((await page.evaluate(() => window.localStorage.getItem('integraalscan:workshop'))) ?? '{}') as { participants?: unknown[]; agreed?: unknown; actions?: unknown }
    expect(stored.participants).toHaveLength(60)
    expect(stored.agreed).toEqual(team.agreed)
    expect(stored.actions).toEqual(team.actions)
    await context.close()
  })

  it('prints the worst-case comparison on four pages at most, and its HTML report reopens both sides', async () => {
    const { context, page } = await newPage(session)
    const worst = tempFile('slechtst.json', serializeResult(worstParticipant()))
    const good = join(FIXTURES, 'result-participant.json')
    await goto(page, session, '#/vergelijken')
    await page.locator('[data-side="a"] input[type="file"]').setInputFiles(good)
    await page.locator('[data-side="b"] input[type="file"]').setInputFiles(worst)
    await page.locator('[data-side="b"] .compare-side__chosen').waitFor()
    await goto(page, session, '#/afdrukken/vergelijking')
    await page.locator('[data-print-radar]').first().waitFor()
    const docx = await docxText(page)
    const goodRung = questionnaire.rungs[summarize(questionnaire, answersOf(readParticipant(good))).ladder.rung]!.title
    for (const expected of ['Wijkteam Noord', goodRung.toLowerCase(), questionnaire.rungs[0]!.title.toLowerCase(), ...allFactorTitles]) expect(docx.text).toContain(expected)
    const { path } = await htmlReport(page)
    const pdf = await printPdf(page, 'pdf-vergelijking-slechtst')
    expectReport(pdf, ['A: result-participant.json', 'B: slechtst.json', ...allFactorTitles])
    await page.emulateMedia({ media: 'screen' })
    const fresh = await newPage(session)
    await goto(fresh.page, session, '#/vergelijken')
    await fresh.page.locator('[data-side="a"] input[type="file"]').setInputFiles(path)
    await fresh.page.locator('[data-side="b"] .compare-side__chosen').waitFor()
    await expect(fresh.page.locator('[data-side="a"] .compare-side__chosen').innerText()).resolves.toContain('result-participant.json')
    await expect(fresh.page.locator('[data-side="b"] .compare-side__chosen').innerText()).resolves.toContain('slechtst.json')
    await fresh.context.close()
    await context.close()
  })

  it('refuses an HTML page that is not a report, with a Dutch message, and changes nothing', async () => {
    const { context, page } = await newPage(session)
    await goto(page, session, '#/')
    await page.setInputFiles('input[type="file"]', tempFile('pagina.html', '<html><body><script>document.title="x"</script><h1>Hallo</h1></body></html>'))
    await expect(page.locator('.notice--error').innerText()).resolves.toContain('geen HTML-verslag van de Integraalscan')
    expect(await page.evaluate(() => window.localStorage.getItem('integraalscan:huidige-invulling'))).toBeNull()
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
