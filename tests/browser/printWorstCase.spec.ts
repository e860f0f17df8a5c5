import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { join } from 'node:path'
import { questionnaire } from '../../src/content/questionnaire'
import { answersOf } from '../../src/core/files/newResult'
import { summarize } from '../../src/core/scan/summary'
import { aggregateTeam } from '../../src/core/team/aggregate'
import { serializeResult } from '../../src/core/files/fileFormat'
import { arrive, axeViolations, goto, H1, launch, newPage, printedReport, type Session } from './support/browser'
import { FIXTURES, readParticipant, tempFile } from './support/fixtures'
import { allFactorTitles, docxText, expectReport, expectRoomToSpare, htmlReport, printPdf } from './support/report'
import { worstParticipant, worstSeries, worstTeam } from '../fixtures/worstCase'
import { serializeSeries } from '../../src/core/files/seriesFile'
import { printToPdf, readPdf } from './support/pdf'
import { expectPublishablePdf } from './support/pdfStructure'
import { nl } from '../../src/locales/nl'
import { openPhase, RESULT_FILES, workshopWith } from './support/workshop'

/**
 * The reports at their largest (every list over its limit, 60 participants, long notes): still four
 * A4 pages at most with room to spare, and the Word and HTML versions hold the same report and reopen in the app.
 */
let session: Session
beforeAll(async () => {
  session = await launch()
})
afterAll(async () => {
  await session.close()
})

