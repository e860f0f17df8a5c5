import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Download, Page } from 'playwright-core'
import { strFromU8, unzipSync } from 'fflate'
import { questionnaire } from '../../src/content/questionnaire'
import { parseResultFile } from '../../src/core/files/fileFormat'
import { buildSeries } from '../../src/core/series/series'
import { targetPriorities } from '../../src/core/series/targets'
import { series as text } from '../../src/locales/nl/series'
import { arrive, axeViolations, DESKTOP, goto, H1, hasHorizontalScroll, launch, newPage, PHONE, printedReport, screenshot, type Session } from './support/browser'
import { printToPdf, readPdf, type PdfText } from './support/pdf'
import { expectPublishableDocx, expectPublishablePdf } from './support/pdfStructure'
import { pathToFileURL } from 'node:url'
import { nl } from '../../src/locales/nl'
import { dutch, FIXTURES, signedDutch, tempFile } from './support/fixtures'
import { docxText, htmlReport } from './support/report'

/** One team at three dates; added out of order on purpose. */
const names = ['noord-2026.json', 'noord-2024.json', 'noord-2025.json']
const paths = names.map((name) => join(FIXTURES, 'series', name))
const moments = paths.map((path, index) => {
  const outcome = parseResultFile(readFileSync(path, 'utf8'))
  if (!outcome.ok) throw new Error(`${path} is not a result file`)
  return { name: names[index]!, result: outcome.result }
})
const expected = buildSeries(questionnaire, moments)
const title = (id: string) => questionnaire.factors.find((factor) => factor.id === id)!.title
const rungTitle = (rung: number) => questionnaire.rungs[rung]!.title

let session: Session
beforeAll(async () => {
  session = await launch()
})
afterAll(async () => {
  await session.close()
})

async function buildOnPage(page: Page): Promise<void> {
  await goto(page, session, '#/reeks', H1.series)
  await page.locator('[data-series-files] input[type="file"]').setInputFiles(paths)
  await page.locator('[data-moment="3"]').waitFor()
}

async function downloaded(page: Page, click: () => Promise<void>): Promise<string> {
  const [download] = (await Promise.all([page.waitForEvent('download'), click()])) as [Download, void]
  return readFileSync((await download.path()) as string, 'utf8')
}

/** The CSV as Excel would split it: BOM off, CRLF lines, semicolons (no quoted fields in these fixtures' rows we check). */
function parseCsv(csv: string): string[][] {
  expect(csv.startsWith('\uFEFF')).toBe(true)
  return csv.slice(1).split('\r\n').filter((line) => line !== '').map((line) => line.split(';'))
}

async function printedPdf(page: Page): Promise<PdfText & { raw: Uint8Array }> {
  const buffer = await printToPdf(page, 'pdf-reeks')
  // pdf.js takes over the bytes it reads: the structure check gets its own copy.
  return { ...(await readPdf(new Uint8Array(buffer))), raw: new Uint8Array(buffer) }
}

