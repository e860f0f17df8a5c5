/** What the print tests check of every report: the PDF, its Word and HTML versions (print.spec.ts, printWorstCase.spec.ts). */
import { readFileSync } from 'node:fs'
import { expect } from 'vitest'
import type { Page } from 'playwright-core'
import { unzipSync, strFromU8 } from 'fflate'
import { questionnaire } from '../../../src/content/questionnaire'
import { hasHorizontalScroll, keepForLooking, PHONE } from './browser'
import { tempFile } from './fixtures'
import { printToPdf, readPdf, type PdfText } from './pdf'

export const allFactorTitles = questionnaire.factors.map((factor) => factor.title)

export interface PrintedPdf extends PdfText {
  bytes: number
  raw: Uint8Array
}

/** Every PDF a test prints stays small enough to mail: the radar is drawn at 3x, not 9x. */
const PDF_BUDGET = 700 * 1024

/** Prints the current page as Chromium does for "Opslaan als PDF", and reads it back. */
export async function printPdf(page: Page, name: string): Promise<PrintedPdf> {
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
  const buffer = await printToPdf(page, name)
  return { ...(await readPdf(new Uint8Array(buffer))), bytes: buffer.byteLength, raw: new Uint8Array(buffer) }
}

/** Lines of body text (9 pt, line height 1.3) a worst-case report leaves free on its last page. */
export const ROOM_LINES = 8

/**
 * A four-page limit with room to spare, not one line short of a fifth page: with ROOM_LINES more
 * lines of body text at its end, the report still prints on four pages. Call it after printPdf;
 * with SCREENSHOTS=1 that PDF is kept as `<name>-ruimte.pdf`.
 */
export async function expectRoomToSpare(page: Page, name: string): Promise<void> {
  const main = page.locator('main.print-page')
  await main.evaluate((element, lines) => {
    const spacer = document.createElement('div')
    spacer.dataset.roomToSpare = ''
    spacer.style.height = `${lines * 1.3}em`
    // Grey, so the room shows in the PDF kept for looking.
    spacer.style.background = '#ccc'
    element.append(spacer)
  }, ROOM_LINES)
  const { pages } = await readPdf(new Uint8Array(await printToPdf(page, `${name}-ruimte`)))
  expect(pages).toBeLessThanOrEqual(4)
  await page.locator('[data-room-to-spare]').evaluate((element) => element.remove())
}

/** What people see on screen before printing fits a phone: wide tables scroll inside their own region. */
export async function expectFitsPhone(page: Page): Promise<void> {
  await page.locator('[data-print-radar]').first().waitFor()
  const desktop = page.viewportSize()
  await page.setViewportSize(PHONE)
  expect(await hasHorizontalScroll(page)).toBe(false)
  if (desktop) await page.setViewportSize(desktop)
}

export function expectReport(pdf: PrintedPdf, mustContain: string[]): void {
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
export async function docxText(page: Page): Promise<{ text: string; bytes: number; raw: Uint8Array }> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-download="docx"]').click()])
  const path = await download.path()
  const files = unzipSync(new Uint8Array(readFileSync(path)))
  expect(Object.keys(files)).toContain('word/media/image1.png')
  const xml = strFromU8(files['word/document.xml']!)
  expect(xml).toContain('<w:tbl>')
  const text = xml.replace(/<\/w:p>/g, ' ').replace(/<[^>]+>/g, '').replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'")
  const bytes = readFileSync(path)
  keepForLooking(download.suggestedFilename(), bytes)
  return { text: text.replace(/\s+/g, ' '), bytes: bytes.byteLength, raw: new Uint8Array(bytes) }
}

/** Downloads the HTML report and returns its path and text. */
export async function htmlReport(page: Page): Promise<{ path: string; html: string }> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-download="html"]').click()])
  const html = readFileSync(await download.path(), 'utf8')
  const path = tempFile(download.suggestedFilename(), html)
  expect(html.match(/<script/g)).toHaveLength(1)
  expect(html).toContain('<script type="application/json" id="integraalscan-data">')
  return { path, html }
}