describe('the PDF summary in the worst case', () => {
  it('prints the worst-case result on four pages at most, and its Word and HTML versions hold the same report', async () => {
    const { context, page, errors } = await newPage(session)
    const worst = worstParticipant()
    await goto(page, session, '#/', H1.start)
    await page.setInputFiles('input[type="file"]', tempFile('slechtst-alles.json', serializeResult(worst)))
    await page.waitForURL(/vragenlijst/)
    await goto(page, session, '#/afdrukken/resultaat', printedReport(page))
    const docx = await docxText(page)
    const rung = questionnaire.rungs[0]!.title
    for (const expected of [worst.profile.team!, rung.toLowerCase(), ...allFactorTitles]) expect(docx.text).toContain(expected)
    if (process.env.PDF_SIZES === '1') console.log(`docx ${Math.round(docx.bytes / 1024)} KB`)
    const { path } = await htmlReport(page)
    const pdf = await printPdf(page, 'pdf-resultaat-slechtst-alles')
    // The wijkteam's design at its longest is one fact in the header, and the report still fits.
    expectReport(pdf, [worst.profile.team!, rung.toLowerCase(), ...allFactorTitles, 'En nog', 'Inrichting wijkteam', 'statushouders'])
    const summary = summarize(questionnaire, answersOf(worst))
    const first = pdf.pageTexts[0]!
    for (const factor of summary.knelpunten.slice(0, 3)) expect(first).toContain(questionnaire.factors.find((item) => item.id === factor.factorId)!.title)
    expect(first).toContain('Beleidsadviseur sociaal')
    await expectRoomToSpare(page, 'pdf-resultaat-slechtst-alles')
    // The HTML report opens the same result again on the start page.
    await page.emulateMedia({ media: 'screen' })
    await goto(page, session, '#/', H1.start)
    await page.evaluate(() => window.localStorage.clear())
    await goto(page, session, '#/', H1.start)
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
    await workshopWith(page, session, [tempFile('team-60.json', serializeResult(team))])
    await goto(page, session, '#/afdrukken/workshop', printedReport(page))
    expect(await axeViolations(page)).toEqual([])
    const docx = await docxText(page)
    const rung = questionnaire.rungs[aggregateTeam(questionnaire, team.participants, team.agreed).placement.rung]!.title
    for (const expected of [team.profile.team!, rung.toLowerCase(), ...allFactorTitles]) expect(docx.text).toContain(expected)
    const { path } = await htmlReport(page)
    const pdf = await printPdf(page, 'pdf-workshop-slechtst')
    expectReport(pdf, [team.profile.team!, ...allFactorTitles, 'Waar de groep het oneens was', 'Scores waarover de groep het eens werd', 'waar ze het meest verschilden'])
    expect(pdf.pageTexts[0]).toContain('Waar de groep het oneens was')
    // The score table's last header fits its column whole (it broke as "Afgesprok / en score").
    expect(pdf.text).toContain('Weet ik niet Afgesproken score')
    await expectRoomToSpare(page, 'pdf-workshop-slechtst')
    await page.emulateMedia({ media: 'screen' })
    await goto(page, session, '#/workshop/binnenhalen', page.locator('[data-workshop-phase="binnenhalen"]'))
    await page.evaluate(() => window.localStorage.clear())
    await page.setInputFiles(RESULT_FILES, path)
    // The team from before is still on screen (only the device storage was cleared): wait for the report to be stored.
    await page.waitForFunction(() => window.localStorage.getItem('integraalscan:workshop') !== null)
    await openPhase(page, 'bespreken')
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
    await goto(page, session, '#/vergelijken', H1.compare)
    await page.locator('[data-side="a"] input[type="file"]').setInputFiles(good)
    await page.locator('[data-side="b"] input[type="file"]').setInputFiles(worst)
    await page.locator('[data-side="b"] .compare-side__chosen').waitFor()
    await goto(page, session, '#/afdrukken/vergelijking', printedReport(page))
    const docx = await docxText(page)
    const goodRung = questionnaire.rungs[summarize(questionnaire, answersOf(readParticipant(good))).ladder.rung]!.title
    for (const expected of ['Wijkteam Noord', goodRung.toLowerCase(), questionnaire.rungs[0]!.title.toLowerCase(), ...allFactorTitles]) expect(docx.text).toContain(expected)
    const { path } = await htmlReport(page)
    const pdf = await printPdf(page, 'pdf-vergelijking-slechtst')
    expectReport(pdf, ['A: result-participant.json', 'B: slechtst.json', ...allFactorTitles])
    await expectRoomToSpare(page, 'pdf-vergelijking-slechtst')
    await page.emulateMedia({ media: 'screen' })
    const fresh = await newPage(session)
    await goto(fresh.page, session, '#/vergelijken', H1.compare)
    await fresh.page.locator('[data-side="a"] input[type="file"]').setInputFiles(path)
    await fresh.page.locator('[data-side="b"] .compare-side__chosen').waitFor()
    await expect(fresh.page.locator('[data-side="a"] .compare-side__chosen').innerText()).resolves.toContain('result-participant.json')
    await expect(fresh.page.locator('[data-side="b"] .compare-side__chosen').innerText()).resolves.toContain('slechtst.json')
    await fresh.context.close()
    await context.close()
  })

  it('prints the worst-case series of 40 moments on four pages at most, says which moments and rows it leaves out, and its Word and HTML hold them', async () => {
    const { context, page, errors } = await newPage(session)
    const series = worstSeries()
    await goto(page, session, '#/reeks', H1.series)
    await page.locator('[data-series-files] input[type="file"]').setInputFiles(tempFile('reeks-slechtst.json', serializeSeries(series)))
    await page.locator(`[data-moment="${series.moments.length}"]`).waitFor()
    // Fourteen megabytes do not fit the device's storage: the series lives in this tab, so the print view is opened by its link.
    await page.getByRole('link', { name: 'PDF-samenvatting' }).click()
    await page.waitForURL(/#\/afdrukken\/reeks$/)
    await arrive(page, printedReport(page))
    const buffer = await printToPdf(page, 'pdf-reeks-slechtst')
    // pdf.js takes over the bytes it reads: the structure check gets its own copy.
    expectPublishablePdf(new Uint8Array(buffer), nl.seriesReport.documentTitle, 1)
    const pdf = await readPdf(new Uint8Array(buffer))
    if (process.env.PDF_SIZES === '1') console.log(`series PDF ${pdf.pages} pages, ${Math.round(buffer.byteLength / 1024)} KB`)
    expect(pdf.pages).toBeLessThanOrEqual(4)
    expect(buffer.byteLength).toBeLessThanOrEqual(700 * 1024)
    for (const expected of [series.title!, ...allFactorTitles, `Pagina 1 van ${pdf.pages}`, 'Hoe de reeks rekent']) expect(pdf.text).toContain(expected)
    // The first moment and the last seven; the rest is named, and where it is.
    const factors = allFactorTitles.length
    for (const left of [
      'De momenten 2 tot en met 33 staan niet in deze samenvatting',
      'Zonder de momenten 2 tot en met 33',
      `En nog ${factors - 5} factoren op de routekaart`,
      `En nog ${(series.moments.length - 1) * factors - 5} acties`,
      'Teksten met (ingekort) staan voluit in het bestand van de reeks',
    ]) {
      expect(pdf.text).toContain(left)
    }
    for (const moment of ['1. 23 november 1987', '33. 23 november 2019', '34. 23 november 2020', '40. 23 november 2026']) {
      expect(pdf.text.includes(moment), moment).toBe(!moment.startsWith('33.'))
    }
    await expectRoomToSpare(page, 'pdf-reeks-slechtst')
    // Word and HTML hold what the PDF leaves out: every follow-up row, no "(ingekort)".
    await page.emulateMedia({ media: 'screen' })
    const word = await docxText(page)
    expect(word.text).not.toContain('(ingekort)')
    expect(word.text).not.toContain(`En nog ${(series.moments.length - 1) * factors - 5} acties`)
    expect(word.text.split('niet gedaan').length - 1).toBeGreaterThanOrEqual((series.moments.length - 1) * factors)
    // The HTML carries the series compact, so that even this one (19.9 MB as an indented file) stays
    // within what the series page opens, and opens again there.
    const html = await htmlReport(page)
    expect(Buffer.byteLength(html.html)).toBeLessThan(20 * 1024 * 1024)
    expect(errors).toEqual([])
    await context.close()
    const fresh = await newPage(session)
    await goto(fresh.page, session, '#/reeks', H1.series)
    await fresh.page.locator('[data-series-files] input[type="file"]').setInputFiles(html.path)
    await fresh.page.locator(`[data-moment="${series.moments.length}"]`).waitFor()
    expect(fresh.errors).toEqual([])
    await fresh.context.close()
  })
})