describe('a measurement series of one team at three dates', () => {
  it('orders the moments by date and shows every value and verdict as the core computes it', async () => {
    const { context, page, errors } = await newPage(session)
    await buildOnPage(page)
    // Time order, whatever the order of adding.
    const dates = await page.locator('[data-moment] [data-cell="date"]').evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value))
    expect(dates).toEqual(expected.moments.map((m) => m.date))
    expect(expected.moments.map((m) => m.date)).toEqual(['2024-11-18', '2025-11-18', '2026-11-18'])
    for (const [index, moment] of expected.moments.entries()) {
      await expect(page.locator(`[data-timeline="${index + 1}"] [data-cell="rung"]`).innerText()).resolves.toBe(rungTitle(moment.rung))
    }
    // The trend table: every score and every step's verdict.
    await page.locator('.series-trends__table summary').click()
    expect(await page.locator('[data-trend]').count()).toBe(expected.factors.length)
    for (const trend of expected.factors) {
      const row = page.locator(`[data-trend="${trend.factorId}"]`)
      for (const [index, point] of trend.points.entries()) {
        await expect(row.locator(`[data-cell="score-${index + 1}"]`).innerText()).resolves.toBe(dutch(point.score))
        if (index === 0) continue
        const change = trend.changes[index - 1]!
        await expect(row.locator(`[data-cell="verdict-${index + 1}"]`).innerText()).resolves.toBe(
          `${signedDutch(trend.differences[index - 1] ?? null)}, ${text.rule.verdict[change.verdict]}`,
        )
      }
      await expect(page.locator(`[data-small-multiple="${trend.factorId}"] .series-trends__verdict`).innerText()).resolves.toBe(
        text.rule.verdict[trend.changes.at(-1)!.verdict],
      )
    }
    // The fixtures hold a real rise and changes within the spread; the rule is stated in one sentence.
    await expect(page.locator('[data-trend="visie"] [data-cell="verdict-3"]').innerText()).resolves.toContain('echt hoger')
    await expect(page.locator('[data-trend="cultuur"] [data-cell="verdict-3"]').innerText()).resolves.toContain('binnen de spreiding')
    await expect(page.locator('[data-rule]').innerText()).resolves.toContain(text.rule.sentence)
    // The verdict under a chart judges the last step only, and the page says so.
    await expect(page.locator('[data-last-step]').innerText()).resolves.toContain('het oordeel over de laatste stap')
    await expect(page.locator('[data-small-multiple="visie"]').innerText()).resolves.toContain(text.trends.lastStep)
    await expect(page.locator('[data-no-league]').innerText()).resolves.toBe(text.noLeague)
    expect(await page.locator('[data-series-notice]').count()).toBe(0)
    expect(errors).toEqual([])
    await context.close()
  })

  it('sets targets, orders the roadmap by the gap to them, follows last time\'s action up, and exports CSV and PDF', async () => {
    const { context, page, errors } = await newPage(session)
    await buildOnPage(page)
    const latest = expected.moments.at(-1)!
    const targets = { ict: 3, visie: 5, middelen: 4.5 }
    for (const [factorId, value] of Object.entries(targets)) {
      await page.locator(`[data-target="${factorId}"] select`).selectOption(String(value))
    }
    const roadmap = await page.locator('[data-roadmap]').evaluateAll((items) => items.map((item) => item.getAttribute('data-roadmap')))
    expect(roadmap).toEqual(targetPriorities(latest.summary.factors, targets).map((p) => p.factorId))
    const radar = JSON.parse((await page.locator('[data-chart="doelen"] [data-chart-values]').getAttribute('data-chart-values')) ?? '[]')
    expect(radar.map((series: { label: string }) => series.label)).toEqual([text.targets.score, text.targets.target])
    // Last time's (2025) action, with a status and a note the team sets now.
    const followUp = page.locator('[data-follow-up="ict"]')
    await expect(followUp.innerText()).resolves.toContain('Eén dossier dat het hele wijkteam kan inzien')
    await followUp.locator('select').selectOption('bezig')
    await followUp.locator('textarea').fill('Pilot loopt in twee wijken')
    await followUp.locator('textarea').blur()
    // A new action in the roadmap for the first priority.
    const first = page.locator('[data-roadmap]').first()
    await first.locator('textarea').fill('Werkgroep ICT met de leverancier')
    await first.locator('textarea').blur()

    const csv = parseCsv(await downloaded(page, () => page.locator('[data-series-csv]').click()))
    const rowsPerMoment = expected.moments.map((_, index) => expected.factors.filter((f) => f.points[index]!.status !== null).length)
    expect(csv.length).toBe(1 + rowsPerMoment.reduce((a, b) => a + b, 0))
    expect(csv[0]).toEqual(['moment', 'datum', 'naam', 'thema', 'factor', 'score', 'status', 'doel', 'verschil met vorig moment', 'oordeel', 'actie', 'actiestatus'])
    const visie = expected.factors.find((f) => f.factorId === 'visie')!
    const visieRow = csv.find((row) => row[0] === '3' && row[4] === title('visie'))!
    expect(visieRow[1]).toBe('2026-11-18')
    expect(visieRow[5]).toBe(String(visie.points[2]!.score).replace('.', ','))
    expect(visieRow[7]).toBe('5')
    expect(visieRow[9]).toBe('echt hoger')
    const ictRow = csv.find((row) => row[0] === '2' && row[4] === title('ict'))!
    expect(ictRow.slice(10)).toEqual(['Eén dossier dat het hele wijkteam kan inzien', 'bezig'])

    await page.getByRole('link', { name: 'PDF-samenvatting' }).click()
    await page.waitForURL(/#\/afdrukken\/reeks$/)
    await arrive(page, printedReport(page))
    expect(await axeViolations(page)).toEqual([])
    const pdf = await printedPdf(page)
    expect(pdf.pages).toBeGreaterThanOrEqual(1)
    expect(pdf.pages).toBeLessThanOrEqual(4)
    for (const needle of ['Wijkteam Noord', ...expected.moments.map((m) => rungTitle(m.rung)), ...expected.factors.map((f) => title(f.factorId)), 'Pilot loopt in twee wijken', 'Werkgroep ICT met de leverancier', `Pagina 1 van ${pdf.pages}`]) {
      expect(pdf.text).toContain(needle)
    }
    // A document a municipality may publish, like the other reports: tagged, one H1, headings in order, header cells, the radar with its text alternative.
    expectPublishablePdf(pdf.raw, nl.seriesReport.documentTitle, 1)
    expect(errors).toEqual([])
    await context.close()
  })

  it('makes the series report as Word and HTML too, whole, and the HTML opens again as the series', async () => {
    const { context, page, errors } = await newPage(session)
    await buildOnPage(page)
    await page.locator('[data-target="visie"] select').selectOption('5')
    const followUp = page.locator('[data-follow-up="ict"]')
    await followUp.locator('select').selectOption('bezig')
    // Longer than the printed version's 60 characters: Word and HTML hold it whole.
    const note = 'Pilot loopt in twee wijken; de leverancier levert in het voorjaar de koppeling met het dossier van de GGD'
    await followUp.locator('textarea').fill(note)
    await followUp.locator('textarea').blur()
    await page.getByRole('link', { name: 'PDF-samenvatting' }).click()
    await page.waitForURL(/#\/afdrukken\/reeks$/)
    await arrive(page, printedReport(page))
    const printed = await page.locator('main.print-page').innerText()
    expect(printed).not.toContain(note)
    expect(printed).toContain(nl.seriesReport.clippedNote)
    // The toolbar says where the HTML report opens again: on the series page, not the start page.
    await expect(page.locator('.print-toolbar__hint').innerText()).resolves.toContain(`${nl.print.printHint} ${nl.report.downloads.htmlHintSeries}`)

    const word = await docxText(page)
    // In Word as on paper, a heading stays on the page of what it introduces: all six sections' headings.
    const xml = strFromU8(unzipSync(word.raw)['word/document.xml']!)
    expect(xml.match(/<w:pStyle w:val="Heading2"\/><w:keepNext\/>/g)).toHaveLength(6)
    expect(xml.match(/<w:pStyle w:val="Heading2"\/>/g)).toHaveLength(6)
    const html = await htmlReport(page)
    // The report's own text, not the series file the HTML carries in its data block.
    const htmlBody = html.html.replace(/<script type="application\/json"[^>]*>[\s\S]*?<\/script>/, '')
    expect(htmlBody).not.toContain('"meetreeks"')
    // Publishable as the other reports are: heading styles, header rows, alternative text, nl-NL and the title; the HTML passes axe.
    expectPublishableDocx(word.raw, nl.seriesReport.documentTitle)
    const htmlContext = await session.browser.newContext()
    const opened = await htmlContext.newPage()
    await opened.goto(pathToFileURL(html.path).href)
    await expect(opened.title()).resolves.toBe(nl.seriesReport.documentTitle)
    expect(await axeViolations(opened)).toEqual([])
    await htmlContext.close()
    for (const text of [word.text, htmlBody]) {
      for (const needle of [nl.seriesReport.documentTitle, 'Wijkteam Noord', note, ...expected.moments.map((m) => rungTitle(m.rung)), ...expected.factors.map((f) => title(f.factorId))]) {
        expect(text).toContain(needle)
      }
      expect(text).not.toContain(nl.seriesReport.clippedWhere)
    }
    expect(errors).toEqual([])
    await context.close()

    // The HTML report carries the series file: choosing it on the series page opens the series again.
    const fresh = await newPage(session)
    await goto(fresh.page, session, '#/reeks', H1.series)
    await fresh.page.locator('[data-series-files] input[type="file"]').setInputFiles(html.path)
    await fresh.page.locator('[data-moment="3"]').waitFor()
    await expect(fresh.page.locator('[data-target="visie"] select').inputValue()).resolves.toBe('5')
    await expect(fresh.page.locator('[data-follow-up="ict"] textarea').inputValue()).resolves.toBe(note)
    await fresh.context.close()
  })

  it('saves the series as one file that opens again with its targets and follow-up', async () => {
    const { context, page } = await newPage(session)
    await buildOnPage(page)
    await page.locator('[data-target="visie"] select').selectOption('5')
    await page.locator('[data-follow-up="ict"] select').selectOption('gedaan')
    const file = await downloaded(page, () => page.locator('[data-series-download]').click())
    await context.close()

    const fresh = await newPage(session)
    await goto(fresh.page, session, '#/reeks', H1.series)
    await fresh.page.locator('[data-series-files] input[type="file"]').setInputFiles(tempFile('reeks.json', file))
    await fresh.page.locator('[data-moment="3"]').waitFor()
    await expect(fresh.page.locator('[data-target="visie"] select').inputValue()).resolves.toBe('5')
    await expect(fresh.page.locator('[data-follow-up="ict"] select').inputValue()).resolves.toBe('gedaan')
    await fresh.context.close()
  })

  it('refuses a hostile series file with a Dutch message and changes nothing', async () => {
    const { context, page } = await newPage(session)
    await buildOnPage(page)
    const before = await page.locator('[data-moment]').count()
    const hostile = JSON.stringify({ tool: 'integraalscan', schemaVersion: 1, kind: 'meetreeks', savedAt: '', moments: [{ name: '<img src=x onerror=alert(1)>', result: { kind: 'team' } }] })
    await page.locator('[data-series-files] input[type="file"]').setInputFiles(tempFile('kapot.json', hostile))
    await page.locator('.series-view__messages', { hasText: 'kapot.json is beschadigd of onvolledig' }).waitFor()
    await expect(page.locator('.series-view__messages').innerText()).resolves.toContain('Er is niets veranderd')
    expect(await page.locator('[data-moment]').count()).toBe(before)
    await page.locator('[data-series-files] input[type="file"]').setInputFiles(paths[0]!)
    await page.locator('.series-view__messages', { hasText: 'staat al in de reeks' }).waitFor()
    expect(await page.locator('[data-moment]').count()).toBe(before)
    await context.close()
  })

  it('has zero axe-core violations and no horizontal scroll at both widths', async () => {
    for (const [width, viewport] of [['desktop', DESKTOP], ['telefoon', PHONE]] as const) {
      const { context, page } = await newPage(session, viewport)
      await goto(page, session, '#/reeks', H1.series)
      expect(await axeViolations(page)).toEqual([])
      await buildOnPage(page)
      expect(await axeViolations(page)).toEqual([])
      expect(await hasHorizontalScroll(page)).toBe(false)
      await screenshot(page, `reeks-${width}`)
      await context.close()
    }
  })
})
