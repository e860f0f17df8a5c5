import type { Page } from 'playwright-core'
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs'
import { keepForLooking } from './browser'

export interface PdfText {
  pages: number
  /** The text of each page, whitespace collapsed. */
  pageTexts: string[]
  /** All pages' text, whitespace collapsed. */
  text: string
}

/** The text of a PDF, page by page, as pdf.js extracts it (without system fonts: the same on every machine). */
export async function readPdf(bytes: Uint8Array): Promise<PdfText> {
  const pdf = await getDocument({ data: bytes, useSystemFonts: false }).promise
  const pageTexts: string[] = []
  for (let number = 1; number <= pdf.numPages; number += 1) {
    const content = await (await pdf.getPage(number)).getTextContent()
    pageTexts.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' ').replace(/\s+/g, ' '))
  }
  return { pages: pdf.numPages, pageTexts, text: pageTexts.join(' ') }
}

/**
 * Prints the print route on screen as Chromium's "Opslaan als PDF" does, once its radar image is
 * there. With SCREENSHOTS=1 the PDF is kept in screenshots/ under `name`, to look at.
 */
export async function printToPdf(page: Page, name?: string): Promise<Buffer> {
  await page.locator('[data-print-radar]').first().waitFor()
  await page.emulateMedia({ media: 'print' })
  // Tagged, as Chrome's "Opslaan als PDF" makes it: headings, tables and figures in the structure tree.
  const buffer = await page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true, tagged: true })
  if (name) keepForLooking(`${name}.pdf`, buffer)
  return buffer
}
