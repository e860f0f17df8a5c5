import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import type { Page } from 'playwright-core'
import { nl } from '../../src/locales/nl'
import { axeViolations, goto, H1, launch, newPage, printedReport, screenshot, type Session } from './support/browser'
import { workshopWith } from './support/workshop'
import { FIXTURES, participantFiles } from './support/fixtures'
import { docxText, expectReport, htmlReport, printPdf } from './support/report'
import { expectPublishableDocx, expectPublishablePdf } from './support/pdfStructure'

/**
 * Documents a municipality may publish (issue #24 item 5): each report printed as Chrome's "Opslaan
 * als PDF" makes it is tagged (title, language, one H1, headings in order, header cells, figures
 * with their text alternative); its Word file has heading styles, header rows, alternative text,
 * nl-NL and the title; its HTML report passes axe.
 */
let session: Session
beforeAll(async () => {
  session = await launch()
})
afterAll(async () => {
  await session.close()
})

async function openReport(page: Page, kind: 'resultaat' | 'workshop' | 'vergelijking'): Promise<void> {
  if (kind === 'resultaat') {
    await goto(page, session, '#/', H1.start)
    await page.setInputFiles('input[type="file"]', join(FIXTURES, 'result-participant.json'))
    await page.waitForURL(/vragenlijst/)
  } else if (kind === 'workshop') {
    await workshopWith(page, session, participantFiles('noord'))
    await page.locator('[data-team-factor]').first().waitFor()
  } else {
    await goto(page, session, '#/vergelijken', H1.compare)
    await page.locator('[data-side="a"] input[type="file"]').setInputFiles(participantFiles('noord')[0]!)
    await page.locator('[data-side="b"] input[type="file"]').setInputFiles(participantFiles('wi')[0]!)
    await page.locator('[data-side="b"] .compare-side__chosen').waitFor()
  }
  await goto(page, session, `#/afdrukken/${kind}`, printedReport(page))
}

describe('reports to publish', () => {
  it.each(['resultaat', 'workshop', 'vergelijking'] as const)('the %s report: a tagged PDF, an accessible Word file and an HTML report without axe violations', async (kind) => {
    const { context, page, errors } = await newPage(session)
    await openReport(page, kind)
    const title = nl.report.documentTitle[kind]
    await expect(page.title()).resolves.toBe(title)
    expect(await page.locator('h1').count()).toBe(1)
    await expect(page.locator('.print-toolbar__hint').innerText()).resolves.toContain(`${nl.print.printHint} ${nl.report.downloads.htmlHint}`)
    const docx = await docxText(page)
    expectPublishableDocx(docx.raw, title)
    expect(docx.text).toContain(nl.report.sections.brief)
    const { path } = await htmlReport(page)
    await screenshot(page, `afdrukken-${kind}-toegankelijk`)
    const pdf = await printPdf(page, `pdf-${kind}-getagd`)
    expectReport(pdf, [nl.report.sections.brief])
    // The radar image and one ladder per side.
    expectPublishablePdf(pdf.raw, title, kind === 'vergelijking' ? 3 : 2)
    expect(pdf.text).not.toMatch(/resultaatbestand/)
    await page.emulateMedia({ media: 'screen' })
    const htmlContext = await session.browser.newContext()
    const html = await htmlContext.newPage()
    await html.goto(pathToFileURL(path).href)
    await expect(html.title()).resolves.toBe(title)
    expect(await axeViolations(html)).toEqual([])
    await htmlContext.close()
    expect(errors).toEqual([])
    await context.close()
  })
})
